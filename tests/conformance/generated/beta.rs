//! The `beta` types and enums that the corpus cases reach: 171 structs, 135 enums.
//!
//! Generated from `tests/data/intune-public.json` by `cargo run -p xtask -- conformance`; do not
//! edit by hand: change the generator (`xtask/src/`) or the corpus and run the command again.
//! `cargo run -p xtask -- conformance --check` tells whether this file is up to date.

use chrono::{DateTime, FixedOffset, NaiveTime};
use graph_core::{Binary, Duration, GraphEntity, GraphEnum};
use serde_json::{Map, Value};

/// `microsoft.graph.androidCustomConfiguration`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-androidcustomconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidCustomConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
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
    pub oma_settings: Option<Vec<OmaSetting>>,
}

/// `microsoft.graph.androidDeviceOwnerCertificateProfileBase`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-androiddeviceownercertificateprofilebase.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidDeviceOwnerCertificateProfileBase",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.androidDeviceOwnerVpnConfiguration/identityCertificate",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.androidDeviceOwnerEnterpriseWiFiConfiguration/identityCertificateForClientAuthentication",
    path = "/deviceManagement/deviceConfigurations",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct AndroidDeviceOwnerCertificateProfileBase {
    #[graph(key)]
    pub id: Option<String>,
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub supports_scope_tags: Option<bool>,
    pub device_management_applicability_rule_os_edition: Option<DeviceManagementApplicabilityRuleOsEdition>,
    pub device_management_applicability_rule_os_version: Option<DeviceManagementApplicabilityRuleOsVersion>,
    pub device_management_applicability_rule_device_mode: Option<DeviceManagementApplicabilityRuleDeviceMode>,
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub renewal_threshold_percentage: Option<i32>,
    pub subject_name_format: Option<SubjectNameFormat>,
    pub certificate_validity_period_value: Option<i32>,
    pub certificate_validity_period_scale: Option<CertificateValidityPeriodScale>,
    pub extended_key_usages: Option<Vec<ExtendedKeyUsage>>,
    pub subject_alternative_name_type: Option<SubjectAlternativeNameType>,
}

/// `microsoft.graph.androidDeviceOwnerCompliancePolicy`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-androiddeviceownercompliancepolicy.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidDeviceOwnerCompliancePolicy",
    path = "/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}"
)]
pub struct AndroidDeviceOwnerCompliancePolicy {
    pub role_scope_tag_ids: Option<Vec<String>>,
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub device_threat_protection_enabled: Option<bool>,
    pub device_threat_protection_required_security_level: Option<DeviceThreatProtectionLevel>,
    pub advanced_threat_protection_required_security_level: Option<DeviceThreatProtectionLevel>,
    pub security_require_safety_net_attestation_basic_integrity: Option<bool>,
    pub security_require_safety_net_attestation_certified_device: Option<bool>,
    pub os_minimum_version: Option<String>,
    pub os_maximum_version: Option<String>,
    pub min_android_security_patch_level: Option<String>,
    pub password_required: Option<bool>,
    pub password_minimum_length: Option<i32>,
    pub password_minimum_letter_characters: Option<i32>,
    pub password_minimum_lower_case_characters: Option<i32>,
    pub password_minimum_non_letter_characters: Option<i32>,
    pub password_minimum_numeric_characters: Option<i32>,
    pub password_minimum_symbol_characters: Option<i32>,
    pub password_minimum_upper_case_characters: Option<i32>,
    pub password_required_type: Option<AndroidDeviceOwnerRequiredPasswordType>,
    pub password_minutes_of_inactivity_before_lock: Option<i32>,
    pub password_expiration_days: Option<i32>,
    pub password_previous_password_count_to_block: Option<i32>,
    pub storage_require_encryption: Option<bool>,
}

/// `microsoft.graph.androidDeviceOwnerImportedPFXCertificateProfile`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-androiddeviceownerimportedpfxcertificateprofile.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidDeviceOwnerImportedPFXCertificateProfile",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct AndroidDeviceOwnerImportedPfxCertificateProfile {
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
    pub renewal_threshold_percentage: Option<i32>,
    pub subject_name_format: Option<SubjectNameFormat>,
    pub certificate_validity_period_value: Option<i32>,
    pub certificate_validity_period_scale: Option<CertificateValidityPeriodScale>,
    pub extended_key_usages: Option<Vec<ExtendedKeyUsage>>,
    pub subject_alternative_name_type: Option<SubjectAlternativeNameType>,
    pub intended_purpose: Option<IntendedPurpose>,
}

/// `microsoft.graph.androidDeviceOwnerScepCertificateProfile`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-androiddeviceownerscepcertificateprofile.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidDeviceOwnerScepCertificateProfile",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct AndroidDeviceOwnerScepCertificateProfile {
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
    pub renewal_threshold_percentage: Option<i32>,
    pub subject_name_format: Option<SubjectNameFormat>,
    pub certificate_validity_period_value: Option<i32>,
    pub certificate_validity_period_scale: Option<CertificateValidityPeriodScale>,
    pub extended_key_usages: Option<Vec<ExtendedKeyUsage>>,
    pub subject_alternative_name_type: Option<SubjectAlternativeNameType>,
    pub scep_server_urls: Option<Vec<String>>,
    pub subject_name_format_string: Option<String>,
    pub key_usage: Option<KeyUsages>,
    pub key_size: Option<KeySize>,
    pub hash_algorithm: Option<HashAlgorithms>,
    pub subject_alternative_name_format_string: Option<String>,
    pub certificate_store: Option<CertificateStore>,
    pub custom_subject_alternative_names: Option<Vec<CustomSubjectAlternativeName>>,
}

/// `microsoft.graph.androidDeviceOwnerTrustedRootCertificate`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-androiddeviceownertrustedrootcertificate.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidDeviceOwnerTrustedRootCertificate",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/rootCertificate",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.androidDeviceOwnerCertificateProfileBase/rootCertificate",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.androidDeviceOwnerEnterpriseWiFiConfiguration/rootCertificateForServerValidation",
    path = "/deviceManagement/deviceConfigurations",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
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

/// `microsoft.graph.androidForWorkApp`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-androidforworkapp.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidForWorkApp",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses/{mobileAppInstallStatusId}/app"
)]
pub struct AndroidForWorkApp {
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
    pub upload_state: Option<i32>,
    pub publishing_state: Option<MobileAppPublishingState>,
    pub is_assigned: Option<bool>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub dependent_app_count: Option<i32>,
    pub superseding_app_count: Option<i32>,
    pub superseded_app_count: Option<i32>,
    pub package_id: Option<String>,
    pub app_identifier: Option<String>,
    pub used_license_count: Option<i32>,
    pub total_license_count: Option<i32>,
    pub app_store_url: Option<String>,
}

/// `microsoft.graph.androidImportedPFXCertificateProfile`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-androidimportedpfxcertificateprofile.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidImportedPFXCertificateProfile",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct AndroidImportedPfxCertificateProfile {
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
    pub renewal_threshold_percentage: Option<i32>,
    pub subject_name_format: Option<SubjectNameFormat>,
    pub subject_alternative_name_type: Option<SubjectAlternativeNameType>,
    pub certificate_validity_period_value: Option<i32>,
    pub certificate_validity_period_scale: Option<CertificateValidityPeriodScale>,
    pub extended_key_usages: Option<Vec<ExtendedKeyUsage>>,
    pub intended_purpose: Option<IntendedPurpose>,
}

/// `microsoft.graph.androidManagedAppProtection`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-shared-androidmanagedappprotection.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidManagedAppProtection",
    path = "/deviceAppManagement/androidManagedAppProtections/{androidManagedAppProtectionId}"
)]
pub struct AndroidManagedAppProtection {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
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
    pub minimum_wipe_os_version: Option<String>,
    pub minimum_wipe_app_version: Option<String>,
    pub app_action_if_device_compliance_required: Option<ManagedAppRemediationAction>,
    pub app_action_if_maximum_pin_retries_exceeded: Option<ManagedAppRemediationAction>,
    pub pin_required_instead_of_biometric_timeout: Option<Duration>,
    pub allowed_outbound_clipboard_sharing_exception_length: Option<i32>,
    pub notification_restriction: Option<ManagedAppNotificationRestriction>,
    pub is_assigned: Option<bool>,
    pub targeted_app_management_levels: Option<AppManagementLevel>,
    pub screen_capture_blocked: Option<bool>,
    pub disable_app_encryption_if_device_encryption_is_enabled: Option<bool>,
    pub encrypt_app_data: Option<bool>,
    pub deployed_app_count: Option<i32>,
    pub minimum_required_patch_version: Option<String>,
    pub minimum_warning_patch_version: Option<String>,
    pub exempted_app_packages: Option<Vec<KeyValuePair>>,
    pub minimum_wipe_patch_version: Option<String>,
    pub allowed_android_device_manufacturers: Option<String>,
    pub app_action_if_android_device_manufacturer_not_allowed: Option<ManagedAppRemediationAction>,
    pub required_android_safety_net_device_attestation_type:
        Option<AndroidManagedAppSafetyNetDeviceAttestationType>,
    pub app_action_if_android_safety_net_device_attestation_failed: Option<ManagedAppRemediationAction>,
    pub required_android_safety_net_apps_verification_type:
        Option<AndroidManagedAppSafetyNetAppsVerificationType>,
    pub app_action_if_android_safety_net_apps_verification_failed: Option<ManagedAppRemediationAction>,
    pub custom_browser_package_id: Option<String>,
    pub custom_browser_display_name: Option<String>,
    pub minimum_required_company_portal_version: Option<String>,
    pub minimum_warning_company_portal_version: Option<String>,
    pub minimum_wipe_company_portal_version: Option<String>,
}

/// `microsoft.graph.androidMinimumOperatingSystem`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-apps-androidminimumoperatingsystem.md`.
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
    #[graph(rename = "v6_0")]
    pub v6_0: Option<bool>,
    #[graph(rename = "v7_0")]
    pub v7_0: Option<bool>,
    #[graph(rename = "v7_1")]
    pub v7_1: Option<bool>,
    #[graph(rename = "v8_0")]
    pub v8_0: Option<bool>,
    #[graph(rename = "v8_1")]
    pub v8_1: Option<bool>,
    #[graph(rename = "v9_0")]
    pub v9_0: Option<bool>,
    #[graph(rename = "v10_0")]
    pub v10_0: Option<bool>,
    #[graph(rename = "v11_0")]
    pub v11_0: Option<bool>,
}

/// `microsoft.graph.androidWorkProfileCustomConfiguration`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-androidworkprofilecustomconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidWorkProfileCustomConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct AndroidWorkProfileCustomConfiguration {
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

/// `microsoft.graph.androidWorkProfileGmailEasConfiguration`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-androidworkprofilegmaileasconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidWorkProfileGmailEasConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct AndroidWorkProfileGmailEasConfiguration {
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
    pub authentication_method: Option<EasAuthenticationMethod>,
    pub duration_of_email_to_sync: Option<EmailSyncDuration>,
    pub email_address_source: Option<UserEmailSource>,
    pub host_name: Option<String>,
    pub require_ssl: Option<bool>,
    pub username_source: Option<AndroidUsernameSource>,
}

/// `microsoft.graph.androidWorkProfileNineWorkEasConfiguration`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-androidworkprofilenineworkeasconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidWorkProfileNineWorkEasConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct AndroidWorkProfileNineWorkEasConfiguration {
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
    pub authentication_method: Option<EasAuthenticationMethod>,
    pub duration_of_email_to_sync: Option<EmailSyncDuration>,
    pub email_address_source: Option<UserEmailSource>,
    pub host_name: Option<String>,
    pub require_ssl: Option<bool>,
    pub username_source: Option<AndroidUsernameSource>,
    pub sync_calendar: Option<bool>,
    pub sync_contacts: Option<bool>,
    pub sync_tasks: Option<bool>,
}

/// `microsoft.graph.androidWorkProfileVpnConfiguration`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-androidworkprofilevpnconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidWorkProfileVpnConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct AndroidWorkProfileVpnConfiguration {
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
    pub connection_name: Option<String>,
    pub connection_type: Option<AndroidWorkProfileVpnConnectionType>,
    pub role: Option<String>,
    pub realm: Option<String>,
    pub servers: Option<Vec<VpnServer>>,
    pub fingerprint: Option<String>,
    pub custom_data: Option<Vec<KeyValue>>,
    pub custom_key_value_data: Option<Vec<KeyValuePair>>,
    pub authentication_method: Option<VpnAuthenticationMethod>,
    pub proxy_server: Option<VpnProxyServer>,
    pub targeted_package_ids: Option<Vec<String>>,
    pub targeted_mobile_apps: Option<Vec<AppListItem>>,
    pub always_on: Option<bool>,
    pub always_on_lockdown: Option<bool>,
    pub microsoft_tunnel_site_id: Option<String>,
}

/// `microsoft.graph.androidWorkProfileWiFiConfiguration`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-androidworkprofilewificonfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidWorkProfileWiFiConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct AndroidWorkProfileWiFiConfiguration {
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
    pub network_name: Option<String>,
    pub ssid: Option<String>,
    pub connect_automatically: Option<bool>,
    pub connect_when_network_name_is_hidden: Option<bool>,
    pub wi_fi_security_type: Option<AndroidWiFiSecurityType>,
}

/// `microsoft.graph.aospDeviceOwnerDeviceConfiguration`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-aospdeviceownerdeviceconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.aospDeviceOwnerDeviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct AospDeviceOwnerDeviceConfiguration {
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
    pub apps_allow_install_from_unknown_sources: Option<bool>,
    pub bluetooth_blocked: Option<bool>,
    pub bluetooth_block_configuration: Option<bool>,
    pub bluetooth_block_contact_sharing: Option<bool>,
    pub camera_blocked: Option<bool>,
    pub cellular_block_wi_fi_tethering: Option<bool>,
    pub factory_reset_blocked: Option<bool>,
    pub password_minimum_length: Option<i32>,
    pub password_minutes_of_inactivity_before_screen_timeout: Option<i32>,
    pub password_required_type: Option<AndroidDeviceOwnerRequiredPasswordType>,
    pub password_sign_in_failure_count_before_factory_reset: Option<i32>,
    pub screen_capture_blocked: Option<bool>,
    pub security_allow_debugging_features: Option<bool>,
    pub storage_allow_usb: Option<bool>,
    pub storage_block_external_media: Option<bool>,
    pub storage_block_usb_file_transfer: Option<bool>,
    pub backup_blocked: Option<bool>,
    pub wifi_block_edit_configurations: Option<bool>,
}

/// `microsoft.graph.appConfigurationSettingItem`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-apps-appconfigurationsettingitem.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.appConfigurationSettingItem", complex)]
pub struct AppConfigurationSettingItem {
    pub app_config_key: Option<String>,
    pub app_config_key_type: Option<MdmAppConfigKeyType>,
    pub app_config_key_value: Option<String>,
}

/// `microsoft.graph.appListItem`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-applistitem.md`.
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
/// Reference: `api-reference/beta/resources/intune-devices-applepushnotificationcertificate.md`.
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
    pub certificate_upload_status: Option<String>,
    pub certificate_upload_failure_reason: Option<String>,
    pub certificate_serial_number: Option<String>,
    pub certificate: Option<String>,
}

/// `microsoft.graph.cartToClassAssociation`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-carttoclassassociation.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.cartToClassAssociation",
    path = "/deviceManagement/cartToClassAssociations/{cartToClassAssociationId}"
)]
pub struct CartToClassAssociation {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub version: Option<i32>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub device_cart_ids: Option<Vec<String>>,
    pub classroom_ids: Option<Vec<String>>,
}

/// `microsoft.graph.configManagerCollection`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-partnerintegration-configmanagercollection.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.configManagerCollection",
    path = "/deviceManagement/configManagerCollections/{configManagerCollectionId}"
)]
pub struct ConfigManagerCollection {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub collection_identifier: Option<String>,
    pub hierarchy_name: Option<String>,
    pub hierarchy_identifier: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.customSubjectAlternativeName`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-customsubjectalternativename.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.customSubjectAlternativeName", complex)]
pub struct CustomSubjectAlternativeName {
    pub san_type: Option<SubjectAlternativeNameType>,
    pub name: Option<String>,
}

/// `microsoft.graph.customUpdateTimeWindow`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-customupdatetimewindow.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.customUpdateTimeWindow", complex)]
pub struct CustomUpdateTimeWindow {
    pub start_day: Option<DayOfWeek>,
    pub end_day: Option<DayOfWeek>,
    pub start_time: Option<NaiveTime>,
    pub end_time: Option<NaiveTime>,
}

/// `microsoft.graph.defaultDeviceCompliancePolicy`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-defaultdevicecompliancepolicy.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.defaultDeviceCompliancePolicy",
    path = "/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}"
)]
pub struct DefaultDeviceCompliancePolicy {
    pub role_scope_tag_ids: Option<Vec<String>>,
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
}

/// `microsoft.graph.defenderDetectedMalwareActions`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-defenderdetectedmalwareactions.md`.
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
/// Reference: `api-reference/beta/resources/intune-devices-detectedapp.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.detectedApp",
    path = "/deviceManagement/detectedApps/{detectedAppId}",
    path = "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/deviceRunStates/{deviceManagementScriptDeviceStateId}/managedDevice/detectedApps/{detectedAppId}"
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
/// `api-reference/beta/resources/intune-shared-deviceandappmanagementassignmenttarget.md`.
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
    pub device_and_app_management_assignment_filter_id: Option<String>,
    pub device_and_app_management_assignment_filter_type: Option<DeviceAndAppManagementAssignmentFilterType>,
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.deviceAndAppManagementRoleDefinition`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-rbac-deviceandappmanagementroledefinition.md`.
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
    pub permissions: Option<Vec<RolePermission>>,
    pub role_permissions: Option<Vec<RolePermission>>,
    pub is_built_in_role_definition: Option<bool>,
    pub is_built_in: Option<bool>,
    pub role_scope_tag_ids: Option<Vec<String>>,
}

/// `microsoft.graph.deviceComplianceActionItem`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-devicecomplianceactionitem.md`.
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
/// Reference: `api-reference/beta/resources/intune-deviceconfig-devicecompliancedevicestatus.md`.
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

/// `microsoft.graph.deviceCompliancePolicyAssignment`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-devicecompliancepolicyassignment.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceCompliancePolicyAssignment",
    path = "/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}/assignments/{deviceCompliancePolicyAssignmentId}"
)]
pub struct DeviceCompliancePolicyAssignment {
    #[graph(key)]
    pub id: Option<String>,
    pub target: Option<DeviceAndAppManagementAssignmentTarget>,
    pub source: Option<DeviceAndAppManagementAssignmentSource>,
    pub source_id: Option<String>,
}

/// `microsoft.graph.deviceComplianceUserOverview`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-devicecomplianceuseroverview.md`.
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
    pub conflict_count: Option<i32>,
    pub last_update_date_time: Option<DateTime<FixedOffset>>,
    pub configuration_version: Option<i32>,
}

/// `microsoft.graph.deviceComplianceUserStatus`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-devicecomplianceuserstatus.md`.
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

/// `microsoft.graph.deviceConfigurationUserStateSummary`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-deviceconfigurationuserstatesummary.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfigurationUserStateSummary",
    path = "/deviceManagement/deviceConfigurationUserStateSummaries"
)]
pub struct DeviceConfigurationUserStateSummary {
    #[graph(key)]
    pub id: Option<String>,
    pub unknown_user_count: Option<i32>,
    pub not_applicable_user_count: Option<i32>,
    pub compliant_user_count: Option<i32>,
    pub remediated_user_count: Option<i32>,
    pub non_compliant_user_count: Option<i32>,
    pub error_user_count: Option<i32>,
    pub conflict_user_count: Option<i32>,
}

/// `microsoft.graph.deviceHealthScript`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-devices-devicehealthscript.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceHealthScript",
    path = "/deviceManagement/deviceHealthScripts/{deviceHealthScriptId}"
)]
pub struct DeviceHealthScript {
    #[graph(key)]
    pub id: Option<String>,
    pub publisher: Option<String>,
    pub version: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub detection_script_content: Option<Binary>,
    pub remediation_script_content: Option<Binary>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub run_as_account: Option<RunAsAccountType>,
    pub enforce_signature_check: Option<bool>,
    pub run_as32_bit: Option<bool>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub is_global_script: Option<bool>,
    pub highest_available_version: Option<String>,
    pub detection_script_parameters: Option<Vec<DeviceHealthScriptParameter>>,
    pub remediation_script_parameters: Option<Vec<DeviceHealthScriptParameter>>,
}

/// `microsoft.graph.deviceHealthScriptParameter`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-devices-devicehealthscriptparameter.md`.
///
/// A base type (the examples show `deviceHealthScriptStringParameter`): it reads values of derived
/// types too, keeping the `@odata.type` read in `odata_type` and the properties it does not declare
/// in `extra`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceHealthScriptParameter", complex)]
pub struct DeviceHealthScriptParameter {
    pub name: Option<String>,
    pub description: Option<String>,
    pub is_required: Option<bool>,
    pub apply_default_value_when_not_assigned: Option<bool>,
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-devicemanagementapplicabilityruledevicemode.md`.
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

/// `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-devicemanagementapplicabilityruleosedition.md`.
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

/// `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-devicemanagementapplicabilityruleosversion.md`.
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

/// `microsoft.graph.deviceManagementBooleanSettingInstance`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceintent-devicemanagementbooleansettinginstance.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementBooleanSettingInstance",
    path = "/deviceManagement/intents/{deviceManagementIntentId}/settings/{deviceManagementSettingInstanceId}",
    path = "/deviceManagement/templates/{deviceManagementTemplateId}/settings/{deviceManagementSettingInstanceId}",
    path = "/deviceManagement/intents/{deviceManagementIntentId}/categories/{deviceManagementIntentSettingCategoryId}/settings/{deviceManagementSettingInstanceId}",
    path = "/deviceManagement/templates/{deviceManagementTemplateId}/categories/{deviceManagementTemplateSettingCategoryId}/recommendedSettings/{deviceManagementSettingInstanceId}"
)]
pub struct DeviceManagementBooleanSettingInstance {
    #[graph(key)]
    pub id: Option<String>,
    pub definition_id: Option<String>,
    pub value_json: Option<String>,
    pub value: Option<bool>,
}

/// `microsoft.graph.deviceManagementCollectionSettingDefinition`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceintent-devicemanagementcollectionsettingdefinition.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementCollectionSettingDefinition",
    path = "/deviceManagement/settingDefinitions/{deviceManagementSettingDefinitionId}",
    path = "/deviceManagement/categories/{deviceManagementSettingCategoryId}/settingDefinitions/{deviceManagementSettingDefinitionId}",
    path = "/deviceManagement/intents/{deviceManagementIntentId}/categories/{deviceManagementIntentSettingCategoryId}/settingDefinitions/{deviceManagementSettingDefinitionId}",
    path = "/deviceManagement/templates/{deviceManagementTemplateId}/categories/{deviceManagementTemplateSettingCategoryId}/settingDefinitions/{deviceManagementSettingDefinitionId}"
)]
pub struct DeviceManagementCollectionSettingDefinition {
    #[graph(key)]
    pub id: Option<String>,
    pub value_type: Option<DeviceManangementIntentValueType>,
    pub display_name: Option<String>,
    pub is_top_level: Option<bool>,
    pub description: Option<String>,
    pub placeholder_text: Option<String>,
    pub documentation_url: Option<String>,
    pub header_title: Option<String>,
    pub header_subtitle: Option<String>,
    pub keywords: Option<Vec<String>>,
    pub constraints: Option<Vec<DeviceManagementConstraint>>,
    pub dependencies: Option<Vec<DeviceManagementSettingDependency>>,
    pub element_definition_id: Option<String>,
}

/// `microsoft.graph.deviceManagementConfigurationDependentOn`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfigv2-devicemanagementconfigurationdependenton.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementConfigurationDependentOn",
    complex
)]
pub struct DeviceManagementConfigurationDependentOn {
    pub dependent_on: Option<String>,
    pub parent_setting_id: Option<String>,
}

/// `microsoft.graph.deviceManagementConfigurationReferredSettingInformation`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfigv2-devicemanagementconfigurationreferredsettinginformation.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementConfigurationReferredSettingInformation",
    complex
)]
pub struct DeviceManagementConfigurationReferredSettingInformation {
    pub setting_definition_id: Option<String>,
}

/// `microsoft.graph.deviceManagementConfigurationSettingApplicability`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfigv2-devicemanagementconfigurationsettingapplicability.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementConfigurationSettingApplicability",
    complex
)]
pub struct DeviceManagementConfigurationSettingApplicability {
    pub description: Option<String>,
    pub platform: Option<DeviceManagementConfigurationPlatforms>,
    pub device_mode: Option<DeviceManagementConfigurationDeviceMode>,
    pub technologies: Option<DeviceManagementConfigurationTechnologies>,
}

/// `microsoft.graph.deviceManagementConfigurationSettingDefinition`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfigv2-devicemanagementconfigurationsettingdefinition.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementConfigurationSettingDefinition",
    path = "/deviceManagement/reusableSettings/{deviceManagementConfigurationSettingDefinitionId}",
    path = "/deviceManagement/configurationSettings/{deviceManagementConfigurationSettingDefinitionId}",
    path = "/deviceManagement/configurationPolicies/{deviceManagementConfigurationPolicyId}/settings/{deviceManagementConfigurationSettingId}/settingDefinitions/{deviceManagementConfigurationSettingDefinitionId}",
    path = "/deviceManagement/configurationPolicyTemplates/{deviceManagementConfigurationPolicyTemplateId}/settingTemplates/{deviceManagementConfigurationSettingTemplateId}/settingDefinitions/{deviceManagementConfigurationSettingDefinitionId}"
)]
pub struct DeviceManagementConfigurationSettingDefinition {
    pub applicability: Option<DeviceManagementConfigurationSettingApplicability>,
    pub access_types: Option<DeviceManagementConfigurationSettingAccessTypes>,
    pub keywords: Option<Vec<String>>,
    pub info_urls: Option<Vec<String>>,
    pub occurrence: Option<DeviceManagementConfigurationSettingOccurrence>,
    pub base_uri: Option<String>,
    pub offset_uri: Option<String>,
    pub root_definition_id: Option<String>,
    pub category_id: Option<String>,
    pub setting_usage: Option<DeviceManagementConfigurationSettingUsage>,
    pub ux_behavior: Option<DeviceManagementConfigurationControlType>,
    pub visibility: Option<DeviceManagementConfigurationSettingVisibility>,
    pub referred_setting_information_list:
        Option<Vec<DeviceManagementConfigurationReferredSettingInformation>>,
    #[graph(key)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub help_text: Option<String>,
    pub name: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<String>,
}

/// `microsoft.graph.deviceManagementConfigurationSettingDependedOnBy`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfigv2-devicemanagementconfigurationsettingdependedonby.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementConfigurationSettingDependedOnBy",
    complex
)]
pub struct DeviceManagementConfigurationSettingDependedOnBy {
    pub depended_on_by: Option<String>,
    pub required: Option<bool>,
}

/// `microsoft.graph.deviceManagementConfigurationSettingOccurrence`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfigv2-devicemanagementconfigurationsettingoccurrence.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementConfigurationSettingOccurrence",
    complex
)]
pub struct DeviceManagementConfigurationSettingOccurrence {
    pub min_device_occurrence: Option<i32>,
    pub max_device_occurrence: Option<i32>,
}

/// `microsoft.graph.deviceManagementConfigurationSettingValue`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfigv2-devicemanagementconfigurationsettingvalue.md`.
///
/// A base type (the reference lists `deviceManagementConfigurationGroupSettingValue`; the examples
/// show `deviceManagementConfigurationGroupSettingValue`): it reads values of derived types too,
/// keeping the `@odata.type` read in `odata_type` and the properties it does not declare in
/// `extra`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementConfigurationSettingValue",
    complex
)]
pub struct DeviceManagementConfigurationSettingValue {
    pub setting_value_template_reference: Option<DeviceManagementConfigurationSettingValueTemplateReference>,
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.deviceManagementConfigurationSettingValueDefinition`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfigv2-devicemanagementconfigurationsettingvaluedefinition.md`.
///
/// A base type (the reference lists `deviceManagementConfigurationStringSettingValueDefinition`):
/// it reads values of derived types too, keeping the `@odata.type` read in `odata_type` and the
/// properties it does not declare in `extra`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementConfigurationSettingValueDefinition",
    complex
)]
pub struct DeviceManagementConfigurationSettingValueDefinition {
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.deviceManagementConfigurationSettingValueTemplateReference`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfigv2-devicemanagementconfigurationsettingvaluetemplatereference.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementConfigurationSettingValueTemplateReference",
    complex
)]
pub struct DeviceManagementConfigurationSettingValueTemplateReference {
    pub setting_value_template_id: Option<String>,
    pub use_template_default: Option<bool>,
}

/// `microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfigv2-devicemanagementconfigurationsimplesettingcollectiondefinition.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition",
    path = "/deviceManagement/reusableSettings/{deviceManagementConfigurationSettingDefinitionId}",
    path = "/deviceManagement/configurationSettings/{deviceManagementConfigurationSettingDefinitionId}",
    path = "/deviceManagement/configurationPolicies/{deviceManagementConfigurationPolicyId}/settings/{deviceManagementConfigurationSettingId}/settingDefinitions/{deviceManagementConfigurationSettingDefinitionId}",
    path = "/deviceManagement/configurationPolicyTemplates/{deviceManagementConfigurationPolicyTemplateId}/settingTemplates/{deviceManagementConfigurationSettingTemplateId}/settingDefinitions/{deviceManagementConfigurationSettingDefinitionId}"
)]
pub struct DeviceManagementConfigurationSimpleSettingCollectionDefinition {
    pub applicability: Option<DeviceManagementConfigurationSettingApplicability>,
    pub access_types: Option<DeviceManagementConfigurationSettingAccessTypes>,
    pub keywords: Option<Vec<String>>,
    pub info_urls: Option<Vec<String>>,
    pub occurrence: Option<DeviceManagementConfigurationSettingOccurrence>,
    pub base_uri: Option<String>,
    pub offset_uri: Option<String>,
    pub root_definition_id: Option<String>,
    pub category_id: Option<String>,
    pub setting_usage: Option<DeviceManagementConfigurationSettingUsage>,
    pub ux_behavior: Option<DeviceManagementConfigurationControlType>,
    pub visibility: Option<DeviceManagementConfigurationSettingVisibility>,
    pub referred_setting_information_list:
        Option<Vec<DeviceManagementConfigurationReferredSettingInformation>>,
    #[graph(key)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub help_text: Option<String>,
    pub name: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<String>,
    pub value_definition: Option<DeviceManagementConfigurationSettingValueDefinition>,
    pub default_value: Option<DeviceManagementConfigurationSettingValue>,
    pub dependent_on: Option<Vec<DeviceManagementConfigurationDependentOn>>,
    pub depended_on_by: Option<Vec<DeviceManagementConfigurationSettingDependedOnBy>>,
    pub maximum_count: Option<i32>,
    pub minimum_count: Option<i32>,
}

/// `microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfigv2-devicemanagementconfigurationsimplesettingdefinition.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition",
    path = "/deviceManagement/reusableSettings/{deviceManagementConfigurationSettingDefinitionId}",
    path = "/deviceManagement/configurationSettings/{deviceManagementConfigurationSettingDefinitionId}",
    path = "/deviceManagement/configurationPolicies/{deviceManagementConfigurationPolicyId}/settings/{deviceManagementConfigurationSettingId}/settingDefinitions/{deviceManagementConfigurationSettingDefinitionId}",
    path = "/deviceManagement/configurationPolicyTemplates/{deviceManagementConfigurationPolicyTemplateId}/settingTemplates/{deviceManagementConfigurationSettingTemplateId}/settingDefinitions/{deviceManagementConfigurationSettingDefinitionId}"
)]
pub struct DeviceManagementConfigurationSimpleSettingDefinition {
    pub applicability: Option<DeviceManagementConfigurationSettingApplicability>,
    pub access_types: Option<DeviceManagementConfigurationSettingAccessTypes>,
    pub keywords: Option<Vec<String>>,
    pub info_urls: Option<Vec<String>>,
    pub occurrence: Option<DeviceManagementConfigurationSettingOccurrence>,
    pub base_uri: Option<String>,
    pub offset_uri: Option<String>,
    pub root_definition_id: Option<String>,
    pub category_id: Option<String>,
    pub setting_usage: Option<DeviceManagementConfigurationSettingUsage>,
    pub ux_behavior: Option<DeviceManagementConfigurationControlType>,
    pub visibility: Option<DeviceManagementConfigurationSettingVisibility>,
    pub referred_setting_information_list:
        Option<Vec<DeviceManagementConfigurationReferredSettingInformation>>,
    #[graph(key)]
    pub id: Option<String>,
    pub description: Option<String>,
    pub help_text: Option<String>,
    pub name: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<String>,
    pub value_definition: Option<DeviceManagementConfigurationSettingValueDefinition>,
    pub default_value: Option<DeviceManagementConfigurationSettingValue>,
    pub dependent_on: Option<Vec<DeviceManagementConfigurationDependentOn>>,
    pub depended_on_by: Option<Vec<DeviceManagementConfigurationSettingDependedOnBy>>,
}

/// `microsoft.graph.deviceManagementConstraint`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceintent-devicemanagementconstraint.md`.
///
/// A base type (the reference lists `deviceManagementSettingAppConstraint`,
/// `deviceManagementSettingRegexConstraint` and `deviceManagementSettingXmlConstraint`; the
/// examples show `deviceManagementSettingAppConstraint`): it reads values of derived types too,
/// keeping the `@odata.type` read in `odata_type` and the properties it does not declare in
/// `extra`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceManagementConstraint", complex)]
pub struct DeviceManagementConstraint {
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.deviceManagementDomainJoinConnector`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-odj-devicemanagementdomainjoinconnector.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementDomainJoinConnector",
    path = "/deviceManagement/domainJoinConnectors/{deviceManagementDomainJoinConnectorId}"
)]
pub struct DeviceManagementDomainJoinConnector {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub last_connection_date_time: Option<DateTime<FixedOffset>>,
    pub state: Option<DeviceManagementDomainJoinConnectorState>,
    pub version: Option<String>,
}

/// `microsoft.graph.deviceManagementExchangeConnector`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-onboarding-devicemanagementexchangeconnector.md`.
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
/// Reference: `api-reference/beta/resources/intune-reporting-devicemanagementexportjob.md`.
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

/// `microsoft.graph.deviceManagementIntentDeviceState`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceintent-devicemanagementintentdevicestate.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementIntentDeviceState",
    path = "/deviceManagement/intents/{deviceManagementIntentId}/deviceStates/{deviceManagementIntentDeviceStateId}"
)]
pub struct DeviceManagementIntentDeviceState {
    #[graph(key)]
    pub id: Option<String>,
    pub user_principal_name: Option<String>,
    pub user_name: Option<String>,
    pub device_display_name: Option<String>,
    pub last_reported_date_time: Option<DateTime<FixedOffset>>,
    pub state: Option<ComplianceStatus>,
    pub device_id: Option<String>,
}

/// `microsoft.graph.deviceManagementPartner`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-onboarding-devicemanagementpartner.md`.
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
    pub when_partner_devices_will_be_removed: Option<DateTime<FixedOffset>>,
    pub when_partner_devices_will_be_marked_as_non_compliant: Option<DateTime<FixedOffset>>,
    pub when_partner_devices_will_be_removed_date_time: Option<DateTime<FixedOffset>>,
    pub when_partner_devices_will_be_marked_as_non_compliant_date_time: Option<DateTime<FixedOffset>>,
    pub groups_requiring_partner_enrollment: Option<Vec<DeviceManagementPartnerAssignment>>,
}

/// `microsoft.graph.deviceManagementPartnerAssignment`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-onboarding-devicemanagementpartnerassignment.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceManagementPartnerAssignment", complex)]
pub struct DeviceManagementPartnerAssignment {
    pub target: Option<DeviceAndAppManagementAssignmentTarget>,
}

/// `microsoft.graph.deviceManagementReports`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-reporting-devicemanagementreports.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementReports",
    path = "/deviceManagement/reports"
)]
pub struct DeviceManagementReports {
    #[graph(key)]
    pub id: Option<String>,
}

/// `microsoft.graph.deviceManagementScriptUserState`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-devices-devicemanagementscriptuserstate.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementScriptUserState",
    path = "/deviceManagement/deviceShellScripts/{deviceShellScriptId}/userRunStates/{deviceManagementScriptUserStateId}",
    path = "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/userRunStates/{deviceManagementScriptUserStateId}",
    path = "/deviceManagement/deviceCustomAttributeShellScripts/{deviceCustomAttributeShellScriptId}/userRunStates/{deviceManagementScriptUserStateId}"
)]
pub struct DeviceManagementScriptUserState {
    #[graph(key)]
    pub id: Option<String>,
    pub success_device_count: Option<i32>,
    pub error_device_count: Option<i32>,
    pub user_principal_name: Option<String>,
}

/// `microsoft.graph.deviceManagementSettingDependency`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceintent-devicemanagementsettingdependency.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceManagementSettingDependency", complex)]
pub struct DeviceManagementSettingDependency {
    pub definition_id: Option<String>,
    pub constraints: Option<Vec<DeviceManagementConstraint>>,
}

/// `microsoft.graph.deviceManagementTemplate`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceintent-devicemanagementtemplate.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/templates/{deviceManagementTemplateId}/migratableTo/{deviceManagementTemplateId}`:
///   the docs use `{deviceManagementTemplateId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementTemplate",
    path = "/deviceManagement/templates/{deviceManagementTemplateId}",
    path = "/deviceManagement/templates/{deviceManagementTemplateId}/migratableTo"
)]
pub struct DeviceManagementTemplate {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub version_info: Option<String>,
    pub is_deprecated: Option<bool>,
    pub intent_count: Option<i32>,
    pub template_type: Option<DeviceManagementTemplateType>,
    pub platform_type: Option<PolicyPlatformType>,
    pub template_subtype: Option<DeviceManagementTemplateSubtype>,
    pub published_date_time: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.deviceManagementTroubleshootingErrorDetails`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-troubleshooting-devicemanagementtroubleshootingerrordetails.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementTroubleshootingErrorDetails",
    complex
)]
pub struct DeviceManagementTroubleshootingErrorDetails {
    pub context: Option<String>,
    pub failure: Option<String>,
    pub failure_details: Option<String>,
    pub remediation: Option<String>,
    pub resources: Option<Vec<DeviceManagementTroubleshootingErrorResource>>,
}

/// `microsoft.graph.deviceManagementTroubleshootingErrorResource`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-troubleshooting-devicemanagementtroubleshootingerrorresource.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementTroubleshootingErrorResource",
    complex
)]
pub struct DeviceManagementTroubleshootingErrorResource {
    pub text: Option<String>,
    pub link: Option<String>,
}

/// `microsoft.graph.eBookInstallSummary`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-books-ebookinstallsummary.md`.
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

/// `microsoft.graph.easEmailProfileConfigurationBase`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-easemailprofileconfigurationbase.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.easEmailProfileConfigurationBase",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct EasEmailProfileConfigurationBase {
    #[graph(key)]
    pub id: Option<String>,
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub supports_scope_tags: Option<bool>,
    pub device_management_applicability_rule_os_edition: Option<DeviceManagementApplicabilityRuleOsEdition>,
    pub device_management_applicability_rule_os_version: Option<DeviceManagementApplicabilityRuleOsVersion>,
    pub device_management_applicability_rule_device_mode: Option<DeviceManagementApplicabilityRuleDeviceMode>,
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub username_source: Option<UserEmailSource>,
    #[graph(rename = "usernameAADSource")]
    pub username_aad_source: Option<UsernameSource>,
    pub user_domain_name_source: Option<DomainNameSource>,
    pub custom_domain_name: Option<String>,
}

/// `microsoft.graph.edgeHomeButtonConfiguration`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-edgehomebuttonconfiguration.md`.
///
/// A base type (the reference lists `edgeHomeButtonOpensNewTab`): it reads values of derived types
/// too, keeping the `@odata.type` read in `odata_type` and the properties it does not declare in
/// `extra`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.edgeHomeButtonConfiguration", complex)]
pub struct EdgeHomeButtonConfiguration {
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.edgeSearchEngineBase`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-edgesearchenginebase.md`.
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

/// `microsoft.graph.embeddedSIMActivationCode`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-esim-embeddedsimactivationcode.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.embeddedSIMActivationCode", complex)]
pub struct EmbeddedSimActivationCode {
    pub integrated_circuit_card_identifier: Option<String>,
    pub matching_identifier: Option<String>,
    pub smdp_plus_server_address: Option<String>,
}

/// `microsoft.graph.embeddedSIMActivationCodePool`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-esim-embeddedsimactivationcodepool.md`.
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

/// `microsoft.graph.embeddedSIMDeviceState`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-esim-embeddedsimdevicestate.md`.
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

/// `microsoft.graph.extendedKeyUsage`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-shared-extendedkeyusage.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.extendedKeyUsage", complex)]
pub struct ExtendedKeyUsage {
    pub name: Option<String>,
    pub object_identifier: Option<String>,
}

/// `microsoft.graph.groupPolicyConfigurationAssignment`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-grouppolicy-grouppolicyconfigurationassignment.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.groupPolicyConfigurationAssignment",
    path = "/deviceManagement/groupPolicyConfigurations/{groupPolicyConfigurationId}/assignments/{groupPolicyConfigurationAssignmentId}"
)]
pub struct GroupPolicyConfigurationAssignment {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub target: Option<DeviceAndAppManagementAssignmentTarget>,
}

/// `microsoft.graph.groupPolicyDefinitionFile`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-grouppolicy-grouppolicydefinitionfile.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.groupPolicyDefinitionFile",
    path = "/deviceManagement/groupPolicyDefinitionFiles/{groupPolicyDefinitionFileId}",
    path = "/deviceManagement/groupPolicyConfigurations/{groupPolicyConfigurationId}/definitionValues/{groupPolicyDefinitionValueId}/presentationValues/{groupPolicyPresentationValueId}/presentation/definition/definitionFile",
    path = "/deviceManagement/groupPolicyConfigurations/{groupPolicyConfigurationId}/definitionValues/{groupPolicyDefinitionValueId}/presentationValues/{groupPolicyPresentationValueId}/presentation/definition/category/definitionFile"
)]
pub struct GroupPolicyDefinitionFile {
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub language_codes: Option<Vec<String>>,
    pub target_prefix: Option<String>,
    pub target_namespace: Option<String>,
    pub policy_type: Option<GroupPolicyType>,
    pub revision: Option<String>,
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.groupPolicyPresentation`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-grouppolicy-grouppolicypresentation.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.groupPolicyPresentation",
    path = "/deviceManagement/groupPolicyConfigurations/{groupPolicyConfigurationId}/definitionValues/{groupPolicyDefinitionValueId}/presentationValues/{groupPolicyPresentationValueId}/presentation",
    path = "/deviceManagement/groupPolicyConfigurations/{groupPolicyConfigurationId}/definitionValues/{groupPolicyDefinitionValueId}/presentationValues/{groupPolicyPresentationValueId}/presentation/definition/presentations/{groupPolicyPresentationId}"
)]
pub struct GroupPolicyPresentation {
    pub label: Option<String>,
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.groupPolicyPresentationComboBox`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-grouppolicy-grouppolicypresentationcombobox.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.groupPolicyPresentationComboBox",
    path = "/deviceManagement/groupPolicyConfigurations/{groupPolicyConfigurationId}/definitionValues/{groupPolicyDefinitionValueId}/presentationValues/{groupPolicyPresentationValueId}/presentation",
    path = "/deviceManagement/groupPolicyConfigurations/{groupPolicyConfigurationId}/definitionValues/{groupPolicyDefinitionValueId}/presentationValues/{groupPolicyPresentationValueId}/presentation/definition/presentations/{groupPolicyPresentationId}"
)]
pub struct GroupPolicyPresentationComboBox {
    pub label: Option<String>,
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub default_value: Option<String>,
    pub suggestions: Option<Vec<String>>,
    pub required: Option<bool>,
    pub max_length: Option<i64>,
}

/// `microsoft.graph.groupPolicyPresentationMultiTextBox`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-grouppolicy-grouppolicypresentationmultitextbox.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.groupPolicyPresentationMultiTextBox",
    path = "/deviceManagement/groupPolicyConfigurations/{groupPolicyConfigurationId}/definitionValues/{groupPolicyDefinitionValueId}/presentationValues/{groupPolicyPresentationValueId}/presentation",
    path = "/deviceManagement/groupPolicyConfigurations/{groupPolicyConfigurationId}/definitionValues/{groupPolicyDefinitionValueId}/presentationValues/{groupPolicyPresentationValueId}/presentation/definition/presentations/{groupPolicyPresentationId}"
)]
pub struct GroupPolicyPresentationMultiTextBox {
    pub label: Option<String>,
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub required: Option<bool>,
    pub max_length: Option<i64>,
    pub max_strings: Option<i64>,
}

/// `microsoft.graph.groupPolicyPresentationValueBoolean`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-grouppolicy-grouppolicypresentationvalueboolean.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.groupPolicyPresentationValueBoolean",
    path = "/deviceManagement/groupPolicyConfigurations/{groupPolicyConfigurationId}/definitionValues/{groupPolicyDefinitionValueId}/presentationValues/{groupPolicyPresentationValueId}"
)]
pub struct GroupPolicyPresentationValueBoolean {
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(key)]
    pub id: Option<String>,
    pub value: Option<bool>,
}

/// `microsoft.graph.groupPolicyPresentationValueMultiText`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-grouppolicy-grouppolicypresentationvaluemultitext.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.groupPolicyPresentationValueMultiText",
    path = "/deviceManagement/groupPolicyConfigurations/{groupPolicyConfigurationId}/definitionValues/{groupPolicyDefinitionValueId}/presentationValues/{groupPolicyPresentationValueId}"
)]
pub struct GroupPolicyPresentationValueMultiText {
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(key)]
    pub id: Option<String>,
    pub values: Option<Vec<String>>,
}

/// `microsoft.graph.importedDeviceIdentityResult`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-enrollment-importeddeviceidentityresult.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.importedDeviceIdentityResult",
    path = "/deviceManagement/importedDeviceIdentities/{importedDeviceIdentityId}"
)]
pub struct ImportedDeviceIdentityResult {
    #[graph(key)]
    pub id: Option<String>,
    pub imported_device_identifier: Option<String>,
    pub imported_device_identity_type: Option<ImportedDeviceIdentityType>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub last_contacted_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub enrollment_state: Option<EnrollmentState>,
    pub platform: Option<Platform>,
    pub status: Option<bool>,
}

/// `microsoft.graph.intuneBrandingProfileAssignment`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-wip-intunebrandingprofileassignment.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.intuneBrandingProfileAssignment",
    path = "/deviceManagement/intuneBrandingProfiles/{intuneBrandingProfileId}/assignments/{intuneBrandingProfileAssignmentId}"
)]
pub struct IntuneBrandingProfileAssignment {
    #[graph(key)]
    pub id: Option<String>,
    pub target: Option<DeviceAndAppManagementAssignmentTarget>,
}

/// `microsoft.graph.iosEduCertificateSettings`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-ioseducertificatesettings.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.iosEduCertificateSettings", complex)]
pub struct IosEduCertificateSettings {
    pub trusted_root_certificate: Option<Binary>,
    pub cert_file_name: Option<String>,
    pub certification_authority: Option<String>,
    pub certification_authority_name: Option<String>,
    pub certificate_template_name: Option<String>,
    pub renewal_threshold_percentage: Option<i32>,
    pub certificate_validity_period_value: Option<i32>,
    pub certificate_validity_period_scale: Option<CertificateValidityPeriodScale>,
}

/// `microsoft.graph.iosEduDeviceConfiguration`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-iosedudeviceconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.iosEduDeviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct IosEduDeviceConfiguration {
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
    pub teacher_certificate_settings: Option<IosEduCertificateSettings>,
    pub student_certificate_settings: Option<IosEduCertificateSettings>,
    pub device_certificate_settings: Option<IosEduCertificateSettings>,
}

/// `microsoft.graph.iosExpeditedCheckinConfiguration`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-iosexpeditedcheckinconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.iosExpeditedCheckinConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
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

/// `microsoft.graph.iosManagedAppProtection`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-shared-iosmanagedappprotection.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.iosManagedAppProtection",
    path = "/deviceAppManagement/iosManagedAppProtections/{iosManagedAppProtectionId}"
)]
pub struct IosManagedAppProtection {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
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
    pub minimum_wipe_os_version: Option<String>,
    pub minimum_wipe_app_version: Option<String>,
    pub app_action_if_device_compliance_required: Option<ManagedAppRemediationAction>,
    pub app_action_if_maximum_pin_retries_exceeded: Option<ManagedAppRemediationAction>,
    pub pin_required_instead_of_biometric_timeout: Option<Duration>,
    pub allowed_outbound_clipboard_sharing_exception_length: Option<i32>,
    pub notification_restriction: Option<ManagedAppNotificationRestriction>,
    pub is_assigned: Option<bool>,
    pub targeted_app_management_levels: Option<AppManagementLevel>,
    pub app_data_encryption_type: Option<ManagedAppDataEncryptionType>,
    pub minimum_required_sdk_version: Option<String>,
    pub deployed_app_count: Option<i32>,
    pub face_id_blocked: Option<bool>,
    pub exempted_app_protocols: Option<Vec<KeyValuePair>>,
    pub minimum_wipe_sdk_version: Option<String>,
    pub allowed_ios_device_models: Option<String>,
    pub app_action_if_ios_device_model_not_allowed: Option<ManagedAppRemediationAction>,
    pub filter_open_in_to_only_managed_apps: Option<bool>,
    pub disable_protection_of_managed_outbound_open_in_data: Option<bool>,
    pub protect_inbound_data_from_unknown_sources: Option<bool>,
    pub custom_browser_protocol: Option<String>,
}

/// `microsoft.graph.iosMobileAppConfiguration`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-iosmobileappconfiguration.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.iosMobileAppConfiguration",
    path = "/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}"
)]
pub struct IosMobileAppConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    pub targeted_mobile_apps: Option<Vec<String>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
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

/// `microsoft.graph.iosScepCertificateProfile`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-iosscepcertificateprofile.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.iosScepCertificateProfile",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct IosScepCertificateProfile {
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
    pub renewal_threshold_percentage: Option<i32>,
    pub subject_name_format: Option<AppleSubjectNameFormat>,
    pub subject_alternative_name_type: Option<SubjectAlternativeNameType>,
    pub certificate_validity_period_value: Option<i32>,
    pub certificate_validity_period_scale: Option<CertificateValidityPeriodScale>,
    pub scep_server_urls: Option<Vec<String>>,
    pub subject_name_format_string: Option<String>,
    pub key_usage: Option<KeyUsages>,
    pub key_size: Option<KeySize>,
    pub extended_key_usages: Option<Vec<ExtendedKeyUsage>>,
    pub subject_alternative_name_format_string: Option<String>,
    pub certificate_store: Option<CertificateStore>,
    pub custom_subject_alternative_names: Option<Vec<CustomSubjectAlternativeName>>,
}

/// `microsoft.graph.iosUpdateDeviceStatus`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-iosupdatedevicestatus.md`.
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
    pub platform: Option<i32>,
    pub compliance_grace_period_expiration_date_time: Option<DateTime<FixedOffset>>,
    pub status: Option<ComplianceStatus>,
    pub last_reported_date_time: Option<DateTime<FixedOffset>>,
    pub user_principal_name: Option<String>,
}

/// `microsoft.graph.iosVppAppAssignedLicense`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-iosvppappassignedlicense.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.iosVppAppAssignedLicense",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/microsoft.graph.iosVppApp/assignedLicenses/{iosVppAppAssignedLicenseId}"
)]
pub struct IosVppAppAssignedLicense {
    #[graph(key)]
    pub id: Option<String>,
    pub user_email_address: Option<String>,
    pub user_id: Option<String>,
    pub user_name: Option<String>,
    pub user_principal_name: Option<String>,
}

/// `microsoft.graph.iosWiFiConfiguration`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-ioswificonfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.iosWiFiConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct IosWiFiConfiguration {
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
    pub network_name: Option<String>,
    pub ssid: Option<String>,
    pub connect_automatically: Option<bool>,
    pub connect_when_network_name_is_hidden: Option<bool>,
    pub wi_fi_security_type: Option<WiFiSecurityType>,
    pub proxy_settings: Option<WiFiProxySetting>,
    pub proxy_manual_address: Option<String>,
    pub proxy_manual_port: Option<i32>,
    pub proxy_automatic_configuration_url: Option<String>,
    pub disable_mac_address_randomization: Option<bool>,
    pub pre_shared_key: Option<String>,
}

/// `microsoft.graph.keyValue`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-keyvalue.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.keyValue", complex)]
pub struct KeyValue {
    pub key: Option<String>,
    pub value: Option<String>,
}

/// `microsoft.graph.keyValuePair`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-shared-keyvaluepair.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.keyValuePair", complex)]
pub struct KeyValuePair {
    pub name: Option<String>,
    pub value: Option<String>,
}

/// `microsoft.graph.macOSPkcsCertificateProfile`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-macospkcscertificateprofile.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.macOSPkcsCertificateProfile",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct MacOsPkcsCertificateProfile {
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
    pub renewal_threshold_percentage: Option<i32>,
    pub subject_name_format: Option<AppleSubjectNameFormat>,
    pub subject_alternative_name_type: Option<SubjectAlternativeNameType>,
    pub certificate_validity_period_value: Option<i32>,
    pub certificate_validity_period_scale: Option<CertificateValidityPeriodScale>,
    pub certification_authority: Option<String>,
    pub certification_authority_name: Option<String>,
    pub certificate_template_name: Option<String>,
    pub subject_alternative_name_format_string: Option<String>,
    pub subject_name_format_string: Option<String>,
    pub certificate_store: Option<CertificateStore>,
    pub custom_subject_alternative_names: Option<Vec<CustomSubjectAlternativeName>>,
    pub allow_all_apps_access: Option<bool>,
}

/// `microsoft.graph.macOSSoftwareUpdateCategorySummary`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-macossoftwareupdatecategorysummary.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.macOSSoftwareUpdateCategorySummary",
    path = "/deviceManagement/macOSSoftwareUpdateAccountSummaries/{macOSSoftwareUpdateAccountSummaryId}/categorySummaries/{macOSSoftwareUpdateCategorySummaryId}"
)]
pub struct MacOsSoftwareUpdateCategorySummary {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub device_id: Option<String>,
    pub user_id: Option<String>,
    pub update_category: Option<MacOsSoftwareUpdateCategory>,
    pub successful_update_count: Option<i32>,
    pub failed_update_count: Option<i32>,
    pub total_update_count: Option<i32>,
    pub last_updated_date_time: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.macOSSoftwareUpdateConfiguration`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-macossoftwareupdateconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.macOSSoftwareUpdateConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct MacOsSoftwareUpdateConfiguration {
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
    pub critical_update_behavior: Option<MacOsSoftwareUpdateBehavior>,
    pub config_data_update_behavior: Option<MacOsSoftwareUpdateBehavior>,
    pub firmware_update_behavior: Option<MacOsSoftwareUpdateBehavior>,
    pub all_other_update_behavior: Option<MacOsSoftwareUpdateBehavior>,
    pub update_schedule_type: Option<MacOsSoftwareUpdateScheduleType>,
    pub custom_update_time_windows: Option<Vec<CustomUpdateTimeWindow>>,
    pub update_time_window_utc_offset_in_minutes: Option<i32>,
}

/// `microsoft.graph.macOSSoftwareUpdateStateSummary`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-macossoftwareupdatestatesummary.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.macOSSoftwareUpdateStateSummary",
    path = "/deviceManagement/macOSSoftwareUpdateAccountSummaries/{macOSSoftwareUpdateAccountSummaryId}/categorySummaries/{macOSSoftwareUpdateCategorySummaryId}/updateStateSummaries/{macOSSoftwareUpdateStateSummaryId}"
)]
pub struct MacOsSoftwareUpdateStateSummary {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub product_key: Option<String>,
    pub update_category: Option<MacOsSoftwareUpdateCategory>,
    pub update_version: Option<String>,
    pub state: Option<MacOsSoftwareUpdateState>,
    pub last_updated_date_time: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.macOSTrustedRootCertificate`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-macostrustedrootcertificate.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.macOSTrustedRootCertificate",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/rootCertificateForServerValidation",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSEnterpriseWiFiConfiguration/rootCertificateForServerValidation",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSEnterpriseWiFiConfiguration/rootCertificatesForServerValidation/{macOSTrustedRootCertificateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/microsoft.graph.macOSScepCertificateProfile/rootCertificate"
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

/// `microsoft.graph.macOsVppApp`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-macosvppapp.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.macOsVppApp",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses/{mobileAppInstallStatusId}/app"
)]
pub struct MacOsVppApp {
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
    pub upload_state: Option<i32>,
    pub publishing_state: Option<MobileAppPublishingState>,
    pub is_assigned: Option<bool>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub dependent_app_count: Option<i32>,
    pub superseding_app_count: Option<i32>,
    pub superseded_app_count: Option<i32>,
    pub used_license_count: Option<i32>,
    pub total_license_count: Option<i32>,
    pub release_date_time: Option<DateTime<FixedOffset>>,
    pub app_store_url: Option<String>,
    pub licensing_type: Option<VppLicensingType>,
    pub vpp_token_organization_name: Option<String>,
    pub vpp_token_account_type: Option<VppTokenAccountType>,
    pub vpp_token_apple_id: Option<String>,
    pub bundle_id: Option<String>,
    pub vpp_token_id: Option<String>,
    pub revoke_license_action_results: Option<Vec<MacOsVppAppRevokeLicensesActionResult>>,
}

/// `microsoft.graph.macOsVppAppAssignedLicense`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-macosvppappassignedlicense.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.macOsVppAppAssignedLicense",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/microsoft.graph.macOsVppApp/assignedLicenses/{macOsVppAppAssignedLicenseId}"
)]
pub struct MacOsVppAppAssignedLicense {
    #[graph(key)]
    pub id: Option<String>,
    pub user_email_address: Option<String>,
    pub user_id: Option<String>,
    pub user_name: Option<String>,
    pub user_principal_name: Option<String>,
}

/// `microsoft.graph.macOsVppAppRevokeLicensesActionResult`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-apps-macosvppapprevokelicensesactionresult.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.macOsVppAppRevokeLicensesActionResult", complex)]
pub struct MacOsVppAppRevokeLicensesActionResult {
    pub user_id: Option<String>,
    pub managed_device_id: Option<String>,
    pub total_licenses_count: Option<i32>,
    pub failed_licenses_count: Option<i32>,
    pub action_failure_reason: Option<VppTokenActionFailureReason>,
    pub action_name: Option<String>,
    pub action_state: Option<ActionState>,
    pub start_date_time: Option<DateTime<FixedOffset>>,
    pub last_updated_date_time: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.managedAndroidLobApp`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-managedandroidlobapp.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedAndroidLobApp",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses/{mobileAppInstallStatusId}/app"
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
    pub upload_state: Option<i32>,
    pub publishing_state: Option<MobileAppPublishingState>,
    pub is_assigned: Option<bool>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub dependent_app_count: Option<i32>,
    pub superseding_app_count: Option<i32>,
    pub superseded_app_count: Option<i32>,
    pub app_availability: Option<ManagedAppAvailability>,
    pub version: Option<String>,
    pub committed_content_version: Option<String>,
    pub file_name: Option<String>,
    pub size: Option<i64>,
    pub package_id: Option<String>,
    pub identity_name: Option<String>,
    pub minimum_supported_operating_system: Option<AndroidMinimumOperatingSystem>,
    pub version_name: Option<String>,
    pub version_code: Option<String>,
    pub identity_version: Option<String>,
}

/// `microsoft.graph.managedDeviceCertificateState`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-manageddevicecertificatestate.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedDeviceCertificateState",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosPkcsCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosScepCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.androidPkcsCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.androidScepCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.iosImportedPFXCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.androidImportedPFXCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.androidDeviceOwnerPkcsCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.androidDeviceOwnerScepCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.androidWorkProfilePkcsCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.androidWorkProfileScepCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.androidForWorkImportedPFXCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.androidDeviceOwnerImportedPFXCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/microsoft.graph.androidForWorkPkcsCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/identityCertificate/microsoft.graph.androidForWorkScepCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate/microsoft.graph.windowsPhone81SCEPCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/microsoft.graph.macOSPkcsCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/microsoft.graph.macOSScepCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.macOSWiredNetworkConfiguration/identityCertificateForClientAuthentication/microsoft.graph.macOSImportedPFXCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/microsoft.graph.windows10PkcsCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/microsoft.graph.windows81SCEPCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/microsoft.graph.windows10ImportedPFXCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsWifiEnterpriseEAPConfiguration/identityCertificateForClientAuthentication/microsoft.graph.windowsPhone81ImportedPFXCertificateProfile/managedDeviceCertificateStates/{managedDeviceCertificateStateId}"
)]
pub struct ManagedDeviceCertificateState {
    #[graph(key)]
    pub id: Option<String>,
    pub device_platform: Option<DevicePlatformType>,
    pub certificate_key_usage: Option<KeyUsages>,
    pub certificate_validity_period_units: Option<CertificateValidityPeriodScale>,
    pub certificate_issuance_state: Option<CertificateIssuanceStates>,
    pub certificate_key_storage_provider: Option<KeyStorageProviderOption>,
    pub certificate_subject_name_format: Option<SubjectNameFormat>,
    pub certificate_subject_alternative_name_format: Option<SubjectAlternativeNameType>,
    pub certificate_revoke_status: Option<CertificateRevocationStatus>,
    pub certificate_profile_display_name: Option<String>,
    pub device_display_name: Option<String>,
    pub user_display_name: Option<String>,
    pub certificate_expiration_date_time: Option<DateTime<FixedOffset>>,
    pub certificate_last_issuance_state_changed_date_time: Option<DateTime<FixedOffset>>,
    pub last_certificate_state_change_date_time: Option<DateTime<FixedOffset>>,
    pub certificate_issuer: Option<String>,
    pub certificate_thumbprint: Option<String>,
    pub certificate_serial_number: Option<String>,
    pub certificate_key_length: Option<i32>,
    pub certificate_enhanced_key_usage: Option<String>,
    pub certificate_validity_period: Option<i32>,
    pub certificate_subject_name_format_string: Option<String>,
    pub certificate_subject_alternative_name_format_string: Option<String>,
    pub certificate_issuance_date_time: Option<DateTime<FixedOffset>>,
    pub certificate_error_code: Option<i32>,
}

/// `microsoft.graph.managedDeviceMobileAppConfigurationPolicySetItem`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-policyset-manageddevicemobileappconfigurationpolicysetitem.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedDeviceMobileAppConfigurationPolicySetItem",
    path = "/deviceAppManagement/policySets/{policySetId}/items/{policySetItemId}"
)]
pub struct ManagedDeviceMobileAppConfigurationPolicySetItem {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub payload_id: Option<String>,
    pub item_type: Option<String>,
    pub display_name: Option<String>,
    pub status: Option<PolicySetStatus>,
    pub error_code: Option<ErrorCode>,
    pub guided_deployment_tags: Option<Vec<String>>,
}

/// `microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-apps-manageddevicemobileappconfigurationusersummary.md`.
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
    pub conflict_count: Option<i32>,
    pub last_update_date_time: Option<DateTime<FixedOffset>>,
    pub configuration_version: Option<i32>,
}

/// `microsoft.graph.managedDeviceReportedApp`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-manageddevicereportedapp.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDeviceReportedApp", complex)]
pub struct ManagedDeviceReportedApp {
    pub app_id: Option<String>,
}

/// `microsoft.graph.managedEBook`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-books-managedebook.md`.
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

/// `microsoft.graph.microsoftTunnelServer`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-mstunnel-microsofttunnelserver.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.microsoftTunnelServer",
    path = "/deviceManagement/microsoftTunnelSites/{microsoftTunnelSiteId}/microsoftTunnelServers/{microsoftTunnelServerId}"
)]
pub struct MicrosoftTunnelServer {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub tunnel_server_health_status: Option<MicrosoftTunnelServerHealthStatus>,
    pub last_checkin_date_time: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.microsoftTunnelServerLogCollectionResponse`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-mstunnel-microsofttunnelserverlogcollectionresponse.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.microsoftTunnelServerLogCollectionResponse",
    path = "/deviceManagement/microsoftTunnelServerLogCollectionResponses/{microsoftTunnelServerLogCollectionResponseId}"
)]
pub struct MicrosoftTunnelServerLogCollectionResponse {
    #[graph(key)]
    pub id: Option<String>,
    pub status: Option<MicrosoftTunnelLogCollectionStatus>,
    pub start_date_time: Option<DateTime<FixedOffset>>,
    pub end_date_time: Option<DateTime<FixedOffset>>,
    pub size_in_bytes: Option<i64>,
}

/// `microsoft.graph.mimeContent`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-shared-mimecontent.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.mimeContent", complex)]
pub struct MimeContent {
    pub r#type: Option<String>,
    pub value: Option<Binary>,
}

/// `microsoft.graph.mobileAppAssignmentSettings`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-shared-mobileappassignmentsettings.md`.
///
/// A base type (the reference lists `iosLobAppAssignmentSettings` and
/// `microsoftStoreForBusinessAppAssignmentSettings`; the examples show
/// `iosLobAppAssignmentSettings`): it reads values of derived types too, keeping the `@odata.type`
/// read in `odata_type` and the properties it does not declare in `extra`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.mobileAppAssignmentSettings", complex)]
pub struct MobileAppAssignmentSettings {
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.mobileAppContentFile`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-mobileappcontentfile.md`.
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
    pub is_framework_file: Option<bool>,
    pub is_dependency: Option<bool>,
}

/// `microsoft.graph.mobileAppInstallStatus`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-mobileappinstallstatus.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.mobileAppInstallStatus",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses/{mobileAppInstallStatusId}",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/deviceStatuses/{mobileAppInstallStatusId}"
)]
pub struct MobileAppInstallStatus {
    #[graph(key)]
    pub id: Option<String>,
    pub device_name: Option<String>,
    pub device_id: Option<String>,
    pub last_sync_date_time: Option<DateTime<FixedOffset>>,
    pub mobile_app_install_status_value: Option<ResultantAppState>,
    pub install_state: Option<ResultantAppState>,
    pub install_state_detail: Option<ResultantAppStateDetail>,
    pub error_code: Option<i32>,
    pub os_version: Option<String>,
    pub os_description: Option<String>,
    pub user_name: Option<String>,
    pub user_principal_name: Option<String>,
    pub display_version: Option<String>,
}

/// `microsoft.graph.mobileAppPolicySetItem`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-policyset-mobileapppolicysetitem.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.mobileAppPolicySetItem",
    path = "/deviceAppManagement/policySets/{policySetId}/items/{policySetItemId}"
)]
pub struct MobileAppPolicySetItem {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub payload_id: Option<String>,
    pub item_type: Option<String>,
    pub display_name: Option<String>,
    pub status: Option<PolicySetStatus>,
    pub error_code: Option<ErrorCode>,
    pub guided_deployment_tags: Option<Vec<String>>,
    pub intent: Option<InstallIntent>,
    pub settings: Option<MobileAppAssignmentSettings>,
}

/// `microsoft.graph.mobileAppRelationship`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-mobileapprelationship.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.mobileAppRelationship",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/relationships/{mobileAppRelationshipId}"
)]
pub struct MobileAppRelationship {
    #[graph(key)]
    pub id: Option<String>,
    pub target_id: Option<String>,
    pub target_display_name: Option<String>,
    pub target_display_version: Option<String>,
    pub target_publisher: Option<String>,
    pub target_type: Option<MobileAppRelationshipType>,
}

/// `microsoft.graph.mobileAppTroubleshootingEvent`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-shared-mobileapptroubleshootingevent.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.mobileAppTroubleshootingEvent",
    path = "/deviceManagement/mobileAppTroubleshootingEvents/{mobileAppTroubleshootingEventId}",
    path = "/users/{usersId}/mobileAppTroubleshootingEvents/{mobileAppTroubleshootingEventId}"
)]
pub struct MobileAppTroubleshootingEvent {
    #[graph(key)]
    pub id: Option<String>,
    pub additional_information: Option<Vec<KeyValuePair>>,
    pub application_id: Option<String>,
    pub correlation_id: Option<String>,
    pub event_date_time: Option<DateTime<FixedOffset>>,
    pub event_name: Option<String>,
    pub history: Option<Vec<MobileAppTroubleshootingHistoryItem>>,
    pub managed_device_identifier: Option<String>,
    pub troubleshooting_error_details: Option<DeviceManagementTroubleshootingErrorDetails>,
    pub user_id: Option<String>,
}

/// `microsoft.graph.mobileAppTroubleshootingHistoryItem`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-troubleshooting-mobileapptroubleshootinghistoryitem.md`.
///
/// A base type (the reference lists `mobileAppTroubleshootingAppUpdateHistory`): it reads values of
/// derived types too, keeping the `@odata.type` read in `odata_type` and the properties it does not
/// declare in `extra`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.mobileAppTroubleshootingHistoryItem", complex)]
pub struct MobileAppTroubleshootingHistoryItem {
    pub occurrence_date_time: Option<DateTime<FixedOffset>>,
    pub troubleshooting_error_details: Option<DeviceManagementTroubleshootingErrorDetails>,
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.mobileThreatDefenseConnector`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-onboarding-mobilethreatdefenseconnector.md`.
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
    pub android_mobile_application_management_enabled: Option<bool>,
    pub ios_mobile_application_management_enabled: Option<bool>,
    pub android_enabled: Option<bool>,
    pub ios_enabled: Option<bool>,
    pub windows_enabled: Option<bool>,
    pub mac_enabled: Option<bool>,
    pub android_device_blocked_on_missing_partner_data: Option<bool>,
    pub ios_device_blocked_on_missing_partner_data: Option<bool>,
    pub windows_device_blocked_on_missing_partner_data: Option<bool>,
    pub mac_device_blocked_on_missing_partner_data: Option<bool>,
    pub partner_unsupported_os_version_blocked: Option<bool>,
    pub partner_unresponsiveness_threshold_in_days: Option<i32>,
    #[graph(rename = "allowPartnerToCollectIOSApplicationMetadata")]
    pub allow_partner_to_collect_ios_application_metadata: Option<bool>,
}

/// `microsoft.graph.ndesConnector`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-ndesconnector.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.ndesConnector",
    path = "/deviceManagement/ndesConnectors/{ndesConnectorId}"
)]
pub struct NdesConnector {
    #[graph(key)]
    pub id: Option<String>,
    pub last_connection_date_time: Option<DateTime<FixedOffset>>,
    pub state: Option<NdesConnectorState>,
    pub display_name: Option<String>,
}

/// `microsoft.graph.omaSetting`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-omasetting.md`.
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
    pub secret_reference_value_id: Option<String>,
    pub is_encrypted: Option<bool>,
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.policySet`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-policyset-policyset.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.policySet",
    path = "/deviceAppManagement/policySets/{policySetId}"
)]
pub struct PolicySet {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub status: Option<PolicySetStatus>,
    pub error_code: Option<ErrorCode>,
    pub guided_deployment_tags: Option<Vec<String>>,
    pub role_scope_tags: Option<Vec<String>>,
}

/// `microsoft.graph.resourceAction`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-rbac-resourceaction.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.resourceAction", complex)]
pub struct ResourceAction {
    pub allowed_resource_actions: Option<Vec<String>>,
    pub not_allowed_resource_actions: Option<Vec<String>>,
}

/// `microsoft.graph.restrictedAppsViolation`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-restrictedappsviolation.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.restrictedAppsViolation",
    path = "/deviceManagement/deviceConfigurationRestrictedAppsViolations/{restrictedAppsViolationId}"
)]
pub struct RestrictedAppsViolation {
    #[graph(key)]
    pub id: Option<String>,
    pub user_id: Option<String>,
    pub user_name: Option<String>,
    pub managed_device_id: Option<String>,
    pub device_name: Option<String>,
    pub device_configuration_id: Option<String>,
    pub device_configuration_name: Option<String>,
    pub platform_type: Option<PolicyPlatformType>,
    pub restricted_apps_state: Option<RestrictedAppsState>,
    pub restricted_apps: Option<Vec<ManagedDeviceReportedApp>>,
}

/// `microsoft.graph.roleManagement`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-rbac-rolemanagement.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.roleManagement", path = "/roleManagement")]
pub struct RoleManagement {
    #[graph(key)]
    pub id: Option<String>,
}

/// `microsoft.graph.rolePermission`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-rbac-rolepermission.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.rolePermission", complex)]
pub struct RolePermission {
    pub actions: Option<Vec<String>>,
    pub resource_actions: Option<Vec<ResourceAction>>,
}

/// `microsoft.graph.roleScopeTag`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-rbac-rolescopetag.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.roleScopeTag",
    path = "/deviceManagement/roleScopeTags/{roleScopeTagId}",
    path = "/deviceManagement/roleDefinitions/{roleDefinitionId}/roleAssignments/{roleAssignmentId}/microsoft.graph.deviceAndAppManagementRoleAssignment/roleScopeTags/{roleScopeTagId}"
)]
pub struct RoleScopeTag {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub is_built_in: Option<bool>,
}

/// `microsoft.graph.roleScopeTagAutoAssignment`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-rbac-rolescopetagautoassignment.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.roleScopeTagAutoAssignment",
    path = "/deviceManagement/roleDefinitions/{roleDefinitionId}/roleAssignments/{roleAssignmentId}/microsoft.graph.deviceAndAppManagementRoleAssignment/roleScopeTags/{roleScopeTagId}/assignments/{roleScopeTagAutoAssignmentId}"
)]
pub struct RoleScopeTagAutoAssignment {
    #[graph(key)]
    pub id: Option<String>,
    pub target: Option<DeviceAndAppManagementAssignmentTarget>,
}

/// `microsoft.graph.securityBaselineStateSummary`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceintent-securitybaselinestatesummary.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.securityBaselineStateSummary",
    path = "/deviceManagement/templates/{deviceManagementTemplateId}/microsoft.graph.securityBaselineTemplate/deviceStateSummary"
)]
pub struct SecurityBaselineStateSummary {
    #[graph(key)]
    pub id: Option<String>,
    pub secure_count: Option<i32>,
    pub not_secure_count: Option<i32>,
    pub unknown_count: Option<i32>,
    pub error_count: Option<i32>,
    pub conflict_count: Option<i32>,
    pub not_applicable_count: Option<i32>,
}

/// `microsoft.graph.sharedPCAccountManagerPolicy`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-sharedpcaccountmanagerpolicy.md`.
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
/// Reference: `api-reference/beta/resources/intune-deviceconfig-sharedpcconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.sharedPCConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct SharedPcConfiguration {
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
    pub account_manager_policy: Option<SharedPcAccountManagerPolicy>,
    pub allowed_accounts: Option<SharedPcAllowedAccountType>,
    pub local_storage: Option<Enablement>,
    pub allow_local_storage: Option<bool>,
    pub set_account_manager: Option<Enablement>,
    pub disable_account_manager: Option<bool>,
    pub set_edu_policies: Option<Enablement>,
    pub disable_edu_policies: Option<bool>,
    pub set_power_policies: Option<Enablement>,
    pub disable_power_policies: Option<bool>,
    pub sign_in_on_resume: Option<Enablement>,
    pub disable_sign_in_on_resume: Option<bool>,
    pub enabled: Option<bool>,
    pub idle_time_before_sleep_in_seconds: Option<i32>,
    pub kiosk_app_display_name: Option<String>,
    pub kiosk_app_user_model_id: Option<String>,
    pub maintenance_start_time: Option<NaiveTime>,
    pub fast_first_sign_in: Option<Enablement>,
}

/// `microsoft.graph.sideLoadingKey`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-onboarding-sideloadingkey.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.sideLoadingKey",
    path = "/deviceAppManagement/sideLoadingKeys/{sideLoadingKeyId}"
)]
pub struct SideLoadingKey {
    #[graph(key)]
    pub id: Option<String>,
    pub value: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub total_activation: Option<i32>,
    pub last_updated_date_time: Option<String>,
}

/// `microsoft.graph.termsAndConditionsGroupAssignment`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-companyterms-termsandconditionsgroupassignment.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.termsAndConditionsGroupAssignment",
    path = "/deviceManagement/termsAndConditions/{termsAndConditionsId}/groupAssignments/{termsAndConditionsGroupAssignmentId}"
)]
pub struct TermsAndConditionsGroupAssignment {
    #[graph(key)]
    pub id: Option<String>,
    pub target_group_id: Option<String>,
}

/// `microsoft.graph.userAppInstallStatus`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-userappinstallstatus.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.userAppInstallStatus",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}"
)]
pub struct UserAppInstallStatus {
    #[graph(key)]
    pub id: Option<String>,
    pub user_name: Option<String>,
    pub user_principal_name: Option<String>,
    pub installed_device_count: Option<i32>,
    pub failed_device_count: Option<i32>,
    pub not_installed_device_count: Option<i32>,
}

/// `microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-devices-userexperienceanalyticsapphealthapplicationperformance.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance",
    path = "/deviceManagement/userExperienceAnalyticsAppHealthApplicationPerformance/{userExperienceAnalyticsAppHealthApplicationPerformanceId}"
)]
pub struct UserExperienceAnalyticsAppHealthApplicationPerformance {
    #[graph(key)]
    pub id: Option<String>,
    pub app_hang_count: Option<i32>,
    pub app_health_score: Option<f64>,
    pub app_health_status: Option<String>,
    pub all_orgs_health_score: Option<f64>,
    pub active_device_count: Option<i32>,
    pub app_name: Option<String>,
    pub app_display_name: Option<String>,
    pub app_publisher: Option<String>,
    pub app_usage_duration: Option<i32>,
    pub app_crash_count: Option<i32>,
    pub mean_time_to_failure_in_minutes: Option<i32>,
}

/// `microsoft.graph.userExperienceAnalyticsBaseline`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-devices-userexperienceanalyticsbaseline.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.userExperienceAnalyticsBaseline",
    path = "/deviceManagement/userExperienceAnalyticsBaselines/{userExperienceAnalyticsBaselineId}"
)]
pub struct UserExperienceAnalyticsBaseline {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub overall_score: Option<i32>,
    pub is_built_in: Option<bool>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.userExperienceAnalyticsDeviceScores`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-devices-userexperienceanalyticsdevicescores.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.userExperienceAnalyticsDeviceScores",
    path = "/deviceManagement/userExperienceAnalyticsDeviceScores/{userExperienceAnalyticsDeviceScoresId}"
)]
pub struct UserExperienceAnalyticsDeviceScores {
    #[graph(key)]
    pub id: Option<String>,
    pub device_name: Option<String>,
    pub model: Option<String>,
    pub manufacturer: Option<String>,
    pub endpoint_analytics_score: Option<f64>,
    pub startup_performance_score: Option<f64>,
    pub app_reliability_score: Option<f64>,
}

/// `microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-devices-userexperienceanalyticsdevicestartupprocessperformance.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance",
    path = "/deviceManagement/userExperienceAnalyticsDeviceStartupProcessPerformance/{userExperienceAnalyticsDeviceStartupProcessPerformanceId}"
)]
pub struct UserExperienceAnalyticsDeviceStartupProcessPerformance {
    #[graph(key)]
    pub id: Option<String>,
    pub process_name: Option<String>,
    pub product_name: Option<String>,
    pub publisher: Option<String>,
    pub device_count: Option<i64>,
    pub median_impact_in_ms: Option<i32>,
    pub total_impact_in_ms: Option<i32>,
}

/// `microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-devices-userexperienceanalyticsdevicewithoutcloudidentity.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity",
    path = "/deviceManagement/userExperienceAnalyticsDevicesWithoutCloudIdentity/{userExperienceAnalyticsDeviceWithoutCloudIdentityId}"
)]
pub struct UserExperienceAnalyticsDeviceWithoutCloudIdentity {
    #[graph(key)]
    pub id: Option<String>,
    pub device_name: Option<String>,
    pub azure_ad_device_id: Option<String>,
}

/// `microsoft.graph.userExperienceAnalyticsRegressionSummary`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-devices-userexperienceanalyticsregressionsummary.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.userExperienceAnalyticsRegressionSummary",
    path = "/deviceManagement/userExperienceAnalyticsRegressionSummary"
)]
pub struct UserExperienceAnalyticsRegressionSummary {
    #[graph(key)]
    pub id: Option<String>,
}

/// `microsoft.graph.userExperienceAnalyticsScoreHistory`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-devices-userexperienceanalyticsscorehistory.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.userExperienceAnalyticsScoreHistory",
    path = "/deviceManagement/userExperienceAnalyticsScoreHistory/{userExperienceAnalyticsScoreHistoryId}"
)]
pub struct UserExperienceAnalyticsScoreHistory {
    #[graph(key)]
    pub id: Option<String>,
    pub startup_date_time: Option<DateTime<FixedOffset>>,
    pub overall_score: Option<i32>,
    pub startup_score: Option<i32>,
    pub core_boot_score: Option<i32>,
    pub core_signin_score: Option<i32>,
    pub recommended_software_score: Option<i32>,
    pub restart_score: Option<i32>,
}

/// `microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-devices-userexperienceanalyticsworkfromanywheredevice.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice",
    path = "/deviceManagement/userExperienceAnalyticsWorkFromAnywhereMetrics/{userExperienceAnalyticsWorkFromAnywhereMetricId}/metricDevices/{userExperienceAnalyticsWorkFromAnywhereDeviceId}"
)]
pub struct UserExperienceAnalyticsWorkFromAnywhereDevice {
    #[graph(key)]
    pub id: Option<String>,
    pub device_name: Option<String>,
    pub serial_number: Option<String>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    pub ownership: Option<String>,
    pub managed_by: Option<String>,
    pub auto_pilot_registered: Option<bool>,
    pub auto_pilot_profile_assigned: Option<bool>,
    pub azure_ad_registered: Option<bool>,
    pub azure_ad_device_id: Option<String>,
    pub azure_ad_join_type: Option<String>,
    pub os_description: Option<String>,
    pub os_version: Option<String>,
}

/// `microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-devices-userexperienceanalyticsworkfromanywheremetric.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric",
    path = "/deviceManagement/userExperienceAnalyticsWorkFromAnywhereMetrics/{userExperienceAnalyticsWorkFromAnywhereMetricId}"
)]
pub struct UserExperienceAnalyticsWorkFromAnywhereMetric {
    #[graph(key)]
    pub id: Option<String>,
}

/// `microsoft.graph.vpnConfiguration`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-vpnconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.vpnConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct VpnConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub supports_scope_tags: Option<bool>,
    pub device_management_applicability_rule_os_edition: Option<DeviceManagementApplicabilityRuleOsEdition>,
    pub device_management_applicability_rule_os_version: Option<DeviceManagementApplicabilityRuleOsVersion>,
    pub device_management_applicability_rule_device_mode: Option<DeviceManagementApplicabilityRuleDeviceMode>,
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub authentication_method: Option<VpnAuthenticationMethod>,
    pub connection_name: Option<String>,
    pub role: Option<String>,
    pub realm: Option<String>,
    pub servers: Option<Vec<VpnServer>>,
}

/// `microsoft.graph.vpnProxyServer`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-vpnproxyserver.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.vpnProxyServer", complex)]
pub struct VpnProxyServer {
    pub automatic_configuration_script_url: Option<String>,
    pub address: Option<String>,
    pub port: Option<i32>,
}

/// `microsoft.graph.vpnServer`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-vpnserver.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.vpnServer", complex)]
pub struct VpnServer {
    pub description: Option<String>,
    pub address: Option<String>,
    pub is_default_server: Option<bool>,
}

/// `microsoft.graph.vppLicensingType`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-apps-vpplicensingtype.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.vppLicensingType", complex)]
pub struct VppLicensingType {
    pub support_user_licensing: Option<bool>,
    pub support_device_licensing: Option<bool>,
    pub supports_user_licensing: Option<bool>,
    pub supports_device_licensing: Option<bool>,
}

/// `microsoft.graph.windows10AppsForceUpdateSchedule`, complex type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-windows10appsforceupdateschedule.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.windows10AppsForceUpdateSchedule", complex)]
pub struct Windows10AppsForceUpdateSchedule {
    pub start_date_time: Option<DateTime<FixedOffset>>,
    pub recurrence: Option<Windows10AppsUpdateRecurrence>,
    pub run_immediately_if_after_start_date_time: Option<bool>,
}

/// `microsoft.graph.windows10DeviceFirmwareConfigurationInterface`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-windows10devicefirmwareconfigurationinterface.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windows10DeviceFirmwareConfigurationInterface",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct Windows10DeviceFirmwareConfigurationInterface {
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
    pub change_uefi_settings_permission: Option<ChangeUefiSettingsPermission>,
    #[graph(rename = "virtualizationOfCpuAndIO")]
    pub virtualization_of_cpu_and_io: Option<Enablement>,
    pub cameras: Option<Enablement>,
    pub microphones_and_speakers: Option<Enablement>,
    pub radios: Option<Enablement>,
    pub boot_from_external_media: Option<Enablement>,
    pub boot_from_built_in_network_adapters: Option<Enablement>,
    pub windows_platform_binary_table: Option<Enablement>,
    pub simultaneous_multi_threading: Option<Enablement>,
}

/// `microsoft.graph.windows10GeneralConfiguration`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-windows10generalconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windows10GeneralConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct Windows10GeneralConfiguration {
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
    pub task_manager_block_end_task: Option<bool>,
    pub energy_saver_on_battery_threshold_percentage: Option<i32>,
    pub energy_saver_plugged_in_threshold_percentage: Option<i32>,
    pub power_lid_close_action_on_battery: Option<PowerActionType>,
    pub power_lid_close_action_plugged_in: Option<PowerActionType>,
    pub power_button_action_on_battery: Option<PowerActionType>,
    pub power_button_action_plugged_in: Option<PowerActionType>,
    pub power_sleep_button_action_on_battery: Option<PowerActionType>,
    pub power_sleep_button_action_plugged_in: Option<PowerActionType>,
    pub power_hybrid_sleep_on_battery: Option<Enablement>,
    pub power_hybrid_sleep_plugged_in: Option<Enablement>,
    pub windows10_apps_force_update_schedule: Option<Windows10AppsForceUpdateSchedule>,
    pub enable_automatic_redeployment: Option<bool>,
    pub microsoft_account_sign_in_assistant_settings: Option<SignInAssistantOptions>,
    pub authentication_allow_secondary_device: Option<bool>,
    pub authentication_web_sign_in: Option<Enablement>,
    #[graph(rename = "authenticationPreferredAzureADTenantDomainName")]
    pub authentication_preferred_azure_ad_tenant_domain_name: Option<String>,
    pub cryptography_allow_fips_algorithm_policy: Option<bool>,
    #[graph(rename = "displayAppListWithGdiDPIScalingTurnedOn")]
    pub display_app_list_with_gdi_dpi_scaling_turned_on: Option<Vec<String>>,
    #[graph(rename = "displayAppListWithGdiDPIScalingTurnedOff")]
    pub display_app_list_with_gdi_dpi_scaling_turned_off: Option<Vec<String>>,
    pub enterprise_cloud_print_discovery_end_point: Option<String>,
    pub enterprise_cloud_print_o_auth_authority: Option<String>,
    pub enterprise_cloud_print_o_auth_client_identifier: Option<String>,
    pub enterprise_cloud_print_resource_identifier: Option<String>,
    pub enterprise_cloud_print_discovery_max_limit: Option<i32>,
    pub enterprise_cloud_print_mopria_discovery_resource_identifier: Option<String>,
    pub experience_do_not_sync_browser_settings: Option<BrowserSyncSetting>,
    pub messaging_block_sync: Option<bool>,
    #[graph(rename = "messagingBlockMMS")]
    pub messaging_block_mms: Option<bool>,
    pub messaging_block_rich_communication_services: Option<bool>,
    pub printer_names: Option<Vec<String>>,
    pub printer_default_name: Option<String>,
    pub printer_block_addition: Option<bool>,
    pub search_block_diacritics: Option<bool>,
    pub search_disable_auto_language_detection: Option<bool>,
    pub search_disable_indexing_encrypted_items: Option<bool>,
    pub search_enable_remote_queries: Option<bool>,
    pub search_disable_use_location: Option<bool>,
    pub search_disable_location: Option<bool>,
    pub search_disable_indexer_backoff: Option<bool>,
    pub search_disable_indexing_removable_drive: Option<bool>,
    pub search_enable_automatic_index_size_manangement: Option<bool>,
    pub search_block_web_results: Option<bool>,
    pub find_my_files: Option<Enablement>,
    #[graph(rename = "securityBlockAzureADJoinedDevicesAutoEncryption")]
    pub security_block_azure_ad_joined_devices_auto_encryption: Option<bool>,
    pub diagnostics_data_submission_mode: Option<DiagnosticDataSubmissionMode>,
    pub one_drive_disable_file_sync: Option<bool>,
    pub system_telemetry_proxy_server: Option<String>,
    pub edge_telemetry_for_microsoft365_analytics: Option<EdgeTelemetryMode>,
    pub ink_workspace_access: Option<InkAccessSetting>,
    pub ink_workspace_access_state: Option<StateManagementSetting>,
    pub ink_workspace_block_suggested_apps: Option<bool>,
    pub smart_screen_enable_app_install_control: Option<bool>,
    pub smart_screen_app_install_control: Option<AppInstallControlType>,
    pub personalization_desktop_image_url: Option<String>,
    pub personalization_lock_screen_image_url: Option<String>,
    pub bluetooth_allowed_services: Option<Vec<String>>,
    pub bluetooth_block_advertising: Option<bool>,
    pub bluetooth_block_prompted_proximal_connections: Option<bool>,
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
    pub edge_favorites_list_location: Option<String>,
    pub edge_block_edit_favorites: Option<bool>,
    #[graph(rename = "edgeNewTabPageURL")]
    pub edge_new_tab_page_url: Option<String>,
    pub edge_home_button_configuration: Option<EdgeHomeButtonConfiguration>,
    pub edge_home_button_configuration_enabled: Option<bool>,
    pub edge_opens_with: Option<EdgeOpenOptions>,
    pub edge_block_sideloading_extensions: Option<bool>,
    pub edge_required_extension_package_family_names: Option<Vec<String>>,
    pub edge_block_printing: Option<bool>,
    pub edge_favorites_bar_visibility: Option<VisibilitySetting>,
    pub edge_block_saving_history: Option<bool>,
    pub edge_block_full_screen_mode: Option<bool>,
    pub edge_block_web_content_on_new_tab_page: Option<bool>,
    pub edge_block_tab_preloading: Option<bool>,
    pub edge_block_prelaunch: Option<bool>,
    pub edge_show_message_when_opening_internet_explorer_sites: Option<InternetExplorerMessageSetting>,
    pub edge_prevent_certificate_error_override: Option<bool>,
    pub edge_kiosk_mode_restriction: Option<EdgeKioskModeRestrictionType>,
    pub edge_kiosk_reset_after_idle_time_in_minutes: Option<i32>,
    pub cellular_block_data_when_roaming: Option<bool>,
    pub cellular_block_vpn: Option<bool>,
    pub cellular_block_vpn_when_roaming: Option<bool>,
    pub cellular_data: Option<ConfigurationUsage>,
    pub defender_require_real_time_monitoring: Option<bool>,
    pub defender_require_behavior_monitoring: Option<bool>,
    pub defender_require_network_inspection_system: Option<bool>,
    pub defender_scan_downloads: Option<bool>,
    pub defender_schedule_scan_enable_low_cpu_priority: Option<bool>,
    pub defender_disable_catchup_quick_scan: Option<bool>,
    pub defender_disable_catchup_full_scan: Option<bool>,
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
    pub defender_cloud_extended_timeout: Option<i32>,
    pub defender_cloud_extended_timeout_in_seconds: Option<i32>,
    pub defender_prompt_for_sample_submission: Option<DefenderPromptForSampleSubmission>,
    pub defender_scheduled_quick_scan_time: Option<NaiveTime>,
    pub defender_scan_type: Option<DefenderScanType>,
    pub defender_system_scan_schedule: Option<WeeklySchedule>,
    pub defender_scheduled_scan_time: Option<NaiveTime>,
    pub defender_potentially_unwanted_app_action: Option<DefenderPotentiallyUnwantedAppAction>,
    pub defender_potentially_unwanted_app_action_setting: Option<DefenderProtectionType>,
    pub defender_submit_samples_consent_type: Option<DefenderSubmitSamplesConsentType>,
    pub defender_block_on_access_protection: Option<bool>,
    pub defender_detected_malware_actions: Option<DefenderDetectedMalwareActions>,
    pub defender_file_extensions_to_exclude: Option<Vec<String>>,
    pub defender_files_and_folders_to_exclude: Option<Vec<String>>,
    pub defender_processes_to_exclude: Option<Vec<String>>,
    pub lock_screen_allow_timeout_configuration: Option<bool>,
    pub lock_screen_block_action_center_notifications: Option<bool>,
    pub lock_screen_block_cortana: Option<bool>,
    pub lock_screen_block_toast_notifications: Option<bool>,
    pub lock_screen_timeout_in_seconds: Option<i32>,
    pub lock_screen_activate_apps_with_voice: Option<Enablement>,
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
    pub password_minimum_age_in_days: Option<i32>,
    pub privacy_advertising_id: Option<StateManagementSetting>,
    pub privacy_auto_accept_pairing_and_consent_prompts: Option<bool>,
    pub privacy_disable_launch_experience: Option<bool>,
    pub privacy_block_input_personalization: Option<bool>,
    pub privacy_block_publish_user_activities: Option<bool>,
    pub privacy_block_activity_feed: Option<bool>,
    pub activate_apps_with_voice: Option<Enablement>,
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
    pub edge_block_search_engine_customization: Option<bool>,
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
    #[graph(rename = "appManagementMSIAllowUserControlOverInstall")]
    pub app_management_msi_allow_user_control_over_install: Option<bool>,
    #[graph(rename = "appManagementMSIAlwaysInstallWithElevatedPrivileges")]
    pub app_management_msi_always_install_with_elevated_privileges: Option<bool>,
    pub data_protection_block_direct_memory_access: Option<bool>,
    pub app_management_package_family_names_to_launch_after_log_on: Option<Vec<String>>,
    pub uninstall_built_in_apps: Option<bool>,
    pub configure_time_zone: Option<String>,
}

/// `microsoft.graph.windows10ImportedPFXCertificateProfile`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-windows10importedpfxcertificateprofile.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windows10ImportedPFXCertificateProfile",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct Windows10ImportedPfxCertificateProfile {
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
    pub renewal_threshold_percentage: Option<i32>,
    pub key_storage_provider: Option<KeyStorageProviderOption>,
    pub subject_name_format: Option<SubjectNameFormat>,
    pub subject_alternative_name_type: Option<SubjectAlternativeNameType>,
    pub certificate_validity_period_value: Option<i32>,
    pub certificate_validity_period_scale: Option<CertificateValidityPeriodScale>,
    pub intended_purpose: Option<IntendedPurpose>,
}

/// `microsoft.graph.windows10NetworkProxyServer`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-deviceconfig-windows10networkproxyserver.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.windows10NetworkProxyServer", complex)]
pub struct Windows10NetworkProxyServer {
    pub address: Option<String>,
    pub exceptions: Option<Vec<String>>,
    pub use_for_local_addresses: Option<bool>,
}

/// `microsoft.graph.windowsAppX`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-windowsappx.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsAppX",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses/{mobileAppInstallStatusId}/app"
)]
pub struct WindowsAppX {
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
    pub upload_state: Option<i32>,
    pub publishing_state: Option<MobileAppPublishingState>,
    pub is_assigned: Option<bool>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub dependent_app_count: Option<i32>,
    pub superseding_app_count: Option<i32>,
    pub superseded_app_count: Option<i32>,
    pub committed_content_version: Option<String>,
    pub file_name: Option<String>,
    pub size: Option<i64>,
    pub applicable_architectures: Option<WindowsArchitecture>,
    pub identity_name: Option<String>,
    pub identity_publisher_hash: Option<String>,
    pub identity_resource_identifier: Option<String>,
    pub is_bundle: Option<bool>,
    pub minimum_supported_operating_system: Option<WindowsMinimumOperatingSystem>,
    pub identity_version: Option<String>,
}

/// `microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentSummary`, entity
/// type.
///
/// Reference:
/// `api-reference/beta/resources/intune-unlock-windowsdefenderapplicationcontrolsupplementalpolicydeploymentsummary.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentSummary",
    path = "/deviceAppManagement/wdacSupplementalPolicies/{windowsDefenderApplicationControlSupplementalPolicyId}/deploySummary"
)]
pub struct WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary {
    #[graph(key)]
    pub id: Option<String>,
    pub deployed_device_count: Option<i32>,
    pub failed_device_count: Option<i32>,
}

/// `microsoft.graph.windowsFeatureUpdateProfile`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-softwareupdate-windowsfeatureupdateprofile.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsFeatureUpdateProfile",
    path = "/deviceManagement/windowsFeatureUpdateProfiles/{windowsFeatureUpdateProfileId}"
)]
pub struct WindowsFeatureUpdateProfile {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub feature_update_version: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub deployable_content_display_name: Option<String>,
    pub end_of_support_date: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.windowsHealthMonitoringConfiguration`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-windowshealthmonitoringconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsHealthMonitoringConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
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

/// `microsoft.graph.windowsInformationProtectionAppLearningSummary`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-wip-windowsinformationprotectionapplearningsummary.md`.
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

/// `microsoft.graph.windowsInformationProtectionDeviceRegistration`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-mam-windowsinformationprotectiondeviceregistration.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsInformationProtectionDeviceRegistration",
    path = "/deviceAppManagement/windowsInformationProtectionDeviceRegistrations/{windowsInformationProtectionDeviceRegistrationId}"
)]
pub struct WindowsInformationProtectionDeviceRegistration {
    #[graph(key)]
    pub id: Option<String>,
    pub user_id: Option<String>,
    pub device_registration_id: Option<String>,
    pub device_name: Option<String>,
    pub device_type: Option<String>,
    pub device_mac_address: Option<String>,
    pub last_check_in_date_time: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.windowsInformationProtectionWipeAction`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-mam-windowsinformationprotectionwipeaction.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsInformationProtectionWipeAction",
    path = "/deviceAppManagement/windowsInformationProtectionWipeActions/{windowsInformationProtectionWipeActionId}"
)]
pub struct WindowsInformationProtectionWipeAction {
    #[graph(key)]
    pub id: Option<String>,
    pub status: Option<ActionState>,
    pub targeted_user_id: Option<String>,
    pub targeted_device_registration_id: Option<String>,
    pub targeted_device_name: Option<String>,
    pub targeted_device_mac_address: Option<String>,
    pub last_check_in_date_time: Option<DateTime<FixedOffset>>,
}

/// `microsoft.graph.windowsMicrosoftEdgeApp`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-windowsmicrosoftedgeapp.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsMicrosoftEdgeApp",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses/{mobileAppInstallStatusId}/app"
)]
pub struct WindowsMicrosoftEdgeApp {
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
    pub upload_state: Option<i32>,
    pub publishing_state: Option<MobileAppPublishingState>,
    pub is_assigned: Option<bool>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub dependent_app_count: Option<i32>,
    pub superseding_app_count: Option<i32>,
    pub superseded_app_count: Option<i32>,
    pub channel: Option<MicrosoftEdgeChannel>,
    pub display_language_locale: Option<String>,
}

/// `microsoft.graph.windowsMinimumOperatingSystem`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-apps-windowsminimumoperatingsystem.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.windowsMinimumOperatingSystem", complex)]
pub struct WindowsMinimumOperatingSystem {
    #[graph(rename = "v8_0")]
    pub v8_0: Option<bool>,
    #[graph(rename = "v8_1")]
    pub v8_1: Option<bool>,
    #[graph(rename = "v10_0")]
    pub v10_0: Option<bool>,
    #[graph(rename = "v10_1607")]
    pub v10_1607: Option<bool>,
    #[graph(rename = "v10_1703")]
    pub v10_1703: Option<bool>,
    #[graph(rename = "v10_1709")]
    pub v10_1709: Option<bool>,
    #[graph(rename = "v10_1803")]
    pub v10_1803: Option<bool>,
    #[graph(rename = "v10_1809")]
    pub v10_1809: Option<bool>,
    #[graph(rename = "v10_1903")]
    pub v10_1903: Option<bool>,
    #[graph(rename = "v10_1909")]
    pub v10_1909: Option<bool>,
    #[graph(rename = "v10_2004")]
    pub v10_2004: Option<bool>,
    #[graph(rename = "v10_2H20")]
    pub v10_2_h20: Option<bool>,
}

/// `microsoft.graph.windowsMobileMSI`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-windowsmobilemsi.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsMobileMSI",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses/{mobileAppInstallStatusId}/app"
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
    pub upload_state: Option<i32>,
    pub publishing_state: Option<MobileAppPublishingState>,
    pub is_assigned: Option<bool>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub dependent_app_count: Option<i32>,
    pub superseding_app_count: Option<i32>,
    pub superseded_app_count: Option<i32>,
    pub committed_content_version: Option<String>,
    pub file_name: Option<String>,
    pub size: Option<i64>,
    pub command_line: Option<String>,
    pub product_code: Option<String>,
    pub product_version: Option<String>,
    pub ignore_version_detection: Option<bool>,
    pub identity_version: Option<String>,
    pub use_device_context: Option<bool>,
}

/// `microsoft.graph.windowsPackageInformation`, complex type.
///
/// Reference: `api-reference/beta/resources/intune-apps-windowspackageinformation.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.windowsPackageInformation", complex)]
pub struct WindowsPackageInformation {
    pub applicable_architecture: Option<WindowsArchitecture>,
    pub display_name: Option<String>,
    pub identity_name: Option<String>,
    pub identity_publisher: Option<String>,
    pub identity_resource_identifier: Option<String>,
    pub identity_version: Option<String>,
    pub minimum_supported_operating_system: Option<WindowsMinimumOperatingSystem>,
}

/// `microsoft.graph.windowsPhone81AppX`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-windowsphone81appx.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsPhone81AppX",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses/{mobileAppInstallStatusId}/app"
)]
pub struct WindowsPhone81AppX {
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
    pub upload_state: Option<i32>,
    pub publishing_state: Option<MobileAppPublishingState>,
    pub is_assigned: Option<bool>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub dependent_app_count: Option<i32>,
    pub superseding_app_count: Option<i32>,
    pub superseded_app_count: Option<i32>,
    pub committed_content_version: Option<String>,
    pub file_name: Option<String>,
    pub size: Option<i64>,
    pub applicable_architectures: Option<WindowsArchitecture>,
    pub identity_name: Option<String>,
    pub identity_publisher_hash: Option<String>,
    pub identity_resource_identifier: Option<String>,
    pub minimum_supported_operating_system: Option<WindowsMinimumOperatingSystem>,
    pub phone_product_identifier: Option<String>,
    pub phone_publisher_id: Option<String>,
    pub identity_version: Option<String>,
}

/// `microsoft.graph.windowsPhone81AppXBundle`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-apps-windowsphone81appxbundle.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsPhone81AppXBundle",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses/{mobileAppInstallStatusId}/app"
)]
pub struct WindowsPhone81AppXBundle {
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
    pub upload_state: Option<i32>,
    pub publishing_state: Option<MobileAppPublishingState>,
    pub is_assigned: Option<bool>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub dependent_app_count: Option<i32>,
    pub superseding_app_count: Option<i32>,
    pub superseded_app_count: Option<i32>,
    pub committed_content_version: Option<String>,
    pub file_name: Option<String>,
    pub size: Option<i64>,
    pub applicable_architectures: Option<WindowsArchitecture>,
    pub identity_name: Option<String>,
    pub identity_publisher_hash: Option<String>,
    pub identity_resource_identifier: Option<String>,
    pub minimum_supported_operating_system: Option<WindowsMinimumOperatingSystem>,
    pub phone_product_identifier: Option<String>,
    pub phone_publisher_id: Option<String>,
    pub identity_version: Option<String>,
    pub app_x_package_information_list: Option<Vec<WindowsPackageInformation>>,
}

/// `microsoft.graph.windowsPhone81CertificateProfileBase`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-windowsphone81certificateprofilebase.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsPhone81CertificateProfileBase",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsPhone81VpnConfiguration/identityCertificate",
    path = "/deviceManagement/deviceConfigurations",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct WindowsPhone81CertificateProfileBase {
    #[graph(key)]
    pub id: Option<String>,
    pub last_modified_date_time: Option<DateTime<FixedOffset>>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    pub supports_scope_tags: Option<bool>,
    pub device_management_applicability_rule_os_edition: Option<DeviceManagementApplicabilityRuleOsEdition>,
    pub device_management_applicability_rule_os_version: Option<DeviceManagementApplicabilityRuleOsVersion>,
    pub device_management_applicability_rule_device_mode: Option<DeviceManagementApplicabilityRuleDeviceMode>,
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub renewal_threshold_percentage: Option<i32>,
    pub key_storage_provider: Option<KeyStorageProviderOption>,
    pub subject_name_format: Option<SubjectNameFormat>,
    pub subject_alternative_name_type: Option<SubjectAlternativeNameType>,
    pub certificate_validity_period_value: Option<i32>,
    pub certificate_validity_period_scale: Option<CertificateValidityPeriodScale>,
    pub extended_key_usages: Option<Vec<ExtendedKeyUsage>>,
}

/// `microsoft.graph.windowsPhone81CustomConfiguration`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-windowsphone81customconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsPhone81CustomConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
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

/// `microsoft.graph.windowsPhone81GeneralConfiguration`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-windowsphone81generalconfiguration.md`.
///
/// Path templates of its pages that the derive refuses, left out:
/// -
///   `/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}`:
///   the docs use `{deviceConfigurationId}` twice.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsPhone81GeneralConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/groupAssignments/{deviceConfigurationGroupAssignmentId}/deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations"
)]
pub struct WindowsPhone81GeneralConfiguration {
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

/// `microsoft.graph.windowsPrivacyDataAccessControlItem`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-deviceconfig-windowsprivacydataaccesscontrolitem.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsPrivacyDataAccessControlItem",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windows10GeneralConfiguration/privacyAccessControls/{windowsPrivacyDataAccessControlItemId}"
)]
pub struct WindowsPrivacyDataAccessControlItem {
    #[graph(key)]
    pub id: Option<String>,
    pub access_level: Option<WindowsPrivacyDataAccessLevel>,
    pub data_category: Option<WindowsPrivacyDataCategory>,
    pub app_package_family_name: Option<String>,
    pub app_display_name: Option<String>,
}

/// `microsoft.graph.windowsProtectionState`, entity type.
///
/// Reference: `api-reference/beta/resources/intune-devices-windowsprotectionstate.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsProtectionState",
    path = "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/deviceRunStates/{deviceManagementScriptDeviceStateId}/managedDevice/windowsProtectionState"
)]
pub struct WindowsProtectionState {
    #[graph(key)]
    pub id: Option<String>,
    pub malware_protection_enabled: Option<bool>,
    pub device_state: Option<WindowsDeviceHealthState>,
    pub real_time_protection_enabled: Option<bool>,
    pub network_inspection_system_enabled: Option<bool>,
    pub quick_scan_overdue: Option<bool>,
    pub full_scan_overdue: Option<bool>,
    pub signature_update_overdue: Option<bool>,
    pub reboot_required: Option<bool>,
    pub full_scan_required: Option<bool>,
    pub engine_version: Option<String>,
    pub signature_version: Option<String>,
    pub anti_malware_version: Option<String>,
    pub last_quick_scan_date_time: Option<DateTime<FixedOffset>>,
    pub last_full_scan_date_time: Option<DateTime<FixedOffset>>,
    pub last_quick_scan_signature_version: Option<String>,
    pub last_full_scan_signature_version: Option<String>,
    pub last_reported_date_time: Option<DateTime<FixedOffset>>,
    pub product_status: Option<WindowsDefenderProductStatus>,
    pub is_virtual_machine: Option<bool>,
    pub tamper_protection_enabled: Option<bool>,
}

/// `microsoft.graph.windowsQualityUpdateCatalogItem`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-softwareupdate-windowsqualityupdatecatalogitem.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsQualityUpdateCatalogItem",
    path = "/deviceManagement/windowsUpdateCatalogItems/{windowsUpdateCatalogItemId}"
)]
pub struct WindowsQualityUpdateCatalogItem {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub release_date_time: Option<DateTime<FixedOffset>>,
    pub end_of_support_date: Option<DateTime<FixedOffset>>,
    pub kb_article_id: Option<String>,
    pub classification: Option<WindowsQualityUpdateClassification>,
    pub is_expeditable: Option<bool>,
}

/// `microsoft.graph.windowsQualityUpdateProfileAssignment`, entity type.
///
/// Reference:
/// `api-reference/beta/resources/intune-softwareupdate-windowsqualityupdateprofileassignment.md`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.windowsQualityUpdateProfileAssignment",
    path = "/deviceManagement/windowsQualityUpdateProfiles/{windowsQualityUpdateProfileId}/assignments/{windowsQualityUpdateProfileAssignmentId}"
)]
pub struct WindowsQualityUpdateProfileAssignment {
    #[graph(key)]
    pub id: Option<String>,
    pub target: Option<DeviceAndAppManagementAssignmentTarget>,
}

/// `microsoft.graph.actionState`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ActionState {
    None,
    Pending,
    Canceled,
    Active,
    Done,
    Failed,
    NotSupported,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.androidDeviceOwnerRequiredPasswordType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum AndroidDeviceOwnerRequiredPasswordType {
    DeviceDefault,
    Required,
    Numeric,
    NumericComplex,
    Alphabetic,
    Alphanumeric,
    AlphanumericWithSymbols,
    LowSecurityBiometric,
    CustomPassword,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.androidManagedAppSafetyNetAppsVerificationType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum AndroidManagedAppSafetyNetAppsVerificationType {
    None,
    Enabled,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.androidManagedAppSafetyNetDeviceAttestationType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum AndroidManagedAppSafetyNetDeviceAttestationType {
    None,
    BasicIntegrity,
    BasicIntegrityAndDeviceCertification,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.androidUsernameSource`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum AndroidUsernameSource {
    Username,
    UserPrincipalName,
    SamAccountName,
    PrimarySmtpAddress,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.androidWiFiSecurityType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum AndroidWiFiSecurityType {
    Open,
    WpaEnterprise,
    Wpa2Enterprise,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.androidWorkProfileVpnConnectionType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum AndroidWorkProfileVpnConnectionType {
    CiscoAnyConnect,
    PulseSecure,
    F5EdgeClient,
    DellSonicWallMobileConnect,
    CheckPointCapsuleVpn,
    Citrix,
    PaloAltoGlobalProtect,
    MicrosoftTunnel,
    NetMotionMobility,
    MicrosoftProtect,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.appInstallControlType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum AppInstallControlType {
    NotConfigured,
    Anywhere,
    StoreOnly,
    Recommendations,
    PreferStore,
    #[graph(other)]
    Other(String),
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

/// `microsoft.graph.appManagementLevel`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum AppManagementLevel {
    Unspecified,
    Unmanaged,
    Mdm,
    AndroidEnterprise,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.appleSubjectNameFormat`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum AppleSubjectNameFormat {
    CommonName,
    CommonNameAsEmail,
    Custom,
    CommonNameIncludingEmail,
    #[graph(rename = "commonNameAsIMEI")]
    CommonNameAsImei,
    CommonNameAsSerialNumber,
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

/// `microsoft.graph.browserSyncSetting`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum BrowserSyncSetting {
    NotConfigured,
    BlockedWithUserOverride,
    Blocked,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.certificateIssuanceStates`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum CertificateIssuanceStates {
    Unknown,
    ChallengeIssued,
    ChallengeIssueFailed,
    RequestCreationFailed,
    RequestSubmitFailed,
    ChallengeValidationSucceeded,
    ChallengeValidationFailed,
    IssueFailed,
    IssuePending,
    Issued,
    ResponseProcessingFailed,
    ResponsePending,
    EnrollmentSucceeded,
    EnrollmentNotNeeded,
    Revoked,
    RemovedFromCollection,
    RenewVerified,
    InstallFailed,
    Installed,
    DeleteFailed,
    Deleted,
    RenewalRequested,
    Requested,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.certificateRevocationStatus`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum CertificateRevocationStatus {
    None,
    Pending,
    Issued,
    Failed,
    Revoked,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.certificateStore`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum CertificateStore {
    User,
    Machine,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.certificateValidityPeriodScale`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum CertificateValidityPeriodScale {
    Days,
    Months,
    Years,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.changeUefiSettingsPermission`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ChangeUefiSettingsPermission {
    NotConfiguredOnly,
    None,
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

/// `microsoft.graph.configurationUsage`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ConfigurationUsage {
    Blocked,
    Required,
    Allowed,
    NotConfigured,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.dayOfWeek`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DayOfWeek {
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

/// `microsoft.graph.defenderPotentiallyUnwantedAppAction`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DefenderPotentiallyUnwantedAppAction {
    DeviceDefault,
    Block,
    Audit,
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

/// `microsoft.graph.defenderProtectionType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DefenderProtectionType {
    UserDefined,
    Enable,
    AuditMode,
    Warn,
    NotConfigured,
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

/// `microsoft.graph.defenderSubmitSamplesConsentType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DefenderSubmitSamplesConsentType {
    SendSafeSamplesAutomatically,
    AlwaysPrompt,
    NeverSend,
    SendAllSamplesAutomatically,
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

/// `microsoft.graph.deviceAndAppManagementAssignmentFilterType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceAndAppManagementAssignmentFilterType {
    None,
    Include,
    Exclude,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceAndAppManagementAssignmentSource`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceAndAppManagementAssignmentSource {
    Direct,
    PolicySets,
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
    RemoteLock,
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

/// `microsoft.graph.deviceManagementConfigurationControlType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementConfigurationControlType {
    Default,
    Dropdown,
    SmallTextBox,
    LargeTextBox,
    Toggle,
    MultiheaderGrid,
    ContextPane,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementConfigurationDeviceMode`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementConfigurationDeviceMode {
    None,
    Kiosk,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementConfigurationPlatforms`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementConfigurationPlatforms {
    None,
    #[graph(rename = "macOS")]
    MacOs,
    Windows10X,
    Windows10,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementConfigurationSettingAccessTypes`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementConfigurationSettingAccessTypes {
    None,
    Add,
    Copy,
    Delete,
    Get,
    Replace,
    Execute,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementConfigurationSettingUsage`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementConfigurationSettingUsage {
    None,
    Configuration,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementConfigurationSettingVisibility`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementConfigurationSettingVisibility {
    None,
    SettingsCatalog,
    Template,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementConfigurationTechnologies`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementConfigurationTechnologies {
    None,
    Mdm,
    Windows10XManagement,
    ConfigManager,
    MicrosoftSense,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementDomainJoinConnectorState`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementDomainJoinConnectorState {
    Active,
    Error,
    Inactive,
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

/// `microsoft.graph.deviceManagementTemplateSubtype`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementTemplateSubtype {
    None,
    Firewall,
    DiskEncryption,
    AttackSurfaceReduction,
    EndpointDetectionReponse,
    AccountProtection,
    Antivirus,
    FirewallSharedAppList,
    FirewallSharedIpList,
    FirewallSharedPortlist,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManagementTemplateType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManagementTemplateType {
    SecurityBaseline,
    SpecializedDevices,
    AdvancedThreatProtectionSecurityBaseline,
    DeviceConfiguration,
    Custom,
    SecurityTemplate,
    MicrosoftEdgeSecurityBaseline,
    MicrosoftOffice365ProPlusSecurityBaseline,
    DeviceCompliance,
    DeviceConfigurationForOffice365,
    #[graph(rename = "cloudPC")]
    CloudPc,
    FirewallSharedSettings,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceManangementIntentValueType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceManangementIntentValueType {
    Integer,
    Boolean,
    String,
    Complex,
    Collection,
    AbstractComplex,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.devicePlatformType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DevicePlatformType {
    Android,
    AndroidForWork,
    #[graph(rename = "iOS")]
    Ios,
    #[graph(rename = "macOS")]
    MacOs,
    WindowsPhone81,
    Windows81AndLater,
    Windows10AndLater,
    AndroidWorkProfile,
    Unknown,
    #[graph(rename = "androidAOSP")]
    AndroidAosp,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.deviceThreatProtectionLevel`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DeviceThreatProtectionLevel {
    Unavailable,
    Secured,
    Low,
    Medium,
    High,
    NotSet,
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

/// `microsoft.graph.domainNameSource`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum DomainNameSource {
    FullDomainName,
    NetBiosDomainName,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.easAuthenticationMethod`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum EasAuthenticationMethod {
    UsernameAndPassword,
    Certificate,
    DerivedCredential,
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

/// `microsoft.graph.edgeKioskModeRestrictionType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum EdgeKioskModeRestrictionType {
    NotConfigured,
    DigitalSignage,
    NormalMode,
    PublicBrowsingSingleApp,
    PublicBrowsingMultiApp,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.edgeOpenOptions`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum EdgeOpenOptions {
    NotConfigured,
    StartPage,
    NewTabPage,
    PreviousPages,
    SpecificPages,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.edgeTelemetryMode`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum EdgeTelemetryMode {
    NotConfigured,
    Intranet,
    Internet,
    IntranetAndInternet,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.emailSyncDuration`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum EmailSyncDuration {
    UserDefined,
    OneDay,
    ThreeDays,
    OneWeek,
    TwoWeeks,
    OneMonth,
    Unlimited,
    #[graph(other)]
    Other(String),
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

/// `microsoft.graph.enablement`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum Enablement {
    NotConfigured,
    Enabled,
    Disabled,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.enrollmentState`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum EnrollmentState {
    Unknown,
    Enrolled,
    PendingReset,
    Failed,
    NotContacted,
    Blocked,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.errorCode`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ErrorCode {
    NoError,
    Unauthorized,
    NotFound,
    Deleted,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.groupPolicyType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum GroupPolicyType {
    AdmxBacked,
    AdmxIngested,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.hashAlgorithms`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum HashAlgorithms {
    Sha1,
    Sha2,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.importedDeviceIdentityType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ImportedDeviceIdentityType {
    Unknown,
    Imei,
    SerialNumber,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.inkAccessSetting`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum InkAccessSetting {
    NotConfigured,
    Enabled,
    Disabled,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.installIntent`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum InstallIntent {
    Available,
    Required,
    Uninstall,
    AvailableWithoutEnrollment,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.intendedPurpose`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum IntendedPurpose {
    Unassigned,
    SmimeEncryption,
    SmimeSigning,
    Vpn,
    Wifi,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.internetExplorerMessageSetting`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum InternetExplorerMessageSetting {
    NotConfigured,
    Disabled,
    Enabled,
    KeepGoing,
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
    MdmClientCrashed,
    Timeout,
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
    UpdateError,
    DeviceOsHigherThanDesiredOsVersion,
    UpdateScanFailed,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.keySize`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum KeySize {
    Size1024,
    Size2048,
    Size4096,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.keyStorageProviderOption`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum KeyStorageProviderOption {
    UseTpmKspOtherwiseUseSoftwareKsp,
    UseTpmKspOtherwiseFail,
    UsePassportForWorkKspOtherwiseFail,
    UseSoftwareKsp,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.keyUsages`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum KeyUsages {
    KeyEncipherment,
    DigitalSignature,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.macOSSoftwareUpdateBehavior`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum MacOsSoftwareUpdateBehavior {
    NotConfigured,
    Default,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.macOSSoftwareUpdateCategory`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum MacOsSoftwareUpdateCategory {
    Critical,
    ConfigurationDataFile,
    Firmware,
    Other,
    #[graph(other)]
    Unlisted(String),
}

/// `microsoft.graph.macOSSoftwareUpdateScheduleType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum MacOsSoftwareUpdateScheduleType {
    AlwaysUpdate,
    UpdateDuringTimeWindows,
    UpdateOutsideOfTimeWindows,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.macOSSoftwareUpdateState`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum MacOsSoftwareUpdateState {
    Success,
    Downloading,
    Downloaded,
    Installing,
    Idle,
    Available,
    Scheduled,
    DownloadFailed,
    DownloadInsufficientSpace,
    DownloadInsufficientPower,
    DownloadInsufficientNetwork,
    InstallInsufficientSpace,
    InstallInsufficientPower,
    InstallFailed,
    CommandFailed,
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

/// `microsoft.graph.managedAppNotificationRestriction`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ManagedAppNotificationRestriction {
    Allow,
    BlockOrganizationalData,
    Block,
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

/// `microsoft.graph.managedAppRemediationAction`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ManagedAppRemediationAction {
    Block,
    Wipe,
    Warn,
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

/// `microsoft.graph.microsoftEdgeChannel`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum MicrosoftEdgeChannel {
    Dev,
    Beta,
    Stable,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.microsoftTunnelLogCollectionStatus`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum MicrosoftTunnelLogCollectionStatus {
    Pending,
    Completed,
    Failed,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.microsoftTunnelServerHealthStatus`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum MicrosoftTunnelServerHealthStatus {
    Unknown,
    Healthy,
    Unhealthy,
    Warning,
    Offline,
    UpgradeInProgress,
    UpgradeFailed,
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

/// `microsoft.graph.mobileAppRelationshipType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum MobileAppRelationshipType {
    Child,
    Parent,
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

/// `microsoft.graph.ndesConnectorState`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum NdesConnectorState {
    None,
    Active,
    Inactive,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.platform`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum Platform {
    Unknown,
    Ios,
    Android,
    Windows,
    WindowsMobile,
    #[graph(rename = "macOS")]
    MacOs,
    #[graph(other)]
    Other(String),
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
    AndroidWorkProfile,
    Windows10XProfile,
    #[graph(rename = "androidAOSP")]
    AndroidAosp,
    All,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.policySetStatus`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum PolicySetStatus {
    Unknown,
    Validating,
    PartialSuccess,
    Success,
    Error,
    NotAssigned,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.powerActionType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum PowerActionType {
    NotConfigured,
    NoAction,
    Sleep,
    Hibernate,
    Shutdown,
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

/// `microsoft.graph.restrictedAppsState`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum RestrictedAppsState {
    ProhibitedApps,
    NotApprovedApps,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.resultantAppState`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ResultantAppState {
    Installed,
    Failed,
    NotInstalled,
    UninstallFailed,
    PendingInstall,
    Unknown,
    NotApplicable,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.resultantAppStateDetail`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum ResultantAppStateDetail {
    NoAdditionalDetails,
    DependencyFailedToInstall,
    DependencyWithRequirementsNotMet,
    DependencyPendingReboot,
    DependencyWithAutoInstallDisabled,
    IosAppStoreUpdateFailedToInstall,
    VppAppHasUpdateAvailable,
    UserRejectedUpdate,
    SeeInstallErrorCode,
    AutoInstallDisabled,
    ManagedAppNoLongerPresent,
    UserRejectedInstall,
    UserIsNotLoggedIntoAppStore,
    SeeUninstallErrorCode,
    PendingReboot,
    InstallingDependencies,
    ContentDownloaded,
    PowerShellScriptRequirementNotMet,
    RegistryRequirementNotMet,
    FileSystemRequirementNotMet,
    PlatformNotApplicable,
    MinimumCpuSpeedNotMet,
    MinimumLogicalProcessorCountNotMet,
    MinimumPhysicalMemoryNotMet,
    MinimumOsVersionNotMet,
    MinimumDiskSpaceNotMet,
    ProcessorArchitectureNotApplicable,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.runAsAccountType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum RunAsAccountType {
    System,
    User,
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
    NotConfigured,
    Guest,
    Domain,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.signInAssistantOptions`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum SignInAssistantOptions {
    NotConfigured,
    Disabled,
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

/// `microsoft.graph.subjectAlternativeNameType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum SubjectAlternativeNameType {
    None,
    EmailAddress,
    UserPrincipalName,
    #[graph(rename = "customAzureADAttribute")]
    CustomAzureAdAttribute,
    DomainNameService,
    UniversalResourceIdentifier,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.subjectNameFormat`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum SubjectNameFormat {
    CommonName,
    CommonNameIncludingEmail,
    CommonNameAsEmail,
    Custom,
    #[graph(rename = "commonNameAsIMEI")]
    CommonNameAsImei,
    CommonNameAsSerialNumber,
    CommonNameAsAadDeviceId,
    CommonNameAsIntuneDeviceId,
    CommonNameAsDurableDeviceId,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.userEmailSource`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum UserEmailSource {
    UserPrincipalName,
    PrimarySmtpAddress,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.usernameSource`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum UsernameSource {
    UserPrincipalName,
    PrimarySmtpAddress,
    SamAccountName,
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

/// `microsoft.graph.vpnAuthenticationMethod`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum VpnAuthenticationMethod {
    Certificate,
    UsernameAndPassword,
    SharedSecret,
    DerivedCredential,
    #[graph(rename = "azureAD")]
    AzureAd,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.vppTokenAccountType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum VppTokenAccountType {
    Business,
    Education,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.vppTokenActionFailureReason`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum VppTokenActionFailureReason {
    None,
    AppleFailure,
    InternalError,
    ExpiredVppToken,
    ExpiredApplePushNotificationCertificate,
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
    NoScheduledScan,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.wiFiProxySetting`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WiFiProxySetting {
    None,
    Manual,
    Automatic,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.wiFiSecurityType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WiFiSecurityType {
    Open,
    WpaPersonal,
    WpaEnterprise,
    Wep,
    Wpa2Personal,
    Wpa2Enterprise,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.windows10AppsUpdateRecurrence`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum Windows10AppsUpdateRecurrence {
    None,
    Daily,
    Weekly,
    Monthly,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.windows10DeviceModeType`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum Windows10DeviceModeType {
    StandardConfiguration,
    #[graph(rename = "sModeConfiguration")]
    SmodeConfiguration,
    #[graph(other)]
    Other(String),
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

/// `microsoft.graph.windowsArchitecture`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WindowsArchitecture {
    None,
    X86,
    X64,
    Arm,
    Neutral,
    Arm64,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.windowsDefenderProductStatus`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WindowsDefenderProductStatus {
    NoStatus,
    ServiceNotRunning,
    ServiceStartedWithoutMalwareProtection,
    PendingFullScanDueToThreatAction,
    PendingRebootDueToThreatAction,
    PendingManualStepsDueToThreatAction,
    AvSignaturesOutOfDate,
    AsSignaturesOutOfDate,
    NoQuickScanHappenedForSpecifiedPeriod,
    NoFullScanHappenedForSpecifiedPeriod,
    SystemInitiatedScanInProgress,
    SystemInitiatedCleanInProgress,
    SamplesPendingSubmission,
    ProductRunningInEvaluationMode,
    ProductRunningInNonGenuineMode,
    ProductExpired,
    OfflineScanRequired,
    ServiceShutdownAsPartOfSystemShutdown,
    ThreatRemediationFailedCritically,
    ThreatRemediationFailedNonCritically,
    NoStatusFlagsSet,
    PlatformOutOfDate,
    PlatformUpdateInProgress,
    PlatformAboutToBeOutdated,
    SignatureOrPlatformEndOfLifeIsPastOrIsImpending,
    WindowsSModeSignaturesInUseOnNonWin10SInstall,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.windowsDeviceHealthState`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WindowsDeviceHealthState {
    Clean,
    FullScanPending,
    RebootPending,
    ManualStepsPending,
    OfflineScanPending,
    Critical,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.windowsHealthMonitoringScope`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WindowsHealthMonitoringScope {
    Undefined,
    HealthMonitoring,
    BootPerformance,
    WindowsUpdates,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.windowsPrivacyDataAccessLevel`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WindowsPrivacyDataAccessLevel {
    NotConfigured,
    ForceAllow,
    ForceDeny,
    UserInControl,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.windowsPrivacyDataCategory`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WindowsPrivacyDataCategory {
    NotConfigured,
    AccountInfo,
    AppsRunInBackground,
    Calendar,
    CallHistory,
    Camera,
    Contacts,
    DiagnosticsInfo,
    Email,
    Location,
    Messaging,
    Microphone,
    Motion,
    Notifications,
    Phone,
    Radios,
    Tasks,
    SyncWithDevices,
    TrustedDevices,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.windowsQualityUpdateClassification`.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WindowsQualityUpdateClassification {
    All,
    Security,
    NonSecurity,
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
