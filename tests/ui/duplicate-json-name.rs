use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice")]
pub struct ManagedDevice {
    pub device_name: Option<String>,
    #[graph(rename = "deviceName")]
    pub name: Option<String>,
}

fn main() {}
