use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory", serialize_all)]
pub struct DeviceCategory {
    pub id: Option<String>,
}

fn main() {}
