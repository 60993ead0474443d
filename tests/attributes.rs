//! Every field and container attribute, read and written with exact JSON.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use graph_core::{Binary, Creatable, Duration, GraphEntity, Patch};
use serde_json::{json, Map, Value};

/// Writes a `u32` as a string, to prove `with` is used both ways.
mod as_text {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &u32, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "#microsoft.graph.mobileAppContentFile",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/contentVersions/{mobileAppContentId}/files/{mobileAppContentFileId}"
)]
pub struct ContentFile {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(etag)]
    pub etag: Option<String>,
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(rename = "azureStorageUri", read_only)]
    pub azure_storage_uri: Option<String>,
    #[graph(immutable)]
    pub name: Option<String>,
    #[graph(write_only)]
    pub manifest: Option<Binary>,
    pub r#type: Option<String>,
    pub size: i64,
    pub upload_duration: Option<Duration>,
    pub created_on: Option<NaiveDate>,
    pub reminder_time: Option<NaiveTime>,
    pub committed_date_time: Option<DateTime<Utc>>,
    #[graph(with = "as_text")]
    pub chunk_count: u32,
    #[graph(skip)]
    pub local_note: String,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

fn sample() -> Value {
    json!({
        "@odata.type": "#microsoft.graph.mobileAppContentFile",
        "@odata.etag": "W/\"3\"",
        "id": "f1",
        "azureStorageUri": "https://example.com/blob",
        "name": "app.msi",
        "manifest": "AAEC",
        "type": "msi",
        "size": 4096,
        "uploadDuration": "PT3M29.6631862S",
        "createdOn": "2016-12-31",
        "reminderTime": "11:58:49.3840000",
        "committedDateTime": "2017-01-01T00:02:49.3205976Z",
        "chunkCount": "12",
        "isCommitted@odata.type": "Boolean",
        "isCommitted": true
    })
}

#[test]
fn every_attribute_reads_and_writes_back() {
    let file: ContentFile = serde_json::from_value(sample()).unwrap();
    assert_eq!(file.etag.as_deref(), Some("W/\"3\""));
    assert_eq!(
        file.odata_type.as_deref(),
        Some("microsoft.graph.mobileAppContentFile")
    );
    assert_eq!(file.manifest, Some(Binary(vec![0, 1, 2])));
    assert_eq!(file.r#type.as_deref(), Some("msi"));
    assert_eq!(file.upload_duration.map(|d| d.as_nanos()), Some(209_663_186_200));
    assert_eq!(file.chunk_count, 12);
    assert_eq!(file.local_note, "");
    assert_eq!(
        file.extra.keys().collect::<Vec<_>>(),
        ["isCommitted", "isCommitted@odata.type"]
    );
    assert_eq!(serde_json::to_value(&file).unwrap(), sample());
    assert_eq!(file.key().as_deref(), Some("f1"));
    assert_eq!(file.etag(), Some("W/\"3\""));
}

#[test]
fn bodies_follow_the_roles() {
    let mut file: ContentFile = serde_json::from_value(sample()).unwrap();
    file.local_note = "never sent".into();
    assert_eq!(
        serde_json::to_value(file.update_body()).unwrap(),
        json!({
            "@odata.type": "#microsoft.graph.mobileAppContentFile",
            "manifest": "AAEC",
            "type": "msi",
            "size": 4096,
            "uploadDuration": "PT3M29.6631862S",
            "createdOn": "2016-12-31",
            "reminderTime": "11:58:49.3840000",
            "committedDateTime": "2017-01-01T00:02:49.3205976Z",
            "chunkCount": "12"
        })
    );
    let create = serde_json::to_value(file.create_body()).unwrap();
    assert_eq!(create["name"], "app.msi");
    assert_eq!(create.get("id"), None);
    assert_eq!(create.get("azureStorageUri"), None);
    assert_eq!(create.get("isCommitted"), None);
}

#[test]
fn patches_of_every_kind_of_field() {
    let old: ContentFile = serde_json::from_value(sample()).unwrap();
    let mut new = old.clone();
    new.name = Some("renamed.msi".into());
    new.size = 8192;
    new.chunk_count = 13;
    new.reminder_time = None;
    new.upload_duration = Some("PT209.6631862S".parse().unwrap());
    let patch = new.changes_since(&old);
    assert_eq!(patch.if_match(), Some("W/\"3\""));
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.mobileAppContentFile","size":8192,"reminderTime":null,"chunkCount":"13"}"##
    );
    let built = ContentFile::patch()
        .size(8192_i64)
        .clear_reminder_time()
        .chunk_count(13_u32)
        .r#type("msix")
        .clear_type();
    assert_eq!(
        serde_json::to_string(&built).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.mobileAppContentFile","type":null,"size":8192,"reminderTime":null,"chunkCount":"13"}"##
    );
}

#[test]
fn a_required_property_must_be_there() {
    let error = serde_json::from_str::<ContentFile>(r#"{"chunkCount": "1"}"#).unwrap_err();
    assert_eq!(error.to_string(), "missing field `size` at line 1 column 19");
    let error = serde_json::from_str::<ContentFile>(r#"{"size": 1, "chunkCount": "x"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "chunkCount: invalid digit found in string at line 1 column 30"
    );
}

#[test]
fn an_odata_type_field_keeps_a_derived_type() {
    let text = r##"{"@odata.type":"#microsoft.graph.mobileAppContentScriptFile","size":1,"chunkCount":"1"}"##;
    let file: ContentFile = serde_json::from_str(text).unwrap();
    assert_eq!(
        file.odata_type.as_deref(),
        Some("microsoft.graph.mobileAppContentScriptFile")
    );
    assert_eq!(serde_json::to_string(&file).unwrap(), text);
    let patch = file.changes_since(&file);
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.mobileAppContentScriptFile"}"##
    );
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedAppPolicy", abstract)]
pub struct ManagedAppPolicy {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
}

#[test]
fn an_abstract_type_reads_any_derived_type() {
    let policy: ManagedAppPolicy = serde_json::from_str(
        r##"{"@odata.type":"#microsoft.graph.iosManagedAppProtection","id":"p","displayName":"d"}"##,
    )
    .unwrap();
    assert_eq!(policy.display_name.as_deref(), Some("d"));
    assert_eq!(
        serde_json::to_string(&policy.update_body()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.managedAppPolicy","displayName":"d"}"##
    );
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.windowsInformationProtectionApp", complex)]
pub struct ProtectedApp {
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.targetedManagedAppConfiguration",
    path = "/deviceAppManagement/targetedManagedAppConfigurations/{targetedManagedAppConfigurationId}"
)]
pub struct Holder {
    #[graph(key)]
    pub id: Option<String>,
    pub apps: Option<Vec<ProtectedApp>>,
    pub main_app: Option<ProtectedApp>,
}

#[test]
fn nested_complex_values_check_their_type() {
    let error = serde_json::from_str::<Holder>(
        r#"{"apps": [{"@odata.type": "microsoft.graph.windowsInformationProtectionApp"}, {"@odata.type": "microsoft.graph.other"}]}"#,
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "apps[1]: expected @odata.type microsoft.graph.windowsInformationProtectionApp, found microsoft.graph.other at line 1 column 120"
    );
    let holder: Holder = serde_json::from_str(r#"{"mainApp": null, "apps": []}"#).unwrap();
    assert_eq!(
        holder,
        Holder {
            apps: Some(vec![]),
            ..Default::default()
        }
    );
}
