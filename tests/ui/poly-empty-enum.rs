use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfiguration")]
pub enum AnyDeviceConfiguration {}

fn main() {}
