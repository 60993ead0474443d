//! An async client for Microsoft Graph over graph-core's typed requests.
//!
//! graph-core builds requests and reads responses without any HTTP client;
//! this crate sends them with [reqwest] on tokio: a token from a
//! [`TokenSource`] on every request to the Graph host (never elsewhere),
//! `429`/`503`/`504` retried after their exact `Retry-After` (see
//! [`RetryPolicy`]), a limit on requests in flight, pages walked as a
//! [`Stream`](futures::Stream), many requests sent as JSON batches, and a
//! `tracing` span for each send.
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use graph_client::Client;
//! use graph_core::{Endpoint, GraphEntity};
//!
//! #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
//! #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
//! pub struct ManagedDevice {
//!     #[graph(key)]
//!     pub id: Option<String>,
//!     pub device_name: Option<String>,
//!     pub device_category_display_name: Option<String>,
//! }
//!
//! # async fn run() -> Result<(), graph_client::Error> {
//! let client = Client::new(Endpoint::default(), std::env::var("GRAPH_TOKEN").unwrap_or_default());
//! let devices: Vec<ManagedDevice> = client.list::<ManagedDevice>(&[]).try_collect().await?;
//! let renames = devices.iter().map(|device| {
//!     let patch = ManagedDevice::patch().device_name(format!("KIOSK-{}", device.id.as_deref().unwrap_or("")));
//!     client.endpoint().patch::<ManagedDevice>(&patch, &[device.id.as_deref().unwrap_or("")]).build()
//! });
//! for answer in client.batch(renames.collect::<Result<Vec<_>, _>>()?).await? {
//!     let answer = answer?;
//!     graph_core::read_empty(answer.status(), answer.body())?;
//! }
//! # Ok(())
//! # }
//! ```
//!
//! [reqwest]: https://docs.rs/reqwest

use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use futures::stream::{BoxStream, StreamExt};
use graph_core::batch::{BatchError, BatchResult};
use graph_core::retry::{Attempt, RetryDecision};
use graph_core::{
    read_empty, read_entity, read_updated, Batch, Creatable, Endpoint, GraphEntity, PageCursor, Patch,
    RequestBuilder, RetryPolicy,
};
use http::header::AUTHORIZATION;
use http::{HeaderMap, HeaderValue, Method, StatusCode};
use serde::de::DeserializeOwned;
use tokio::sync::Semaphore;
use tracing::field::Empty;
use tracing::Instrument;

pub use reqwest;

/// Any error a token source may return.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The future of a token.
pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<String, BoxError>> + Send + 'a>>;

/// Where access tokens come from. Asked before each send to the Graph host;
/// caching and refreshing are its business. After a `401`, the client asks
/// once more and sends again if the token changed.
///
/// Implemented for a fixed token (`String`, `&'static str`) and for any
/// closure returning a future of a token.
///
/// ```
/// use graph_client::{BoxError, Client, TokenSource};
/// use graph_core::Endpoint;
///
/// // A fixed token.
/// let _client = Client::new(Endpoint::default(), "eyJ0eXAi");
/// // A closure, such as one asking an identity library.
/// let _client = Client::new(Endpoint::default(), || async { Ok::<_, BoxError>("eyJ0eXAi".to_owned()) });
/// ```
pub trait TokenSource: Send + Sync {
    /// A token to send as `Authorization: Bearer {token}`.
    fn token(&self) -> TokenFuture<'_>;
}

impl TokenSource for String {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(std::future::ready(Ok(self.clone())))
    }
}

impl TokenSource for &'static str {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(std::future::ready(Ok((*self).to_owned())))
    }
}

impl<F, Fut, E> TokenSource for F
where
    F: Fn() -> Fut + Send + Sync,
    Fut: Future<Output = Result<String, E>> + Send + 'static,
    E: Into<BoxError>,
{
    fn token(&self) -> TokenFuture<'_> {
        let future = self();
        Box::pin(async move { future.await.map_err(Into::into) })
    }
}

/// What can go wrong sending a request and reading its answer.
///
/// ```
/// use graph_client::Error;
/// let error = Error::from(graph_core::Error::EmptyPatch);
/// assert_eq!(error.to_string(), "the patch changes nothing; skip the request or allow it with `allow_empty()`");
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Building the request or reading the answer failed, or the service
    /// answered with an error (see [`graph_core::Error`]).
    Graph(graph_core::Error),
    /// The request could not be sent, or its answer not received (no
    /// connection, a connection dropped), after as many attempts as the
    /// policy allows.
    Send {
        /// The method.
        method: Method,
        /// The URL.
        url: String,
        /// How many times it was tried.
        attempts: u32,
        /// What reqwest reported.
        source: reqwest::Error,
    },
    /// The token source failed.
    Token(BoxError),
    /// A request of a batch got no answer of its own (see [`BatchError`]).
    Batch(BatchError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Graph(error) => error.fmt(f),
            Error::Send {
                method,
                url,
                attempts,
                source,
            } => {
                let plural = if *attempts == 1 { "" } else { "s" };
                write!(
                    f,
                    "cannot send {method} {url} ({attempts} attempt{plural}): {source}"
                )?;
                // reqwest's own text stops at the outermost cause.
                let mut cause = std::error::Error::source(source);
                while let Some(error) = cause {
                    write!(f, ": {error}")?;
                    cause = error.source();
                }
                Ok(())
            }
            Error::Token(error) => write!(f, "cannot get an access token: {error}"),
            Error::Batch(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Graph(error) => Some(error),
            Error::Send { source, .. } => Some(source),
            Error::Token(error) => Some(&**error),
            Error::Batch(error) => Some(error),
        }
    }
}

impl From<graph_core::Error> for Error {
    fn from(error: graph_core::Error) -> Error {
        Error::Graph(error)
    }
}

impl From<http::Error> for Error {
    fn from(error: http::Error) -> Error {
        Error::Graph(graph_core::Error::Http(error))
    }
}

impl Error {
    /// The service's status, when the error came from an answer.
    ///
    /// ```
    /// use graph_client::Error;
    /// let error = Error::from(graph_core::Error::from_response(http::StatusCode::NOT_FOUND, b""));
    /// assert_eq!(error.status(), Some(http::StatusCode::NOT_FOUND));
    /// ```
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Graph(error) => error.status(),
            Error::Send { .. } | Error::Token(_) | Error::Batch(_) => None,
        }
    }
}

/// Sets up a [`Client`]: retry policy, requests in flight, the reqwest
/// client.
///
/// ```
/// use graph_client::Client;
/// use graph_core::{Endpoint, RetryPolicy};
///
/// let client = Client::builder(Endpoint::default(), "eyJ0eXAi")
///     .policy(RetryPolicy::new().max_attempts(3))
///     .concurrency(8)
///     .build();
/// assert_eq!(client.endpoint().base_url(), "https://graph.microsoft.com/v1.0");
/// ```
#[must_use = "a builder does nothing until `build` is called"]
pub struct ClientBuilder {
    endpoint: Endpoint,
    tokens: Box<dyn TokenSource>,
    policy: RetryPolicy,
    concurrency: usize,
    http: Option<reqwest::Client>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("endpoint", &self.endpoint)
            .field("policy", &self.policy)
            .field("concurrency", &self.concurrency)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// The retry policy (by default [`RetryPolicy::default`]).
    ///
    /// ```
    /// let client = graph_client::Client::builder(graph_core::Endpoint::default(), "t")
    ///     .policy(graph_core::RetryPolicy::never())
    ///     .build();
    /// # let _ = client;
    /// ```
    pub fn policy(mut self, policy: RetryPolicy) -> ClientBuilder {
        self.policy = policy;
        self
    }

    /// The most requests in flight at once (by default 4, at least 1). Each
    /// `$batch` counts as one.
    ///
    /// ```
    /// let client = graph_client::Client::builder(graph_core::Endpoint::default(), "t").concurrency(16).build();
    /// # let _ = client;
    /// ```
    pub fn concurrency(mut self, requests: usize) -> ClientBuilder {
        self.concurrency = requests.max(1);
        self
    }

    /// The reqwest client to send with (timeouts, proxy, user agent...).
    ///
    /// ```
    /// let http = graph_client::http_client_builder().pool_max_idle_per_host(8).build().unwrap();
    /// let client = graph_client::Client::builder(graph_core::Endpoint::default(), "t").http_client(http).build();
    /// # let _ = client;
    /// ```
    pub fn http_client(mut self, http: reqwest::Client) -> ClientBuilder {
        self.http = Some(http);
        self
    }

    /// The client.
    ///
    /// ```
    /// let client = graph_client::Client::builder(graph_core::Endpoint::default(), "t").build();
    /// # let _ = client;
    /// ```
    pub fn build(self) -> Client {
        let http = self.http.unwrap_or_else(default_http_client);
        let (scheme, authority) = origin_of(self.endpoint.base_url());
        Client {
            inner: Arc::new(Inner {
                http,
                scheme,
                authority,
                endpoint: self.endpoint,
                tokens: self.tokens,
                policy: self.policy,
                limit: Semaphore::new(self.concurrency),
            }),
        }
    }
}

/// reqwest's client with TLS by rustls on ring.
fn default_http_client() -> reqwest::Client {
    http_client_builder().build().unwrap_or_default()
}

/// A reqwest client builder set up as the client's own (TLS by rustls on
/// ring, installed as the process's default crypto provider unless one
/// is already; the `graph-client` user agent), to change before handing the
/// client to [`ClientBuilder::http_client`].
///
/// ```
/// let http = graph_client::http_client_builder().timeout(std::time::Duration::from_secs(30)).build().unwrap();
/// let client = graph_client::Client::builder(graph_core::Endpoint::default(), "t").http_client(http).build();
/// # let _ = client;
/// ```
pub fn http_client_builder() -> reqwest::ClientBuilder {
    // Fails only when a provider is installed already, which is as good.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().user_agent(concat!("graph-client/", env!("CARGO_PKG_VERSION")))
}

/// The scheme and authority of a URL, lowercased.
fn origin_of(url: &str) -> (String, String) {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    (scheme.to_ascii_lowercase(), authority.to_ascii_lowercase())
}

/// An async Microsoft Graph client: cheap to clone, shared by all clones.
///
/// Every method sends through the [`RetryPolicy`] and the limit of requests
/// in flight, with a `graph.request` tracing span for each send (method,
/// path template, attempt, status, request id).
///
/// ```
/// let client = graph_client::Client::new(graph_core::Endpoint::default(), "eyJ0eXAi");
/// assert_eq!(client.endpoint().base_url(), "https://graph.microsoft.com/v1.0");
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    endpoint: Endpoint,
    scheme: String,
    authority: String,
    tokens: Box<dyn TokenSource>,
    policy: RetryPolicy,
    limit: Semaphore,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.inner.endpoint)
            .field("policy", &self.inner.policy)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client of `endpoint` with tokens from `tokens`, the default retry
    /// policy and at most 4 requests in flight.
    ///
    /// ```
    /// let client = graph_client::Client::new(graph_core::Endpoint::default(), String::from("eyJ0eXAi"));
    /// # let _ = client;
    /// ```
    pub fn new(endpoint: Endpoint, tokens: impl TokenSource + 'static) -> Client {
        Client::builder(endpoint, tokens).build()
    }

    /// A [`ClientBuilder`] for other settings.
    ///
    /// ```
    /// let client = graph_client::Client::builder(graph_core::Endpoint::default(), "t").concurrency(2).build();
    /// # let _ = client;
    /// ```
    pub fn builder(endpoint: Endpoint, tokens: impl TokenSource + 'static) -> ClientBuilder {
        ClientBuilder {
            endpoint,
            tokens: Box::new(tokens),
            policy: RetryPolicy::default(),
            concurrency: 4,
            http: None,
        }
    }

    /// The endpoint, to build requests for [`send`](Self::send) and
    /// [`batch`](Self::batch).
    ///
    /// ```
    /// let client = graph_client::Client::new(graph_core::Endpoint::default(), "t");
    /// assert_eq!(client.endpoint().url("/me"), "https://graph.microsoft.com/v1.0/me");
    /// ```
    pub fn endpoint(&self) -> &Endpoint {
        &self.inner.endpoint
    }

    /// Gets one entity by the ids that fill its path (see
    /// [`Endpoint::get`]).
    ///
    /// ```no_run
    /// # use graph_core::GraphEntity;
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String>, pub device_name: Option<String> }
    /// # async fn run(client: graph_client::Client) -> Result<(), graph_client::Error> {
    /// let device: ManagedDevice = client.get(&["0f3b1a2c"]).await?;
    /// # Ok(()) }
    /// ```
    pub async fn get<T: GraphEntity>(&self, ids: &[&str]) -> Result<T, Error> {
        let response = self.send_typed::<T>(self.endpoint().get::<T>(ids)).await?;
        Ok(read_entity(response.status(), response.body())?)
    }

    /// Gets one entity with a request built with options (a path, a query,
    /// headers): `client.get_with(client.endpoint().get::<T>(ids).select_all())`.
    ///
    /// ```no_run
    /// # use graph_core::GraphEntity;
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String> }
    /// # async fn run(client: graph_client::Client) -> Result<(), graph_client::Error> {
    /// let device: ManagedDevice = client.get_with(client.endpoint().get::<ManagedDevice>(&["d1"]).select_all()).await?;
    /// # Ok(()) }
    /// ```
    pub async fn get_with<T: DeserializeOwned>(&self, builder: RequestBuilder) -> Result<T, Error> {
        let response = self.send(builder.build()?).await?;
        Ok(read_entity(response.status(), response.body())?)
    }

    /// Every entity of a collection (see [`Endpoint::list`]), page after
    /// page through `@odata.nextLink`, as a stream. The stream ends after
    /// the first error.
    ///
    /// ```no_run
    /// # use graph_core::GraphEntity;
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String> }
    /// use futures::TryStreamExt;
    /// # async fn run(client: graph_client::Client) -> Result<(), graph_client::Error> {
    /// let mut devices = client.list::<ManagedDevice>(&[]);
    /// while let Some(device) = devices.try_next().await? {
    ///     println!("{:?}", device.id);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list<T>(&self, parents: &[&str]) -> BoxStream<'static, Result<T, Error>>
    where
        T: GraphEntity + Send + 'static,
    {
        self.list_with(self.endpoint().list::<T>(parents))
    }

    /// [`list`](Self::list) with a request built with options, such as a
    /// `$filter`: `client.list_with(client.endpoint().list::<T>(&[]).query(query))`.
    ///
    /// ```no_run
    /// # use graph_core::{GraphEntity, Query};
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String> }
    /// use futures::TryStreamExt;
    /// # async fn run(client: graph_client::Client) -> Result<(), graph_client::Error> {
    /// let query = Query::new().filter("operatingSystem eq 'Windows'").top(999);
    /// let devices: Vec<ManagedDevice> =
    ///     client.list_with(client.endpoint().list::<ManagedDevice>(&[]).query(query)).try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_with<T>(&self, builder: RequestBuilder) -> BoxStream<'static, Result<T, Error>>
    where
        T: DeserializeOwned + Send + 'static,
    {
        let state = match builder.build() {
            Ok(first) => ListState {
                client: self.clone(),
                cursor: Some(PageCursor::new(first)),
                buffer: VecDeque::new(),
                error: None,
            },
            Err(error) => ListState {
                client: self.clone(),
                cursor: None,
                buffer: VecDeque::new(),
                error: Some(error.into()),
            },
        };
        futures::stream::unfold(Some(state), |state| async move {
            let mut state = state?;
            loop {
                if let Some(item) = state.buffer.pop_front() {
                    return Some((Ok(item), Some(state)));
                }
                if let Some(error) = state.error.take() {
                    return Some((Err(error), None));
                }
                let cursor = state.cursor.as_mut()?;
                let request = cursor.next_request()?;
                let page = match state.client.send(request).await {
                    Ok(response) => cursor
                        .read::<T>(response.status(), response.body())
                        .map_err(Error::from),
                    Err(error) => Err(error),
                };
                match page {
                    Ok(page) => state.buffer.extend(page.value),
                    Err(error) => return Some((Err(error), None)),
                }
            }
        })
        .boxed()
    }

    /// Creates an entity (see [`Endpoint::create`]) and returns it as the
    /// service answered (`201 Created`).
    ///
    /// ```no_run
    /// # use graph_core::GraphEntity;
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
    /// # pub struct DeviceCategory { #[graph(key)] pub id: Option<String>, pub display_name: Option<String> }
    /// # async fn run(client: graph_client::Client) -> Result<(), graph_client::Error> {
    /// let kiosks = DeviceCategory { display_name: Some("Kiosks".into()), ..Default::default() };
    /// let created = client.create(&kiosks, &[]).await?;
    /// println!("{:?}", created.id);
    /// # Ok(()) }
    /// ```
    pub async fn create<T: Creatable>(&self, entity: &T, parents: &[&str]) -> Result<T, Error> {
        let response = self
            .send_typed::<T>(self.endpoint().create(entity, parents))
            .await?;
        Ok(read_entity(response.status(), response.body())?)
    }

    /// Updates an entity with every writable property it has set (see
    /// [`Endpoint::update`]), with `If-Match` when it carries an etag; `Some`
    /// entity when the service sends it back, `None` for `204 No Content`.
    ///
    /// ```no_run
    /// # use graph_core::GraphEntity;
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
    /// # pub struct DeviceCategory { #[graph(key)] pub id: Option<String>, pub display_name: Option<String> }
    /// # async fn run(client: graph_client::Client) -> Result<(), graph_client::Error> {
    /// let kiosks = DeviceCategory { id: Some("c1".into()), display_name: Some("Kiosks".into()) };
    /// client.update(&kiosks, &[]).await?;
    /// # Ok(()) }
    /// ```
    pub async fn update<T: GraphEntity>(&self, entity: &T, parents: &[&str]) -> Result<Option<T>, Error> {
        let mut builder = self.endpoint().update(entity, parents);
        if entity.etag().is_some() {
            builder = builder.if_match_etag();
        }
        let response = self.send_typed::<T>(builder).await?;
        Ok(read_updated(response.status(), response.body())?)
    }

    /// Sends a patch (see [`Endpoint::patch`]) to the entity the ids name,
    /// with `If-Match` when the patch carries an etag.
    ///
    /// ```no_run
    /// # use graph_core::GraphEntity;
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String>, pub notes: Option<String> }
    /// # async fn run(client: graph_client::Client) -> Result<(), graph_client::Error> {
    /// let patch = ManagedDevice::patch().notes("front desk");
    /// client.patch::<ManagedDevice>(&patch, &["d1"]).await?;
    /// # Ok(()) }
    /// ```
    pub async fn patch<T: GraphEntity>(&self, patch: &impl Patch, ids: &[&str]) -> Result<Option<T>, Error> {
        let response = self
            .send_typed::<T>(self.endpoint().patch::<T>(patch, ids))
            .await?;
        Ok(read_updated(response.status(), response.body())?)
    }

    /// Deletes the entity the ids name (see [`Endpoint::delete`]).
    ///
    /// ```no_run
    /// # use graph_core::GraphEntity;
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
    /// # pub struct DeviceCategory { #[graph(key)] pub id: Option<String> }
    /// # async fn run(client: graph_client::Client) -> Result<(), graph_client::Error> {
    /// client.delete::<DeviceCategory>(&["c1"]).await?;
    /// # Ok(()) }
    /// ```
    pub async fn delete<T: GraphEntity>(&self, ids: &[&str]) -> Result<(), Error> {
        let response = self.send_typed::<T>(self.endpoint().delete::<T>(ids)).await?;
        Ok(read_empty(response.status(), response.body())?)
    }

    /// Sends many requests as JSON batches (see [`Batch`]): at most 20 per
    /// `$batch`, throttled ones sent again after the largest `Retry-After`;
    /// one answer per request, in the order given. Read each with
    /// graph-core's readers (`read_entity`, `read_updated`, ...).
    ///
    /// ```no_run
    /// # use graph_core::GraphEntity;
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String>, pub notes: Option<String> }
    /// # async fn run(client: graph_client::Client, ids: Vec<String>) -> Result<(), Box<dyn std::error::Error>> {
    /// let patch = ManagedDevice::patch().notes("front desk");
    /// let requests = ids
    ///     .iter()
    ///     .map(|id| client.endpoint().patch::<ManagedDevice>(&patch, &[id]).build())
    ///     .collect::<Result<Vec<_>, _>>()?;
    /// for answer in client.batch(requests).await? {
    ///     let answer = answer?;
    ///     graph_core::read_updated::<ManagedDevice>(answer.status(), answer.body())?;
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn batch(
        &self,
        requests: impl IntoIterator<Item = http::Request<Vec<u8>>>,
    ) -> Result<Vec<BatchResult>, Error> {
        let mut batch = Batch::new(self.endpoint());
        for request in requests {
            batch.push(request);
        }
        self.run_batch(batch).await
    }

    /// Runs a [`Batch`] built by hand (with `dependsOn`, say). The client's
    /// retry policy replaces the batch's.
    ///
    /// ```no_run
    /// # async fn run(client: graph_client::Client) -> Result<(), graph_client::Error> {
    /// let mut batch = graph_core::Batch::new(client.endpoint());
    /// let first = batch.push(http::Request::get(client.endpoint().url("/me")).body(Vec::new())?);
    /// batch.push_after(http::Request::get(client.endpoint().url("/me/memberOf")).body(Vec::new())?, &[first]);
    /// let answers = client.run_batch(batch).await?;
    /// # Ok(()) }
    /// ```
    pub async fn run_batch(&self, batch: Batch) -> Result<Vec<BatchResult>, Error> {
        let mut batch = batch.policy(self.inner.policy.clone());
        while let Some(round) = batch.next_round() {
            if !round.wait.is_zero() {
                tracing::debug!(
                    wait_ms = round.wait.as_millis() as u64,
                    "waiting before the next batch round"
                );
                tokio::time::sleep(round.wait).await;
            }
            let sends = round
                .requests
                .into_iter()
                .map(|request| self.send_as(request, "/$batch", Statuses::Never));
            let answers = futures::future::join_all(sends).await;
            for (position, answer) in answers.into_iter().enumerate() {
                match answer {
                    Ok(response) => {
                        if let Err(error) = batch.read(position, &response) {
                            tracing::warn!(%error, "a batch response could not be read whole");
                        }
                    }
                    Err(Error::Token(error)) => return Err(Error::Token(error)),
                    Err(error) => batch.fail(position, error),
                }
            }
        }
        Ok(batch.into_results())
    }

    /// Sends any request (built by [`Endpoint`] or by hand) through the
    /// policy and the limit, with a token when it goes to the Graph host,
    /// and returns the answer whatever its status, for graph-core's readers.
    ///
    /// ```no_run
    /// # async fn run(client: graph_client::Client) -> Result<(), graph_client::Error> {
    /// let request = http::Request::get(client.endpoint().url("/deviceManagement/managedDevices/$count"))
    ///     .header("ConsistencyLevel", "eventual")
    ///     .body(Vec::new())?;
    /// let response = client.send(request).await?;
    /// println!("{}", String::from_utf8_lossy(response.body()));
    /// # Ok(()) }
    /// ```
    pub async fn send(&self, request: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, Error> {
        let template = self.template_of(request.uri());
        self.send_as(request, &template, Statuses::Policy).await
    }

    /// Sends a request for `T`, its first path template naming it in spans.
    async fn send_typed<T: GraphEntity>(
        &self,
        builder: RequestBuilder,
    ) -> Result<http::Response<Vec<u8>>, Error> {
        let request = builder.build()?;
        match T::PATHS.first() {
            Some(template) => self.send_as(request, template.as_str(), Statuses::Policy).await,
            None => self.send(request).await,
        }
    }

    /// The path of `uri` below the version root, for spans.
    fn template_of(&self, uri: &http::Uri) -> String {
        let root = self.endpoint().base_url();
        let root_path = root
            .split_once("://")
            .map_or("", |(_, rest)| rest.find('/').map_or("", |at| &rest[at..]));
        let path = uri.path();
        path.strip_prefix(root_path).unwrap_or(path).to_owned()
    }

    /// Whether a request goes to the Graph host, and so gets a token.
    fn is_graph_host(&self, uri: &http::Uri) -> bool {
        match (uri.scheme_str(), uri.authority()) {
            (Some(scheme), Some(authority)) => {
                scheme.eq_ignore_ascii_case(&self.inner.scheme)
                    && authority.as_str().eq_ignore_ascii_case(&self.inner.authority)
            }
            _ => false,
        }
    }

    /// Sends `request` until the policy gives up; with `Statuses::Never`,
    /// only failed sends and expired tokens are retried.
    async fn send_as(
        &self,
        request: http::Request<Vec<u8>>,
        template: &str,
        statuses: Statuses,
    ) -> Result<http::Response<Vec<u8>>, Error> {
        let (parts, body) = request.into_parts();
        let url = parts.uri.to_string();
        let with_token = self.is_graph_host(&parts.uri);
        let mut headers = parts.headers;
        if !with_token {
            headers.remove(AUTHORIZATION);
        }
        let mut attempt = Attempt::first();
        let mut last_token: Option<String> = None;
        let mut fresh_token: Option<String> = None;
        let mut refreshed = false;
        loop {
            if with_token {
                let token = match fresh_token.take() {
                    Some(token) => token,
                    None => self.inner.tokens.token().await.map_err(Error::Token)?,
                };
                let mut value =
                    HeaderValue::try_from(format!("Bearer {token}")).map_err(http::Error::from)?;
                value.set_sensitive(true);
                headers.insert(AUTHORIZATION, value);
                last_token = Some(token);
            }
            let span = tracing::info_span!(
                "graph.request",
                method = %parts.method,
                path = template,
                attempt = attempt.number(),
                status = Empty,
                request_id = Empty,
            );
            let sent = self
                .send_once(&parts.method, &url, &headers, &body)
                .instrument(span.clone())
                .await;
            let decision = match &sent {
                Ok(response) => {
                    span.record("status", response.status().as_u16());
                    if let Some(id) = response.headers().get("request-id").and_then(|v| v.to_str().ok()) {
                        span.record("request_id", id);
                    }
                    if response.status() == StatusCode::UNAUTHORIZED && with_token && !refreshed {
                        refreshed = true;
                        let token = self.inner.tokens.token().await.map_err(Error::Token)?;
                        if last_token.as_deref() != Some(token.as_str()) {
                            span.in_scope(|| tracing::debug!("token refused; sending again with a new one"));
                            fresh_token = Some(token);
                            attempt = attempt.next(Duration::ZERO);
                            continue;
                        }
                    }
                    match statuses {
                        Statuses::Policy => {
                            self.decide(&parts.method, response.status(), response.headers(), &attempt)
                        }
                        Statuses::Never => RetryDecision::GiveUp(graph_core::retry::GiveUp::Status),
                    }
                }
                // A failed send is retried like a 503 without Retry-After:
                // backoff, and never for a POST unless the policy allows it.
                Err(_) => self.decide(
                    &parts.method,
                    StatusCode::SERVICE_UNAVAILABLE,
                    &HeaderMap::new(),
                    &attempt,
                ),
            };
            match decision {
                RetryDecision::Wait(wait) => {
                    span.in_scope(|| tracing::debug!(wait_ms = wait.as_millis() as u64, "retrying"));
                    tokio::time::sleep(wait).await;
                    attempt = attempt.next(wait);
                }
                RetryDecision::GiveUp(_) => {
                    return sent.map_err(|source| Error::Send {
                        method: parts.method.clone(),
                        url: url.clone(),
                        attempts: attempt.number(),
                        source,
                    });
                }
            }
        }
    }

    fn decide(
        &self,
        method: &Method,
        status: StatusCode,
        headers: &HeaderMap,
        attempt: &Attempt,
    ) -> RetryDecision {
        self.inner
            .policy
            .decide_at(method, status, headers, attempt, SystemTime::now())
    }

    /// One send, within the limit of requests in flight.
    async fn send_once(
        &self,
        method: &Method,
        url: &str,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<http::Response<Vec<u8>>, reqwest::Error> {
        let _permit = self.inner.limit.acquire().await;
        let mut request = self
            .inner
            .http
            .request(method.clone(), url)
            .headers(headers.clone());
        if !body.is_empty() {
            request = request.body(body.to_vec());
        }
        let mut response = request.send().await?;
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let body = response.bytes().await?;
        let mut answer = http::Response::new(Vec::from(body));
        *answer.status_mut() = status;
        *answer.headers_mut() = headers;
        Ok(answer)
    }
}

/// Which answers the send loop retries.
#[derive(Clone, Copy)]
enum Statuses {
    /// Those of the policy.
    Policy,
    /// None (a `$batch`, whose items the batch retries itself).
    Never,
}

/// A walk through a collection.
struct ListState<T> {
    client: Client,
    cursor: Option<PageCursor>,
    buffer: VecDeque<T>,
    error: Option<Error>,
}

impl From<BatchError> for Error {
    fn from(error: BatchError) -> Error {
        Error::Batch(error)
    }
}
