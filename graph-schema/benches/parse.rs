//! Parsing Graph's v1.0 CSDL (3.5 MB) with `Metadata::parse`, against
//! quick-xml's bare event loop over the same bytes (every event read,
//! nothing kept): the goal is at most 2× the bare loop.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use quick_xml::events::Event;
use quick_xml::Reader;

const V1_0: &str = include_str!("../tests/data/v1.0.xml");

fn bare_event_loop(text: &str) -> usize {
    let mut reader = Reader::from_str(text);
    let mut events = 0;
    loop {
        match reader.read_event() {
            Ok(Event::Eof) | Err(_) => return events,
            Ok(event) => {
                black_box(&event);
                events += 1;
            }
        }
    }
}

/// The bare loop, plus every attribute of every element read and
/// unescaped: what any reader of CSDL pays at least (graph-schema reads the
/// attributes of about half the elements).
fn event_loop_with_attributes(text: &str) -> usize {
    let mut reader = Reader::from_str(text);
    let decoder = reader.decoder();
    let mut bytes = 0;
    loop {
        match reader.read_event() {
            Ok(Event::Eof) | Err(_) => return bytes,
            Ok(Event::Start(element) | Event::Empty(element)) => {
                for attribute in element.attributes().flatten() {
                    if let Ok(value) = attribute.decode_and_unescape_value(decoder) {
                        bytes += black_box(value).len();
                    }
                }
            }
            Ok(event) => {
                black_box(&event);
            }
        }
    }
}

fn parse(c: &mut Criterion) {
    let text = V1_0.strip_prefix('\u{feff}').unwrap_or(V1_0);
    let mut group = c.benchmark_group("parse_v1_0");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("quick_xml_event_loop", |b| {
        b.iter(|| bare_event_loop(black_box(text)))
    });
    group.bench_function("quick_xml_event_loop_with_attributes", |b| {
        b.iter(|| event_loop_with_attributes(black_box(text)))
    });
    group.bench_function("graph_schema", |b| {
        b.iter_with_large_drop(|| graph_schema::Metadata::parse(black_box(V1_0)))
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
