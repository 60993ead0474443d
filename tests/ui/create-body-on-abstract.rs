use graph_core::{Creatable, GraphEntity};

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    abstract
)]
pub struct DeviceConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
}

fn main() {
    let configuration = DeviceConfiguration {
        id: None,
        display_name: None,
    };
    let _ = configuration.create_body();
}
