//! Request bodies and patches of the 13-property beta
//! `iosUpdateDeviceStatus`, each built and serialized to bytes:
//!
//! - `patch/one-field`: one writable property changed (`deviceDisplayName`),
//!   every way producing the same bytes,
//!   `{"@odata.type":"#microsoft.graph.iosUpdateDeviceStatus","deviceDisplayName":"DESKTOP-7Q2"}`:
//!   - `graph-entity/changes_since`: `new.changes_since(&old)`, serialized;
//!   - `graph-entity/builder`: `IosStatus::patch().device_display_name(..)`;
//!   - `serde/patch-struct-diff`: a hand-written `#[derive(Serialize)]` patch
//!     struct of `Option<Option<T>>` fields with `skip_serializing_if`,
//!     filled by comparing the fields of two plain structs;
//!   - `serde/patch-struct-set`: the same struct with the one field set;
//!   - `serde/value-diff`: both plain structs through `serde_json::to_value`,
//!     the maps compared, the patch map built and serialized.
//! - `body/update`: `update_body()` against a hand-written `#[derive(Serialize)]`
//!   view of the same writable fields with `skip_serializing_if`.
//!
//! ```text
//! cargo bench --bench patch -- --warm-up-time 1 --measurement-time 3
//! ```

mod support;

use std::hint::black_box;

use chrono::{DateTime, FixedOffset};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use graph_core::{GraphEntity, Patch};
use serde::Serialize;
use serde_json::{Map, Value};
use support::{IosStatus, PlainComplianceStatus, PlainInstallStatus, PlainIosStatus};

const IOS_TYPE: &str = "#microsoft.graph.iosUpdateDeviceStatus";
const NEW_NAME: &str = "DESKTOP-7Q2";

/// A hand-written PATCH body: `None` = not sent, `Some(None)` = `null`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PlainIosPatch {
    #[serde(rename = "@odata.type")]
    odata_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    install_status: Option<Option<PlainInstallStatus>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    os_version: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    device_id: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_id: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    device_display_name: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_name: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    device_model: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    platform: Option<Option<i32>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    compliance_grace_period_expiration_date_time: Option<Option<DateTime<FixedOffset>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<Option<PlainComplianceStatus>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_reported_date_time: Option<Option<DateTime<FixedOffset>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_principal_name: Option<Option<String>>,
}

impl PlainIosPatch {
    fn empty() -> Self {
        PlainIosPatch {
            odata_type: IOS_TYPE,
            install_status: None,
            os_version: None,
            device_id: None,
            user_id: None,
            device_display_name: None,
            user_name: None,
            device_model: None,
            platform: None,
            compliance_grace_period_expiration_date_time: None,
            status: None,
            last_reported_date_time: None,
            user_principal_name: None,
        }
    }

    /// The field-by-field diff a serde user writes by hand.
    fn diff(new: &PlainIosStatus, old: &PlainIosStatus) -> Self {
        fn change<T: PartialEq + Clone>(new: &Option<T>, old: &Option<T>) -> Option<Option<T>> {
            (new != old).then(|| new.clone())
        }
        PlainIosPatch {
            odata_type: IOS_TYPE,
            install_status: change(&new.install_status, &old.install_status),
            os_version: change(&new.os_version, &old.os_version),
            device_id: change(&new.device_id, &old.device_id),
            user_id: change(&new.user_id, &old.user_id),
            device_display_name: change(&new.device_display_name, &old.device_display_name),
            user_name: change(&new.user_name, &old.user_name),
            device_model: change(&new.device_model, &old.device_model),
            platform: change(&new.platform, &old.platform),
            compliance_grace_period_expiration_date_time: change(
                &new.compliance_grace_period_expiration_date_time,
                &old.compliance_grace_period_expiration_date_time,
            ),
            status: change(&new.status, &old.status),
            last_reported_date_time: change(&new.last_reported_date_time, &old.last_reported_date_time),
            user_principal_name: change(&new.user_principal_name, &old.user_principal_name),
        }
    }
}

/// The diff through `serde_json::Value`: both values as maps, every
/// property whose value differs (a property that went away as `null`),
/// never the key.
fn value_diff(new: &PlainIosStatus, old: &PlainIosStatus) -> Value {
    let (Ok(Value::Object(new)), Ok(Value::Object(old))) =
        (serde_json::to_value(new), serde_json::to_value(old))
    else {
        unreachable!("structs serialize as objects")
    };
    let mut patch = Map::new();
    patch.insert("@odata.type".to_owned(), Value::from(IOS_TYPE));
    for (key, value) in &new {
        if key != "id" && old.get(key) != Some(value) {
            patch.insert(key.clone(), value.clone());
        }
    }
    for key in old.keys() {
        if key != "id" && !new.contains_key(key) {
            patch.insert(key.clone(), Value::Null);
        }
    }
    Value::Object(patch)
}

fn none<T>(value: &&Option<T>) -> bool {
    value.is_none()
}

/// A hand-written update body: the writable fields, borrowed.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PlainIosBody<'a> {
    #[serde(rename = "@odata.type")]
    odata_type: &'static str,
    #[serde(skip_serializing_if = "none")]
    install_status: &'a Option<PlainInstallStatus>,
    #[serde(skip_serializing_if = "none")]
    os_version: &'a Option<String>,
    #[serde(skip_serializing_if = "none")]
    device_id: &'a Option<String>,
    #[serde(skip_serializing_if = "none")]
    user_id: &'a Option<String>,
    #[serde(skip_serializing_if = "none")]
    device_display_name: &'a Option<String>,
    #[serde(skip_serializing_if = "none")]
    user_name: &'a Option<String>,
    #[serde(skip_serializing_if = "none")]
    device_model: &'a Option<String>,
    #[serde(skip_serializing_if = "none")]
    platform: &'a Option<i32>,
    #[serde(skip_serializing_if = "none")]
    compliance_grace_period_expiration_date_time: &'a Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "none")]
    status: &'a Option<PlainComplianceStatus>,
    #[serde(skip_serializing_if = "none")]
    last_reported_date_time: &'a Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "none")]
    user_principal_name: &'a Option<String>,
}

impl<'a> PlainIosBody<'a> {
    fn of(value: &'a PlainIosStatus) -> Self {
        PlainIosBody {
            odata_type: IOS_TYPE,
            install_status: &value.install_status,
            os_version: &value.os_version,
            device_id: &value.device_id,
            user_id: &value.user_id,
            device_display_name: &value.device_display_name,
            user_name: &value.user_name,
            device_model: &value.device_model,
            platform: &value.platform,
            compliance_grace_period_expiration_date_time: &value.compliance_grace_period_expiration_date_time,
            status: &value.status,
            last_reported_date_time: &value.last_reported_date_time,
            user_principal_name: &value.user_principal_name,
        }
    }
}

/// Serializes into a reused buffer; returns its length.
fn write<T: Serialize>(buffer: &mut Vec<u8>, value: &T) -> usize {
    buffer.clear();
    serde_json::to_writer(&mut *buffer, value).expect("the value writes");
    buffer.len()
}

fn one_field(c: &mut Criterion) {
    let json = support::ios_status_json();
    let old: IosStatus = serde_json::from_str(json).expect("reads");
    let mut new = old.clone();
    new.device_display_name = Some(NEW_NAME.to_owned());
    let plain_old: PlainIosStatus = serde_json::from_str(json).expect("reads");
    let mut plain_new = plain_old.clone();
    plain_new.device_display_name = Some(NEW_NAME.to_owned());

    // Every way writes the same bytes.
    let expected = format!(r#"{{"@odata.type":"{IOS_TYPE}","deviceDisplayName":"{NEW_NAME}"}}"#);
    let mut buffer = Vec::with_capacity(256);
    let patch = new.changes_since(&old);
    assert!(!patch.is_empty());
    let bytes = write(&mut buffer, &patch);
    assert_eq!(std::str::from_utf8(&buffer), Ok(expected.as_str()));
    write(&mut buffer, &IosStatus::patch().device_display_name(NEW_NAME));
    assert_eq!(std::str::from_utf8(&buffer), Ok(expected.as_str()));
    write(&mut buffer, &PlainIosPatch::diff(&plain_new, &plain_old));
    assert_eq!(std::str::from_utf8(&buffer), Ok(expected.as_str()));
    write(&mut buffer, &value_diff(&plain_new, &plain_old));
    assert_eq!(std::str::from_utf8(&buffer), Ok(expected.as_str()));

    let mut group = c.benchmark_group("patch/one-field-of-13");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(BenchmarkId::new("graph-entity", "changes_since"), |b| {
        b.iter(|| write(&mut buffer, &black_box(&new).changes_since(black_box(&old))))
    });
    group.bench_function(BenchmarkId::new("graph-entity", "builder"), |b| {
        b.iter(|| {
            write(
                &mut buffer,
                &IosStatus::patch().device_display_name(black_box(NEW_NAME)),
            )
        })
    });
    group.bench_function(BenchmarkId::new("serde", "patch-struct-diff"), |b| {
        b.iter(|| {
            write(
                &mut buffer,
                &PlainIosPatch::diff(black_box(&plain_new), black_box(&plain_old)),
            )
        })
    });
    group.bench_function(BenchmarkId::new("serde", "patch-struct-set"), |b| {
        b.iter(|| {
            let mut patch = PlainIosPatch::empty();
            patch.device_display_name = Some(Some(black_box(NEW_NAME).to_owned()));
            write(&mut buffer, &patch)
        })
    });
    group.bench_function(BenchmarkId::new("serde", "value-diff"), |b| {
        b.iter(|| {
            write(
                &mut buffer,
                &value_diff(black_box(&plain_new), black_box(&plain_old)),
            )
        })
    });
    group.finish();
}

fn update_body(c: &mut Criterion) {
    let json = support::ios_status_json();
    let ours: IosStatus = serde_json::from_str(json).expect("reads");
    let plain: PlainIosStatus = serde_json::from_str(json).expect("reads");
    let mut buffer = Vec::with_capacity(1024);
    let bytes = write(&mut buffer, &ours.update_body());
    let ours_value: Value = serde_json::from_slice(&buffer).expect("reads back");
    write(&mut buffer, &PlainIosBody::of(&plain));
    let plain_value: Value = serde_json::from_slice(&buffer).expect("reads back");
    // The same properties; chrono writes `.776939200` where we write `.7769392`.
    let keys = |value: &Value| {
        value
            .as_object()
            .map(|map| map.keys().cloned().collect::<Vec<_>>())
    };
    assert_eq!(keys(&ours_value), keys(&plain_value));

    let mut group = c.benchmark_group("body/update-13");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(BenchmarkId::new("graph-entity", "update_body"), |b| {
        b.iter(|| write(&mut buffer, &black_box(&ours).update_body()))
    });
    group.bench_function(BenchmarkId::new("serde", "body-struct"), |b| {
        b.iter(|| write(&mut buffer, &PlainIosBody::of(black_box(&plain))))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = support::criterion();
    targets = one_field, update_body
}
criterion_main!(benches);
