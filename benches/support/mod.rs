//! What the benchmarks share: the models of each entity written three ways
//! (our derive, plain serde derives, serde with a `flatten` catch-all) and
//! the test data, built from the seeds and the corpus.
//!
//! Every bench target includes this module and uses only part of it.
#![allow(dead_code, unused_imports)]

pub mod profile;

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset, NaiveTime};
use graph_core::{GraphEntity, GraphEnum};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use graph_entity::seeds::{ComplianceStatus, DeviceComplianceDeviceStatus, IosUpdatesInstallStatus};

/// The `criterion` settings every bench starts from: short runs, as the
/// machine is shared. Command-line flags still override them.
pub fn criterion() -> criterion::Criterion {
    criterion::Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3))
        .sample_size(30)
        .configure_from_args()
}

/// A throwaway group measured before the real ones: the first measurement
/// of a bench binary runs slower than the same code measured later (by about
/// a third for the 10,000-item page, whichever reader goes first; callgrind
/// counts show no such difference), which would skew the ratio of the group
/// that comes first.
pub fn warm_up<R>(c: &mut criterion::Criterion, name: &str, mut routine: impl FnMut() -> R) {
    let mut group = c.benchmark_group(format!("{name}/warm-up"));
    group.bench_function("warm-up", |b| b.iter(&mut routine));
    group.finish();
}

/// A collection page as every reader here sees it: only `value` is read.
#[derive(Deserialize)]
pub struct PageOf<T> {
    pub value: Vec<T>,
}

// ---------------------------------------------------------------------------
// deviceComplianceDeviceStatus (seed 003): ours is the seed struct.
// ---------------------------------------------------------------------------

/// The seed struct with a `#[graph(extra)]` catch-all: the same contract as
/// the `flatten` model below (no property lost).
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceComplianceDeviceStatus",
    path = "/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}/deviceStatuses/{deviceComplianceDeviceStatusId}"
)]
pub struct StatusExtra {
    #[graph(key)]
    pub id: Option<String>,
    pub device_display_name: Option<String>,
    pub user_name: Option<String>,
    pub device_model: Option<String>,
    pub platform: Option<i32>,
    pub compliance_grace_period_expiration_date_time: Option<DateTime<FixedOffset>>,
    pub status: Option<ComplianceStatus>,
    pub last_reported_date_time: Option<DateTime<FixedOffset>>,
    pub user_principal_name: Option<String>,
    #[graph(extra)]
    pub extra: Map<String, Value>,
}

/// `microsoft.graph.complianceStatus` as a serde user writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PlainComplianceStatus {
    Unknown,
    NotApplicable,
    Compliant,
    Remediated,
    NonCompliant,
    Error,
    Conflict,
    NotAssigned,
    #[serde(other)]
    Other,
}

fn status_type() -> &'static str {
    "#microsoft.graph.deviceComplianceDeviceStatus"
}

/// The same fields with plain serde derives: unknown properties ignored,
/// chrono's serde for the date-times; `@odata.type` is written (so the
/// output is the same JSON as ours) but not read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainStatus {
    #[serde(rename = "@odata.type", skip_deserializing, default = "status_type")]
    pub odata_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compliance_grace_period_expiration_date_time: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<PlainComplianceStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_reported_date_time: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_principal_name: Option<String>,
}

/// Plain serde derives with the date-times read through chrono's strict
/// `DateTime::parse_from_rfc3339` (`deserialize_with`), the fastest thing a
/// serde user can write without a parser of their own.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainStatusRfc3339 {
    pub id: Option<String>,
    pub device_display_name: Option<String>,
    pub user_name: Option<String>,
    pub device_model: Option<String>,
    pub platform: Option<i32>,
    #[serde(default, deserialize_with = "rfc3339::option")]
    pub compliance_grace_period_expiration_date_time: Option<DateTime<FixedOffset>>,
    pub status: Option<PlainComplianceStatus>,
    #[serde(default, deserialize_with = "rfc3339::option")]
    pub last_reported_date_time: Option<DateTime<FixedOffset>>,
    pub user_principal_name: Option<String>,
}

/// The `#[serde(flatten)]` catch-all pattern: the plain fields plus every
/// unknown property (here `@odata.type`) in a map.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlattenStatus {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compliance_grace_period_expiration_date_time: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<PlainComplianceStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_reported_date_time: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_principal_name: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `deserialize_with` helpers over chrono's strict RFC 3339 parser.
pub mod rfc3339 {
    use chrono::{DateTime, FixedOffset};
    use serde::{Deserialize, Deserializer};

    pub fn option<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        match <Option<&str>>::deserialize(deserializer)? {
            Some(text) => DateTime::parse_from_rfc3339(text)
                .map(Some)
                .map_err(serde::de::Error::custom),
            None => Ok(None),
        }
    }
}

/// Date-times of the corpus's shape: 5 to 7 fraction digits, none trailing
/// zero, offsets `-08:00`, `Z` and `+05:30`; varied with `i`.
pub fn datetime(i: usize) -> String {
    let fraction = match i % 3 {
        0 => format!("{:07}", 1_000_001 + (i * 7_919) % 8_999_990),
        1 => format!("{:06}", 100_001 + (i * 104_729) % 899_990),
        _ => format!("{:05}", 10_001 + (i * 31) % 89_990),
    };
    let fraction = fraction.trim_end_matches('0');
    let offset = ["-08:00", "Z", "+05:30", "-05:00"][i % 4];
    format!(
        "20{:02}-{:02}-{:02}T{:02}:{:02}:{:02}.{fraction}{offset}",
        16 + i % 9,
        1 + i % 12,
        1 + i % 28,
        i % 24,
        (i / 7) % 60,
        (i / 3) % 60,
    )
}

/// A `deviceStatuses` page of `n` items of seed 003's shape (`@odata.type`
/// first, as Graph sends it), every value varied.
pub fn status_page(n: usize) -> String {
    const MODELS: [&str; 5] = [
        "Surface Pro 7",
        "Latitude 7420",
        "iPhone 13",
        "Pixel 6",
        "ThinkPad X1",
    ];
    let members = ComplianceStatus::MEMBERS;
    let mut page = String::from(
        r#"{"@odata.context":"https://graph.microsoft.com/beta/$metadata#deviceManagement/deviceCompliancePolicies('c6c7')/deviceStatuses","value":["#,
    );
    for i in 0..n {
        if i > 0 {
            page.push(',');
        }
        let _ = write!(
            page,
            concat!(
                r##"{{"@odata.type":"#microsoft.graph.deviceComplianceDeviceStatus","##,
                r#""id":"{:08x}-8124-c6c7-2481-{:012x}","deviceDisplayName":"DESKTOP-{:05}","#,
                r#""userName":"User {}","deviceModel":"{}","platform":{},"#,
                r#""complianceGracePeriodExpirationDateTime":"{}","status":"{}","#,
                r#""lastReportedDateTime":"{}","userPrincipalName":"user{}@contoso.onmicrosoft.com"}}"#
            ),
            i.wrapping_mul(2_654_435_761) & 0xffff_ffff,
            i,
            i,
            i,
            MODELS[i % MODELS.len()],
            i % 12,
            datetime(i),
            members[i % members.len()],
            datetime(i * 31 + 7),
            i,
        );
    }
    page.push_str("]}");
    page
}

// ---------------------------------------------------------------------------
// iosUpdateDeviceStatus (beta, 13 properties): the patch benchmarks.
// ---------------------------------------------------------------------------

/// The 13 properties of the beta `iosUpdateDeviceStatus` (seed 004 lists the
/// 12 of v1.0; beta adds `platform`).
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.iosUpdateDeviceStatus",
    path = "/deviceManagement/iosUpdateStatuses/{iosUpdateDeviceStatusId}"
)]
pub struct IosStatus {
    #[graph(key)]
    pub id: Option<String>,
    pub install_status: Option<IosUpdatesInstallStatus>,
    pub os_version: Option<String>,
    pub device_id: Option<String>,
    pub user_id: Option<String>,
    pub device_display_name: Option<String>,
    pub user_name: Option<String>,
    pub device_model: Option<String>,
    pub platform: Option<i32>,
    pub compliance_grace_period_expiration_date_time: Option<DateTime<FixedOffset>>,
    pub status: Option<ComplianceStatus>,
    pub last_reported_date_time: Option<DateTime<FixedOffset>>,
    pub user_principal_name: Option<String>,
}

/// `microsoft.graph.iosUpdatesInstallStatus` as a serde user writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PlainInstallStatus {
    Success,
    Available,
    Idle,
    Unknown,
    Downloading,
    DownloadFailed,
    DownloadRequiresComputer,
    DownloadInsufficientSpace,
    DownloadInsufficientPower,
    DownloadInsufficientNetwork,
    Installing,
    InstallInsufficientSpace,
    InstallInsufficientPower,
    InstallPhoneCallInProgress,
    InstallFailed,
    NotSupportedOperation,
    SharedDeviceUserLoggedInError,
    DeviceOsHigherThanDesiredOsVersion,
    #[serde(other)]
    Other,
}

/// The same 13 fields with plain serde derives.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainIosStatus {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub install_status: Option<PlainInstallStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub os_version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compliance_grace_period_expiration_date_time: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<PlainComplianceStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_reported_date_time: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_principal_name: Option<String>,
}

/// The beta `iosUpdateDeviceStatus` example of the seed page with `platform`.
pub fn ios_status_json() -> &'static str {
    concat!(
        r##"{"@odata.type":"#microsoft.graph.iosUpdateDeviceStatus","id":"63a79499-9499-63a7-9994-a7639994a763","##,
        r#""installStatus":"available","osVersion":"Os Version value","deviceId":"Device Id value","#,
        r#""userId":"User Id value","deviceDisplayName":"Device Display Name value","userName":"User Name value","#,
        r#""deviceModel":"Device Model value","platform":8,"#,
        r#""complianceGracePeriodExpirationDateTime":"2016-12-31T23:56:44.951111-08:00","status":"notApplicable","#,
        r#""lastReportedDateTime":"2017-01-01T00:00:17.7769392-08:00","userPrincipalName":"User Principal Name value"}"#
    )
}

// ---------------------------------------------------------------------------
// The corpus.
// ---------------------------------------------------------------------------

/// The corpus (`tests/data/intune-public.json`).
pub fn corpus() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/intune-public.json");
    let text = std::fs::read_to_string(path).expect("the corpus is readable");
    serde_json::from_str(&text).expect("the corpus is JSON")
}

/// The example response of the v1.0 `windows10GeneralConfiguration` update
/// page (207 properties), minified, `@odata.type` first.
pub fn profile_json() -> String {
    let corpus = corpus();
    let cases = corpus["cases"].as_array().expect("cases");
    let case = cases
        .iter()
        .find(|case| {
            case["type"] == "windows10GeneralConfiguration"
                && case["version"] == "v1.0"
                && case["operation"] == "update"
        })
        .expect("the windows10GeneralConfiguration update case");
    graph_entity::seeds::minify(case["response"]["body_text"].as_str().expect("body_text"))
}

/// A date-time for models built in code.
pub fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("a valid date-time")
}

/// A time of day for models built in code.
pub fn time(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M:%S%.f").expect("a valid time")
}
