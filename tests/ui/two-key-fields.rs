use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice")]
pub struct ManagedDevice {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(key)]
    pub device_id: Option<String>,
}

fn main() {}
