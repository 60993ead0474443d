//! Typed `$filter`: building a five-clause filter from `T::fields()`
//! handles against `format!` of the same text (the strings escaped by hand
//! in the baseline, as a careful user would).
//!
//! ```text
//! cargo bench --bench query -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use graph_core::{GraphEntity, GraphEnum};

#[derive(Debug, Clone, PartialEq, GraphEnum)]
pub enum ComplianceState {
    Unknown,
    Compliant,
    Noncompliant,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedDevice",
    path = "/deviceManagement/managedDevices/{managedDeviceId}"
)]
pub struct ManagedDevice {
    #[graph(key)]
    pub id: Option<String>,
    pub device_name: Option<String>,
    pub operating_system: Option<String>,
    pub last_sync_date_time: Option<DateTime<FixedOffset>>,
    pub compliance_state: Option<ComplianceState>,
    pub is_encrypted: Option<bool>,
}

const EXPECTED: &str = "operatingSystem eq 'Windows' and lastSyncDateTime lt 2026-10-01T00:00:00Z \
and complianceState ne 'compliant' and startswith(deviceName,'O''Brien') and isEncrypted eq true";

fn typed(name: &str, before: &DateTime<Utc>) -> String {
    let d = ManagedDevice::fields();
    d.operating_system
        .eq("Windows")
        .and(d.last_sync_date_time.lt(*before))
        .and(d.compliance_state.ne(ComplianceState::Compliant))
        .and(d.device_name.starts_with(name))
        .and(d.is_encrypted.eq(true))
        .into()
}

fn by_hand(name: &str, before: &DateTime<Utc>) -> String {
    format!(
        "operatingSystem eq '{}' and lastSyncDateTime lt {} and complianceState ne '{}' and startswith(deviceName,'{}') and isEncrypted eq {}",
        "Windows",
        before.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "compliant",
        name.replace('\'', "''"),
        true
    )
}

fn query(c: &mut Criterion) {
    let before = Utc.with_ymd_and_hms(2026, 10, 1, 0, 0, 0).unwrap();
    assert_eq!(typed("O'Brien", &before), EXPECTED);
    assert_eq!(by_hand("O'Brien", &before), EXPECTED);
    let mut group = c.benchmark_group("query/filter-5");
    group.bench_function("graph-core/typed", |b| {
        b.iter(|| typed(black_box("O'Brien"), black_box(&before)))
    });
    group.bench_function("format", |b| {
        b.iter(|| by_hand(black_box("O'Brien"), black_box(&before)))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = query
}
criterion_main!(benches);
