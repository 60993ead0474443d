//! Flag enums: reading and writing `graph_core::Flags<E>` against reading
//! and writing the same text as a `String`.
//!
//! - `flags/read-1000`: a JSON array of 1,000 flags values of Intune's
//!   `notificationTemplateBrandingOptions` (one to five members each, in
//!   varying order, some after a space, one member in 20 unknown) read
//!   into `Vec<Flags<BrandingOptions>>` and into `Vec<String>`;
//! - `flags/write-1000`: the values read, written back.
//!
//! ```text
//! cargo bench --bench flags -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use graph_core::{Flags, GraphEnum};

/// `microsoft.graph.notificationTemplateBrandingOptions` (`IsFlags="true"`).
#[derive(Debug, Clone, PartialEq, GraphEnum)]
#[graph(flags)]
pub enum BrandingOptions {
    None,
    IncludeCompanyLogo,
    IncludeCompanyName,
    IncludeContactInformation,
    IncludeCompanyPortalLink,
    IncludeDeviceDetails,
    UnknownFutureValue,
    #[graph(other)]
    Other(String),
}

/// 1,000 values, deterministic: member choice and order from a small LCG.
fn texts() -> Vec<String> {
    let mut state: u32 = 12345;
    let mut next = move || {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (state >> 16) as usize
    };
    (0..1_000)
        .map(|i| {
            let count = 1 + next() % 5;
            let mut members: Vec<&str> = (0..count)
                .map(|_| BrandingOptions::MEMBERS[1 + next() % 5])
                .collect();
            members.dedup();
            if i % 20 == 0 {
                members.push("includeFutureDetails");
            }
            let separator = if i % 3 == 0 { ", " } else { "," };
            members.join(separator)
        })
        .collect()
}

fn flags(c: &mut Criterion) {
    let json = serde_json::to_string(&texts()).expect("writes");
    let values: Vec<Flags<BrandingOptions>> = serde_json::from_str(&json).expect("reads");
    let strings: Vec<String> = serde_json::from_str(&json).expect("reads");
    let written = serde_json::to_string(&values).expect("writes");
    // What is written is read back as the same sets.
    assert_eq!(
        serde_json::from_str::<Vec<Flags<BrandingOptions>>>(&written).expect("reads"),
        values
    );

    let mut group = c.benchmark_group("flags/read-1000");
    group.throughput(Throughput::Bytes(json.len() as u64));
    group.bench_function(BenchmarkId::new("graph-entity", "flags"), |b| {
        b.iter(|| serde_json::from_str::<Vec<Flags<BrandingOptions>>>(black_box(&json)).expect("reads"))
    });
    group.bench_function(BenchmarkId::new("serde", "string"), |b| {
        b.iter(|| serde_json::from_str::<Vec<String>>(black_box(&json)).expect("reads"))
    });
    group.finish();

    let mut buffer = Vec::with_capacity(json.len() * 2);
    let mut group = c.benchmark_group("flags/write-1000");
    group.throughput(Throughput::Bytes(written.len() as u64));
    group.bench_function(BenchmarkId::new("graph-entity", "flags"), |b| {
        b.iter(|| {
            buffer.clear();
            serde_json::to_writer(&mut buffer, black_box(&values)).expect("writes");
        })
    });
    group.bench_function(BenchmarkId::new("serde", "string"), |b| {
        b.iter(|| {
            buffer.clear();
            serde_json::to_writer(&mut buffer, black_box(&strings)).expect("writes");
        })
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30)
        .configure_from_args()
}

criterion_group! {
    name = benches;
    config = config();
    targets = flags
}
criterion_main!(benches);
