use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(readonly, odata_type = "microsoft.graph.deviceCategory")]
pub struct DeviceCategory {
    pub id: Option<String>,
}

fn main() {}
