#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use serde_json::{json, Value};

use super::*;
use crate::endpoint::{ApiVersion, Cloud};

const ROOT: &str = "https://graph.microsoft.com/v1.0";

fn get(path: &str) -> http::Request<Vec<u8>> {
    http::Request::get(format!("{ROOT}{path}"))
        .header("Authorization", "Bearer t")
        .body(Vec::new())
        .unwrap()
}

fn patch(path: &str, body: &str) -> http::Request<Vec<u8>> {
    http::Request::patch(format!("{ROOT}{path}"))
        .header("Authorization", "Bearer t")
        .header("Content-Type", "application/json")
        .header("If-Match", "W/\"3\"")
        .body(body.as_bytes().to_vec())
        .unwrap()
}

fn body_of(request: &http::Request<Vec<u8>>) -> Value {
    serde_json::from_slice(request.body()).unwrap()
}

fn ids_of(request: &http::Request<Vec<u8>>) -> Vec<String> {
    body_of(request)["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap().to_owned())
        .collect()
}

fn answer(body: &str) -> http::Response<Vec<u8>> {
    http::Response::new(body.as_bytes().to_vec())
}

fn results(batch: Batch) -> Vec<Result<(u16, String), String>> {
    batch
        .into_results()
        .into_iter()
        .map(|result| {
            result
                .map(|response| {
                    (
                        response.status().as_u16(),
                        String::from_utf8(response.into_body()).unwrap(),
                    )
                })
                .map_err(|error| error.to_string())
        })
        .collect()
}

#[test]
fn a_batch_request_is_exact() {
    let mut batch = Batch::new(&Endpoint::default());
    batch.push(
        http::Request::get(format!(
            "{ROOT}/deviceManagement/managedDevices?$select=id,deviceName&$top=5"
        ))
        .header("Authorization", "Bearer t")
        .header("ConsistencyLevel", "eventual")
        .header("Accept", "application/json")
        .body(Vec::new())
        .unwrap(),
    );
    batch.push(patch(
        "/deviceManagement/managedDevices/d%2F1",
        r##"{"@odata.type":"#microsoft.graph.managedDevice","notes":"a \"b\""}"##,
    ));
    batch.push(
        http::Request::put(format!("{ROOT}/deviceAppManagement/mobileApps/a1/content"))
            .header("Content-Type", "application/octet-stream")
            .header("Host", "graph.microsoft.com")
            .header("Content-Length", "4")
            .body(vec![0, 159, 146, 150])
            .unwrap(),
    );
    let round = batch.next_round().unwrap();
    assert_eq!(round.wait, Duration::ZERO);
    assert_eq!(round.requests.len(), 1);
    let request = &round.requests[0];
    assert_eq!(request.method(), Method::POST);
    assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/$batch");
    assert_eq!(request.headers()["authorization"], "Bearer t");
    assert_eq!(request.headers()["content-type"], "application/json");
    assert_eq!(request.headers()["accept"], "application/json");
    assert_eq!(
        std::str::from_utf8(request.body()).unwrap(),
        concat!(
            r#"{"requests":["#,
            r#"{"id":"0","method":"GET","url":"/deviceManagement/managedDevices?$select=id,deviceName&$top=5","headers":{"consistencylevel":"eventual","accept":"application/json"}},"#,
            r##"{"id":"1","method":"PATCH","url":"/deviceManagement/managedDevices/d%2F1","headers":{"content-type":"application/json","if-match":"W/\"3\""},"body":{"@odata.type":"#microsoft.graph.managedDevice","notes":"a \"b\""}},"##,
            r#"{"id":"2","method":"PUT","url":"/deviceAppManagement/mobileApps/a1/content","headers":{"content-type":"application/octet-stream"},"body":"AJ+Slg=="}"#,
            r#"]}"#
        )
    );
}

#[test]
fn each_batch_carries_the_token_of_its_first_request() {
    let with_token = |token: &str, sensitive: bool| {
        let mut value = HeaderValue::from_str(token).unwrap();
        value.set_sensitive(sensitive);
        let mut request = get("/me");
        request.headers_mut().insert(AUTHORIZATION, value);
        request
    };
    let mut batch = Batch::new(&Endpoint::default());
    for (token, sensitive) in [
        ("Bearer a", false),
        ("Bearer b", false),
        ("Bearer b", true),
        ("Bearer a", true),
    ] {
        for _ in 0..20 {
            batch.push(with_token(token, sensitive));
        }
    }
    // One without a token, after them, goes alone.
    let mut bare = get("/me");
    bare.headers_mut().remove(AUTHORIZATION);
    batch.push(bare);
    let round = batch.next_round().unwrap();
    let tokens: Vec<(Option<&str>, Option<bool>)> = round
        .requests
        .iter()
        .map(|request| {
            let value = request.headers().get(AUTHORIZATION);
            (
                value.map(|value| value.to_str().unwrap()),
                value.map(HeaderValue::is_sensitive),
            )
        })
        .collect();
    assert_eq!(
        tokens,
        [
            (Some("Bearer a"), Some(false)),
            (Some("Bearer b"), Some(false)),
            (Some("Bearer b"), Some(true)),
            (Some("Bearer a"), Some(true)),
            (None, None),
        ]
    );
    // Equal tokens pushed one after the other are kept once.
    assert_eq!(batch.tokens.len(), 4);
}

#[test]
fn urls_are_made_relative_to_the_version_root() {
    let endpoint = Endpoint::new(
        Cloud::Custom("http://127.0.0.1:8080/graph".into()),
        ApiVersion::Beta,
    );
    let mut batch = Batch::new(&endpoint);
    let requests = [
        "http://127.0.0.1:8080/graph/beta/users/u1",
        "http://127.0.0.1:8080/graph/beta?$top=1",
        "http://127.0.0.1:8080/graph/beta",
        "/graph/beta/groups",
        "/deviceManagement",
        "http://127.0.0.1:8080/graph/v1.0/users",
        "http://127.0.0.1:8080/graph/betamax",
        "https://127.0.0.1:8080/graph/beta/users",
        "http://127.0.0.1:8081/graph/beta/users",
    ];
    for uri in requests {
        batch.push(http::Request::get(uri).body(Vec::new()).unwrap());
    }
    let round = batch.next_round().unwrap();
    assert_eq!(round.requests[0].uri(), "http://127.0.0.1:8080/graph/beta/$batch");
    let urls: Vec<Value> = body_of(&round.requests[0])["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["url"].clone())
        .collect();
    assert_eq!(
        urls,
        [
            json!("/users/u1"),
            json!("?$top=1"),
            json!("/"),
            json!("/groups"),
            json!("/deviceManagement")
        ]
    );
    let results = results(batch);
    assert_eq!(
        results[5..],
        [
            Err("request `5` cannot be batched: its path `/graph/v1.0/users` is not under the version root `/graph/beta`".to_owned()),
            Err("request `6` cannot be batched: its path `/graph/betamax` is not under the version root `/graph/beta`".to_owned()),
            Err("request `7` cannot be batched: it goes to https://127.0.0.1:8080, not to http://127.0.0.1:8080".to_owned()),
            Err("request `8` cannot be batched: it goes to http://127.0.0.1:8081, not to http://127.0.0.1:8080".to_owned()),
        ]
    );
}

#[test]
fn requests_that_cannot_be_batched() {
    let mut batch = Batch::new(&Endpoint::default());
    batch.push(
        http::Request::post(format!("{ROOT}/groups"))
            .body(b"{}".to_vec())
            .unwrap(),
    );
    batch.push(
        http::Request::get(format!("{ROOT}/me"))
            .header("X-Name", HeaderValue::from_bytes(b"caf\xe9").unwrap())
            .body(Vec::new())
            .unwrap(),
    );
    batch.push_after(get("/me"), &[2]);
    assert!(batch.next_round().is_none());
    assert_eq!(
        results(batch),
        [
            Err("request `0` cannot be batched: it has a body but no Content-Type header, which $batch requires".to_owned()),
            Err("request `1` cannot be batched: the value of header `x-name` is not UTF-8".to_owned()),
            Err("request `2` depends on `2`, which is not a request pushed before it".to_owned()),
        ]
    );
}

#[test]
fn a_json_content_type_with_a_body_that_is_not_json_is_sent_as_base64() {
    let mut batch = Batch::new(&Endpoint::default());
    batch.push(
        http::Request::post(format!("{ROOT}/x"))
            .header("Content-Type", "application/json; charset=utf-8")
            .body(b"{not json".to_vec())
            .unwrap(),
    );
    batch.push(
        http::Request::post(format!("{ROOT}/y"))
            .header("Content-Type", "application/merge-patch+json")
            .body(b" [1] ".to_vec())
            .unwrap(),
    );
    let round = batch.next_round().unwrap();
    let body = body_of(&round.requests[0]);
    assert_eq!(body["requests"][0]["body"], "e25vdCBqc29u");
    assert_eq!(body["requests"][1]["body"], json!([1]));
}

#[test]
fn twenty_per_batch_and_groups_stay_together() {
    let mut batch = Batch::new(&Endpoint::default());
    for n in 0..19 {
        batch.push(get(&format!("/users/u{n}")));
    }
    let create = batch.push(patch("/groups/g", "{}"));
    let add = batch.push_after(patch("/groups/g/members", "{}"), &[create]);
    batch.push_after(get("/groups/g/members"), &[add, create]);
    for n in 22..45 {
        batch.push(get(&format!("/users/u{n}")));
    }
    let round = batch.next_round().unwrap();
    let ids: Vec<Vec<String>> = round.requests.iter().map(ids_of).collect();
    let expected = |range: std::ops::Range<usize>| range.map(|n| n.to_string()).collect::<Vec<_>>();
    assert_eq!(ids.len(), 3);
    assert_eq!(ids[0], expected(0..19));
    assert_eq!(ids[1], expected(19..39));
    assert_eq!(ids[2], expected(39..45));
    let second = body_of(&round.requests[1]);
    assert_eq!(second["requests"][0].get("dependsOn"), None);
    assert_eq!(second["requests"][1]["dependsOn"], json!(["19"]));
    assert_eq!(second["requests"][2]["dependsOn"], json!(["19", "20"]));
}

#[test]
fn a_group_larger_than_a_batch_is_refused() {
    let mut batch = Batch::new(&Endpoint::default());
    let first = batch.push(get("/a"));
    let mut last = first;
    for _ in 0..20 {
        last = batch.push_after(get("/b"), &[last]);
    }
    batch.push(get("/c"));
    let round = batch.next_round().unwrap();
    assert_eq!(ids_of(&round.requests[0]), ["21"]);
    let results = results(batch);
    assert_eq!(
        results[0],
        Err(
            "request `0` and the requests that depend on it are 21 requests; one batch holds at most 20"
                .to_owned()
        )
    );
    assert_eq!(results[20], results[0]);
}

#[test]
fn answers_in_any_order_come_back_in_the_order_pushed() {
    let mut batch = Batch::new(&Endpoint::default());
    for n in 0..4 {
        batch.push(get(&format!("/users/u{n}")));
    }
    let _round = batch.next_round().unwrap();
    let body = r#"{"responses":[
        {"id":"3","status":200,"headers":{"Content-Type":"application/json","request-id":"r3"},"body":{"id":"u3","displayName":"Th\u00e9o"}},
        {"id":"1","status":404,"headers":{"Content-Type":"application/json"},"body":{"error":{"code":"Request_ResourceNotFound","message":"gone"}}},
        {"id":"0","status":200,"headers":{"Content-Type":"text/plain"},"body":"aGVsbG8="},
        {"id":"2","status":204,"body":null}
    ]}"#;
    batch.read(0, &answer(body)).unwrap();
    assert!(batch.next_round().is_none());
    let answers = batch.into_results();
    let third = answers[3].as_ref().unwrap();
    assert_eq!(third.headers()["request-id"], "r3");
    assert_eq!(third.headers()["content-type"], "application/json");
    assert_eq!(third.body(), br#"{"id":"u3","displayName":"Th\u00e9o"}"#);
    let user: Value = crate::read_entity(third.status(), third.body()).unwrap();
    assert_eq!(user["displayName"], "Th\u{e9}o");
    let error = crate::read_entity::<Value>(
        answers[1].as_ref().unwrap().status(),
        answers[1].as_ref().unwrap().body(),
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "graph service error 404 Not Found: Request_ResourceNotFound: gone"
    );
    assert_eq!(answers[0].as_ref().unwrap().body(), b"hello");
    assert_eq!(answers[2].as_ref().unwrap().status(), 204);
    assert!(answers[2].as_ref().unwrap().body().is_empty());
}

#[test]
fn throttled_requests_go_again_after_the_largest_retry_after() {
    let mut batch = Batch::new(&Endpoint::default());
    for n in 0..25 {
        batch.push(get(&format!("/users/u{n}")));
    }
    let round = batch.next_round().unwrap();
    assert_eq!(round.requests.len(), 2);
    // Answered out of order, the throttled ones last.
    let mut responses: Vec<String> = (0..20)
        .filter(|n| *n != 3 && *n != 7)
        .rev()
        .map(|n| format!(r#"{{"id":"{n}","status":200,"body":{{"n":{n}}}}}"#))
        .collect();
    responses.push(r#"{"id":"3","status":429,"headers":{"Retry-After":"2.128"},"body":{"error":{"code":"TooManyRequests","message":"slow"}}}"#.to_owned());
    responses.push(r#"{"id":"7","status":429,"headers":{"Retry-After":"0.249"}}"#.to_owned());
    let body = format!(r#"{{"responses":[{}]}}"#, responses.join(","));
    batch.read(0, &answer(&body)).unwrap();
    let rest: Vec<String> = (20..25)
        .map(|n| {
            if n == 24 {
                r#"{"id":"24","status":503,"headers":{}}"#.to_owned()
            } else {
                format!(r#"{{"id":"{n}","status":200,"body":{{"n":{n}}}}}"#)
            }
        })
        .collect();
    batch
        .read(1, &answer(&format!(r#"{{"responses":[{}]}}"#, rest.join(","))))
        .unwrap();

    let round = batch.next_round().unwrap();
    assert_eq!(round.wait, Duration::from_millis(2128));
    assert_eq!(round.requests.len(), 1);
    assert_eq!(ids_of(&round.requests[0]), ["3", "7", "24"]);
    batch
        .read(
            0,
            &answer(r#"{"responses":[{"id":"24","status":200,"body":{"n":24}},{"id":"7","status":200,"body":{"n":7}},{"id":"3","status":200,"body":{"n":3}}]}"#),
        )
        .unwrap();
    assert!(batch.next_round().is_none());
    let results = results(batch);
    let expected: Vec<_> = (0..25).map(|n| Ok((200, format!(r#"{{"n":{n}}}"#)))).collect();
    assert_eq!(results, expected);
}

#[test]
fn retries_stop_where_the_policy_says() {
    let mut batch = Batch::new(&Endpoint::default()).policy(RetryPolicy::new().max_attempts(2));
    batch.push(get("/a"));
    batch.push(
        http::Request::post(format!("{ROOT}/b"))
            .header("Content-Type", "application/json")
            .body(b"{}".to_vec())
            .unwrap(),
    );
    let throttled = r#"{"responses":[{"id":"0","status":429,"headers":{"Retry-After":"1"}},{"id":"1","status":503,"headers":{"Retry-After":"1"}}]}"#;
    let _ = batch.next_round().unwrap();
    batch.read(0, &answer(throttled)).unwrap();
    let round = batch.next_round().unwrap();
    assert_eq!(round.wait, Duration::from_secs(1));
    assert_eq!(ids_of(&round.requests[0]), ["0"]);
    batch
        .read(
            0,
            &answer(r#"{"responses":[{"id":"0","status":429,"headers":{"Retry-After":"1"}}]}"#),
        )
        .unwrap();
    assert!(batch.next_round().is_none());
    let results = results(batch);
    assert_eq!(results[0], Ok((429, String::new())));
    assert_eq!(results[1], Ok((503, String::new())));
}

#[test]
fn dependents_of_a_throttled_request_go_again_with_it() {
    let mut batch = Batch::new(&Endpoint::default());
    let first = batch.push(patch("/groups/g", r#"{"a":1}"#));
    batch.push_after(get("/groups/g"), &[first]);
    let _ = batch.next_round().unwrap();
    batch
        .read(
            0,
            &answer(r#"{"responses":[{"id":"1","status":424,"body":{"error":{"code":"FailedDependency","message":"m"}}},{"id":"0","status":429,"headers":{"Retry-After":"0.5"}}]}"#),
        )
        .unwrap();
    let round = batch.next_round().unwrap();
    assert_eq!(round.wait, Duration::from_millis(500));
    let body = body_of(&round.requests[0]);
    assert_eq!(body["requests"][1]["id"], "1");
    assert_eq!(body["requests"][1]["dependsOn"], json!(["0"]));
    batch
        .read(
            0,
            &answer(r#"{"responses":[{"id":"0","status":204},{"id":"1","status":200,"body":{"a":1}}]}"#),
        )
        .unwrap();
    assert!(batch.next_round().is_none());
    assert_eq!(
        results(batch),
        [Ok((204, String::new())), Ok((200, r#"{"a":1}"#.to_owned()))]
    );
}

#[test]
fn dependents_of_a_failed_request_get_424() {
    let mut batch = Batch::new(&Endpoint::default());
    let bad = batch.push(
        http::Request::get("https://example.com/v1.0/x")
            .body(Vec::new())
            .unwrap(),
    );
    let second = batch.push_after(get("/y"), &[bad]);
    batch.push_after(get("/z"), &[second]);
    batch.push(get("/w"));
    let round = batch.next_round().unwrap();
    assert_eq!(ids_of(&round.requests[0]), ["3"]);
    let results = results(batch);
    let failed = |index: usize, on: usize| {
        Ok((
            424,
            format!(
                r#"{{"error":{{"code":"FailedDependency","message":"request {index} was not sent: request {on}, which it depends on, failed"}}}}"#
            ),
        ))
    };
    assert_eq!(results[1], failed(1, 0));
    assert_eq!(results[2], failed(2, 1));
    let error = crate::read_entity::<Value>(
        StatusCode::FAILED_DEPENDENCY,
        results[1].as_ref().unwrap().1.as_bytes(),
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "graph service error 424 Failed Dependency: FailedDependency: request 1 was not sent: request 0, which it depends on, failed"
    );
}

#[test]
fn an_error_of_the_whole_batch_is_the_answer_of_each_request() {
    let mut batch = Batch::new(&Endpoint::default());
    batch.push(get("/a"));
    batch.push(
        http::Request::post(format!("{ROOT}/b"))
            .header("Content-Type", "application/json")
            .body(b"{}".to_vec())
            .unwrap(),
    );
    let _ = batch.next_round().unwrap();
    let unavailable = http::Response::builder()
        .status(503)
        .header("Retry-After", "3")
        .body(r#"{"error":{"code":"serviceNotAvailable","message":"later"}}"#)
        .unwrap();
    batch.read(0, &unavailable).unwrap();
    // The GET goes again; the POST, which may have run, does not.
    let round = batch.next_round().unwrap();
    assert_eq!(round.wait, Duration::from_secs(3));
    assert_eq!(ids_of(&round.requests[0]), ["0"]);
    let expired = http::Response::builder()
        .status(401)
        .body(r#"{"error":{"code":"InvalidAuthenticationToken","message":"Lifetime validation failed, the token is expired."}}"#)
        .unwrap();
    batch.read(0, &expired).unwrap();
    assert!(batch.next_round().is_none());
    let answers = batch.into_results();
    let first = answers[0].as_ref().unwrap();
    assert_eq!(
        crate::read_entity::<Value>(first.status(), first.body()).unwrap_err().to_string(),
        "graph service error 401 Unauthorized: InvalidAuthenticationToken: Lifetime validation failed, the token is expired."
    );
    let second = answers[1].as_ref().unwrap();
    assert_eq!(second.status(), 503);
    assert_eq!(second.headers()["retry-after"], "3");
}

type Read = (Result<(), BatchError>, Vec<Result<(u16, String), String>>);

fn read_one(members: usize, body: &str) -> Read {
    let mut batch = Batch::new(&Endpoint::default()).policy(RetryPolicy::never());
    for n in 0..members {
        batch.push(get(&format!("/u{n}")));
    }
    let _ = batch.next_round().unwrap();
    let read = batch.read(0, &answer(body));
    assert!(batch.next_round().is_none());
    (read, results(batch))
}

#[test]
fn bad_batch_bodies_are_errors_naming_the_id() {
    let cases: [(&str, &str); 8] = [
        ("<html><body>Bad gateway</body></html>", "batch response body with status 200 OK is not JSON: `<html><body>Bad gateway</body></html>`"),
        ("", "empty batch response body with status 200 OK, expected JSON"),
        (r#"{"value":[]}"#, "cannot read the batch response body: missing field `responses` at line 1 column 12"),
        (r#"{"responses":[{"status":200}]}"#, "answer 0 of the batch response has no id"),
        (r#"{"responses":[{"id":"0","status":200},{"id":"9","status":200}]}"#, "the batch response answers request `9`, which is not in that batch"),
        (r#"{"responses":[{"id":"01","status":200}]}"#, "the batch response answers request `01`, which is not in that batch"),
        (r#"{"responses":[{"id":"1","status":200},{"id":"1","status":204}]}"#, "the batch response answers request `1` twice"),
        (r#"{"responses":[{"id":"0","status":"ok"}]}"#, "cannot read the batch response body: invalid type: string \"ok\", expected u16 at line 1 column 37"),
    ];
    for (body, expected) in cases {
        let (read, results) = read_one(2, body);
        assert_eq!(read.unwrap_err().to_string(), expected, "{body}");
        assert_eq!(
            results,
            [Err(expected.to_owned()), Err(expected.to_owned())],
            "{body}"
        );
    }
}

#[test]
fn missing_and_unreadable_answers_touch_only_their_request() {
    let (read, results) = read_one(
        3,
        r#"{"responses":[{"id":"2","status":200,"headers":{"Content-Type":"image/png"},"body":"not base64!"},{"id":"0","status":204}]}"#,
    );
    // The first problem, in the order pushed, is returned too.
    assert_eq!(
        read.unwrap_err().to_string(),
        "the batch response has no answer for request `1`"
    );
    assert_eq!(
        results,
        [
            Ok((204, String::new())),
            Err("the batch response has no answer for request `1`".to_owned()),
            Err(
                "cannot read the answer to request `2`: body is not base64: Invalid symbol 32, offset 3."
                    .to_owned()
            ),
        ]
    );
    let (_, results) = read_one(1, r#"{"responses":[{"id":"0"}]}"#);
    assert_eq!(
        results,
        [Err(
            "cannot read the answer to request `0`: it has no status".to_owned()
        )]
    );
    let (_, results) = read_one(1, r#"{"responses":[{"id":"0","status":99}]}"#);
    assert_eq!(
        results,
        [Err(
            "cannot read the answer to request `0`: status 99 is not valid".to_owned()
        )]
    );
    let (_, results) = read_one(
        1,
        r#"{"responses":[{"id":"0","status":200,"headers":{"bad name":"x"}}]}"#,
    );
    assert_eq!(
        results,
        [Err(
            "cannot read the answer to request `0`: header name `bad name` is not valid".to_owned()
        )]
    );
}

#[test]
fn reading_an_unknown_position_or_failing_a_send() {
    let mut batch = Batch::new(&Endpoint::default());
    batch.push(get("/a"));
    let _ = batch.next_round().unwrap();
    assert_eq!(
        batch.read(1, &answer("{}")).unwrap_err().to_string(),
        "the round has no batch request at position 1"
    );
    batch.fail(0, "connection closed before message completed");
    assert!(batch.next_round().is_none());
    assert_eq!(
        results(batch),
        [Err(
            "the batch request was not sent: connection closed before message completed".to_owned()
        )]
    );
}

#[test]
fn unread_batches_are_sent_again() {
    let mut batch = Batch::new(&Endpoint::default());
    batch.push(get("/a"));
    let first = batch.next_round().unwrap();
    let again = batch.next_round().unwrap();
    assert_eq!(first.requests[0].body(), again.requests[0].body());
}

#[test]
fn runs_sync_and_async() {
    let make = || {
        let mut batch = Batch::new(&Endpoint::default());
        batch.push(get("/a"));
        batch.push(get("/b"));
        batch
    };
    let sent = std::cell::Cell::new(0);
    let fetch = |request: http::Request<Vec<u8>>| {
        sent.set(sent.get() + 1);
        let ids = ids_of(&request);
        let body = if sent.get() == 1 {
            r#"{"responses":[{"id":"1","status":429,"headers":{"Retry-After":"0.249"}},{"id":"0","status":200,"body":[0]}]}"#
        } else {
            assert_eq!(ids, ["1"]);
            r#"{"responses":[{"id":"1","status":200,"body":[1]}]}"#
        };
        Ok::<_, crate::Error>(http::Response::new(body))
    };
    let mut slept = Vec::new();
    let answers = make().run_with_sleep(fetch, |wait| slept.push(wait)).unwrap();
    assert_eq!(slept, [Duration::from_millis(249)]);
    let bodies: Vec<_> = answers
        .iter()
        .map(|a| a.as_ref().unwrap().body().clone())
        .collect();
    assert_eq!(bodies, [b"[0]".to_vec(), b"[1]".to_vec()]);

    let failing = make().run_with_sleep(|_| Err::<http::Response<Vec<u8>>, _>("offline"), |_| {});
    assert_eq!(failing.unwrap_err(), "offline");

    sent.set(0);
    let mut slept = Vec::new();
    let future = make().run_async(
        |request| {
            let response = fetch(request);
            async move { response }
        },
        |wait| {
            slept.push(wait);
            async {}
        },
    );
    let answers = block_on(future).unwrap();
    assert_eq!(answers.len(), 2);
    assert_eq!(answers[1].as_ref().unwrap().body(), b"[1]");
    assert_eq!(slept, [Duration::from_millis(249)]);
}

fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
}

#[test]
fn json_strings_and_types() {
    let mut out = Vec::new();
    push_json_string(&mut out, "a\"b\\c\nd\u{1}é".as_bytes()).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), r#""a\"b\\c\nd\u0001é""#);
    let mut out = Vec::new();
    push_json_string(&mut out, "plain /path?$top=5".as_bytes()).unwrap();
    assert_eq!(out, br#""plain /path?$top=5""#);
    assert_eq!(
        push_json_string(&mut Vec::new(), b"caf\xe9")
            .unwrap_err()
            .to_string(),
        "incomplete utf-8 byte sequence from index 3"
    );
    assert!(is_json_type("application/json"));
    assert!(is_json_type("Application/JSON; charset=utf-8"));
    assert!(is_json_type("application/merge-patch+json"));
    assert!(!is_json_type("text/plain"));
    assert!(!is_json_type("+json"));
    // Every byte value at every position of words and their tails, after
    // every start, with a second special byte after it.
    let special = |b: u8| b < 0x20 || b == b'"' || b == b'\\' || b >= 0x7f;
    for len in 1..20 {
        for at in 0..len {
            for byte in 0..=255u8 {
                let mut text = vec![b'a'; len];
                text[at] = byte;
                assert_eq!(has_special(&text), special(byte), "{text:?}");
                for from in 0..=len {
                    let expected = (from..len).find(|&i| special(text[i]));
                    assert_eq!(next_special(&text, from), expected, "{text:?} from {from}");
                }
                if at + 1 < len {
                    text[at + 1] = b'\\';
                    let expected = if special(byte) { at } else { at + 1 };
                    assert_eq!(next_special(&text, 0), Some(expected), "{text:?}");
                }
            }
        }
    }
    assert_eq!(next_special(b"", 0), None);
    assert!(!has_special(b""));
    assert_eq!(next_special(b"abc", 5), None);
    // Whatever a string holds, what is written reads back as it.
    for text in [
        "",
        "W/\"1\"",
        "a\\b\"c",
        "tab\there\nnew\rline\u{1}\u{1f}\u{7f}",
        "caf\u{e9} \u{1F600} \"quoted\" at the end\\",
        "0123456789abcdef\"0123456789abcdef\u{0}",
        // The same place in two words.
        "\"1234567\"1234567",
    ] {
        let mut out = Vec::new();
        push_json_string(&mut out, text.as_bytes()).unwrap();
        assert_eq!(serde_json::from_slice::<String>(&out).unwrap(), text);
    }
    let mut out = Vec::new();
    push_json_string(&mut out, "a\"b\u{1}c\u{e9}".as_bytes()).unwrap();
    assert_eq!(out, "\"a\\\"b\\u0001c\u{e9}\"".as_bytes());
    let mut out = Vec::new();
    push_json_string(&mut out, b"\t\r\n\\").unwrap();
    assert_eq!(out, br#""\t\r\n\\""#);
    for index in [0, 7, 10, 19, 123_456, usize::MAX] {
        let mut out = b"x".to_vec();
        push_index(&mut out, index);
        assert_eq!(out, format!("x{index}").into_bytes());
    }
    assert!(plain_header_name("Content-Type"));
    assert!(plain_header_name("x-ms-!#$%&'*+.^_`|~"));
    assert!(!plain_header_name("bad name"));
    assert!(!plain_header_name(""));
    assert!(!plain_header_name("caf\u{e9}"));
}

/// What a typed run's reader saw: the status and the body as text.
fn seen(status: StatusCode, body: &[u8]) -> Result<(u16, String), crate::Error> {
    Ok((status.as_u16(), String::from_utf8(body.to_vec()).unwrap()))
}

/// Runs `batch` twice over the same answers: typed, and untyped with each
/// response read afterwards by the same reader; both must agree. Returns
/// the typed results as text.
fn typed_run(make: impl Fn() -> Batch, answers: &[&str]) -> Vec<Result<(u16, String), String>> {
    let fetch = |sent: &mut usize, _request: http::Request<Vec<u8>>| {
        let body = answers[*sent];
        *sent += 1;
        Ok::<_, crate::Error>(http::Response::new(body))
    };
    let mut sent = 0;
    let mut reads = 0;
    let typed: Vec<_> = make()
        .run_read_with_sleep(
            |request| fetch(&mut sent, request),
            |status, body| {
                reads += 1;
                seen(status, body)
            },
            |_| {},
        )
        .unwrap()
        .into_iter()
        .map(|result| result.map_err(|error| error.to_string()))
        .collect();
    assert_eq!(sent, answers.len());
    // The reader saw each answer once.
    assert_eq!(reads, typed.iter().filter(|result| result.is_ok()).count());
    let mut sent = 0;
    let untyped: Vec<_> = make()
        .run_with_sleep(|request| fetch(&mut sent, request), |_| {})
        .unwrap()
        .into_iter()
        .map(|result| match result {
            Ok(response) => seen(response.status(), response.body()).map_err(|error| error.to_string()),
            Err(error) => Err(error.to_string()),
        })
        .collect();
    assert_eq!(typed, untyped);
    typed
}

fn gets(count: usize) -> impl Fn() -> Batch {
    move || {
        let mut batch = Batch::new(&Endpoint::default()).policy(RetryPolicy::never());
        for n in 0..count {
            batch.push(get(&format!("/u{n}")));
        }
        batch
    }
}

#[test]
fn a_typed_run_reads_answers_in_any_order_where_they_lie() {
    let results = typed_run(
        gets(6),
        &[r#"{"responses":[
            {"id":"4","status":200,"headers":{"Content-Type":"application/json; charset=utf-8","request-id":"r4"},"body":{"id":"u4","displayName":"Th\u00e9o"}},
            {"id":"2","status":200,"headers":{"Content-Type":"text/plain"},"body":"aGVsbG8="},
            {"id":"0","status":204,"body":null},
            {"id":"5","status":200,"headers":{"Content-Type":"application/json"},"body":"a JSON string"},
            {"id":"3","status":404,"headers":{"Content-Type":"application/json"},"body":{"error":{"code":"NotFound","message":"gone"}}},
            {"id":"1","status":201,"body":[1, 2]}
        ]}"#],
    );
    assert_eq!(
        results,
        [
            Ok((204, String::new())),
            Ok((201, "[1, 2]".to_owned())),
            Ok((200, "hello".to_owned())),
            Ok((
                404,
                r#"{"error":{"code":"NotFound","message":"gone"}}"#.to_owned()
            )),
            Ok((200, r#"{"id":"u4","displayName":"Th\u00e9o"}"#.to_owned())),
            Ok((200, r#""a JSON string""#.to_owned())),
        ]
    );
}

#[test]
fn a_typed_run_reads_into_the_callers_type() {
    let answer = r#"{"responses":[
        {"id":"1","status":404,"headers":{"Content-Type":"application/json"},"body":{"error":{"code":"NotFound","message":"gone"}}},
        {"id":"2","status":200,"headers":{"Content-Type":"application/json"},"body":{"id":7}},
        {"id":"0","status":200,"headers":{"Content-Type":"application/json"},"body":{"id":"u0","displayName":"Th\u00e9o"}}
    ]}"#;
    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct User {
        id: String,
        display_name: Option<String>,
    }
    let answers: Vec<_> = gets(3)()
        .run_read(
            |_| Ok::<_, crate::Error>(http::Response::new(answer)),
            crate::read_entity::<User>,
        )
        .unwrap();
    assert_eq!(
        answers[0].as_ref().unwrap(),
        &User {
            id: "u0".into(),
            display_name: Some("Th\u{e9}o".into())
        }
    );
    assert_eq!(
        answers[1].as_ref().unwrap_err().to_string(),
        "graph service error 404 Not Found: NotFound: gone"
    );
    // serde_json's position is within the answer's own body.
    assert_eq!(
        answers[2].as_ref().unwrap_err().to_string(),
        "cannot read the response body with status 200 OK: invalid type: integer `7`, expected a string at line 1 column 7"
    );
}

#[test]
fn a_typed_run_retries_and_answers_dependents_424() {
    let make = || {
        let mut batch = Batch::new(&Endpoint::default());
        let first = batch.push(get("/a"));
        batch.push_after(get("/b"), &[first]);
        let elsewhere = batch.push(
            http::Request::get("https://example.com/v1.0/c")
                .body(Vec::new())
                .unwrap(),
        );
        batch.push_after(get("/d"), &[elsewhere]);
        let failing = batch.push(get("/e"));
        batch.push_after(get("/f"), &[failing]);
        batch
    };
    let results = typed_run(
        make,
        &[
            // Request 0 throttled (its dependent 1 answered 424 by the
            // service), request 4 not found.
            r#"{"responses":[
                {"id":"5","status":424,"body":{"error":{"code":"FailedDependency","message":"4 failed"}}},
                {"id":"1","status":424,"body":{"error":{"code":"FailedDependency","message":"0 failed"}}},
                {"id":"4","status":404,"headers":{"Content-Type":"application/json"},"body":{"error":{"code":"NotFound","message":"gone"}}},
                {"id":"0","status":429,"headers":{"Retry-After":"0"}}
            ]}"#,
            // Both sent again.
            r#"{"responses":[{"id":"1","status":200,"body":{"n":1}},{"id":"0","status":200,"body":{"n":0}}]}"#,
        ],
    );
    assert_eq!(
        results,
        [
            Ok((200, r#"{"n":0}"#.to_owned())),
            Ok((200, r#"{"n":1}"#.to_owned())),
            Err("request `2` cannot be batched: it goes to https://example.com, not to https://graph.microsoft.com".to_owned()),
            Ok((424, r#"{"error":{"code":"FailedDependency","message":"request 3 was not sent: request 2, which it depends on, failed"}}"#.to_owned())),
            Ok((404, r#"{"error":{"code":"NotFound","message":"gone"}}"#.to_owned())),
            Ok((424, r#"{"error":{"code":"FailedDependency","message":"4 failed"}}"#.to_owned())),
        ]
    );
}

#[test]
fn a_typed_run_names_the_id_of_bad_answers() {
    let cases: [(&str, &str); 6] = [
        (
            "<html><body>Bad gateway</body></html>",
            "batch response body with status 200 OK is not JSON: `<html><body>Bad gateway</body></html>`",
        ),
        (
            r#"{"responses":[{"status":200}]}"#,
            "answer 0 of the batch response has no id",
        ),
        (
            r#"{"responses":[{"id":"0","status":200},{"id":"9","status":200}]}"#,
            "the batch response answers request `9`, which is not in that batch",
        ),
        (
            r#"{"responses":[{"id":"0","status":200},{"id":"1","status":200},{"id":"2","status":200}]}"#,
            "the batch response answers request `2`, which is not in that batch",
        ),
        (
            r#"{"responses":[{"id":"1","status":200},{"id":"1","status":204}]}"#,
            "the batch response answers request `1` twice",
        ),
        (
            r#"{"responses":[{"id":"0","status":200,"body":{}},{"id":"1","status":200,"body":{"a":}}]}"#,
            "cannot read the batch response body: expected value at line 1 column 84",
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(
            typed_run(gets(2), &[body]),
            [Err(expected.to_owned()), Err(expected.to_owned())],
            "{body}"
        );
    }
    let results = typed_run(
        gets(5),
        &[r#"{"responses":[
            {"id":"4","status":200,"headers":{"Content-Type":"image/png"},"body":"not base64!"},
            {"id":"3","status":200,"headers":{"bad name":"x"},"body":{}},
            {"id":"2","status":99},
            {"id":"0","status":200,"headers":{"ETag":"W/\"1\""},"body":{}}
        ]}"#],
    );
    assert_eq!(
        results,
        [
            Ok((200, "{}".to_owned())),
            Err("the batch response has no answer for request `1`".to_owned()),
            Err("cannot read the answer to request `2`: status 99 is not valid".to_owned()),
            Err("cannot read the answer to request `3`: header name `bad name` is not valid".to_owned()),
            Err(
                "cannot read the answer to request `4`: body is not base64: Invalid symbol 32, offset 3."
                    .to_owned()
            ),
        ]
    );
    // A whole-batch error status is every request's answer.
    let mut batch = gets(2)();
    batch.push(get("/c"));
    let answers = batch
        .run_read(
            |_| {
                Ok::<_, crate::Error>(
                    http::Response::builder()
                        .status(502)
                        .body("<html>Bad gateway</html>")
                        .unwrap(),
                )
            },
            seen,
        )
        .unwrap();
    assert_eq!(answers.len(), 3);
    for answer in answers {
        assert_eq!(answer.unwrap(), (502, "<html>Bad gateway</html>".to_owned()));
    }
}

#[test]
fn typed_runs_sync_and_async() {
    let make = || {
        let mut batch = Batch::new(&Endpoint::default());
        batch.push(get("/a"));
        batch.push(get("/b"));
        batch
    };
    let sent = std::cell::Cell::new(0);
    let fetch = |request: http::Request<Vec<u8>>| {
        sent.set(sent.get() + 1);
        let body = if sent.get() == 1 {
            r#"{"responses":[{"id":"1","status":429,"headers":{"Retry-After":"2.128"}},{"id":"0","status":200,"body":[0]}]}"#
        } else {
            assert_eq!(ids_of(&request), ["1"]);
            r#"{"responses":[{"id":"1","status":200,"body":[1]}]}"#
        };
        Ok::<_, crate::Error>(http::Response::new(body))
    };
    let mut slept = Vec::new();
    let answers = make()
        .run_read_with_sleep(fetch, crate::read_entity::<Vec<u8>>, |wait| slept.push(wait))
        .unwrap();
    assert_eq!(slept, [Duration::from_millis(2128)]);
    let answers: Vec<Vec<u8>> = answers.into_iter().map(Result::unwrap).collect();
    assert_eq!(answers, [[0], [1]]);

    let failing = make().run_read(|_| Err::<http::Response<Vec<u8>>, _>("offline"), seen);
    assert_eq!(failing.unwrap_err(), "offline");

    sent.set(0);
    let mut slept = Vec::new();
    let future = make().run_read_async(
        |request| {
            let response = fetch(request);
            async move { response }
        },
        crate::read_entity::<Vec<u8>>,
        |wait| {
            slept.push(wait);
            async {}
        },
    );
    let answers: Vec<Vec<u8>> = block_on(future)
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(answers, [[0], [1]]);
    assert_eq!(slept, [Duration::from_millis(2128)]);

    // A request without an answer of its own is an `Error::Batch`.
    let error = crate::Error::from(BatchError::NotSent { id: "0".into() });
    assert_eq!(
        error.to_string(),
        "request `0` was not answered before the run ended"
    );
    assert_eq!(error.status(), None);
}

/// A reader that says how it read each answer: where it lay in the `$batch`
/// answer (`read_body`), or on its own (`read`).
#[derive(Debug, Default)]
struct Probe;

impl ReadAnswer for Probe {
    type Output = (&'static str, Value);

    fn read(status: StatusCode, body: &[u8]) -> Result<(&'static str, Value), crate::Error> {
        crate::read_entity::<Value>(status, body).map(|value| ("read", value))
    }

    fn reads_body(status: StatusCode) -> bool {
        status == StatusCode::OK
    }

    fn read_body<'de, D: Deserializer<'de>>(body: D) -> Result<(&'static str, Value), D::Error> {
        Value::deserialize(body).map(|value| ("in stream", value))
    }
}

/// Runs `make()` over `answers` with the reader `A` and with its function
/// (`run_read`); both give the same results, save for what `same` leaves
/// out. Returns the reader's results, errors as text.
fn reader_run<A, K>(
    make: impl Fn() -> Batch,
    answers: &[&str],
    same: impl Fn(&A::Output) -> K,
) -> Vec<Result<A::Output, String>>
where
    A: ReadAnswer + Default,
    K: PartialEq + fmt::Debug,
{
    let fetch = |sent: &mut usize, _request: http::Request<Vec<u8>>| {
        let body = answers[*sent];
        *sent += 1;
        Ok::<_, crate::Error>(http::Response::new(body))
    };
    let mut sent = 0;
    let typed: Vec<_> = make()
        .run_reader_with_sleep(|request| fetch(&mut sent, request), A::default(), |_| {})
        .unwrap()
        .into_iter()
        .map(|result| result.map_err(|error| error.to_string()))
        .collect();
    assert_eq!(sent, answers.len());
    let mut sent = 0;
    let by_function: Vec<_> = make()
        .run_read_with_sleep(|request| fetch(&mut sent, request), A::read, |_| {})
        .unwrap()
        .into_iter()
        .map(|result| result.map_err(|error| error.to_string()))
        .collect();
    let key = |results: &[Result<A::Output, String>]| -> Vec<Result<K, String>> {
        results
            .iter()
            .map(|result| result.as_ref().map(&same).map_err(Clone::clone))
            .collect()
    };
    assert_eq!(key(&typed), key(&by_function));
    typed
}

/// [`reader_run`] with [`Probe`].
fn probe_run(make: impl Fn() -> Batch, answers: &[&str]) -> Vec<Result<(&'static str, Value), String>> {
    reader_run::<Probe, Value>(make, answers, |(_, value)| value.clone())
}

fn read_as(how: &'static str, value: Value) -> Result<(&'static str, Value), String> {
    Ok((how, value))
}

#[test]
fn a_reader_reads_bodies_where_they_lie_and_the_others_on_their_own() {
    let results = probe_run(
        gets(18),
        &[r#"{"responses":[
            {"id":"0","status":200,"headers":{"Content-Type":"application/json","ETag":"W/\"1\"","x-a":"\u0041\t\/"},"body":{"n":0}},
            {"id":"1","body":{"n":1},"status":200},
            {"id":"2","status":200,"body":[2],"headers":{"x":"y"}},
            {"id":"3","status":200,"body":{"n":3},"headers":{"x":"caf\u00e9"}},
            {"id":"4","status":200,"headers":{"Content-Type":"text/plain"},"body":"eyJuIjo0fQ=="},
            {"id":"5","status":201,"body":{"n":5}},
            {"id":"6","status":200,"body":null},
            {"id":"7","status":404,"headers":{"Content-Type":"application/json"},"body":{"error":{"code":"NotFound","message":"gone"}}},
            {"id":"8","extra":[1,{"a":"}"}],"status":200,"headers":{},"body":{"n":8}},
            {"id":"9","status":200,"headers":{"x":"a\nb"},"body":{"n":9}},
            {"status":200,"headers":{"X-b":"\u00e9"},"id":"10","body":{"n":10}},
            {"id":"11","status":424,"body":{"error":{"code":"FailedDependency","message":"x"}}},
            {"id":"12","status":99,"body":{"n":12}},
            {"id":"13","status":0,"body":{"n":13}},
            {"id":"14","status":200,"headers":{"bad name":"x"},"body":{"n":14}},
            {"id":"15","status":200,"headers":{"X-c":"é","x-d":"\u0009\u0020\\"},"body":{"n":15}},
            {"id":"16","status":200,"headers":{"X-d":"\u007f"},"body":{"n":16}},
            {"id":"17","status":200,"headers":{"X-e":"\u0009 \\ \"\u007e"},"body":{"n":17}}
        ]}"#],
    );
    assert_eq!(
        results,
        [
            read_as("in stream", json!({"n": 0})),
            // Its body came before its status.
            read_as("read", json!({"n": 1})),
            // Its headers came after its body, and are plain.
            read_as("in stream", json!([2])),
            // Its headers came after its body, and are not plain.
            read_as("read", json!({"n": 3})),
            // base64.
            read_as("read", json!({"n": 4})),
            // A status the reader does not read where it lies.
            read_as("read", json!({"n": 5})),
            Err("empty response body with status 200 OK, expected JSON".to_owned()),
            Err("graph service error 404 Not Found: NotFound: gone".to_owned()),
            read_as("in stream", json!({"n": 8})),
            Err("cannot read the answer to request `9`: the value of header `x` is not valid".to_owned()),
            // Headers that are not plain, before the body.
            read_as("read", json!({"n": 10})),
            Err("graph service error 424 Failed Dependency: FailedDependency: x".to_owned()),
            Err("cannot read the answer to request `12`: status 99 is not valid".to_owned()),
            Err("cannot read the answer to request `13`: status 0 is not valid".to_owned()),
            Err("cannot read the answer to request `14`: header name `bad name` is not valid".to_owned()),
            read_as("read", json!({"n": 15})),
            Err("cannot read the answer to request `16`: the value of header `x-d` is not valid".to_owned()),
            read_as("in stream", json!({"n": 17})),
        ]
    );
}

#[test]
fn a_reader_reads_retried_answers_when_they_come_back() {
    let make = || {
        let mut batch = Batch::new(&Endpoint::default());
        for path in ["/a", "/b", "/c"] {
            batch.push(get(path));
        }
        batch
    };
    let results = probe_run(
        make,
        &[
            r#"{"responses":[
                {"id":"0","status":429,"headers":{"Retry-After":"0"},"body":{"error":{"code":"TooManyRequests","message":"slow down"}}},
                {"id":"1","status":200,"body":{"n":1}},
                {"id":"2","status":503,"headers":{"Content-Type":"application/json"},"body":{"n":"not yet"}}
            ]}"#,
            r#"{"responses":[{"id":"2","status":200,"body":{"n":2}},{"id":"0","status":200,"body":{"n":0}}]}"#,
        ],
    );
    assert_eq!(
        results,
        [
            read_as("in stream", json!({"n": 0})),
            read_as("in stream", json!({"n": 1})),
            read_as("in stream", json!({"n": 2})),
        ]
    );
}

#[test]
fn a_reader_that_fails_where_the_body_lies_gives_the_error_of_its_function() {
    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct User {
        id: String,
        display_name: Option<String>,
    }
    let results = reader_run::<crate::ReadEntity<User>, String>(
        gets(4),
        &["{\"responses\":[
            {\"id\":\"0\",\"status\":200,\"body\":{\"id\":7}},
            {\"id\":\"1\",\"status\":200,\"body\":{\"id\":\"u1\",\n  \"displayName\":5}},
            {\"id\":\"2\",\"status\":200,\"body\":{\"id\":\"u2\",\"displayName\":\"Th\\u00e9o\"}},
            {\"id\":\"3\",\"status\":200,\"body\":{\"id\":\"u3\"} }
        ]}"],
        |user| format!("{user:?}"),
    );
    assert_eq!(
        results,
        [
            // serde_json's positions are within the answer's own body.
            Err("cannot read the response body with status 200 OK: invalid type: integer `7`, expected a string at line 1 column 7".to_owned()),
            Err("cannot read the response body with status 200 OK: invalid type: integer `5`, expected a string at line 2 column 17".to_owned()),
            Ok(User { id: "u2".into(), display_name: Some("Th\u{e9}o".into()) }),
            Ok(User { id: "u3".into(), display_name: None }),
        ]
    );
}

#[test]
fn a_reader_gives_unusual_batch_answers_to_the_general_parse() {
    let one = |answer: &str| probe_run(gets(1), &[answer]);
    let read = |how: &'static str, n: u32| vec![read_as(how, json!({ "n": n }))];
    // Laid out as Graph does, with what it may add.
    assert_eq!(
        one(r#"{"responses":[{"id":"0","status":200,"body":{"n":0}}]}"#),
        read("in stream", 0)
    );
    assert_eq!(
        one("\u{feff} {\"@odata.context\":[\"x\"], \"responses\" : [ {\"id\" : \"0\" , \"status\" : 200 , \"body\" : {\"n\":0} } ] , \"more\":{} } \n"),
        read("in stream", 0)
    );
    // What the general parse reads, whole.
    for answer in [
        r#"{"responses":[{"id":"0","status":500,"status":200,"body":{"n":0}}]}"#,
        r#"{"responses":[{"id":"\u0030","status":200,"body":{"n":0}}]}"#,
        r#"{"responses":[{"id":"0","status":200,"b\u006fdy":{"n":0}}]}"#,
        r#"{"responses":[{"id":"0","status":200,"headers":null,"body":{"n":0}}]}"#,
        r#"{"responses":[{"id":"0","status":200,"headers":{"X-\u0041":"1"},"body":{"n":0}}]}"#,
    ] {
        assert_eq!(one(answer), read("read", 0), "{answer}");
    }
    let error = |text: &str| vec![Err(text.to_owned())];
    let cases: [(&str, &str); 25] = [
        (
            r#"{"responses":[{"id":"7","status":200}]}"#,
            "the batch response answers request `7`, which is not in that batch",
        ),
        (
            r#"{"responses":[{"id":"0","status":200,"headers":{"x":"\x"},"body":{"n":0}}]}"#,
            "cannot read the batch response body: invalid escape at line 1 column 55",
        ),
        (
            r#"{"responses":[{"id":"0","status":200,"headers":{"x":"\u+041"},"body":{"n":0}}]}"#,
            "cannot read the batch response body: invalid escape at line 1 column 59",
        ),
        (
            r#"{"responses":[{"id":"0","status":200,"headers":{"x":"\u00"},"body":{"n":0}}]}"#,
            "cannot read the batch response body: invalid escape at line 1 column 59",
        ),
        (
            "{\"responses\":[{\"id\":\"0\",\"status\":200,\"headers\":{\"x\":\"a\tb\"},\"body\":{\"n\":0}}]}",
            "cannot read the batch response body: control character (\\u0000-\\u001F) found while parsing a string at line 1 column 55",
        ),
        (
            r#"{"responses":[{"id":"0","status":200,"headers":{"x":1},"body":{"n":0}}]}"#,
            "cannot read the batch response body: invalid type: integer `1`, expected a string at line 1 column 53",
        ),
        (
            r#"{"responses":[{"id":"0","status":200,"headers":{"x":"y" "z":"w"},"body":{"n":0}}]}"#,
            "cannot read the batch response body: expected `,` or `}` at line 1 column 57",
        ),
        (
            r#"{"responses":[{"id":"0","status":200,"body":{"n":0}} {"id":"1"}]}"#,
            "cannot read the batch response body: expected `,` or `]` at line 1 column 54",
        ),
        (
            r#"{"responses":[{"id":"0","status":200,"body":{"n":}}]}"#,
            "cannot read the batch response body: expected value at line 1 column 50",
        ),
        (r#"{"responses":[]}"#, "the batch response has no answer for request `0`"),
        (r#"{}"#, "cannot read the batch response body: missing field `responses` at line 1 column 2"),
        (
            r#"{"responses":[],"responses":[]}"#,
            "cannot read the batch response body: duplicate field `responses` at line 1 column 27",
        ),
        (
            r#"{"responses":[{"id":"0","status":200}]} x"#,
            "cannot read the batch response body: trailing characters at line 1 column 41",
        ),
        (
            r#"{"responses":[{"id":"0","status":"200"}]}"#,
            "cannot read the batch response body: invalid type: string \"200\", expected u16 at line 1 column 38",
        ),
        (
            r#"{"responses":[{"id":"0","status":200.0}]}"#,
            "cannot read the batch response body: invalid type: floating point `200.0`, expected u16 at line 1 column 38",
        ),
        (
            r#"{"responses":[{"id":"0","status":2e2}]}"#,
            "cannot read the batch response body: invalid type: floating point `200.0`, expected u16 at line 1 column 36",
        ),
        (
            r#"{"responses":[{"id":"0","status":0200}]}"#,
            "cannot read the batch response body: invalid number at line 1 column 35",
        ),
        (
            r#"{"responses":[{"id":"0","status":-200}]}"#,
            "cannot read the batch response body: invalid value: integer `-200`, expected u16 at line 1 column 37",
        ),
        (
            r#"{"responses":[{"id":"0","status":70000}]}"#,
            "cannot read the batch response body: invalid value: integer `70000`, expected u16 at line 1 column 38",
        ),
        (r#"{"responses":[{"status":200}]}"#, "answer 0 of the batch response has no id"),
        (r#"{"responses":[{"id":null,"status":200}]}"#, "answer 0 of the batch response has no id"),
        (
            r#"{"responses":[{"id":"0","status":200},{"id":"0","status":200}]}"#,
            "the batch response answers request `0` twice",
        ),
        (
            r#"{"responses":[{"id":"00","status":200}]}"#,
            "the batch response answers request `00`, which is not in that batch",
        ),
        (
            r#"{"responses":[[1]]}"#,
            "cannot read the batch response body: invalid type: sequence, expected an answer, an object with `id`, `status`, `headers` and `body` at line 1 column 14",
        ),
        (
            r#"{"responses":[{"id":"0","status":200},]}"#,
            "cannot read the batch response body: trailing comma at line 1 column 39",
        ),
    ];
    for (answer, expected) in cases {
        assert_eq!(one(answer), error(expected), "{answer}");
    }
    // Not a batch answer at all.
    let html = "<html>Bad gateway</html>";
    assert_eq!(
        one(html),
        error("batch response body with status 200 OK is not JSON: `<html>Bad gateway</html>`")
    );
    let answers = gets(1)()
        .run_reader(
            |_| Ok::<_, crate::Error>(http::Response::builder().status(502).body(html).unwrap()),
            Probe,
        )
        .unwrap();
    assert_eq!(
        answers[0].as_ref().unwrap_err().to_string(),
        "response body with status 502 Bad Gateway is not JSON: `<html>Bad gateway</html>`"
    );
    // Not UTF-8.
    let batch_of_one = gets(1);
    let answers = batch_of_one()
        .run_reader(
            |_| {
                Ok::<_, crate::Error>(http::Response::new(
                    b"{\"responses\":[{\"id\":\"\xff\"}]}".to_vec(),
                ))
            },
            Probe,
        )
        .unwrap();
    assert_eq!(
        answers[0].as_ref().unwrap_err().to_string(),
        "cannot read the batch response body: not UTF-8: invalid utf-8 sequence of 1 bytes from index 21"
    );
}

#[test]
fn the_readers_of_graph_core_read_where_bodies_lie_as_their_functions_do() {
    let answers = [r#"{"responses":[
        {"id":"0","status":200,"body":{"value":[{"n":0}],"@odata.nextLink":"https://graph.microsoft.com/v1.0/x?$skiptoken=1"}},
        {"id":"1","status":201,"body":{"n":1}},
        {"id":"2","status":204},
        {"id":"3","status":200,"body":{"n":3}},
        {"id":"4","status":403,"headers":{"Content-Type":"application/json"},"body":{"error":{"code":"Forbidden","message":"no"}}}
    ]}"#];
    let debug = |output: &dyn fmt::Debug| format!("{output:?}");
    let text = |results: Vec<Result<String, String>>| results;
    let entity = reader_run::<crate::ReadEntity<Value>, String>(gets(5), &answers, |value| debug(value));
    assert_eq!(
        text(
            entity
                .into_iter()
                .map(|result| result.map(|value| value.to_string()))
                .collect()
        ),
        [
            Ok(
                r#"{"@odata.nextLink":"https://graph.microsoft.com/v1.0/x?$skiptoken=1","value":[{"n":0}]}"#
                    .to_owned()
            ),
            Ok(r#"{"n":1}"#.to_owned()),
            Err("unexpected response status 204 No Content, expected 200 OK or 201 Created".to_owned()),
            Ok(r#"{"n":3}"#.to_owned()),
            Err("graph service error 403 Forbidden: Forbidden: no".to_owned()),
        ]
    );
    let updated = reader_run::<crate::ReadUpdated<Value>, String>(gets(5), &answers, |value| debug(value));
    assert_eq!(updated[2], Ok(None));
    assert_eq!(updated[3], Ok(Some(json!({"n": 3}))));
    assert_eq!(
        updated[1].as_ref().unwrap_err(),
        "unexpected response status 201 Created, expected 200 OK or 204 No Content; body: `{\"n\":1}`"
    );
    let pages = reader_run::<crate::ReadPage<Value>, String>(gets(5), &answers, |page| debug(page));
    let page = pages[0].as_ref().unwrap();
    assert_eq!(page.value, [json!({"n": 0})]);
    assert_eq!(
        page.next_link.as_deref(),
        Some("https://graph.microsoft.com/v1.0/x?$skiptoken=1")
    );
    assert_eq!(
        pages[3].as_ref().unwrap_err(),
        "cannot read the response body with status 200 OK: missing field `value` at line 1 column 7"
    );
    let empty = reader_run::<crate::ReadEmpty, String>(gets(5), &answers, |unit| debug(unit));
    assert_eq!(
        empty,
        [
            Ok(()),
            Ok(()),
            Ok(()),
            Ok(()),
            Err("graph service error 403 Forbidden: Forbidden: no".to_owned())
        ]
    );

    // Async, with a retry.
    let sent = std::cell::Cell::new(0);
    let mut slept = Vec::new();
    let make = || {
        let mut batch = Batch::new(&Endpoint::default());
        batch.push(get("/a"));
        batch
    };
    let future = make().run_reader_async(
        |_request| {
            sent.set(sent.get() + 1);
            let body = match sent.get() {
                1 => r#"{"responses":[{"id":"0","status":429,"headers":{"Retry-After":"2.128"}}]}"#,
                _ => r#"{"responses":[{"id":"0","status":200,"body":{"n":0}}]}"#,
            };
            async move { Ok::<_, crate::Error>(http::Response::new(body)) }
        },
        Probe,
        |wait| {
            slept.push(wait);
            async {}
        },
    );
    let answers: Vec<_> = block_on(future)
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(answers, [("in stream", json!({"n": 0}))]);
    assert_eq!(slept, [Duration::from_millis(2128)]);
}

#[test]
fn requests_written_across_many_pages_come_back_whole() {
    // About 400 KB of request JSON: several pages of fragments, and one
    // body larger than a page.
    let mut batch = Batch::new(&Endpoint::default());
    let mut expected = Vec::new();
    for n in 0..400 {
        let notes = if n == 123 {
            "y".repeat(100_000)
        } else {
            format!("{n}-{}", "x".repeat(n % 1_500))
        };
        let body = json!({ "notes": notes });
        batch.push(patch(
            &format!("/deviceManagement/managedDevices/d{n}"),
            &body.to_string(),
        ));
        expected.push(json!({
            "id": n.to_string(),
            "method": "PATCH",
            "url": format!("/deviceManagement/managedDevices/d{n}"),
            "headers": { "content-type": "application/json", "if-match": "W/\"3\"" },
            "body": body,
        }));
    }
    let round = batch.next_round().unwrap();
    assert_eq!(round.requests.len(), 20);
    let sent: Vec<Value> = round
        .requests
        .iter()
        .flat_map(|request| body_of(request)["requests"].as_array().unwrap().clone())
        .collect();
    assert_eq!(sent.len(), expected.len());
    for (n, (sent, expected)) in sent.iter().zip(&expected).enumerate() {
        assert!(sent == expected, "request {n}");
    }
}

#[test]
fn pages_of_requests_answered_for_good_are_given_back() {
    // 600 requests of about 330 bytes of JSON each: several pages.
    let make = || {
        let mut batch = Batch::new(&Endpoint::default());
        for n in 0..600 {
            let body = json!({ "notes": format!("{n}-{}", "x".repeat(200)) });
            batch.push(patch(
                &format!("/deviceManagement/managedDevices/d{n}"),
                &body.to_string(),
            ));
        }
        batch
    };
    let answer_all = |request: &http::Request<Vec<u8>>, throttled: &[&str]| {
        let items: Vec<String> = ids_of(request)
            .iter()
            .map(|id| match throttled.contains(&id.as_str()) {
                true => format!(r#"{{"id":"{id}","status":429,"headers":{{"Retry-After":"0"}}}}"#),
                false => format!(r#"{{"id":"{id}","status":204}}"#),
            })
            .collect();
        answer(&format!(r#"{{"responses":[{}]}}"#, items.join(",")))
    };
    for throttled in ["5", "590"] {
        let mut batch = make();
        let pages = batch.fragments.len();
        assert_eq!(pages, 4);
        let page_of_throttled = batch.items[throttled.parse::<usize>().unwrap()].fragment.page as usize;
        let round = batch.next_round().unwrap();
        for (position, request) in round.requests.iter().enumerate() {
            batch.read(position, &answer_all(request, &[throttled])).unwrap();
        }
        // The pages before the throttled request's are given back; its own
        // and those after it are kept.
        let kept: Vec<bool> = batch.fragments.iter().map(|page| page.capacity() > 0).collect();
        let expected: Vec<bool> = (0..pages).map(|page| page >= page_of_throttled).collect();
        assert_eq!(kept, expected, "{throttled}");
        // The throttled request goes again whole.
        let round = batch.next_round().unwrap();
        assert_eq!(round.requests.len(), 1);
        let sent = body_of(&round.requests[0]);
        assert_eq!(sent["requests"].as_array().unwrap().len(), 1);
        assert_eq!(sent["requests"][0]["id"], throttled);
        assert_eq!(
            sent["requests"][0]["body"]["notes"],
            format!("{throttled}-{}", "x".repeat(200))
        );
        batch.read(0, &answer_all(&round.requests[0], &[])).unwrap();
        assert!(batch.fragments.iter().all(|page| page.capacity() == 0));
        assert!(batch.next_round().is_none());
        let results = results(batch);
        assert_eq!(results.len(), 600);
        assert!(results.iter().all(|result| result == &Ok((204, String::new()))));
    }
}
