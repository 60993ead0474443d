//! Reading: `#[derive(GraphEntity)]` against plain `#[derive(Deserialize)]`
//! on the same fields (unknown properties ignored) and against the
//! `#[serde(flatten)] extra: Map<String, Value>` catch-all, on
//!
//! - a 10,000-item `deviceStatuses` page of seed 003's shape (every value
//!   varied, two date-times per item);
//! - the 207-property `windows10GeneralConfiguration` example of the corpus
//!   (one GET).
//!
//! Each group reads the same bytes every way; `benches/ratios.py` prints the
//! ratios of one run.
//!
//! ```text
//! cargo bench --bench read -- --warm-up-time 1 --measurement-time 3
//! ```

mod support;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use support::profile;
use support::{
    DeviceComplianceDeviceStatus, FlattenStatus, PageOf, PlainStatus, PlainStatusRfc3339, StatusExtra,
};

fn read<T: serde::de::DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(black_box(json)).expect("the benchmark input reads")
}

fn device_statuses(c: &mut Criterion) {
    let page = support::status_page(10_000);
    // Every model reads the same values.
    let ours: PageOf<DeviceComplianceDeviceStatus> = read(&page);
    let plain: PageOf<PlainStatus> = read(&page);
    let flatten: PageOf<FlattenStatus> = read(&page);
    assert_eq!(ours.value.len(), 10_000);
    for ((ours, plain), flatten) in ours.value.iter().zip(&plain.value).zip(&flatten.value) {
        assert_eq!(ours.device_display_name, plain.device_display_name);
        assert_eq!(ours.last_reported_date_time, plain.last_reported_date_time);
        assert_eq!(
            ours.compliance_grace_period_expiration_date_time,
            flatten.compliance_grace_period_expiration_date_time
        );
        assert_eq!(
            flatten.extra.len(),
            1,
            "only @odata.type is unknown to the flatten model"
        );
    }

    support::warm_up(c, "read", || read::<PageOf<DeviceComplianceDeviceStatus>>(&page));

    let mut group = c.benchmark_group("read/deviceStatuses-10000");
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function(BenchmarkId::new("graph-entity", "ignore-unknown"), |b| {
        b.iter(|| read::<PageOf<DeviceComplianceDeviceStatus>>(&page))
    });
    group.bench_function(BenchmarkId::new("graph-entity", "extra"), |b| {
        b.iter(|| read::<PageOf<StatusExtra>>(&page))
    });
    group.bench_function(BenchmarkId::new("serde", "ignore-unknown"), |b| {
        b.iter(|| read::<PageOf<PlainStatus>>(&page))
    });
    group.bench_function(BenchmarkId::new("serde", "ignore-unknown-rfc3339"), |b| {
        b.iter(|| read::<PageOf<PlainStatusRfc3339>>(&page))
    });
    group.bench_function(BenchmarkId::new("serde", "flatten"), |b| {
        b.iter(|| read::<PageOf<FlattenStatus>>(&page))
    });
    group.finish();
}

fn configuration_profile(c: &mut Criterion) {
    let json = support::profile_json();
    let ours: profile::ours::Windows10GeneralConfiguration = read(&json);
    let plain: profile::plain::Windows10GeneralConfiguration = read(&json);
    let flatten: profile::flatten::Windows10GeneralConfiguration = read(&json);
    assert_eq!(ours.display_name, plain.display_name);
    assert_eq!(ours.last_modified_date_time, flatten.last_modified_date_time);
    assert_eq!(
        flatten.extra.len(),
        1,
        "only @odata.type is unknown to the flatten model"
    );

    let mut group = c.benchmark_group("read/windows10GeneralConfiguration-207");
    group.throughput(Throughput::Bytes(json.len() as u64));
    group.bench_function(BenchmarkId::new("graph-entity", "ignore-unknown"), |b| {
        b.iter(|| read::<profile::ours::Windows10GeneralConfiguration>(&json))
    });
    group.bench_function(BenchmarkId::new("graph-entity", "extra"), |b| {
        b.iter(|| read::<profile::ours_extra::Windows10GeneralConfiguration>(&json))
    });
    group.bench_function(BenchmarkId::new("serde", "ignore-unknown"), |b| {
        b.iter(|| read::<profile::plain::Windows10GeneralConfiguration>(&json))
    });
    group.bench_function(BenchmarkId::new("serde", "flatten"), |b| {
        b.iter(|| read::<profile::flatten::Windows10GeneralConfiguration>(&json))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = support::criterion();
    targets = device_statuses, configuration_profile
}
criterion_main!(benches);
