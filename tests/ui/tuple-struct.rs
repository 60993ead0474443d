use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory")]
pub struct DeviceCategory(Option<String>);

fn main() {}
