//! graph-client against a real local HTTP server (wiremock on 127.0.0.1)
//! that answers as Graph does. Waits are measured on tokio's paused clock.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::TryStreamExt;
use graph_client::{BoxError, Client, Error};
use graph_core::{read_updated, ApiVersion, Cloud, Endpoint, GraphEntity, RetryPolicy};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::Instant;
use wiremock::matchers::{any, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

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
    pub device_category_display_name: Option<String>,
}

const DEVICES: &str = "/v1.0/deviceManagement/managedDevices";
const SELECT: &str = "$select=id,deviceName,deviceCategoryDisplayName";

fn endpoint(server: &MockServer) -> Endpoint {
    Endpoint::new(Cloud::Custom(server.uri()), ApiVersion::V1)
}

/// A client whose connection pool sets no timer, so that tokio's paused
/// clock moves only for the client's own waits.
fn client(endpoint: Endpoint, tokens: impl graph_client::TokenSource + 'static) -> Client {
    let http = graph_client::http_client_builder()
        .pool_idle_timeout(None)
        .build()
        .unwrap();
    Client::builder(endpoint, tokens)
        .http_client(http)
        .policy(RetryPolicy::new().jitter(|| 0.0))
        .build()
}

fn device(id: &str, name: &str) -> Value {
    json!({"@odata.type": "#microsoft.graph.managedDevice", "id": id, "deviceName": name})
}

fn authorization(request: &Request) -> Option<String> {
    request
        .headers
        .get("authorization")
        .map(|value| value.to_str().unwrap().to_owned())
}

/// Answers the calls in turn with the given responses, the last one again
/// when they run out.
fn in_turn(responses: Vec<ResponseTemplate>) -> impl Fn(&Request) -> ResponseTemplate + Send + Sync {
    let calls = AtomicUsize::new(0);
    move |_request: &Request| {
        let call = calls.fetch_add(1, Ordering::SeqCst);
        responses[call.min(responses.len() - 1)].clone()
    }
}

#[tokio::test]
async fn pages_are_followed_through_next_links() {
    let server = MockServer::start().await;
    let next = format!("{}{DEVICES}?{SELECT}&$skiptoken=RFNwdCU3QjE%3D%2B", server.uri());
    Mock::given(method("GET"))
        .and(path(DEVICES))
        .respond_with(move |request: &Request| {
            if request.url.query().unwrap().contains("skiptoken") {
                ResponseTemplate::new(200).set_body_json(json!({"value": [device("d3", "KIOSK-3")]}))
            } else {
                ResponseTemplate::new(200).set_body_json(json!({
                    "@odata.nextLink": next,
                    "value": [device("d1", "KIOSK-1"), device("d2", "KIOSK-2")]
                }))
            }
        })
        .mount(&server)
        .await;
    let client = client(endpoint(&server), "t0");
    let devices: Vec<ManagedDevice> = client.list::<ManagedDevice>(&[]).try_collect().await.unwrap();
    let names: Vec<_> = devices
        .iter()
        .map(|d| d.device_name.as_deref().unwrap())
        .collect();
    assert_eq!(names, ["KIOSK-1", "KIOSK-2", "KIOSK-3"]);
    let received = server.received_requests().await.unwrap();
    assert_eq!(received.len(), 2);
    let target = |request: &Request| format!("{}?{}", request.url.path(), request.url.query().unwrap());
    assert_eq!(target(&received[0]), format!("{DEVICES}?{SELECT}"));
    assert_eq!(
        target(&received[1]),
        format!("{DEVICES}?{SELECT}&$skiptoken=RFNwdCU3QjE%3D%2B")
    );
    for request in &received {
        assert_eq!(authorization(request).as_deref(), Some("Bearer t0"));
    }
}

#[tokio::test]
async fn the_token_never_goes_to_another_host() {
    let graph = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    let next = format!("{}/v1.0/next?page=2", elsewhere.uri());
    Mock::given(path(DEVICES))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"@odata.nextLink": next, "value": [device("d1", "A")]})),
        )
        .mount(&graph)
        .await;
    Mock::given(path("/v1.0/next"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"value": [device("d2", "B")]})))
        .mount(&elsewhere)
        .await;
    let client = client(endpoint(&graph), "secret");
    let devices: Vec<ManagedDevice> = client.list::<ManagedDevice>(&[]).try_collect().await.unwrap();
    assert_eq!(devices.len(), 2);
    let to_graph = graph.received_requests().await.unwrap();
    assert_eq!(authorization(&to_graph[0]).as_deref(), Some("Bearer secret"));
    let to_elsewhere = elsewhere.received_requests().await.unwrap();
    assert_eq!(to_elsewhere.len(), 1);
    assert_eq!(authorization(&to_elsewhere[0]), None);

    // Nor when a request built by hand goes there, token header and all.
    let by_hand = http::Request::get(format!("{}/v1.0/next", elsewhere.uri()))
        .header("Authorization", "Bearer secret")
        .body(Vec::new())
        .unwrap();
    client.send(by_hand).await.unwrap();
    let to_elsewhere = elsewhere.received_requests().await.unwrap();
    assert_eq!(authorization(&to_elsewhere[1]), None);
}

#[tokio::test(start_paused = true)]
async fn throttling_waits_exactly_the_fractional_retry_after() {
    let server = MockServer::start().await;
    let throttled = |after: &str| {
        ResponseTemplate::new(429)
            .insert_header("Retry-After", after)
            .set_body_json(json!({"error": {"code": "TooManyRequests", "message": "Too many requests"}}))
    };
    Mock::given(method("GET"))
        .and(path(format!("{DEVICES}/d1")))
        .respond_with(in_turn(vec![
            throttled("2.128"),
            throttled("0.249"),
            ResponseTemplate::new(200).set_body_json(device("d1", "KIOSK-1")),
        ]))
        .mount(&server)
        .await;
    let client = client(endpoint(&server), "t");
    let start = Instant::now();
    let device: ManagedDevice = client.get(&["d1"]).await.unwrap();
    assert_eq!(start.elapsed(), Duration::from_millis(2128 + 249));
    assert_eq!(device.device_name.as_deref(), Some("KIOSK-1"));
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

#[tokio::test(start_paused = true)]
async fn throttling_past_the_attempts_gives_the_service_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(503)
                .insert_header("Retry-After", "1")
                .set_body_json(json!({"error": {"code": "ServiceUnavailable", "message": "later", "innerError": {"request-id": "r-1"}}})),
        )
        .mount(&server)
        .await;
    let client = Client::builder(endpoint(&server), "t")
        .http_client(
            graph_client::http_client_builder()
                .pool_idle_timeout(None)
                .build()
                .unwrap(),
        )
        .policy(RetryPolicy::new().max_attempts(3))
        .build();
    let start = Instant::now();
    let error = client.get::<ManagedDevice>(&["d1"]).await.unwrap_err();
    assert_eq!(start.elapsed(), Duration::from_secs(2));
    assert_eq!(
        error.to_string(),
        "graph service error 503 Service Unavailable: ServiceUnavailable: later (request-id r-1)"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

#[tokio::test(start_paused = true)]
async fn a_batch_answered_out_of_order_with_a_429_and_a_404() {
    let server = MockServer::start().await;
    let first = json!({"responses": [
        {"id": "2", "status": 404, "headers": {"Content-Type": "application/json"},
         "body": {"error": {"code": "ResourceNotFound", "message": "no managed device d3"}}},
        {"id": "0", "status": 204, "headers": {}},
        {"id": "1", "status": 429, "headers": {"Retry-After": "0.249", "Content-Type": "application/json"},
         "body": {"error": {"code": "TooManyRequests", "message": "slow down"}}}
    ]});
    let second = json!({"responses": [
        {"id": "1", "status": 200, "headers": {"Content-Type": "application/json"},
         "body": {"@odata.type": "#microsoft.graph.managedDevice", "id": "d2", "deviceCategoryDisplayName": "Kiosk"}}
    ]});
    Mock::given(method("POST"))
        .and(path("/v1.0/$batch"))
        .respond_with(in_turn(vec![
            ResponseTemplate::new(200).set_body_json(first),
            ResponseTemplate::new(200).set_body_json(second),
        ]))
        .mount(&server)
        .await;
    let client = client(endpoint(&server), "t");
    let requests = ["d1", "d2", "d3"].map(|id| {
        let device = ManagedDevice {
            id: Some(id.into()),
            etag: Some(format!("W/\"{id}\"")),
            ..ManagedDevice::default()
        };
        let patch = ManagedDevice::patch().device_category_display_name("Kiosk");
        client
            .endpoint()
            .patch::<ManagedDevice>(&patch, &[device.id.as_deref().unwrap()])
            .if_match(device.etag.unwrap())
            .build()
            .unwrap()
    });
    let start = Instant::now();
    let answers = client.batch(requests).await.unwrap();
    assert_eq!(start.elapsed(), Duration::from_millis(249));

    let sent = server.received_requests().await.unwrap();
    assert_eq!(sent.len(), 2);
    assert_eq!(authorization(&sent[0]).as_deref(), Some("Bearer t"));
    let first_body: Value = serde_json::from_slice(&sent[0].body).unwrap();
    assert_eq!(first_body["requests"].as_array().unwrap().len(), 3);
    let second_body: Value = serde_json::from_slice(&sent[1].body).unwrap();
    assert_eq!(
        second_body,
        json!({"requests": [{
            "id": "1",
            "method": "PATCH",
            "url": "/deviceManagement/managedDevices/d2",
            "headers": {"accept": "application/json", "content-type": "application/json", "if-match": "W/\"d2\""},
            "body": {"@odata.type": "#microsoft.graph.managedDevice", "deviceCategoryDisplayName": "Kiosk"}
        }]})
    );

    let read: Vec<Result<Option<ManagedDevice>, String>> = answers
        .into_iter()
        .map(|answer| {
            let answer = answer.unwrap();
            read_updated(answer.status(), answer.body()).map_err(|e| e.to_string())
        })
        .collect();
    assert_eq!(
        read,
        [
            Ok(None),
            Ok(Some(ManagedDevice {
                id: Some("d2".into()),
                device_category_display_name: Some("Kiosk".into()),
                ..ManagedDevice::default()
            })),
            Err("graph service error 404 Not Found: ResourceNotFound: no managed device d3".to_owned()),
        ]
    );
}

#[tokio::test]
async fn an_html_error_page_from_a_proxy() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(502).set_body_raw(
            "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
            "text/html",
        ))
        .mount(&server)
        .await;
    let client = client(endpoint(&server), "t");
    let error = client.get::<ManagedDevice>(&["d1"]).await.unwrap_err();
    assert_eq!(
        error.to_string(),
        "response body with status 502 Bad Gateway is not JSON: `<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>`"
    );
    assert_eq!(error.status(), Some(http::StatusCode::BAD_GATEWAY));
    assert_eq!(server.received_requests().await.unwrap().len(), 1);

    // In a batch, the page is the answer of every request in it.
    let requests = ["a", "b"].map(|id| client.endpoint().get::<ManagedDevice>(&[id]).build().unwrap());
    let answers = client.batch(requests).await.unwrap();
    for answer in answers {
        let answer = answer.unwrap();
        assert_eq!(answer.status(), 502);
        assert_eq!(answer.headers()["content-type"], "text/html");
    }
}

#[tokio::test]
async fn an_expired_token_is_replaced_once() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(|request: &Request| {
            if authorization(request).as_deref() == Some("Bearer t1") {
                ResponseTemplate::new(401).set_body_json(json!({"error": {
                    "code": "InvalidAuthenticationToken",
                    "message": "Lifetime validation failed, the token is expired."
                }}))
            } else {
                ResponseTemplate::new(200).set_body_json(device("d1", "KIOSK-1"))
            }
        })
        .mount(&server)
        .await;
    let issued = Arc::new(AtomicUsize::new(0));
    let counter = issued.clone();
    let tokens = move || {
        let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
        async move { Ok::<_, BoxError>(format!("t{n}")) }
    };
    let client = client(endpoint(&server), tokens);
    let device: ManagedDevice = client.get(&["d1"]).await.unwrap();
    assert_eq!(device.device_name.as_deref(), Some("KIOSK-1"));
    let sent: Vec<_> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|request| authorization(request).unwrap())
        .collect();
    assert_eq!(sent, ["Bearer t1", "Bearer t2"]);

    // A token that stays expired: one send, then the service's error.
    let stale = client_for(&server, "t1");
    let error = stale.get::<ManagedDevice>(&["d1"]).await.unwrap_err();
    assert_eq!(
        error.to_string(),
        "graph service error 401 Unauthorized: InvalidAuthenticationToken: Lifetime validation failed, the token is expired."
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 3);

    // A token source that fails.
    let failing = client_for(&server, || async { Err::<String, _>("no refresh token") });
    assert_eq!(
        failing
            .get::<ManagedDevice>(&["d1"])
            .await
            .unwrap_err()
            .to_string(),
        "cannot get an access token: no refresh token"
    );
}

fn client_for(server: &MockServer, tokens: impl graph_client::TokenSource + 'static) -> Client {
    client(endpoint(server), tokens)
}

#[tokio::test]
async fn writes_send_what_they_should() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(device("new", "KIOSK-9")))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = client(endpoint(&server), "t");
    let mut device = ManagedDevice {
        id: Some("d1".into()),
        etag: Some("W/\"7\"".into()),
        device_name: Some("KIOSK-1".into()),
        device_category_display_name: None,
    };
    assert_eq!(client.update(&device, &[]).await.unwrap(), None);
    device.etag = None;
    let patch = ManagedDevice::patch().clear_device_category_display_name();
    assert_eq!(
        client.patch::<ManagedDevice>(&patch, &["d/1"]).await.unwrap(),
        None
    );
    let created = client.create(&device, &[]).await.unwrap();
    assert_eq!(created.id.as_deref(), Some("new"));
    client.delete::<ManagedDevice>(&["d1"]).await.unwrap();

    let sent = server.received_requests().await.unwrap();
    let summary: Vec<(String, String, Option<String>, String)> = sent
        .iter()
        .map(|request| {
            (
                request.method.to_string(),
                request.url.path().to_owned(),
                request
                    .headers
                    .get("if-match")
                    .map(|value| value.to_str().unwrap().to_owned()),
                String::from_utf8(request.body.clone()).unwrap(),
            )
        })
        .collect();
    let row = |method: &str, path: &str, if_match: Option<&str>, body: &str| {
        (
            method.to_owned(),
            path.to_owned(),
            if_match.map(str::to_owned),
            body.to_owned(),
        )
    };
    assert_eq!(
        summary,
        [
            row(
                "PATCH",
                "/v1.0/deviceManagement/managedDevices/d1",
                Some("W/\"7\""),
                r##"{"@odata.type":"#microsoft.graph.managedDevice","deviceName":"KIOSK-1"}"##
            ),
            row(
                "PATCH",
                "/v1.0/deviceManagement/managedDevices/d%2F1",
                None,
                r##"{"@odata.type":"#microsoft.graph.managedDevice","deviceCategoryDisplayName":null}"##
            ),
            row(
                "POST",
                "/v1.0/deviceManagement/managedDevices",
                None,
                r##"{"@odata.type":"#microsoft.graph.managedDevice","deviceName":"KIOSK-1"}"##
            ),
            row("DELETE", "/v1.0/deviceManagement/managedDevices/d1", None, ""),
        ]
    );
    for request in &sent {
        assert_eq!(authorization(request).as_deref(), Some("Bearer t"));
    }
}

/// A server that drops the first `drops` connections without answering,
/// then answers every request with one device. Returns its address and the
/// count of connections.
async fn flaky_server(drops: usize) -> (String, Arc<Mutex<usize>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let connections = Arc::new(Mutex::new(0));
    let count = connections.clone();
    tokio::spawn(async move {
        loop {
            let (mut socket, _) = listener.accept().await.unwrap();
            let n = {
                let mut count = count.lock().unwrap();
                *count += 1;
                *count
            };
            let mut buffer = vec![0u8; 4096];
            let _ = socket.read(&mut buffer).await;
            if n <= drops {
                drop(socket);
                continue;
            }
            let body =
                r##"{"@odata.type":"#microsoft.graph.managedDevice","id":"d1","deviceName":"KIOSK-1"}"##;
            let response = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = socket.write_all(response.as_bytes()).await;
        }
    });
    (address, connections)
}

#[tokio::test]
async fn a_dropped_connection_is_sent_again_unless_it_was_a_post() {
    let (address, connections) = flaky_server(1).await;
    let endpoint = Endpoint::new(Cloud::Custom(address.clone()), ApiVersion::V1);
    let client = client(endpoint.clone(), "t");
    let device: ManagedDevice = client.get(&["d1"]).await.unwrap();
    assert_eq!(device.device_name.as_deref(), Some("KIOSK-1"));
    assert_eq!(*connections.lock().unwrap(), 2);

    let (address, connections) = flaky_server(5).await;
    let endpoint = Endpoint::new(Cloud::Custom(address.clone()), ApiVersion::V1);
    let client = client_with_policy(endpoint, RetryPolicy::new().jitter(|| 0.0).max_attempts(3));
    let error = client.create(&ManagedDevice::default(), &[]).await.unwrap_err();
    assert_eq!(*connections.lock().unwrap(), 1);
    let Error::Send {
        attempts, ref url, ..
    } = error
    else {
        panic!("{error}")
    };
    assert_eq!(attempts, 1);
    assert_eq!(*url, format!("{address}/v1.0/deviceManagement/managedDevices"));
    let error = client.get::<ManagedDevice>(&["d1"]).await.unwrap_err();
    assert_eq!(*connections.lock().unwrap(), 4);
    let Error::Send { attempts, source, .. } = &error else {
        panic!("{error}")
    };
    assert_eq!(*attempts, 3);
    assert!(
        source.is_request() || source.is_connect() || source.is_body(),
        "{source:?}"
    );
    assert!(
        error.to_string().starts_with(&format!(
            "cannot send GET {address}/v1.0/deviceManagement/managedDevices/d1?{SELECT} (3 attempts): error sending request"
        )),
        "{error}"
    );
}

fn client_with_policy(endpoint: Endpoint, policy: RetryPolicy) -> Client {
    let http = graph_client::http_client_builder()
        .pool_idle_timeout(None)
        .build()
        .unwrap();
    Client::builder(endpoint, "t")
        .http_client(http)
        .policy(policy)
        .build()
}
