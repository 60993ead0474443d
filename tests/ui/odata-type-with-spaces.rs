use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.device category")]
pub struct DeviceCategory {
    pub id: Option<String>,
}

fn main() {}
