//! Reading a 1,000-item `/deviceManagement/deviceConfigurations` page that
//! mixes derived types, through a polymorphic `#[derive(GraphEntity)]` enum,
//! against the same bytes read into `serde_json::Value`s and into serde's
//! internally tagged enum (`#[serde(tag = "@odata.type")]`) over plain
//! `#[derive(Deserialize)]` structs of the same fields.
//!
//! The items are the corpus examples (`tests/data/intune-public.json`) of six
//! derived types the enums list and of one they do not
//! (`iosWiFiConfiguration`), cycled, each with an id of its own. Each reader
//! runs twice: with `@odata.type` first, as Graph sends it, and last.
//!
//! ```text
//! cargo bench --bench polymorphism -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;

use chrono::{DateTime, FixedOffset};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use graph_core::{Binary, GraphEntity, GraphEnum, Page, UnknownEntity};
use graph_entity::seeds::minify;
use serde::Deserialize;
use serde_json::{Map, Value};

// ---------------------------------------------------------------------------
// The graph-core types (as in tests/polymorphism.rs, except that both
// custom configurations read `omaSettings` into the `OmaSetting` struct).
// ---------------------------------------------------------------------------

mod graph {
    use super::*;

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(
        odata_type = "microsoft.graph.deviceConfiguration",
        path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
    )]
    pub struct DeviceConfiguration {
        #[graph(key)]
        pub id: Option<String>,
        #[graph(read_only)]
        pub last_modified_date_time: Option<DateTime<FixedOffset>>,
        pub role_scope_tag_ids: Option<Vec<String>>,
        pub supports_scope_tags: Option<bool>,
        pub device_management_applicability_rule_os_edition: Option<RuleOsEdition>,
        pub device_management_applicability_rule_os_version: Option<RuleOsVersion>,
        pub device_management_applicability_rule_device_mode: Option<RuleDeviceMode>,
        #[graph(read_only)]
        pub created_date_time: Option<DateTime<FixedOffset>>,
        pub description: Option<String>,
        pub display_name: Option<String>,
        pub version: Option<i32>,
    }

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(
        odata_type = "microsoft.graph.androidCustomConfiguration",
        path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
    )]
    pub struct AndroidCustomConfiguration {
        #[graph(key)]
        pub id: Option<String>,
        #[graph(read_only)]
        pub last_modified_date_time: Option<DateTime<FixedOffset>>,
        pub role_scope_tag_ids: Option<Vec<String>>,
        pub supports_scope_tags: Option<bool>,
        pub device_management_applicability_rule_os_edition: Option<RuleOsEdition>,
        pub device_management_applicability_rule_os_version: Option<RuleOsVersion>,
        pub device_management_applicability_rule_device_mode: Option<RuleDeviceMode>,
        #[graph(read_only)]
        pub created_date_time: Option<DateTime<FixedOffset>>,
        pub description: Option<String>,
        pub display_name: Option<String>,
        pub version: Option<i32>,
        pub oma_settings: Option<Vec<OmaSetting>>,
    }

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(
        odata_type = "microsoft.graph.androidDeviceOwnerTrustedRootCertificate",
        path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
    )]
    pub struct AndroidDeviceOwnerTrustedRootCertificate {
        #[graph(key)]
        pub id: Option<String>,
        #[graph(read_only)]
        pub last_modified_date_time: Option<DateTime<FixedOffset>>,
        pub role_scope_tag_ids: Option<Vec<String>>,
        pub supports_scope_tags: Option<bool>,
        pub device_management_applicability_rule_os_edition: Option<RuleOsEdition>,
        pub device_management_applicability_rule_os_version: Option<RuleOsVersion>,
        pub device_management_applicability_rule_device_mode: Option<RuleDeviceMode>,
        #[graph(read_only)]
        pub created_date_time: Option<DateTime<FixedOffset>>,
        pub description: Option<String>,
        pub display_name: Option<String>,
        pub version: Option<i32>,
        pub trusted_root_certificate: Option<Binary>,
        pub cert_file_name: Option<String>,
    }

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(
        odata_type = "microsoft.graph.iosExpeditedCheckinConfiguration",
        path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
    )]
    pub struct IosExpeditedCheckinConfiguration {
        #[graph(key)]
        pub id: Option<String>,
        #[graph(read_only)]
        pub last_modified_date_time: Option<DateTime<FixedOffset>>,
        pub role_scope_tag_ids: Option<Vec<String>>,
        pub supports_scope_tags: Option<bool>,
        pub device_management_applicability_rule_os_edition: Option<RuleOsEdition>,
        pub device_management_applicability_rule_os_version: Option<RuleOsVersion>,
        pub device_management_applicability_rule_device_mode: Option<RuleDeviceMode>,
        #[graph(read_only)]
        pub created_date_time: Option<DateTime<FixedOffset>>,
        pub description: Option<String>,
        pub display_name: Option<String>,
        pub version: Option<i32>,
        pub enable_expedited_checkin: Option<bool>,
    }

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(
        odata_type = "microsoft.graph.macOSTrustedRootCertificate",
        path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
    )]
    pub struct MacOsTrustedRootCertificate {
        #[graph(key)]
        pub id: Option<String>,
        #[graph(read_only)]
        pub last_modified_date_time: Option<DateTime<FixedOffset>>,
        pub role_scope_tag_ids: Option<Vec<String>>,
        pub supports_scope_tags: Option<bool>,
        pub device_management_applicability_rule_os_edition: Option<RuleOsEdition>,
        pub device_management_applicability_rule_os_version: Option<RuleOsVersion>,
        pub device_management_applicability_rule_device_mode: Option<RuleDeviceMode>,
        #[graph(read_only)]
        pub created_date_time: Option<DateTime<FixedOffset>>,
        pub description: Option<String>,
        pub display_name: Option<String>,
        pub version: Option<i32>,
        pub trusted_root_certificate: Option<Binary>,
        pub cert_file_name: Option<String>,
    }

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(
        odata_type = "microsoft.graph.windowsHealthMonitoringConfiguration",
        path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
    )]
    pub struct WindowsHealthMonitoringConfiguration {
        #[graph(key)]
        pub id: Option<String>,
        #[graph(read_only)]
        pub last_modified_date_time: Option<DateTime<FixedOffset>>,
        pub role_scope_tag_ids: Option<Vec<String>>,
        pub supports_scope_tags: Option<bool>,
        pub device_management_applicability_rule_os_edition: Option<RuleOsEdition>,
        pub device_management_applicability_rule_os_version: Option<RuleOsVersion>,
        pub device_management_applicability_rule_device_mode: Option<RuleDeviceMode>,
        #[graph(read_only)]
        pub created_date_time: Option<DateTime<FixedOffset>>,
        pub description: Option<String>,
        pub display_name: Option<String>,
        pub version: Option<i32>,
        pub allow_device_health_monitoring: Option<Enablement>,
        pub config_device_health_monitoring_scope: Option<WindowsHealthMonitoringScope>,
        pub config_device_health_monitoring_custom_scope: Option<String>,
    }

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(
        odata_type = "microsoft.graph.windowsPhone81CustomConfiguration",
        path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
    )]
    pub struct WindowsPhone81CustomConfiguration {
        #[graph(key)]
        pub id: Option<String>,
        #[graph(read_only)]
        pub last_modified_date_time: Option<DateTime<FixedOffset>>,
        pub role_scope_tag_ids: Option<Vec<String>>,
        pub supports_scope_tags: Option<bool>,
        pub device_management_applicability_rule_os_edition: Option<RuleOsEdition>,
        pub device_management_applicability_rule_os_version: Option<RuleOsVersion>,
        pub device_management_applicability_rule_device_mode: Option<RuleDeviceMode>,
        #[graph(read_only)]
        pub created_date_time: Option<DateTime<FixedOffset>>,
        pub description: Option<String>,
        pub display_name: Option<String>,
        pub version: Option<i32>,
        pub oma_settings: Option<Vec<OmaSetting>>,
    }

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(
        odata_type = "microsoft.graph.deviceManagementApplicabilityRuleOsEdition",
        complex
    )]
    pub struct RuleOsEdition {
        pub os_edition_types: Option<Vec<Windows10EditionType>>,
        pub name: Option<String>,
        pub rule_type: Option<RuleType>,
    }

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(
        odata_type = "microsoft.graph.deviceManagementApplicabilityRuleOsVersion",
        complex
    )]
    pub struct RuleOsVersion {
        #[graph(rename = "minOSVersion")]
        pub min_os_version: Option<String>,
        #[graph(rename = "maxOSVersion")]
        pub max_os_version: Option<String>,
        pub name: Option<String>,
        pub rule_type: Option<RuleType>,
    }

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(
        odata_type = "microsoft.graph.deviceManagementApplicabilityRuleDeviceMode",
        complex
    )]
    pub struct RuleDeviceMode {
        pub device_mode: Option<Windows10DeviceModeType>,
        pub name: Option<String>,
        pub rule_type: Option<RuleType>,
    }

    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    #[graph(odata_type = "microsoft.graph.omaSetting", complex, abstract)]
    pub struct OmaSetting {
        #[graph(odata_type)]
        pub odata_type: Option<String>,
        pub display_name: Option<String>,
        pub description: Option<String>,
        pub oma_uri: Option<String>,
        pub secret_reference_value_id: Option<String>,
        pub is_encrypted: Option<bool>,
        #[graph(extra)]
        pub extra: Map<String, Value>,
    }

    #[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
    pub enum Windows10EditionType {
        Windows10Enterprise,
        Windows10EnterpriseN,
        Windows10Education,
        Windows10EducationN,
        Windows10MobileEnterprise,
        Windows10HolographicEnterprise,
        Windows10Professional,
        Windows10ProfessionalN,
        Windows10ProfessionalEducation,
        Windows10ProfessionalEducationN,
        Windows10ProfessionalWorkstation,
        Windows10ProfessionalWorkstationN,
        NotConfigured,
        Windows10Home,
        Windows10HomeChina,
        Windows10HomeN,
        Windows10HomeSingleLanguage,
        Windows10Mobile,
        Windows10IoTCore,
        Windows10IoTCoreCommercial,
        #[graph(other)]
        Other(String),
    }

    #[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
    pub enum RuleType {
        Include,
        Exclude,
        #[graph(other)]
        Other(String),
    }

    #[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
    pub enum Windows10DeviceModeType {
        StandardConfiguration,
        SModeConfiguration,
        #[graph(other)]
        Other(String),
    }

    #[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
    pub enum Enablement {
        NotConfigured,
        Enabled,
        Disabled,
        #[graph(other)]
        Other(String),
    }

    #[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
    pub enum WindowsHealthMonitoringScope {
        Undefined,
        HealthMonitoring,
        BootPerformance,
        WindowsUpdates,
        #[graph(other)]
        Other(String),
    }

    #[derive(Debug, Clone, PartialEq, GraphEntity)]
    #[graph(
        odata_type = "microsoft.graph.deviceConfiguration",
        path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
    )]
    pub enum AnyDeviceConfiguration {
        Base(DeviceConfiguration),
        AndroidCustom(AndroidCustomConfiguration),
        AndroidDeviceOwnerTrustedRootCertificate(AndroidDeviceOwnerTrustedRootCertificate),
        IosExpeditedCheckin(IosExpeditedCheckinConfiguration),
        MacOsTrustedRootCertificate(MacOsTrustedRootCertificate),
        WindowsHealthMonitoring(WindowsHealthMonitoringConfiguration),
        WindowsPhone81Custom(WindowsPhone81CustomConfiguration),
        #[graph(other)]
        Other(UnknownEntity),
    }
}

// ---------------------------------------------------------------------------
// The serde baseline: plain structs of the same fields, an internally tagged
// enum. Datetimes go through the same parser as graph-core's; unknown enum
// members and unknown types are accepted (and dropped) by `#[serde(other)]`.
// ---------------------------------------------------------------------------

// Read, never looked at: the benchmark measures reading.
#[allow(dead_code)]
mod plain {
    use super::*;

    fn datetime<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Option<DateTime<FixedOffset>>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an RFC 3339 datetime")
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Self::Value, E> {
                graph_core::wire::parse_datetime(value)
                    .map(Some)
                    .map_err(E::custom)
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
        }
        deserializer.deserialize_option(OptionVisitor(Visitor))
    }

    /// `Option` around a visitor, for `deserialize_with` on `Option` fields.
    struct OptionVisitor<V>(V);

    impl<'de, V: serde::de::Visitor<'de, Value = Option<T>>, T> serde::de::Visitor<'de> for OptionVisitor<V> {
        type Value = Option<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            self.0.expecting(f)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
            deserializer.deserialize_str(self.0)
        }
    }

    #[derive(Debug, Deserialize)]
    #[serde(tag = "@odata.type")]
    pub enum TaggedDeviceConfiguration {
        #[serde(rename = "#microsoft.graph.deviceConfiguration")]
        Base(DeviceConfiguration),
        #[serde(rename = "#microsoft.graph.androidCustomConfiguration")]
        AndroidCustom(AndroidCustomConfiguration),
        #[serde(rename = "#microsoft.graph.androidDeviceOwnerTrustedRootCertificate")]
        AndroidDeviceOwnerTrustedRootCertificate(TrustedRootCertificate),
        #[serde(rename = "#microsoft.graph.iosExpeditedCheckinConfiguration")]
        IosExpeditedCheckin(IosExpeditedCheckinConfiguration),
        #[serde(rename = "#microsoft.graph.macOSTrustedRootCertificate")]
        MacOsTrustedRootCertificate(TrustedRootCertificate),
        #[serde(rename = "#microsoft.graph.windowsHealthMonitoringConfiguration")]
        WindowsHealthMonitoring(WindowsHealthMonitoringConfiguration),
        #[serde(rename = "#microsoft.graph.windowsPhone81CustomConfiguration")]
        WindowsPhone81Custom(AndroidCustomConfiguration),
        #[serde(other)]
        Other,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct DeviceConfiguration {
        pub id: Option<String>,
        #[serde(default, deserialize_with = "datetime")]
        pub last_modified_date_time: Option<DateTime<FixedOffset>>,
        pub role_scope_tag_ids: Option<Vec<String>>,
        pub supports_scope_tags: Option<bool>,
        pub device_management_applicability_rule_os_edition: Option<RuleOsEdition>,
        pub device_management_applicability_rule_os_version: Option<RuleOsVersion>,
        pub device_management_applicability_rule_device_mode: Option<RuleDeviceMode>,
        #[serde(default, deserialize_with = "datetime")]
        pub created_date_time: Option<DateTime<FixedOffset>>,
        pub description: Option<String>,
        pub display_name: Option<String>,
        pub version: Option<i32>,
    }

    /// Also `windowsPhone81CustomConfiguration`: the same fields.
    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct AndroidCustomConfiguration {
        pub id: Option<String>,
        #[serde(default, deserialize_with = "datetime")]
        pub last_modified_date_time: Option<DateTime<FixedOffset>>,
        pub role_scope_tag_ids: Option<Vec<String>>,
        pub supports_scope_tags: Option<bool>,
        pub device_management_applicability_rule_os_edition: Option<RuleOsEdition>,
        pub device_management_applicability_rule_os_version: Option<RuleOsVersion>,
        pub device_management_applicability_rule_device_mode: Option<RuleDeviceMode>,
        #[serde(default, deserialize_with = "datetime")]
        pub created_date_time: Option<DateTime<FixedOffset>>,
        pub description: Option<String>,
        pub display_name: Option<String>,
        pub version: Option<i32>,
        pub oma_settings: Option<Vec<OmaSetting>>,
    }

    /// `androidDeviceOwnerTrustedRootCertificate` and
    /// `macOSTrustedRootCertificate`: the same fields.
    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct TrustedRootCertificate {
        pub id: Option<String>,
        #[serde(default, deserialize_with = "datetime")]
        pub last_modified_date_time: Option<DateTime<FixedOffset>>,
        pub role_scope_tag_ids: Option<Vec<String>>,
        pub supports_scope_tags: Option<bool>,
        pub device_management_applicability_rule_os_edition: Option<RuleOsEdition>,
        pub device_management_applicability_rule_os_version: Option<RuleOsVersion>,
        pub device_management_applicability_rule_device_mode: Option<RuleDeviceMode>,
        #[serde(default, deserialize_with = "datetime")]
        pub created_date_time: Option<DateTime<FixedOffset>>,
        pub description: Option<String>,
        pub display_name: Option<String>,
        pub version: Option<i32>,
        pub trusted_root_certificate: Option<Binary>,
        pub cert_file_name: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct IosExpeditedCheckinConfiguration {
        pub id: Option<String>,
        #[serde(default, deserialize_with = "datetime")]
        pub last_modified_date_time: Option<DateTime<FixedOffset>>,
        pub role_scope_tag_ids: Option<Vec<String>>,
        pub supports_scope_tags: Option<bool>,
        pub device_management_applicability_rule_os_edition: Option<RuleOsEdition>,
        pub device_management_applicability_rule_os_version: Option<RuleOsVersion>,
        pub device_management_applicability_rule_device_mode: Option<RuleDeviceMode>,
        #[serde(default, deserialize_with = "datetime")]
        pub created_date_time: Option<DateTime<FixedOffset>>,
        pub description: Option<String>,
        pub display_name: Option<String>,
        pub version: Option<i32>,
        pub enable_expedited_checkin: Option<bool>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct WindowsHealthMonitoringConfiguration {
        pub id: Option<String>,
        #[serde(default, deserialize_with = "datetime")]
        pub last_modified_date_time: Option<DateTime<FixedOffset>>,
        pub role_scope_tag_ids: Option<Vec<String>>,
        pub supports_scope_tags: Option<bool>,
        pub device_management_applicability_rule_os_edition: Option<RuleOsEdition>,
        pub device_management_applicability_rule_os_version: Option<RuleOsVersion>,
        pub device_management_applicability_rule_device_mode: Option<RuleDeviceMode>,
        #[serde(default, deserialize_with = "datetime")]
        pub created_date_time: Option<DateTime<FixedOffset>>,
        pub description: Option<String>,
        pub display_name: Option<String>,
        pub version: Option<i32>,
        pub allow_device_health_monitoring: Option<Enablement>,
        pub config_device_health_monitoring_scope: Option<WindowsHealthMonitoringScope>,
        pub config_device_health_monitoring_custom_scope: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct RuleOsEdition {
        pub os_edition_types: Option<Vec<Windows10EditionType>>,
        pub name: Option<String>,
        pub rule_type: Option<RuleType>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct RuleOsVersion {
        #[serde(rename = "minOSVersion")]
        pub min_os_version: Option<String>,
        #[serde(rename = "maxOSVersion")]
        pub max_os_version: Option<String>,
        pub name: Option<String>,
        pub rule_type: Option<RuleType>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct RuleDeviceMode {
        pub device_mode: Option<Windows10DeviceModeType>,
        pub name: Option<String>,
        pub rule_type: Option<RuleType>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct OmaSetting {
        #[serde(rename = "@odata.type")]
        pub odata_type: Option<String>,
        pub display_name: Option<String>,
        pub description: Option<String>,
        pub oma_uri: Option<String>,
        pub secret_reference_value_id: Option<String>,
        pub is_encrypted: Option<bool>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub enum Windows10EditionType {
        Windows10Enterprise,
        Windows10EnterpriseN,
        Windows10Education,
        Windows10EducationN,
        Windows10MobileEnterprise,
        Windows10HolographicEnterprise,
        Windows10Professional,
        Windows10ProfessionalN,
        Windows10ProfessionalEducation,
        Windows10ProfessionalEducationN,
        Windows10ProfessionalWorkstation,
        Windows10ProfessionalWorkstationN,
        NotConfigured,
        Windows10Home,
        Windows10HomeChina,
        Windows10HomeN,
        Windows10HomeSingleLanguage,
        Windows10Mobile,
        Windows10IoTCore,
        Windows10IoTCoreCommercial,
        #[serde(other)]
        Other,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub enum RuleType {
        Include,
        Exclude,
        #[serde(other)]
        Other,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub enum Windows10DeviceModeType {
        StandardConfiguration,
        SModeConfiguration,
        #[serde(other)]
        Other,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub enum Enablement {
        NotConfigured,
        Enabled,
        Disabled,
        #[serde(other)]
        Other,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub enum WindowsHealthMonitoringScope {
        Undefined,
        HealthMonitoring,
        BootPerformance,
        WindowsUpdates,
        #[serde(other)]
        Other,
    }
}

// ---------------------------------------------------------------------------
// The input.
// ---------------------------------------------------------------------------

const TYPES: [&str; 7] = [
    "androidCustomConfiguration",
    "androidDeviceOwnerTrustedRootCertificate",
    "iosExpeditedCheckinConfiguration",
    "macOSTrustedRootCertificate",
    "windowsHealthMonitoringConfiguration",
    "windowsPhone81CustomConfiguration",
    // not listed by the enums
    "iosWiFiConfiguration",
];

const ITEMS: usize = 1000;

/// The beta `get` example of each type, minified, in the docs' order.
fn examples() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/intune-public.json");
    let corpus: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("corpus")).expect("json");
    let cases = corpus["cases"].as_array().expect("cases");
    TYPES
        .iter()
        .map(|name| {
            let case = cases
                .iter()
                .find(|case| case["version"] == "beta" && case["type"] == *name && case["operation"] == "get")
                .expect("a get example");
            let text = minify(case["response"]["body_text"].as_str().expect("text"));
            text.strip_prefix(r#"{"value":"#)
                .and_then(|text| text.strip_suffix('}'))
                .expect("wrapped")
                .to_owned()
        })
        .collect()
}

/// A page of `ITEMS` items cycling through the examples, each with an id of
/// its own; with `@odata.type` moved to the end of each item when `last`.
fn page(examples: &[String], last: bool) -> Vec<u8> {
    let mut text = String::from(
        r#"{"@odata.context":"https://graph.microsoft.com/beta/$metadata#deviceManagement/deviceConfigurations","value":["#,
    );
    for i in 0..ITEMS {
        let example = &examples[i % examples.len()];
        let (odata_type, rest) = example[1..].split_once(',').expect("@odata.type first");
        let (id, rest) = rest.split_once(',').expect("id second");
        assert!(id.starts_with(r#""id":"#));
        let id = format!(r#""id":"{i:08x}-0000-4000-8000-{:012x}""#, i * 7919);
        if i > 0 {
            text.push(',');
        }
        if last {
            let rest = rest.strip_suffix('}').expect("an object");
            text.push_str(&format!("{{{id},{rest},{odata_type}}}"));
        } else {
            text.push_str(&format!("{{{odata_type},{id},{rest}"));
        }
    }
    text.push_str("]}");
    text.into_bytes()
}

fn read(c: &mut Criterion) {
    let examples = examples();
    for (position, last) in [("@odata.type first", false), ("@odata.type last", true)] {
        let bytes = page(&examples, last);

        // The readers agree on what they read.
        let ours: Page<graph::AnyDeviceConfiguration> = serde_json::from_slice(&bytes).expect("enum");
        let unknown = ours
            .value
            .iter()
            .filter(|item| matches!(item, graph::AnyDeviceConfiguration::Other(_)))
            .count();
        let expected = (0..ITEMS).filter(|i| i % TYPES.len() == TYPES.len() - 1).count();
        assert_eq!((ours.value.len(), unknown), (ITEMS, expected));
        let tagged: Page<plain::TaggedDeviceConfiguration> = serde_json::from_slice(&bytes).expect("tagged");
        let dropped = tagged
            .value
            .iter()
            .filter(|item| matches!(item, plain::TaggedDeviceConfiguration::Other))
            .count();
        assert_eq!(dropped, unknown);

        let mut group = c.benchmark_group(format!("read 1000 deviceConfigurations, {position}"));
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function("graph enum", |b| {
            b.iter(|| {
                serde_json::from_slice::<Page<graph::AnyDeviceConfiguration>>(black_box(&bytes)).unwrap()
            })
        });
        group.bench_function("serde_json::Value", |b| {
            b.iter(|| serde_json::from_slice::<Page<Value>>(black_box(&bytes)).unwrap())
        });
        group.bench_function("serde tagged enum", |b| {
            b.iter(|| {
                serde_json::from_slice::<Page<plain::TaggedDeviceConfiguration>>(black_box(&bytes)).unwrap()
            })
        });
        group.finish();
    }
}

/// What dispatching costs: a page of one type read through the enum, into
/// the type's own struct, and into the plain serde struct.
fn dispatch(c: &mut Criterion) {
    let examples = examples();
    let bytes = page(&examples[..1], false);
    let ours: Page<graph::AnyDeviceConfiguration> = serde_json::from_slice(&bytes).expect("enum");
    let typed: Page<graph::AndroidCustomConfiguration> = serde_json::from_slice(&bytes).expect("struct");
    assert_eq!(
        ours.value[0],
        graph::AnyDeviceConfiguration::AndroidCustom(typed.value[0].clone())
    );

    let mut group = c.benchmark_group("read 1000 androidCustomConfigurations");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("graph enum", |b| {
        b.iter(|| serde_json::from_slice::<Page<graph::AnyDeviceConfiguration>>(black_box(&bytes)).unwrap())
    });
    group.bench_function("graph struct", |b| {
        b.iter(|| {
            serde_json::from_slice::<Page<graph::AndroidCustomConfiguration>>(black_box(&bytes)).unwrap()
        })
    });
    group.bench_function("serde struct", |b| {
        b.iter(|| {
            serde_json::from_slice::<Page<plain::AndroidCustomConfiguration>>(black_box(&bytes)).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, read, dispatch);
criterion_main!(benches);
