//! Hostile inputs, each with its exact error (or, where the input is fine,
//! exactly what it gives): bad bytes, bad JSON, huge and deep values,
//! numbers out of range, wrong `@odata.type`, bad dates, hostile ids and
//! error bodies that are not Graph errors.
//!
//! The table holds what the library does now and is right; the inputs it
//! gets wrong are in `#[ignore]`d tests below it, each expecting the right
//! answer, until fixed.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Utc};
use graph_core::{Binary, Duration, Error, GraphEntity, Page, PathTemplate, UnknownEntity};
use graph_entity::seeds::*;
use http::StatusCode;
use serde_json::{Map, Value};

/// An entity with a field of every kind of number and wire type.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.hostileDevice",
    path = "/deviceManagement/hostileDevices/{hostileDeviceId}"
)]
struct HostileDevice {
    #[graph(key)]
    id: Option<String>,
    device_name: Option<String>,
    version: Option<i32>,
    storage_bytes: Option<i64>,
    slot: Option<u8>,
    battery_level: Option<f64>,
    temperature: Option<f32>,
    purchase_date: Option<NaiveDate>,
    wake_time: Option<NaiveTime>,
    last_seen_date_time: Option<DateTime<Utc>>,
    enrolled_date_time: Option<DateTime<FixedOffset>>,
    usage: Option<Duration>,
    thumbprint: Option<Binary>,
    source: Option<SettingSource>,
    payload: Option<Value>,
    #[graph(extra)]
    extra: Map<String, Value>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
struct DeviceConfiguration {
    #[graph(key)]
    id: Option<String>,
    display_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.iosCustomConfiguration")]
struct IosCustomConfiguration {
    #[graph(key)]
    id: Option<String>,
    payload_name: Option<String>,
}

/// Dispatch that keeps unknown types.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfiguration")]
enum AnyConfiguration {
    Base(DeviceConfiguration),
    Ios(IosCustomConfiguration),
    #[graph(other)]
    Other(UnknownEntity),
}

/// Dispatch that refuses unknown types and has no variant for the base.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfiguration")]
enum DerivedConfiguration {
    Ios(IosCustomConfiguration),
}

/// The error of reading `bytes` as `T`, or `ok` when it reads.
fn read<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> String {
    match serde_json::from_slice::<T>(bytes) {
        Ok(_) => String::from("ok"),
        Err(error) => error.to_string(),
    }
}

fn device(bytes: &[u8]) -> String {
    read::<HostileDevice>(bytes)
}

/// A seed without an `extra` field: unknown properties are skipped.
fn seed(bytes: &[u8]) -> String {
    read::<DeviceComplianceDeviceStatus>(bytes)
}

/// A seed with nested complex values in collections.
fn seed_nested(bytes: &[u8]) -> String {
    read::<DeviceConfigurationState>(bytes)
}

fn page(bytes: &[u8]) -> String {
    read::<Page<DeviceComplianceDeviceStatus>>(bytes)
}

fn any_configuration(bytes: &[u8]) -> String {
    read::<AnyConfiguration>(bytes)
}

fn derived_configuration(bytes: &[u8]) -> String {
    read::<DerivedConfiguration>(bytes)
}

/// The error of a `400 Bad Request` with this body.
fn error_body(bytes: &[u8]) -> String {
    Error::from_response(StatusCode::BAD_REQUEST, bytes).to_string()
}

/// The path of a managed device with this id, or the error.
fn path(id: &[u8]) -> String {
    let template =
        PathTemplate::parse("/deviceManagement/managedDevices/{managedDeviceId}").expect("a valid template");
    let id = std::str::from_utf8(id).expect("ids are text");
    match template.render(&[id]) {
        Ok(path) => path,
        Err(error) => error.to_string(),
    }
}

/// `{"x": [[[...]]]}` with `depth` arrays, under property `name`.
fn nested_arrays(name: &str, depth: usize) -> Vec<u8> {
    format!("{{\"{name}\": {}{}}}", "[".repeat(depth), "]".repeat(depth)).into_bytes()
}

/// `{"x": {"x": {...}}}` with `depth` objects, under property `name`.
fn nested_objects(name: &str, depth: usize) -> Vec<u8> {
    let mut text = format!("{{\"{name}\": ");
    text.push_str(&"{\"x\":".repeat(depth));
    text.push_str("null");
    text.push_str(&"}".repeat(depth));
    text.push('}');
    text.into_bytes()
}

/// `{"name": <digits>}` with a number of 1000 digits.
fn thousand_digits(name: &str) -> Vec<u8> {
    format!("{{\"{name}\": {}}}", "9".repeat(1000)).into_bytes()
}

/// A reader, an input and what it gives.
struct Case {
    what: &'static str,
    read: fn(&[u8]) -> String,
    input: Vec<u8>,
    expected: String,
}

fn case(
    what: &'static str,
    read: fn(&[u8]) -> String,
    input: impl Into<Vec<u8>>,
    expected: impl Into<String>,
) -> Case {
    Case {
        what,
        read,
        input: input.into(),
        expected: expected.into(),
    }
}

/// The table: every input with its exact result.
fn cases() -> Vec<Case> {
    let ten_mb = "a".repeat(10 << 20);
    vec![
        // Bytes and JSON syntax.
        case(
            "invalid UTF-8 in a string value",
            device,
            &b"{\"deviceName\": \"a\xff\"}"[..],
            "deviceName: invalid unicode code point at line 1 column 20",
        ),
        case(
            "invalid UTF-8 in a property name",
            device,
            &b"{\"a\xff\": 1}"[..],
            "invalid unicode code point at line 1 column 4",
        ),
        case(
            // serde_json does not look inside the strings it skips; nothing
            // of them is kept. Found by the read_poly fuzz target.
            "invalid UTF-8 in a skipped property",
            seed,
            &b"{\"unknown\": \"a\xff\"}"[..],
            "ok",
        ),
        case(
            "invalid UTF-8 in the extra map",
            device,
            &b"{\"unknown\": \"a\xff\"}"[..],
            "unknown: invalid unicode code point at line 1 column 17",
        ),
        case(
            "a raw control character in a string",
            device,
            &b"{\"deviceName\": \"a\x01\"}"[..],
            "deviceName: control character (\\u0000-\\u001F) found while parsing a string at line 1 column 18",
        ),
        case(
            "JSON cut in a string",
            device,
            r#"{"deviceName": "ab"#,
            "deviceName: EOF while parsing a string at line 1 column 18",
        ),
        case(
            "JSON cut after a comma",
            device,
            r#"{"deviceName": "ab","#,
            "EOF while parsing a value at line 1 column 20",
        ),
        case("no JSON at all", device, "", "EOF while parsing a value at line 1 column 0"),
        case("text after the object", device, "{} x", "trailing characters at line 1 column 4"),
        case(
            "an array, not an object",
            device,
            "[]",
            "invalid type: sequence, expected a microsoft.graph.hostileDevice object at line 1 column 0",
        ),
        case(
            "null, not an object",
            device,
            "null",
            "invalid type: null, expected a microsoft.graph.hostileDevice object at line 1 column 4",
        ),
        // Huge values: read, kept or skipped.
        case(
            "a 10 MB string value",
            device,
            format!("{{\"deviceName\": \"{ten_mb}\"}}"),
            "ok",
        ),
        case(
            "a 10 MB string in a skipped property",
            seed,
            format!("{{\"unknown\": \"{ten_mb}\"}}"),
            "ok",
        ),
        case(
            "a 10 MB string in the extra map",
            device,
            format!("{{\"unknown\": \"{ten_mb}\"}}"),
            "ok",
        ),
        // Deep nesting: skipped without limit and without recursion, or
        // refused at serde_json's limit of 128 levels.
        case(
            "10,000 nested arrays in a skipped property",
            seed,
            nested_arrays("unknown", 10_000),
            "ok",
        ),
        case(
            "1,000,000 nested arrays in a skipped property",
            seed,
            nested_arrays("unknown", 1_000_000),
            "ok",
        ),
        case(
            "10,000 nested objects in a skipped property",
            seed,
            nested_objects("unknown", 10_000),
            "ok",
        ),
        case(
            "10,000 nested arrays in the extra map",
            device,
            nested_arrays("unknown", 10_000),
            "unknown: recursion limit exceeded at line 1 column 138",
        ),
        case(
            "10,000 nested objects in the extra map",
            device,
            nested_objects("unknown", 10_000),
            "unknown: recursion limit exceeded at line 1 column 642",
        ),
        case(
            "127 nested arrays in the extra map: 128 levels with the entity",
            device,
            nested_arrays("unknown", 127),
            "unknown: recursion limit exceeded at line 1 column 138",
        ),
        case(
            "126 nested arrays in the extra map",
            device,
            nested_arrays("unknown", 126),
            "ok",
        ),
        case(
            "10,000 nested arrays in a JSON property",
            device,
            nested_arrays("payload", 10_000),
            "payload: recursion limit exceeded at line 1 column 138",
        ),
        case(
            "10,000 nested arrays in a complex property",
            device,
            nested_arrays("source", 10_000),
            "source: invalid type: sequence, expected a microsoft.graph.settingSource object at line 1 column 11",
        ),
        case(
            "10,000 nested objects in a skipped property of a complex value",
            device,
            format!(
                "{{\"source\": {}}}",
                String::from_utf8(nested_objects("unknown", 10_000)).expect("ASCII")
            ),
            "ok",
        ),
        case(
            "10,000 nested arrays in a skipped property of a page",
            page,
            format!(
                "{{\"value\": [], \"unknown\": {}{}}}",
                "[".repeat(10_000),
                "]".repeat(10_000)
            ),
            "ok",
        ),
        case(
            "10,000 nested arrays read ahead of @odata.type by a polymorphic enum",
            any_configuration,
            nested_arrays("unknown", 10_000),
            "unknown: recursion limit exceeded at line 1 column 138",
        ),
        case(
            "10,000 nested arrays in an unknown derived type",
            any_configuration,
            format!(
                "{{\"@odata.type\": \"#microsoft.graph.future\", \"unknown\": {}{}}}",
                "[".repeat(10_000),
                "]".repeat(10_000)
            ),
            "unknown: recursion limit exceeded at line 1 column 180",
        ),
        // Numbers out of range.
        case(
            "Int32 above its range",
            device,
            r#"{"version": 2147483648}"#,
            "version: invalid value: integer `2147483648`, expected i32 at line 1 column 23",
        ),
        case(
            "Int32 below its range",
            device,
            r#"{"version": -2147483649}"#,
            "version: invalid value: integer `-2147483649`, expected i32 at line 1 column 24",
        ),
        case(
            "Int32 with a fraction",
            device,
            r#"{"version": 1.5}"#,
            "version: invalid type: floating point `1.5`, expected i32 at line 1 column 16",
        ),
        case(
            "Int32 with an exponent",
            device,
            r#"{"version": 1e3}"#,
            "version: invalid type: floating point `1000.0`, expected i32 at line 1 column 16",
        ),
        case(
            "Int64 above its range",
            device,
            r#"{"storageBytes": 9223372036854775808}"#,
            "storageBytes: invalid value: integer `9223372036854775808`, expected i64 at line 1 column 37",
        ),
        case(
            // serde_json reads a negative integer past i64 as a double, so
            // the message says `floating point`: odd, but it names the
            // property and the value.
            "Int64 below its range",
            device,
            r#"{"storageBytes": -9223372036854775809}"#,
            "storageBytes: invalid type: floating point `-9.223372036854776e+18`, expected i64 at line 1 column 38",
        ),
        case(
            "Byte above its range",
            device,
            r#"{"slot": 256}"#,
            "slot: invalid value: integer `256`, expected u8 at line 1 column 13",
        ),
        case(
            "Byte below its range",
            device,
            r#"{"slot": -1}"#,
            "slot: invalid value: integer `-1`, expected u8 at line 1 column 12",
        ),
        case(
            "Double above its range",
            device,
            r#"{"batteryLevel": 1e400}"#,
            "batteryLevel: number out of range at line 1 column 23",
        ),
        case(
            "Double below its range",
            device,
            r#"{"batteryLevel": -1e400}"#,
            "batteryLevel: number out of range at line 1 column 24",
        ),
        case(
            "a 1000-digit Int64",
            device,
            thousand_digits("storageBytes"),
            "storageBytes: number out of range at line 1 column 1018",
        ),
        case(
            "a 1000-digit Double",
            device,
            thousand_digits("batteryLevel"),
            "batteryLevel: number out of range at line 1 column 1018",
        ),
        case(
            "a 1000-digit number in the extra map",
            device,
            thousand_digits("unknown"),
            "unknown: number out of range at line 1 column 1013",
        ),
        case(
            "a 1000-digit number in a skipped property",
            seed,
            thousand_digits("unknown"),
            "ok",
        ),
        // OData writes NaN and infinities as strings: they are read, and
        // any other string is refused, naming the property.
        case("NaN as a string", device, r#"{"batteryLevel": "NaN"}"#, "ok"),
        case("INF as a string", device, r#"{"batteryLevel": "INF"}"#, "ok"),
        case("-INF as a string", device, r#"{"batteryLevel": "-INF"}"#, "ok"),
        case(
            "another string for a double",
            device,
            r#"{"batteryLevel": "Infinity"}"#,
            "batteryLevel: invalid type: string \"Infinity\", expected f64 (a number, or \"NaN\", \"INF\" or \"-INF\") at line 1 column 28",
        ),
        // @odata.type.
        case(
            "a duplicate @odata.type",
            device,
            r##"{"@odata.type": "#microsoft.graph.hostileDevice", "@odata.type": "#microsoft.graph.hostileDevice"}"##,
            "duplicate field `@odata.type` at line 1 column 63",
        ),
        case(
            "an @odata.type that is a number",
            device,
            r#"{"@odata.type": 5}"#,
            "@odata.type: invalid type: integer `5`, expected an OData type name at line 1 column 18",
        ),
        case(
            "an @odata.type of another type",
            device,
            r##"{"@odata.type": "#microsoft.graph.user"}"##,
            "expected @odata.type microsoft.graph.hostileDevice, found microsoft.graph.user at line 1 column 40",
        ),
        case(
            "an @odata.type of the wrong type in a nested complex value",
            device,
            r##"{"source": {"@odata.type": "#microsoft.graph.user"}}"##,
            "source: expected @odata.type microsoft.graph.settingSource, found microsoft.graph.user at line 1 column 52",
        ),
        case(
            "an @odata.type of the wrong type in a complex value in collections",
            seed_nested,
            r##"{"settingStates": [{}, {"sources": [{"@odata.type": "#microsoft.graph.user"}]}]}"##,
            "settingStates[1].sources[0]: expected @odata.type microsoft.graph.settingSource, found microsoft.graph.user at line 1 column 80",
        ),
        case(
            "an @odata.type that differs in case",
            device,
            r##"{"@odata.type": "#Microsoft.Graph.HostileDevice"}"##,
            "expected @odata.type microsoft.graph.hostileDevice, found Microsoft.Graph.HostileDevice at line 1 column 49",
        ),
        case(
            "an unknown derived type without an `other` variant",
            derived_configuration,
            r##"{"id": "1", "@odata.type": "#microsoft.graph.future"}"##,
            "unknown @odata.type microsoft.graph.future: no variant of DerivedConfiguration holds it at line 1 column 53",
        ),
        case(
            "no @odata.type and no variant for the base type",
            derived_configuration,
            r#"{"id": "1"}"#,
            "missing @odata.type: cannot tell which microsoft.graph.deviceConfiguration this is at line 1 column 11",
        ),
        case(
            "a duplicate @odata.type in a polymorphic value",
            any_configuration,
            r##"{"@odata.type": "#microsoft.graph.iosCustomConfiguration", "@odata.type": "#microsoft.graph.future"}"##,
            "duplicate field `@odata.type` at line 1 column 72",
        ),
        // Dates and times.
        case(
            "a DateTimeOffset without offset",
            device,
            r#"{"lastSeenDateTime": "2017-01-01T00:00:00"}"#,
            "lastSeenDateTime: invalid DateTimeOffset `2017-01-01T00:00:00`: missing offset, expected `Z` or `±HH:MM` after the time at line 1 column 43",
        ),
        case(
            "a DateTimeOffset in year 10000",
            device,
            r#"{"enrolledDateTime": "10000-01-01T00:00:00Z"}"#,
            "enrolledDateTime: invalid DateTimeOffset `10000-01-01T00:00:00Z`: expected RFC 3339 such as 2017-01-01T00:02:49.3205976-08:00 at line 1 column 45",
        ),
        case(
            "a DateTimeOffset in year +10000",
            device,
            r#"{"enrolledDateTime": "+10000-01-01T00:00:00Z"}"#,
            "enrolledDateTime: invalid DateTimeOffset `+10000-01-01T00:00:00Z`: expected RFC 3339 such as 2017-01-01T00:02:49.3205976-08:00 at line 1 column 46",
        ),
        case(
            "a Date in year 10000",
            device,
            r#"{"purchaseDate": "10000-01-01"}"#,
            "purchaseDate: invalid Date `10000-01-01`: expected YYYY-MM-DD such as 2016-12-31 at line 1 column 31",
        ),
        case(
            "February 30",
            device,
            r#"{"purchaseDate": "2017-02-30"}"#,
            "purchaseDate: invalid Date `2017-02-30`: day out of range (01 to 28 in 2017-02) at line 1 column 30",
        ),
        case(
            "hour 24",
            device,
            r#"{"wakeTime": "24:00:00"}"#,
            "wakeTime: invalid TimeOfDay `24:00:00`: hour out of range (00 to 23) at line 1 column 24",
        ),
        case(
            "an offset of 24 hours",
            device,
            r#"{"enrolledDateTime": "2017-01-01T00:00:00+24:00"}"#,
            "enrolledDateTime: invalid DateTimeOffset `2017-01-01T00:00:00+24:00`: offset out of range (-23:59 to +23:59) at line 1 column 49",
        ),
        case(
            "a Duration in years",
            device,
            r#"{"usage": "P1Y"}"#,
            "usage: invalid Duration `P1Y`: years, months and weeks have no fixed length; use days, hours, minutes and seconds at line 1 column 16",
        ),
        case(
            "a Duration past 128-bit nanoseconds",
            device,
            r#"{"usage": "P99999999999999999999999999999999999999999D"}"#,
            "usage: invalid Duration `P99999999999999999999999999999999999999999D`: out of range (the total must fit in 128-bit nanoseconds) at line 1 column 56",
        ),
        case(
            "a Binary that is not base64",
            device,
            r#"{"thumbprint": "!!!!"}"#,
            "thumbprint: invalid base64 in Binary value: unexpected character `!` at offset 0 at line 1 column 22",
        ),
        // Ids in paths: encoded as one segment, or refused.
        case("an id with NUL", path, "a\0b", "/deviceManagement/managedDevices/a%00b"),
        case("an id with a newline", path, "\r\n", "/deviceManagement/managedDevices/%0D%0A"),
        case("an id with DEL", path, "\u{7f}", "/deviceManagement/managedDevices/%7F"),
        case(
            "an id with a right-to-left override",
            path,
            "\u{202e}gpj.exe",
            "/deviceManagement/managedDevices/%E2%80%AEgpj.exe",
        ),
        case("an id of `..`", path, "..", "value `..` for placeholder `{managedDeviceId}` is a dot segment, which URLs resolve away"),
        case("an id of `.`", path, ".", "value `.` for placeholder `{managedDeviceId}` is a dot segment, which URLs resolve away"),
        case("an empty id", path, "", "empty value for placeholder `{managedDeviceId}`"),
        case("an id that climbs", path, "../../users", "/deviceManagement/managedDevices/..%2F..%2Fusers"),
        case("an id already encoded", path, "a%2Fb", "/deviceManagement/managedDevices/a%252Fb"),
        case("an id with a query and a fragment", path, "x?$select=id#y", "/deviceManagement/managedDevices/x%3F%24select%3Did%23y"),
        case("an id of three dots", path, "...", "/deviceManagement/managedDevices/..."),
        // Error bodies.
        case(
            "an HTML error body",
            error_body,
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
            "response body with status 400 Bad Request is not JSON: `<html><body><h1>502 Bad Gateway</h1></body></html>`",
        ),
        case(
            "an empty error body",
            error_body,
            "",
            "empty response body with status 400 Bad Request, expected JSON",
        ),
        case(
            "a blank error body",
            error_body,
            " \r\n\t",
            "empty response body with status 400 Bad Request, expected JSON",
        ),
        case(
            "an error body that is a JSON array",
            error_body,
            "[]",
            "unexpected response status 400 Bad Request, expected a success status; body: `[]`",
        ),
        case(
            "an error body whose error is a number",
            error_body,
            r#"{"error": 5}"#,
            "unexpected response status 400 Bad Request, expected a success status; body: `{\"error\": 5}`",
        ),
        case(
            "an error body whose error is empty",
            error_body,
            r#"{"error": {}}"#,
            "unexpected response status 400 Bad Request, expected a success status; body: `{\"error\": {}}`",
        ),
        case(
            "an error body whose code is a number",
            error_body,
            r#"{"error": {"code": 5}}"#,
            "unexpected response status 400 Bad Request, expected a success status; body: `{\"error\": {\"code\": 5}}`",
        ),
        case(
            "an OAuth error body",
            error_body,
            r#"{"error": "invalid_grant", "error_description": "AADSTS70000"}"#,
            "unexpected response status 400 Bad Request, expected a success status; body: `{\"error\": \"invalid_grant\", \"error_description\": \"AADSTS70000\"}`",
        ),
        case(
            "a cut error body",
            error_body,
            r#"{"error": {"code": "x""#,
            "unexpected response status 400 Bad Request, expected a success status; body: `{\"error\": {\"code\": \"x\"`",
        ),
        case(
            "an error body with invalid UTF-8",
            error_body,
            &b"\xff\xfe<\x00h\x00"[..],
            "response body with status 400 Bad Request is not JSON: `\u{fffd}\u{fffd}< h`",
        ),
        case(
            "an error body with terminal escapes outside strings",
            error_body,
            "\u{1b}[2J\u{1b}[31m<html>",
            "response body with status 400 Bad Request is not JSON: `[2J [31m<html>`",
        ),
        case(
            "a 10 MB error body",
            error_body,
            format!("<html>{ten_mb}"),
            format!("response body with status 400 Bad Request is not JSON: `<html>{}…`", &ten_mb[..114]),
        ),
        case(
            "10,000 nested arrays in an error body",
            error_body,
            "[".repeat(10_000),
            format!(
                "unexpected response status 400 Bad Request, expected a success status; body: `{}…`",
                "[".repeat(120)
            ),
        ),
        case(
            "a Graph error",
            error_body,
            r#"{"error": {"code": "BadRequest", "message": "Invalid id", "innerError": {"request-id": "r1", "date": "2024-05-01T10:00:00"}}}"#,
            "graph service error 400 Bad Request: BadRequest: Invalid id (request-id r1, date 2024-05-01T10:00:00)",
        ),
        // Pages.
        case(
            "a page without value",
            page,
            r#"{"@odata.count": 1}"#,
            "missing field `value` at line 1 column 19",
        ),
    ]
}

#[test]
fn hostile_inputs_give_exact_results() {
    let mismatches: Vec<String> = cases()
        .iter()
        .filter_map(|case| {
            let actual = (case.read)(&case.input);
            (actual != case.expected).then(|| {
                let cut = |text: &str| text.chars().take(300).collect::<String>();
                format!(
                    "{}\n  actual:   {}\n  expected: {}",
                    case.what,
                    cut(&actual),
                    cut(&case.expected)
                )
            })
        })
        .collect();
    assert!(mismatches.is_empty(), "\n{}", mismatches.join("\n"));
}

#[test]
fn huge_values_are_kept_whole() {
    let ten_mb = "é".repeat(5 << 20);
    let text = format!("{{\"deviceName\": \"{ten_mb}\", \"unknown\": \"{ten_mb}\"}}");
    let device: HostileDevice = serde_json::from_str(&text).expect("reads");
    assert_eq!(device.device_name.as_deref().map(str::len), Some(10 << 20));
    assert_eq!(device.extra["unknown"].as_str().map(str::len), Some(10 << 20));
    let path = path(ten_mb.as_bytes());
    assert_eq!(path.len(), "/deviceManagement/managedDevices/".len() + (30 << 20));
}

#[test]
fn errors_name_the_property_of_a_value_read_ahead() {
    // Read ahead of @odata.type, then replayed to the derived type: the
    // property is named, the position is where the replay happened (the
    // end of the object), not where the value was.
    assert_eq!(
        any_configuration(
            br##"{"payloadName": 5, "@odata.type": "#microsoft.graph.iosCustomConfiguration"}"##
        ),
        "payloadName: invalid type: integer `5`, expected a string at line 1 column 76"
    );
}

// ---------------------------------------------------------------------------
// Inputs read wrong: each test expects the right answer
// ---------------------------------------------------------------------------

/// A message without serde_json's position: where the fixed code reports
/// the error is its own business.
fn without_position(message: String) -> String {
    match message.rsplit_once(" at line ") {
        Some((head, _)) => head.to_owned(),
        None => message,
    }
}

#[test]
fn single_out_of_range_is_an_error() {
    assert_eq!(
        without_position(device(br#"{"temperature": 1e39}"#)),
        "temperature: invalid value: floating point `1e+39`, expected f32"
    );
    assert_eq!(
        without_position(device(br#"{"temperature": -3.5e38}"#)),
        "temperature: invalid value: floating point `-3.5e+38`, expected f32"
    );
}

#[test]
fn an_error_body_with_a_byte_order_mark_is_a_graph_error() {
    // Found by the read_error fuzz target: tests/data/fuzz/read_error/crash-bom.
    assert_eq!(
        without_position(error_body(
            b"\xEF\xBB\xBF{\"error\": {\"code\": \"BadRequest\", \"message\": \"m\"}}"
        )),
        "graph service error 400 Bad Request: BadRequest: m"
    );
}

#[test]
fn page_errors_name_the_member() {
    let cases: [(&str, &str); 4] = [
        (
            r#"{"value": [], "@odata.count": -1}"#,
            "@odata.count: invalid value: integer `-1`, expected u64",
        ),
        (
            r#"{"value": [], "@odata.nextLink": 5}"#,
            "@odata.nextLink: invalid type: integer `5`, expected a string",
        ),
        (
            r#"{"value": null}"#,
            "value: invalid type: null, expected an array",
        ),
        (
            r#"{"value": [{}, {"platform": "8"}]}"#,
            "value[1].platform: invalid type: string \"8\", expected i32",
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(without_position(page(input.as_bytes())), expected, "{input}");
    }
}

#[test]
fn control_characters_in_names_are_escaped_in_messages() {
    // A property name: its value fails.
    assert_eq!(
        without_position(device(b"{\"\\u001b[2J\": 1e400}")),
        "\\u{1b}[2J: number out of range"
    );
    // An @odata.type.
    assert_eq!(
        without_position(device(b"{\"@odata.type\": \"\\u001b[2J\"}")),
        "expected @odata.type microsoft.graph.hostileDevice, found \\u{1b}[2J"
    );
    // A Graph error's code and message.
    assert_eq!(
        without_position(error_body(
            b"{\"error\": {\"code\": \"\\u001b[2J\", \"message\": \"a\\nb\"}}"
        )),
        "graph service error 400 Bad Request: \\u{1b}[2J: a\\nb"
    );
}

#[test]
fn an_empty_odata_type_is_quoted() {
    assert_eq!(
        without_position(device(br##"{"@odata.type": "#"}"##)),
        "expected @odata.type microsoft.graph.hostileDevice, found ``"
    );
}

#[test]
fn excerpts_cut_on_characters_and_drop_format_characters() {
    // The excerpt reads the first 480 bytes: here they end inside a 4-byte character.
    let mut body = String::from("a");
    body.push_str(&" ".repeat(470));
    body.push_str(&"\u{1D11E}".repeat(10));
    assert_eq!(graph_core::excerpt(body.as_bytes()), "a \u{1D11E}\u{1D11E}…");
    // A right-to-left override turns the rest of a log line around.
    assert_eq!(graph_core::excerpt("\u{202e}\u{200b}abc".as_bytes()), "abc");
}
