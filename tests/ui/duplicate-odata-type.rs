use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceCategory",
    odata_type = "microsoft.graph.device"
)]
pub struct DeviceCategory {
    pub id: Option<String>,
}

fn main() {}
