#[derive(graph_core::GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice", crate = "nowhere::graph_core")]
pub struct ManagedDevice {
    pub id: Option<String>,
}

fn main() {}
