//! Hand-written and generated structs verified against Graph's v1.0 schema
//! (`graph-schema/tests/data/v1.0.xml`): the five seed structs and the
//! conformance suite's v1.0 structs.

use graph_core::describe::Description;
use graph_core::GraphEntity;
use graph_entity::seeds;
use graph_schema::{verify_all, Metadata};

#[allow(dead_code)]
#[path = "conformance/generated/v1_0.rs"]
mod v1_0;

fn v1_0_metadata() -> Metadata<'static> {
    Metadata::parse(include_str!("../graph-schema/tests/data/v1.0.xml"))
        .unwrap_or_else(|error| panic!("{error}"))
}

/// Every `GraphEntity` of `conformance/generated/v1_0.rs`, in file order.
const CONFORMANCE_V1_0: &[&Description] = &[
    v1_0::AndroidCustomConfiguration::DESCRIPTION,
    v1_0::AndroidManagedAppProtection::DESCRIPTION,
    v1_0::AndroidMinimumOperatingSystem::DESCRIPTION,
    v1_0::AndroidWorkProfileCustomConfiguration::DESCRIPTION,
    v1_0::AppConfigurationSettingItem::DESCRIPTION,
    v1_0::AppListItem::DESCRIPTION,
    v1_0::ApplePushNotificationCertificate::DESCRIPTION,
    v1_0::DefenderDetectedMalwareActions::DESCRIPTION,
    v1_0::DetectedApp::DESCRIPTION,
    v1_0::DeviceAndAppManagementAssignmentTarget::DESCRIPTION,
    v1_0::DeviceAndAppManagementRoleDefinition::DESCRIPTION,
    v1_0::DeviceComplianceActionItem::DESCRIPTION,
    v1_0::DeviceComplianceDeviceStatus::DESCRIPTION,
    v1_0::DeviceCompliancePolicyAssignment::DESCRIPTION,
    v1_0::DeviceComplianceUserOverview::DESCRIPTION,
    v1_0::DeviceComplianceUserStatus::DESCRIPTION,
    v1_0::DeviceManagementExchangeConnector::DESCRIPTION,
    v1_0::DeviceManagementExportJob::DESCRIPTION,
    v1_0::DeviceManagementPartner::DESCRIPTION,
    v1_0::DeviceManagementReports::DESCRIPTION,
    v1_0::EbookInstallSummary::DESCRIPTION,
    v1_0::EdgeSearchEngineBase::DESCRIPTION,
    v1_0::IosManagedAppProtection::DESCRIPTION,
    v1_0::IosMobileAppConfiguration::DESCRIPTION,
    v1_0::IosUpdateDeviceStatus::DESCRIPTION,
    v1_0::ManagedAndroidLobApp::DESCRIPTION,
    v1_0::ManagedDeviceMobileAppConfigurationUserSummary::DESCRIPTION,
    v1_0::ManagedEBook::DESCRIPTION,
    v1_0::MimeContent::DESCRIPTION,
    v1_0::MobileAppContentFile::DESCRIPTION,
    v1_0::MobileThreatDefenseConnector::DESCRIPTION,
    v1_0::OmaSetting::DESCRIPTION,
    v1_0::ResourceAction::DESCRIPTION,
    v1_0::RolePermission::DESCRIPTION,
    v1_0::SharedPcAccountManagerPolicy::DESCRIPTION,
    v1_0::SharedPcConfiguration::DESCRIPTION,
    v1_0::Windows10GeneralConfiguration::DESCRIPTION,
    v1_0::Windows10NetworkProxyServer::DESCRIPTION,
    v1_0::WindowsInformationProtectionAppLearningSummary::DESCRIPTION,
    v1_0::WindowsMobileMsi::DESCRIPTION,
    v1_0::WindowsPhone81CustomConfiguration::DESCRIPTION,
    v1_0::WindowsPhone81GeneralConfiguration::DESCRIPTION,
];

#[test]
fn the_conformance_list_names_every_struct_of_the_generated_file() {
    let source = include_str!("conformance/generated/v1_0.rs");
    let in_file: Vec<&str> = source
        .split("\npub struct ")
        .skip(1)
        .filter_map(|rest| rest.split_whitespace().next())
        .collect();
    let listed: Vec<&str> = CONFORMANCE_V1_0.iter().map(|d| d.rust_name).collect();
    assert_eq!(
        listed, in_file,
        "update CONFORMANCE_V1_0 after `cargo run -p xtask -- conformance`"
    );
}

#[test]
fn seeds_verify_against_v1_0() {
    let mismatches: Vec<String> = verify_all(
        &[
            seeds::EmbeddedSimDeviceState::DESCRIPTION,
            seeds::EmbeddedSimActivationCodePool::DESCRIPTION,
            seeds::EmbeddedSimActivationCode::DESCRIPTION,
            seeds::DeviceConfigurationState::DESCRIPTION,
            seeds::DeviceConfigurationSettingState::DESCRIPTION,
            seeds::SettingSource::DESCRIPTION,
            seeds::DeviceComplianceDeviceStatus::DESCRIPTION,
            seeds::IosUpdateDeviceStatus::DESCRIPTION,
        ],
        &v1_0_metadata(),
    )
    .iter()
    .map(ToString::to_string)
    .collect();
    // The embedded SIM types are beta-only; the seed page of
    // deviceConfigurationState gives a path without its
    // `/deviceManagement` (or `/users/{userId}`) root; the seed page of
    // deviceComplianceDeviceStatus (beta) shows a `platform` that v1.0
    // does not have.
    assert_eq!(
        mismatches,
        [
            "EmbeddedSimDeviceState: unknown type `microsoft.graph.embeddedSIMDeviceState`: the schema has no such entity or complex type; check `odata_type`",
            "EmbeddedSimActivationCodePool: unknown type `microsoft.graph.embeddedSIMActivationCodePool`: the schema has no such entity or complex type; check `odata_type`",
            "EmbeddedSimActivationCode: unknown type `microsoft.graph.embeddedSIMActivationCode`: the schema has no such entity or complex type; check `odata_type`",
            "DeviceConfigurationState: path `/managedDevices/{managedDevicesId}/deviceConfigurationStates/{deviceConfigurationStateId}` is not one the schema reaches; nearest: `/me/managedDevices/{managedDeviceId}/deviceConfigurationStates/{deviceConfigurationStateId}`",
            "DeviceComplianceDeviceStatus.platform: unknown property `platform` of `microsoft.graph.deviceComplianceDeviceStatus`; nearest: `status` (rename the field or add `rename = \"status\"`)",
        ]
    );
}

#[test]
fn conformance_structs_verify_against_v1_0() {
    let mismatches: Vec<String> = verify_all(CONFORMANCE_V1_0, &v1_0_metadata())
        .iter()
        .map(ToString::to_string)
        .collect();
    // What the docs pages (which the structs were generated from) do not
    // say and the schema does: computed properties, abstract types, and
    // paths through non-containment navigations or without the
    // cast segment of a navigation only a derived type has.
    assert_eq!(
        mismatches,
        [
            "ApplePushNotificationCertificate.certificate_serial_number: `certificateSerialNumber` is computed in the schema: the server owns it; add `read_only`",
            "DeviceAndAppManagementAssignmentTarget: `microsoft.graph.deviceAndAppManagementAssignmentTarget` is abstract in the schema; add `abstract`",
            "DeviceAndAppManagementRoleDefinition: path `/deviceManagement/roleDefinitions/{roleDefinitionId}/roleAssignments/{roleAssignmentId}/roleDefinition` is not one the schema reaches; nearest: `/deviceManagement/roleDefinitions/{roleDefinitionId}`",
            "EdgeSearchEngineBase: `microsoft.graph.edgeSearchEngineBase` is abstract in the schema; add `abstract`",
            "ManagedAndroidLobApp.publishing_state: `publishingState` is computed in the schema: the server owns it; add `read_only`",
            "ManagedAndroidLobApp.app_availability: `appAvailability` is computed in the schema: the server owns it; add `read_only`",
            "ManagedAndroidLobApp.size: `size` is computed in the schema: the server owns it; add `read_only`",
            "ManagedEBook: `microsoft.graph.managedEBook` is abstract in the schema; add `abstract`",
            "MobileAppContentFile.azure_storage_uri: `azureStorageUri` is computed in the schema: the server owns it; add `read_only`",
            "MobileAppContentFile.is_committed: `isCommitted` is computed in the schema: the server owns it; add `read_only`",
            "MobileAppContentFile.azure_storage_uri_expiration_date_time: `azureStorageUriExpirationDateTime` is computed in the schema: the server owns it; add `read_only`",
            "MobileAppContentFile.upload_state: `uploadState` is computed in the schema: the server owns it; add `read_only`",
            "MobileAppContentFile: path `/deviceAppManagement/mobileApps/{mobileAppId}/contentVersions/{mobileAppContentId}/files/{mobileAppContentFileId}` is not one the schema reaches; nearest: `/deviceAppManagement/mobileApps/{mobileAppId}/microsoft.graph.mobileLobApp/contentVersions/{mobileAppContentId}/files/{mobileAppContentFileId}`",
            "OmaSetting: `microsoft.graph.omaSetting` is abstract in the schema; add `abstract`",
            "WindowsMobileMsi.publishing_state: `publishingState` is computed in the schema: the server owns it; add `read_only`",
            "WindowsMobileMsi.size: `size` is computed in the schema: the server owns it; add `read_only`",
            "WindowsPhone81GeneralConfiguration.apply_only_to_windows_phone81: `applyOnlyToWindowsPhone81` is computed in the schema: the server owns it; add `read_only`",
        ]
    );
}
