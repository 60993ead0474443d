//! Exact bodies at every depth: complex values inside bodies and patches
//! are written in their own body form (no server-owned members, no
//! annotations, `immutable` only when creating, `extra` members kept), a
//! replaced complex value clears what it lost with `null`, navigation
//! properties are read but never sent, `@odata.bind` is sent but never
//! read, and aliases of chrono types keep Graph's format.

use chrono::{DateTime, FixedOffset};
use graph_core::{Change, Creatable, Endpoint, GraphEntity, Patch, UnknownEntity};
use graph_entity::seeds::*;
use serde_json::{json, Map, Value};

/// The issue's example: a complex type with a server-owned member.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.schedule", complex)]
pub struct Schedule {
    pub start: Option<String>,
    #[graph(read_only)]
    pub computed_by_server: Option<i32>,
    pub end: Option<String>,
    #[graph(immutable)]
    pub time_zone: Option<String>,
    pub window: Option<Window>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// A complex value two levels down.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.window", complex)]
pub struct Window {
    pub days: Option<Vec<String>>,
    #[graph(read_only)]
    pub evaluated: Option<bool>,
    pub hours: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.thing", path = "/things/{thingId}")]
pub struct Thing {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub schedule: Option<Schedule>,
    pub schedules: Option<Vec<Schedule>>,
    pub boxed: Option<Box<Schedule>>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

fn read<T: GraphEntity>(value: Value) -> T {
    serde_json::from_value(value).expect("reads")
}

fn body(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).expect("writes")
}

fn thing() -> Thing {
    read(json!({
        "@odata.type": "#microsoft.graph.thing",
        "@odata.etag": "W/\"1\"",
        "id": "t1",
        "displayName": "Thing",
        "schedule": {
            "@odata.type": "microsoft.graph.schedule",
            "start": "08:00",
            "computedByServer": 5,
            "end": "17:00",
            "timeZone": "UTC",
            "window": {"@odata.type": "microsoft.graph.window", "days": ["monday"], "evaluated": true, "hours": 8},
            "holidays@odata.navigationLink": "https://graph.microsoft.com/v1.0/x",
            "@odata.id": "schedules/1",
            "label": "office hours"
        },
        "topLevelUnknown": 1
    }))
}

#[test]
fn nested_read_only_members_and_annotations_are_never_sent() {
    let thing = thing();
    assert_eq!(
        serde_json::to_string(&thing.update_body()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.thing","displayName":"Thing","schedule":{"@odata.type":"microsoft.graph.schedule","start":"08:00","end":"17:00","window":{"@odata.type":"microsoft.graph.window","days":["monday"],"hours":8},"label":"office hours"}}"##,
    );
    // Immutable nested members go out when creating; the top-level extra never does.
    assert_eq!(
        serde_json::to_string(&thing.create_body()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.thing","displayName":"Thing","schedule":{"@odata.type":"microsoft.graph.schedule","start":"08:00","end":"17:00","timeZone":"UTC","window":{"@odata.type":"microsoft.graph.window","days":["monday"],"hours":8},"label":"office hours"}}"##,
    );
}

#[test]
fn the_full_representation_stays_lossless() {
    let thing = thing();
    assert_eq!(
        body(&thing),
        json!({
            "@odata.type": "#microsoft.graph.thing",
            "@odata.etag": "W/\"1\"",
            "id": "t1",
            "displayName": "Thing",
            "schedule": {
                "@odata.type": "microsoft.graph.schedule",
                "start": "08:00",
                "computedByServer": 5,
                "end": "17:00",
                "timeZone": "UTC",
                "window": {"@odata.type": "microsoft.graph.window", "days": ["monday"], "evaluated": true, "hours": 8},
                "holidays@odata.navigationLink": "https://graph.microsoft.com/v1.0/x",
                "@odata.id": "schedules/1",
                "label": "office hours"
            },
            "topLevelUnknown": 1
        })
    );
    assert_eq!(read::<Thing>(body(&thing)), thing);
}

/// The members written `null` come after the members that are set.
#[test]
fn clearing_a_nested_member_sends_null() {
    let old = thing();
    let mut new = old.clone();
    let schedule = new.schedule.as_mut().unwrap();
    schedule.end = None;
    schedule.window.as_mut().unwrap().hours = None;
    schedule.extra.remove("label");
    let patch = new.changes_since(&old);
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.thing","schedule":{"@odata.type":"microsoft.graph.schedule","start":"08:00","window":{"@odata.type":"microsoft.graph.window","days":["monday"],"hours":null},"end":null,"label":null}}"##,
    );
    assert!(matches!(patch.schedule, Change::Replace { .. }));
    // Clearing the whole value is one null.
    new.schedule = None;
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.thing","schedule":null}"##,
    );
    // The builder knows no old value: the value it is given, in body form.
    let patch = Thing::patch().schedule(Schedule {
        start: Some("09:00".into()),
        computed_by_server: Some(1),
        time_zone: Some("UTC".into()),
        ..Default::default()
    });
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.thing","schedule":{"@odata.type":"microsoft.graph.schedule","start":"09:00"}}"##,
    );
}

#[test]
fn a_changed_collection_is_sent_whole_in_body_form() {
    let mut old = thing();
    old.schedules = Some(vec![
        Schedule {
            start: Some("a".into()),
            end: Some("b".into()),
            computed_by_server: Some(1),
            ..Default::default()
        },
        Schedule {
            start: Some("c".into()),
            ..Default::default()
        },
    ]);
    let mut new = old.clone();
    new.schedules.as_mut().unwrap()[0].end = None;
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.thing","schedules":[{"@odata.type":"microsoft.graph.schedule","start":"a"},{"@odata.type":"microsoft.graph.schedule","start":"c"}]}"##,
    );
    assert_eq!(
        body(&new.update_body())["schedules"],
        json!([
            {"@odata.type": "microsoft.graph.schedule", "start": "a"},
            {"@odata.type": "microsoft.graph.schedule", "start": "c"}
        ])
    );
}

#[test]
fn boxed_values_have_their_body_form_too() {
    let old = Thing {
        boxed: Some(Box::new(Schedule {
            start: Some("a".into()),
            end: Some("b".into()),
            computed_by_server: Some(3),
            ..Default::default()
        })),
        ..Default::default()
    };
    let mut new = old.clone();
    new.boxed.as_mut().unwrap().end = None;
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.thing","boxed":{"@odata.type":"microsoft.graph.schedule","start":"a","end":null}}"##,
    );
}

/// A nested value read through its base type keeps its type name and its
/// derived members (in `extra`), as Intune's assignment targets are.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceAndAppManagementAssignmentTarget",
    complex,
    abstract
)]
pub struct AssignmentTarget {
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    #[graph(read_only)]
    pub device_and_app_management_assignment_filter_type: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceCompliancePolicyAssignment",
    path = "/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}/assignments/{deviceCompliancePolicyAssignmentId}"
)]
pub struct DeviceCompliancePolicyAssignment {
    #[graph(key)]
    pub id: Option<String>,
    pub target: Option<AssignmentTarget>,
}

/// The same target as a polymorphic enum of its derived types.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.groupAssignmentTarget", complex)]
pub struct GroupAssignmentTarget {
    pub group_id: Option<String>,
    #[graph(read_only)]
    pub device_and_app_management_assignment_filter_type: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.allDevicesAssignmentTarget", complex)]
pub struct AllDevicesAssignmentTarget {
    #[graph(read_only)]
    pub device_and_app_management_assignment_filter_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceAndAppManagementAssignmentTarget",
    abstract
)]
pub enum AnyAssignmentTarget {
    Group(GroupAssignmentTarget),
    AllDevices(AllDevicesAssignmentTarget),
    #[graph(other)]
    Other(UnknownEntity),
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfigurationAssignment",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/assignments/{deviceConfigurationAssignmentId}"
)]
pub struct DeviceConfigurationAssignment {
    #[graph(key)]
    pub id: Option<String>,
    pub target: Option<AnyAssignmentTarget>,
    pub targets: Option<Vec<AnyAssignmentTarget>>,
}

#[test]
fn a_base_type_with_an_odata_type_field_keeps_the_derived_type_and_members() {
    let assignment: DeviceCompliancePolicyAssignment = read(json!({
        "@odata.type": "#microsoft.graph.deviceCompliancePolicyAssignment",
        "id": "a1",
        "target": {
            "@odata.type": "#microsoft.graph.groupAssignmentTarget",
            "deviceAndAppManagementAssignmentFilterType": "none",
            "groupId": "g1",
            "groupId@odata.context": "annotation"
        }
    }));
    assert_eq!(
        serde_json::to_string(&assignment.create_body()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.deviceCompliancePolicyAssignment","target":{"@odata.type":"microsoft.graph.groupAssignmentTarget","groupId":"g1"}}"##,
    );
    let mut moved = assignment.clone();
    moved
        .target
        .as_mut()
        .unwrap()
        .extra
        .insert("groupId".into(), json!("g2"));
    assert_eq!(
        serde_json::to_string(&moved.changes_since(&assignment)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.deviceCompliancePolicyAssignment","target":{"@odata.type":"microsoft.graph.groupAssignmentTarget","groupId":"g2"}}"##,
    );
}

#[test]
fn nested_polymorphic_values_are_written_as_their_variant_body() {
    let old: DeviceConfigurationAssignment = read(json!({
        "@odata.type": "#microsoft.graph.deviceConfigurationAssignment",
        "id": "a1",
        "target": {
            "@odata.type": "#microsoft.graph.groupAssignmentTarget",
            "deviceAndAppManagementAssignmentFilterType": "include",
            "groupId": "g1"
        },
        "targets": [
            {"@odata.type": "#microsoft.graph.allDevicesAssignmentTarget", "deviceAndAppManagementAssignmentFilterType": "none"},
            {"@odata.type": "#microsoft.graph.futureAssignmentTarget", "scope": "all", "@odata.id": "x"}
        ]
    }));
    assert_eq!(
        serde_json::to_string(&old.update_body()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.deviceConfigurationAssignment","target":{"@odata.type":"microsoft.graph.groupAssignmentTarget","groupId":"g1"},"targets":[{"@odata.type":"microsoft.graph.allDevicesAssignmentTarget"},{"@odata.type":"#microsoft.graph.futureAssignmentTarget","scope":"all"}]}"##,
    );
    let mut new = old.clone();
    let Some(AnyAssignmentTarget::Group(group)) = new.target.as_mut() else {
        panic!("a group target");
    };
    group.group_id = None;
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.deviceConfigurationAssignment","target":{"@odata.type":"microsoft.graph.groupAssignmentTarget","groupId":null}}"##,
    );
    // Another variant replaces the value: nothing of the old one to clear.
    new.target = Some(AnyAssignmentTarget::AllDevices(
        AllDevicesAssignmentTarget::default(),
    ));
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.deviceConfigurationAssignment","target":{"@odata.type":"microsoft.graph.allDevicesAssignmentTarget"}}"##,
    );
}

#[test]
fn seeds_nested_collections_in_body_form() {
    let text = std::fs::read_to_string("tests/data/seeds/device_configuration_state.response.json").unwrap();
    let old: DeviceConfigurationState = serde_json::from_str(&text).unwrap();
    let mut new = old.clone();
    let state = &mut new.setting_states.as_mut().unwrap()[0];
    state.user_email = None;
    state.sources.as_mut().unwrap()[0].display_name = None;
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).unwrap(),
        r##"{"settingStates":[{"@odata.type":"microsoft.graph.deviceConfigurationSettingState","setting":"Setting value","settingName":"Setting Name value","instanceDisplayName":"Instance Display Name value","state":"notApplicable","errorCode":9,"errorDescription":"Error Description value","userId":"User Id value","userName":"User Name value","userPrincipalName":"User Principal Name value","sources":[{"@odata.type":"microsoft.graph.settingSource","id":"Id value"}],"currentValue":"Current Value value"}]}"##,
    );

    let text =
        std::fs::read_to_string("tests/data/seeds/embedded_sim_activation_code_pool.response.json").unwrap();
    let old: EmbeddedSimActivationCodePool = serde_json::from_str(&text).unwrap();
    let mut new = old.clone();
    new.activation_codes
        .as_mut()
        .unwrap()
        .push(EmbeddedSimActivationCode {
            integrated_circuit_card_identifier: Some("8901".into()),
            ..Default::default()
        });
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.embeddedSIMActivationCodePool","activationCodes":[{"@odata.type":"microsoft.graph.embeddedSIMActivationCode","integratedCircuitCardIdentifier":"Integrated Circuit Card Identifier value","matchingIdentifier":"Matching Identifier value","smdpPlusServerAddress":"Smdp Plus Server Address value"},{"@odata.type":"microsoft.graph.embeddedSIMActivationCode","integratedCircuitCardIdentifier":"8901"}]}"##,
    );
}

/// A navigation property and entity links.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub struct DeviceConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    #[graph(navigation)]
    pub assignments: Option<Vec<DeviceConfigurationAssignment>>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.group", path = "/groups/{groupId}")]
pub struct Group {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    #[graph(bind = "members")]
    pub member_urls: Vec<String>,
    #[graph(bind = "owners")]
    pub owner_urls: Option<Vec<String>>,
    #[graph(bind = "manager")]
    pub manager_url: Option<String>,
}

#[test]
fn navigation_properties_are_read_and_kept_but_never_sent() {
    let text = r##"{"@odata.type":"#microsoft.graph.deviceConfiguration","id":"c1","displayName":"Wi-Fi","assignments":[{"@odata.type":"#microsoft.graph.deviceConfigurationAssignment","id":"a1","target":{"@odata.type":"microsoft.graph.allDevicesAssignmentTarget","deviceAndAppManagementAssignmentFilterType":"none"}}]}"##;
    let old: DeviceConfiguration = serde_json::from_str(text).unwrap();
    assert_eq!(old.assignments.as_ref().map(Vec::len), Some(1));
    assert_eq!(serde_json::to_string(&old).unwrap(), text);
    assert_eq!(
        serde_json::to_string(&old.update_body()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.deviceConfiguration","displayName":"Wi-Fi"}"##,
    );
    assert_eq!(
        serde_json::to_string(&old.create_body()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.deviceConfiguration","displayName":"Wi-Fi"}"##,
    );
    let mut new = old.clone();
    new.assignments = None;
    assert!(new.changes_since(&old).is_empty());
    assert_eq!(DeviceConfiguration::PROPERTIES, ["id", "displayName"]);
    let request = Endpoint::default()
        .get::<DeviceConfiguration>(&["c1"])
        .expand("assignments")
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/v1.0/deviceManagement/deviceConfigurations/c1?$select=id,displayName&$expand=assignments"
    );
    let refused = Endpoint::default()
        .list::<DeviceConfiguration>(&[])
        .expand("settings")
        .build();
    assert_eq!(
        refused.unwrap_err().to_string(),
        "`settings` is not a navigation field of the microsoft.graph.deviceConfiguration struct; $expand takes fields marked #[graph(navigation)]"
    );
}

#[test]
fn bind_fields_are_sent_as_odata_bind_and_never_read() {
    let group = Group {
        id: Some("g1".into()),
        display_name: Some("Phones".into()),
        member_urls: vec!["https://graph.microsoft.com/v1.0/directoryObjects/u1".into()],
        owner_urls: None,
        manager_url: Some("https://graph.microsoft.com/v1.0/users/u2".into()),
    };
    assert_eq!(
        serde_json::to_string(&group.create_body()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.group","displayName":"Phones","members@odata.bind":["https://graph.microsoft.com/v1.0/directoryObjects/u1"],"manager@odata.bind":"https://graph.microsoft.com/v1.0/users/u2"}"##,
    );
    assert_eq!(
        serde_json::to_string(&group).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.group","id":"g1","displayName":"Phones"}"##,
    );
    let read: Group = serde_json::from_str(
        r##"{"id":"g1","members@odata.bind":["https://graph.microsoft.com/v1.0/directoryObjects/u1"],"members":[]}"##,
    )
    .unwrap();
    assert_eq!(
        read,
        Group {
            id: Some("g1".into()),
            ..Default::default()
        }
    );
    let patch = Group::patch().owner_urls(vec!["https://graph.microsoft.com/v1.0/users/u3".to_owned()]);
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.group","owners@odata.bind":["https://graph.microsoft.com/v1.0/users/u3"]}"##,
    );
    let mut more = group.clone();
    more.member_urls
        .push("https://graph.microsoft.com/v1.0/directoryObjects/u4".into());
    assert_eq!(
        serde_json::to_string(&more.changes_since(&group)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.group","members@odata.bind":["https://graph.microsoft.com/v1.0/directoryObjects/u1","https://graph.microsoft.com/v1.0/directoryObjects/u4"]}"##,
    );
}

/// Aliases of chrono's types, with chrono's own `serde` feature on (this
/// package's dev-dependencies turn it on): still Graph's format.
type When = DateTime<FixedOffset>;
type MaybeWhen = Option<When>;

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.event", complex)]
pub struct Event {
    pub at: Option<When>,
    pub required_at: When,
    pub times: Option<Vec<When>>,
    pub maybe: MaybeWhen,
}

#[test]
fn aliased_date_times_keep_graphs_format_with_chronos_serde_on() {
    let text = r##"{"@odata.type":"microsoft.graph.event","at":"2017-01-01T00:02:49.3205976-08:00","requiredAt":"2017-01-01T08:02:49Z","times":["2017-01-01T00:00:00.1-08:00"],"maybe":"2016-12-31T23:59:59.9999999Z"}"##;
    let event: Event = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::to_string(&event).unwrap(), text);
    assert_eq!(
        serde_json::to_string(&event.update_body()).unwrap(),
        r##"{"@odata.type":"microsoft.graph.event","at":"2017-01-01T00:02:49.3205976-08:00","requiredAt":"2017-01-01T08:02:49Z","times":["2017-01-01T00:00:00.1-08:00"],"maybe":"2016-12-31T23:59:59.9999999Z"}"##,
    );
    let mut later = event.clone();
    later.at = Some(DateTime::parse_from_rfc3339("2018-01-01T00:00:00.5+01:00").unwrap());
    assert_eq!(
        serde_json::to_string(&later.changes_since(&event)).unwrap(),
        r##"{"@odata.type":"microsoft.graph.event","at":"2018-01-01T00:00:00.5+01:00"}"##,
    );
    let error = serde_json::from_str::<Event>(r##"{"requiredAt":"2017-01-01"}"##).unwrap_err();
    assert_eq!(
        error.to_string(),
        "requiredAt: invalid DateTimeOffset `2017-01-01`: expected RFC 3339 such as 2017-01-01T00:02:49.3205976-08:00 at line 1 column 27"
    );
}

#[test]
fn patch_of_entity_with_etag_keeps_if_match() {
    let old = thing();
    let mut new = old.clone();
    new.schedule.as_mut().unwrap().start = Some("07:00".into());
    assert_eq!(new.changes_since(&old).if_match(), None);
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.thing","schedule":{"@odata.type":"microsoft.graph.schedule","start":"07:00","end":"17:00","window":{"@odata.type":"microsoft.graph.window","days":["monday"],"hours":8},"label":"office hours"}}"##,
    );
}

/// An entity with a key and an etag, to be boxed.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories/{deviceCategoryId}"
)]
pub struct Category {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(etag)]
    pub etag: Option<String>,
    pub display_name: Option<String>,
}

#[test]
fn a_boxed_entity_answers_for_the_value_it_holds() {
    let old = Box::new(Category {
        id: Some("c1".into()),
        etag: Some("W/\"4\"".into()),
        display_name: Some("Phones".into()),
    });
    assert_eq!(<Box<Category> as GraphEntity>::key(&old).as_deref(), Some("c1"));
    assert_eq!(<Box<Category> as GraphEntity>::etag(&old), Some("W/\"4\""));
    let empty = Box::new(Category::default());
    assert_eq!(<Box<Category> as GraphEntity>::key(&empty), None);
    assert_eq!(<Box<Category> as GraphEntity>::etag(&empty), None);
    let mut new = old.clone();
    new.display_name = Some("Mobile phones".into());
    let patch = <Box<Category> as GraphEntity>::changes_since(&new, &old);
    assert_eq!(patch.if_match(), Some("W/\"4\""));
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.deviceCategory","displayName":"Mobile phones"}"##,
    );
}

/// Fields whose type hides an `Option` from the derive (behind `Box` or an
/// alias): an absent property reads as `None`, as for `Option<T>`.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.note", complex)]
pub struct Note {
    pub text: Box<Option<String>>,
    pub at: MaybeWhen,
    pub boxed_at: Box<Option<DateTime<FixedOffset>>>,
}

#[test]
fn hidden_options_read_as_none_when_absent() {
    let note: Note = serde_json::from_str(r#"{}"#).unwrap();
    assert_eq!(
        note,
        Note {
            text: Box::new(None),
            at: None,
            boxed_at: Box::new(None),
        }
    );
    let note: Note = serde_json::from_str(
        r#"{"text":"hi","at":"2017-01-01T08:02:49Z","boxedAt":"2017-01-01T08:02:49.5+02:00"}"#,
    )
    .unwrap();
    assert_eq!(*note.text, Some("hi".to_owned()));
    assert_eq!(
        serde_json::to_value(&note).unwrap()["boxedAt"],
        "2017-01-01T08:02:49.5+02:00"
    );
    assert_eq!(
        note.at,
        Some(DateTime::parse_from_rfc3339("2017-01-01T08:02:49Z").unwrap())
    );
    let event: Event = serde_json::from_str(r#"{"requiredAt":"2017-01-01T08:02:49Z"}"#).unwrap();
    assert_eq!((event.at, event.times, event.maybe), (None, None, None));
    let error = serde_json::from_str::<Event>(r#"{"maybe":null}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "missing field `requiredAt` at line 1 column 14"
    );
}

/// A generic complex type: the type of its value is a parameter.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.keyTypedValuePair", complex)]
pub struct Pair<V: serde::Serialize + serde::de::DeserializeOwned + Clone + PartialEq> {
    pub key: Option<String>,
    pub value: Option<V>,
}

#[test]
fn generic_types_read_and_write() {
    let text = r#"{"@odata.type":"microsoft.graph.keyTypedValuePair","key":"retries","value":3}"#;
    let pair: Pair<i32> = serde_json::from_str(text).unwrap();
    assert_eq!(
        pair,
        Pair {
            key: Some("retries".into()),
            value: Some(3)
        }
    );
    assert_eq!(serde_json::to_string(&pair).unwrap(), text);
    let error = serde_json::from_str::<Pair<bool>>(text).unwrap_err();
    assert_eq!(
        error.to_string(),
        "value: invalid type: integer `3`, expected a boolean at line 1 column 77"
    );
}

/// Required collections of each kind the derive reads: plain, in Graph's
/// wire format, and asked of the compiler.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.schedule", complex)]
pub struct Lists {
    pub names: Vec<String>,
    pub times: Vec<DateTime<FixedOffset>>,
    pub notes: Vec<Note>,
}

#[test]
fn absent_required_collections_are_missing_fields() {
    for (text, missing) in [
        (r#"{"times":[],"notes":[]}"#, "names"),
        (r#"{"names":[],"notes":[]}"#, "times"),
        (r#"{"names":[],"times":[]}"#, "notes"),
    ] {
        let error = serde_json::from_str::<Lists>(text).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!("missing field `{missing}` at line 1 column 23")
        );
    }
    let lists: Lists =
        serde_json::from_str(r#"{"names":["a"],"times":["2017-01-01T08:02:49Z"],"notes":[{}]}"#).unwrap();
    assert_eq!(lists.names, ["a"]);
    assert_eq!(lists.times.len(), 1);
    assert_eq!(lists.notes, [Note::default()]);
}
