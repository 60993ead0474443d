use chrono::{DateTime, FixedOffset};
use graph_core::{Creatable, GraphEntity, GraphEnum};
use serde_json::{Map, Value};

mod upper {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(value: &Option<String>, serializer: S) -> Result<S::Ok, S::Error> {
        value.as_ref().map(|v| v.to_uppercase()).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
        Option::<String>::deserialize(deserializer)
    }
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.settingSource", complex)]
pub struct SettingSource {
    pub id: Option<String>,
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "#microsoft.graph.deviceConfiguration", abstract)]
pub struct DeviceConfiguration {
    #[graph(key)]
    pub id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedDevice",
    path = "/deviceManagement/managedDevices/{managedDeviceId}",
    path = "/users/{userId}/managedDevices/{managedDeviceId}",
    omit_body_type
)]
pub struct ManagedDevice {
    #[graph(key, read_only)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub enrolled_date_time: Option<DateTime<FixedOffset>>,
    #[graph(immutable)]
    pub serial_number: Option<String>,
    #[graph(write_only)]
    pub password: Option<String>,
    #[graph(rename = "azureADDeviceId")]
    pub azure_ad_device_id: Option<String>,
    #[graph(with = "upper")]
    pub notes: Option<String>,
    pub compliance_state: Option<ComplianceState>,
    pub sources: Option<Vec<SettingSource>>,
    #[graph(etag)]
    pub etag: Option<String>,
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(skip)]
    pub fetched: bool,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, GraphEnum)]
pub enum ComplianceState {
    Compliant,
    #[graph(rename = "inGracePeriod")]
    InGrace,
    #[graph(other)]
    Other(String),
}

fn main() {
    let device = ManagedDevice::default();
    let _ = device.create_body();
    let _ = device.update_body();
    let _ = device.changes_since(&device);
    let _ = ManagedDevice::patch()
        .password("p")
        .azure_ad_device_id("a")
        .notes("n")
        .clear_compliance_state()
        .sources(vec![SettingSource::default()]);
    let _ = DeviceConfiguration::default().update_body();
    assert_eq!(
        DeviceConfiguration::ODATA_TYPE,
        "microsoft.graph.deviceConfiguration"
    );
    assert_eq!(ManagedDevice::PATHS.len(), 2);
}
