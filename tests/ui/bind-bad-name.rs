use graph_core::GraphEntity;

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.group")]
pub struct Group {
    #[graph(bind = "members@odata.bind")]
    pub members: Vec<String>,
    #[graph(bind = "owners")]
    pub owners: Vec<String>,
    #[graph(bind = "owners")]
    pub more_owners: Vec<String>,
}

fn main() {}
