//! Polymorphism on corpus data: one `#[derive(GraphEntity)]` enum reads a
//! `/deviceManagement/deviceConfigurations` page that mixes derived types,
//! dispatching on `@odata.type`, keeps the types it does not list whole, and
//! writes every item back as it was read.
//!
//! The page is built from the beta `get` examples of the corpus
//! (`tests/data/intune-public.json`), each unwrapped from the `{"value": {...}}`
//! the generated doc pages put around it, with two types the enum does not
//! list: a real one (`iosWiFiConfiguration`) and an invented one
//! (`futureConfiguration`).

use std::sync::OnceLock;

use chrono::{DateTime, FixedOffset};
use graph_core::{read_page, ApiVersion, Binary, Cloud, Creatable, Endpoint, GraphEntity, Page, Patch};
use graph_entity::device_configurations::*;
use graph_entity::seeds::minify;
use http::StatusCode;
use serde_json::{json, Value};

// ---------------------------------------------------------------------------
// Corpus access.
// ---------------------------------------------------------------------------

const CONTEXT: &str = "https://graph.microsoft.com/beta/$metadata#deviceManagement/deviceConfigurations";

/// The derived types the enum lists, in the order of the page.
const MODELLED: [&str; 6] = [
    "androidCustomConfiguration",
    "androidDeviceOwnerTrustedRootCertificate",
    "iosExpeditedCheckinConfiguration",
    "macOSTrustedRootCertificate",
    "windowsHealthMonitoringConfiguration",
    "windowsPhone81CustomConfiguration",
];

/// A real derived type of the corpus that the enum does not list.
const UNMODELLED: &str = "iosWiFiConfiguration";

/// A derived type Graph might add tomorrow.
const FUTURE: &str = r##"{"@odata.type":"#microsoft.graph.futureConfiguration","id":"00000000-0000-0000-0000-000000000001","displayName":"Future","version":1,"futureSetting":{"@odata.type":"microsoft.graph.futureSetting","levels":[1,2.5,null],"enabled":false}}"##;

fn corpus() -> &'static Value {
    static CORPUS: OnceLock<Value> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/intune-public.json");
        let text = std::fs::read_to_string(path).expect("the corpus is in tests/data");
        serde_json::from_str(&text).expect("the corpus is JSON")
    })
}

/// The beta case of `type_name` for `operation`.
fn case(type_name: &str, operation: &str) -> &'static Value {
    let cases = corpus()["cases"].as_array().expect("cases");
    let mut found = cases.iter().filter(|case| {
        case["version"] == "beta" && case["type"] == type_name && case["operation"] == operation
    });
    let case = found
        .next()
        .unwrap_or_else(|| panic!("no beta {operation} case for {type_name}"));
    assert!(
        found.next().is_none(),
        "one beta {operation} case for {type_name}"
    );
    case
}

/// The example entity of the beta `get` of `type_name`, minified with its
/// properties in the order the docs give them (the page's
/// `{"value": {...}}` wrapper unwrapped).
fn example(type_name: &str) -> String {
    let response = &case(type_name, "get")["response"];
    let wrapper = response["body"].as_object().expect("an object");
    assert!(
        wrapper.len() == 1 && wrapper["value"].is_object(),
        "a wrapped entity"
    );
    let text = minify(response["body_text"].as_str().expect("body text"));
    text.strip_prefix(r#"{"value":"#)
        .and_then(|text| text.strip_suffix('}'))
        .expect("wrapped in {\"value\": ...}")
        .to_owned()
}

/// The example request body of the beta `operation` (update or create) of
/// `type_name`, minified.
fn request(type_name: &str, operation: &str) -> String {
    minify(
        case(type_name, operation)["request"]["body_text"]
            .as_str()
            .expect("body text"),
    )
}

/// The items of the page: every modelled type, then the two unknown ones.
fn items() -> Vec<String> {
    let mut items: Vec<String> = MODELLED.iter().map(|name| example(name)).collect();
    items.push(example(UNMODELLED));
    items.push(FUTURE.to_owned());
    items
}

fn page_text(items: &[String]) -> String {
    format!(
        r#"{{"@odata.context":"{CONTEXT}","value":[{}]}}"#,
        items.join(",")
    )
}

/// Moves `@odata.type` (the first property of `item`) to after the
/// `after`-th of the others (`usize::MAX`: to the end).
fn move_type(item: &str, after: usize) -> String {
    let inner = item.strip_prefix('{').and_then(|inner| inner.strip_suffix('}'));
    let mut entries = top_level_entries(inner.expect("an object"));
    assert!(entries[0].starts_with(r#""@odata.type":"#), "@odata.type first");
    let odata_type = entries.remove(0);
    entries.insert(after.min(entries.len()), odata_type);
    format!("{{{}}}", entries.join(","))
}

/// Splits the inside of a minified JSON object at its top-level commas.
fn top_level_entries(body: &str) -> Vec<String> {
    let (mut entries, mut start, mut depth, mut in_string, mut escaped) = (Vec::new(), 0, 0, false, false);
    for (i, c) in body.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => depth += 1,
            '}' | ']' => depth -= 1,
            ',' if depth == 0 => {
                entries.push(body[start..i].to_owned());
                start = i + 1;
            }
            _ => {}
        }
    }
    if !body.is_empty() {
        entries.push(body[start..].to_owned());
    }
    entries
}

fn read(text: &str) -> Page<AnyDeviceConfiguration> {
    read_page(StatusCode::OK, text.as_bytes()).unwrap_or_else(|error| panic!("{error}"))
}

fn to_string<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|error| panic!("{error}"))
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).expect("json")
}

/// Which variant holds `item`, and the type name it holds.
fn variant(item: &AnyDeviceConfiguration) -> (&'static str, &str) {
    match item {
        AnyDeviceConfiguration::Base(_) => ("Base", DeviceConfiguration::ODATA_TYPE),
        AnyDeviceConfiguration::AndroidCustom(_) => ("AndroidCustom", AndroidCustomConfiguration::ODATA_TYPE),
        AnyDeviceConfiguration::AndroidDeviceOwnerTrustedRootCertificate(_) => (
            "AndroidDeviceOwnerTrustedRootCertificate",
            AndroidDeviceOwnerTrustedRootCertificate::ODATA_TYPE,
        ),
        AnyDeviceConfiguration::IosExpeditedCheckin(_) => (
            "IosExpeditedCheckin",
            IosExpeditedCheckinConfiguration::ODATA_TYPE,
        ),
        AnyDeviceConfiguration::MacOsTrustedRootCertificate(_) => (
            "MacOsTrustedRootCertificate",
            MacOsTrustedRootCertificate::ODATA_TYPE,
        ),
        AnyDeviceConfiguration::WindowsHealthMonitoring(_) => (
            "WindowsHealthMonitoring",
            WindowsHealthMonitoringConfiguration::ODATA_TYPE,
        ),
        AnyDeviceConfiguration::WindowsPhone81Custom(_) => (
            "WindowsPhone81Custom",
            WindowsPhone81CustomConfiguration::ODATA_TYPE,
        ),
        AnyDeviceConfiguration::Other(unknown) => ("Other", unknown.type_name()),
    }
}

const EXPECTED_VARIANTS: [(&str, &str); 8] = [
    ("AndroidCustom", "microsoft.graph.androidCustomConfiguration"),
    (
        "AndroidDeviceOwnerTrustedRootCertificate",
        "microsoft.graph.androidDeviceOwnerTrustedRootCertificate",
    ),
    (
        "IosExpeditedCheckin",
        "microsoft.graph.iosExpeditedCheckinConfiguration",
    ),
    (
        "MacOsTrustedRootCertificate",
        "microsoft.graph.macOSTrustedRootCertificate",
    ),
    (
        "WindowsHealthMonitoring",
        "microsoft.graph.windowsHealthMonitoringConfiguration",
    ),
    (
        "WindowsPhone81Custom",
        "microsoft.graph.windowsPhone81CustomConfiguration",
    ),
    ("Other", "microsoft.graph.iosWiFiConfiguration"),
    ("Other", "microsoft.graph.futureConfiguration"),
];

fn datetime(text: &str) -> Option<DateTime<FixedOffset>> {
    Some(DateTime::parse_from_rfc3339(text).expect("a datetime"))
}

// ---------------------------------------------------------------------------
// Reading and writing a mixed page.
// ---------------------------------------------------------------------------

#[test]
fn reads_a_mixed_corpus_page_and_writes_it_back() {
    let items = items();
    let text = page_text(&items);
    let page = read(&text);

    assert_eq!(page.context.as_deref(), Some(CONTEXT));
    assert!(page.is_last());
    let variants: Vec<_> = page.value.iter().map(variant).collect();
    assert_eq!(variants, EXPECTED_VARIANTS);

    // A few values of each, through the typed fields.
    let AnyDeviceConfiguration::AndroidCustom(android) = &page.value[0] else {
        unreachable!()
    };
    assert_eq!(
        android.id.as_deref(),
        Some("619b5e6d-5e6d-619b-6d5e-9b616d5e9b61")
    );
    assert_eq!(android.version, Some(7));
    assert_eq!(
        android.last_modified_date_time,
        datetime("2017-01-01T00:00:35.1329464-08:00")
    );
    let Some([AnyOmaSetting::Base(setting)]) = android.oma_settings.as_deref() else {
        panic!("one omaSetting: {:?}", android.oma_settings)
    };
    assert_eq!(setting.odata_type.as_deref(), Some("microsoft.graph.omaSetting"));
    assert_eq!(setting.oma_uri.as_deref(), Some("Oma Uri value"));
    assert_eq!(setting.is_encrypted, Some(true));
    let edition = android
        .device_management_applicability_rule_os_edition
        .as_ref()
        .expect("os edition rule");
    assert_eq!(
        edition.os_edition_types,
        Some(vec![Windows10EditionType::Windows10EnterpriseN])
    );
    assert_eq!(
        edition.rule_type,
        Some(DeviceManagementApplicabilityRuleType::Exclude)
    );
    let os_version = android
        .device_management_applicability_rule_os_version
        .as_ref()
        .expect("os version rule");
    assert_eq!(os_version.min_os_version.as_deref(), Some("Min OSVersion value"));
    assert_eq!(
        android
            .device_management_applicability_rule_device_mode
            .as_ref()
            .and_then(|rule| rule.device_mode.clone()),
        Some(Windows10DeviceModeType::SModeConfiguration)
    );

    let AnyDeviceConfiguration::AndroidDeviceOwnerTrustedRootCertificate(root) = &page.value[1] else {
        unreachable!()
    };
    assert_eq!(
        root.trusted_root_certificate.as_ref().map(Binary::as_bytes),
        Some(&b"trustedRootCertificate"[..])
    );
    assert_eq!(root.cert_file_name.as_deref(), Some("Cert File Name value"));

    let AnyDeviceConfiguration::IosExpeditedCheckin(checkin) = &page.value[2] else {
        unreachable!()
    };
    assert_eq!(checkin.enable_expedited_checkin, Some(true));
    assert_eq!(
        checkin.created_date_time,
        datetime("2017-01-01T00:02:43.5775965-08:00")
    );

    let AnyDeviceConfiguration::MacOsTrustedRootCertificate(mac) = &page.value[3] else {
        unreachable!()
    };
    assert_eq!(mac.id.as_deref(), Some("c5fac954-c954-c5fa-54c9-fac554c9fac5"));
    assert_eq!(
        mac.trusted_root_certificate.as_ref().map(Binary::as_bytes),
        Some(&b"trustedRootCertificate"[..])
    );

    let AnyDeviceConfiguration::WindowsHealthMonitoring(health) = &page.value[4] else {
        unreachable!()
    };
    assert_eq!(health.allow_device_health_monitoring, Some(Enablement::Enabled));
    assert_eq!(
        health.config_device_health_monitoring_scope,
        Some(WindowsHealthMonitoringScope::HealthMonitoring)
    );

    let AnyDeviceConfiguration::WindowsPhone81Custom(phone) = &page.value[5] else {
        unreachable!()
    };
    assert_eq!(phone.display_name.as_deref(), Some("Display Name value"));
    assert_eq!(phone.oma_settings.as_ref().map(Vec::len), Some(1));

    let AnyDeviceConfiguration::Other(wifi) = &page.value[6] else {
        unreachable!()
    };
    assert_eq!(wifi.odata_type, "#microsoft.graph.iosWiFiConfiguration");
    assert_eq!(wifi.properties["ssid"], "Ssid value");
    assert_eq!(wifi.properties["proxyManualPort"], 15);
    assert_eq!(wifi.properties.len(), 22);

    let AnyDeviceConfiguration::Other(future) = &page.value[7] else {
        unreachable!()
    };
    assert_eq!(future.type_name(), "microsoft.graph.futureConfiguration");
    assert_eq!(
        future.properties["futureSetting"]["levels"],
        json!([1, 2.5, null])
    );

    // Written back, the page is the page that was read: no normalization
    // (nested `@odata.type` values are written without `#`, as the corpus
    // has them; entities with it).
    assert_eq!(serde_json::to_value(&page).expect("writes"), parse(&text));

    // The listed types even byte for byte, in the order the docs give. The
    // `other` items only as JSON values: `UnknownEntity` keeps its properties
    // in a `serde_json::Map`, which sorts them unless serde_json's
    // `preserve_order` feature is on.
    for (item, text) in page.value.iter().zip(&items) {
        match item {
            AnyDeviceConfiguration::Other(_) => assert_eq!(parse(&to_string(item)), parse(text)),
            _ => assert_eq!(&to_string(item), text),
        }
    }
}

#[test]
fn the_list_pages_of_the_corpus_read_into_the_enum() {
    for name in MODELLED.iter().chain([&UNMODELLED]) {
        let body = case(name, "list")["response"]["body_text"]
            .as_str()
            .expect("body text");
        let page = read(body);
        assert_eq!(page.value.len(), 1, "{name}");
        let (_, type_name) = variant(&page.value[0]);
        assert_eq!(type_name, format!("microsoft.graph.{name}"));
        // Byte for byte for the listed types; see above for `other`.
        if name == &UNMODELLED {
            assert_eq!(serde_json::to_value(&page).expect("writes"), parse(body));
        } else {
            assert_eq!(to_string(&page), minify(body));
        }
    }
}

#[test]
fn odata_type_after_other_properties_reads_the_same() {
    let items = items();
    let expected = read(&page_text(&items));
    for after in [1, 5, usize::MAX] {
        let moved: Vec<String> = items.iter().map(|item| move_type(item, after)).collect();
        assert_ne!(moved, items);
        let text = page_text(&moved);
        let page = read(&text);
        assert_eq!(page, expected, "@odata.type after {after} properties");
        // Written back with `@odata.type` first, as Graph writes it.
        assert_eq!(serde_json::to_value(&page).expect("writes"), parse(&text));
    }
}

#[test]
fn odata_type_without_hash_or_naming_the_base_dispatches() {
    let android = example("androidCustomConfiguration");
    let without_hash = android.replacen("#microsoft.graph.", "microsoft.graph.", 1);
    let item: AnyDeviceConfiguration = serde_json::from_str(&without_hash).expect("reads");
    assert!(matches!(item, AnyDeviceConfiguration::AndroidCustom(_)));
    assert_eq!(to_string(&item), android);

    let base = r##"{"@odata.type":"#microsoft.graph.deviceConfiguration","id":"b","displayName":"Base"}"##;
    let item: AnyDeviceConfiguration = serde_json::from_str(base).expect("reads");
    let expected = DeviceConfiguration {
        id: Some("b".into()),
        display_name: Some("Base".into()),
        ..Default::default()
    };
    assert_eq!(item, AnyDeviceConfiguration::Base(expected));
    assert_eq!(to_string(&item), base);
}

#[test]
fn missing_odata_type_reads_as_the_base_type() {
    // The base properties of a corpus example, without `@odata.type`.
    let mut properties = parse(&example("windowsHealthMonitoringConfiguration"));
    let object = properties.as_object_mut().expect("object");
    object.remove("@odata.type");
    for derived in [
        "allowDeviceHealthMonitoring",
        "configDeviceHealthMonitoringScope",
        "configDeviceHealthMonitoringCustomScope",
    ] {
        object.remove(derived);
    }
    let item: AnyDeviceConfiguration = serde_json::from_value(properties.clone()).expect("reads");
    let AnyDeviceConfiguration::Base(base) = &item else {
        panic!("not the base variant: {item:?}")
    };
    assert_eq!(base.id.as_deref(), Some("3439bcec-bcec-3439-ecbc-3934ecbc3934"));
    assert_eq!(base.version, Some(7));
    // Written back with the base type named.
    let mut expected = properties;
    expected["@odata.type"] = json!("#microsoft.graph.deviceConfiguration");
    assert_eq!(serde_json::to_value(&item).expect("writes"), expected);
    assert!(to_string(&item)
        .starts_with(r##"{"@odata.type":"#microsoft.graph.deviceConfiguration","id":"3439bcec"##));

    // From text, in a page, too.
    let page = read(r#"{"value":[{"id":"1","displayName":"no type"},{}]}"#);
    assert_eq!(
        page.value,
        [
            AnyDeviceConfiguration::Base(DeviceConfiguration {
                id: Some("1".into()),
                display_name: Some("no type".into()),
                ..Default::default()
            }),
            AnyDeviceConfiguration::Base(DeviceConfiguration::default()),
        ]
    );
}

#[test]
fn nested_derived_types_are_kept() {
    let settings = json!([
        {"@odata.type": "microsoft.graph.omaSettingInteger", "displayName": "Level", "omaUri": "./Vendor/Level", "isEncrypted": false, "value": 3, "isReadOnly": false},
        {"@odata.type": "#microsoft.graph.omaSettingString", "displayName": "Name", "omaUri": "./Vendor/Name", "value": "x"},
    ]);
    // A nested `@odata.type` is written without `#`, however it was read;
    // an unknown type's as it was read.
    let mut written = settings.clone();
    written[1]["@odata.type"] = json!("microsoft.graph.omaSettingString");

    // Through the polymorphic complex enum.
    let mut android = parse(&example("androidCustomConfiguration"));
    android["omaSettings"] = settings.clone();
    let item: AnyDeviceConfiguration = serde_json::from_value(android.clone()).expect("reads");
    let AnyDeviceConfiguration::AndroidCustom(custom) = &item else {
        panic!("{item:?}")
    };
    let Some([AnyOmaSetting::Other(integer), AnyOmaSetting::String(string)]) = custom.oma_settings.as_deref()
    else {
        panic!("{:?}", custom.oma_settings)
    };
    assert_eq!(integer.type_name(), "microsoft.graph.omaSettingInteger");
    assert_eq!(integer.properties["value"], 3);
    assert_eq!(string.value.as_deref(), Some("x"));
    android["omaSettings"] = written.clone();
    assert_eq!(serde_json::to_value(&item).expect("writes"), android);
    // A nested value of an unknown type is sent whole in bodies.
    let body = parse(&to_string(&item.update_body()));
    assert_eq!(body["omaSettings"], written);

    // Through the abstract struct with `odata_type` and `extra`.
    let mut phone = parse(&example("windowsPhone81CustomConfiguration"));
    phone["omaSettings"] = settings;
    let item: AnyDeviceConfiguration = serde_json::from_value(phone.clone()).expect("reads");
    let AnyDeviceConfiguration::WindowsPhone81Custom(custom) = &item else {
        panic!("{item:?}")
    };
    let settings = custom.oma_settings.as_deref().expect("settings");
    assert_eq!(
        settings[0].odata_type.as_deref(),
        Some("microsoft.graph.omaSettingInteger")
    );
    assert_eq!(settings[0].extra["value"], 3);
    assert_eq!(settings[1].extra["value"], "x");
    phone["omaSettings"] = written;
    assert_eq!(serde_json::to_value(&item).expect("writes"), phone);
}

// ---------------------------------------------------------------------------
// Errors.
// ---------------------------------------------------------------------------

#[test]
fn an_unknown_type_without_other_is_an_error_naming_it() {
    let error = serde_json::from_str::<KnownDeviceConfiguration>(&example(UNMODELLED)).unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown @odata.type microsoft.graph.iosWiFiConfiguration: no variant of KnownDeviceConfiguration holds it at line 1 column 54"
    );

    let text = page_text(&[example("androidCustomConfiguration"), FUTURE.to_owned()]);
    let error = read_page::<KnownDeviceConfiguration>(StatusCode::OK, text.as_bytes()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot read the response body with status 200 OK: value[1]: unknown @odata.type microsoft.graph.futureConfiguration: no variant of KnownDeviceConfiguration holds it at line 1 column 1410"
    );

    // The listed types still read.
    let page = read_page::<KnownDeviceConfiguration>(
        StatusCode::OK,
        page_text(&[example("iosExpeditedCheckinConfiguration")]).as_bytes(),
    )
    .unwrap();
    assert!(matches!(
        page.value[..],
        [KnownDeviceConfiguration::IosExpeditedCheckin(_)]
    ));
}

#[test]
fn a_missing_type_without_a_base_variant_is_an_error() {
    let error =
        serde_json::from_str::<KnownDeviceConfiguration>(r#"{"id":"1","displayName":"d"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "missing @odata.type: cannot tell which microsoft.graph.deviceConfiguration this is at line 1 column 28"
    );
}

#[test]
fn errors_name_the_property_whether_or_not_the_type_came_first() {
    let first =
        r##"{"@odata.type":"#microsoft.graph.iosExpeditedCheckinConfiguration","id":"1","version":"seven"}"##;
    let later =
        r##"{"id":"1","version":"seven","@odata.type":"#microsoft.graph.iosExpeditedCheckinConfiguration"}"##;
    let first = serde_json::from_str::<AnyDeviceConfiguration>(first).unwrap_err();
    let later = serde_json::from_str::<AnyDeviceConfiguration>(later).unwrap_err();
    assert_eq!(
        first.to_string(),
        "version: invalid type: string \"seven\", expected i32 at line 1 column 94"
    );
    assert_eq!(
        later.to_string(),
        "version: invalid type: string \"seven\", expected i32 at line 1 column 94"
    );

    let error = serde_json::from_str::<AnyDeviceConfiguration>(r#"{"@odata.type":7}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "@odata.type: invalid type: integer `7`, expected an OData type name at line 1 column 17"
    );
    let error = serde_json::from_str::<AnyDeviceConfiguration>(r#"[1]"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid type: sequence, expected a microsoft.graph.deviceConfiguration object at line 1 column 0"
    );
}

#[test]
fn a_duplicate_property_is_an_error_on_both_paths() {
    let first = r##"{"@odata.type":"#microsoft.graph.deviceConfiguration","id":"1","id":"2"}"##;
    let later = r##"{"id":"1","@odata.type":"#microsoft.graph.deviceConfiguration","id":"2"}"##;
    let twice = r##"{"id":"1","id":"2","@odata.type":"#microsoft.graph.deviceConfiguration"}"##;
    for text in [first, later, twice] {
        let error = serde_json::from_str::<AnyDeviceConfiguration>(text).unwrap_err();
        assert!(
            error.to_string().starts_with("duplicate field `id`"),
            "{text}: {error}"
        );
    }
    let types = r##"{"@odata.type":"#microsoft.graph.deviceConfiguration","@odata.type":"#microsoft.graph.deviceConfiguration"}"##;
    let error = serde_json::from_str::<AnyDeviceConfiguration>(types).unwrap_err();
    assert!(
        error.to_string().starts_with("duplicate field `@odata.type`"),
        "{error}"
    );
}

// ---------------------------------------------------------------------------
// Bodies and patches delegate to the variant.
// ---------------------------------------------------------------------------

#[test]
fn update_and_create_bodies_are_the_corpus_requests() {
    let page = read(&page_text(&items()));
    for (item, name) in page.value.iter().zip(MODELLED) {
        assert_eq!(to_string(&item.update_body()), request(name, "update"), "{name}");
        assert_eq!(to_string(&item.create_body()), request(name, "create"), "{name}");
    }
}

#[test]
fn an_unknown_type_has_no_request_body() {
    let page = read(&page_text(&items()));
    let unknown = &page.value[6];
    let message = "no request body for an unknown type of AnyDeviceConfiguration: which of its properties the server owns is not known";
    assert_eq!(
        serde_json::to_string(&unknown.update_body())
            .unwrap_err()
            .to_string(),
        message
    );
    assert_eq!(
        serde_json::to_string(&unknown.create_body())
            .unwrap_err()
            .to_string(),
        message
    );
}

#[test]
fn keys_and_requests_delegate() {
    let page = read(&page_text(&items()));
    let endpoint = Endpoint::new(Cloud::Global, ApiVersion::Beta);
    let health = &page.value[4];
    assert_eq!(
        health.key().as_deref(),
        Some("3439bcec-bcec-3439-ecbc-3934ecbc3934")
    );
    assert_eq!(
        AnyDeviceConfiguration::PATHS[0].as_str(),
        "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
    );

    let update = endpoint.update(health, &[]).build().expect("builds");
    assert_eq!(update.method(), http::Method::PATCH);
    assert_eq!(
        update.uri().to_string(),
        "https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations/3439bcec-bcec-3439-ecbc-3934ecbc3934"
    );
    assert_eq!(
        String::from_utf8(update.body().clone()).expect("utf-8"),
        request("windowsHealthMonitoringConfiguration", "update")
    );

    // No `$select`: the enum's variants have different properties.
    let list = endpoint
        .list::<AnyDeviceConfiguration>(&[])
        .build()
        .expect("builds");
    assert_eq!(
        list.uri().to_string(),
        "https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations"
    );
}

#[test]
fn a_patch_within_one_variant_is_exact() {
    let page = read(&page_text(&items()));
    let old = page.value[4].clone();
    let AnyDeviceConfiguration::WindowsHealthMonitoring(mut health) = old.clone() else {
        unreachable!()
    };
    health.display_name = Some("Health".into());
    health.description = None;
    health.config_device_health_monitoring_scope = Some(WindowsHealthMonitoringScope::Other(
        "healthMonitoring,bootPerformance".into(),
    ));
    health.last_modified_date_time = None; // server-owned: never sent
    if let Some(rule) = &mut health.device_management_applicability_rule_os_version {
        rule.max_os_version = Some("10.0.22631".into());
    }
    let new = AnyDeviceConfiguration::WindowsHealthMonitoring(health);

    let patch = new.changes_since(&old);
    assert!(!patch.is_empty());
    assert_eq!(
        to_string(&patch),
        r##"{"@odata.type":"#microsoft.graph.windowsHealthMonitoringConfiguration","deviceManagementApplicabilityRuleOsVersion":{"@odata.type":"microsoft.graph.deviceManagementApplicabilityRuleOsVersion","minOSVersion":"Min OSVersion value","maxOSVersion":"10.0.22631","name":"Name value","ruleType":"exclude"},"description":null,"displayName":"Health","configDeviceHealthMonitoringScope":"healthMonitoring,bootPerformance"}"##
    );
    let unchanged = old.changes_since(&old);
    assert!(unchanged.is_empty());
    assert_eq!(
        to_string(&unchanged),
        r##"{"@odata.type":"#microsoft.graph.windowsHealthMonitoringConfiguration"}"##
    );

    let request = Endpoint::new(Cloud::Global, ApiVersion::Beta)
        .update_changes(&new, &old, &[])
        .build()
        .expect("builds");
    assert_eq!(
        request.uri().to_string(),
        "https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations/3439bcec-bcec-3439-ecbc-3934ecbc3934"
    );
    assert_eq!(request.body(), to_string(&patch).as_bytes());
}

#[test]
fn a_patch_between_two_variants_fails_to_serialize() {
    let page = read(&page_text(&items()));
    let (android, checkin, wifi, future) = (&page.value[0], &page.value[2], &page.value[6], &page.value[7]);

    let patch = checkin.changes_since(android);
    assert!(!patch.is_empty());
    assert_eq!(
        serde_json::to_string(&patch).unwrap_err().to_string(),
        "cannot patch microsoft.graph.androidCustomConfiguration into microsoft.graph.iosExpeditedCheckinConfiguration: a patch changes the properties of one type"
    );
    let patch = android.changes_since(wifi);
    assert_eq!(
        serde_json::to_string(&patch).unwrap_err().to_string(),
        "cannot patch an unknown type into microsoft.graph.androidCustomConfiguration: a patch changes the properties of one type"
    );
    // Not even between two values of one unknown type.
    let patch = future.changes_since(future);
    assert_eq!(
        serde_json::to_string(&patch).unwrap_err().to_string(),
        "cannot patch an unknown type into an unknown type: a patch changes the properties of one type"
    );

    let error = Endpoint::new(Cloud::Global, ApiVersion::Beta)
        .update_changes(checkin, android, &[])
        .build()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot serialize the request body: cannot patch microsoft.graph.androidCustomConfiguration into microsoft.graph.iosExpeditedCheckinConfiguration: a patch changes the properties of one type"
    );
}

/// A family inside a family, a boxed variant, and the key of an unknown item.
mod nested {
    use graph_core::{GraphEntity, UnknownEntity};

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(odata_type = "microsoft.graph.deviceConfiguration")]
    pub struct Base {
        #[graph(key)]
        pub id: Option<String>,
    }

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(
        odata_type = "microsoft.graph.androidDeviceOwnerCertificateProfileBase",
        abstract
    )]
    pub struct CertificateBase {
        #[graph(key)]
        pub id: Option<String>,
    }

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(odata_type = "microsoft.graph.androidDeviceOwnerPkcsCertificateProfile")]
    pub struct Pkcs {
        #[graph(key)]
        pub id: Option<String>,
        pub certificate_template_name: Option<String>,
    }

    #[derive(Debug, Clone, PartialEq, GraphEntity)]
    #[graph(odata_type = "microsoft.graph.androidDeviceOwnerCertificateProfileBase")]
    pub enum AnyCertificate {
        Base(CertificateBase),
        Pkcs(Box<Pkcs>),
    }

    #[derive(Debug, Clone, PartialEq, GraphEntity)]
    #[graph(odata_type = "microsoft.graph.deviceConfiguration")]
    pub enum AnyConfiguration {
        Base(Base),
        Certificate(AnyCertificate),
        #[graph(other)]
        Other(UnknownEntity),
    }

    #[test]
    fn a_sub_family_receives_its_derived_types() {
        let text = r##"[{"@odata.type":"#microsoft.graph.androidDeviceOwnerPkcsCertificateProfile","id":"1","certificateTemplateName":"t"},{"@odata.type":"#microsoft.graph.androidDeviceOwnerCertificateProfileBase","id":"2"},{"@odata.type":"#microsoft.graph.future","id":"3","@odata.etag":"W/\"9\""}]"##;
        let items: Vec<AnyConfiguration> = serde_json::from_str(text).unwrap();
        assert_eq!(
            items[0],
            AnyConfiguration::Certificate(AnyCertificate::Pkcs(Box::new(Pkcs {
                id: Some("1".into()),
                certificate_template_name: Some("t".into())
            })))
        );
        assert!(matches!(
            items[1],
            AnyConfiguration::Certificate(AnyCertificate::Base(_))
        ));
        assert!(matches!(items[2], AnyConfiguration::Other(_)));
        assert_eq!(
            items
                .iter()
                .map(|item| item.key().map(|key| key.into_owned()))
                .collect::<Vec<_>>(),
            [Some("1".to_owned()), Some("2".to_owned()), Some("3".to_owned())]
        );
        assert_eq!(items[2].etag(), Some("W/\"9\""));
        assert_eq!(
            serde_json::to_string(&items[..2]).unwrap(),
            text[..text.rfind(",{").unwrap()].to_owned() + "]"
        );
    }
}
