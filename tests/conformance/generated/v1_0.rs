//! The `v1.0` types and enums that the corpus cases reach: 42 structs, 40 enums.
//!
//! Generated from `tests/data/intune-public.json` by `cargo run -p xtask -- conformance`; do not
//! edit by hand: change the generator (`xtask/src/`) or the corpus and run the command again.
//! `cargo run -p xtask -- conformance --check` tells whether this file is up to date.

use chrono::{DateTime, FixedOffset, NaiveTime};
use graph_core::{Binary, Duration, GraphEntity, GraphEnum};
use serde_json::{Map, Value};

/// `microsoft.graph.androidCustomConfiguration`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-androidcustomconfiguration.md`.
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
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub oma_settings: Option<Vec<OmaSetting>>,
}

/// `microsoft.graph.androidManagedAppProtection`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-mam-androidmanagedappprotection.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidManagedAppProtection",
    path = "/deviceAppManagement/androidManagedAppProtections/{androidManagedAppProtectionId}"
)]
pub struct AndroidManagedAppProtection {
    pub display_name: Option<String>,
    pub description: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    #[graph(key)]
    pub id: Option<String>,
    pub version: Option<String>,
    pub period_offline_before_access_check: Option<Duration>,
    pub period_online_before_access_check: Option<Duration>,
    pub allowed_inbound_data_transfer_sources: Option<ManagedAppDataTransferLevel>,
    pub allowed_outbound_data_transfer_destinations: Option<ManagedAppDataTransferLevel>,
    pub organizational_credentials_required: Option<bool>,
    pub allowed_outbound_clipboard_sharing_level: Option<ManagedAppClipboardSharingLevel>,
    pub data_backup_blocked: Option<bool>,
    pub device_compliance_required: Option<bool>,
    pub managed_browser_to_open_links_required: Option<bool>,
    pub save_as_blocked: Option<bool>,
    pub period_offline_before_wipe_is_enforced: Option<Duration>,
    pub pin_required: Option<bool>,
    pub maximum_pin_retries: Option<i32>,
    pub simple_pin_blocked: Option<bool>,
    pub minimum_pin_length: Option<i32>,
    pub pin_character_set: Option<ManagedAppPinCharacterSet>,
    pub period_before_pin_reset: Option<Duration>,
    pub allowed_data_storage_locations: Option<Vec<ManagedAppDataStorageLocation>>,
    pub contact_sync_blocked: Option<bool>,
    pub print_blocked: Option<bool>,
    pub fingerprint_blocked: Option<bool>,
    pub disable_app_pin_if_device_pin_is_set: Option<bool>,
    pub minimum_required_os_version: Option<String>,
    pub minimum_warning_os_version: Option<String>,
    pub minimum_required_app_version: Option<String>,
    pub minimum_warning_app_version: Option<String>,
    pub managed_browser: Option<ManagedBrowserType>,
    pub is_assigned: Option<bool>,
    pub screen_capture_blocked: Option<bool>,
    pub disable_app_encryption_if_device_encryption_is_enabled: Option<bool>,
    pub encrypt_app_data: Option<bool>,
    pub deployed_app_count: Option<i32>,
    pub minimum_required_patch_version: Option<String>,
    pub minimum_warning_patch_version: Option<String>,
    pub custom_browser_package_id: Option<String>,
    pub custom_browser_display_name: Option<String>,
}

/// `microsoft.graph.androidMinimumOperatingSystem`, complex type.
///
/// Reference: `api-reference/v1.0/resources/intune-apps-androidminimumoperatingsystem.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.androidMinimumOperatingSystem", complex)]
pub struct AndroidMinimumOperatingSystem {
    #[graph(rename = "v4_0")]
    pub v4_0: Option<bool>,
    #[graph(rename = "v4_0_3")]
    pub v4_0_3: Option<bool>,
    #[graph(rename = "v4_1")]
    pub v4_1: Option<bool>,
    #[graph(rename = "v4_2")]
    pub v4_2: Option<bool>,
    #[graph(rename = "v4_3")]
    pub v4_3: Option<bool>,
    #[graph(rename = "v4_4")]
    pub v4_4: Option<bool>,
    #[graph(rename = "v5_0")]
    pub v5_0: Option<bool>,
    #[graph(rename = "v5_1")]
    pub v5_1: Option<bool>,
    #[graph(rename = "v10_0")]
    pub v10_0: Option<bool>,
    #[graph(rename = "v11_0")]
    pub v11_0: Option<bool>,
}

/// `microsoft.graph.androidWorkProfileCustomConfiguration`, entity type.
///
/// Reference:
/// `api-reference/v1.0/resources/intune-deviceconfig-androidworkprofilecustomconfiguration.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidWorkProfileCustomConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub struct AndroidWorkProfileCustomConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub oma_settings: Option<Vec<OmaSetting>>,
}

/// `microsoft.graph.appConfigurationSettingItem`, complex type.
///
/// Reference: `api-reference/v1.0/resources/intune-apps-appconfigurationsettingitem.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.appConfigurationSettingItem", complex)]
pub struct AppConfigurationSettingItem {
    pub app_config_key: Option<String>,
    pub app_config_key_type: Option<MdmAppConfigKeyType>,
    pub app_config_key_value: Option<String>,
}

/// `microsoft.graph.appListItem`, complex type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-applistitem.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.appListItem", complex)]
pub struct AppListItem {
    pub name: Option<String>,
    pub publisher: Option<String>,
    pub app_store_url: Option<String>,
    pub app_id: Option<String>,
}

/// `microsoft.graph.applePushNotificationCertificate`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-devices-applepushnotificationcertificate.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.applePushNotificationCertificate",
    path = "/deviceManagement/applePushNotificationCertificate"
)]
pub struct ApplePushNotificationCertificate {
    #[graph(key)]
    pub id: Option<String>,
    pub apple_identifier: Option<String>,
    pub topic_identifier: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub expiration_date_time: Option<DateTime<FixedOffset>>,
    pub certificate_serial_number: Option<String>,
    pub certificate: Option<String>,
}

/// `microsoft.graph.defenderDetectedMalwareActions`, complex type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-defenderdetectedmalwareactions.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.defenderDetectedMalwareActions", complex)]
pub struct DefenderDetectedMalwareActions {
    pub low_severity: Option<DefenderThreatAction>,
    pub moderate_severity: Option<DefenderThreatAction>,
    pub high_severity: Option<DefenderThreatAction>,
    pub severe_severity: Option<DefenderThreatAction>,
}

/// `microsoft.graph.detectedApp`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-devices-detectedapp.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.detectedApp",
    path = "/deviceManagement/detectedApps/{detectedAppId}"
)]
pub struct DetectedApp {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<String>,
    pub size_in_byte: Option<i64>,
    pub device_count: Option<i32>,
}

/// `microsoft.graph.deviceAndAppManagementAssignmentTarget`, complex type.
///
/// Reference:
/// `api-reference/v1.0/resources/intune-shared-deviceandappmanagementassignmenttarget.md`.
///
/// A base type (the examples show `configurationManagerCollectionAssignmentTarget`): it reads
/// values of derived types too, keeping the `@odata.type` read in `odata_type` and the properties
/// it does not declare in `extra`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceAndAppManagementAssignmentTarget",
    complex
)]
pub struct DeviceAndAppManagementAssignmentTarget {
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.deviceAndAppManagementRoleDefinition`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-rbac-deviceandappmanagementroledefinition.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceAndAppManagementRoleDefinition",
    path = "/deviceManagement/roleDefinitions/{roleDefinitionId}",
    path = "/deviceManagement/roleDefinitions/{roleDefinitionId}/roleAssignments/{roleAssignmentId}/roleDefinition"
)]
pub struct DeviceAndAppManagementRoleDefinition {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub role_permissions: Option<Vec<RolePermission>>,
    pub is_built_in: Option<bool>,
}

/// `microsoft.graph.deviceComplianceActionItem`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-devicecomplianceactionitem.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceComplianceActionItem",
    path = "/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}/scheduledActionsForRule/{deviceComplianceScheduledActionForRuleId}/scheduledActionConfigurations/{deviceComplianceActionItemId}"
)]
pub struct DeviceComplianceActionItem {
    #[graph(key)]
    pub id: Option<String>,
    pub grace_period_hours: Option<i32>,
    pub action_type: Option<DeviceComplianceActionType>,
    pub notification_template_id: Option<String>,
    #[graph(rename = "notificationMessageCCList")]
    pub notification_message_cc_list: Option<Vec<String>>,
}

/// `microsoft.graph.deviceComplianceDeviceStatus`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-devicecompliancedevicestatus.md`.
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
    pub compliance_grace_period_expiration_date_time: Option<DateTime<FixedOffset>>,
    pub status: Option<ComplianceStatus>,
    pub last_reported_date_time: Option<DateTime<FixedOffset>>,
    pub user_principal_name: Option<String>,
}

/// `microsoft.graph.deviceCompliancePolicyAssignment`, entity type.
///
/// Reference:
/// `api-reference/v1.0/resources/intune-deviceconfig-devicecompliancepolicyassignment.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceCompliancePolicyAssignment",
    path = "/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}/assignments/{deviceCompliancePolicyAssignmentId}"
)]
pub struct DeviceCompliancePolicyAssignment {
    #[graph(key)]
    pub id: Option<String>,
    pub target: Option<DeviceAndAppManagementAssignmentTarget>,
}

/// `microsoft.graph.deviceComplianceUserOverview`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-devicecomplianceuseroverview.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceComplianceUserOverview",
    path = "/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}/userStatusOverview"
)]
pub struct DeviceComplianceUserOverview {
    #[graph(key)]
    pub id: Option<String>,
    pub pending_count: Option<i32>,
    pub not_applicable_count: Option<i32>,
    pub success_count: Option<i32>,
    pub error_count: Option<i32>,
    pub failed_count: Option<i32>,
    pub last_update_date_time: Option<DateTime<FixedOffset>>,
    pub configuration_version: Option<i32>,
}

/// `microsoft.graph.deviceComplianceUserStatus`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-devicecomplianceuserstatus.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceComplianceUserStatus",
    path = "/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}/userStatuses/{deviceComplianceUserStatusId}"
)]
pub struct DeviceComplianceUserStatus {
    #[graph(key)]
    pub id: Option<String>,
    pub user_display_name: Option<String>,
    pub devices_count: Option<i32>,
    pub status: Option<ComplianceStatus>,
    pub last_reported_date_time: Option<DateTime<FixedOffset>>,
    pub user_principal_name: Option<String>,
}

/// `microsoft.graph.deviceManagementExchangeConnector`, entity type.
///
/// Reference:
/// `api-reference/v1.0/resources/intune-onboarding-devicemanagementexchangeconnector.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementExchangeConnector",
    path = "/deviceManagement/exchangeConnectors/{deviceManagementExchangeConnectorId}"
)]
pub struct DeviceManagementExchangeConnector {
    #[graph(key)]
    pub id: Option<String>,
    pub last_sync_date_time: Option<DateTime<FixedOffset>>,
    pub status: Option<DeviceManagementExchangeConnectorStatus>,
    pub primary_smtp_address: Option<String>,
    pub server_name: Option<String>,
    pub connector_server_name: Option<String>,
    pub exchange_connector_type: Option<DeviceManagementExchangeConnectorType>,
    pub version: Option<String>,
    pub exchange_alias: Option<String>,
    pub exchange_organization: Option<String>,
}

/// `microsoft.graph.deviceManagementExportJob`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-reporting-devicemanagementexportjob.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementExportJob",
    path = "/deviceManagement/reports/exportJobs/{deviceManagementExportJobId}"
)]
pub struct DeviceManagementExportJob {
    #[graph(key)]
    pub id: Option<String>,
    pub report_name: Option<String>,
    pub filter: Option<String>,
    pub select: Option<Vec<String>>,
    pub format: Option<DeviceManagementReportFileFormat>,
    pub snapshot_id: Option<String>,
    pub localization_type: Option<DeviceManagementExportJobLocalizationType>,
    pub status: Option<DeviceManagementReportStatus>,
    pub url: Option<String>,
    pub request_date_time: Option<DateTime<FixedOffset>>,
    pub expiration_date_time: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.deviceManagementPartner`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-onboarding-devicemanagementpartner.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementPartner",
    path = "/deviceManagement/deviceManagementPartners/{deviceManagementPartnerId}"
)]
pub struct DeviceManagementPartner {
    #[graph(key)]
    pub id: Option<String>,
    pub last_heartbeat_date_time: Option<DateTime<FixedOffset>>,
    pub partner_state: Option<DeviceManagementPartnerTenantState>,
    pub partner_app_type: Option<DeviceManagementPartnerAppType>,
    pub single_tenant_app_id: Option<String>,
    pub display_name: Option<String>,
    pub is_configured: Option<bool>,
    pub when_partner_devices_will_be_removed_date_time: Option<DateTime<FixedOffset>>,
    pub when_partner_devices_will_be_marked_as_non_compliant_date_time: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.deviceManagementReports`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-reporting-devicemanagementreports.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementReports",
    path = "/deviceManagement/reports"
)]
pub struct DeviceManagementReports {
    #[graph(key)]
    pub id: Option<String>,
}

/// `microsoft.graph.eBookInstallSummary`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-books-ebookinstallsummary.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.eBookInstallSummary",
    path = "/deviceAppManagement/managedEBooks/{managedEBookId}/installSummary"
)]
pub struct EbookInstallSummary {
    #[graph(key)]
    pub id: Option<String>,
    pub installed_device_count: Option<i32>,
    pub failed_device_count: Option<i32>,
    pub not_installed_device_count: Option<i32>,
    pub installed_user_count: Option<i32>,
    pub failed_user_count: Option<i32>,
    pub not_installed_user_count: Option<i32>,
}

/// `microsoft.graph.edgeSearchEngineBase`, complex type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-edgesearchenginebase.md`.
///
/// A base type (the reference lists `edgeSearchEngineCustom`): it reads values of derived types
/// too, keeping the `@odata.type` read in `odata_type` and the properties it does not declare in
/// `extra`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.edgeSearchEngineBase", complex)]
pub struct EdgeSearchEngineBase {
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.iosManagedAppProtection`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-mam-iosmanagedappprotection.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.iosManagedAppProtection",
    path = "/deviceAppManagement/iosManagedAppProtections/{iosManagedAppProtectionId}"
)]
pub struct IosManagedAppProtection {
    pub display_name: Option<String>,
    pub description: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    #[graph(key)]
    pub id: Option<String>,
    pub version: Option<String>,
    pub period_offline_before_access_check: Option<Duration>,
    pub period_online_before_access_check: Option<Duration>,
    pub allowed_inbound_data_transfer_sources: Option<ManagedAppDataTransferLevel>,
    pub allowed_outbound_data_transfer_destinations: Option<ManagedAppDataTransferLevel>,
    pub organizational_credentials_required: Option<bool>,
    pub allowed_outbound_clipboard_sharing_level: Option<ManagedAppClipboardSharingLevel>,
    pub data_backup_blocked: Option<bool>,
    pub device_compliance_required: Option<bool>,
    pub managed_browser_to_open_links_required: Option<bool>,
    pub save_as_blocked: Option<bool>,
    pub period_offline_before_wipe_is_enforced: Option<Duration>,
    pub pin_required: Option<bool>,
    pub maximum_pin_retries: Option<i32>,
    pub simple_pin_blocked: Option<bool>,
    pub minimum_pin_length: Option<i32>,
    pub pin_character_set: Option<ManagedAppPinCharacterSet>,
    pub period_before_pin_reset: Option<Duration>,
    pub allowed_data_storage_locations: Option<Vec<ManagedAppDataStorageLocation>>,
    pub contact_sync_blocked: Option<bool>,
    pub print_blocked: Option<bool>,
    pub fingerprint_blocked: Option<bool>,
    pub disable_app_pin_if_device_pin_is_set: Option<bool>,
    pub minimum_required_os_version: Option<String>,
    pub minimum_warning_os_version: Option<String>,
    pub minimum_required_app_version: Option<String>,
    pub minimum_warning_app_version: Option<String>,
    pub managed_browser: Option<ManagedBrowserType>,
    pub is_assigned: Option<bool>,
    pub app_data_encryption_type: Option<ManagedAppDataEncryptionType>,
    pub minimum_required_sdk_version: Option<String>,
    pub deployed_app_count: Option<i32>,
    pub face_id_blocked: Option<bool>,
    pub custom_browser_protocol: Option<String>,
}

/// `microsoft.graph.iosMobileAppConfiguration`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-apps-iosmobileappconfiguration.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.iosMobileAppConfiguration",
    path = "/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}"
)]
pub struct IosMobileAppConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    pub targeted_mobile_apps: Option<Vec<String>>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub encoded_setting_xml: Option<Binary>,
    pub settings: Option<Vec<AppConfigurationSettingItem>>,
}

/// `microsoft.graph.iosUpdateDeviceStatus`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-iosupdatedevicestatus.md`.
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

/// `microsoft.graph.managedAndroidLobApp`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-apps-managedandroidlobapp.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedAndroidLobApp",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}"
)]
pub struct ManagedAndroidLobApp {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub publisher: Option<String>,
    pub large_icon: Option<MimeContent>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub is_featured: Option<bool>,
    pub privacy_information_url: Option<String>,
    pub information_url: Option<String>,
    pub owner: Option<String>,
    pub developer: Option<String>,
    pub notes: Option<String>,
    pub publishing_state: Option<MobileAppPublishingState>,
    pub app_availability: Option<ManagedAppAvailability>,
    pub version: Option<String>,
    pub committed_content_version: Option<String>,
    pub file_name: Option<String>,
    pub size: Option<i64>,
    pub package_id: Option<String>,
    pub minimum_supported_operating_system: Option<AndroidMinimumOperatingSystem>,
    pub version_name: Option<String>,
    pub version_code: Option<String>,
}

/// `microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`, entity type.
///
/// Reference:
/// `api-reference/v1.0/resources/intune-apps-manageddevicemobileappconfigurationusersummary.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary",
    path = "/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/userStatusSummary"
)]
pub struct ManagedDeviceMobileAppConfigurationUserSummary {
    #[graph(key)]
    pub id: Option<String>,
    pub pending_count: Option<i32>,
    pub not_applicable_count: Option<i32>,
    pub success_count: Option<i32>,
    pub error_count: Option<i32>,
    pub failed_count: Option<i32>,
    pub last_update_date_time: Option<DateTime<FixedOffset>>,
    pub configuration_version: Option<i32>,
}

/// `microsoft.graph.managedEBook`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-books-managedebook.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedEBook",
    path = "/deviceAppManagement/managedEBooks/{managedEBookId}"
)]
pub struct ManagedEBook {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub publisher: Option<String>,
    pub published_date_time: Option<DateTime<FixedOffset>>,
    pub large_cover: Option<MimeContent>,
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub information_url: Option<String>,
    pub privacy_information_url: Option<String>,
}

/// `microsoft.graph.mimeContent`, complex type.
///
/// Reference: `api-reference/v1.0/resources/intune-shared-mimecontent.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.mimeContent", complex)]
pub struct MimeContent {
    pub r#type: Option<String>,
    pub value: Option<Binary>,
}

/// `microsoft.graph.mobileAppContentFile`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-apps-mobileappcontentfile.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.mobileAppContentFile",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/contentVersions/{mobileAppContentId}/files/{mobileAppContentFileId}"
)]
pub struct MobileAppContentFile {
    pub azure_storage_uri: Option<String>,
    pub is_committed: Option<bool>,
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub name: Option<String>,
    pub size: Option<i64>,
    pub size_encrypted: Option<i64>,
    pub azure_storage_uri_expiration_date_time: Option<DateTime<FixedOffset>>,
    pub manifest: Option<Binary>,
    pub upload_state: Option<MobileAppContentFileUploadState>,
}

/// `microsoft.graph.mobileThreatDefenseConnector`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-onboarding-mobilethreatdefenseconnector.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.mobileThreatDefenseConnector",
    path = "/deviceManagement/mobileThreatDefenseConnectors/{mobileThreatDefenseConnectorId}"
)]
pub struct MobileThreatDefenseConnector {
    #[graph(key)]
    pub id: Option<String>,
    pub last_heartbeat_date_time: Option<DateTime<FixedOffset>>,
    pub partner_state: Option<MobileThreatPartnerTenantState>,
    pub android_enabled: Option<bool>,
    pub ios_enabled: Option<bool>,
    pub android_device_blocked_on_missing_partner_data: Option<bool>,
    pub ios_device_blocked_on_missing_partner_data: Option<bool>,
    pub partner_unsupported_os_version_blocked: Option<bool>,
    pub partner_unresponsiveness_threshold_in_days: Option<i32>,
}

/// `microsoft.graph.omaSetting`, complex type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-omasetting.md`.
///
/// A base type (the reference lists `omaSettingString`): it reads values of derived types too,
/// keeping the `@odata.type` read in `odata_type` and the properties it does not declare in
/// `extra`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.omaSetting", complex)]
pub struct OmaSetting {
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub oma_uri: Option<String>,
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.resourceAction`, complex type.
///
/// Reference: `api-reference/v1.0/resources/intune-rbac-resourceaction.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.resourceAction", complex)]
pub struct ResourceAction {
    pub allowed_resource_actions: Option<Vec<String>>,
    pub not_allowed_resource_actions: Option<Vec<String>>,
}

/// `microsoft.graph.rolePermission`, complex type.
///
/// Reference: `api-reference/v1.0/resources/intune-rbac-rolepermission.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.rolePermission", complex)]
pub struct RolePermission {
    pub resource_actions: Option<Vec<ResourceAction>>,
}

/// `microsoft.graph.sharedPCAccountManagerPolicy`, complex type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-sharedpcaccountmanagerpolicy.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.sharedPCAccountManagerPolicy", complex)]
pub struct SharedPcAccountManagerPolicy {
    pub account_deletion_policy: Option<SharedPcAccountDeletionPolicyType>,
    pub cache_accounts_above_disk_free_percentage: Option<i32>,
    pub inactive_threshold_days: Option<i32>,
    pub remove_accounts_below_disk_free_percentage: Option<i32>,
}

/// `microsoft.graph.sharedPCConfiguration`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-sharedpcconfiguration.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.sharedPCConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub struct SharedPcConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub account_manager_policy: Option<SharedPcAccountManagerPolicy>,
    pub allowed_accounts: Option<SharedPcAllowedAccountType>,
    pub allow_local_storage: Option<bool>,
    pub disable_account_manager: Option<bool>,
    pub disable_edu_policies: Option<bool>,
    pub disable_power_policies: Option<bool>,
    pub disable_sign_in_on_resume: Option<bool>,
    pub enabled: Option<bool>,
    pub idle_time_before_sleep_in_seconds: Option<i32>,
    pub kiosk_app_display_name: Option<String>,
    pub kiosk_app_user_model_id: Option<String>,
    pub maintenance_start_time: Option<NaiveTime>,
}

/// `microsoft.graph.windows10GeneralConfiguration`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-windows10generalconfiguration.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windows10GeneralConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub struct Windows10GeneralConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub enterprise_cloud_print_discovery_end_point: Option<String>,
    pub enterprise_cloud_print_o_auth_authority: Option<String>,
    pub enterprise_cloud_print_o_auth_client_identifier: Option<String>,
    pub enterprise_cloud_print_resource_identifier: Option<String>,
    pub enterprise_cloud_print_discovery_max_limit: Option<i32>,
    pub enterprise_cloud_print_mopria_discovery_resource_identifier: Option<String>,
    pub search_block_diacritics: Option<bool>,
    pub search_disable_auto_language_detection: Option<bool>,
    pub search_disable_indexing_encrypted_items: Option<bool>,
    pub search_enable_remote_queries: Option<bool>,
    pub search_disable_indexer_backoff: Option<bool>,
    pub search_disable_indexing_removable_drive: Option<bool>,
    pub search_enable_automatic_index_size_manangement: Option<bool>,
    pub diagnostics_data_submission_mode: Option<DiagnosticDataSubmissionMode>,
    pub one_drive_disable_file_sync: Option<bool>,
    pub smart_screen_enable_app_install_control: Option<bool>,
    pub personalization_desktop_image_url: Option<String>,
    pub personalization_lock_screen_image_url: Option<String>,
    pub bluetooth_allowed_services: Option<Vec<String>>,
    pub bluetooth_block_advertising: Option<bool>,
    pub bluetooth_block_discoverable_mode: Option<bool>,
    pub bluetooth_block_pre_pairing: Option<bool>,
    pub edge_block_autofill: Option<bool>,
    pub edge_blocked: Option<bool>,
    pub edge_cookie_policy: Option<EdgeCookiePolicy>,
    pub edge_block_developer_tools: Option<bool>,
    pub edge_block_sending_do_not_track_header: Option<bool>,
    pub edge_block_extensions: Option<bool>,
    pub edge_block_in_private_browsing: Option<bool>,
    pub edge_block_java_script: Option<bool>,
    pub edge_block_password_manager: Option<bool>,
    pub edge_block_address_bar_dropdown: Option<bool>,
    pub edge_block_compatibility_list: Option<bool>,
    pub edge_clear_browsing_data_on_exit: Option<bool>,
    pub edge_allow_start_pages_modification: Option<bool>,
    pub edge_disable_first_run_page: Option<bool>,
    pub edge_block_live_tile_data_collection: Option<bool>,
    pub edge_sync_favorites_with_internet_explorer: Option<bool>,
    pub cellular_block_data_when_roaming: Option<bool>,
    pub cellular_block_vpn: Option<bool>,
    pub cellular_block_vpn_when_roaming: Option<bool>,
    pub defender_require_real_time_monitoring: Option<bool>,
    pub defender_require_behavior_monitoring: Option<bool>,
    pub defender_require_network_inspection_system: Option<bool>,
    pub defender_scan_downloads: Option<bool>,
    pub defender_scan_scripts_loaded_in_internet_explorer: Option<bool>,
    pub defender_block_end_user_access: Option<bool>,
    pub defender_signature_update_interval_in_hours: Option<i32>,
    pub defender_monitor_file_activity: Option<DefenderMonitorFileActivity>,
    pub defender_days_before_deleting_quarantined_malware: Option<i32>,
    pub defender_scan_max_cpu: Option<i32>,
    pub defender_scan_archive_files: Option<bool>,
    pub defender_scan_incoming_mail: Option<bool>,
    pub defender_scan_removable_drives_during_full_scan: Option<bool>,
    pub defender_scan_mapped_network_drives_during_full_scan: Option<bool>,
    pub defender_scan_network_files: Option<bool>,
    pub defender_require_cloud_protection: Option<bool>,
    pub defender_cloud_block_level: Option<DefenderCloudBlockLevelType>,
    pub defender_prompt_for_sample_submission: Option<DefenderPromptForSampleSubmission>,
    pub defender_scheduled_quick_scan_time: Option<NaiveTime>,
    pub defender_scan_type: Option<DefenderScanType>,
    pub defender_system_scan_schedule: Option<WeeklySchedule>,
    pub defender_scheduled_scan_time: Option<NaiveTime>,
    pub defender_detected_malware_actions: Option<DefenderDetectedMalwareActions>,
    pub defender_file_extensions_to_exclude: Option<Vec<String>>,
    pub defender_files_and_folders_to_exclude: Option<Vec<String>>,
    pub defender_processes_to_exclude: Option<Vec<String>>,
    pub lock_screen_allow_timeout_configuration: Option<bool>,
    pub lock_screen_block_action_center_notifications: Option<bool>,
    pub lock_screen_block_cortana: Option<bool>,
    pub lock_screen_block_toast_notifications: Option<bool>,
    pub lock_screen_timeout_in_seconds: Option<i32>,
    pub password_block_simple: Option<bool>,
    pub password_expiration_days: Option<i32>,
    pub password_minimum_length: Option<i32>,
    pub password_minutes_of_inactivity_before_screen_timeout: Option<i32>,
    pub password_minimum_character_set_count: Option<i32>,
    pub password_previous_password_block_count: Option<i32>,
    pub password_required: Option<bool>,
    pub password_require_when_resume_from_idle_state: Option<bool>,
    pub password_required_type: Option<RequiredPasswordType>,
    pub password_sign_in_failure_count_before_factory_reset: Option<i32>,
    pub privacy_advertising_id: Option<StateManagementSetting>,
    pub privacy_auto_accept_pairing_and_consent_prompts: Option<bool>,
    pub privacy_block_input_personalization: Option<bool>,
    pub start_block_unpinning_apps_from_taskbar: Option<bool>,
    pub start_menu_app_list_visibility: Option<WindowsStartMenuAppListVisibilityType>,
    pub start_menu_hide_change_account_settings: Option<bool>,
    pub start_menu_hide_frequently_used_apps: Option<bool>,
    pub start_menu_hide_hibernate: Option<bool>,
    pub start_menu_hide_lock: Option<bool>,
    pub start_menu_hide_power_button: Option<bool>,
    pub start_menu_hide_recent_jump_lists: Option<bool>,
    pub start_menu_hide_recently_added_apps: Option<bool>,
    pub start_menu_hide_restart_options: Option<bool>,
    pub start_menu_hide_shut_down: Option<bool>,
    pub start_menu_hide_sign_out: Option<bool>,
    pub start_menu_hide_sleep: Option<bool>,
    pub start_menu_hide_switch_account: Option<bool>,
    pub start_menu_hide_user_tile: Option<bool>,
    pub start_menu_layout_edge_assets_xml: Option<Binary>,
    pub start_menu_layout_xml: Option<Binary>,
    pub start_menu_mode: Option<WindowsStartMenuModeType>,
    pub start_menu_pinned_folder_documents: Option<VisibilitySetting>,
    pub start_menu_pinned_folder_downloads: Option<VisibilitySetting>,
    pub start_menu_pinned_folder_file_explorer: Option<VisibilitySetting>,
    pub start_menu_pinned_folder_home_group: Option<VisibilitySetting>,
    pub start_menu_pinned_folder_music: Option<VisibilitySetting>,
    pub start_menu_pinned_folder_network: Option<VisibilitySetting>,
    pub start_menu_pinned_folder_personal_folder: Option<VisibilitySetting>,
    pub start_menu_pinned_folder_pictures: Option<VisibilitySetting>,
    pub start_menu_pinned_folder_settings: Option<VisibilitySetting>,
    pub start_menu_pinned_folder_videos: Option<VisibilitySetting>,
    pub settings_block_settings_app: Option<bool>,
    pub settings_block_system_page: Option<bool>,
    pub settings_block_devices_page: Option<bool>,
    pub settings_block_network_internet_page: Option<bool>,
    pub settings_block_personalization_page: Option<bool>,
    pub settings_block_accounts_page: Option<bool>,
    pub settings_block_time_language_page: Option<bool>,
    pub settings_block_ease_of_access_page: Option<bool>,
    pub settings_block_privacy_page: Option<bool>,
    pub settings_block_update_security_page: Option<bool>,
    pub settings_block_apps_page: Option<bool>,
    pub settings_block_gaming_page: Option<bool>,
    pub windows_spotlight_block_consumer_specific_features: Option<bool>,
    pub windows_spotlight_blocked: Option<bool>,
    pub windows_spotlight_block_on_action_center: Option<bool>,
    pub windows_spotlight_block_tailored_experiences: Option<bool>,
    pub windows_spotlight_block_third_party_notifications: Option<bool>,
    pub windows_spotlight_block_welcome_experience: Option<bool>,
    pub windows_spotlight_block_windows_tips: Option<bool>,
    pub windows_spotlight_configure_on_lock_screen: Option<WindowsSpotlightEnablementSettings>,
    pub network_proxy_apply_settings_device_wide: Option<bool>,
    pub network_proxy_disable_auto_detect: Option<bool>,
    pub network_proxy_automatic_configuration_url: Option<String>,
    pub network_proxy_server: Option<Windows10NetworkProxyServer>,
    pub accounts_block_adding_non_microsoft_account_email: Option<bool>,
    pub anti_theft_mode_blocked: Option<bool>,
    pub bluetooth_blocked: Option<bool>,
    pub camera_blocked: Option<bool>,
    pub connected_devices_service_blocked: Option<bool>,
    pub certificates_block_manual_root_certificate_installation: Option<bool>,
    pub copy_paste_blocked: Option<bool>,
    pub cortana_blocked: Option<bool>,
    pub device_management_block_factory_reset_on_mobile: Option<bool>,
    pub device_management_block_manual_unenroll: Option<bool>,
    pub safe_search_filter: Option<SafeSearchFilterType>,
    pub edge_block_popups: Option<bool>,
    pub edge_block_search_suggestions: Option<bool>,
    pub edge_block_sending_intranet_traffic_to_internet_explorer: Option<bool>,
    pub edge_send_intranet_traffic_to_internet_explorer: Option<bool>,
    pub edge_require_smart_screen: Option<bool>,
    pub edge_enterprise_mode_site_list_location: Option<String>,
    pub edge_first_run_url: Option<String>,
    pub edge_search_engine: Option<EdgeSearchEngineBase>,
    pub edge_homepage_urls: Option<Vec<String>>,
    pub edge_block_access_to_about_flags: Option<bool>,
    pub smart_screen_block_prompt_override: Option<bool>,
    pub smart_screen_block_prompt_override_for_files: Option<bool>,
    pub web_rtc_block_localhost_ip_address: Option<bool>,
    pub internet_sharing_blocked: Option<bool>,
    pub settings_block_add_provisioning_package: Option<bool>,
    pub settings_block_remove_provisioning_package: Option<bool>,
    pub settings_block_change_system_time: Option<bool>,
    pub settings_block_edit_device_name: Option<bool>,
    pub settings_block_change_region: Option<bool>,
    pub settings_block_change_language: Option<bool>,
    pub settings_block_change_power_sleep: Option<bool>,
    pub location_services_blocked: Option<bool>,
    pub microsoft_account_blocked: Option<bool>,
    pub microsoft_account_block_settings_sync: Option<bool>,
    pub nfc_blocked: Option<bool>,
    pub reset_protection_mode_blocked: Option<bool>,
    pub screen_capture_blocked: Option<bool>,
    pub storage_block_removable_storage: Option<bool>,
    pub storage_require_mobile_device_encryption: Option<bool>,
    pub usb_blocked: Option<bool>,
    pub voice_recording_blocked: Option<bool>,
    pub wi_fi_block_automatic_connect_hotspots: Option<bool>,
    pub wi_fi_blocked: Option<bool>,
    pub wi_fi_block_manual_configuration: Option<bool>,
    pub wi_fi_scan_interval: Option<i32>,
    pub wireless_display_block_projection_to_this_device: Option<bool>,
    pub wireless_display_block_user_input_from_receiver: Option<bool>,
    pub wireless_display_require_pin_for_pairing: Option<bool>,
    pub windows_store_blocked: Option<bool>,
    pub apps_allow_trusted_apps_sideloading: Option<StateManagementSetting>,
    pub windows_store_block_auto_update: Option<bool>,
    pub developer_unlock_setting: Option<StateManagementSetting>,
    pub shared_user_app_data_allowed: Option<bool>,
    pub apps_block_windows_store_originated_apps: Option<bool>,
    pub windows_store_enable_private_store_only: Option<bool>,
    pub storage_restrict_app_data_to_system_volume: Option<bool>,
    pub storage_restrict_app_install_to_system_volume: Option<bool>,
    pub game_dvr_blocked: Option<bool>,
    pub experience_block_device_discovery: Option<bool>,
    #[graph(rename = "experienceBlockErrorDialogWhenNoSIM")]
    pub experience_block_error_dialog_when_no_sim: Option<bool>,
    pub experience_block_task_switcher: Option<bool>,
    pub logon_block_fast_user_switching: Option<bool>,
    pub tenant_lockdown_require_network_during_out_of_box_experience: Option<bool>,
}

/// `microsoft.graph.windows10NetworkProxyServer`, complex type.
///
/// Reference: `api-reference/v1.0/resources/intune-deviceconfig-windows10networkproxyserver.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.windows10NetworkProxyServer", complex)]
pub struct Windows10NetworkProxyServer {
    pub address: Option<String>,
    pub exceptions: Option<Vec<String>>,
    pub use_for_local_addresses: Option<bool>,
}

/// `microsoft.graph.windowsInformationProtectionAppLearningSummary`, entity type.
///
/// Reference:
/// `api-reference/v1.0/resources/intune-wip-windowsinformationprotectionapplearningsummary.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsInformationProtectionAppLearningSummary",
    path = "/deviceManagement/windowsInformationProtectionAppLearningSummaries/{windowsInformationProtectionAppLearningSummaryId}"
)]
pub struct WindowsInformationProtectionAppLearningSummary {
    #[graph(key)]
    pub id: Option<String>,
    pub application_name: Option<String>,
    pub application_type: Option<ApplicationType>,
    pub device_count: Option<i32>,
}

/// `microsoft.graph.windowsMobileMSI`, entity type.
///
/// Reference: `api-reference/v1.0/resources/intune-apps-windowsmobilemsi.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsMobileMSI",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}"
)]
pub struct WindowsMobileMsi {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub publisher: Option<String>,
    pub large_icon: Option<MimeContent>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub is_featured: Option<bool>,
    pub privacy_information_url: Option<String>,
    pub information_url: Option<String>,
    pub owner: Option<String>,
    pub developer: Option<String>,
    pub notes: Option<String>,
    pub publishing_state: Option<MobileAppPublishingState>,
    pub committed_content_version: Option<String>,
    pub file_name: Option<String>,
    pub size: Option<i64>,
    pub command_line: Option<String>,
    pub product_code: Option<String>,
    pub product_version: Option<String>,
    pub ignore_version_detection: Option<bool>,
}

/// `microsoft.graph.windowsPhone81CustomConfiguration`, entity type.
///
/// Reference:
/// `api-reference/v1.0/resources/intune-deviceconfig-windowsphone81customconfiguration.md`.
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
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub oma_settings: Option<Vec<OmaSetting>>,
}

/// `microsoft.graph.windowsPhone81GeneralConfiguration`, entity type.
///
/// Reference:
/// `api-reference/v1.0/resources/intune-deviceconfig-windowsphone81generalconfiguration.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsPhone81GeneralConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub struct WindowsPhone81GeneralConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub apply_only_to_windows_phone81: Option<bool>,
    pub apps_block_copy_paste: Option<bool>,
    pub bluetooth_blocked: Option<bool>,
    pub camera_blocked: Option<bool>,
    pub cellular_block_wifi_tethering: Option<bool>,
    pub compliant_apps_list: Option<Vec<AppListItem>>,
    pub compliant_app_list_type: Option<AppListType>,
    pub diagnostic_data_block_submission: Option<bool>,
    pub email_block_adding_accounts: Option<bool>,
    pub location_services_blocked: Option<bool>,
    pub microsoft_account_blocked: Option<bool>,
    pub nfc_blocked: Option<bool>,
    pub password_block_simple: Option<bool>,
    pub password_expiration_days: Option<i32>,
    pub password_minimum_length: Option<i32>,
    pub password_minutes_of_inactivity_before_screen_timeout: Option<i32>,
    pub password_minimum_character_set_count: Option<i32>,
    pub password_previous_password_block_count: Option<i32>,
    pub password_sign_in_failure_count_before_factory_reset: Option<i32>,
    pub password_required_type: Option<RequiredPasswordType>,
    pub password_required: Option<bool>,
    pub screen_capture_blocked: Option<bool>,
    pub storage_block_removable_storage: Option<bool>,
    pub storage_require_encryption: Option<bool>,
    pub web_browser_blocked: Option<bool>,
    pub wifi_blocked: Option<bool>,
    pub wifi_block_automatic_connect_hotspots: Option<bool>,
    pub wifi_block_hotspot_reporting: Option<bool>,
    pub windows_store_blocked: Option<bool>,
}

/// `microsoft.graph.appListType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum AppListType {
    None,
    AppsInListCompliant,
    AppsNotInListCompliant,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.applicationType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ApplicationType {
    Universal,
    Desktop,
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

/// `microsoft.graph.defenderCloudBlockLevelType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DefenderCloudBlockLevelType {
    NotConfigured,
    High,
    HighPlus,
    ZeroTolerance,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.defenderMonitorFileActivity`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DefenderMonitorFileActivity {
    UserDefined,
    Disable,
    MonitorAllFiles,
    MonitorIncomingFilesOnly,
    MonitorOutgoingFilesOnly,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.defenderPromptForSampleSubmission`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DefenderPromptForSampleSubmission {
    UserDefined,
    AlwaysPrompt,
    PromptBeforeSendingPersonalData,
    NeverSendData,
    SendAllDataWithoutPrompting,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.defenderScanType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DefenderScanType {
    UserDefined,
    Disabled,
    Quick,
    Full,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.defenderThreatAction`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DefenderThreatAction {
    DeviceDefault,
    Clean,
    Quarantine,
    Remove,
    Allow,
    UserDefined,
    Block,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceComplianceActionType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceComplianceActionType {
    NoAction,
    Notification,
    Block,
    Retire,
    Wipe,
    RemoveResourceAccessProfiles,
    PushNotification,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementExchangeConnectorStatus`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementExchangeConnectorStatus {
    None,
    ConnectionPending,
    Connected,
    Disconnected,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementExchangeConnectorType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementExchangeConnectorType {
    OnPremises,
    Hosted,
    ServiceToService,
    Dedicated,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementExportJobLocalizationType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementExportJobLocalizationType {
    LocalizedValuesAsAdditionalColumn,
    ReplaceLocalizableValues,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementPartnerAppType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementPartnerAppType {
    Unknown,
    SingleTenantApp,
    MultiTenantApp,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementPartnerTenantState`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementPartnerTenantState {
    Unknown,
    Unavailable,
    Enabled,
    Terminated,
    Rejected,
    Unresponsive,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementReportFileFormat`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementReportFileFormat {
    Csv,
    Pdf,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementReportStatus`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementReportStatus {
    Unknown,
    NotStarted,
    InProgress,
    Completed,
    Failed,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.diagnosticDataSubmissionMode`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DiagnosticDataSubmissionMode {
    UserDefined,
    None,
    Basic,
    Enhanced,
    Full,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.edgeCookiePolicy`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum EdgeCookiePolicy {
    UserDefined,
    Allow,
    BlockThirdParty,
    BlockAll,
    #[graph(other)]
    Other(String),
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

/// `microsoft.graph.managedAppAvailability`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ManagedAppAvailability {
    Global,
    LineOfBusiness,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.managedAppClipboardSharingLevel`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ManagedAppClipboardSharingLevel {
    AllApps,
    ManagedAppsWithPasteIn,
    ManagedApps,
    Blocked,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.managedAppDataEncryptionType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ManagedAppDataEncryptionType {
    UseDeviceSettings,
    AfterDeviceRestart,
    WhenDeviceLockedExceptOpenFiles,
    WhenDeviceLocked,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.managedAppDataStorageLocation`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ManagedAppDataStorageLocation {
    OneDriveForBusiness,
    SharePoint,
    Box,
    LocalStorage,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.managedAppDataTransferLevel`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ManagedAppDataTransferLevel {
    AllApps,
    ManagedApps,
    None,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.managedAppPinCharacterSet`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ManagedAppPinCharacterSet {
    Numeric,
    AlphanumericAndSymbol,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.managedBrowserType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ManagedBrowserType {
    NotConfigured,
    MicrosoftEdge,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.mdmAppConfigKeyType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum MdmAppConfigKeyType {
    StringType,
    IntegerType,
    RealType,
    BooleanType,
    TokenType,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.mobileAppContentFileUploadState`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum MobileAppContentFileUploadState {
    Success,
    TransientError,
    Error,
    Unknown,
    AzureStorageUriRequestSuccess,
    AzureStorageUriRequestPending,
    AzureStorageUriRequestFailed,
    AzureStorageUriRequestTimedOut,
    AzureStorageUriRenewalSuccess,
    AzureStorageUriRenewalPending,
    AzureStorageUriRenewalFailed,
    AzureStorageUriRenewalTimedOut,
    CommitFileSuccess,
    CommitFilePending,
    CommitFileFailed,
    CommitFileTimedOut,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.mobileAppPublishingState`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum MobileAppPublishingState {
    NotPublished,
    Processing,
    Published,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.mobileThreatPartnerTenantState`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum MobileThreatPartnerTenantState {
    Unavailable,
    Available,
    Enabled,
    Unresponsive,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.requiredPasswordType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum RequiredPasswordType {
    DeviceDefault,
    Alphanumeric,
    Numeric,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.safeSearchFilterType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum SafeSearchFilterType {
    UserDefined,
    Strict,
    Moderate,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.sharedPCAccountDeletionPolicyType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum SharedPcAccountDeletionPolicyType {
    Immediate,
    DiskSpaceThreshold,
    DiskSpaceThresholdOrInactiveThreshold,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.sharedPCAllowedAccountType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum SharedPcAllowedAccountType {
    Guest,
    Domain,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.stateManagementSetting`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum StateManagementSetting {
    NotConfigured,
    Blocked,
    Allowed,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.visibilitySetting`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum VisibilitySetting {
    NotConfigured,
    Hide,
    Show,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.weeklySchedule`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WeeklySchedule {
    UserDefined,
    Everyday,
    Sunday,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.windowsSpotlightEnablementSettings`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WindowsSpotlightEnablementSettings {
    NotConfigured,
    Disabled,
    Enabled,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.windowsStartMenuAppListVisibilityType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WindowsStartMenuAppListVisibilityType {
    UserDefined,
    Collapse,
    Remove,
    DisableSettingsApp,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.windowsStartMenuModeType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WindowsStartMenuModeType {
    UserDefined,
    FullScreen,
    NonFullScreen,
    #[graph(other)]
    Other(String),
}
