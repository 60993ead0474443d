use graph_core::GraphEntity;

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
pub struct DeviceCategory {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCompliancePolicyAssignment", path = "/deviceManagement/managedDevices/{managedDeviceId}/assignments/{assignmentId}")]
pub struct Assignment {
    #[graph(key)]
    pub id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
pub struct ManagedDevice {
    #[graph(key)]
    pub id: Option<String>,
    pub device_name: Option<String>,
    #[graph(navigation)]
    pub assignments: Option<Vec<Assignment>>,
    #[graph(navigation)]
    pub device_category: Option<DeviceCategory>,
}

fn main() {
    let d = ManagedDevice::fields();
    let _ = d.assignments.expand().filter(d.device_name.eq("x"));
}
