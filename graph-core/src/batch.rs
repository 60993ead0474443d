//! JSON batching: many requests sent as `$batch` requests of at most 20,
//! their answers read back one per request, throttled ones sent again.

use std::borrow::Cow;
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, HOST};
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use serde::de::{self, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

use crate::endpoint::Endpoint;
use crate::error::{excerpt, looks_like_json, Error};
use crate::request::is_serialized_json;
use crate::response::ReadAnswer;
use crate::retry::{Attempt, RetryDecision, RetryPolicy};

/// The most requests Graph takes in one `$batch`.
pub const MAX_REQUESTS: usize = 20;

/// Many requests sent as JSON batches (`POST {version root}/$batch`), with
/// their answers read back one per request.
///
/// Push any requests (built by [`Endpoint`] or by hand, for the batch's
/// cloud and version); each gets an index, which is also its `id` in the
/// batch. Then either hand a fetch function to [`run`](Self::run) (or
/// [`run_async`](Self::run_async)), or drive the rounds yourself with
/// [`next_round`](Self::next_round) and [`read`](Self::read).
///
/// - At most 20 requests go in one `$batch`; a request and those that
///   [depend on it](Self::push_after) always go in the same one.
/// - URLs are made relative to the version root; JSON bodies are sent
///   inline, other bodies base64 as Graph requires; headers are kept
///   (`Authorization` goes on the `$batch` request itself). A body that
///   [`RequestBuilder::build`](crate::RequestBuilder::build) serialized is
///   inlined without being parsed again (the builder's `Content-Type`
///   marks it); if you replace such a body by hand, set the
///   `Content-Type` again, and the new body is checked.
/// - Each answer is an `http::Response<Vec<u8>>` with the status, headers
///   and body of the request's own answer: read it with
///   [`read_entity`](crate::read_entity), [`read_updated`](crate::read_updated),
///   [`read_page`](crate::read_page) or [`read_empty`](crate::read_empty),
///   as if the request had been sent alone. Answers come back in the order
///   the requests were pushed, whatever order the service used.
/// - A request answered `429`, `503` or `504` goes again in a later round,
///   after the largest `Retry-After` of the round, as the
///   [`RetryPolicy`] allows; one that depends on a request that failed
///   gets `424 Failed Dependency`; an error answer to a whole `$batch` is
///   the answer of every request in it.
///
/// ```
/// use graph_core::{read_updated, Batch, Endpoint, GraphEntity};
/// use http::StatusCode;
///
/// #[derive(Debug, Default, PartialEq, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
/// pub struct ManagedDevice {
///     #[graph(key)]
///     pub id: Option<String>,
///     pub device_category_display_name: Option<String>,
/// }
///
/// let endpoint = Endpoint::default();
/// let mut batch = Batch::new(&endpoint);
/// for id in ["d1", "d2"] {
///     let patch = ManagedDevice::patch().device_category_display_name("Kiosk");
///     batch.push(endpoint.patch::<ManagedDevice>(&patch, &[id]).bearer("eyJ0eXAi").build().unwrap());
/// }
/// let answers = batch
///     .run(|request: http::Request<Vec<u8>>| {
///         assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/$batch");
///         assert_eq!(request.headers()["authorization"], "Bearer eyJ0eXAi");
///         let body: serde_json::Value = serde_json::from_slice(request.body()).unwrap();
///         assert_eq!(body["requests"][1]["url"], "/deviceManagement/managedDevices/d2");
///         assert_eq!(body["requests"][1]["body"]["deviceCategoryDisplayName"], "Kiosk");
///         // The service may answer in any order.
///         let answer = r#"{"responses":[
///             {"id":"1","status":204,"headers":{}},
///             {"id":"0","status":404,"headers":{"Content-Type":"application/json"},
///              "body":{"error":{"code":"ResourceNotFound","message":"no such device"}}}
///         ]}"#;
///         Ok::<_, graph_core::Error>(http::Response::new(answer))
///     })
///     .unwrap();
/// let answers: Vec<_> = answers.into_iter().map(Result::unwrap).collect();
/// let first = read_updated::<ManagedDevice>(answers[0].status(), answers[0].body());
/// assert_eq!(first.unwrap_err().to_string(), "graph service error 404 Not Found: ResourceNotFound: no such device");
/// assert_eq!(read_updated::<ManagedDevice>(answers[1].status(), answers[1].body()).unwrap(), None);
/// ```
#[derive(Debug)]
pub struct Batch {
    batch_url: String,
    scheme: String,
    authority: String,
    root: String,
    policy: RetryPolicy,
    items: Vec<Item>,
    /// The JSON of every request after its `id` and `dependsOn`, one after
    /// the other in pages of about [`PAGE`] bytes (each item knows its page
    /// and range): a long run never copies what it wrote to grow a buffer.
    fragments: Vec<Vec<u8>>,
    /// The distinct `Authorization` values of the requests, in the order
    /// first seen (most runs have one).
    tokens: Vec<HeaderValue>,
    /// How many leading items are answered for good (their JSON is no
    /// longer needed), and how many leading pages were given back.
    finished: usize,
    released_pages: usize,
    /// Whether a request depends on another.
    dependencies: bool,
    /// For each item, the first item of its dependency group.
    group: Vec<usize>,
    /// The items of each `$batch` of the current round.
    in_flight: Vec<Vec<usize>>,
    /// The wait before the next round.
    wait: Duration,
    checked_groups: bool,
}

/// The size of a page of [`Batch::fragments`]: the JSON of a few hundred
/// requests.
const PAGE: usize = 64 * 1024;

/// Where a typed run takes final answers: `(index, status, body)`.
type Sink<'s> = &'s mut dyn FnMut(usize, StatusCode, &[u8]);

/// One request and where it stands (kept small: a long run holds one per
/// request).
#[derive(Debug)]
struct Item {
    method: Method,
    /// Where the JSON members after `id` and `dependsOn`, with the closing
    /// `}`, lie in [`Batch::fragments`].
    fragment: Fragment,
    /// Its `Authorization`: an index into [`Batch::tokens`].
    authorization: Option<u32>,
    depends_on: Box<[usize]>,
    attempt: Attempt,
    state: State,
}

/// A page of [`Batch::fragments`] and the range of bytes in it.
#[derive(Debug, Clone, Copy, Default)]
struct Fragment {
    page: u32,
    start: u32,
    end: u32,
}

impl Fragment {
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

#[derive(Debug)]
enum State {
    /// To be sent in the next round.
    Pending,
    /// Sent in the current round.
    Sent,
    /// To be sent again after the round's wait.
    Retry,
    /// Answered for good (boxed: most answers of a typed run are
    /// [`Read`](State::Read), and items stay small).
    Done(Box<BatchResult>),
    /// Answered for good and handed to the reader of a typed run; whether
    /// the status was a success.
    Read { success: bool },
}

/// The `$batch` requests of one round, and how long to wait before
/// sending them (the largest `Retry-After` of the throttled requests they
/// send again; zero in the first round).
///
/// ```
/// use graph_core::{Batch, Endpoint};
///
/// let mut batch = Batch::new(&Endpoint::default());
/// for n in 0..21 {
///     batch.push(http::Request::get(format!("https://graph.microsoft.com/v1.0/users/u{n}")).body(Vec::new()).unwrap());
/// }
/// let round = batch.next_round().unwrap();
/// assert!(round.wait.is_zero());
/// assert_eq!(round.requests.len(), 2);
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct Round {
    /// How long to wait before sending.
    pub wait: Duration,
    /// The `$batch` requests; read the answer to the one at position `i`
    /// with [`Batch::read`]`(i, ...)`.
    pub requests: Vec<http::Request<Vec<u8>>>,
}

/// The answer to one request of a batch: the service's response to it (any
/// status), or what kept it from having one.
pub type BatchResult = Result<http::Response<Vec<u8>>, BatchError>;

/// What went wrong with one request of a batch, apart from the service's
/// own answer to it (which is a response, not an error).
///
/// ```
/// use graph_core::batch::BatchError;
/// let error = BatchError::MissingResponse { id: "3".into() };
/// assert_eq!(error.to_string(), "the batch response has no answer for request `3`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BatchError {
    /// The request cannot go in a batch (another host or version, a header
    /// that is not text, a body without a `Content-Type`).
    Request {
        /// The id of the request.
        id: String,
        /// Why.
        reason: String,
    },
    /// A request depends on one that was not pushed before it.
    DependsOnUnknown {
        /// The id of the request.
        id: String,
        /// The index it named.
        on: usize,
    },
    /// A request and those that depend on it, directly or not, are more
    /// than one batch holds.
    GroupTooLarge {
        /// The id of the first request of the group.
        id: String,
        /// How many requests the group has.
        size: usize,
    },
    /// The `$batch` answer is not JSON (an HTML page from a proxy, an empty
    /// body).
    NotJson {
        /// The status of the `$batch` answer.
        status: StatusCode,
        /// The start of the body, safe to print.
        excerpt: String,
    },
    /// The `$batch` answer is JSON but not `{"responses": [...]}` as
    /// expected.
    BadBody {
        /// What serde_json reported.
        reason: String,
    },
    /// An answer in the `$batch` answer has no `id`.
    ResponseWithoutId {
        /// Its position in `responses`, from 0.
        position: usize,
    },
    /// An answer names an id that no request of that `$batch` has.
    UnknownId {
        /// The id it names.
        id: String,
    },
    /// Two answers name the same request.
    DuplicateId {
        /// The id they name.
        id: String,
    },
    /// A request of the `$batch` got no answer in it.
    MissingResponse {
        /// The id of the request.
        id: String,
    },
    /// The answer to a request cannot be read (a body that is not base64, a
    /// header that is not valid).
    ItemBody {
        /// The id of the request.
        id: String,
        /// Why.
        reason: String,
    },
    /// The `$batch` request could not be sent (reported by the caller with
    /// [`Batch::fail`]).
    Send {
        /// Why.
        reason: String,
    },
    /// The run ended before the request was answered.
    NotSent {
        /// The id of the request.
        id: String,
    },
    /// [`Batch::read`] was given a position that the round does not have.
    NoSuchBatch {
        /// The position given.
        position: usize,
    },
}

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BatchError::Request { id, reason } => write!(f, "request `{id}` cannot be batched: {reason}"),
            BatchError::DependsOnUnknown { id, on } => write!(
                f,
                "request `{id}` depends on `{on}`, which is not a request pushed before it"
            ),
            BatchError::GroupTooLarge { id, size } => write!(
                f,
                "request `{id}` and the requests that depend on it are {size} requests; \
                 one batch holds at most {MAX_REQUESTS}"
            ),
            BatchError::NotJson { status, excerpt } if excerpt.is_empty() => {
                write!(f, "empty batch response body with status {status}, expected JSON")
            }
            BatchError::NotJson { status, excerpt } => {
                write!(
                    f,
                    "batch response body with status {status} is not JSON: `{excerpt}`"
                )
            }
            BatchError::BadBody { reason } => write!(f, "cannot read the batch response body: {reason}"),
            BatchError::ResponseWithoutId { position } => {
                write!(f, "answer {position} of the batch response has no id")
            }
            BatchError::UnknownId { id } => write!(
                f,
                "the batch response answers request `{id}`, which is not in that batch"
            ),
            BatchError::DuplicateId { id } => {
                write!(f, "the batch response answers request `{id}` twice")
            }
            BatchError::MissingResponse { id } => {
                write!(f, "the batch response has no answer for request `{id}`")
            }
            BatchError::ItemBody { id, reason } => {
                write!(f, "cannot read the answer to request `{id}`: {reason}")
            }
            BatchError::Send { reason } => write!(f, "the batch request was not sent: {reason}"),
            BatchError::NotSent { id } => write!(f, "request `{id}` was not answered before the run ended"),
            BatchError::NoSuchBatch { position } => {
                write!(f, "the round has no batch request at position {position}")
            }
        }
    }
}

impl std::error::Error for BatchError {}

impl Batch {
    /// An empty batch for the cloud and version of `endpoint`, with the
    /// default [`RetryPolicy`].
    ///
    /// ```
    /// let batch = graph_core::Batch::new(&graph_core::Endpoint::default());
    /// assert!(batch.is_empty());
    /// ```
    pub fn new(endpoint: &Endpoint) -> Batch {
        let base = endpoint.base_url();
        let (scheme, rest) = base.split_once("://").unwrap_or(("", base));
        let (authority, root) = match rest.find('/') {
            Some(slash) => rest.split_at(slash),
            None => (rest, ""),
        };
        Batch {
            batch_url: endpoint.url("/$batch"),
            scheme: scheme.to_owned(),
            authority: authority.to_owned(),
            root: root.to_owned(),
            policy: RetryPolicy::default(),
            items: Vec::new(),
            fragments: Vec::new(),
            tokens: Vec::new(),
            finished: 0,
            released_pages: 0,
            dependencies: false,
            group: Vec::new(),
            in_flight: Vec::new(),
            wait: Duration::ZERO,
            checked_groups: false,
        }
    }

    /// Uses `policy` for the requests answered `429`, `503` or `504` (or
    /// whatever the policy retries).
    ///
    /// ```
    /// use graph_core::{Batch, Endpoint, RetryPolicy};
    /// let batch = Batch::new(&Endpoint::default()).policy(RetryPolicy::never());
    /// assert_eq!(batch.len(), 0);
    /// ```
    pub fn policy(mut self, policy: RetryPolicy) -> Batch {
        self.policy = policy;
        self
    }

    /// The number of requests pushed.
    ///
    /// ```
    /// let batch = graph_core::Batch::new(&graph_core::Endpoint::default());
    /// assert_eq!(batch.len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether no request was pushed.
    ///
    /// ```
    /// assert!(graph_core::Batch::new(&graph_core::Endpoint::default()).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Adds a request and returns its index: its position among the
    /// answers, and its `id` in the batch. A request that cannot be batched
    /// is answered [`BatchError::Request`] without being sent.
    ///
    /// ```
    /// use graph_core::{Batch, Endpoint};
    ///
    /// let mut batch = Batch::new(&Endpoint::default());
    /// let get = http::Request::get("https://graph.microsoft.com/v1.0/me").body(Vec::new()).unwrap();
    /// assert_eq!(batch.push(get), 0);
    /// let elsewhere = http::Request::get("https://example.com/v1.0/me").body(Vec::new()).unwrap();
    /// assert_eq!(batch.push(elsewhere), 1);
    /// let answers = batch.run(|_| -> Result<http::Response<Vec<u8>>, graph_core::Error> {
    ///     Ok(http::Response::new(br#"{"responses":[{"id":"0","status":200,"body":{}}]}"#.to_vec()))
    /// }).unwrap();
    /// assert_eq!(answers[0].as_ref().unwrap().status(), 200);
    /// assert_eq!(
    ///     answers[1].as_ref().unwrap_err().to_string(),
    ///     "request `1` cannot be batched: it goes to https://example.com, not to https://graph.microsoft.com",
    /// );
    /// ```
    pub fn push(&mut self, request: http::Request<Vec<u8>>) -> usize {
        self.push_after(request, &[])
    }

    /// Adds a request that runs only after the requests at `depends_on`
    /// (indexes returned by earlier pushes) succeeded (`dependsOn`); if
    /// one of them fails, this one is answered `424 Failed Dependency`. A
    /// request and those depending on it go in one `$batch`.
    ///
    /// ```
    /// use graph_core::{Batch, Endpoint};
    ///
    /// let mut batch = Batch::new(&Endpoint::default());
    /// let create = http::Request::post("https://graph.microsoft.com/v1.0/groups")
    ///     .header("Content-Type", "application/json")
    ///     .body(br#"{"displayName":"Kiosks"}"#.to_vec())
    ///     .unwrap();
    /// let first = batch.push(create);
    /// let list = http::Request::get("https://graph.microsoft.com/v1.0/groups?$top=1").body(Vec::new()).unwrap();
    /// batch.push_after(list, &[first]);
    /// let round = batch.next_round().unwrap();
    /// let body: serde_json::Value = serde_json::from_slice(round.requests[0].body()).unwrap();
    /// assert_eq!(body["requests"][1], serde_json::json!({
    ///     "id": "1", "dependsOn": ["0"], "method": "GET", "url": "/groups?$top=1", "headers": {}
    /// }));
    /// ```
    pub fn push_after(&mut self, request: http::Request<Vec<u8>>, depends_on: &[usize]) -> usize {
        let index = self.items.len();
        let mut group = index;
        let mut error = None;
        for &on in depends_on {
            match self.group.get(on) {
                Some(&root) if on < index => group = group.min(root),
                _ => {
                    error.get_or_insert(BatchError::DependsOnUnknown {
                        id: index.to_string(),
                        on,
                    });
                }
            }
        }
        // Merge the groups of every dependency into the smallest.
        for &on in depends_on {
            if let Some(&root) = self.group.get(on) {
                if root != group {
                    for slot in self.group.iter_mut().filter(|slot| **slot == root) {
                        *slot = group;
                    }
                }
            }
        }
        self.group.push(group);
        self.dependencies |= !depends_on.is_empty();
        let method = request.method().clone();
        let (fragment, authorization, state) = match error {
            Some(error) => (Fragment::default(), None, State::Done(Box::new(Err(error)))),
            None => match self.fragment(&request) {
                Ok((fragment, authorization)) => {
                    let authorization = authorization.map(|value| self.token(value));
                    (fragment, authorization, State::Pending)
                }
                Err(reason) => (
                    Fragment::default(),
                    None,
                    State::Done(Box::new(Err(BatchError::Request {
                        id: index.to_string(),
                        reason,
                    }))),
                ),
            },
        };
        let mut depends_on = depends_on.to_vec();
        depends_on.sort_unstable();
        depends_on.dedup();
        self.items.push(Item {
            method,
            fragment,
            authorization,
            depends_on: depends_on.into_boxed_slice(),
            attempt: Attempt::first(),
            state,
        });
        index
    }

    /// The index of `value` in [`tokens`](Self::tokens), added if it is
    /// not the last one there (most requests carry the token of the one
    /// before).
    fn token(&mut self, value: &HeaderValue) -> u32 {
        let last = self.tokens.len().saturating_sub(1);
        match self.tokens.get(last) {
            Some(token) if token == value && token.is_sensitive() == value.is_sensitive() => last as u32,
            _ => {
                self.tokens.push(value.clone());
                (self.tokens.len() - 1) as u32
            }
        }
    }

    /// Writes the JSON of a request after its `id` and `dependsOn` into
    /// [`fragments`](Self::fragments):
    /// `"method":..,"url":..,"headers":{..},"body":..}`; where it lies, and
    /// the request's `Authorization` (which is not written).
    fn fragment<'r>(
        &mut self,
        request: &'r http::Request<Vec<u8>>,
    ) -> Result<(Fragment, Option<&'r HeaderValue>), String> {
        let url = self.relative_url(request.uri())?;
        if self.fragments.last().is_none_or(|page| page.len() >= PAGE) {
            self.fragments.push(Vec::with_capacity(PAGE + PAGE / 8));
        }
        let number = self.fragments.len() - 1;
        let Some(page) = self.fragments.last_mut() else {
            return Err("no page to write it in".to_owned());
        };
        let start = page.len();
        let written = write_fragment(page, request, url);
        if written.is_err() {
            page.truncate(start);
        }
        let authorization = written?;
        let place =
            |at: usize| u32::try_from(at).map_err(|_| "its JSON is larger than a batch can carry".to_owned());
        Ok((
            Fragment {
                page: place(number)?,
                start: place(start)?,
                end: place(page.len())?,
            },
            authorization,
        ))
    }

    /// The URL relative to the version root: `/deviceManagement/...?$top=5`.
    fn relative_url<'u>(&self, uri: &'u http::Uri) -> Result<&'u str, String> {
        if let Some(authority) = uri.authority() {
            let scheme = uri.scheme_str().unwrap_or("");
            if !scheme.eq_ignore_ascii_case(&self.scheme)
                || !authority.as_str().eq_ignore_ascii_case(&self.authority)
            {
                return Err(format!(
                    "it goes to {scheme}://{authority}, not to {}://{}",
                    self.scheme, self.authority
                ));
            }
        }
        let path = uri.path_and_query().map_or("/", |path| path.as_str());
        match path.strip_prefix(self.root.as_str()) {
            Some("") => Ok("/"),
            Some(rest) if rest.starts_with('/') || rest.starts_with('?') => Ok(rest),
            _ if uri.authority().is_none() && !path.starts_with("/v1.0/") && !path.starts_with("/beta/") => {
                Ok(path)
            }
            _ => Err(format!(
                "its path `{path}` is not under the version root `{}`",
                self.root
            )),
        }
    }

    /// Settles requests that can no longer be sent, then packs the others
    /// into `$batch` requests; `None` when every request is answered.
    ///
    /// The requests of the previous round that were not [read](Self::read)
    /// are sent again.
    ///
    /// ```
    /// use graph_core::{Batch, Endpoint};
    ///
    /// let mut batch = Batch::new(&Endpoint::default());
    /// assert!(batch.next_round().is_none());
    /// batch.push(http::Request::delete("https://graph.microsoft.com/v1.0/deviceManagement/deviceCategories/c1").body(Vec::new()).unwrap());
    /// let round = batch.next_round().unwrap();
    /// assert_eq!(round.requests[0].method(), "POST");
    /// assert_eq!(
    ///     std::str::from_utf8(round.requests[0].body()).unwrap(),
    ///     r#"{"requests":[{"id":"0","method":"DELETE","url":"/deviceManagement/deviceCategories/c1","headers":{}}]}"#,
    /// );
    /// ```
    pub fn next_round(&mut self) -> Option<Round> {
        let wait = self.plan_round()?;
        let requests = (0..self.in_flight.len())
            .map(|position| self.round_request(position))
            .collect();
        Some(Round { wait, requests })
    }

    /// The `$batch` request at `position` of the round that
    /// [`plan_round`](Self::plan_round) planned. The runs build each one
    /// just before sending it, so a round never holds all its bodies at
    /// once.
    fn round_request(&self, position: usize) -> http::Request<Vec<u8>> {
        self.batch_request(self.in_flight.get(position).map_or(&[], Vec::as_slice))
    }

    /// Settles the requests that can no longer be sent and packs the others
    /// into [`in_flight`](Self::in_flight), marked sent; the wait before
    /// sending them, or `None` when every request is answered.
    fn plan_round(&mut self) -> Option<Duration> {
        if !self.checked_groups {
            self.checked_groups = true;
            if self.dependencies {
                self.check_groups();
            }
        }
        let wait = std::mem::take(&mut self.wait);
        let mut pending: Vec<usize> = Vec::new();
        for index in 0..self.items.len() {
            let failed = self.failed_dependency(index);
            let Some(item) = self.items.get_mut(index) else {
                continue;
            };
            match item.state {
                State::Pending | State::Sent => {}
                State::Retry => item.attempt = item.attempt.next(wait),
                State::Done(_) | State::Read { .. } => continue,
            }
            if let Some(on) = failed {
                item.state = State::Done(Box::new(Ok(failed_dependency(index, on))));
                continue;
            }
            pending.push(index);
        }
        self.in_flight.clear();
        if pending.is_empty() {
            return None;
        }
        let batches = match self.dependencies {
            true => self.pack_groups(&pending),
            // Every request is a group of its own.
            false => pending.chunks(MAX_REQUESTS).map(<[usize]>::to_vec).collect(),
        };
        for &index in batches.iter().flatten() {
            if let Some(item) = self.items.get_mut(index) {
                item.state = State::Sent;
            }
        }
        self.in_flight = batches;
        Some(wait)
    }

    /// The members of each `$batch`: whole groups, in the order of their
    /// first pending request.
    fn pack_groups(&self, pending: &[usize]) -> Vec<Vec<usize>> {
        let mut groups: Vec<Vec<usize>> = Vec::new();
        // The position in `groups` of each root's group.
        let mut slots = vec![usize::MAX; self.items.len()];
        for &index in pending {
            let root = self.group.get(index).copied().unwrap_or(index);
            let Some(slot) = slots.get_mut(root) else { continue };
            match groups.get_mut(*slot) {
                Some(members) => members.push(index),
                None => {
                    *slot = groups.len();
                    groups.push(vec![index]);
                }
            }
        }
        let mut batches: Vec<Vec<usize>> = Vec::new();
        for members in groups {
            match batches.last_mut() {
                Some(last) if last.len() + members.len() <= MAX_REQUESTS => last.extend(members),
                _ => batches.push(members),
            }
        }
        batches
    }

    /// Answers every request of a group larger than a batch with
    /// [`BatchError::GroupTooLarge`].
    fn check_groups(&mut self) {
        let mut sizes = vec![0usize; self.items.len()];
        for &root in &self.group {
            if let Some(size) = sizes.get_mut(root) {
                *size += 1;
            }
        }
        let large = sizes.iter().enumerate().filter(|(_, size)| **size > MAX_REQUESTS);
        for (root, size) in large.map(|(root, size)| (root, *size)).collect::<Vec<_>>() {
            for (item, _) in self
                .items
                .iter_mut()
                .zip(&self.group)
                .filter(|(_, r)| **r == root)
            {
                if !matches!(item.state, State::Done(_) | State::Read { .. }) {
                    item.state = State::Done(Box::new(Err(BatchError::GroupTooLarge {
                        id: root.to_string(),
                        size,
                    })));
                }
            }
        }
    }

    /// The first dependency of `index` that was answered with a failure.
    fn failed_dependency(&self, index: usize) -> Option<usize> {
        let item = self.items.get(index)?;
        item.depends_on
            .iter()
            .copied()
            .find(|&on| match self.items.get(on).map(|dep| &dep.state) {
                Some(State::Done(result)) => match result.as_ref() {
                    Ok(response) => !response.status().is_success(),
                    Err(_) => true,
                },
                Some(State::Read { success }) => !success,
                _ => false,
            })
    }

    /// The `$batch` request of `members`.
    fn batch_request(&self, members: &[usize]) -> http::Request<Vec<u8>> {
        let size: usize = members
            .iter()
            .filter_map(|&index| self.items.get(index))
            .map(|item| item.fragment.range().len() + 40)
            .sum();
        let mut body = Vec::with_capacity(16 + size);
        body.extend_from_slice(b"{\"requests\":[");
        let mut authorization = None;
        for (n, &index) in members.iter().enumerate() {
            let Some(item) = self.items.get(index) else {
                continue;
            };
            if n > 0 {
                body.push(b',');
            }
            body.extend_from_slice(b"{\"id\":\"");
            push_index(&mut body, index);
            body.push(b'"');
            let mut deps = item
                .depends_on
                .iter()
                .filter(|on| members.contains(on))
                .peekable();
            if deps.peek().is_some() {
                body.extend_from_slice(b",\"dependsOn\":[");
                for (m, &on) in deps.enumerate() {
                    if m > 0 {
                        body.push(b',');
                    }
                    body.push(b'"');
                    push_index(&mut body, on);
                    body.push(b'"');
                }
                body.push(b']');
            }
            body.push(b',');
            let fragment = self
                .fragments
                .get(item.fragment.page as usize)
                .and_then(|page| page.get(item.fragment.range()));
            body.extend_from_slice(fragment.unwrap_or(b"}"));
            if authorization.is_none() {
                authorization = item
                    .authorization
                    .and_then(|token| self.tokens.get(token as usize));
            }
        }
        body.extend_from_slice(b"]}");
        let mut request = http::Request::new(body);
        *request.method_mut() = Method::POST;
        if let Ok(uri) = http::Uri::try_from(self.batch_url.as_str()) {
            *request.uri_mut() = uri;
        }
        let headers = request.headers_mut();
        headers.insert(http::header::ACCEPT, HeaderValue::from_static("application/json"));
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if let Some(authorization) = authorization {
            headers.insert(AUTHORIZATION, authorization.clone());
        }
        request
    }

    /// Reads the answer to the `$batch` request at `position` of the last
    /// round. A failure status (`401`, a `429` of the whole batch, ...) is
    /// the answer of every request in it, retried as the policy says. A
    /// body that cannot be read is the error of every request in it (only
    /// of the unanswered ones when answers are missing); the first problem
    /// is also returned.
    ///
    /// ```
    /// use graph_core::{Batch, Endpoint};
    ///
    /// let mut batch = Batch::new(&Endpoint::default());
    /// batch.push(http::Request::get("https://graph.microsoft.com/v1.0/me").body(Vec::new()).unwrap());
    /// let _round = batch.next_round().unwrap();
    /// let proxy = http::Response::builder().status(502).body("<html>Bad gateway</html>").unwrap();
    /// batch.read(0, &proxy).unwrap();
    /// assert!(batch.next_round().is_none());
    /// let answers = batch.into_results();
    /// assert_eq!(answers[0].as_ref().unwrap().status(), 502);
    /// assert_eq!(answers[0].as_ref().unwrap().body(), b"<html>Bad gateway</html>");
    /// ```
    pub fn read<B: AsRef<[u8]>>(
        &mut self,
        position: usize,
        response: &http::Response<B>,
    ) -> Result<(), BatchError> {
        let read = self.read_inner(position, response, None);
        self.release_pages();
        read
    }

    /// [`read`](Self::read), handing each final answer that needs nothing
    /// owned (a status that is not retried and not `424`, a JSON or empty
    /// body, plain headers) to `sink` as `(index, status, body)`, the body
    /// borrowed from the `$batch` answer; those requests are then
    /// [`State::Read`]. Every other answer is kept as a response, as
    /// [`read`](Self::read) keeps it.
    fn read_inner<B: AsRef<[u8]>>(
        &mut self,
        position: usize,
        response: &http::Response<B>,
        sink: Option<Sink<'_>>,
    ) -> Result<(), BatchError> {
        let members = self.sent_members(position)?;
        let body = response.body().as_ref();
        if response.status() != StatusCode::OK {
            let now = SystemTime::now();
            for &index in &members {
                let mut copy = http::Response::new(body.to_vec());
                *copy.status_mut() = response.status();
                *copy.headers_mut() = response.headers().clone();
                self.answer(index, copy, now);
            }
            return Ok(());
        }
        let replies = match parse_replies(response.status(), body, &members) {
            Ok(replies) => replies,
            Err(error) => {
                for &index in &members {
                    self.settle(index, Err(error.clone()));
                }
                return Err(error);
            }
        };
        let found = replies
            .into_iter()
            .map(|reply| match reply {
                Some((id, reply)) => Found::Reply(id, reply),
                None => Found::Missing,
            })
            .collect();
        self.take_found(&members, found, sink)
    }

    /// The requests of the `$batch` at `position` that are waiting for
    /// their answer.
    fn sent_members(&self, position: usize) -> Result<Vec<usize>, BatchError> {
        let members = self
            .in_flight
            .get(position)
            .ok_or(BatchError::NoSuchBatch { position })?;
        Ok(members
            .iter()
            .copied()
            .filter(|&index| matches!(self.items.get(index).map(|item| &item.state), Some(State::Sent)))
            .collect())
    }

    /// Takes the answers found for `members` (in their order), as
    /// [`read_inner`](Self::read_inner) describes.
    fn take_found(
        &mut self,
        members: &[usize],
        found: Vec<Found<'_>>,
        mut sink: Option<Sink<'_>>,
    ) -> Result<(), BatchError> {
        let now = SystemTime::now();
        let mut first_error = None;
        let mut failed_dependencies = Vec::new();
        for (index, found) in members.iter().copied().zip(found) {
            let (id, reply) = match found {
                Found::Reply(id, reply) => (id, reply),
                Found::Read => continue,
                Found::Missing => {
                    let error = BatchError::MissingResponse {
                        id: index.to_string(),
                    };
                    first_error.get_or_insert_with(|| error.clone());
                    self.settle(index, Err(error));
                    continue;
                }
            };
            if let Some(sink) = sink.as_deref_mut() {
                if let Some((status, body)) = self.plain_final(&reply) {
                    sink(index, status, body.as_bytes());
                    self.settle_read(index, status.is_success());
                    continue;
                }
            }
            match answer_response(&id.0, reply.status, reply.headers, reply.body) {
                Ok(answer) if answer.status() == StatusCode::FAILED_DEPENDENCY => {
                    failed_dependencies.push((index, answer));
                }
                Ok(answer) => self.answer(index, answer, now),
                Err(error) => {
                    first_error.get_or_insert_with(|| error.clone());
                    self.settle(index, Err(error));
                }
            }
        }
        // A 424 because a dependency is being retried is sent again with it.
        for (index, answer) in failed_dependencies {
            let waiting = self.items.get(index).is_some_and(|item| {
                item.depends_on.iter().any(|&on| {
                    matches!(
                        self.items.get(on).map(|dep| &dep.state),
                        Some(State::Retry | State::Pending | State::Sent)
                    )
                })
            });
            if waiting {
                if let Some(item) = self.items.get_mut(index) {
                    item.state = State::Pending;
                }
            } else {
                self.answer(index, answer, now);
            }
        }
        first_error.map_or(Ok(()), Err)
    }

    /// Reads a `$batch` answer laid out as Graph lays it out in one pass,
    /// the bodies that `reader` reads where they lie read as they come:
    /// the answers found for `members` (in their order), and those read
    /// (`(index, status)`, their outputs written into `results` at their
    /// index). `None` when the answer has anything unusual (a duplicate
    /// member, an id with escapes, a missing id, JSON that is not valid,
    /// ...): [`parse_replies`] then reads it, and names the problem (the
    /// outputs already written are then overwritten or replaced).
    #[allow(clippy::type_complexity)]
    fn scan<'a, O>(
        &self,
        text: &'a str,
        members: &[usize],
        reader: &InStreamReader<O>,
        results: &mut [Result<O, Error>],
    ) -> Option<(Vec<Found<'a>>, Vec<(usize, StatusCode)>)> {
        let mut cursor = Cursor { text, at: 0 };
        let mut found: Vec<Found<'a>> = members.iter().map(|_| Found::Missing).collect();
        let mut read = Vec::with_capacity(members.len());
        let mut responses = false;
        cursor.eat(b'{')?;
        if cursor.peek()? != b'}' {
            loop {
                if cursor.key()? == "responses" {
                    // A second `responses` is an error the general parse names.
                    (!responses).then_some(())?;
                    responses = true;
                    cursor.eat(b'[')?;
                    if cursor.peek()? == b']' {
                        cursor.at += 1;
                    } else {
                        loop {
                            self.scan_answer(&mut cursor, members, reader, &mut found, &mut read, results)?;
                            if cursor.eat(b',').is_none() {
                                cursor.eat(b']')?;
                                break;
                            }
                        }
                    }
                } else {
                    cursor.value()?;
                }
                if cursor.eat(b',').is_none() {
                    break;
                }
            }
        }
        cursor.eat(b'}')?;
        (responses && cursor.peek().is_none()).then_some((found, read))
    }

    /// One member of `responses`, as [`scan`](Self::scan) reads it.
    fn scan_answer<'a, O>(
        &self,
        cursor: &mut Cursor<'a>,
        members: &[usize],
        reader: &InStreamReader<O>,
        found: &mut [Found<'a>],
        read: &mut Vec<(usize, StatusCode)>,
        results: &mut [Result<O, Error>],
    ) -> Option<()> {
        let mut id = None;
        let mut status = None;
        // The text of the headers, and whether they are plainly valid.
        let mut headers: Option<(&'a str, bool)> = None;
        // The text of the body, and what the reader read from it.
        let mut body: Option<(&'a str, Option<O>)> = None;
        cursor.eat(b'{')?;
        if cursor.peek()? != b'}' {
            loop {
                match cursor.key()? {
                    "id" if id.is_none() => {
                        let text = cursor.string()?;
                        id = (!text.escaped).then_some(text.text);
                        id?;
                    }
                    "status" if status.is_none() => status = Some(cursor.status()?),
                    "headers" if headers.is_none() => {
                        cursor.peek()?;
                        let start = cursor.at;
                        headers = match cursor.plain_headers() {
                            Some(()) => Some((cursor.text.get(start..cursor.at)?, true)),
                            None => {
                                cursor.at = start;
                                Some((cursor.value()?, false))
                            }
                        };
                    }
                    "body" if body.is_none() => {
                        let first = cursor.peek()?;
                        let start = cursor.at;
                        let readable = status
                            .and_then(|status| StatusCode::from_u16(status).ok())
                            .filter(|&status| self.final_as_is(status) && (reader.reads_body)(status))
                            .is_some()
                            && headers.is_none_or(|(_, plain)| plain)
                            && matches!(first, b'{' | b'[');
                        let value = match readable {
                            true => cursor.text.get(start..).and_then(reader.read_body),
                            false => None,
                        };
                        let text = match value {
                            Some((_, len)) => {
                                cursor.at = start + len;
                                cursor.text.get(start..cursor.at)?
                            }
                            None => cursor.value()?,
                        };
                        body = Some((text, value.map(|(value, _)| value)));
                    }
                    "id" | "status" | "headers" | "body" => return None,
                    _ => {
                        cursor.value()?;
                    }
                }
                if cursor.eat(b',').is_none() {
                    break;
                }
            }
        }
        cursor.eat(b'}')?;
        let id = id?;
        let slot =
            canonical_index(id).and_then(|index| members.iter().position(|&member| member == index))?;
        let index = *members.get(slot)?;
        let entry = found.get_mut(slot)?;
        if !matches!(entry, Found::Missing) {
            return None;
        }
        match body {
            // Read where it lay (so its status was there before it), and
            // its headers are plain wherever they were.
            Some((_, Some(value))) if headers.is_none_or(|(_, plain)| plain) => {
                let status = StatusCode::from_u16(status?).ok()?;
                *results.get_mut(index)? = Ok(value);
                read.push((index, status));
                *entry = Found::Read;
            }
            body => {
                let headers = match headers {
                    Some((text, _)) => serde_json::from_str::<Option<Headers<'a>>>(text).ok()?,
                    None => None,
                };
                *entry = Found::Reply(
                    Text(Cow::Borrowed(id)),
                    Reply {
                        id: None,
                        status,
                        headers,
                        body: body.map(|(text, _)| text),
                    },
                );
            }
        }
        Some(())
    }

    /// Whether an answer with `status` is final as it stands: not retried,
    /// not `424` (which may be sent again with its dependency).
    fn final_as_is(&self, status: StatusCode) -> bool {
        status != StatusCode::FAILED_DEPENDENCY && !self.policy.retries(status)
    }

    /// The status and body of an answer that is final as it stands and can
    /// be read where it lies: a valid status that the policy does not retry
    /// and that is not `424`, headers that are plainly valid, a body that is
    /// JSON (or absent: the empty text). `None` sends the answer the owned
    /// way, which also gives the exact error of anything unusual.
    fn plain_final<'a>(&self, reply: &Reply<'a>) -> Option<(StatusCode, &'a str)> {
        let status = StatusCode::from_u16(reply.status?).ok()?;
        if !self.final_as_is(status) {
            return None;
        }
        let mut json = true;
        for (Text(name), Text(value)) in reply.headers.iter().flat_map(|headers| &headers.0) {
            if !plain_header_name(name) || !value.bytes().all(|b| (0x20..0x7f).contains(&b) || b == b'\t') {
                return None;
            }
            if name.eq_ignore_ascii_case("content-type") {
                json = is_json_type(value);
            }
        }
        match reply.body {
            None | Some("null") => Some((status, "")),
            Some(text) if !json && text.starts_with('"') => None,
            Some(text) => Some((status, text)),
        }
    }

    fn settle_read(&mut self, index: usize, success: bool) {
        if let Some(item) = self.items.get_mut(index) {
            item.state = State::Read { success };
        }
    }

    /// Reports that the `$batch` request at `position` could not be sent:
    /// its requests get [`BatchError::Send`].
    ///
    /// ```
    /// use graph_core::{Batch, Endpoint};
    ///
    /// let mut batch = Batch::new(&Endpoint::default());
    /// batch.push(http::Request::get("https://graph.microsoft.com/v1.0/me").body(Vec::new()).unwrap());
    /// let _round = batch.next_round().unwrap();
    /// batch.fail(0, "connection reset");
    /// assert!(batch.next_round().is_none());
    /// assert_eq!(
    ///     batch.into_results()[0].as_ref().unwrap_err().to_string(),
    ///     "the batch request was not sent: connection reset",
    /// );
    /// ```
    pub fn fail(&mut self, position: usize, reason: impl fmt::Display) {
        let Some(members) = self.in_flight.get(position).cloned() else {
            return;
        };
        let error = BatchError::Send {
            reason: reason.to_string(),
        };
        for index in members {
            if matches!(self.items.get(index).map(|item| &item.state), Some(State::Sent)) {
                self.settle(index, Err(error.clone()));
            }
        }
    }

    /// Takes an answer: to be retried, or final.
    fn answer(&mut self, index: usize, response: http::Response<Vec<u8>>, now: SystemTime) {
        let Some(item) = self.items.get_mut(index) else {
            return;
        };
        let decision = self.policy.decide_at(
            &item.method,
            response.status(),
            response.headers(),
            &item.attempt,
            now,
        );
        match decision {
            RetryDecision::Wait(wait) => {
                item.state = State::Retry;
                self.wait = self.wait.max(wait);
            }
            RetryDecision::GiveUp(_) => item.state = State::Done(Box::new(Ok(response))),
        }
    }

    fn settle(&mut self, index: usize, result: BatchResult) {
        if let Some(item) = self.items.get_mut(index) {
            item.state = State::Done(Box::new(result));
        }
    }

    /// The answers, one per pushed request, in the order pushed. A request
    /// still waiting for an answer gets [`BatchError::NotSent`].
    ///
    /// ```
    /// use graph_core::{Batch, Endpoint};
    ///
    /// let mut batch = Batch::new(&Endpoint::default());
    /// batch.push(http::Request::get("https://graph.microsoft.com/v1.0/me").body(Vec::new()).unwrap());
    /// assert_eq!(
    ///     batch.into_results()[0].as_ref().unwrap_err().to_string(),
    ///     "request `0` was not answered before the run ended",
    /// );
    /// ```
    pub fn into_results(self) -> Vec<BatchResult> {
        self.items
            .into_iter()
            .enumerate()
            .map(|(index, item)| match item.state {
                State::Done(result) => *result,
                _ => Err(BatchError::NotSent {
                    id: index.to_string(),
                }),
            })
            .collect()
    }

    /// Sends every request through `fetch` (any HTTP client, sending one
    /// `$batch` request and returning its answer), round after round,
    /// sleeping the thread for each round's wait; returns the answers in
    /// the order pushed. Stops at the first error of `fetch`.
    ///
    /// See [`Batch`] for an example; [`run_with_sleep`](Self::run_with_sleep)
    /// takes the sleep function too.
    pub fn run<F, B, E>(self, fetch: F) -> Result<Vec<BatchResult>, E>
    where
        F: FnMut(http::Request<Vec<u8>>) -> Result<http::Response<B>, E>,
        B: AsRef<[u8]>,
    {
        self.run_with_sleep(fetch, std::thread::sleep)
    }

    /// [`run`](Self::run) with the function that waits.
    ///
    /// ```
    /// use graph_core::{Batch, Endpoint};
    /// use std::time::Duration;
    ///
    /// let mut batch = Batch::new(&Endpoint::default());
    /// batch.push(http::Request::get("https://graph.microsoft.com/v1.0/me").body(Vec::new()).unwrap());
    /// let mut sends = 0;
    /// let mut slept = Vec::new();
    /// let answers = batch
    ///     .run_with_sleep(
    ///         |_request| {
    ///             sends += 1;
    ///             let body = if sends == 1 {
    ///                 r#"{"responses":[{"id":"0","status":429,"headers":{"Retry-After":"2.128"}}]}"#
    ///             } else {
    ///                 r#"{"responses":[{"id":"0","status":200,"headers":{"Content-Type":"application/json"},"body":{"id":"u1"}}]}"#
    ///             };
    ///             Ok::<_, graph_core::Error>(http::Response::new(body))
    ///         },
    ///         |wait| slept.push(wait),
    ///     )
    ///     .unwrap();
    /// assert_eq!(slept, [Duration::from_millis(2128)]);
    /// assert_eq!(answers[0].as_ref().unwrap().body(), br#"{"id":"u1"}"#);
    /// ```
    pub fn run_with_sleep<F, S, B, E>(mut self, mut fetch: F, mut sleep: S) -> Result<Vec<BatchResult>, E>
    where
        F: FnMut(http::Request<Vec<u8>>) -> Result<http::Response<B>, E>,
        S: FnMut(Duration),
        B: AsRef<[u8]>,
    {
        while let Some(wait) = self.plan_round() {
            if !wait.is_zero() {
                sleep(wait);
            }
            for position in 0..self.in_flight.len() {
                let response = fetch(self.round_request(position))?;
                // Problems are recorded on the requests they touch.
                let _ = self.read(position, &response);
            }
        }
        Ok(self.into_results())
    }

    /// [`run_with_sleep`](Self::run_with_sleep) with async fetch and sleep
    /// functions, for any runtime (`tokio::time::sleep` for instance).
    ///
    /// ```
    /// use graph_core::{Batch, Endpoint};
    ///
    /// async fn example() {
    ///     let mut batch = Batch::new(&Endpoint::default());
    ///     batch.push(http::Request::get("https://graph.microsoft.com/v1.0/me").body(Vec::new()).unwrap());
    ///     let answers = batch
    ///         .run_async(
    ///             |_request| async {
    ///                 Ok::<_, graph_core::Error>(http::Response::new(r#"{"responses":[{"id":"0","status":204}]}"#))
    ///             },
    ///             |_wait| async {},
    ///         )
    ///         .await
    ///         .unwrap();
    ///     assert_eq!(answers[0].as_ref().unwrap().status(), 204);
    /// }
    /// ```
    pub async fn run_async<F, Fut, S, SFut, B, E>(
        mut self,
        mut fetch: F,
        mut sleep: S,
    ) -> Result<Vec<BatchResult>, E>
    where
        F: FnMut(http::Request<Vec<u8>>) -> Fut,
        Fut: Future<Output = Result<http::Response<B>, E>>,
        S: FnMut(Duration) -> SFut,
        SFut: Future<Output = ()>,
        B: AsRef<[u8]>,
    {
        while let Some(wait) = self.plan_round() {
            if !wait.is_zero() {
                sleep(wait).await;
            }
            for position in 0..self.in_flight.len() {
                let response = fetch(self.round_request(position)).await?;
                let _ = self.read(position, &response);
            }
        }
        Ok(self.into_results())
    }
}

/// Typed runs: each answer read into the caller's type as it comes out of
/// the `$batch` answer.
impl Batch {
    /// [`run`](Self::run), reading each answer with `read`
    /// ([`read_updated`](crate::read_updated),
    /// [`read_entity`](crate::read_entity), [`read_empty`](crate::read_empty),
    /// [`read_page`](crate::read_page), or any function of a status and a
    /// body): the results, one per pushed request in the order pushed, are
    /// what `read` made of each answer, or [`Error::Batch`] when a request
    /// got no answer of its own.
    ///
    /// A JSON body is read where it lies in the `$batch` answer, never
    /// copied into a response of its own (answers that are retried, `424`
    /// answers and base64 bodies are copied first, as [`run`](Self::run)
    /// does). `read` sees each final answer exactly once. With a reader
    /// that knows its type ([`ReadUpdated`](crate::ReadUpdated) for
    /// `read_updated`, ...), [`run_reader`](Self::run_reader) is faster
    /// still: it reads each body while the `$batch` answer is parsed.
    ///
    /// ```
    /// use graph_core::{read_updated, Batch, Endpoint, GraphEntity};
    ///
    /// #[derive(Debug, Default, PartialEq, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// pub struct ManagedDevice {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    ///     pub device_category_display_name: Option<String>,
    /// }
    ///
    /// let endpoint = Endpoint::default();
    /// let mut batch = Batch::new(&endpoint);
    /// for id in ["d1", "d2", "d3"] {
    ///     let patch = ManagedDevice::patch().device_category_display_name("Kiosk");
    ///     batch.push(endpoint.patch::<ManagedDevice>(&patch, &[id]).build().unwrap());
    /// }
    /// let answers = batch
    ///     .run_read(
    ///         |_request| {
    ///             // In any order; each body is read into a device where it lies.
    ///             let answer = r#"{"responses":[
    ///                 {"id":"2","status":204},
    ///                 {"id":"0","status":200,"headers":{"Content-Type":"application/json"},
    ///                  "body":{"id":"d1","deviceCategoryDisplayName":"Kiosk"}},
    ///                 {"id":"1","status":404,"headers":{"Content-Type":"application/json"},
    ///                  "body":{"error":{"code":"ResourceNotFound","message":"no such device"}}}
    ///             ]}"#;
    ///             Ok::<_, graph_core::Error>(http::Response::new(answer))
    ///         },
    ///         read_updated::<ManagedDevice>,
    ///     )
    ///     .unwrap();
    /// let first = answers[0].as_ref().unwrap().as_ref().unwrap();
    /// assert_eq!(first.device_category_display_name.as_deref(), Some("Kiosk"));
    /// assert_eq!(
    ///     answers[1].as_ref().unwrap_err().to_string(),
    ///     "graph service error 404 Not Found: ResourceNotFound: no such device",
    /// );
    /// assert_eq!(answers[2].as_ref().unwrap(), &None);
    /// ```
    pub fn run_read<T, R, F, B, E>(self, fetch: F, read: R) -> Result<Vec<Result<T, Error>>, E>
    where
        R: FnMut(StatusCode, &[u8]) -> Result<T, Error>,
        F: FnMut(http::Request<Vec<u8>>) -> Result<http::Response<B>, E>,
        B: AsRef<[u8]>,
    {
        self.run_read_with_sleep(fetch, read, std::thread::sleep)
    }

    /// [`run_read`](Self::run_read) with the function that waits.
    ///
    /// ```
    /// use graph_core::{read_entity, Batch, Endpoint};
    /// use std::time::Duration;
    ///
    /// let mut batch = Batch::new(&Endpoint::default());
    /// batch.push(http::Request::get("https://graph.microsoft.com/v1.0/me").body(Vec::new()).unwrap());
    /// let mut sends = 0;
    /// let mut slept = Vec::new();
    /// let answers = batch
    ///     .run_read_with_sleep(
    ///         |_request| {
    ///             sends += 1;
    ///             let body = if sends == 1 {
    ///                 r#"{"responses":[{"id":"0","status":429,"headers":{"Retry-After":"0.249"}}]}"#
    ///             } else {
    ///                 r#"{"responses":[{"id":"0","status":200,"headers":{"Content-Type":"application/json"},"body":{"id":"u1"}}]}"#
    ///             };
    ///             Ok::<_, graph_core::Error>(http::Response::new(body))
    ///         },
    ///         read_entity::<serde_json::Value>,
    ///         |wait| slept.push(wait),
    ///     )
    ///     .unwrap();
    /// assert_eq!(slept, [Duration::from_millis(249)]);
    /// assert_eq!(answers[0].as_ref().unwrap(), &serde_json::json!({"id": "u1"}));
    /// ```
    pub fn run_read_with_sleep<T, R, F, S, B, E>(
        self,
        fetch: F,
        read: R,
        sleep: S,
    ) -> Result<Vec<Result<T, Error>>, E>
    where
        R: FnMut(StatusCode, &[u8]) -> Result<T, Error>,
        F: FnMut(http::Request<Vec<u8>>) -> Result<http::Response<B>, E>,
        S: FnMut(Duration),
        B: AsRef<[u8]>,
    {
        self.run_reading(fetch, ByFunction(read), sleep)
    }

    /// [`run_read_with_sleep`](Self::run_read_with_sleep) with async fetch
    /// and sleep functions, for any runtime.
    ///
    /// ```
    /// use graph_core::{read_empty, Batch, Endpoint};
    ///
    /// async fn example() {
    ///     let mut batch = Batch::new(&Endpoint::default());
    ///     batch.push(http::Request::delete("https://graph.microsoft.com/v1.0/groups/g1").body(Vec::new()).unwrap());
    ///     let answers = batch
    ///         .run_read_async(
    ///             |_request| async {
    ///                 Ok::<_, graph_core::Error>(http::Response::new(r#"{"responses":[{"id":"0","status":204}]}"#))
    ///             },
    ///             read_empty,
    ///             |_wait| async {},
    ///         )
    ///         .await
    ///         .unwrap();
    ///     assert!(answers[0].is_ok());
    /// }
    /// ```
    pub async fn run_read_async<T, R, F, Fut, S, SFut, B, E>(
        self,
        fetch: F,
        read: R,
        sleep: S,
    ) -> Result<Vec<Result<T, Error>>, E>
    where
        R: FnMut(StatusCode, &[u8]) -> Result<T, Error>,
        F: FnMut(http::Request<Vec<u8>>) -> Fut,
        Fut: Future<Output = Result<http::Response<B>, E>>,
        S: FnMut(Duration) -> SFut,
        SFut: Future<Output = ()>,
        B: AsRef<[u8]>,
    {
        self.run_reading_async(fetch, ByFunction(read), sleep).await
    }

    /// [`run_read`](Self::run_read) with a [`ReadAnswer`] (such as
    /// [`ReadUpdated`](crate::ReadUpdated), [`ReadEntity`](crate::ReadEntity),
    /// [`ReadPage`](crate::ReadPage) or [`ReadEmpty`](crate::ReadEmpty))
    /// instead of a function: the fastest way to read a batch. Each JSON
    /// body that the reader reads for its status is deserialized into the
    /// reader's type while the `$batch` answer is parsed, without being
    /// scanned first. The results and their errors are exactly those of
    /// [`run_read`](Self::run_read) with the reader's function: an answer
    /// whose body comes before its status or headers, is base64, is to be
    /// retried, or does not fit the type, is read on its own afterwards
    /// (with [`ReadAnswer::read`], whose error positions are those within
    /// the answer's own body).
    ///
    /// ```
    /// use graph_core::{Batch, Endpoint, GraphEntity, ReadUpdated};
    ///
    /// #[derive(Debug, Default, PartialEq, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// pub struct ManagedDevice {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    ///     pub device_category_display_name: Option<String>,
    /// }
    ///
    /// let endpoint = Endpoint::default();
    /// let mut batch = Batch::new(&endpoint);
    /// for id in ["d1", "d2", "d3"] {
    ///     let patch = ManagedDevice::patch().device_category_display_name("Kiosk");
    ///     batch.push(endpoint.patch::<ManagedDevice>(&patch, &[id]).build().unwrap());
    /// }
    /// let answers = batch
    ///     .run_reader(
    ///         |_request| {
    ///             let answer = r#"{"responses":[
    ///                 {"id":"2","status":204},
    ///                 {"id":"0","status":200,"headers":{"Content-Type":"application/json"},
    ///                  "body":{"id":"d1","deviceCategoryDisplayName":"Kiosk"}},
    ///                 {"id":"1","status":200,"headers":{"Content-Type":"application/json"},
    ///                  "body":{"id":7}}
    ///             ]}"#;
    ///             Ok::<_, graph_core::Error>(http::Response::new(answer))
    ///         },
    ///         ReadUpdated::<ManagedDevice>::new(),
    ///     )
    ///     .unwrap();
    /// let first = answers[0].as_ref().unwrap().as_ref().unwrap();
    /// assert_eq!(first.device_category_display_name.as_deref(), Some("Kiosk"));
    /// assert_eq!(
    ///     answers[1].as_ref().unwrap_err().to_string(),
    ///     "cannot read the response body with status 200 OK: id: invalid type: integer `7`, expected a string at line 1 column 8",
    /// );
    /// assert_eq!(answers[2].as_ref().unwrap(), &None);
    /// ```
    pub fn run_reader<A, F, B, E>(self, fetch: F, reader: A) -> Result<Vec<Result<A::Output, Error>>, E>
    where
        A: ReadAnswer,
        F: FnMut(http::Request<Vec<u8>>) -> Result<http::Response<B>, E>,
        B: AsRef<[u8]>,
    {
        self.run_reader_with_sleep(fetch, reader, std::thread::sleep)
    }

    /// [`run_reader`](Self::run_reader) with the function that waits.
    ///
    /// ```
    /// use graph_core::{Batch, Endpoint, ReadEntity};
    /// use std::time::Duration;
    ///
    /// let mut batch = Batch::new(&Endpoint::default());
    /// batch.push(http::Request::get("https://graph.microsoft.com/v1.0/me").body(Vec::new()).unwrap());
    /// let mut sends = 0;
    /// let mut slept = Vec::new();
    /// let answers = batch
    ///     .run_reader_with_sleep(
    ///         |_request| {
    ///             sends += 1;
    ///             let body = if sends == 1 {
    ///                 r#"{"responses":[{"id":"0","status":429,"headers":{"Retry-After":"0.249"}}]}"#
    ///             } else {
    ///                 r#"{"responses":[{"id":"0","status":200,"headers":{"Content-Type":"application/json"},"body":{"id":"u1"}}]}"#
    ///             };
    ///             Ok::<_, graph_core::Error>(http::Response::new(body))
    ///         },
    ///         ReadEntity::<serde_json::Value>::new(),
    ///         |wait| slept.push(wait),
    ///     )
    ///     .unwrap();
    /// assert_eq!(slept, [Duration::from_millis(249)]);
    /// assert_eq!(answers[0].as_ref().unwrap(), &serde_json::json!({"id": "u1"}));
    /// ```
    pub fn run_reader_with_sleep<A, F, S, B, E>(
        self,
        fetch: F,
        _reader: A,
        sleep: S,
    ) -> Result<Vec<Result<A::Output, Error>>, E>
    where
        A: ReadAnswer,
        F: FnMut(http::Request<Vec<u8>>) -> Result<http::Response<B>, E>,
        S: FnMut(Duration),
        B: AsRef<[u8]>,
    {
        self.run_reading(fetch, ByType::<A>(PhantomData), sleep)
    }

    /// [`run_reader_with_sleep`](Self::run_reader_with_sleep) with async
    /// fetch and sleep functions, for any runtime.
    ///
    /// ```
    /// use graph_core::{Batch, Endpoint, ReadEmpty};
    ///
    /// async fn example() {
    ///     let mut batch = Batch::new(&Endpoint::default());
    ///     batch.push(http::Request::delete("https://graph.microsoft.com/v1.0/groups/g1").body(Vec::new()).unwrap());
    ///     let answers = batch
    ///         .run_reader_async(
    ///             |_request| async {
    ///                 Ok::<_, graph_core::Error>(http::Response::new(r#"{"responses":[{"id":"0","status":204}]}"#))
    ///             },
    ///             ReadEmpty,
    ///             |_wait| async {},
    ///         )
    ///         .await
    ///         .unwrap();
    ///     assert!(answers[0].is_ok());
    /// }
    /// ```
    pub async fn run_reader_async<A, F, Fut, S, SFut, B, E>(
        self,
        fetch: F,
        _reader: A,
        sleep: S,
    ) -> Result<Vec<Result<A::Output, Error>>, E>
    where
        A: ReadAnswer,
        F: FnMut(http::Request<Vec<u8>>) -> Fut,
        Fut: Future<Output = Result<http::Response<B>, E>>,
        S: FnMut(Duration) -> SFut,
        SFut: Future<Output = ()>,
        B: AsRef<[u8]>,
    {
        self.run_reading_async(fetch, ByType::<A>(PhantomData), sleep)
            .await
    }

    /// The typed run of [`run_read_with_sleep`](Self::run_read_with_sleep)
    /// and [`run_reader_with_sleep`](Self::run_reader_with_sleep).
    fn run_reading<G, F, S, B, E>(
        mut self,
        mut fetch: F,
        mut reading: G,
        mut sleep: S,
    ) -> Result<Vec<Result<G::Output, Error>>, E>
    where
        G: Reading,
        F: FnMut(http::Request<Vec<u8>>) -> Result<http::Response<B>, E>,
        S: FnMut(Duration),
        B: AsRef<[u8]>,
    {
        let mut results = self.unread_results();
        while let Some(wait) = self.plan_round() {
            if !wait.is_zero() {
                sleep(wait);
            }
            for position in 0..self.in_flight.len() {
                let response = fetch(self.round_request(position))?;
                self.read_typed(position, &response, &mut results, &mut reading);
            }
        }
        Ok(self.into_read_results(results, reading))
    }

    /// [`run_reading`](Self::run_reading) with async fetch and sleep
    /// functions.
    async fn run_reading_async<G, F, Fut, S, SFut, B, E>(
        mut self,
        mut fetch: F,
        mut reading: G,
        mut sleep: S,
    ) -> Result<Vec<Result<G::Output, Error>>, E>
    where
        G: Reading,
        F: FnMut(http::Request<Vec<u8>>) -> Fut,
        Fut: Future<Output = Result<http::Response<B>, E>>,
        S: FnMut(Duration) -> SFut,
        SFut: Future<Output = ()>,
        B: AsRef<[u8]>,
    {
        let mut results = self.unread_results();
        while let Some(wait) = self.plan_round() {
            if !wait.is_zero() {
                sleep(wait).await;
            }
            for position in 0..self.in_flight.len() {
                let response = fetch(self.round_request(position)).await?;
                self.read_typed(position, &response, &mut results, &mut reading);
            }
        }
        Ok(self.into_read_results(results, reading))
    }

    /// Reads the `$batch` answer at `position` in a typed run, in one pass
    /// ([`scan`](Self::scan)) when it is laid out as Graph lays it out: the
    /// answers read where they lie go into their slot of `results`, so
    /// do the other final answers that can be read from the text (through
    /// `reading`), and the rest are kept, as [`read`](Self::read) keeps
    /// them. Anything else is read as [`read`](Self::read) reads it.
    fn read_typed<G, B>(
        &mut self,
        position: usize,
        response: &http::Response<B>,
        results: &mut [Result<G::Output, Error>],
        reading: &mut G,
    ) where
        G: Reading,
        B: AsRef<[u8]>,
    {
        // A reader function reads no body where it lies: the general parse
        // serves it as well.
        let scanned = match (
            self.sent_members(position),
            batch_text(response),
            reading.in_stream(),
        ) {
            (Ok(members), Some(text), Some(reader)) => self
                .scan(text, &members, &reader, results)
                .map(|found| (members, found)),
            _ => None,
        };
        // Problems are recorded on the requests they touch.
        let _ = match scanned {
            Some((members, (found, read))) => {
                for (index, status) in read {
                    self.settle_read(index, status.is_success());
                }
                let mut sink = |index: usize, status: StatusCode, body: &[u8]| {
                    if let Some(slot) = results.get_mut(index) {
                        *slot = reading.read(status, body);
                    }
                };
                self.take_found(&members, found, Some(&mut sink))
            }
            None => {
                let mut sink = |index: usize, status: StatusCode, body: &[u8]| {
                    if let Some(slot) = results.get_mut(index) {
                        *slot = reading.read(status, body);
                    }
                };
                self.read_inner(position, response, Some(&mut sink))
            }
        };
        self.release_pages();
    }

    /// Gives back the pages of request JSON that only requests answered for
    /// good use: a long run holds the JSON of the requests still in play,
    /// not of every request, and what it gives back serves what comes next.
    fn release_pages(&mut self) {
        while self
            .items
            .get(self.finished)
            .is_some_and(|item| matches!(item.state, State::Read { .. } | State::Done(_)))
        {
            self.finished += 1;
        }
        // Requests not answered for good have their JSON in a page, which
        // comes after the pages of those before them.
        let keep_from = self
            .items
            .get(self.finished)
            .map_or(self.fragments.len(), |item| item.fragment.page as usize);
        for page in self
            .fragments
            .iter_mut()
            .take(keep_from)
            .skip(self.released_pages)
        {
            *page = Vec::new();
        }
        self.released_pages = self.released_pages.max(keep_from);
    }

    /// A result for each request before a typed run: an error that costs
    /// nothing to make, to be overwritten as answers are read, or replaced
    /// by [`into_read_results`](Self::into_read_results).
    fn unread_results<O>(&self) -> Vec<Result<O, Error>> {
        self.items
            .iter()
            .map(|_| Err(Error::Batch(BatchError::NotSent { id: String::new() })))
            .collect()
    }

    /// The results of a typed run: those read as they came (their items
    /// are [`State::Read`]) stay, the others are read now from their
    /// responses.
    fn into_read_results<G: Reading>(
        self,
        mut results: Vec<Result<G::Output, Error>>,
        mut reading: G,
    ) -> Vec<Result<G::Output, Error>> {
        for (index, (slot, item)) in results.iter_mut().zip(self.items).enumerate() {
            *slot = match item.state {
                State::Read { .. } => continue,
                State::Done(result) => match *result {
                    Ok(response) => reading.read(response.status(), response.body()),
                    Err(error) => Err(Error::Batch(error)),
                },
                _ => Err(Error::Batch(BatchError::NotSent {
                    id: index.to_string(),
                })),
            };
        }
        results
    }
}

/// The text of a `$batch` answer that [`Batch::scan`] may read: a `200 OK`
/// whose body looks like JSON and is UTF-8 (after any byte order mark).
fn batch_text<B: AsRef<[u8]>>(response: &http::Response<B>) -> Option<&str> {
    let body = response.body().as_ref();
    if response.status() != StatusCode::OK || !looks_like_json(body) {
        return None;
    }
    std::str::from_utf8(body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body)).ok()
}

/// `{"responses": [...]}`, borrowing what it can.
struct BatchBody<'a> {
    responses: Vec<Reply<'a>>,
}

/// One member of `responses`.
struct Reply<'a> {
    id: Option<Text<'a>>,
    status: Option<u16>,
    headers: Option<Headers<'a>>,
    /// The JSON text of the body.
    body: Option<&'a str>,
}

impl<'de> Deserialize<'de> for BatchBody<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<BatchBody<'de>, D::Error> {
        struct BodyVisitor;

        impl<'de> Visitor<'de> for BodyVisitor {
            type Value = BatchBody<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a batch response, an object with a `responses` array")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<BatchBody<'de>, A::Error> {
                let mut responses = None;
                while let Some(key) = map.next_key::<Text<'de>>()? {
                    if key.0 == "responses" {
                        if responses.is_some() {
                            return Err(de::Error::duplicate_field("responses"));
                        }
                        responses = Some(map.next_value()?);
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(BatchBody {
                    responses: responses.ok_or_else(|| de::Error::missing_field("responses"))?,
                })
            }
        }

        deserializer.deserialize_map(BodyVisitor)
    }
}

impl<'de> Deserialize<'de> for Reply<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Reply<'de>, D::Error> {
        struct ReplyVisitor;

        impl<'de> Visitor<'de> for ReplyVisitor {
            type Value = Reply<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an answer, an object with `id`, `status`, `headers` and `body`")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Reply<'de>, A::Error> {
                let mut answer = Reply {
                    id: None,
                    status: None,
                    headers: None,
                    body: None,
                };
                while let Some(key) = map.next_key::<Text<'de>>()? {
                    match key.0.as_ref() {
                        "id" => answer.id = map.next_value()?,
                        "status" => answer.status = Some(map.next_value()?),
                        "headers" => answer.headers = map.next_value()?,
                        "body" => answer.body = Some(map.next_value::<&RawValue>()?.get()),
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(answer)
            }
        }

        deserializer.deserialize_map(ReplyVisitor)
    }
}

/// A string, borrowed unless it has escapes.
struct Text<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text<'de>, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(text)))
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(text.to_owned())))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(text)))
            }
        }

        deserializer.deserialize_str(TextVisitor)
    }
}

/// The `headers` object of an answer, in order, borrowing what it can.
struct Headers<'a>(Vec<(Text<'a>, Text<'a>)>);

impl<'de> Deserialize<'de> for Headers<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Headers<'de>, D::Error> {
        struct HeadersVisitor;

        impl<'de> Visitor<'de> for HeadersVisitor {
            type Value = Headers<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of header names and values")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Headers<'de>, A::Error> {
                let mut headers = Vec::with_capacity(map.size_hint().unwrap_or(0).min(16));
                while let Some(entry) = map.next_entry()? {
                    headers.push(entry);
                }
                Ok(Headers(headers))
            }
        }

        deserializer.deserialize_map(HeadersVisitor)
    }
}

/// What was found in a `$batch` answer for one request of it.
enum Found<'a> {
    /// No answer.
    Missing,
    /// The answer, to take as [`Batch::read`] takes it.
    Reply(Text<'a>, Reply<'a>),
    /// The answer, read by a typed run's reader where it lay.
    Read,
}

/// How a typed run reads each final answer: a function of a status and a
/// body ([`ByFunction`]), or a [`ReadAnswer`] that can also read a body
/// where it lies ([`ByType`]).
trait Reading {
    type Output;

    /// Reads an answer from its status and body.
    fn read(&mut self, status: StatusCode, body: &[u8]) -> Result<Self::Output, Error>;

    /// How it reads bodies where they lie, if it does.
    fn in_stream(&self) -> Option<InStreamReader<Self::Output>>;
}

/// How a [`ReadAnswer`] reads bodies where they lie.
struct InStreamReader<O> {
    /// Whether a JSON object or array body of an answer with a status is
    /// read with `read_body`.
    reads_body: fn(StatusCode) -> bool,
    /// Reads the body at the start of a text: what it read, and the length
    /// of the body; `None` when that fails.
    read_body: fn(&str) -> Option<(O, usize)>,
}

/// A reader function of a typed run.
struct ByFunction<R>(R);

impl<T, R: FnMut(StatusCode, &[u8]) -> Result<T, Error>> Reading for ByFunction<R> {
    type Output = T;

    fn read(&mut self, status: StatusCode, body: &[u8]) -> Result<T, Error> {
        (self.0)(status, body)
    }

    fn in_stream(&self) -> Option<InStreamReader<T>> {
        None
    }
}

/// A [`ReadAnswer`] of a typed run.
struct ByType<A>(PhantomData<fn() -> A>);

impl<A: ReadAnswer> Reading for ByType<A> {
    type Output = A::Output;

    fn read(&mut self, status: StatusCode, body: &[u8]) -> Result<A::Output, Error> {
        A::read(status, body)
    }

    fn in_stream(&self) -> Option<InStreamReader<A::Output>> {
        Some(InStreamReader {
            reads_body: A::reads_body,
            read_body: read_in_stream::<A>,
        })
    }
}

/// Reads the body at the start of `text` with `A`: what it read, and the
/// length of the body.
fn read_in_stream<A: ReadAnswer>(text: &str) -> Option<(A::Output, usize)> {
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<InStream<A>>();
    let InStream(value) = values.next()?.ok()?;
    Some((value, values.byte_offset()))
}

/// A body read by a [`ReadAnswer`], as serde_json's stream of values
/// wants it: a type that is `Deserialize`.
struct InStream<A: ReadAnswer>(A::Output);

impl<'de, A: ReadAnswer> Deserialize<'de> for InStream<A> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<InStream<A>, D::Error> {
        A::read_body(deserializer).map(InStream)
    }
}

/// A string of a `$batch` answer as [`Cursor::string`] finds it.
struct Str<'a> {
    /// The text between the quotes, escapes as they are.
    text: &'a str,
    /// Whether it has escapes.
    escaped: bool,
    /// Whether every character it stands for is printable ASCII or a tab.
    printable: bool,
}

/// A position in the text of a `$batch` answer, for [`Batch::scan`]. Every
/// method gives `None` for what it does not expect.
struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    /// The next byte after whitespace, which is skipped.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(&byte) = bytes.get(self.at) {
            if !matches!(byte, b' ' | b'\n' | b'\r' | b'\t') {
                return Some(byte);
            }
            self.at += 1;
        }
        None
    }

    /// Steps over `byte`, the next after whitespace.
    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// A string, checked as JSON checks it.
    fn string(&mut self) -> Option<Str<'a>> {
        self.eat(b'"')?;
        let bytes = self.text.as_bytes();
        let start = self.at;
        let mut escaped = false;
        let mut printable = true;
        loop {
            // Plain bytes are skipped eight at a time.
            self.at = next_special(bytes, self.at)?;
            let byte = *bytes.get(self.at)?;
            self.at += 1;
            match byte {
                b'"' => break,
                b'\\' => {
                    escaped = true;
                    let escape = *bytes.get(self.at)?;
                    self.at += 1;
                    match escape {
                        b'"' | b'\\' | b'/' | b't' => {}
                        b'b' | b'f' | b'n' | b'r' => printable = false,
                        b'u' => {
                            let hex = self.text.get(self.at..self.at + 4)?;
                            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                                return None;
                            }
                            let code = u16::from_str_radix(hex, 16).ok()?;
                            printable &= code == 0x09 || (0x20..0x7f).contains(&code);
                            self.at += 4;
                        }
                        _ => return None,
                    }
                }
                0..=0x1f => return None,
                0x7f..=0xff => printable = false,
                _ => {}
            }
        }
        Some(Str {
            text: self.text.get(start..self.at - 1)?,
            escaped,
            printable,
        })
    }

    /// A member name without escapes, and its `:`.
    fn key(&mut self) -> Option<&'a str> {
        let key = self.string()?;
        self.eat(b':')?;
        (!key.escaped).then_some(key.text)
    }

    /// A status: an integer that fits `u16`, written as JSON writes it.
    fn status(&mut self) -> Option<u16> {
        self.peek()?;
        let bytes = self.text.as_bytes();
        let start = self.at;
        while bytes.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        let digits = self.text.get(start..self.at)?;
        if digits.is_empty() || digits.len() > 1 && digits.starts_with('0') {
            return None;
        }
        if matches!(bytes.get(self.at), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        digits.parse().ok()
    }

    /// An object of header names and values that `http` takes as they are,
    /// as [`Batch::plain_final`] checks them.
    fn plain_headers(&mut self) -> Option<()> {
        self.eat(b'{')?;
        if self.peek()? == b'}' {
            self.at += 1;
            return Some(());
        }
        loop {
            let name = self.string()?;
            if name.escaped || !plain_header_name(name.text) {
                return None;
            }
            self.eat(b':')?;
            if !self.string()?.printable {
                return None;
            }
            if self.eat(b',').is_none() {
                return self.eat(b'}');
            }
        }
    }

    /// Any JSON value, checked by serde_json: its text.
    fn value(&mut self) -> Option<&'a str> {
        self.peek()?;
        let start = self.at;
        let rest = self.text.get(start..)?;
        let mut values = serde_json::Deserializer::from_str(rest).into_iter::<IgnoredAny>();
        values.next()?.ok()?;
        self.at = start + values.byte_offset();
        rest.get(..values.byte_offset())
    }
}

/// The answers of a `$batch` body with their ids, in the order of
/// `members`: `None` for a request without an answer. Errors that make the
/// whole body untrustworthy are returned.
#[allow(clippy::type_complexity)]
fn parse_replies<'a>(
    status: StatusCode,
    body: &'a [u8],
    members: &[usize],
) -> Result<Vec<Option<(Text<'a>, Reply<'a>)>>, BatchError> {
    if !looks_like_json(body) {
        return Err(BatchError::NotJson {
            status,
            excerpt: excerpt(body),
        });
    }
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    // Checked once here, rather than string by string while parsing.
    let body = std::str::from_utf8(body).map_err(|error| BatchError::BadBody {
        reason: format!("not UTF-8: {error}"),
    })?;
    let parsed: BatchBody<'_> = serde_json::from_str(body).map_err(|error| BatchError::BadBody {
        reason: error.to_string(),
    })?;
    let mut replies: Vec<Option<(Text<'a>, Reply<'a>)>> = members.iter().map(|_| None).collect();
    for (position, mut reply) in parsed.responses.into_iter().enumerate() {
        let id = reply
            .id
            .take()
            .ok_or(BatchError::ResponseWithoutId { position })?;
        let slot = canonical_index(&id.0)
            .and_then(|index| members.iter().position(|&member| member == index))
            .and_then(|slot| replies.get_mut(slot))
            .ok_or_else(|| BatchError::UnknownId { id: id.0.to_string() })?;
        if slot.is_some() {
            return Err(BatchError::DuplicateId { id: id.0.to_string() });
        }
        *slot = Some((id, reply));
    }
    Ok(replies)
}

/// Whether `name` is a header name that `http` takes as it is: a token of
/// letters, digits and `!#$%&'*+-.^_`|~`.
fn plain_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| TOKEN.get(usize::from(b)) == Some(&true))
}

/// The bytes of a token (a header name), by value.
// Built at compile time: an index out of bounds would not compile.
#[allow(clippy::indexing_slicing)]
static TOKEN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric()
            || matches!(
                c,
                b'!' | b'#'
                    | b'$'
                    | b'%'
                    | b'&'
                    | b'\''
                    | b'*'
                    | b'+'
                    | b'-'
                    | b'.'
                    | b'^'
                    | b'_'
                    | b'`'
                    | b'|'
                    | b'~'
            );
        b += 1;
    }
    table
};

/// `"12"` as 12; anything else (`"012"`, `"+1"`, `"a"`) is no index.
fn canonical_index(id: &str) -> Option<usize> {
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) || (id.len() > 1 && id.starts_with('0')) {
        return None;
    }
    id.parse().ok()
}

/// One answer as the response it stands for.
fn answer_response(
    id: &str,
    status: Option<u16>,
    headers: Option<Headers<'_>>,
    body: Option<&str>,
) -> Result<http::Response<Vec<u8>>, BatchError> {
    let item_error = |reason: String| BatchError::ItemBody {
        id: id.to_owned(),
        reason,
    };
    let status = status.ok_or_else(|| item_error("it has no status".to_owned()))?;
    let status =
        StatusCode::from_u16(status).map_err(|_| item_error(format!("status {status} is not valid")))?;
    let headers = headers.map_or_else(Vec::new, |headers| headers.0);
    let mut map = HeaderMap::with_capacity(headers.len());
    let mut json = true;
    for (Text(name), Text(value)) in headers {
        let name = HeaderName::try_from(name.as_ref())
            .map_err(|_| item_error(format!("header name `{name}` is not valid")))?;
        let value = HeaderValue::try_from(value.as_ref())
            .map_err(|_| item_error(format!("the value of header `{name}` is not valid")))?;
        if name == CONTENT_TYPE {
            json = value.to_str().is_ok_and(is_json_type);
        }
        map.append(name, value);
    }
    let body = match body {
        None | Some("null") => Vec::new(),
        Some(text) if !json && text.starts_with('"') => {
            let encoded: Cow<'_, str> = serde_json::from_str(text)
                .map_err(|error| item_error(format!("body is not a string: {error}")))?;
            base64::engine::general_purpose::STANDARD
                .decode(encoded.as_bytes())
                .map_err(|error| item_error(format!("body is not base64: {error}")))?
        }
        Some(text) => text.as_bytes().to_vec(),
    };
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = map;
    Ok(response)
}

/// Writes the JSON of `request` after its `id`, `dependsOn` and `url` as
/// [`Batch::fragment`] describes it; its first `Authorization`, which is
/// left out.
fn write_fragment<'r>(
    out: &mut Vec<u8>,
    request: &'r http::Request<Vec<u8>>,
    url: &str,
) -> Result<Option<&'r HeaderValue>, String> {
    let body = request.body();
    let headers: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 6)
        .sum();
    out.reserve(48 + url.len() + headers + body.len() * 4 / 3);
    out.extend_from_slice(b"\"method\":");
    // A method and a header name are tokens: nothing to escape.
    out.push(b'"');
    out.extend_from_slice(request.method().as_str().as_bytes());
    out.push(b'"');
    out.extend_from_slice(b",\"url\":");
    push_json_string(out, url.as_bytes()).map_err(|error| error.to_string())?;
    out.extend_from_slice(b",\"headers\":{");
    let mut first = true;
    let mut json_body = false;
    let mut serialized = false;
    let mut content_type = false;
    let mut authorization = None;
    for (name, value) in request.headers() {
        if name == AUTHORIZATION {
            authorization.get_or_insert(value);
            continue;
        }
        if name == CONTENT_LENGTH || name == HOST {
            continue;
        }
        if name == CONTENT_TYPE {
            content_type = true;
            if is_serialized_json(value) {
                serialized = true;
                json_body = true;
            } else if std::str::from_utf8(value.as_bytes()).is_ok_and(is_json_type) {
                json_body = true;
            }
        }
        if !first {
            out.push(b',');
        }
        first = false;
        out.push(b'"');
        out.extend_from_slice(name.as_str().as_bytes());
        out.extend_from_slice(b"\":");
        push_json_string(out, value.as_bytes())
            .map_err(|_| format!("the value of header `{name}` is not UTF-8"))?;
    }
    out.push(b'}');
    if !body.is_empty() {
        if !content_type {
            return Err("it has a body but no Content-Type header, which $batch requires".to_owned());
        }
        out.extend_from_slice(b",\"body\":");
        // A body that `RequestBuilder` serialized is JSON.
        let json = match serialized {
            true => Some(body.as_slice()),
            false => std::str::from_utf8(body)
                .ok()
                .filter(|text| json_body && serde_json::from_str::<&RawValue>(text).is_ok())
                .map(|text| text.trim().as_bytes()),
        };
        match json {
            Some(json) => out.extend_from_slice(json),
            None => {
                out.push(b'"');
                out.extend_from_slice(base64::engine::general_purpose::STANDARD.encode(body).as_bytes());
                out.push(b'"');
            }
        }
    }
    out.push(b'}');
    Ok(authorization)
}

/// The answer of a request whose dependency `on` failed.
fn failed_dependency(index: usize, on: usize) -> http::Response<Vec<u8>> {
    let body = format!(
        r#"{{"error":{{"code":"FailedDependency","message":"request {index} was not sent: request {on}, which it depends on, failed"}}}}"#
    );
    let mut response = http::Response::new(body.into_bytes());
    *response.status_mut() = StatusCode::FAILED_DEPENDENCY;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// `application/json`, `application/json; charset=utf-8`, `text/json`, ...
fn is_json_type(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim();
    essence.eq_ignore_ascii_case("application/json")
        || essence.eq_ignore_ascii_case("text/json")
        || essence.len() > 5
            && essence
                .get(essence.len() - 5..)
                .is_some_and(|end| end.eq_ignore_ascii_case("+json"))
}

/// Writes `index` in decimal.
fn push_index(out: &mut Vec<u8>, index: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = index;
    loop {
        at -= 1;
        if let Some(digit) = digits.get_mut(at) {
            *digit = b'0' + (rest % 10) as u8;
        }
        rest /= 10;
        if rest == 0 || at == 0 {
            break;
        }
    }
    out.extend_from_slice(digits.get(at..).unwrap_or_default());
}

/// The bytes of `word` (eight bytes, the first in the low byte) that a
/// JSON string cannot hold as they are or that need a closer look: control
/// characters, `"`, `\\`, and `0x7f` and above. The high bit of each such
/// byte is set; a byte above the first one found may be marked wrongly
/// (borrows run upwards), the first one never is.
#[inline]
fn special_bytes(word: u64) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    const LOW: u64 = u64::from_ne_bytes([0x7f; 8]);
    const QUOTES: u64 = u64::from_ne_bytes([b'"'; 8]);
    const BACKSLASHES: u64 = u64::from_ne_bytes([b'\\'; 8]);
    const CONTROL: u64 = u64::from_ne_bytes([0x20; 8]);
    let quote = word ^ QUOTES;
    let backslash = word ^ BACKSLASHES;
    // A byte below 0x20 (or a zero byte after the xor with `"` or `\\`)
    // borrows into its high bit, which it does not have set; 0x7f and above
    // set theirs when one is added to their low seven bits.
    let below = (word.wrapping_sub(CONTROL) & !word)
        | (quote.wrapping_sub(ONES) & !quote)
        | (backslash.wrapping_sub(ONES) & !backslash);
    (below | ((word & LOW).wrapping_add(ONES) | word)) & HIGH
}

/// The position of the first byte at or after `from` that
/// [`special_bytes`] marks: eight bytes at a time, then one at a time.
#[inline]
fn next_special(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(word) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let special = special_bytes(u64::from_le_bytes(*word));
        if special != 0 {
            return Some(at + (special.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let tail = bytes.get(at..)?;
    tail.iter()
        .position(|&b| b < 0x20 || b == b'"' || b == b'\\' || b >= 0x7f)
        .map(|position| at + position)
}

/// Whether `bytes` holds a byte that [`special_bytes`] marks: every word
/// looked at, without a branch per word (most texts have none).
fn has_special(bytes: &[u8]) -> bool {
    let (words, tail) = bytes.as_chunks::<8>();
    let found = words
        .iter()
        .fold(0, |found, word| found | special_bytes(u64::from_le_bytes(*word)));
    found != 0
        || tail
            .iter()
            .any(|&b| b < 0x20 || b == b'"' || b == b'\\' || b >= 0x7f)
}

/// Writes `bytes` as a JSON string; they must be UTF-8. The runs between
/// the bytes that need a look are copied whole.
fn push_json_string(out: &mut Vec<u8>, bytes: &[u8]) -> Result<(), std::str::Utf8Error> {
    out.push(b'"');
    if !has_special(bytes) {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return Ok(());
    }
    let mut start = 0;
    let mut at = 0;
    let mut checked = false;
    while let Some(found) = next_special(bytes, at) {
        at = found + 1;
        let byte = bytes.get(found).copied().unwrap_or_default();
        let escape: &[u8] = match byte {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f => b"",
            _ => {
                // Not ASCII (or DEL): written as it is, once the whole text
                // is known to be UTF-8.
                if !checked && byte >= 0x80 {
                    std::str::from_utf8(bytes)?;
                    checked = true;
                }
                continue;
            }
        };
        out.extend_from_slice(bytes.get(start..found).unwrap_or_default());
        if escape.is_empty() {
            out.extend_from_slice(format!("\\u{byte:04x}").as_bytes());
        } else {
            out.extend_from_slice(escape);
        }
        start = at;
    }
    out.extend_from_slice(bytes.get(start..).unwrap_or_default());
    out.push(b'"');
    Ok(())
}

#[cfg(test)]
mod tests;
