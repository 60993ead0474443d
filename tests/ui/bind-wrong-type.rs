use graph_core::GraphEntity;

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.group")]
pub struct Group {
    pub display_name: Option<String>,
    #[graph(bind = "members")]
    pub members: Vec<u64>,
}

fn main() {}
