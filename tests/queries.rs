//! Typed queries: `T::fields()` handles, `$filter` text with every literal
//! kind and hostile values, exactly as it goes into the URL; a proptest that
//! string literals survive rendering, encoding and an OData reader; the full
//! list request of a managed device.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
use graph_core::query::Filter;
use graph_core::{Duration, Endpoint, Flags, GraphEntity, GraphEnum, Query};
use graph_entity::seeds::{
    ComplianceStatus, DeviceComplianceDeviceStatus, DeviceConfigurationState, EmbeddedSimActivationCodePool,
    EmbeddedSimDeviceState, EmbeddedSimDeviceStateValue, IosUpdateDeviceStatus, IosUpdatesInstallStatus,
};
use proptest::prelude::*;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, GraphEnum)]
pub enum ComplianceState {
    Unknown,
    Compliant,
    Noncompliant,
    InGracePeriod,
    #[graph(other)]
    Other(String),
}

#[derive(Debug, Clone, Copy, PartialEq, GraphEnum)]
#[graph(flags)]
pub enum Day {
    Monday,
    Tuesday,
    Saturday,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.hardwareInformation", complex)]
pub struct HardwareInformation {
    pub serial_number: Option<String>,
    pub total_storage_space: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.allDevicesAssignmentTarget", complex)]
pub struct AssignmentTarget {
    pub group_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementConfigurationPolicyAssignment",
    path = "/deviceManagement/managedDevices/{managedDeviceId}/assignments/{assignmentId}"
)]
pub struct Assignment {
    #[graph(key)]
    pub id: Option<String>,
    pub target: Option<AssignmentTarget>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories/{deviceCategoryId}"
)]
pub struct DeviceCategory {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
}

/// `microsoft.graph.managedDevice`, with a few made-up properties
/// (`warrantyDate`, `maintenanceStart`, `gracePeriod`, `syncDays`) for the
/// literal kinds Intune's device has no property of.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedDevice",
    path = "/deviceManagement/managedDevices/{managedDeviceId}"
)]
pub struct ManagedDevice {
    #[graph(key)]
    pub id: Option<String>,
    pub device_name: Option<String>,
    #[graph(read_only)]
    pub operating_system: Option<String>,
    #[graph(read_only)]
    pub last_sync_date_time: Option<DateTime<FixedOffset>>,
    #[graph(read_only)]
    pub compliance_state: Option<ComplianceState>,
    #[graph(read_only)]
    pub is_encrypted: Option<bool>,
    #[graph(read_only)]
    pub free_storage_space_in_bytes: Option<i64>,
    #[graph(read_only)]
    pub battery_level_percentage: Option<f64>,
    #[graph(read_only)]
    pub hardware_information: Option<HardwareInformation>,
    pub role_scope_tag_ids: Option<Vec<String>>,
    #[graph(read_only, rename = "azureADDeviceId")]
    pub azure_ad_device_id: Option<Uuid>,
    pub warranty_date: Option<NaiveDate>,
    pub maintenance_start: Option<NaiveTime>,
    pub grace_period: Option<Duration>,
    pub sync_days: Option<Flags<Day>>,
    #[graph(navigation)]
    pub assignments: Option<Vec<Assignment>>,
    #[graph(navigation)]
    pub device_category: Option<DeviceCategory>,
}

fn url_text<E>(filter: Filter<E>) -> String {
    Query::new().filter(filter).to_string()
}

fn offset(hours: i32) -> FixedOffset {
    FixedOffset::east_opt(hours * 3600).unwrap()
}

#[test]
fn filters_render_exact_url_text() {
    let d = ManagedDevice::fields();
    let at = offset(2).with_ymd_and_hms(2026, 10, 1, 8, 30, 0).unwrap();
    let cases: Vec<(Filter<ManagedDevice>, &str)> = vec![
        // strings, hostile characters
        (d.operating_system.eq("Windows"), "operatingSystem%20eq%20'Windows'"),
        (d.device_name.eq("O'Brien"), "deviceName%20eq%20'O''Brien'"),
        (d.device_name.eq("''"), "deviceName%20eq%20''''''"),
        (d.device_name.eq("A#B"), "deviceName%20eq%20'A%23B'"),
        (d.device_name.eq("A&$top=1"), "deviceName%20eq%20'A%26$top%3D1'"),
        (d.device_name.eq("C++"), "deviceName%20eq%20'C%2B%2B'"),
        (d.device_name.eq("100%"), "deviceName%20eq%20'100%25'"),
        (d.device_name.eq("Mé"), "deviceName%20eq%20'M%C3%A9'"),
        (d.device_name.eq("a\nb"), "deviceName%20eq%20'a%0Ab'"),
        (d.device_name.eq(""), "deviceName%20eq%20''"),
        (d.device_name.ne(String::from("x y")), "deviceName%20ne%20'x%20y'"),
        (d.device_name.eq(String::from("a;b")), "deviceName%20eq%20'a%3Bb'"),
        (d.device_name.starts_with("DESKTOP-'#"), "startswith(deviceName,'DESKTOP-''%23')"),
        (d.device_name.ends_with("&x"), "endswith(deviceName,'%26x')"),
        (d.device_name.contains("é+"), "contains(deviceName,'%C3%A9%2B')"),
        (d.operating_system.in_(["iOS", "O'S"]), "operatingSystem%20in%20('iOS','O''S')"),
        (d.operating_system.is_null(), "operatingSystem%20eq%20null"),
        (d.operating_system.is_not_null(), "operatingSystem%20ne%20null"),
        // date-times: unquoted, Z or the offset, `+` encoded once
        (
            d.last_sync_date_time.lt(Utc.with_ymd_and_hms(2026, 10, 1, 0, 0, 0).unwrap()),
            "lastSyncDateTime%20lt%202026-10-01T00:00:00Z",
        ),
        (d.last_sync_date_time.ge(at), "lastSyncDateTime%20ge%202026-10-01T08:30:00%2B02:00"),
        (
            d.last_sync_date_time.gt(offset(-8).with_ymd_and_hms(2017, 1, 1, 0, 2, 49).unwrap()),
            "lastSyncDateTime%20gt%202017-01-01T00:02:49-08:00",
        ),
        (
            d.last_sync_date_time.le(at.with_timezone(&Utc)),
            "lastSyncDateTime%20le%202026-10-01T06:30:00Z",
        ),
        // date, time of day, duration
        (
            d.warranty_date.lt(NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()),
            "warrantyDate%20lt%202027-02-28",
        ),
        (
            d.maintenance_start.ge(NaiveTime::from_hms_opt(22, 15, 0).unwrap()),
            "maintenanceStart%20ge%2022:15:00.0000000",
        ),
        (d.grace_period.gt(Duration::from_secs(3 * 86_400 + 3600)), "gracePeriod%20gt%20duration'P3DT1H'"),
        (d.grace_period.eq(Duration::from_secs(-90)), "gracePeriod%20eq%20duration'-PT1M30S'"),
        // enums and flags
        (d.compliance_state.eq(ComplianceState::Noncompliant), "complianceState%20eq%20'noncompliant'"),
        (d.compliance_state.ne(&ComplianceState::InGracePeriod), "complianceState%20ne%20'inGracePeriod'"),
        (
            d.compliance_state.in_([ComplianceState::Compliant, ComplianceState::Other("a'b".into())]),
            "complianceState%20in%20('compliant','a''b')",
        ),
        (d.sync_days.has(Day::Saturday), "syncDays%20has%20'saturday'"),
        (
            d.sync_days.has([Day::Monday, Day::Tuesday].into_iter().collect::<Flags<Day>>()),
            "syncDays%20has%20'monday,tuesday'",
        ),
        // GUIDs unquoted
        (
            d.azure_ad_device_id.eq(Uuid::from_u128(0xA1B2C3D4_E5F6_4A7B_8C9D_0E1F2A3B4C5D)),
            "azureADDeviceId%20eq%20a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        ),
        // booleans and numbers
        (d.is_encrypted.eq(false), "isEncrypted%20eq%20false"),
        (d.free_storage_space_in_bytes.lt(-9_223_372_036_854_775_808), "freeStorageSpaceInBytes%20lt%20-9223372036854775808"),
        (d.battery_level_percentage.ge(12.5), "batteryLevelPercentage%20ge%2012.5"),
        (d.battery_level_percentage.ne(100.0), "batteryLevelPercentage%20ne%20100.0"),
        (d.battery_level_percentage.lt(1e-7), "batteryLevelPercentage%20lt%201e-7"),
        (d.battery_level_percentage.eq(f64::NAN), "batteryLevelPercentage%20eq%20NaN"),
        (d.battery_level_percentage.lt(f64::INFINITY), "batteryLevelPercentage%20lt%20INF"),
        (d.battery_level_percentage.gt(f64::NEG_INFINITY), "batteryLevelPercentage%20gt%20-INF"),
        // paths and lambdas
        (
            d.hardware_information.then(|h| h.serial_number).eq("SN#1&2"),
            "hardwareInformation/serialNumber%20eq%20'SN%231%262'",
        ),
        (
            d.hardware_information.then(|h| h.total_storage_space).gt(64),
            "hardwareInformation/totalStorageSpace%20gt%2064",
        ),
        (d.role_scope_tag_ids.any_value(|t| t.eq("0")), "roleScopeTagIds/any(a:a%20eq%20'0')"),
        (
            d.assignments.any(|a| a.target.then(|t| t.group_id).eq("g'1")),
            "assignments/any(a:a/target/groupId%20eq%20'g''1')",
        ),
        (d.assignments.all(|a| a.id.ne("x")), "assignments/all(a:a/id%20ne%20'x')"),
        (
            d.device_category.then(|c| c.display_name).eq("Lab"),
            "deviceCategory/displayName%20eq%20'Lab'",
        ),
        // and, or, not: parentheses by precedence
        (
            d.operating_system.eq("Windows").and(d.is_encrypted.eq(true)),
            "operatingSystem%20eq%20'Windows'%20and%20isEncrypted%20eq%20true",
        ),
        (
            d.operating_system.eq("iOS").or(d.operating_system.eq("Android")).and(d.is_encrypted.eq(true)),
            "(operatingSystem%20eq%20'iOS'%20or%20operatingSystem%20eq%20'Android')%20and%20isEncrypted%20eq%20true",
        ),
        (
            d.is_encrypted.eq(true).and(d.operating_system.eq("iOS").or(d.operating_system.eq("Android"))),
            "isEncrypted%20eq%20true%20and%20(operatingSystem%20eq%20'iOS'%20or%20operatingSystem%20eq%20'Android')",
        ),
        (
            d.is_encrypted.eq(true).and(d.operating_system.eq("iOS")).or(d.device_name.eq("x")),
            "isEncrypted%20eq%20true%20and%20operatingSystem%20eq%20'iOS'%20or%20deviceName%20eq%20'x'",
        ),
        (d.is_encrypted.eq(true).not(), "not%20(isEncrypted%20eq%20true)"),
        (d.device_name.starts_with("A").not(), "not%20startswith(deviceName,'A')"),
        (
            d.device_name.eq("a").or(d.device_name.eq("b")).not().and(d.is_encrypted.eq(false)),
            "not%20(deviceName%20eq%20'a'%20or%20deviceName%20eq%20'b')%20and%20isEncrypted%20eq%20false",
        ),
        (
            d.operating_system.eq("Windows").and(Filter::raw("length(deviceName) gt 3")),
            "operatingSystem%20eq%20'Windows'%20and%20(length(deviceName)%20gt%203)",
        ),
    ];
    assert!(cases.len() >= 50, "{} cases", cases.len());
    for (filter, expected) in cases {
        let raw = filter.as_str().to_owned();
        assert_eq!(url_text(filter), format!("$filter={expected}"), "filter `{raw}`");
    }
}

/// The properties of the corpus' list pages (the seeds).
#[test]
fn seed_filters() {
    let state = EmbeddedSimDeviceState::fields();
    let pool = EmbeddedSimActivationCodePool::fields();
    let configuration = DeviceConfigurationState::fields();
    let compliance = DeviceComplianceDeviceStatus::fields();
    let ios = IosUpdateDeviceStatus::fields();
    let since = offset(-8).with_ymd_and_hms(2017, 1, 1, 0, 2, 49).unwrap();
    let cases: Vec<(String, &str)> = vec![
        (
            url_text(state.state.eq(EmbeddedSimDeviceStateValue::RemovedByUser).and(state.last_sync_date_time.gt(since))),
            "state%20eq%20'removedByUser'%20and%20lastSyncDateTime%20gt%202017-01-01T00:02:49-08:00",
        ),
        (
            url_text(pool.activation_codes.any(|c| c.smdp_plus_server_address.ends_with(".example.com"))),
            "activationCodes/any(a:endswith(a/smdpPlusServerAddress,'.example.com'))",
        ),
        (url_text(pool.activation_code_count.ge(10)), "activationCodeCount%20ge%2010"),
        (
            url_text(configuration.setting_states.any(|s| {
                s.state
                    .eq(ComplianceStatus::NonCompliant)
                    .and(s.sources.any(|source| source.display_name.eq("A&B")))
            })),
            "settingStates/any(a:a/state%20eq%20'nonCompliant'%20and%20a/sources/any(b:b/displayName%20eq%20'A%26B'))",
        ),
        (
            url_text(compliance.status.ne(ComplianceStatus::Compliant).and(compliance.platform.eq(2))),
            "status%20ne%20'compliant'%20and%20platform%20eq%202",
        ),
        (
            url_text(ios.install_status.in_([IosUpdatesInstallStatus::DownloadFailed, IosUpdatesInstallStatus::Idle])),
            "installStatus%20in%20('downloadFailed','idle')",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(text, format!("$filter={expected}"));
    }
    assert_eq!(
        Query::new()
            .order_by([state.last_sync_date_time.desc(), state.device_name.asc()])
            .select_fields(&[&state.id, &state.state])
            .to_string(),
        "$orderby=lastSyncDateTime%20desc,deviceName%20asc&$select=id,state"
    );
}

#[test]
fn search_and_count_send_eventual_consistency() {
    let request = Endpoint::default()
        .list::<DeviceCategory>(&[])
        .query(Query::new().search_term("displayName:Lab \"B\""))
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/v1.0/deviceManagement/deviceCategories?$select=id,displayName&$search=%22displayName:Lab%20%5C%22B%5C%22%22"
    );
    assert_eq!(request.headers()["consistencylevel"], "eventual");
    let plain = Endpoint::default()
        .list::<DeviceCategory>(&[])
        .query(Query::new().count(false))
        .build()
        .unwrap();
    assert_eq!(plain.headers().get("consistencylevel"), None);
    let replaced = Endpoint::default()
        .list::<DeviceCategory>(&[])
        .query(Query::new().count(true))
        .header("ConsistencyLevel", "session")
        .build()
        .unwrap();
    assert_eq!(replaced.headers()["consistencylevel"], "session");
}

#[test]
fn full_list_request_of_managed_devices() {
    let d = ManagedDevice::fields();
    let a = Assignment::fields();
    let c = DeviceCategory::fields();
    let filter = d
        .operating_system
        .eq("Windows")
        .and(
            d.last_sync_date_time
                .lt(offset(1).with_ymd_and_hms(2026, 10, 1, 0, 0, 0).unwrap()),
        )
        .and(
            d.compliance_state
                .ne(ComplianceState::Compliant)
                .or(d.device_name.starts_with("O'B&#")),
        );
    let request = Endpoint::default()
        .list::<ManagedDevice>(&[])
        .query(
            Query::new()
                .filter(filter)
                .order_by([d.compliance_state.asc(), d.last_sync_date_time.desc()])
                .select_fields(&[&d.id, &d.device_name, &d.hardware_information])
                .expand_field(d.assignments.expand().select(&[&a.id, &a.target]))
                .expand_field(d.device_category.expand().select(&[&c.display_name]))
                .top(50)
                .count(true),
        )
        .bearer("tok")
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/v1.0/deviceManagement/managedDevices\
         ?$select=id,deviceName,hardwareInformation\
         &$filter=operatingSystem%20eq%20'Windows'%20and%20lastSyncDateTime%20lt%202026-10-01T00:00:00%2B01:00\
         %20and%20(complianceState%20ne%20'compliant'%20or%20startswith(deviceName,'O''B%26%23'))\
         &$orderby=complianceState%20asc,lastSyncDateTime%20desc\
         &$expand=assignments($select%3Did,target),deviceCategory($select%3DdisplayName)\
         &$top=50&$count=true"
    );
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned()))
        .collect();
    assert_eq!(
        headers,
        [
            ("accept".to_owned(), "application/json".to_owned()),
            ("consistencylevel".to_owned(), "eventual".to_owned()),
            ("authorization".to_owned(), "Bearer tok".to_owned()),
        ]
    );
}

/// Reads an OData string literal (`'...'` with `''` for a quote) that
/// makes up all of `text`.
fn read_string_literal(text: &str) -> Option<String> {
    let inner = text.strip_prefix('\'')?;
    let mut value = String::new();
    let mut chars = inner.chars();
    loop {
        match chars.next()? {
            '\'' => match chars.next() {
                Some('\'') => value.push('\''),
                None => return Some(value),
                Some(_) => return None,
            },
            c => value.push(c),
        }
    }
}

#[test]
fn string_literal_reader() {
    assert_eq!(read_string_literal("'O''Brien'").as_deref(), Some("O'Brien"));
    assert_eq!(read_string_literal("''").as_deref(), Some(""));
    assert_eq!(read_string_literal("'a'b'"), None);
    assert_eq!(read_string_literal("'a"), None);
}

proptest! {
    #[test]
    fn strings_survive_the_url(value in any::<String>(), hostile in "['#&+%é\n ]{0,8}") {
        let value = format!("{value}{hostile}");
        let d = ManagedDevice::fields();
        let text = url_text(d.device_name.eq(value.as_str()));
        let encoded = text.strip_prefix("$filter=").unwrap();
        prop_assert!(!encoded.contains(['&', '#', '+', ' ', '\n']));
        let decoded = percent_encoding::percent_decode_str(encoded).decode_utf8().unwrap();
        let literal = decoded.strip_prefix("deviceName eq ").unwrap();
        prop_assert_eq!(read_string_literal(literal), Some(value));
    }
}

#[test]
fn in_with_no_values_matches_nothing() {
    let d = ManagedDevice::fields();
    let none: Vec<String> = Vec::new();
    let cases: Vec<(Filter<ManagedDevice>, &str)> = vec![
        (d.operating_system.in_(&none), "false"),
        (d.compliance_state.in_(Vec::<ComplianceState>::new()), "false"),
        (d.operating_system.in_(["iOS"]), "operatingSystem%20in%20('iOS')"),
        (
            d.is_encrypted.eq(true).and(d.operating_system.in_(&none)),
            "isEncrypted%20eq%20true%20and%20false",
        ),
        (
            d.operating_system.in_(&none).or(d.device_name.eq("a")),
            "false%20or%20deviceName%20eq%20'a'",
        ),
        (d.operating_system.in_(&none).not(), "not%20false"),
        (
            d.assignments.any(|a| a.id.in_(Vec::<&str>::new())),
            "assignments/any(a:false)",
        ),
    ];
    for (filter, expected) in cases {
        let raw = filter.as_str().to_owned();
        assert_eq!(url_text(filter), format!("$filter={expected}"), "filter `{raw}`");
    }
}

#[test]
fn expand_with_filter_order_and_select() {
    let d = ManagedDevice::fields();
    let a = Assignment::fields();
    let c = DeviceCategory::fields();
    let expand = d
        .assignments
        .expand()
        .select(&[&a.id, &a.target])
        .order_by([a.id.desc()])
        .filter(
            a.target
                .then(|t| t.group_id)
                .eq("g;1&#'")
                .or(a.id.in_(["x", "y"])),
        );
    assert_eq!(
        expand.to_string(),
        "assignments($filter=target/groupId eq 'g;1&#''' or id in ('x','y');$orderby=id desc;$select=id,target)"
    );
    let query = Query::new()
        .top(5)
        .expand_field(expand)
        .count(true)
        .expand_field(d.device_category.expand().select(&[&c.id, &c.display_name]));
    assert_eq!(
        query.to_string(),
        "$top=5\
         &$expand=assignments($filter%3Dtarget/groupId%20eq%20'g%3B1%26%23'''%20or%20id%20in%20('x','y')\
         %3B$orderby%3Did%20desc%3B$select%3Did,target),deviceCategory($select%3Did,displayName)\
         &$count=true"
    );
    // Each option set again replaces the earlier one; options without a
    // `$select` have no empty one.
    let replaced = d
        .assignments
        .expand()
        .filter(a.id.eq("1"))
        .select(&[&a.id])
        .order_by([a.id.asc()])
        .filter(a.id.ne("2"))
        .order_by([])
        .select(&[&a.target]);
    assert_eq!(
        replaced.to_string(),
        "assignments($filter=id ne '2';$orderby=;$select=target)"
    );
    assert_eq!(
        d.assignments.expand().order_by([a.id.asc()]).to_string(),
        "assignments($orderby=id asc)"
    );
    assert_eq!(
        d.assignments
            .expand()
            .filter(Filter::raw("length(id) gt 3").and(a.id.ne("x")))
            .to_string(),
        "assignments($filter=(length(id) gt 3) and id ne 'x')"
    );
}

#[test]
fn list_request_with_filtered_expand() {
    let d = ManagedDevice::fields();
    let a = Assignment::fields();
    let request = Endpoint::default()
        .list::<ManagedDevice>(&[])
        .query(
            Query::new()
                .filter(d.operating_system.eq("Windows"))
                .expand_field(
                    d.assignments
                        .expand()
                        .filter(a.target.then(|t| t.group_id).in_(["g+1", "g 2"]))
                        .order_by([a.id.asc()])
                        .select(&[&a.id]),
                ),
        )
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/v1.0/deviceManagement/managedDevices\
         ?$select=id,deviceName,operatingSystem,lastSyncDateTime,complianceState,isEncrypted,\
         freeStorageSpaceInBytes,batteryLevelPercentage,hardwareInformation,roleScopeTagIds,azureADDeviceId,\
         warrantyDate,maintenanceStart,gracePeriod,syncDays\
         &$filter=operatingSystem%20eq%20'Windows'\
         &$expand=assignments($filter%3Dtarget/groupId%20in%20('g%2B1','g%202')%3B$orderby%3Did%20asc%3B$select%3Did)"
    );
    assert_eq!(request.headers().get("consistencylevel"), None);
}

/// A filter over the string properties of a device, as the builder is
/// asked to write it and as an OData reader reads it back.
#[derive(Debug, Clone)]
enum Plan {
    Compare(bool, u8, String),
    Function(bool, u8, String),
    In(bool, Vec<String>),
    And(Box<Plan>, Box<Plan>),
    Or(Box<Plan>, Box<Plan>),
    Not(Box<Plan>),
}

/// What a filter means: `and` and `or` flattened (they are associative),
/// values decoded.
#[derive(Debug, Clone, PartialEq)]
enum Expr {
    False,
    Compare(String, &'static str, String),
    Function(&'static str, String, String),
    In(String, Vec<String>),
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Not(Box<Expr>),
}

const OPERATORS: [&str; 2] = ["eq", "ne"];
const FUNCTIONS: [&str; 3] = ["startswith", "endswith", "contains"];

fn joined(items: Vec<Expr>, and: bool) -> Expr {
    let mut flat = Vec::new();
    for item in items {
        match item {
            Expr::And(inner) if and => flat.extend(inner),
            Expr::Or(inner) if !and => flat.extend(inner),
            other => flat.push(other),
        }
    }
    if flat.len() == 1 {
        flat.pop().unwrap()
    } else if and {
        Expr::And(flat)
    } else {
        Expr::Or(flat)
    }
}

fn build(plan: &Plan) -> (Filter<ManagedDevice>, Expr) {
    let d = ManagedDevice::fields();
    let field = |name: bool| if name { &d.device_name } else { &d.operating_system };
    match plan {
        Plan::Compare(name, op, value) => {
            let property = field(*name);
            let op = OPERATORS[usize::from(*op) % 2];
            let filter = if op == "eq" {
                property.eq(value)
            } else {
                property.ne(value)
            };
            (
                filter,
                Expr::Compare(property.path().to_owned(), op, value.clone()),
            )
        }
        Plan::Function(name, function, value) => {
            let property = field(*name);
            let function = FUNCTIONS[usize::from(*function) % 3];
            let filter = match function {
                "startswith" => property.starts_with(value),
                "endswith" => property.ends_with(value),
                _ => property.contains(value),
            };
            (
                filter,
                Expr::Function(function, property.path().to_owned(), value.clone()),
            )
        }
        Plan::In(name, values) => {
            let property = field(*name);
            let expr = if values.is_empty() {
                Expr::False
            } else {
                Expr::In(property.path().to_owned(), values.clone())
            };
            (property.in_(values), expr)
        }
        Plan::And(left, right) | Plan::Or(left, right) => {
            let and = matches!(plan, Plan::And(..));
            let ((left, left_expr), (right, right_expr)) = (build(left), build(right));
            let filter = if and { left.and(right) } else { left.or(right) };
            (filter, joined(vec![left_expr, right_expr], and))
        }
        Plan::Not(inner) => {
            let (filter, expr) = build(inner);
            (filter.not(), Expr::Not(Box::new(expr)))
        }
    }
}

/// A reader of the OData filters `build` writes: `or` over `and` over
/// `not`, parentheses, comparisons, `in` lists, string functions, string
/// literals and `false`.
struct Reader<'a> {
    rest: &'a str,
}

impl Reader<'_> {
    fn eat(&mut self, token: &str) -> bool {
        match self.rest.strip_prefix(token) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn expect(&mut self, token: &str) -> Option<()> {
        self.eat(token).then_some(())
    }

    fn expr(&mut self) -> Option<Expr> {
        let mut items = vec![self.term()?];
        while self.eat(" or ") {
            items.push(self.term()?);
        }
        Some(joined(items, false))
    }

    fn term(&mut self) -> Option<Expr> {
        let mut items = vec![self.factor()?];
        while self.eat(" and ") {
            items.push(self.factor()?);
        }
        Some(joined(items, true))
    }

    fn factor(&mut self) -> Option<Expr> {
        if self.eat("not ") {
            return Some(Expr::Not(Box::new(self.factor()?)));
        }
        if self.eat("(") {
            let inner = self.expr()?;
            return self.eat(")").then_some(inner);
        }
        if self.eat("false") {
            return Some(Expr::False);
        }
        for function in FUNCTIONS {
            if self.eat(function) {
                self.expect("(")?;
                let path = self.path()?;
                self.expect(",")?;
                let value = self.string()?;
                return self.eat(")").then_some(Expr::Function(function, path, value));
            }
        }
        let path = self.path()?;
        if self.eat(" in (") {
            let mut values = vec![self.string()?];
            while self.eat(",") {
                values.push(self.string()?);
            }
            return self.eat(")").then_some(Expr::In(path, values));
        }
        for op in OPERATORS {
            if self.eat(&format!(" {op} ")) {
                return Some(Expr::Compare(path, op, self.string()?));
            }
        }
        None
    }

    fn path(&mut self) -> Option<String> {
        let end = self
            .rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(self.rest.len());
        let (path, rest) = self.rest.split_at(end);
        self.rest = rest;
        (!path.is_empty()).then(|| path.to_owned())
    }

    /// `'...'` with `''` for a quote.
    fn string(&mut self) -> Option<String> {
        let inner = self.rest.strip_prefix('\'')?;
        let mut value = String::new();
        let mut chars = inner.char_indices();
        loop {
            match chars.next()? {
                (index, '\'') => {
                    if inner[index + 1..].starts_with('\'') {
                        value.push('\'');
                        chars.next();
                    } else {
                        self.rest = &inner[index + 1..];
                        return Some(value);
                    }
                }
                (_, c) => value.push(c),
            }
        }
    }
}

fn read_filter(text: &str) -> Option<Expr> {
    let mut reader = Reader { rest: text };
    let expr = reader.expr()?;
    reader.rest.is_empty().then_some(expr)
}

#[test]
fn filter_reader() {
    assert_eq!(
        read_filter("not (a eq 'x''y') and (b in ('1','') or startswith(c,'z')) and false"),
        Some(Expr::And(vec![
            Expr::Not(Box::new(Expr::Compare("a".into(), "eq", "x'y".into()))),
            Expr::Or(vec![
                Expr::In("b".into(), vec!["1".into(), String::new()]),
                Expr::Function("startswith", "c".into(), "z".into()),
            ]),
            Expr::False,
        ]))
    );
    assert_eq!(
        read_filter("a eq 'x' or b ne 'y' or c eq ''").map(|e| matches!(e, Expr::Or(v) if v.len() == 3)),
        Some(true)
    );
    assert_eq!(read_filter("a eq 'x"), None);
    assert_eq!(read_filter("a eq 'x' and"), None);
    assert_eq!(read_filter("(a eq 'x'"), None);
    assert_eq!(read_filter("a in ()"), None);
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "['#&+%é\n ;=()a-z]{0,40}", "[a-z]{50,70}"]
}

fn plan() -> impl Strategy<Value = Plan> {
    let leaf = prop_oneof![
        (any::<bool>(), any::<u8>(), value()).prop_map(|(name, op, value)| Plan::Compare(name, op, value)),
        (any::<bool>(), any::<u8>(), value())
            .prop_map(|(name, function, value)| Plan::Function(name, function, value)),
        (any::<bool>(), prop::collection::vec(value(), 0..4))
            .prop_map(|(name, values)| Plan::In(name, values)),
    ];
    leaf.prop_recursive(4, 16, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(l, r)| Plan::And(Box::new(l), Box::new(r))),
            (inner.clone(), inner.clone()).prop_map(|(l, r)| Plan::Or(Box::new(l), Box::new(r))),
            inner.prop_map(|p| Plan::Not(Box::new(p))),
        ]
    })
}

proptest! {
    /// Any combination of clauses, with values that move the text from the
    /// stack to the heap at any point, reads back through the URL to what
    /// was built: parentheses where precedence needs them, every literal.
    #[test]
    fn filters_survive_the_url(plan in plan()) {
        let (filter, expected) = build(&plan);
        let raw = filter.as_str().to_owned();
        let text = url_text(filter);
        let encoded = text.strip_prefix("$filter=").unwrap();
        prop_assert!(!encoded.contains(['&', '#', '+', ' ', '\n', ';', '=']));
        let decoded = percent_encoding::percent_decode_str(encoded).decode_utf8().unwrap();
        prop_assert_eq!(&decoded, &raw);
        prop_assert_eq!(read_filter(&decoded), Some(expected));
    }
}

/// The escape hatches keep the text as given and encode it once: a `%20`
/// typed by hand is a literal `%20`, not a space.
#[test]
fn raw_filters_are_kept_and_encoded_once() {
    let raw = "length(deviceName) gt 3 and deviceName eq 'a%20b+c#d&e'";
    let expected = "$filter=length(deviceName)%20gt%203%20and%20deviceName%20eq%20'a%2520b%2Bc%23d%26e'";
    assert_eq!(Query::new().filter(raw).to_string(), expected);
    assert_eq!(url_text(Filter::<ManagedDevice>::raw(raw)), expected);
    assert_eq!(
        Query::new().filter(raw).skip(20).top(10).to_string(),
        format!("{expected}&$skip=20&$top=10")
    );
}

#[test]
fn expand_takes_a_navigation_field_by_json_or_rust_name() {
    for name in ["deviceCategory", "device_category"] {
        let request = Endpoint::default()
            .get::<ManagedDevice>(&["d1"])
            .select_all()
            .expand("assignments")
            .expand(name)
            .build()
            .unwrap();
        assert_eq!(
            request.uri(),
            "https://graph.microsoft.com/v1.0/deviceManagement/managedDevices/d1?$expand=assignments,deviceCategory",
            "{name}"
        );
    }
    for name in ["deviceName", "device_name"] {
        let refused = Endpoint::default()
            .get::<ManagedDevice>(&["d1"])
            .expand(name)
            .build();
        assert_eq!(
            refused.unwrap_err().to_string(),
            format!(
                "`{name}` is not a navigation field of the microsoft.graph.managedDevice struct; $expand takes fields marked #[graph(navigation)]"
            )
        );
    }
}
