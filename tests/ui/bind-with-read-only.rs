use graph_core::GraphEntity;

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.group")]
pub struct Group {
    #[graph(read_only, bind = "owners")]
    pub owners: Vec<String>,
}

fn main() {}
