//! The errors of building requests and reading responses, and the error
//! the Graph service reports in a response body.

use std::fmt;

use http::StatusCode;
use serde_json::{Map, Value};

use crate::batch::BatchError;
use crate::path::PathError;

/// Everything that can go wrong building a request or reading a response.
///
/// ```
/// use graph_core::Error;
/// use http::StatusCode;
///
/// let error = Error::from_response(StatusCode::BAD_GATEWAY, b"<html><body>Bad gateway</body></html>");
/// assert_eq!(
///     error.to_string(),
///     "response body with status 502 Bad Gateway is not JSON: `<html><body>Bad gateway</body></html>`",
/// );
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A path could not be rendered.
    Path(PathError),
    /// The request body could not be serialized.
    WriteBody(serde_json::Error),
    /// A JSON response body did not have the expected shape.
    ReadBody {
        /// The status of the response.
        status: StatusCode,
        /// What serde_json reported.
        source: serde_json::Error,
    },
    /// The service answered with an error body.
    Service(Box<GraphError>),
    /// A status the request does not expect, without a Graph error body.
    UnexpectedStatus {
        /// The status of the response.
        status: StatusCode,
        /// What was expected, such as `200 OK or 201 Created`.
        expected: &'static str,
        /// The start of the body, made safe to print (see [`excerpt`]); empty
        /// when the body is.
        excerpt: String,
    },
    /// The response body is not JSON at all (an HTML page from a proxy, an
    /// empty body).
    NotJson {
        /// The status of the response.
        status: StatusCode,
        /// The start of the body, made safe to print (see [`excerpt`]); empty
        /// when the body is.
        excerpt: String,
    },
    /// The HTTP request could not be built (an invalid URL or header value).
    Http(http::Error),
    /// A patch that changes nothing, refused unless allowed with
    /// [`RequestBuilder::allow_empty`](crate::RequestBuilder::allow_empty).
    EmptyPatch,
    /// `If-Match` was asked from the etag, but the entity has none.
    NoEtag,
    /// `$expand` was asked of a name that is not a navigation property of
    /// the struct ([`RequestBuilder::expand`](crate::RequestBuilder::expand)).
    NotNavigation {
        /// The name asked for.
        name: String,
        /// The OData type of the struct.
        odata_type: &'static str,
    },
    /// A request of a batch got no answer of its own (a typed
    /// [`Batch`](crate::Batch) run; see [`BatchError`]).
    Batch(BatchError),
}

impl Error {
    /// The error of a response that is not a success: the service's
    /// [`GraphError`] when the body holds one, [`Error::NotJson`] when the
    /// body is not JSON, else [`Error::UnexpectedStatus`].
    ///
    /// ```
    /// use graph_core::Error;
    /// use http::StatusCode;
    ///
    /// let body = br#"{"error":{"code":"ResourceNotFound","message":"Not found","innerError":{"request-id":"4a1c","date":"2024-05-01T10:00:00"}}}"#;
    /// match Error::from_response(StatusCode::NOT_FOUND, body) {
    ///     Error::Service(error) => {
    ///         assert_eq!(error.code, "ResourceNotFound");
    ///         assert_eq!(error.request_id.as_deref(), Some("4a1c"));
    ///     }
    ///     other => panic!("{other}"),
    /// }
    /// assert_eq!(
    ///     Error::from_response(StatusCode::UNAUTHORIZED, b"").to_string(),
    ///     "empty response body with status 401 Unauthorized, expected JSON",
    /// );
    /// ```
    pub fn from_response(status: StatusCode, body: &[u8]) -> Error {
        if !looks_like_json(body) {
            return Error::NotJson {
                status,
                excerpt: excerpt(body),
            };
        }
        match GraphError::parse(status, body) {
            Some(error) => Error::Service(Box::new(error)),
            None => Error::UnexpectedStatus {
                status,
                expected: "a success status",
                excerpt: excerpt(body),
            },
        }
    }

    /// The status of the response this error came from, if it came from one.
    ///
    /// ```
    /// use graph_core::Error;
    /// use http::StatusCode;
    /// assert_eq!(Error::from_response(StatusCode::FORBIDDEN, b"").status(), Some(StatusCode::FORBIDDEN));
    /// assert_eq!(Error::EmptyPatch.status(), None);
    /// ```
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::ReadBody { status, .. }
            | Error::UnexpectedStatus { status, .. }
            | Error::NotJson { status, .. } => Some(*status),
            Error::Service(error) => Some(error.status),
            Error::Path(_)
            | Error::WriteBody(_)
            | Error::Http(_)
            | Error::EmptyPatch
            | Error::NoEtag
            | Error::NotNavigation { .. }
            | Error::Batch(_) => None,
        }
    }
}

/// `200 OK`, or the bare code for a status without a reason phrase.
struct Status(StatusCode);

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.canonical_reason() {
            Some(reason) => write!(f, "{} {reason}", self.0.as_str()),
            None => f.write_str(self.0.as_str()),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Path(error) => error.fmt(f),
            Error::WriteBody(error) => write!(f, "cannot serialize the request body: {error}"),
            Error::ReadBody { status, source } => {
                write!(
                    f,
                    "cannot read the response body with status {}: {source}",
                    Status(*status)
                )
            }
            Error::Service(error) => error.fmt(f),
            Error::UnexpectedStatus {
                status,
                expected,
                excerpt,
            } => {
                write!(
                    f,
                    "unexpected response status {}, expected {expected}",
                    Status(*status)
                )?;
                if !excerpt.is_empty() {
                    write!(f, "; body: `{excerpt}`")?;
                }
                Ok(())
            }
            Error::NotJson { status, excerpt } if excerpt.is_empty() => {
                write!(
                    f,
                    "empty response body with status {}, expected JSON",
                    Status(*status)
                )
            }
            Error::NotJson { status, excerpt } => {
                write!(
                    f,
                    "response body with status {} is not JSON: `{excerpt}`",
                    Status(*status)
                )
            }
            Error::Http(error) => write!(f, "cannot build the http request: {error}"),
            Error::EmptyPatch => {
                f.write_str("the patch changes nothing; skip the request or allow it with `allow_empty()`")
            }
            Error::NoEtag => {
                f.write_str("no etag to send as If-Match; read the entity with its @odata.etag first")
            }
            Error::NotNavigation { name, odata_type } => write!(
                f,
                "`{}` is not a navigation field of the {odata_type} struct; $expand takes fields marked #[graph(navigation)]",
                printable(name)
            ),
            Error::Batch(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Path(error) => Some(error),
            Error::WriteBody(error) | Error::ReadBody { source: error, .. } => Some(error),
            Error::Service(error) => Some(&**error),
            Error::Http(error) => Some(error),
            Error::Batch(error) => Some(error),
            Error::UnexpectedStatus { .. }
            | Error::NotJson { .. }
            | Error::EmptyPatch
            | Error::NoEtag
            | Error::NotNavigation { .. } => None,
        }
    }
}

impl From<BatchError> for Error {
    fn from(error: BatchError) -> Error {
        Error::Batch(error)
    }
}

impl From<PathError> for Error {
    fn from(error: PathError) -> Error {
        Error::Path(error)
    }
}

impl From<http::Error> for Error {
    fn from(error: http::Error) -> Error {
        Error::Http(error)
    }
}

impl From<GraphError> for Error {
    fn from(error: GraphError) -> Error {
        Error::Service(Box::new(error))
    }
}

/// An error reported by the Graph service:
/// `{"error": {"code", "message", "innerError": {"request-id", "client-request-id", "date"}, "details": [...]}}`.
///
/// The inner error is found under any casing of its name (`innerError`,
/// `innererror`), and its ids under any casing with or without dashes
/// (`request-id`, `requestId`).
///
/// ```
/// use graph_core::GraphError;
/// use http::StatusCode;
///
/// let body = br#"{
///   "error": {
///     "code": "BadRequest",
///     "message": "Property 'deviceName' is read-only",
///     "innererror": {
///       "request-id": "5e2b1c06-0000-0000-0000-000000000000",
///       "client-request-id": "0f6c2ba3-0000-0000-0000-000000000000",
///       "date": "2024-05-01T10:00:00"
///     },
///     "details": [{ "code": "ReadOnly", "message": "read-only", "target": "deviceName" }]
///   }
/// }"#;
/// let error = GraphError::parse(StatusCode::BAD_REQUEST, body).unwrap();
/// assert_eq!(error.code, "BadRequest");
/// assert_eq!(error.date.as_deref(), Some("2024-05-01T10:00:00"));
/// assert_eq!(error.details[0].target.as_deref(), Some("deviceName"));
/// assert_eq!(
///     error.to_string(),
///     "graph service error 400 Bad Request: BadRequest: Property 'deviceName' is read-only \
///      (request-id 5e2b1c06-0000-0000-0000-000000000000, date 2024-05-01T10:00:00)",
/// );
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GraphError {
    /// The status of the response.
    pub status: StatusCode,
    /// The error code, such as `ResourceNotFound` (empty when missing).
    pub code: String,
    /// The message (empty when missing).
    pub message: String,
    /// The target the error is about, if given.
    pub target: Option<String>,
    /// The `request-id` of the inner error: what Microsoft support asks for.
    pub request_id: Option<String>,
    /// The `client-request-id` of the inner error.
    pub client_request_id: Option<String>,
    /// The `date` of the inner error, as sent (`2024-05-01T10:00:00`).
    pub date: Option<String>,
    /// The `details` array.
    pub details: Vec<ErrorDetail>,
    /// The whole inner error object, for any other member it holds.
    pub inner_error: Option<Map<String, Value>>,
}

/// One member of the `details` of a [`GraphError`].
///
/// ```
/// use graph_core::GraphError;
/// let body = br#"{"error":{"code":"x","message":"y","details":[{"code":"Required","message":"displayName is required"}]}}"#;
/// let error = GraphError::parse(http::StatusCode::BAD_REQUEST, body).unwrap();
/// assert_eq!(error.details[0].code, "Required");
/// assert_eq!(error.details[0].target, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ErrorDetail {
    /// The code (empty when missing).
    pub code: String,
    /// The message (empty when missing).
    pub message: String,
    /// The target, if given.
    pub target: Option<String>,
}

impl GraphError {
    /// Parses an error body; `None` when the body is not a Graph error
    /// (not JSON, or no `error` object with a string `code` or `message`).
    ///
    /// ```
    /// use graph_core::GraphError;
    /// use http::StatusCode;
    /// assert!(GraphError::parse(StatusCode::NOT_FOUND, br#"{"error":{"code":"NotFound"}}"#).is_some());
    /// assert!(GraphError::parse(StatusCode::NOT_FOUND, br#"{"value":[]}"#).is_none());
    /// assert!(GraphError::parse(StatusCode::NOT_FOUND, b"<html></html>").is_none());
    /// ```
    pub fn parse(status: StatusCode, body: &[u8]) -> Option<GraphError> {
        let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
        let mut root: Map<String, Value> = serde_json::from_slice(body).ok()?;
        let Value::Object(mut error) = root.remove("error")? else {
            return None;
        };
        let code = take_string(&mut error, "code");
        let message = take_string(&mut error, "message");
        if code.is_none() && message.is_none() {
            return None;
        }
        let inner_error = error
            .keys()
            .find(|key| key.eq_ignore_ascii_case("innererror"))
            .cloned()
            .and_then(|key| match error.remove(&key) {
                Some(Value::Object(inner)) => Some(inner),
                _ => None,
            });
        let inner = |name: &str| inner_error.as_ref().and_then(|inner| find_string(inner, name));
        let details = match error.get("details") {
            Some(Value::Array(details)) => details.iter().filter_map(ErrorDetail::from_value).collect(),
            _ => Vec::new(),
        };
        Some(GraphError {
            status,
            code: code.unwrap_or_default(),
            message: message.unwrap_or_default(),
            target: take_string(&mut error, "target"),
            request_id: inner("requestid"),
            client_request_id: inner("clientrequestid"),
            date: inner("date"),
            details,
            inner_error,
        })
    }
}

impl ErrorDetail {
    fn from_value(value: &Value) -> Option<ErrorDetail> {
        let Value::Object(detail) = value else {
            return None;
        };
        let string = |name: &str| match detail.get(name) {
            Some(Value::String(text)) => Some(text.clone()),
            _ => None,
        };
        Some(ErrorDetail {
            code: string("code").unwrap_or_default(),
            message: string("message").unwrap_or_default(),
            target: string("target"),
        })
    }
}

/// Removes a string member.
fn take_string(object: &mut Map<String, Value>, name: &str) -> Option<String> {
    match object.remove(name) {
        Some(Value::String(text)) => Some(text),
        _ => None,
    }
}

/// The string member whose name, lowercased and without `-` and `_`, is
/// `normalized` (`request-id`, `requestId` and `Request-Id` all match `requestid`).
fn find_string(object: &Map<String, Value>, normalized: &str) -> Option<String> {
    object.iter().find_map(|(key, value)| match value {
        Value::String(text) if normalize(key) == normalized => Some(text.clone()),
        _ => None,
    })
}

fn normalize(key: &str) -> String {
    key.chars()
        .filter(|c| *c != '-' && *c != '_')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "graph service error {}", Status(self.status))?;
        match (self.code.is_empty(), self.message.is_empty()) {
            (false, false) => write!(f, ": {}: {}", printable(&self.code), printable(&self.message))?,
            (false, true) => write!(f, ": {}", printable(&self.code))?,
            (true, false) => write!(f, ": {}", printable(&self.message))?,
            (true, true) => {}
        }
        let ids = [("request-id", &self.request_id), ("date", &self.date)];
        let mut ids = ids
            .iter()
            .filter_map(|(name, value)| value.as_ref().map(|value| (name, value)));
        if let Some((name, value)) = ids.next() {
            write!(f, " ({name} {}", printable(value))?;
            for (name, value) in ids {
                write!(f, ", {name} {}", printable(value))?;
            }
            f.write_str(")")?;
        }
        Ok(())
    }
}

impl std::error::Error for GraphError {}

/// `bytes` without a character that the cut at its end split.
fn whole_characters(bytes: &[u8]) -> &[u8] {
    // The last lead byte within the last four bytes, and the length it announces.
    let start = bytes.len().saturating_sub(4);
    let lead = bytes
        .iter()
        .enumerate()
        .skip(start)
        .rev()
        .find(|(_, byte)| **byte & 0xC0 != 0x80);
    let Some((at, byte)) = lead else {
        return bytes;
    };
    let length = match byte.leading_ones() {
        2 => 2,
        3 => 3,
        4 => 4,
        _ => 1,
    };
    if bytes.len() - at < length {
        bytes.get(..at).unwrap_or(bytes)
    } else {
        bytes
    }
}

/// Invisible formatting characters (Unicode category Cf) that turn text
/// around or hide it: bidirectional controls, zero-width characters, the
/// byte order mark, the soft hyphen.
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
    )
}

/// Text from the input as it may be shown in a message: control characters
/// escaped (`\u{1b}`, `\n`), so that none reaches a terminal or a log raw.
pub(crate) fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether a body can be JSON of an object or array: its first byte after
/// whitespace (and a UTF-8 byte order mark) is `{` or `[`. An empty body, an
/// HTML page or a plain-text message is not.
pub(crate) fn looks_like_json(body: &[u8]) -> bool {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    matches!(body.iter().find(|b| !b.is_ascii_whitespace()), Some(b'{' | b'['))
}

/// The most characters of a body that an [`excerpt`] keeps.
const EXCERPT_CHARS: usize = 120;

/// A short excerpt of a response body that is safe to print in a log or a
/// terminal: decoded as UTF-8 (invalid bytes replaced), every run of
/// whitespace and control characters made one space, trimmed, and cut after
/// 120 characters with `…` to mark the cut.
///
/// ```
/// use graph_core::excerpt;
/// assert_eq!(excerpt(b"\n<html>\r\n  <title>502\x1b[31m</title>"), "<html> <title>502 [31m</title>");
/// assert_eq!(excerpt(&[b'x'; 200]).chars().count(), 121);
/// assert_eq!(excerpt(b""), "");
/// ```
pub fn excerpt(body: &[u8]) -> String {
    let head = whole_characters(body.get(..EXCERPT_CHARS * 4).unwrap_or(body));
    let text = String::from_utf8_lossy(head);
    let mut out = String::with_capacity(EXCERPT_CHARS + 3);
    let mut chars = 0;
    let mut space = false;
    for c in text
        .trim_matches(|c: char| c.is_whitespace() || c.is_control() || is_format(c))
        .chars()
    {
        if is_format(c) {
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            space = true;
            continue;
        }
        if chars + usize::from(space) >= EXCERPT_CHARS {
            out.push('…');
            return out;
        }
        if space {
            out.push(' ');
            chars += 1;
            space = false;
        }
        out.push(c);
        chars += 1;
    }
    if head.len() < body.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)]

    use super::*;

    fn service(status: StatusCode, body: &str) -> GraphError {
        match Error::from_response(status, body.as_bytes()) {
            Error::Service(error) => *error,
            other => panic!("not a service error: {other:?}"),
        }
    }

    #[test]
    fn error_with_inner_error_in_camel_case() {
        let error = service(
            StatusCode::NOT_FOUND,
            r#"{"error":{"code":"Request_ResourceNotFound","message":"Resource 'x' does not exist.","innerError":{"date":"2024-05-01T10:00:00","request-id":"r-1","client-request-id":"c-1"}}}"#,
        );
        assert_eq!(error.status, StatusCode::NOT_FOUND);
        assert_eq!(error.code, "Request_ResourceNotFound");
        assert_eq!(error.message, "Resource 'x' does not exist.");
        assert_eq!(error.request_id.as_deref(), Some("r-1"));
        assert_eq!(error.client_request_id.as_deref(), Some("c-1"));
        assert_eq!(error.date.as_deref(), Some("2024-05-01T10:00:00"));
        assert_eq!(error.details, []);
        assert_eq!(error.target, None);
        assert_eq!(
            error.to_string(),
            "graph service error 404 Not Found: Request_ResourceNotFound: Resource 'x' does not exist. (request-id r-1, date 2024-05-01T10:00:00)"
        );
    }

    #[test]
    fn error_with_inner_error_in_lower_case_and_details() {
        let error = service(
            StatusCode::BAD_REQUEST,
            r#"{"error":{"code":"BadRequest","message":"m","target":"t","innererror":{"requestId":"r-2","Client-Request-Id":"c-2","extra":{"a":1}},"details":[{"code":"d","message":"dm","target":"dt"},3,{"message":"only"}]}}"#,
        );
        assert_eq!(error.request_id.as_deref(), Some("r-2"));
        assert_eq!(error.client_request_id.as_deref(), Some("c-2"));
        assert_eq!(error.date, None);
        assert_eq!(error.target.as_deref(), Some("t"));
        assert_eq!(
            error.details,
            [
                ErrorDetail {
                    code: "d".into(),
                    message: "dm".into(),
                    target: Some("dt".into())
                },
                ErrorDetail {
                    code: String::new(),
                    message: "only".into(),
                    target: None
                },
            ]
        );
        assert_eq!(
            error.inner_error.map(Value::Object),
            Some(serde_json::json!({"requestId":"r-2","Client-Request-Id":"c-2","extra":{"a":1}}))
        );
        assert_eq!(
            service(StatusCode::BAD_REQUEST, r#"{"error":{"code":"x"}}"#).to_string(),
            "graph service error 400 Bad Request: x"
        );
    }

    #[test]
    fn json_that_is_not_a_graph_error() {
        let error = Error::from_response(StatusCode::IM_A_TEAPOT, br#"{"error":"invalid_grant"}"#);
        assert_eq!(
            error.to_string(),
            r#"unexpected response status 418 I'm a teapot, expected a success status; body: `{"error":"invalid_grant"}`"#
        );
        let error = Error::from_response(StatusCode::from_u16(599).unwrap(), b"[]");
        assert_eq!(
            error.to_string(),
            "unexpected response status 599, expected a success status; body: `[]`"
        );
    }

    #[test]
    fn bodies_that_are_not_json() {
        assert_eq!(
            Error::from_response(StatusCode::BAD_GATEWAY, b"  \r\n ").to_string(),
            "empty response body with status 502 Bad Gateway, expected JSON"
        );
        assert_eq!(
            Error::from_response(StatusCode::SERVICE_UNAVAILABLE, b"Service Unavailable").to_string(),
            "response body with status 503 Service Unavailable is not JSON: `Service Unavailable`"
        );
        assert!(matches!(
            Error::from_response(StatusCode::BAD_GATEWAY, b"<html>"),
            Error::NotJson { status: StatusCode::BAD_GATEWAY, ref excerpt } if excerpt == "<html>"
        ));
    }

    #[test]
    fn excerpts_are_short_and_printable() {
        assert_eq!(excerpt(b"a\x00\x07b\tc\n\n d"), "a b c d");
        assert_eq!(excerpt(b"\xff\xfeabc"), "\u{fffd}\u{fffd}abc");
        let long = "é".repeat(300);
        let cut = excerpt(long.as_bytes());
        assert_eq!(cut, format!("{}…", "é".repeat(EXCERPT_CHARS)));
        assert_eq!(
            excerpt("x".repeat(EXCERPT_CHARS).as_bytes()),
            "x".repeat(EXCERPT_CHARS)
        );
        assert!(looks_like_json(b"\xEF\xBB\xBF {}"));
        assert!(!looks_like_json(b"null"));
    }
}
