use graph_core::GraphEntity;

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.group")]
pub struct Group {
    #[graph(bind = "members", rename = "memberUrls")]
    pub members: Vec<String>,
}

fn main() {}
