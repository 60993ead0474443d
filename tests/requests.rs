//! Requests and responses for the seed entity `embeddedSIMDeviceState`:
//! get, update and delete built exactly for every cloud and version, a
//! collection walked page by page through a closure, and error bodies read
//! into typed errors.

use std::collections::VecDeque;

use graph_core::{
    read_empty, read_entity, read_updated, ApiVersion, Cloud, Endpoint, Error, ErrorDetail, GraphEntity,
    GraphError, Page, Query,
};
use graph_entity::seeds::{minify, EmbeddedSimDeviceState, EmbeddedSimDeviceStateValue, SEEDS};
use http::{Method, Request, StatusCode};

const POOL: &str = "pool 1/é";
const STATE_ID: &str = "908884a3-84a3-9088-a384-8890a3848890";
const ITEM: &str = "/deviceManagement/embeddedSIMActivationCodePools/pool%201%2F%C3%A9/deviceStates/908884a3-84a3-9088-a384-8890a3848890";
const SELECT: &str = "$select=id,createdDateTime,modifiedDateTime,lastSyncDateTime,universalIntegratedCircuitCardIdentifier,deviceName,userName,state,stateDetails";

/// The update body of the seed page's example response: its example request.
const UPDATE_BODY: &str = r##"{"@odata.type":"#microsoft.graph.embeddedSIMDeviceState","lastSyncDateTime":"2017-01-01T00:02:49.3205976-08:00","universalIntegratedCircuitCardIdentifier":"Universal Integrated Circuit Card Identifier value","deviceName":"Device Name value","userName":"User Name value","state":"failed","stateDetails":"State Details value"}"##;

/// Every cloud and version, with the base URL expected.
fn endpoints() -> Vec<(Endpoint, &'static str)> {
    vec![
        (
            Endpoint::new(Cloud::Global, ApiVersion::V1),
            "https://graph.microsoft.com/v1.0",
        ),
        (
            Endpoint::new(Cloud::Global, ApiVersion::Beta),
            "https://graph.microsoft.com/beta",
        ),
        (
            Endpoint::new(Cloud::UsGovL4, ApiVersion::V1),
            "https://graph.microsoft.us/v1.0",
        ),
        (
            Endpoint::new(Cloud::UsGovL4, ApiVersion::Beta),
            "https://graph.microsoft.us/beta",
        ),
        (
            Endpoint::new(Cloud::UsGovL5Dod, ApiVersion::V1),
            "https://dod-graph.microsoft.us/v1.0",
        ),
        (
            Endpoint::new(Cloud::UsGovL5Dod, ApiVersion::Beta),
            "https://dod-graph.microsoft.us/beta",
        ),
        (
            Endpoint::new(Cloud::China, ApiVersion::V1),
            "https://microsoftgraph.chinacloudapi.cn/v1.0",
        ),
        (
            Endpoint::new(Cloud::China, ApiVersion::Beta),
            "https://microsoftgraph.chinacloudapi.cn/beta",
        ),
        (
            Endpoint::new(Cloud::Custom("http://localhost:8080/".into()), ApiVersion::Beta),
            "http://localhost:8080/beta",
        ),
    ]
}

/// The seed page's example response, read.
fn seed_state() -> EmbeddedSimDeviceState {
    read_entity(StatusCode::OK, SEEDS[0].response.as_bytes()).expect("the seed response reads")
}

fn headers(request: &Request<Vec<u8>>) -> Vec<(String, String)> {
    request
        .headers()
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_str().expect("ASCII header").to_owned()))
        .collect()
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect()
}

#[test]
fn get_for_every_cloud_and_version() {
    for (endpoint, base) in endpoints() {
        let request = endpoint
            .get::<EmbeddedSimDeviceState>(&[POOL, STATE_ID])
            .bearer("eyJ0")
            .build()
            .expect("builds");
        assert_eq!(request.method(), Method::GET);
        assert_eq!(request.uri().to_string(), format!("{base}{ITEM}?{SELECT}"));
        assert_eq!(
            headers(&request),
            owned(&[("accept", "application/json"), ("authorization", "Bearer eyJ0")])
        );
        assert_eq!(request.body(), b"");
    }
}

#[test]
fn get_with_options() {
    let request = Endpoint::new(Cloud::Global, ApiVersion::Beta)
        .get::<EmbeddedSimDeviceState>(&[POOL, STATE_ID])
        .query(Query::new().select(["id", "state"]).expand("pool"))
        .build()
        .expect("builds");
    assert_eq!(
        request.uri().to_string(),
        format!("https://graph.microsoft.com/beta{ITEM}?$select=id,state&$expand=pool")
    );
}

#[test]
fn update_for_every_cloud_and_version() {
    let state = seed_state();
    assert_eq!(UPDATE_BODY, minify(SEEDS[0].request));
    for (endpoint, base) in endpoints() {
        let request = endpoint
            .update(&state, &[POOL])
            .bearer("eyJ0")
            .build()
            .expect("builds");
        assert_eq!(request.method(), Method::PATCH);
        assert_eq!(request.uri().to_string(), format!("{base}{ITEM}"));
        assert_eq!(
            headers(&request),
            owned(&[
                ("accept", "application/json"),
                ("content-type", "application/json"),
                ("authorization", "Bearer eyJ0"),
            ])
        );
        assert_eq!(
            String::from_utf8(request.into_body()).expect("UTF-8"),
            UPDATE_BODY
        );
    }
}

#[test]
fn update_with_a_patch() {
    let old = seed_state();
    let mut new = old.clone();
    new.device_name = Some("DESKTOP-JOE".into());
    new.state_details = None;
    let request = Endpoint::new(Cloud::Global, ApiVersion::Beta)
        .update_changes(&new, &old, &[POOL])
        .if_match("W/\"1\"")
        .build()
        .expect("builds");
    assert_eq!(request.method(), Method::PATCH);
    assert_eq!(
        request.uri().to_string(),
        format!("https://graph.microsoft.com/beta{ITEM}")
    );
    assert_eq!(
        headers(&request),
        owned(&[
            ("accept", "application/json"),
            ("content-type", "application/json"),
            ("if-match", "W/\"1\"")
        ])
    );
    assert_eq!(
        request.body(),
        br##"{"@odata.type":"#microsoft.graph.embeddedSIMDeviceState","deviceName":"DESKTOP-JOE","stateDetails":null}"##
    );

    let patch = EmbeddedSimDeviceState::patch().state(EmbeddedSimDeviceStateValue::Installed);
    let request = Endpoint::new(Cloud::China, ApiVersion::V1)
        .patch::<EmbeddedSimDeviceState>(&patch, &[POOL, STATE_ID])
        .build()
        .expect("builds");
    assert_eq!(
        request.uri().to_string(),
        format!("https://microsoftgraph.chinacloudapi.cn/v1.0{ITEM}")
    );
    assert_eq!(
        request.body(),
        br##"{"@odata.type":"#microsoft.graph.embeddedSIMDeviceState","state":"installed"}"##
    );

    let unchanged = old.changes_since(&old);
    assert!(matches!(
        Endpoint::default()
            .patch::<EmbeddedSimDeviceState>(&unchanged, &[POOL, STATE_ID])
            .build(),
        Err(Error::EmptyPatch)
    ));
}

#[test]
fn delete_for_every_cloud_and_version() {
    let state = seed_state();
    for (endpoint, base) in endpoints() {
        let by_entity = endpoint
            .delete_entity(&state, &[POOL])
            .if_match("*")
            .build()
            .expect("builds");
        let by_ids = endpoint
            .delete::<EmbeddedSimDeviceState>(&[POOL, STATE_ID])
            .if_match("*")
            .build()
            .expect("builds");
        for request in [by_entity, by_ids] {
            assert_eq!(request.method(), Method::DELETE);
            assert_eq!(request.uri().to_string(), format!("{base}{ITEM}"));
            assert_eq!(
                headers(&request),
                owned(&[("accept", "application/json"), ("if-match", "*")])
            );
            assert_eq!(request.body(), b"");
        }
    }
    assert!(read_empty(StatusCode::NO_CONTENT, b"").is_ok());
}

#[test]
fn create_posts_to_the_collection() {
    let state = seed_state();
    let request = Endpoint::new(Cloud::Global, ApiVersion::Beta)
        .create(&state, &[POOL])
        .build()
        .expect("builds");
    assert_eq!(request.method(), Method::POST);
    assert_eq!(
        request.uri().to_string(),
        "https://graph.microsoft.com/beta/deviceManagement/embeddedSIMActivationCodePools/pool%201%2F%C3%A9/deviceStates"
    );
    assert_eq!(request.body(), UPDATE_BODY.as_bytes());
}

#[test]
fn update_answers() {
    assert_eq!(
        read_updated::<EmbeddedSimDeviceState>(StatusCode::NO_CONTENT, b"").expect("reads"),
        None
    );
    let updated =
        read_updated::<EmbeddedSimDeviceState>(StatusCode::OK, SEEDS[0].response.as_bytes()).expect("reads");
    assert_eq!(updated, Some(seed_state()));
    assert_eq!(seed_state().id.as_deref(), Some(STATE_ID));
}

const PAGE_1: &str = r##"{
  "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceManagement/embeddedSIMActivationCodePools('p')/deviceStates",
  "@odata.count": 3,
  "@odata.nextLink": "https://graph.microsoft.com/beta/deviceManagement/embeddedSIMActivationCodePools/pool%201%2F%C3%A9/deviceStates?$select=id,deviceName&$skiptoken=LastItem%3D2%2B",
  "value": [
    {"@odata.type": "#microsoft.graph.embeddedSIMDeviceState", "id": "s1", "deviceName": "one"},
    {"@odata.type": "#microsoft.graph.embeddedSIMDeviceState", "id": "s2", "deviceName": "two", "state": "installed"}
  ]
}"##;

const PAGE_2: &str = r##"{
  "value": [
    {"@odata.type": "#microsoft.graph.embeddedSIMDeviceState", "id": "s3", "state": "removedByUser"}
  ]
}"##;

#[test]
fn a_two_page_list_is_walked_to_the_end() {
    let first = Endpoint::new(Cloud::Global, ApiVersion::Beta)
        .list::<EmbeddedSimDeviceState>(&[POOL])
        .query(Query::new().select(["id", "deviceName"]).count(true))
        .bearer("eyJ0")
        .build()
        .expect("builds");
    let mut served = VecDeque::from([PAGE_1, PAGE_2]);
    let mut requests = Vec::new();
    let fetch = |request: Request<Vec<u8>>| -> Result<(StatusCode, &'static str), Error> {
        requests.push((
            request.method().clone(),
            request.uri().to_string(),
            headers(&request),
        ));
        Ok((StatusCode::OK, served.pop_front().expect("no more pages")))
    };
    let pages: Vec<Page<EmbeddedSimDeviceState>> = Page::walk(first, fetch)
        .collect::<Result<_, Error>>()
        .expect("walks");

    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].count, Some(3));
    assert_eq!(
        pages[0].context.as_deref(),
        Some("https://graph.microsoft.com/beta/$metadata#deviceManagement/embeddedSIMActivationCodePools('p')/deviceStates")
    );
    assert!(!pages[0].is_last());
    assert!(pages[1].is_last());
    let ids: Vec<&str> = pages
        .iter()
        .flatten()
        .map(|state| state.id.as_deref().expect("id"))
        .collect();
    assert_eq!(ids, ["s1", "s2", "s3"]);
    assert_eq!(
        pages[0].value[1].state,
        Some(EmbeddedSimDeviceStateValue::Installed)
    );
    assert_eq!(
        pages[1].value[0].state,
        Some(EmbeddedSimDeviceStateValue::RemovedByUser)
    );

    // `$count=true` asks for eventual consistency, kept on the next page.
    let sent = owned(&[
        ("accept", "application/json"),
        ("consistencylevel", "eventual"),
        ("authorization", "Bearer eyJ0"),
    ]);
    assert_eq!(
        requests,
        [
            (
                Method::GET,
                "https://graph.microsoft.com/beta/deviceManagement/embeddedSIMActivationCodePools/pool%201%2F%C3%A9/deviceStates?$select=id,deviceName&$count=true".to_owned(),
                sent.clone(),
            ),
            (
                Method::GET,
                "https://graph.microsoft.com/beta/deviceManagement/embeddedSIMActivationCodePools/pool%201%2F%C3%A9/deviceStates?$select=id,deviceName&$skiptoken=LastItem%3D2%2B".to_owned(),
                sent,
            ),
        ]
    );
}

fn service_error(status: StatusCode, body: &str) -> GraphError {
    match read_entity::<EmbeddedSimDeviceState>(status, body.as_bytes()) {
        Err(Error::Service(error)) => *error,
        other => panic!("not a service error: {other:?}"),
    }
}

#[test]
fn error_body_with_inner_error() {
    let error = service_error(
        StatusCode::NOT_FOUND,
        r#"{
          "error": {
            "code": "ResourceNotFound",
            "message": "{\r\n  \"_version\": 3,\r\n  \"Message\": \"Resource not found\"\r\n}",
            "innerError": {
              "date": "2024-05-01T10:00:00",
              "request-id": "5e2b1c06-1111-2222-3333-444455556666",
              "client-request-id": "0f6c2ba3-aaaa-bbbb-cccc-ddddeeeeffff"
            }
          }
        }"#,
    );
    assert_eq!(error.status, StatusCode::NOT_FOUND);
    assert_eq!(error.code, "ResourceNotFound");
    assert_eq!(
        error.message,
        "{\r\n  \"_version\": 3,\r\n  \"Message\": \"Resource not found\"\r\n}"
    );
    assert_eq!(
        error.request_id.as_deref(),
        Some("5e2b1c06-1111-2222-3333-444455556666")
    );
    assert_eq!(
        error.client_request_id.as_deref(),
        Some("0f6c2ba3-aaaa-bbbb-cccc-ddddeeeeffff")
    );
    assert_eq!(error.date.as_deref(), Some("2024-05-01T10:00:00"));
    assert_eq!(error.details, []);
}

#[test]
fn error_body_with_lower_case_inner_error_and_details() {
    let error = service_error(
        StatusCode::BAD_REQUEST,
        r#"{
          "error": {
            "code": "BadRequest",
            "message": "Write requests are not supported on read-only properties",
            "target": "createdDateTime",
            "details": [
              {"code": "ReadOnlyProperty", "message": "createdDateTime is read-only", "target": "createdDateTime"},
              {"code": "ReadOnlyProperty", "message": "modifiedDateTime is read-only"}
            ],
            "innererror": {
              "request-id": "r-2",
              "client-request-id": "c-2",
              "date": "2024-05-02T11:12:13",
              "innerError": {"code": "nested"}
            }
          }
        }"#,
    );
    assert_eq!(error.code, "BadRequest");
    assert_eq!(error.target.as_deref(), Some("createdDateTime"));
    assert_eq!(error.request_id.as_deref(), Some("r-2"));
    assert_eq!(error.client_request_id.as_deref(), Some("c-2"));
    assert_eq!(error.date.as_deref(), Some("2024-05-02T11:12:13"));
    let details: Vec<(&str, &str, Option<&str>)> = error
        .details
        .iter()
        .map(
            |ErrorDetail {
                 code,
                 message,
                 target,
                 ..
             }| (code.as_str(), message.as_str(), target.as_deref()),
        )
        .collect();
    assert_eq!(
        details,
        [
            (
                "ReadOnlyProperty",
                "createdDateTime is read-only",
                Some("createdDateTime")
            ),
            ("ReadOnlyProperty", "modifiedDateTime is read-only", None),
        ]
    );
    assert_eq!(
        error
            .inner_error
            .as_ref()
            .and_then(|inner| inner.get("innerError")),
        Some(&serde_json::json!({"code": "nested"}))
    );
    assert_eq!(
        error.to_string(),
        "graph service error 400 Bad Request: BadRequest: Write requests are not supported on read-only properties \
         (request-id r-2, date 2024-05-02T11:12:13)"
    );
}

#[test]
fn error_body_with_other_casings() {
    for inner in ["InnerError", "INNERERROR", "innerError", "innererror"] {
        let body = format!(
            r#"{{"error":{{"code":"Forbidden","message":"no","{inner}":{{"Request-Id":"r","clientRequestId":"c","Date":"d"}}}}}}"#
        );
        let error = service_error(StatusCode::FORBIDDEN, &body);
        assert_eq!(error.request_id.as_deref(), Some("r"), "{inner}");
        assert_eq!(error.client_request_id.as_deref(), Some("c"), "{inner}");
        assert_eq!(error.date.as_deref(), Some("d"), "{inner}");
    }
    let bare = service_error(
        StatusCode::UNAUTHORIZED,
        r#"{"error":{"code":"InvalidAuthenticationToken","message":"Access token is empty."}}"#,
    );
    assert_eq!(bare.request_id, None);
    assert_eq!(bare.inner_error, None);
    assert_eq!(
        bare.to_string(),
        "graph service error 401 Unauthorized: InvalidAuthenticationToken: Access token is empty."
    );
}

#[test]
fn html_and_empty_bodies_are_not_json() {
    let html = "<!DOCTYPE html>\r\n<html><head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\r\n";
    let error = read_entity::<EmbeddedSimDeviceState>(StatusCode::BAD_GATEWAY, html.as_bytes())
        .expect_err("not JSON");
    assert!(matches!(
        error,
        Error::NotJson {
            status: StatusCode::BAD_GATEWAY,
            ..
        }
    ));
    assert_eq!(
        error.to_string(),
        "response body with status 502 Bad Gateway is not JSON: `<!DOCTYPE html> <html><head><title>502 Bad Gateway</title></head> \
         <body><center><h1>502 Bad Gateway</h1></center><hr><ce…`"
    );

    let error =
        read_entity::<EmbeddedSimDeviceState>(StatusCode::SERVICE_UNAVAILABLE, b"").expect_err("empty");
    assert!(
        matches!(&error, Error::NotJson { status: StatusCode::SERVICE_UNAVAILABLE, excerpt } if excerpt.is_empty())
    );
    assert_eq!(
        error.to_string(),
        "empty response body with status 503 Service Unavailable, expected JSON"
    );

    let login_page = "<html>".to_owned() + &"x".repeat(500);
    let error =
        read_entity::<EmbeddedSimDeviceState>(StatusCode::OK, login_page.as_bytes()).expect_err("not JSON");
    assert_eq!(
        error.to_string(),
        format!(
            "response body with status 200 OK is not JSON: `<html>{}…`",
            "x".repeat(114)
        )
    );
}
