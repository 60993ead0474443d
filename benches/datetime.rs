//! Edm.DateTimeOffset: graph-core's wire format against chrono's serde.
//!
//! - `datetime/parse`: 1,000 corpus-shaped texts through
//!   `graph_core::wire::parse_datetime`, chrono's `str::parse` (the relaxed
//!   parser that chrono's `Deserialize` calls) and chrono's strict
//!   `DateTime::parse_from_rfc3339`;
//! - `datetime/format`: the same values through
//!   `graph_core::wire::format_datetime` and chrono's
//!   `to_rfc3339_opts(SecondsFormat::AutoSi, true)` (what chrono's
//!   `Serialize` writes);
//! - `datetime/read` and `datetime/write`: a 2,000-item page of the beta
//!   `deviceManagementPartner`, five of whose ten fields are date-times,
//!   through `#[derive(GraphEntity)]` and through plain serde derives with
//!   chrono's serde.
//!
//! ```text
//! cargo bench --bench datetime -- --warm-up-time 1 --measurement-time 3
//! ```

mod support;

use std::fmt::Write as _;
use std::hint::black_box;

use chrono::{DateTime, FixedOffset, SecondsFormat};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use graph_core::GraphEntity;
use serde::{Deserialize, Serialize};
use support::PageOf;

/// `microsoft.graph.deviceManagementPartner` (beta) without its one
/// collection of complex values; the two enums are kept as text.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceManagementPartner",
    path = "/deviceManagement/deviceManagementPartners/{deviceManagementPartnerId}"
)]
pub struct Partner {
    #[graph(key)]
    pub id: Option<String>,
    pub last_heartbeat_date_time: Option<DateTime<FixedOffset>>,
    pub partner_state: Option<String>,
    pub partner_app_type: Option<String>,
    pub single_tenant_app_id: Option<String>,
    pub display_name: Option<String>,
    pub is_configured: Option<bool>,
    pub when_partner_devices_will_be_removed: Option<DateTime<FixedOffset>>,
    pub when_partner_devices_will_be_marked_as_non_compliant: Option<DateTime<FixedOffset>>,
    pub when_partner_devices_will_be_removed_date_time: Option<DateTime<FixedOffset>>,
    pub when_partner_devices_will_be_marked_as_non_compliant_date_time: Option<DateTime<FixedOffset>>,
}

fn partner_type() -> &'static str {
    "#microsoft.graph.deviceManagementPartner"
}

/// The same fields with plain serde derives and chrono's serde.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainPartner {
    #[serde(rename = "@odata.type", skip_deserializing, default = "partner_type")]
    pub odata_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_heartbeat_date_time: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_state: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_app_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub single_tenant_app_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_configured: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when_partner_devices_will_be_removed: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when_partner_devices_will_be_marked_as_non_compliant: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when_partner_devices_will_be_removed_date_time: Option<DateTime<FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when_partner_devices_will_be_marked_as_non_compliant_date_time: Option<DateTime<FixedOffset>>,
}

/// A page of `n` partners, every value varied.
fn partner_page(n: usize) -> String {
    let mut page = String::from(r#"{"value":["#);
    for i in 0..n {
        if i > 0 {
            page.push(',');
        }
        let _ = write!(
            page,
            concat!(
                r##"{{"@odata.type":"#microsoft.graph.deviceManagementPartner","id":"d21e377a-377a-d21e-7a37-{:012x}","##,
                r#""lastHeartbeatDateTime":"{}","partnerState":"unavailable","partnerAppType":"singleTenantApp","#,
                r#""singleTenantAppId":"app {}","displayName":"Partner {}","isConfigured":{},"#,
                r#""whenPartnerDevicesWillBeRemoved":"{}","whenPartnerDevicesWillBeMarkedAsNonCompliant":"{}","#,
                r#""whenPartnerDevicesWillBeRemovedDateTime":"{}","whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime":"{}"}}"#
            ),
            i,
            support::datetime(i * 5),
            i,
            i,
            i % 2 == 0,
            support::datetime(i * 5 + 1),
            support::datetime(i * 5 + 2),
            support::datetime(i * 5 + 3),
            support::datetime(i * 5 + 4),
        );
    }
    page.push_str("]}");
    page
}

fn raw(c: &mut Criterion) {
    let texts: Vec<String> = (0..1_000).map(support::datetime).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let values: Vec<DateTime<FixedOffset>> = texts
        .iter()
        .map(|text| graph_core::wire::parse_datetime(text).expect("valid"))
        .collect();
    for (text, value) in texts.iter().zip(&values) {
        assert_eq!(&graph_core::wire::format_datetime(value), text);
        assert_eq!(text.parse::<DateTime<FixedOffset>>().as_ref(), Ok(value));
        assert_eq!(DateTime::parse_from_rfc3339(text).as_ref(), Ok(value));
    }

    let mut group = c.benchmark_group("datetime/parse-1000");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(BenchmarkId::new("graph-entity", "parse_datetime"), |b| {
        b.iter(|| {
            for text in &texts {
                black_box(graph_core::wire::parse_datetime(black_box(text)).ok());
            }
        })
    });
    group.bench_function(BenchmarkId::new("chrono", "from_str (serde)"), |b| {
        b.iter(|| {
            for text in &texts {
                black_box(black_box(text.as_str()).parse::<DateTime<FixedOffset>>().ok());
            }
        })
    });
    group.bench_function(BenchmarkId::new("chrono", "parse_from_rfc3339"), |b| {
        b.iter(|| {
            for text in &texts {
                black_box(DateTime::parse_from_rfc3339(black_box(text)).ok());
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("datetime/format-1000");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(BenchmarkId::new("graph-entity", "format_datetime"), |b| {
        b.iter(|| {
            for value in &values {
                black_box(graph_core::wire::format_datetime(black_box(value)));
            }
        })
    });
    group.bench_function(BenchmarkId::new("chrono", "to_rfc3339_opts (serde)"), |b| {
        b.iter(|| {
            for value in &values {
                black_box(black_box(value).to_rfc3339_opts(SecondsFormat::AutoSi, true));
            }
        })
    });
    group.finish();
}

fn entity(c: &mut Criterion) {
    let page = partner_page(2_000);
    let ours: PageOf<Partner> = serde_json::from_str(&page).expect("reads");
    let plain: PageOf<PlainPartner> = serde_json::from_str(&page).expect("reads");
    for (ours, plain) in ours.value.iter().zip(&plain.value) {
        assert_eq!(
            ours.when_partner_devices_will_be_removed,
            plain.when_partner_devices_will_be_removed
        );
    }

    let mut group = c.benchmark_group("datetime/read-partners-2000");
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function(BenchmarkId::new("graph-entity", "wire"), |b| {
        b.iter(|| serde_json::from_str::<PageOf<Partner>>(black_box(&page)).expect("reads"))
    });
    group.bench_function(BenchmarkId::new("serde", "chrono-serde"), |b| {
        b.iter(|| serde_json::from_str::<PageOf<PlainPartner>>(black_box(&page)).expect("reads"))
    });
    group.finish();

    let (ours, plain) = (ours.value, plain.value);
    let mut buffer = Vec::with_capacity(page.len() * 2);
    serde_json::to_writer(&mut buffer, &ours).expect("writes");
    let written = buffer.len();

    let mut group = c.benchmark_group("datetime/write-partners-2000");
    group.throughput(Throughput::Bytes(written as u64));
    group.bench_function(BenchmarkId::new("graph-entity", "wire"), |b| {
        b.iter(|| {
            buffer.clear();
            serde_json::to_writer(&mut buffer, black_box(&ours)).expect("writes");
        })
    });
    group.bench_function(BenchmarkId::new("serde", "chrono-serde"), |b| {
        b.iter(|| {
            buffer.clear();
            serde_json::to_writer(&mut buffer, black_box(&plain)).expect("writes");
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = support::criterion();
    targets = raw, entity
}
criterion_main!(benches);
