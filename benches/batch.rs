//! JSON batching and the async client, each against its baseline in one
//! group of one run:
//!
//! - `batch/patches-10000`: 10,000 patches of a managed device (`PATCH` with
//!   `If-Match`), each answered `200` with the device:
//!   - `graph-core/batch`: the 10,000 requests built, pushed into a
//!     [`graph_core::Batch`], packed into 500 `$batch` requests, and the
//!     500 batch answers read back with `Batch::run_reader` and
//!     `ReadUpdated`: each device deserialized while its batch answer is
//!     parsed, with the checks of `read_updated`;
//!   - `graph-core/single`: the same 10,000 requests built, and 10,000
//!     single answers read into typed devices (what sending them one by one
//!     costs besides the network).
//!
//!   Both sides keep the 10,000 devices, and give equal ones (asserted
//!   before measuring).
//! - `client/get`: one `GET` of a device from a local server (wiremock on
//!   127.0.0.1), read into a typed device:
//!   - `graph-client/get`: `Client::get` (token source, retry policy,
//!     concurrency limit, tracing span);
//!   - `reqwest/get`: the same request built by graph-core (`Endpoint::get`,
//!     with the token) and sent with the same reqwest client by hand, read
//!     with `read_entity`: what a user who brings their own client writes.
//!
//! ```text
//! cargo bench --bench batch -- --warm-up-time 1 --measurement-time 3
//! ```

mod support;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use graph_core::{read_entity, read_updated, ApiVersion, Batch, Cloud, Endpoint, GraphEntity, ReadUpdated};

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedDevice",
    path = "/deviceManagement/managedDevices/{managedDeviceId}"
)]
pub struct ManagedDevice {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(etag)]
    pub etag: Option<String>,
    pub device_name: Option<String>,
    pub managed_device_owner_type: Option<String>,
    #[graph(read_only)]
    pub operating_system: Option<String>,
    #[graph(read_only)]
    pub os_version: Option<String>,
    #[graph(read_only)]
    pub compliance_state: Option<String>,
    #[graph(read_only)]
    pub user_principal_name: Option<String>,
    pub device_category_display_name: Option<String>,
    pub notes: Option<String>,
}

const PATCHES: usize = 10_000;

fn id(n: usize) -> String {
    format!("0f3b{n:04}-0000-4000-8000-000000000000")
}

fn device_json(n: usize) -> String {
    format!(
        r##"{{"@odata.type":"#microsoft.graph.managedDevice","@odata.etag":"W/\"{n}\"","id":"{}","deviceName":"DESKTOP-{n:05}","managedDeviceOwnerType":"company","operatingSystem":"Windows","osVersion":"10.0.22631.3447","complianceState":"compliant","userPrincipalName":"user{n}@contoso.com","deviceCategoryDisplayName":"Kiosk","notes":"front desk {n}"}}"##,
        id(n)
    )
}

fn patch_request(endpoint: &Endpoint, n: usize, ids: &[String]) -> http::Request<Vec<u8>> {
    let patch = ManagedDevice::patch().device_category_display_name("Kiosk");
    endpoint
        .patch::<ManagedDevice>(&patch, &[&ids[n]])
        .if_match("W/\"1\"")
        .bearer("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9")
        .build()
        .unwrap()
}

fn batching(c: &mut Criterion) {
    let endpoint = Endpoint::default();
    let ids: Vec<String> = (0..PATCHES).map(id).collect();
    let singles: Vec<String> = (0..PATCHES).map(device_json).collect();
    let batch_answers: Vec<http::Response<Vec<u8>>> = (0..PATCHES / 20)
        .map(|batch| {
            let items: Vec<String> = (batch * 20..batch * 20 + 20)
                .rev()
                .map(|n| {
                    format!(
                        r#"{{"id":"{n}","status":200,"headers":{{"Content-Type":"application/json","ETag":"W/\"{n}\""}},"body":{}}}"#,
                        singles[n]
                    )
                })
                .collect();
            http::Response::new(format!(r#"{{"responses":[{}]}}"#, items.join(",")).into_bytes())
        })
        .collect();

    // Both sides read every answer into a typed device with `read_updated`
    // (the same checks: status, JSON, `@odata.type`) and keep the results.
    let single = || {
        let mut devices = Vec::with_capacity(PATCHES);
        for (n, single) in singles.iter().enumerate() {
            black_box(patch_request(&endpoint, n, &ids));
            let device = read_updated::<ManagedDevice>(http::StatusCode::OK, single.as_bytes());
            devices.push(device.unwrap());
        }
        devices
    };
    let batch = || {
        let mut batch = Batch::new(&endpoint);
        for n in 0..PATCHES {
            batch.push(patch_request(&endpoint, n, &ids));
        }
        batch
    };
    let batched = || {
        let mut answers = batch_answers.iter();
        let results = batch()
            .run_reader(
                |request| {
                    black_box(request);
                    let answer = answers.next().unwrap();
                    Ok::<_, graph_core::Error>(http::Response::new(answer.body().as_slice()))
                },
                ReadUpdated::<ManagedDevice>::new(),
            )
            .unwrap();
        assert!(answers.next().is_none());
        results.into_iter().map(Result::unwrap).collect::<Vec<_>>()
    };
    let expected = single();
    assert_eq!(expected.len(), PATCHES);
    assert!(expected.iter().all(Option::is_some));
    assert_eq!(batched(), expected);
    // The reader function gives the same devices.
    let mut answers = batch_answers.iter();
    let by_function = batch()
        .run_read(
            |_request| {
                Ok::<_, graph_core::Error>(http::Response::new(answers.next().unwrap().body().as_slice()))
            },
            read_updated::<ManagedDevice>,
        )
        .unwrap();
    assert_eq!(
        by_function.into_iter().map(Result::unwrap).collect::<Vec<_>>(),
        expected
    );
    drop(expected);

    support::warm_up(c, "batch", single);
    let mut group = c.benchmark_group("batch/patches-10000");
    group.throughput(Throughput::Elements(PATCHES as u64));
    group.bench_function("graph-core/batch", |b| b.iter(batched));
    group.bench_function("graph-core/single", |b| b.iter(single));
    group.finish();
}

fn client(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let server = runtime.block_on(wiremock::MockServer::start());
    let body = device_json(7);
    runtime.block_on(
        wiremock::Mock::given(wiremock::matchers::method("GET"))
            .respond_with(wiremock::ResponseTemplate::new(200).set_body_raw(body, "application/json"))
            .mount(&server),
    );
    let endpoint = Endpoint::new(Cloud::Custom(server.uri()), ApiVersion::V1);
    let http = graph_client::http_client_builder().build().unwrap();
    let client = graph_client::Client::builder(endpoint.clone(), "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9")
        .http_client(http.clone())
        .build();

    let with_client = || async {
        let device: ManagedDevice = client.get(&["d7"]).await.unwrap();
        device
    };
    let by_hand = || async {
        let request = endpoint
            .get::<ManagedDevice>(&["d7"])
            .bearer("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9")
            .build()
            .unwrap();
        let response = http.execute(request.try_into().unwrap()).await.unwrap();
        let status = response.status();
        let body = response.bytes().await.unwrap();
        let device: ManagedDevice = read_entity(status, &body).unwrap();
        device
    };
    assert_eq!(runtime.block_on(with_client()), runtime.block_on(by_hand()));

    support::warm_up(c, "client", || runtime.block_on(by_hand()));
    let mut group = c.benchmark_group("client/get");
    group.bench_function("graph-client/get", |b| b.iter(|| runtime.block_on(with_client())));
    group.bench_function("reqwest/get", |b| b.iter(|| runtime.block_on(by_hand())));
    group.finish();
}

criterion_group! {
    name = benches;
    config = support::criterion();
    targets = batching, client
}
criterion_main!(benches);
