use graph_core::GraphEntity;
use serde_json::{Map, Value};

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice")]
pub struct ManagedDevice {
    pub id: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
    #[graph(extra)]
    pub more: Map<String, Value>,
}

fn main() {}
