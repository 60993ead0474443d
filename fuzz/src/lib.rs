//! The checks behind the fuzz targets, shared with
//! `tests/fuzz_regressions.rs`, which replays the kept inputs through the
//! same functions on stable.
//!
//! Each function takes the raw fuzz input, never panics on a bad input (a
//! bad input is an error value, which is checked too), and panics when an
//! invariant breaks: what was read does not write back and read again the
//! same, a body carries a server-owned property, a rendered path does not
//! decode back, and so on.
//!
//! `strict` turns on the checks of bugs already reported (see each use):
//! the fuzz targets run with `strict` off unless `GRAPH_FUZZ_STRICT` is set,
//! so that a long run looks past them; the regression tests replay the
//! inputs that show them with `strict` on, in ignored tests.

use std::fmt::Debug;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, Utc};
use graph_core::{
    Binary, Creatable, Duration, Error, GraphEntity, GraphError, Page, PageCursor, Patch, PathError,
    PathTemplate, UnknownEntity,
};
use graph_entity::seeds::{
    ComplianceStatus, DeviceComplianceDeviceStatus, DeviceConfigurationState, EmbeddedSimActivationCode,
    EmbeddedSimActivationCodePool, EmbeddedSimDeviceState, IosUpdateDeviceStatus,
};
use http::StatusCode;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

/// Whether the checks of reported bugs are on in a fuzz run:
/// `GRAPH_FUZZ_STRICT=1`.
pub fn strict_from_env() -> bool {
    static STRICT: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *STRICT.get_or_init(|| std::env::var_os("GRAPH_FUZZ_STRICT").is_some())
}

// ---------------------------------------------------------------------------
// Types read besides the seeds
// ---------------------------------------------------------------------------

/// An entity with every field attribute and wire type.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.fuzzWide", path = "/fuzz/wides/{fuzzWideId}")]
pub struct Wide {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(etag)]
    pub etag: Option<String>,
    #[graph(read_only)]
    pub seen: Option<DateTime<Utc>>,
    #[graph(immutable)]
    pub serial: Option<String>,
    #[graph(write_only)]
    pub secret: Option<String>,
    pub usage: Option<Duration>,
    pub thumbprint: Option<Binary>,
    pub day: Option<NaiveDate>,
    pub time: Option<NaiveTime>,
    pub times: Option<Vec<DateTime<FixedOffset>>>,
    pub level: Option<f64>,
    pub temperature: Option<f32>,
    pub count: Option<u8>,
    pub total: Option<i64>,
    pub flag: Option<bool>,
    pub code: Option<EmbeddedSimActivationCode>,
    pub status: Option<ComplianceStatus>,
    pub payload: Option<Value>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// The base type of the polymorphic enums.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub struct DeviceConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTime<FixedOffset>>,
    pub display_name: Option<String>,
    pub version: Option<i32>,
}

/// A derived type.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.iosCustomConfiguration")]
pub struct IosCustomConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub payload_name: Option<String>,
    pub payload: Option<Binary>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// Dispatch with a variant for unknown types.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub enum AnyConfiguration {
    Base(DeviceConfiguration),
    Ios(IosCustomConfiguration),
    #[graph(other)]
    Other(UnknownEntity),
}

/// Dispatch without one: an unknown type is an error.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub enum StrictConfiguration {
    Base(DeviceConfiguration),
    Ios(IosCustomConfiguration),
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn to_text<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| panic!("a value read cannot be written: {e}"))
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or_else(|e| panic!("a value read cannot be written: {e}"))
}

/// Equal JSON; unless `strict`, doubles may differ in the last place
/// (serde_json without `float_roundtrip` reads some doubles one ULP off, a
/// reported bug).
pub fn same_json(a: &Value, b: &Value, strict: bool) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if !strict && (x.is_f64() || y.is_f64()) => {
            match (x.as_f64(), y.as_f64()) {
                (Some(x), Some(y)) => x == y || x.to_bits().abs_diff(y.to_bits()) <= 1,
                _ => false,
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y, strict))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w, strict)))
        }
        _ => a == b,
    }
}

/// Whether JSON holds a double (whose text may not read back exactly).
fn has_double(value: &Value) -> bool {
    match value {
        Value::Number(n) => n.is_f64(),
        Value::Array(items) => items.iter().any(has_double),
        Value::Object(map) => map.values().any(has_double),
        _ => false,
    }
}

/// A read error's message: not empty, one position at most.
fn check_read_error(message: &str) {
    assert!(!message.is_empty(), "an empty error message");
    assert!(
        message.matches(" at line ").count() <= 1,
        "a position twice in `{message}`"
    );
}

/// The top-level names of a body, in order.
fn names_in_order(text: &str) -> Vec<String> {
    struct Names(Vec<String>);
    impl<'de> serde::Deserialize<'de> for Names {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Visitor;
            impl<'de> serde::de::Visitor<'de> for Visitor {
                type Value = Names;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Names, A::Error> {
                    let mut names = Vec::new();
                    while let Some(name) = map.next_key::<String>()? {
                        map.next_value::<serde::de::IgnoredAny>()?;
                        names.push(name);
                    }
                    Ok(Names(names))
                }
            }
            deserializer.deserialize_map(Visitor)
        }
    }
    match serde_json::from_str::<Names>(text) {
        Ok(names) => names.0,
        Err(error) => panic!("a body that is not an object: {error}: {text}"),
    }
}

/// A body holds `@odata.type` first (when `typed`), then only properties of
/// `T` not in `not`, each once.
fn check_body<T: GraphEntity>(text: &str, not: &[&str], typed: bool) {
    let names = names_in_order(text);
    for (index, name) in names.iter().enumerate() {
        let allowed = if name == "@odata.type" {
            typed && index == 0
        } else {
            T::PROPERTIES.contains(&name.as_str()) && !not.contains(&name.as_str())
        };
        assert!(allowed, "a body of {} carries `{name}`: {text}", T::ODATA_TYPE);
    }
    let mut sorted = names.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), names.len(), "a property twice in {text}");
}

/// What is never sent for one entity type.
struct Rules {
    not_updated: &'static [&'static str],
    not_created: &'static [&'static str],
    typed: bool,
}

const SEED_DATES: Rules = Rules {
    not_updated: &["id", "createdDateTime", "modifiedDateTime"],
    not_created: &["id", "createdDateTime", "modifiedDateTime"],
    typed: true,
};
const SEED_KEY: Rules = Rules {
    not_updated: &["id"],
    not_created: &["id"],
    typed: true,
};
const SEED_UNTYPED: Rules = Rules {
    not_updated: &["id"],
    not_created: &["id"],
    typed: false,
};
const WIDE: Rules = Rules {
    not_updated: &["id", "@odata.etag", "seen", "serial"],
    not_created: &["id", "@odata.etag", "seen"],
    typed: true,
};

/// Reads one entity; what reads writes back, reads again equal, and its
/// bodies and patches carry only what they may.
fn entity<T>(json: &[u8], rules: &Rules, strict: bool, known_bug: fn(&T) -> bool)
where
    T: Creatable + Default + PartialEq + Debug,
{
    let value: T = match serde_json::from_slice(json) {
        Ok(value) => value,
        Err(error) => return check_read_error(&error.to_string()),
    };
    if !strict && known_bug(&value) {
        return;
    }
    let text = to_text(&value);
    let again: T = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{text} does not read back: {e}"));
    let (first, second) = (to_json(&value), to_json(&again));
    assert!(
        same_json(&first, &second, strict),
        "read back differently:\n{first}\n{second}"
    );
    if strict || !has_double(&first) {
        assert_eq!(again, value, "read back differently from {text}");
        assert_eq!(to_text(&again), text, "written differently");
    }

    check_body::<T>(&to_text(&value.update_body()), rules.not_updated, rules.typed);
    check_body::<T>(&to_text(&value.create_body()), rules.not_created, rules.typed);
    let empty = T::default();
    for patch in [value.changes_since(&empty), empty.changes_since(&value)] {
        let patch_text = to_text(&patch);
        check_body::<T>(&patch_text, rules.not_updated, rules.typed);
        assert_eq!(
            patch.is_empty(),
            names_in_order(&patch_text).iter().all(|n| n == "@odata.type")
        );
    }
    assert!(value.changes_since(&value).is_empty());
    assert!(value.changes_since(&again).is_empty() || !strict && has_double(&first));
}

/// A DateTime<Utc> outside years 0 to 9999 is written with a sign and five
/// or more digits, which reading refuses (reported).
fn utc_out_of_range(value: &Option<DateTime<Utc>>) -> bool {
    value.is_some_and(|v| !(0..=9999).contains(&v.year()))
}

fn wide_known_bug(wide: &Wide) -> bool {
    // A Single out of range is read as infinity (reported), written `null`.
    wide.temperature.is_some_and(|t| !t.is_finite()) || utc_out_of_range(&wide.seen)
}

fn no_known_bug<T>(_: &T) -> bool {
    false
}

// ---------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------

/// `read_entity`: the first byte picks the type (the five seeds and
/// [`Wide`]), the rest is the JSON read.
pub fn read_entity(data: &[u8], strict: bool) {
    let Some((&selector, json)) = data.split_first() else {
        return;
    };
    match selector % 6 {
        0 => entity::<EmbeddedSimDeviceState>(json, &SEED_DATES, strict, no_known_bug),
        1 => entity::<EmbeddedSimActivationCodePool>(json, &SEED_DATES, strict, no_known_bug),
        2 => entity::<DeviceConfigurationState>(json, &SEED_UNTYPED, strict, no_known_bug),
        3 => entity::<DeviceComplianceDeviceStatus>(json, &SEED_KEY, strict, no_known_bug),
        4 => entity::<IosUpdateDeviceStatus>(json, &SEED_KEY, strict, no_known_bug),
        _ => entity::<Wide>(json, &WIDE, strict, wide_known_bug),
    }
}

/// A page read writes back and reads again equal.
fn page<T>(json: &[u8], strict: bool)
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let page: Page<T> = match serde_json::from_slice(json) {
        Ok(page) => page,
        Err(error) => return check_read_error(&error.to_string()),
    };
    let text = to_text(&page);
    let again: Page<T> =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{text} does not read back: {e}"));
    let (first, second) = (to_json(&page), to_json(&again));
    assert!(
        same_json(&first, &second, strict),
        "read back differently:\n{first}\n{second}"
    );
    if strict || !has_double(&first) {
        assert_eq!(again, page);
    }
    assert_eq!(page.is_last(), page.next_link.is_none());
}

/// `read_page`: the first byte picks how the body is read: a page of a seed,
/// of [`UnknownEntity`], of JSON values, or as a response of that status
/// through `read_page` and a [`PageCursor`].
pub fn read_page(data: &[u8], strict: bool) {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    match selector % 4 {
        0 => page::<EmbeddedSimDeviceState>(body, strict),
        1 => page::<UnknownEntity>(body, strict),
        2 => page::<Value>(body, strict),
        _ => {
            let status = StatusCode::from_u16(100 + u16::from(selector) * 2).unwrap_or(StatusCode::OK);
            let first =
                http::Request::get("https://graph.microsoft.com/v1.0/deviceManagement/deviceCategories")
                    .header("Authorization", "Bearer t")
                    .body(Vec::new())
                    .unwrap_or_else(|e| panic!("{e}"));
            let mut cursor = PageCursor::new(first);
            let direct = graph_core::read_page::<DeviceConfiguration>(status, body);
            let read = cursor.read::<DeviceConfiguration>(status, body);
            match (&direct, &read) {
                (Ok(page), Ok(same)) => {
                    assert_eq!(page, same);
                    match (&page.next_link, cursor.next_request()) {
                        (None, None) => {}
                        (Some(link), Some(next)) => {
                            assert_eq!(next.method(), http::Method::GET);
                            let uri = next.uri().to_string();
                            // Used as given: http may only add the `/` of an empty path.
                            assert!(uri == *link || uri == format!("{link}/"), "{link} sent as {uri}");
                            let same_origin = uri
                                .to_ascii_lowercase()
                                .starts_with("https://graph.microsoft.com/");
                            assert_eq!(next.headers().contains_key("authorization"), same_origin, "{uri}");
                        }
                        (link, next) => panic!("next link {link:?}, next request {next:?}"),
                    }
                }
                (Ok(page), Err(error)) => {
                    // Only a next link that is no URI fails after a good read.
                    assert!(page.next_link.is_some(), "{error}");
                    assert!(matches!(error, Error::Http(_)), "{error}");
                    assert!(cursor.is_done());
                }
                (Err(error), Err(_)) => {
                    let message = error.to_string();
                    check_read_error(&message);
                    assert_eq!(error.status(), Some(status));
                    assert!(!cursor.is_done(), "a failed read ends the walk");
                }
                (Err(error), Ok(_)) => panic!("read_page failed ({error}) where the cursor read"),
            }
        }
    }
}

/// An excerpt is short and printable.
fn check_excerpt(excerpt: &str) {
    assert!(excerpt.chars().count() <= 121, "a long excerpt: {excerpt}");
    assert!(
        !excerpt
            .chars()
            .any(|c| c.is_control() || (c.is_whitespace() && c != ' ')),
        "an excerpt with controls: {excerpt:?}"
    );
    assert_eq!(
        excerpt.trim(),
        excerpt,
        "an excerpt with spaces around: {excerpt:?}"
    );
    assert!(
        !excerpt.contains("  "),
        "an excerpt with a run of spaces: {excerpt:?}"
    );
}

/// `read_error`: the first byte picks a failure status (400 to 599), the rest
/// is the body.
pub fn read_error(data: &[u8], strict: bool) {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let status = StatusCode::from_u16(400 + u16::from(selector) % 200).unwrap_or(StatusCode::BAD_REQUEST);
    let error = Error::from_response(status, body);
    let message = error.to_string();
    assert!(!message.is_empty());
    assert_eq!(error.status(), Some(status));
    let parsed = GraphError::parse(status, body);
    match (&error, &parsed) {
        (Error::Service(service), Some(parsed)) => {
            assert_eq!(**service, *parsed);
            assert_eq!(service.status, status);
            assert!(message.starts_with("graph service error "), "{message}");
            for detail in &service.details {
                let _ = (&detail.code, &detail.message, &detail.target);
            }
        }
        (Error::NotJson { excerpt, .. } | Error::UnexpectedStatus { excerpt, .. }, None) => {
            check_excerpt(excerpt)
        }
        (error, parsed) => panic!("from_response gave {error:?} where parse gave {parsed:?}"),
    }

    // The oracle: a JSON object (after a byte order mark, as every other
    // reader of a body skips one) whose `error` member is an object with a
    // string `code` or `message`.
    let bom = body.starts_with(b"\xEF\xBB\xBF");
    if bom && !strict {
        // Reported: GraphError::parse does not skip the byte order mark.
        return;
    }
    let json = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    let expected = match serde_json::from_slice::<Map<String, Value>>(json) {
        Ok(root) => match root.get("error") {
            Some(Value::Object(inner)) => {
                matches!(inner.get("code"), Some(Value::String(_)))
                    || matches!(inner.get("message"), Some(Value::String(_)))
            }
            _ => false,
        },
        Err(_) => false,
    };
    assert_eq!(
        parsed.is_some(),
        expected,
        "GraphError::parse of {:?}",
        String::from_utf8_lossy(body)
    );
    if let Some(parsed) = parsed {
        let Ok(root) = serde_json::from_slice::<Map<String, Value>>(json) else {
            return;
        };
        let Some(Value::Object(inner)) = root.get("error") else {
            return;
        };
        let string = |name: &str| match inner.get(name) {
            Some(Value::String(text)) => text.clone(),
            _ => String::new(),
        };
        assert_eq!(parsed.code, string("code"));
        assert_eq!(parsed.message, string("message"));
    }
}

/// `read_poly`: the input is read as both polymorphic enums.
pub fn read_poly(data: &[u8], strict: bool) {
    let any = serde_json::from_slice::<AnyConfiguration>(data);
    let strict_read = serde_json::from_slice::<StrictConfiguration>(data);
    let value = match any {
        Ok(value) => value,
        Err(error) => {
            check_read_error(&error.to_string());
            assert!(
                strict_read.is_err(),
                "only the enum without `other` read {strict_read:?}"
            );
            return;
        }
    };

    // The variant is the one `@odata.type` names (without it, the base).
    // Skipped values are not checked for UTF-8 (serde_json's `IgnoredAny`
    // does not look inside strings), so read the object from lossy text.
    let text = String::from_utf8_lossy(data);
    let Ok(Value::Object(object)) = serde_json::from_str::<Value>(&text) else {
        panic!("the enum read what is not a JSON object");
    };
    let name = match object.get("@odata.type") {
        Some(Value::String(name)) => Some(name.strip_prefix('#').unwrap_or(name).to_owned()),
        None => None,
        Some(other) => panic!("read an @odata.type that is {other}"),
    };
    match (&value, name.as_deref()) {
        (AnyConfiguration::Base(_), None | Some("microsoft.graph.deviceConfiguration")) => {}
        (AnyConfiguration::Ios(_), Some("microsoft.graph.iosCustomConfiguration")) => {}
        (AnyConfiguration::Other(unknown), Some(name))
            if name != "microsoft.graph.deviceConfiguration"
                && name != "microsoft.graph.iosCustomConfiguration" =>
        {
            assert_eq!(unknown.type_name(), name);
        }
        (value, name) => panic!("{name:?} read as {value:?}"),
    }

    // The enum without `other` reads the same, or refuses the unknown type.
    match (&value, &strict_read) {
        (AnyConfiguration::Base(a), Ok(StrictConfiguration::Base(b))) => assert_eq!(a, b),
        (AnyConfiguration::Ios(a), Ok(StrictConfiguration::Ios(b))) => {
            let (a, b) = (to_json(a), to_json(b));
            assert!(same_json(&a, &b, true), "{a}\n{b}");
        }
        (AnyConfiguration::Other(_), Err(error)) => {
            let message = error.to_string();
            assert!(message.starts_with("unknown @odata.type "), "{message}");
        }
        (value, strict_read) => panic!("{value:?} read as {strict_read:?}"),
    }

    // Writing it back reads again the same.
    let text = to_text(&value);
    let again: AnyConfiguration =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{text} does not read back: {e}"));
    let (first, second) = (to_json(&value), to_json(&again));
    assert!(
        same_json(&first, &second, strict),
        "read back differently:\n{first}\n{second}"
    );
    assert_eq!(std::mem::discriminant(&value), std::mem::discriminant(&again));

    // Bodies: known types write theirs, an unknown type has none.
    let body = serde_json::to_string(&value.update_body());
    match &value {
        AnyConfiguration::Other(_) => assert!(body.is_err()),
        AnyConfiguration::Base(_) => check_body::<DeviceConfiguration>(
            &body.unwrap_or_else(|e| panic!("{e}")),
            &["id", "createdDateTime"],
            true,
        ),
        AnyConfiguration::Ios(_) => {
            check_body::<IosCustomConfiguration>(&body.unwrap_or_else(|e| panic!("{e}")), &["id"], true)
        }
    }
    assert!(
        value.changes_since(&again).is_empty()
            || !strict && has_double(&first)
            || matches!(value, AnyConfiguration::Other(_))
    );
}

/// Whether a rendered segment is only unreserved bytes and `%XX` escapes.
fn only_unreserved_and_escapes(segment: &str) -> bool {
    let bytes = segment.as_bytes();
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        if byte == b'%' {
            let hex = |i: usize| {
                bytes
                    .get(i)
                    .is_some_and(|b| matches!(b, b'0'..=b'9' | b'A'..=b'F'))
            };
            if !(hex(index + 1) && hex(index + 2)) {
                return false;
            }
            index += 3;
        } else if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            index += 1;
        } else {
            return false;
        }
    }
    true
}

/// `render_path`: the input split on `0xFF` bytes (never in UTF-8) is a
/// template and the values for it.
pub fn render_path(data: &[u8], _strict: bool) {
    let mut parts = data.split(|&b| b == 0xFF).map(String::from_utf8_lossy);
    let Some(template) = parts.next() else {
        return;
    };
    let values: Vec<String> = parts.map(|p| p.into_owned()).collect();
    let refs: Vec<&str> = values.iter().map(String::as_str).collect();
    let parsed = match PathTemplate::parse(&template) {
        Ok(parsed) => parsed,
        Err(error) => {
            let message = error.to_string();
            assert!(!message.is_empty());
            // A rejected template may suggest a fix: the fix parses.
            if let Some((_, rest)) = message.split_once("did you mean `") {
                let suggestion = rest.strip_suffix("`?").unwrap_or_else(|| panic!("{message}"));
                assert!(PathTemplate::parse(suggestion).is_ok(), "{message}");
            }
            return;
        }
    };
    assert_eq!(parsed.as_str(), template);
    assert!(!template.contains(['?', '#']) && !template.chars().any(char::is_whitespace));

    check_render(&parsed, &refs);
    if let Ok(collection) = parsed.collection() {
        assert!(parsed.ends_with_param());
        assert_eq!(collection.params().count() + 1, parsed.params().count());
        let parents = refs.get(..refs.len().saturating_sub(1)).unwrap_or_default();
        check_render(&collection, parents);
    } else {
        assert!(!parsed.ends_with_param());
    }
}

fn check_render(template: &PathTemplate, values: &[&str]) {
    let params: Vec<&str> = template.params().collect();
    let rendered = template.render(values);
    let path = match rendered {
        Ok(path) => path,
        Err(PathError::WrongCount { expected, given, .. }) => {
            assert_eq!((expected, given), (params.len(), values.len()));
            return;
        }
        Err(PathError::EmptyValue { placeholder }) => {
            let index = params
                .iter()
                .position(|p| *p == placeholder)
                .unwrap_or_else(|| panic!("{placeholder}"));
            assert_eq!(values.get(index), Some(&""));
            return;
        }
        Err(PathError::DotSegment { placeholder, value }) => {
            let index = params
                .iter()
                .position(|p| *p == placeholder)
                .unwrap_or_else(|| panic!("{placeholder}"));
            assert_eq!(values.get(index), Some(&value.as_str()));
            assert!(value == "." || value == "..");
            return;
        }
        Err(error) => panic!("render failed with {error}"),
    };
    assert_eq!(values.len(), params.len());
    assert!(!path.contains(['?', '#']), "{path}");
    assert!(path.starts_with('/'));
    if template.segments().is_empty() {
        assert_eq!(path, "/");
        return;
    }
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    assert_eq!(segments.len(), template.segments().len(), "{path}");
    let mut values = values.iter();
    for (segment, piece) in segments.iter().zip(template.segments()) {
        match piece {
            graph_core::Segment::Literal(literal) => assert_eq!(segment, literal),
            graph_core::Segment::Param(_) => {
                let value = values.next().unwrap_or_else(|| panic!("a value per placeholder"));
                assert!(
                    only_unreserved_and_escapes(segment),
                    "{value:?} rendered as {segment}"
                );
                assert!(
                    *segment != "." && *segment != "..",
                    "{value:?} rendered as {segment}"
                );
                let decoded = percent_encoding::percent_decode_str(segment).decode_utf8_lossy();
                assert_eq!(decoded, *value);
            }
        }
    }
}

/// `wire`: the first byte picks the parser, the rest is its text.
pub fn wire(data: &[u8], strict: bool) {
    let Some((&selector, text)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    match selector % 6 {
        0 => match graph_core::wire::parse_datetime(text) {
            Ok(value) => {
                let written = graph_core::wire::format_datetime(&value);
                let again = graph_core::wire::parse_datetime(&written)
                    .unwrap_or_else(|e| panic!("{text} written {written}: {e}"));
                assert_eq!(again, value);
                assert_eq!(again.offset(), value.offset());
                assert_eq!(graph_core::wire::format_datetime(&again), written);
                // Graph's own form is written back byte for byte.
                if is_canonical_datetime(text) {
                    assert_eq!(written, text);
                }
            }
            Err(error) => check_wire_error(&error.to_string(), text, "DateTimeOffset"),
        },
        1 => match graph_core::wire::parse_date(text) {
            Ok(value) => {
                let written = graph_core::wire::format_date(&value);
                assert_eq!(written, text);
            }
            Err(error) => check_wire_error(&error.to_string(), text, "Date"),
        },
        2 => match graph_core::wire::parse_time(text) {
            Ok(value) => {
                let written = graph_core::wire::format_time(&value);
                let again =
                    graph_core::wire::parse_time(&written).unwrap_or_else(|e| panic!("{written}: {e}"));
                assert_eq!(again, value);
                assert_eq!(graph_core::wire::format_time(&again), written);
            }
            Err(error) => check_wire_error(&error.to_string(), text, "TimeOfDay"),
        },
        3 => match text.parse::<Duration>() {
            Ok(value) => {
                let written = value.to_string();
                let again: Duration = written
                    .parse()
                    .unwrap_or_else(|e| panic!("{text} written {written}: {e}"));
                assert_eq!(again.as_nanos(), value.as_nanos());
                assert_eq!(again.to_string(), written);
                let canonical = Duration::from_nanos(value.as_nanos());
                let back: Duration = canonical
                    .to_string()
                    .parse()
                    .unwrap_or_else(|e| panic!("{canonical}: {e}"));
                assert_eq!(back.as_nanos(), value.as_nanos());
                if value.as_nanos() >= 0 {
                    if let Some(std) = value.to_std() {
                        assert_eq!(Duration::from_std(std), value);
                    }
                }
                if let Some(delta) = value.to_chrono() {
                    assert_eq!(Duration::from(delta), value);
                }
            }
            Err(error) => check_wire_error(&error.to_string(), text, "Duration"),
        },
        4 => match Binary::from_base64(text) {
            // Canonical base64 only: what is read is written back as is.
            Ok(value) => assert_eq!(value.to_base64(), text),
            Err(error) => {
                let message = error.to_string();
                assert!(
                    message.starts_with("invalid base64 in Binary value: "),
                    "{message}"
                );
            }
        },
        _ => match graph_core::wire::parse_datetime(text) {
            // Into UTC: what a DateTime<Utc> field holds.
            Ok(value) => {
                let utc = value.with_timezone(&Utc);
                if !(0..=9999).contains(&utc.year()) {
                    // Graph cannot hold it: a DateTime<Utc> field refuses
                    // it when reading, and writing refuses it too.
                    let quoted = serde_json::to_string(text).unwrap_or_default();
                    let mut deserializer = serde_json::Deserializer::from_str(&quoted);
                    let read = serde::de::DeserializeSeed::deserialize(
                        graph_core::__private::WireSeed::<chrono::DateTime<Utc>>::new(),
                        &mut deserializer,
                    );
                    assert!(read.is_err(), "{text} read into UTC");
                    assert!(serde_json::to_string(&graph_core::__private::Wire(&utc)).is_err());
                    return;
                }
                let _ = strict;
                let written = graph_core::wire::format_datetime(&utc);
                let again = graph_core::wire::parse_datetime(&written)
                    .unwrap_or_else(|e| panic!("{text} written {written}: {e}"));
                assert_eq!(again, utc);
            }
            Err(error) => check_wire_error(&error.to_string(), text, "DateTimeOffset"),
        },
    }
}

/// A wire error names the type and quotes the input (cut after 100 bytes).
fn check_wire_error(message: &str, text: &str, edm: &str) {
    let head = format!("invalid {edm} `");
    assert!(message.starts_with(&head), "{message}");
    if text.len() <= 100 {
        assert!(message.starts_with(&format!("{head}{text}`: ")), "{message}");
    } else {
        assert!(message.contains("...`: "), "{message}");
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.f]` with an uppercase `T`, a fraction of 1 to 9
/// digits not ending in `0`, and `Z` or a non-zero `±HH:MM` offset: the form
/// that is written back byte for byte.
fn is_canonical_datetime(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.get(10) != Some(&b'T') {
        return false;
    }
    let rest = bytes.get(19..).unwrap_or_default();
    let (fraction, offset) = match rest.first() {
        Some(b'.') => {
            let digits = rest.iter().skip(1).take_while(|b| b.is_ascii_digit()).count();
            (
                rest.get(1..=digits).unwrap_or_default(),
                rest.get(1 + digits..).unwrap_or_default(),
            )
        }
        _ => (&[][..], rest),
    };
    let fraction_ok = fraction.is_empty() || (fraction.len() <= 9 && fraction.last() != Some(&b'0'));
    let offset_ok = offset == b"Z" || (offset.len() == 6 && offset.get(1..) != Some(&b"00:00"[..]));
    // A leap second (`:60`) is written back as read too.
    fraction_ok && offset_ok
}
