use graph_core::GraphEntity;

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.hardwareInformation", complex)]
pub struct HardwareInformation {
    pub serial_number: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
pub struct ManagedDevice {
    #[graph(key)]
    pub id: Option<String>,
    pub device_name: Option<String>,
    pub free_storage_space_in_bytes: Option<i64>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub hardware_information: Option<HardwareInformation>,
}

fn main() {
    let _ = ManagedDevice::fields().role_scope_tag_ids.asc();
}
