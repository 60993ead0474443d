//! Writing the full representation: `#[derive(GraphEntity)]`'s `Serialize`
//! against plain `#[derive(Serialize)]` with `skip_serializing_if =
//! "Option::is_none"` on the same fields, plus a constant `@odata.type`
//! field so that both write the same properties in the same order.
//!
//! The only difference in the output is the date-times: chrono's serde
//! writes 3, 6 or 9 fraction digits (`.776939200`), ours only the digits the
//! value needs (`.7769392`), as Graph does.
//!
//! ```text
//! cargo bench --bench write -- --warm-up-time 1 --measurement-time 3
//! ```

mod support;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use serde::Serialize;
use support::profile;
use support::{DeviceComplianceDeviceStatus, PageOf, PlainStatus};

fn read<T: serde::de::DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).expect("the benchmark input reads")
}

/// Serializes into a reused buffer; returns its length.
fn write<T: Serialize + ?Sized>(buffer: &mut Vec<u8>, value: &T) -> usize {
    buffer.clear();
    serde_json::to_writer(&mut *buffer, black_box(value)).expect("the value writes");
    buffer.len()
}

fn device_statuses(c: &mut Criterion) {
    let page = support::status_page(10_000);
    let ours: PageOf<DeviceComplianceDeviceStatus> = read(&page);
    let plain: PageOf<PlainStatus> = read(&page);
    let (ours, plain) = (ours.value, plain.value);
    let mut buffer = Vec::with_capacity(page.len() * 2);
    let written = write(&mut buffer, &ours);
    let again: Vec<DeviceComplianceDeviceStatus> = serde_json::from_slice(&buffer).expect("reads back");
    assert_eq!(again, ours);

    support::warm_up(c, "write", || write(&mut buffer, &ours));

    let mut group = c.benchmark_group("write/deviceStatuses-10000");
    group.throughput(Throughput::Bytes(written as u64));
    group.bench_function(BenchmarkId::new("graph-entity", "full"), |b| {
        b.iter(|| write(&mut buffer, &ours))
    });
    group.bench_function(BenchmarkId::new("serde", "skip-none"), |b| {
        b.iter(|| write(&mut buffer, &plain))
    });
    group.finish();
}

fn configuration_profile(c: &mut Criterion) {
    let json = support::profile_json();
    let ours: profile::ours::Windows10GeneralConfiguration = read(&json);
    let plain: profile::plain::Windows10GeneralConfiguration = read(&json);
    let mut buffer = Vec::with_capacity(json.len() * 2);
    let written = write(&mut buffer, &ours);
    // Both write the example's properties in its order; only the fraction
    // digits of date-times and times of day differ.
    let ours_value: serde_json::Value = serde_json::from_slice(&buffer).expect("reads back");
    write(&mut buffer, &plain);
    let plain_value: serde_json::Value = serde_json::from_slice(&buffer).expect("reads back");
    let differing: Vec<&String> = ours_value
        .as_object()
        .expect("an object")
        .iter()
        .filter(|(key, value)| plain_value.get(key.as_str()) != Some(value))
        .map(|(key, _)| key)
        .collect();
    assert!(
        differing
            .iter()
            .all(|key| key.ends_with("DateTime") || key.ends_with("Time")),
        "only date-times and times of day are written differently: {differing:?}"
    );

    let mut group = c.benchmark_group("write/windows10GeneralConfiguration-207");
    group.throughput(Throughput::Bytes(written as u64));
    group.bench_function(BenchmarkId::new("graph-entity", "full"), |b| {
        b.iter(|| write(&mut buffer, &ours))
    });
    group.bench_function(BenchmarkId::new("serde", "skip-none"), |b| {
        b.iter(|| write(&mut buffer, &plain))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = support::criterion();
    targets = device_statuses, configuration_profile
}
criterion_main!(benches);
