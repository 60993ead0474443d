//! Device configuration profiles, written as a user would from the corpus:
//! the base `deviceConfiguration`, six derived types, their complex types and
//! enums, and `AnyDeviceConfiguration`, the polymorphic enum that reads a
//! mixed `/deviceManagement/deviceConfigurations` page. `types.beta.<name>`
//! of the corpus gives the properties (a derived type lists its base's
//! properties too), and its update examples show which ones the server owns
//! (`id`, `createdDateTime` and `lastModifiedDateTime` are in every response
//! and in no request). Shared by `tests/polymorphism.rs` and
//! `benches/polymorphism.rs`.

use chrono::{DateTime, FixedOffset};
use graph_core::{Binary, GraphEntity, GraphEnum, UnknownEntity};
use serde_json::{Map, Value};

/// `microsoft.graph.deviceConfiguration`: the base type of every profile.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub struct DeviceConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub supports_scope_tags: Option<bool>,
    pub device_management_applicability_rule_os_edition: Option<DeviceManagementApplicabilityRuleOsEdition>,
    pub device_management_applicability_rule_os_version: Option<DeviceManagementApplicabilityRuleOsVersion>,
    pub device_management_applicability_rule_device_mode: Option<DeviceManagementApplicabilityRuleDeviceMode>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
}

/// `microsoft.graph.androidCustomConfiguration`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidCustomConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub struct AndroidCustomConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub supports_scope_tags: Option<bool>,
    pub device_management_applicability_rule_os_edition: Option<DeviceManagementApplicabilityRuleOsEdition>,
    pub device_management_applicability_rule_os_version: Option<DeviceManagementApplicabilityRuleOsVersion>,
    pub device_management_applicability_rule_device_mode: Option<DeviceManagementApplicabilityRuleDeviceMode>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub oma_settings: Option<Vec<AnyOmaSetting>>,
}

/// `microsoft.graph.androidDeviceOwnerTrustedRootCertificate`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidDeviceOwnerTrustedRootCertificate",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate"
)]
pub struct AndroidDeviceOwnerTrustedRootCertificate {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub supports_scope_tags: Option<bool>,
    pub device_management_applicability_rule_os_edition: Option<DeviceManagementApplicabilityRuleOsEdition>,
    pub device_management_applicability_rule_os_version: Option<DeviceManagementApplicabilityRuleOsVersion>,
    pub device_management_applicability_rule_device_mode: Option<DeviceManagementApplicabilityRuleDeviceMode>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub trusted_root_certificate: Option<Binary>,
    pub cert_file_name: Option<String>,
}

/// `microsoft.graph.iosExpeditedCheckinConfiguration` (its base,
/// `appleExpeditedCheckinConfigurationBase`, adds nothing to the wire).
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.iosExpeditedCheckinConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub struct IosExpeditedCheckinConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub supports_scope_tags: Option<bool>,
    pub device_management_applicability_rule_os_edition: Option<DeviceManagementApplicabilityRuleOsEdition>,
    pub device_management_applicability_rule_os_version: Option<DeviceManagementApplicabilityRuleOsVersion>,
    pub device_management_applicability_rule_device_mode: Option<DeviceManagementApplicabilityRuleDeviceMode>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub enable_expedited_checkin: Option<bool>,
}

/// `microsoft.graph.macOSTrustedRootCertificate`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.macOSTrustedRootCertificate",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSEnterpriseWiFiConfiguration/rootCertificatesForServerValidation/{macOSTrustedRootCertificateId}"
)]
pub struct MacOsTrustedRootCertificate {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub supports_scope_tags: Option<bool>,
    pub device_management_applicability_rule_os_edition: Option<DeviceManagementApplicabilityRuleOsEdition>,
    pub device_management_applicability_rule_os_version: Option<DeviceManagementApplicabilityRuleOsVersion>,
    pub device_management_applicability_rule_device_mode: Option<DeviceManagementApplicabilityRuleDeviceMode>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub trusted_root_certificate: Option<Binary>,
    pub cert_file_name: Option<String>,
}

/// `microsoft.graph.windowsHealthMonitoringConfiguration`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsHealthMonitoringConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub struct WindowsHealthMonitoringConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub supports_scope_tags: Option<bool>,
    pub device_management_applicability_rule_os_edition: Option<DeviceManagementApplicabilityRuleOsEdition>,
    pub device_management_applicability_rule_os_version: Option<DeviceManagementApplicabilityRuleOsVersion>,
    pub device_management_applicability_rule_device_mode: Option<DeviceManagementApplicabilityRuleDeviceMode>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub allow_device_health_monitoring: Option<Enablement>,
    pub config_device_health_monitoring_scope: Option<WindowsHealthMonitoringScope>,
    pub config_device_health_monitoring_custom_scope: Option<String>,
}

/// `microsoft.graph.windowsPhone81CustomConfiguration`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsPhone81CustomConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub struct WindowsPhone81CustomConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub supports_scope_tags: Option<bool>,
    pub device_management_applicability_rule_os_edition: Option<DeviceManagementApplicabilityRuleOsEdition>,
    pub device_management_applicability_rule_os_version: Option<DeviceManagementApplicabilityRuleOsVersion>,
    pub device_management_applicability_rule_device_mode: Option<DeviceManagementApplicabilityRuleDeviceMode>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub oma_settings: Option<Vec<OmaSetting>>,
}

/// `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementApplicabilityRuleOsEdition",
    complex
)]
pub struct DeviceManagementApplicabilityRuleOsEdition {
    pub os_edition_types: Option<Vec<Windows10EditionType>>,
    pub name: Option<String>,
    pub rule_type: Option<DeviceManagementApplicabilityRuleType>,
}

/// `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementApplicabilityRuleOsVersion",
    complex
)]
pub struct DeviceManagementApplicabilityRuleOsVersion {
    #[graph(rename = "minOSVersion")]
    pub min_os_version: Option<String>,
    #[graph(rename = "maxOSVersion")]
    pub max_os_version: Option<String>,
    pub name: Option<String>,
    pub rule_type: Option<DeviceManagementApplicabilityRuleType>,
}

/// `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementApplicabilityRuleDeviceMode",
    complex
)]
pub struct DeviceManagementApplicabilityRuleDeviceMode {
    pub device_mode: Option<Windows10DeviceModeType>,
    pub name: Option<String>,
    pub rule_type: Option<DeviceManagementApplicabilityRuleType>,
}

/// `microsoft.graph.omaSetting`: abstract in Graph, which sends its derived
/// types (`omaSettingString`, `omaSettingInteger`, ...), each with a `value`
/// of its own Edm type (the doc examples show the base type itself). As a
/// struct: `odata_type` keeps which type was read, `extra` keeps its
/// `value`, so a setting is written back as it came. Used so by
/// `WindowsPhone81CustomConfiguration`; `AndroidCustomConfiguration` uses
/// [`AnyOmaSetting`].
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.omaSetting", complex, abstract)]
pub struct OmaSetting {
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub oma_uri: Option<String>,
    pub secret_reference_value_id: Option<String>,
    pub is_encrypted: Option<bool>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.omaSettingString`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.omaSettingString", complex)]
pub struct OmaSettingString {
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub oma_uri: Option<String>,
    pub secret_reference_value_id: Option<String>,
    pub is_encrypted: Option<bool>,
    pub value: Option<String>,
}

/// Any `microsoft.graph.omaSetting`: a polymorphic complex type.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.omaSetting", complex, abstract)]
pub enum AnyOmaSetting {
    Base(OmaSetting),
    String(OmaSettingString),
    #[graph(other)]
    Other(UnknownEntity),
}

/// `microsoft.graph.windows10EditionType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum Windows10EditionType {
    Windows10Enterprise,
    Windows10EnterpriseN,
    Windows10Education,
    Windows10EducationN,
    Windows10MobileEnterprise,
    Windows10HolographicEnterprise,
    Windows10Professional,
    Windows10ProfessionalN,
    Windows10ProfessionalEducation,
    Windows10ProfessionalEducationN,
    Windows10ProfessionalWorkstation,
    Windows10ProfessionalWorkstationN,
    NotConfigured,
    Windows10Home,
    Windows10HomeChina,
    Windows10HomeN,
    Windows10HomeSingleLanguage,
    Windows10Mobile,
    Windows10IoTCore,
    Windows10IoTCoreCommercial,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementApplicabilityRuleType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementApplicabilityRuleType {
    Include,
    Exclude,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.windows10DeviceModeType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum Windows10DeviceModeType {
    StandardConfiguration,
    SModeConfiguration,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.enablement`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum Enablement {
    NotConfigured,
    Enabled,
    Disabled,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.windowsHealthMonitoringScope`, a flags enum: a
/// combination (`healthMonitoring,bootPerformance`) is kept in `Other`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WindowsHealthMonitoringScope {
    Undefined,
    HealthMonitoring,
    BootPerformance,
    WindowsUpdates,
    #[graph(other)]
    Other(String),
}

/// Any `microsoft.graph.deviceConfiguration`, as the list endpoint returns
/// them.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub enum AnyDeviceConfiguration {
    Base(DeviceConfiguration),
    AndroidCustom(AndroidCustomConfiguration),
    AndroidDeviceOwnerTrustedRootCertificate(AndroidDeviceOwnerTrustedRootCertificate),
    IosExpeditedCheckin(IosExpeditedCheckinConfiguration),
    MacOsTrustedRootCertificate(MacOsTrustedRootCertificate),
    WindowsHealthMonitoring(WindowsHealthMonitoringConfiguration),
    WindowsPhone81Custom(WindowsPhone81CustomConfiguration),
    #[graph(other)]
    Other(UnknownEntity),
}

/// The same family without a variant for the base type and without `other`:
/// for the errors.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub enum KnownDeviceConfiguration {
    AndroidCustom(AndroidCustomConfiguration),
    IosExpeditedCheckin(IosExpeditedCheckinConfiguration),
}
