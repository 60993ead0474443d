use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice", crate = "my sdk")]
pub struct ManagedDevice {
    pub id: Option<String>,
}

fn main() {}
