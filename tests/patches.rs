//! PATCH bodies that send exactly what changed.

use chrono::DateTime;
use graph_core::{GraphEntity, Patch};
use graph_entity::seeds::*;
use serde_json::{json, Value};

fn read<T: GraphEntity>(text: &str) -> T {
    serde_json::from_str(text).expect("the seed response reads")
}

fn json_of<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("serializes")
}

#[test]
fn embedded_sim_device_state_change_and_clear() {
    let old: EmbeddedSimDeviceState = read(SEEDS[0].response);
    let mut new = old.clone();
    new.device_name = Some("DESKTOP-JOE".into());
    new.state_details = None;
    assert_eq!(
        json_of(&new.changes_since(&old)),
        json!({"@odata.type": "#microsoft.graph.embeddedSIMDeviceState", "deviceName": "DESKTOP-JOE", "stateDetails": null})
    );
    let built = EmbeddedSimDeviceState::patch()
        .device_name("DESKTOP-JOE")
        .clear_state_details();
    assert_eq!(
        serde_json::to_string(&built).unwrap(),
        serde_json::to_string(&new.changes_since(&old)).unwrap()
    );
}

#[test]
fn embedded_sim_activation_code_pool_collections_are_sent_whole() {
    let old: EmbeddedSimActivationCodePool = read(SEEDS[1].response);
    let mut new = old.clone();
    new.activation_codes
        .get_or_insert_with(Vec::new)
        .push(EmbeddedSimActivationCode {
            matching_identifier: Some("m2".into()),
            ..Default::default()
        });
    new.display_name = None;
    assert_eq!(
        json_of(&new.changes_since(&old)),
        json!({
            "@odata.type": "#microsoft.graph.embeddedSIMActivationCodePool",
            "displayName": null,
            "activationCodes": [
                {
                    "@odata.type": "microsoft.graph.embeddedSIMActivationCode",
                    "integratedCircuitCardIdentifier": "Integrated Circuit Card Identifier value",
                    "matchingIdentifier": "Matching Identifier value",
                    "smdpPlusServerAddress": "Smdp Plus Server Address value"
                },
                {"@odata.type": "microsoft.graph.embeddedSIMActivationCode", "matchingIdentifier": "m2"}
            ]
        })
    );
}

#[test]
fn device_configuration_state_patch_has_no_type() {
    let old: DeviceConfigurationState = read(SEEDS[2].response);
    let mut new = old.clone();
    new.version = Some(8);
    new.platform_type = None;
    assert_eq!(
        json_of(&new.changes_since(&old)),
        json!({"version": 8, "platformType": null})
    );
    assert_eq!(
        serde_json::to_string(&DeviceConfigurationState::patch().state(ComplianceStatus::Compliant)).unwrap(),
        r#"{"state":"compliant"}"#
    );
}

#[test]
fn device_compliance_device_status_change_and_clear() {
    let old: DeviceComplianceDeviceStatus = read(SEEDS[3].response);
    let mut new = old.clone();
    new.last_reported_date_time = Some(DateTime::parse_from_rfc3339("2017-01-02T03:04:05.5-05:00").unwrap());
    new.user_principal_name = None;
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.deviceComplianceDeviceStatus","lastReportedDateTime":"2017-01-02T03:04:05.5-05:00","userPrincipalName":null}"##
    );
}

#[test]
fn ios_update_device_status_change_and_clear() {
    let old: IosUpdateDeviceStatus = read(SEEDS[4].response);
    let mut new = old.clone();
    new.install_status = Some(IosUpdatesInstallStatus::Installing);
    new.os_version = None;
    assert_eq!(
        json_of(&new.changes_since(&old)),
        json!({"@odata.type": "#microsoft.graph.iosUpdateDeviceStatus", "installStatus": "installing", "osVersion": null})
    );
}

#[test]
fn server_owned_properties_never_appear() {
    let old: EmbeddedSimDeviceState = read(SEEDS[0].response);
    let mut new = old.clone();
    new.id = Some("other".into());
    new.created_date_time = None;
    new.modified_date_time = None;
    let patch = new.changes_since(&old);
    assert!(patch.is_empty());
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.embeddedSIMDeviceState"}"##
    );
}

#[test]
fn a_patch_from_a_value_to_itself_is_empty_and_stable() {
    let old: EmbeddedSimActivationCodePool = read(SEEDS[1].response);
    assert!(old.changes_since(&old).is_empty());
    let mut new = old.clone();
    new.activation_code_count = Some(4);
    let patch = new.changes_since(&old);
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        serde_json::to_string(&patch).unwrap()
    );
    assert!(!patch.is_empty());
}

#[test]
fn from_nothing_to_the_response_is_the_request() {
    let response: EmbeddedSimDeviceState = read(SEEDS[0].response);
    let patch = response.changes_since(&EmbeddedSimDeviceState::default());
    assert_eq!(serde_json::to_string(&patch).unwrap(), minify(SEEDS[0].request));
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories/{deviceCategoryId}"
)]
struct DeviceCategory {
    #[graph(key)]
    id: Option<String>,
    #[graph(etag)]
    etag: Option<String>,
    display_name: Option<String>,
    #[graph(immutable)]
    role_scope_tag_ids: Option<Vec<String>>,
}

#[test]
fn the_old_etag_rides_along_as_if_match() {
    let old: DeviceCategory = serde_json::from_str(
        r#"{"@odata.etag": "W/\"1\"", "id": "c1", "displayName": "Phones", "roleScopeTagIds": ["0"]}"#,
    )
    .unwrap();
    assert_eq!(old.etag(), Some("W/\"1\""));
    let mut new = old.clone();
    new.display_name = Some("Tablets".into());
    new.role_scope_tag_ids = None;
    let mut patch = new.changes_since(&old);
    assert_eq!(patch.if_match(), Some("W/\"1\""));
    assert_eq!(
        json_of(&patch),
        json!({"@odata.type": "#microsoft.graph.deviceCategory", "displayName": "Tablets"})
    );
    patch.set_if_match(None);
    assert_eq!(patch.if_match(), None);
    assert_eq!(DeviceCategory::patch().if_match(), None);
    assert_eq!(
        json_of(&old),
        json!({"@odata.type": "#microsoft.graph.deviceCategory", "@odata.etag": "W/\"1\"", "id": "c1", "displayName": "Phones", "roleScopeTagIds": ["0"]})
    );
}
