//! `verify` against Graph's v1.0 schema: one deliberately wrong struct per
//! kind of mismatch, with its exact message.

use chrono::{DateTime, FixedOffset};
use graph_core::{GraphEntity, GraphEnum};
use graph_schema::{verify, verify_all, Metadata};

fn v1_0() -> Metadata<'static> {
    Metadata::parse(include_str!("data/v1.0.xml")).unwrap_or_else(|error| panic!("{error}"))
}

fn messages(mismatches: Vec<graph_schema::Mismatch>) -> Vec<String> {
    mismatches.iter().map(ToString::to_string).collect()
}

/// Right in every respect, partial (most properties left out), with an
/// inherited key and a property of the base type (`deviceConfiguration`).
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.androidCustomConfiguration",
    path = "/deviceManagement/deviceConfigurations/{configurationId}"
)]
pub struct RightConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
    pub oma_settings: Option<Vec<serde_json::Value>>,
    #[graph(extra)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[test]
fn a_right_partial_struct_verifies_clean() {
    assert_eq!(
        messages(verify::<RightConfiguration>(&v1_0())),
        Vec::<String>::new()
    );
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.noSuchThing", complex)]
pub struct Unknown {
    pub name: Option<String>,
}

#[test]
fn unknown_type() {
    assert_eq!(
        messages(verify::<Unknown>(&v1_0())),
        ["Unknown: unknown type `microsoft.graph.noSuchThing`: the schema has no such entity or complex type; check `odata_type`"]
    );
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedDevice",
    path = "/deviceManagement/managedDevices/{managedDeviceId}"
)]
pub struct MisspeltDevice {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(rename = "deviceConfigurationState")]
    pub states: Option<Vec<serde_json::Value>>,
    #[graph(read_only)]
    pub device_nmae: Option<String>,
}

#[test]
fn unknown_property_with_the_nearest_name() {
    assert_eq!(
        messages(verify::<MisspeltDevice>(&v1_0())),
        [
            "MisspeltDevice.states: unknown property `deviceConfigurationState` of `microsoft.graph.managedDevice`; nearest: `deviceConfigurationStates` (rename the field or add `rename = \"deviceConfigurationStates\"`)",
            "MisspeltDevice.device_nmae: unknown property `deviceNmae` of `microsoft.graph.managedDevice`; nearest: `deviceName` (rename the field or add `rename = \"deviceName\"`)",
        ]
    );
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceComplianceDeviceStatus")]
pub struct WrongShapes {
    #[graph(key)]
    pub id: Option<String>,
    pub device_display_name: Option<Vec<String>>,
    pub status: Option<String>,
    #[graph(read_only)]
    pub last_reported_date_time: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfigurationState")]
pub struct ScalarForCollection {
    #[graph(key)]
    pub id: Option<String>,
    pub setting_states: Option<String>,
    pub platform_type: Option<StatePlatform>,
    pub state: Option<WrongStatus>,
    pub version: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfigurationSettingState", complex)]
pub struct SettingState {
    pub setting: Option<i64>,
    pub sources: Option<SettingSourceStruct>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.settingSource", complex)]
pub struct SettingSourceStruct {
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum StatePlatform {
    Android,
    #[graph(rename = "ios")]
    Ios,
    #[graph(other)]
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
pub enum WrongStatus {
    Compliant,
    NonCompliant,
    Unknwon,
    Pending,
    #[graph(other)]
    Other(String),
}

#[test]
fn wrong_shapes() {
    let metadata = v1_0();
    assert_eq!(
        messages(verify::<WrongShapes>(&metadata)),
        [
            "WrongShapes.device_display_name: `deviceDisplayName` is `Edm.String` in the schema, the field is `Collection(Edm.String)`; use `String`",
            "WrongShapes.status: `status` is `microsoft.graph.complianceStatus` in the schema, the field is `Edm.String`; use a `GraphEnum` of `microsoft.graph.complianceStatus`",
            "WrongShapes.last_reported_date_time: `lastReportedDateTime` is `Edm.DateTimeOffset` in the schema, the field is `Edm.Date`; use `DateTime<FixedOffset>`",
        ]
    );
    assert_eq!(
        messages(verify::<ScalarForCollection>(&metadata)),
        [
            "ScalarForCollection.setting_states: `settingStates` is `Collection(microsoft.graph.deviceConfigurationSettingState)` in the schema, the field is `Edm.String`; use a `Vec` of structs of `microsoft.graph.deviceConfigurationSettingState`",
            "ScalarForCollection.platform_type: enum `StatePlatform` lists a member that `microsoft.graph.policyPlatformType` lacks: `ios` (nearest: `iOS`); remove or rename it",
            "ScalarForCollection.state: enum `WrongStatus` lists members that `microsoft.graph.complianceStatus` lacks: `unknwon`, `pending` (nearest: `unknown`); remove or rename them",
            "ScalarForCollection.version: `version` is `Edm.Int32` in the schema, the field is `Edm.String`; use `i32`",
        ]
    );
    assert_eq!(
        messages(verify::<SettingState>(&metadata)),
        [
            "SettingState.setting: `setting` is `Edm.String` in the schema, the field is `Edm.Int64`; use `String`",
            "SettingState.sources: `sources` is `Collection(microsoft.graph.settingSource)` in the schema, the field is `microsoft.graph.settingSource`; use a `Vec` of structs of `microsoft.graph.settingSource`",
        ]
    );
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.iosUpdateDeviceStatus")]
pub struct WrongKey {
    pub id: Option<String>,
    #[graph(key)]
    pub device_id: Option<String>,
}

#[test]
fn a_key_that_is_not_the_schema_key() {
    assert_eq!(
        messages(verify::<WrongKey>(&v1_0())),
        [
            "WrongKey.id: `id` is the key of `microsoft.graph.iosUpdateDeviceStatus`; add `key`",
            "WrongKey.device_id: `deviceId` is not the key of `microsoft.graph.iosUpdateDeviceStatus` (its key is `id`); remove `key`",
        ]
    );
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice")]
pub struct WritableComputed {
    #[graph(key)]
    pub id: Option<String>,
    pub compliance_state: Option<serde_json::Value>,
    #[graph(immutable)]
    pub device_name: Option<String>,
    #[graph(rename = "azureADDeviceId")]
    pub azure_ad_device_id: Option<String>,
}

#[test]
fn a_missing_read_only_on_a_computed_property() {
    assert_eq!(
        messages(verify::<WritableComputed>(&v1_0())),
        [
            "WritableComputed.compliance_state: `complianceState` is computed in the schema: the server owns it; add `read_only`",
            "WritableComputed.azure_ad_device_id: `azureADDeviceId` is computed in the schema: the server owns it; add `read_only`",
        ]
    );
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfigurationState",
    path = "/managedDevices/{managedDevicesId}/deviceConfigurationStates/{deviceConfigurationStateId}",
    path = "/users/{id}/managedDevices/{deviceId}/deviceConfigurationStates/{stateId}"
)]
pub struct UnreachablePath {
    #[graph(key)]
    pub id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementPartner",
    path = "/deviceManagement/partners/{partnerId}"
)]
pub struct NearbyPath {
    #[graph(key)]
    pub id: Option<String>,
}

#[test]
fn a_path_the_schema_cannot_reach_with_the_nearest_real_path() {
    let metadata = v1_0();
    // The second path names its placeholders otherwise and is fine.
    assert_eq!(
        messages(verify::<UnreachablePath>(&metadata)),
        ["UnreachablePath: path `/managedDevices/{managedDevicesId}/deviceConfigurationStates/{deviceConfigurationStateId}` is not one the schema reaches; nearest: `/me/managedDevices/{managedDeviceId}/deviceConfigurationStates/{deviceConfigurationStateId}`"]
    );
    assert_eq!(
        messages(verify::<NearbyPath>(&metadata)),
        ["NearbyPath: path `/deviceManagement/partners/{partnerId}` is not one the schema reaches; nearest: `/deviceManagement/deviceManagementPartners/{deviceManagementPartnerId}`"]
    );
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.settingSource")]
pub struct EntityForComplex {
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory", complex, abstract)]
pub struct ComplexForEntity {
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfiguration")]
pub struct NotAbstract {
    #[graph(key)]
    pub id: Option<String>,
}

#[test]
fn complex_and_abstract_disagreeing() {
    let metadata = v1_0();
    assert_eq!(
        messages(verify_all(
            &[EntityForComplex::DESCRIPTION, ComplexForEntity::DESCRIPTION, NotAbstract::DESCRIPTION],
            &metadata
        )),
        [
            "EntityForComplex: `microsoft.graph.settingSource` is a complex type; add `complex`",
            "ComplexForEntity: `microsoft.graph.deviceCategory` is an entity type; remove `complex`",
            "ComplexForEntity: `microsoft.graph.deviceCategory` is not abstract in the schema; remove `abstract`",
            "NotAbstract: `microsoft.graph.deviceConfiguration` is abstract in the schema; add `abstract`",
        ]
    );
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice")]
pub struct Navigations {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(navigation)]
    pub device_configuration_states: Option<Vec<ConfigurationState>>,
    #[graph(navigation)]
    pub device_category: Option<Vec<serde_json::Value>>,
    pub users: Option<Vec<serde_json::Value>>,
    #[graph(navigation)]
    pub device_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfigurationState")]
pub struct ConfigurationState {
    #[graph(key)]
    pub id: Option<String>,
}

#[test]
fn navigation_fields() {
    assert_eq!(
        messages(verify::<Navigations>(&v1_0())),
        [
            "Navigations.device_category: `deviceCategory` is `microsoft.graph.deviceCategory` in the schema, the field is `Collection(Edm.Untyped)`; use a struct of `microsoft.graph.deviceCategory`",
            "Navigations.users: `users` is a navigation property of `microsoft.graph.managedDevice`; add `navigation`",
            "Navigations.device_name: `deviceName` is a structural property of `microsoft.graph.managedDevice`, not a navigation property; remove `navigation`",
        ]
    );
}

/// A polymorphic enum verifies each variant's struct.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfiguration")]
pub enum Configuration {
    Custom(RightConfiguration),
    Wrong(EntityForComplex),
}

#[test]
fn polymorphic_enums_verify_their_variants() {
    assert_eq!(
        messages(verify::<Configuration>(&v1_0())),
        ["EntityForComplex: `microsoft.graph.settingSource` is a complex type; add `complex`"]
    );
}
