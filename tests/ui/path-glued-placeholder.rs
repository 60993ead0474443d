use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfigurationState",
    path = "/managedDevices/{managedDevicesId}/deviceConfigurationStates{deviceConfigurationStateId}"
)]
pub struct DeviceConfigurationState {
    #[graph(key)]
    pub id: Option<String>,
}

fn main() {}
