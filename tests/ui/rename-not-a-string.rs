use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice")]
pub struct ManagedDevice {
    #[graph(rename = azureADDeviceId)]
    pub azure_ad_device_id: Option<String>,
}

fn main() {}
