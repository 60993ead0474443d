//! A compliance report over the managed devices of a tenant: lists every
//! device (page by page), counts them by compliance state, and moves the
//! noncompliant ones into a device category through JSON batches (throttled
//! items are sent again after their `Retry-After`), then prints a summary.
//!
//! With `GRAPH_TOKEN` set, it runs against the tenant the token is for
//! (Graph beta): it only reports what it would change unless
//! `GRAPH_APPLY=1`, and the category is `GRAPH_CATEGORY` (default
//! `Noncompliant`), which must exist. Without a token it starts a local
//! server that answers like Graph (pages, batches answered out of order,
//! some items throttled) and runs against it.
//!
//! ```sh
//! cargo run --example compliance_report
//! GRAPH_TOKEN=eyJ0eXAi... cargo run --example compliance_report
//! ```
//!
//! Progress goes to stderr, the report to stdout.

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use futures::TryStreamExt;
use graph_client::Client;
use graph_core::{ApiVersion, Cloud, Endpoint, GraphEntity, Query};
use serde_json::{json, Value};

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedDevice",
    path = "/deviceManagement/managedDevices/{managedDeviceId}"
)]
pub struct ManagedDevice {
    #[graph(key)]
    pub id: Option<String>,
    pub device_name: Option<String>,
    #[graph(read_only)]
    pub operating_system: Option<String>,
    #[graph(read_only)]
    pub compliance_state: Option<ComplianceState>,
    #[graph(read_only)]
    pub device_category_display_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, graph_core::GraphEnum)]
pub enum ComplianceState {
    Unknown,
    Compliant,
    Noncompliant,
    Conflict,
    Error,
    InGracePeriod,
    ConfigManager,
    #[graph(other)]
    Other(String),
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories/{deviceCategoryId}"
)]
pub struct DeviceCategory {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let started = Instant::now();
    let category_name = std::env::var("GRAPH_CATEGORY").unwrap_or_else(|_| "Noncompliant".to_owned());
    // The local server lives as long as the run.
    let (client, apply, _server) = match std::env::var("GRAPH_TOKEN") {
        Ok(token) if !token.is_empty() => {
            let endpoint = Endpoint::new(Cloud::Global, ApiVersion::Beta);
            eprintln!("running against {}", endpoint.base_url());
            let apply = std::env::var("GRAPH_APPLY").is_ok_and(|value| value == "1");
            (Client::new(endpoint, token), apply, None)
        }
        _ => {
            let server = local::start(&category_name).await;
            let endpoint = Endpoint::new(Cloud::Custom(server.uri()), ApiVersion::Beta);
            eprintln!(
                "GRAPH_TOKEN is not set: running against a local server at {}",
                server.uri()
            );
            (Client::new(endpoint, "local-token"), true, Some(server))
        }
    };

    let categories: Vec<DeviceCategory> = client.list::<DeviceCategory>(&[]).try_collect().await?;
    let category = categories
        .iter()
        .find(|category| category.display_name.as_deref() == Some(category_name.as_str()))
        .and_then(|category| category.id.clone())
        .ok_or_else(|| format!("no device category named `{category_name}`"))?;

    let query = Query::new().top(100);
    let mut devices = Vec::new();
    let mut listing =
        client.list_with::<ManagedDevice>(client.endpoint().list::<ManagedDevice>(&[]).query(query));
    while let Some(device) = listing.try_next().await? {
        devices.push(device);
        if devices.len() % 100 == 0 {
            eprintln!("listed {} devices", devices.len());
        }
    }
    eprintln!("listed {} devices in all", devices.len());

    let mut by_state: BTreeMap<String, usize> = BTreeMap::new();
    for device in &devices {
        let state = match &device.compliance_state {
            Some(ComplianceState::Other(other)) => other.clone(),
            Some(state) => format!("{state:?}"),
            None => "(none)".to_owned(),
        };
        *by_state.entry(state).or_default() += 1;
    }
    let to_move: Vec<&ManagedDevice> = devices
        .iter()
        .filter(|device| device.compliance_state == Some(ComplianceState::Noncompliant))
        .filter(|device| device.device_category_display_name.as_deref() != Some(category_name.as_str()))
        .collect();

    let (mut moved, mut failed) = (0, Vec::new());
    if apply && !to_move.is_empty() {
        eprintln!(
            "moving {} devices into `{category_name}`, 20 per batch",
            to_move.len()
        );
        // A device's category is its `deviceCategory` reference.
        let category_url = client
            .endpoint()
            .url(&format!("/deviceManagement/deviceCategories/{category}"));
        let requests = to_move
            .iter()
            .map(|device| {
                let id = device.id.as_deref().unwrap_or_default();
                let path = ManagedDevice::PATHS[0].render(&[id])?;
                let body = serde_json::to_vec(&json!({ "@odata.id": category_url }))?;
                Ok(
                    http::Request::put(client.endpoint().url(&format!("{path}/deviceCategory/$ref")))
                        .header("Content-Type", "application/json")
                        .body(body)?,
                )
            })
            .collect::<Result<Vec<_>, Box<dyn std::error::Error>>>()?;
        let answers = client.batch(requests).await?;
        for (device, answer) in to_move.iter().zip(answers) {
            let outcome = answer
                .map_err(graph_client::Error::from)
                .and_then(|answer| Ok(graph_core::read_empty(answer.status(), answer.body())?));
            match outcome {
                Ok(()) => moved += 1,
                Err(error) => {
                    failed.push((device.device_name.clone().unwrap_or_default(), error.to_string()))
                }
            }
        }
    }

    println!("Compliance report ({} devices)", devices.len());
    for (state, count) in &by_state {
        println!("  {state:<14} {count:>6}");
    }
    if apply {
        println!("Moved into `{category_name}`: {moved} of {}", to_move.len());
    } else {
        println!(
            "Would move into `{category_name}`: {} (set GRAPH_APPLY=1 to apply)",
            to_move.len()
        );
    }
    for (device, error) in &failed {
        println!("  failed: {device}: {error}");
    }
    eprintln!("done in {:.2} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// A local server that answers like Graph beta for what the report uses.
mod local {
    use super::*;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, Request, ResponseTemplate};

    const DEVICES: usize = 250;
    const PAGE: usize = 100;

    fn compliance(n: usize) -> &'static str {
        match n % 10 {
            0 | 3 | 7 => "noncompliant",
            5 => "inGracePeriod",
            9 => "unknown",
            _ => "compliant",
        }
    }

    fn device(n: usize, category: &str) -> Value {
        let system = ["Windows", "iOS", "Android", "macOS"][n % 4];
        // Every fifth noncompliant device is in the category already.
        let in_category = compliance(n) == "noncompliant" && n.is_multiple_of(50);
        json!({
            "@odata.type": "#microsoft.graph.managedDevice",
            "id": format!("0f3b{n:04}-0000-4000-8000-000000000000"),
            "deviceName": format!("{}-{n:04}", system.to_uppercase()),
            "operatingSystem": system,
            "complianceState": compliance(n),
            "deviceCategoryDisplayName": if in_category { category } else { "Unknown category" },
        })
    }

    pub async fn start(category: &str) -> MockServer {
        let server = MockServer::start().await;
        let base = format!("{}/beta", server.uri());
        Mock::given(method("GET"))
            .and(path("/beta/deviceManagement/deviceCategories"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"value": [
                {"id": "c0a1b2c3-0000-4000-8000-000000000001", "displayName": "Kiosk"},
                {"id": "c0a1b2c3-0000-4000-8000-000000000002", "displayName": category},
            ]})))
            .mount(&server)
            .await;
        let category = category.to_owned();
        let devices_url = format!("{base}/deviceManagement/managedDevices");
        Mock::given(method("GET"))
            .and(path("/beta/deviceManagement/managedDevices"))
            .respond_with(move |request: &Request| {
                let skip: usize = request
                    .url
                    .query_pairs()
                    .find(|(name, _)| name == "$skiptoken")
                    .and_then(|(_, value)| value.parse().ok())
                    .unwrap_or(0);
                let end = (skip + PAGE).min(DEVICES);
                let mut page =
                    json!({"value": (skip..end).map(|n| device(n, &category)).collect::<Vec<_>>()});
                if end < DEVICES {
                    page["@odata.nextLink"] = json!(format!("{devices_url}?$top={PAGE}&$skiptoken={end}"));
                }
                ResponseTemplate::new(200).set_body_json(page)
            })
            .mount(&server)
            .await;
        // Batches are answered in reverse order; in the second batch of the
        // run, every fourth request is throttled once.
        let calls = AtomicUsize::new(0);
        Mock::given(method("POST"))
            .and(path("/beta/$batch"))
            .respond_with(move |request: &Request| {
                let call = calls.fetch_add(1, Ordering::SeqCst);
                let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
                let items = body["requests"].as_array().cloned().unwrap_or_default();
                let responses: Vec<Value> = items
                    .iter()
                    .rev()
                    .enumerate()
                    .map(|(n, item)| {
                        if call == 1 && n % 4 == 0 {
                            json!({"id": item["id"], "status": 429, "headers": {"Retry-After": "0.25"},
                                   "body": {"error": {"code": "TooManyRequests", "message": "Too many requests"}}})
                        } else {
                            json!({"id": item["id"], "status": 204, "headers": {}})
                        }
                    })
                    .collect();
                ResponseTemplate::new(200).set_body_json(json!({ "responses": responses }))
            })
            .mount(&server)
            .await;
        server
    }
}
