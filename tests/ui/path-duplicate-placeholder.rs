use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfigurationState",
    path = "/managedDevices/{id}/deviceConfigurationStates/{id}"
)]
pub struct DeviceConfigurationState {
    #[graph(key)]
    pub id: Option<String>,
}

fn main() {}
