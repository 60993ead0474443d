//! `uuid::Uuid` properties and keys (graph-core's `uuid` feature): written
//! hyphenated in lower case, as Graph writes `Edm.Guid`.

use graph_core::{ApiVersion, Cloud, Endpoint, GraphEntity, Patch};
use serde_json::json;
use uuid::Uuid;

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedDevice",
    path = "/deviceManagement/managedDevices/{managedDeviceId}",
    path = "/users/{userId}/managedDevices/{managedDeviceId}"
)]
pub struct ManagedDevice {
    #[graph(key)]
    pub id: Option<Uuid>,
    pub device_name: Option<String>,
    #[graph(rename = "azureADDeviceId")]
    pub azure_ad_device_id: Option<Uuid>,
    #[graph(read_only)]
    pub user_id: Option<Uuid>,
}

/// A key that is not an `Option`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories/{deviceCategoryId}"
)]
pub struct DeviceCategory {
    #[graph(key)]
    pub id: Uuid,
    pub display_name: Option<String>,
    pub tenant: Uuid,
}

const DEVICE: Uuid = Uuid::from_u128(0x0fd53a1f_5a73_4b1c_9e0d_7b2a3c4d5e6f);
const AZURE: Uuid = Uuid::from_u128(0xA1B2C3D4_E5F6_4A7B_8C9D_0E1F2A3B4C5D);
const USER: Uuid = Uuid::from_u128(0x3439bcec_bcec_3439_ecbc_3934ecbc3934);

fn device() -> ManagedDevice {
    ManagedDevice {
        id: Some(DEVICE),
        device_name: Some("DESKTOP-JOE".into()),
        azure_ad_device_id: Some(AZURE),
        user_id: Some(USER),
    }
}

#[test]
fn keys_are_written_hyphenated_lower_case() {
    assert_eq!(
        device().key().as_deref(),
        Some("0fd53a1f-5a73-4b1c-9e0d-7b2a3c4d5e6f")
    );
    assert_eq!(ManagedDevice::default().key(), None);
    let category = DeviceCategory {
        id: AZURE,
        display_name: None,
        tenant: Uuid::nil(),
    };
    assert_eq!(
        category.key().as_deref(),
        Some("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")
    );
}

#[test]
fn paths_are_rendered_from_the_key() {
    assert_eq!(
        ManagedDevice::PATHS[1].render_item(&device(), &["u 1"]).unwrap(),
        "/users/u%201/managedDevices/0fd53a1f-5a73-4b1c-9e0d-7b2a3c4d5e6f"
    );
    let endpoint = Endpoint::new(Cloud::Global, ApiVersion::Beta);
    let request = endpoint
        .get::<ManagedDevice>(&[&DEVICE.to_string()])
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/beta/deviceManagement/managedDevices/0fd53a1f-5a73-4b1c-9e0d-7b2a3c4d5e6f?$select=id,deviceName,azureADDeviceId,userId"
    );

    let request = endpoint.update(&device(), &[]).build().unwrap();
    assert_eq!(request.method(), "PATCH");
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/beta/deviceManagement/managedDevices/0fd53a1f-5a73-4b1c-9e0d-7b2a3c4d5e6f"
    );
    assert_eq!(
        String::from_utf8(request.body().clone()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.managedDevice","deviceName":"DESKTOP-JOE","azureADDeviceId":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"}"##
    );

    let error = endpoint
        .update(&ManagedDevice::default(), &[])
        .build()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "the entity has no key for placeholder `{managedDeviceId}` of path template \
         `/deviceManagement/managedDevices/{managedDeviceId}`; set its key field"
    );
}

#[test]
fn full_representation_reads_and_writes_lower_case() {
    let value: ManagedDevice = serde_json::from_value(json!({
        "@odata.type": "#microsoft.graph.managedDevice",
        "id": "0FD53A1F-5A73-4B1C-9E0D-7B2A3C4D5E6F",
        "deviceName": "DESKTOP-JOE",
        "azureADDeviceId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        "userId": "3439bcec-bcec-3439-ecbc-3934ecbc3934"
    }))
    .unwrap();
    assert_eq!(value, device());
    assert_eq!(
        serde_json::to_string(&value).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.managedDevice","id":"0fd53a1f-5a73-4b1c-9e0d-7b2a3c4d5e6f","deviceName":"DESKTOP-JOE","azureADDeviceId":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","userId":"3439bcec-bcec-3439-ecbc-3934ecbc3934"}"##
    );

    let category: DeviceCategory = serde_json::from_str(
        r#"{"id":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","tenant":"00000000-0000-0000-0000-000000000000"}"#,
    )
    .unwrap();
    assert_eq!(category.id, AZURE);
    assert_eq!(
        serde_json::to_string(&category.update_body()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.deviceCategory","tenant":"00000000-0000-0000-0000-000000000000"}"##
    );
}

#[test]
fn patches_send_a_changed_guid() {
    let old = device();
    let mut new = old.clone();
    new.azure_ad_device_id = Some(USER);
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.managedDevice","azureADDeviceId":"3439bcec-bcec-3439-ecbc-3934ecbc3934"}"##
    );
    new.azure_ad_device_id = None;
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.managedDevice","azureADDeviceId":null}"##
    );
    assert!(old.changes_since(&old).is_empty());

    let patch = ManagedDevice::patch().azure_ad_device_id(AZURE);
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.managedDevice","azureADDeviceId":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"}"##
    );
    let endpoint = Endpoint::default();
    let request = endpoint
        .update_changes(&new, &old, &["u1"])
        .path_index(1)
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/v1.0/users/u1/managedDevices/0fd53a1f-5a73-4b1c-9e0d-7b2a3c4d5e6f"
    );
}

#[test]
fn bad_guid_text_is_an_error_naming_the_property() {
    let error = serde_json::from_str::<ManagedDevice>(r#"{"azureADDeviceId":"not-a-guid"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "azureADDeviceId: UUID parsing failed: invalid character: found `n` at 0 at line 1 column 32"
    );
    let error = serde_json::from_str::<ManagedDevice>(r#"{"id":"0fd53a1f-5a73-4b1c-9e0d"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "id: UUID parsing failed: invalid group count: expected 5, found 4 at line 1 column 32"
    );
    let error =
        serde_json::from_str::<DeviceCategory>(r#"{"id":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","tenant":7}"#)
            .unwrap_err();
    assert_eq!(
        error.to_string(),
        "tenant: invalid type: integer `7`, expected a formatted UUID string at line 1 column 56"
    );
    let error =
        serde_json::from_str::<DeviceCategory>(r#"{"tenant":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"}"#)
            .unwrap_err();
    assert_eq!(error.to_string(), "missing field `id` at line 1 column 49");
}
