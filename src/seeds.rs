//! The entities of the five Graph API pages the project started from.

use chrono::{DateTime, FixedOffset};
use graph_core::{GraphEntity, GraphEnum};

/// `microsoft.graph.embeddedSIMDeviceState` (seed 000, update).
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.embeddedSIMDeviceState",
    path = "/deviceManagement/embeddedSIMActivationCodePools/{embeddedSIMActivationCodePoolId}/deviceStates/{embeddedSIMDeviceStateId}"
)]
pub struct EmbeddedSimDeviceState {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub modified_date_time: Option<DateTime<FixedOffset>>,
    pub last_sync_date_time: Option<DateTime<FixedOffset>>,
    pub universal_integrated_circuit_card_identifier: Option<String>,
    pub device_name: Option<String>,
    pub user_name: Option<String>,
    pub state: Option<EmbeddedSimDeviceStateValue>,
    pub state_details: Option<String>,
}

/// `microsoft.graph.embeddedSIMDeviceStateValue`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum EmbeddedSimDeviceStateValue {
    NotEvaluated,
    Failed,
    Installing,
    Installed,
    Deleting,
    Error,
    Deleted,
    RemovedByUser,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.embeddedSIMActivationCodePool` (seed 001, update).
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.embeddedSIMActivationCodePool",
    path = "/deviceManagement/embeddedSIMActivationCodePools/{embeddedSIMActivationCodePoolId}"
)]
pub struct EmbeddedSimActivationCodePool {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub modified_date_time: Option<DateTime<FixedOffset>>,
    pub activation_codes: Option<Vec<EmbeddedSimActivationCode>>,
    pub activation_code_count: Option<i32>,
}

/// `microsoft.graph.embeddedSIMActivationCode`, a complex type.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.embeddedSIMActivationCode", complex)]
pub struct EmbeddedSimActivationCode {
    pub integrated_circuit_card_identifier: Option<String>,
    pub matching_identifier: Option<String>,
    pub smdp_plus_server_address: Option<String>,
}

/// `microsoft.graph.deviceConfigurationState` (seed 002, update). Its
/// endpoint's example request carries no `@odata.type`, hence
/// `omit_body_type`. The page's path template glues the last placeholder
/// to the text before it (`deviceConfigurationStates{id}`); the derive
/// refuses that, so this is the fixed path.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfigurationState",
    path = "/managedDevices/{managedDevicesId}/deviceConfigurationStates/{deviceConfigurationStateId}",
    omit_body_type
)]
pub struct DeviceConfigurationState {
    #[graph(key)]
    pub id: Option<String>,
    pub setting_states: Option<Vec<DeviceConfigurationSettingState>>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub platform_type: Option<PolicyPlatformType>,
    pub state: Option<ComplianceStatus>,
    pub setting_count: Option<i32>,
}

/// `microsoft.graph.deviceConfigurationSettingState`, a complex type.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfigurationSettingState", complex)]
pub struct DeviceConfigurationSettingState {
    pub setting: Option<String>,
    pub setting_name: Option<String>,
    pub instance_display_name: Option<String>,
    pub state: Option<ComplianceStatus>,
    pub error_code: Option<i64>,
    pub error_description: Option<String>,
    pub user_id: Option<String>,
    pub user_name: Option<String>,
    pub user_email: Option<String>,
    pub user_principal_name: Option<String>,
    pub sources: Option<Vec<SettingSource>>,
    pub current_value: Option<String>,
}

/// `microsoft.graph.settingSource`, a complex type.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.settingSource", complex)]
pub struct SettingSource {
    pub id: Option<String>,
    pub display_name: Option<String>,
}

/// `microsoft.graph.policyPlatformType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum PolicyPlatformType {
    Android,
    AndroidForWork,
    #[graph(rename = "iOS")]
    Ios,
    #[graph(rename = "macOS")]
    MacOs,
    WindowsPhone81,
    Windows81AndLater,
    Windows10AndLater,
    All,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.complianceStatus`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ComplianceStatus {
    Unknown,
    NotApplicable,
    Compliant,
    Remediated,
    NonCompliant,
    Error,
    Conflict,
    NotAssigned,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceComplianceDeviceStatus` (seed 003, update).
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceComplianceDeviceStatus",
    path = "/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}/deviceStatuses/{deviceComplianceDeviceStatusId}"
)]
pub struct DeviceComplianceDeviceStatus {
    #[graph(key)]
    pub id: Option<String>,
    pub device_display_name: Option<String>,
    pub user_name: Option<String>,
    pub device_model: Option<String>,
    pub platform: Option<i32>,
    pub compliance_grace_period_expiration_date_time: Option<DateTime<FixedOffset>>,
    pub status: Option<ComplianceStatus>,
    pub last_reported_date_time: Option<DateTime<FixedOffset>>,
    pub user_principal_name: Option<String>,
}

/// `microsoft.graph.iosUpdateDeviceStatus` (seed 004, create).
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.iosUpdateDeviceStatus",
    path = "/deviceManagement/iosUpdateStatuses/{iosUpdateDeviceStatusId}"
)]
pub struct IosUpdateDeviceStatus {
    #[graph(key)]
    pub id: Option<String>,
    pub install_status: Option<IosUpdatesInstallStatus>,
    pub os_version: Option<String>,
    pub device_id: Option<String>,
    pub user_id: Option<String>,
    pub device_display_name: Option<String>,
    pub user_name: Option<String>,
    pub device_model: Option<String>,
    pub compliance_grace_period_expiration_date_time: Option<DateTime<FixedOffset>>,
    pub status: Option<ComplianceStatus>,
    pub last_reported_date_time: Option<DateTime<FixedOffset>>,
    pub user_principal_name: Option<String>,
}

/// `microsoft.graph.iosUpdatesInstallStatus`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum IosUpdatesInstallStatus {
    Success,
    Available,
    Idle,
    Unknown,
    Downloading,
    DownloadFailed,
    DownloadRequiresComputer,
    DownloadInsufficientSpace,
    DownloadInsufficientPower,
    DownloadInsufficientNetwork,
    Installing,
    InstallInsufficientSpace,
    InstallInsufficientPower,
    InstallPhoneCallInProgress,
    InstallFailed,
    NotSupportedOperation,
    SharedDeviceUserLoggedInError,
    DeviceOsHigherThanDesiredOsVersion,
    #[graph(other)]
    Other(String),
}

/// One seed page: what it does and its example JSON, as the page prints it.
#[derive(Debug, Clone, Copy)]
pub struct Seed {
    /// The OData type the page is about.
    pub odata_type: &'static str,
    /// `PATCH` (update) or `POST` (create).
    pub method: &'static str,
    /// The API version of the example request.
    pub version: &'static str,
    /// The example request body.
    pub request: &'static str,
    /// The example response body.
    pub response: &'static str,
}

macro_rules! seed {
    ($type:literal, $method:literal, $version:literal, $file:literal) => {
        Seed {
            odata_type: $type,
            method: $method,
            version: $version,
            request: include_str!(concat!("../tests/data/seeds/", $file, ".request.json")),
            response: include_str!(concat!("../tests/data/seeds/", $file, ".response.json")),
        }
    };
}

/// The five seed pages, in order.
pub const SEEDS: [Seed; 5] = [
    seed!(
        "microsoft.graph.embeddedSIMDeviceState",
        "PATCH",
        "beta",
        "embedded_sim_device_state"
    ),
    seed!(
        "microsoft.graph.embeddedSIMActivationCodePool",
        "PATCH",
        "beta",
        "embedded_sim_activation_code_pool"
    ),
    seed!(
        "microsoft.graph.deviceConfigurationState",
        "PATCH",
        "beta",
        "device_configuration_state"
    ),
    seed!(
        "microsoft.graph.deviceComplianceDeviceStatus",
        "PATCH",
        "beta",
        "device_compliance_device_status"
    ),
    seed!(
        "microsoft.graph.iosUpdateDeviceStatus",
        "POST",
        "v1.0",
        "ios_update_device_status"
    ),
];

/// The JSON text with the whitespace between tokens removed, keeping the
/// order of properties and every byte of every string and number: what a
/// serializer writes for the same document.
///
/// ```
/// assert_eq!(graph_entity::seeds::minify("{\n  \"a b\": [1, 2]\n}"), r#"{"a b":[1,2]}"#);
/// ```
pub fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}
