//! Reading responses: one entity, an empty answer, pages of a collection,
//! and the walk from page to page through `@odata.nextLink`.

use crate::__private::{prefix_error, IndexedSeed};
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;

use http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, IF_MATCH};
use http::{HeaderMap, Method, StatusCode};
use serde::de::{self, DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{excerpt, looks_like_json, Error};

/// A response as a fetch function hands it back: a status and a body.
///
/// Implemented for `(StatusCode, body)` pairs and for `http::Response`, with
/// any body that is bytes (`Vec<u8>`, `&[u8]`, `bytes::Bytes`, `String`).
///
/// ```
/// use graph_core::RawResponse;
/// use http::StatusCode;
///
/// let pair = (StatusCode::OK, b"{}".to_vec());
/// assert_eq!(pair.status(), StatusCode::OK);
/// let response = http::Response::builder().status(204).body(Vec::new()).unwrap();
/// assert_eq!(response.status(), StatusCode::NO_CONTENT);
/// assert!(RawResponse::body(&response).is_empty());
/// ```
pub trait RawResponse {
    /// The status code.
    fn status(&self) -> StatusCode;
    /// The body bytes.
    fn body(&self) -> &[u8];
}

impl<B: AsRef<[u8]>> RawResponse for (StatusCode, B) {
    fn status(&self) -> StatusCode {
        self.0
    }

    fn body(&self) -> &[u8] {
        self.1.as_ref()
    }
}

impl<B: AsRef<[u8]>> RawResponse for http::Response<B> {
    fn status(&self) -> StatusCode {
        http::Response::status(self)
    }

    fn body(&self) -> &[u8] {
        http::Response::body(self).as_ref()
    }
}

/// Reads the answer to a get (`200 OK`) or a create (`201 Created`): the
/// entity in the body.
///
/// Any other success status is [`Error::UnexpectedStatus`]; a failure status
/// gives the service's error ([`Error::from_response`]); a body that is not
/// JSON is [`Error::NotJson`]; JSON that does not fit `T` is
/// [`Error::ReadBody`].
///
/// ```
/// use graph_core::{read_entity, Error, GraphEntity};
/// use http::StatusCode;
///
/// #[derive(Debug, Default, PartialEq, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
/// pub struct DeviceCategory {
///     #[graph(key)]
///     pub id: Option<String>,
///     pub display_name: Option<String>,
/// }
///
/// let body = br##"{"@odata.type":"#microsoft.graph.deviceCategory","id":"c1","displayName":"Phones"}"##;
/// let category: DeviceCategory = read_entity(StatusCode::CREATED, body).unwrap();
/// assert_eq!(category.display_name.as_deref(), Some("Phones"));
///
/// let error = read_entity::<DeviceCategory>(StatusCode::NO_CONTENT, b"").unwrap_err();
/// assert_eq!(error.to_string(), "unexpected response status 204 No Content, expected 200 OK or 201 Created");
/// ```
pub fn read_entity<T: DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<T, Error> {
    expect(
        status,
        body,
        &[StatusCode::OK, StatusCode::CREATED],
        "200 OK or 201 Created",
    )?;
    read_json(status, body)
}

/// Reads the answer to an update: `Some` entity when the service sends it
/// back (`200 OK` with a body), `None` for `204 No Content` (or a `200`
/// with an empty body).
///
/// ```
/// use graph_core::{read_updated, GraphEntity};
/// use http::StatusCode;
///
/// #[derive(Debug, Default, PartialEq, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
/// pub struct DeviceCategory {
///     #[graph(key)]
///     pub id: Option<String>,
/// }
///
/// assert_eq!(read_updated::<DeviceCategory>(StatusCode::NO_CONTENT, b"").unwrap(), None);
/// let updated = read_updated::<DeviceCategory>(StatusCode::OK, br#"{"id":"c1"}"#).unwrap();
/// assert_eq!(updated, Some(DeviceCategory { id: Some("c1".into()) }));
/// ```
pub fn read_updated<T: DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<Option<T>, Error> {
    expect(
        status,
        body,
        &[StatusCode::OK, StatusCode::NO_CONTENT],
        "200 OK or 204 No Content",
    )?;
    if status == StatusCode::NO_CONTENT || body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    read_json(status, body).map(Some)
}

/// Reads an answer whose body does not matter, such as that of a delete
/// (`204 No Content`): any success status is fine.
///
/// ```
/// use graph_core::read_empty;
/// use http::StatusCode;
///
/// assert!(read_empty(StatusCode::NO_CONTENT, b"").is_ok());
/// let error = read_empty(StatusCode::NOT_FOUND, br#"{"error":{"code":"NotFound","message":"gone"}}"#).unwrap_err();
/// assert_eq!(error.to_string(), "graph service error 404 Not Found: NotFound: gone");
/// ```
pub fn read_empty(status: StatusCode, body: &[u8]) -> Result<(), Error> {
    if status.is_success() {
        Ok(())
    } else {
        Err(Error::from_response(status, body))
    }
}

/// Reads one page of a collection (`200 OK`).
///
/// ```
/// use graph_core::{read_page, Page};
/// use http::StatusCode;
///
/// let body = br#"{"@odata.count":3,"value":[1,2],"@odata.nextLink":"https://graph.microsoft.com/v1.0/x?$skiptoken=2"}"#;
/// let page: Page<u32> = read_page(StatusCode::OK, body).unwrap();
/// assert_eq!(page.value, [1, 2]);
/// assert_eq!(page.count, Some(3));
/// assert!(!page.is_last());
/// ```
pub fn read_page<T: DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<Page<T>, Error> {
    expect(status, body, &[StatusCode::OK], "200 OK")?;
    read_json(status, body)
}

/// A reader of answers that knows its type: what [`read_entity`],
/// [`read_updated`], [`read_page`] and [`read_empty`] do, in a form that can
/// also read a JSON body where it lies, while a `$batch` answer is parsed
/// ([`Batch::run_reader`](crate::Batch::run_reader)).
///
/// [`read`](Self::read) reads an answer from its status and whole body.
/// When [`reads_body`](Self::reads_body) says yes for a status, an answer
/// with that status whose body is a JSON object or array may instead be
/// read with [`read_body`](Self::read_body), given only the body; it must
/// then give what `read` gives for that status and body. When `read_body`
/// fails, the answer is read again with `read`, so that its error is the
/// one `read` gives (serde_json's positions counted within the answer's own
/// body). `read_body`'s result may be dropped unused (when the `$batch`
/// answer turns out to be malformed): it must have no other effect.
///
/// ```
/// use graph_core::{ReadAnswer, ReadUpdated};
/// use http::StatusCode;
///
/// let read = ReadUpdated::<serde_json::Value>::read(StatusCode::OK, br#"{"id":"d1"}"#).unwrap();
/// assert_eq!(read, Some(serde_json::json!({"id": "d1"})));
/// assert!(ReadUpdated::<serde_json::Value>::reads_body(StatusCode::OK));
/// assert!(!ReadUpdated::<serde_json::Value>::reads_body(StatusCode::NO_CONTENT));
/// let mut body = serde_json::Deserializer::from_str(r#"{"id":"d1"}"#);
/// assert_eq!(ReadUpdated::<serde_json::Value>::read_body(&mut body).unwrap(), read);
/// ```
pub trait ReadAnswer {
    /// What an answer is read into.
    type Output;

    /// Reads an answer from its status and body.
    fn read(status: StatusCode, body: &[u8]) -> Result<Self::Output, Error>;

    /// Whether an answer with `status` and a JSON object or array as its
    /// body is read by deserializing that body ([`read_body`](Self::read_body)).
    fn reads_body(status: StatusCode) -> bool;

    /// Reads the body of an answer whose status [`reads_body`](Self::reads_body)
    /// accepts.
    fn read_body<'de, D: Deserializer<'de>>(body: D) -> Result<Self::Output, D::Error>;
}

/// [`read_entity`] as a [`ReadAnswer`]: a get's `200 OK` or a create's
/// `201 Created`, read into `T`.
///
/// ```
/// use graph_core::{ReadAnswer, ReadEntity};
/// use http::StatusCode;
///
/// let user = ReadEntity::<serde_json::Value>::read(StatusCode::CREATED, br#"{"id":"u1"}"#).unwrap();
/// assert_eq!(user["id"], "u1");
/// assert!(ReadEntity::<serde_json::Value>::reads_body(StatusCode::OK));
/// assert!(!ReadEntity::<serde_json::Value>::reads_body(StatusCode::NOT_FOUND));
/// let _reader = ReadEntity::<serde_json::Value>::new();
/// ```
pub struct ReadEntity<T>(PhantomData<fn() -> T>);

/// [`read_updated`] as a [`ReadAnswer`]: an update's `200 OK` with the
/// entity (`Some`), or `204 No Content` (`None`).
///
/// ```
/// use graph_core::{ReadAnswer, ReadUpdated};
/// use http::StatusCode;
///
/// assert_eq!(ReadUpdated::<serde_json::Value>::read(StatusCode::NO_CONTENT, b"").unwrap(), None);
/// let _reader = ReadUpdated::<serde_json::Value>::new();
/// ```
pub struct ReadUpdated<T>(PhantomData<fn() -> T>);

/// [`read_page`] as a [`ReadAnswer`]: one page of a collection (`200 OK`).
///
/// ```
/// use graph_core::{ReadAnswer, ReadPage};
/// use http::StatusCode;
///
/// let page = ReadPage::<u32>::read(StatusCode::OK, br#"{"value":[1,2]}"#).unwrap();
/// assert_eq!(page.value, [1, 2]);
/// let _reader = ReadPage::<u32>::new();
/// ```
pub struct ReadPage<T>(PhantomData<fn() -> T>);

/// [`read_empty`] as a [`ReadAnswer`]: any success, the body not read.
///
/// ```
/// use graph_core::{ReadAnswer, ReadEmpty};
/// use http::StatusCode;
///
/// assert!(ReadEmpty::read(StatusCode::NO_CONTENT, b"").is_ok());
/// assert!(ReadEmpty::reads_body(StatusCode::OK));
/// assert!(!ReadEmpty::reads_body(StatusCode::FORBIDDEN));
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadEmpty;

macro_rules! typed_reader {
    ($name:ident) => {
        impl<T> $name<T> {
            /// The reader (a marker of its type).
            pub const fn new() -> $name<T> {
                $name(PhantomData)
            }
        }

        impl<T> Default for $name<T> {
            fn default() -> $name<T> {
                $name::new()
            }
        }

        impl<T> Clone for $name<T> {
            fn clone(&self) -> $name<T> {
                *self
            }
        }

        impl<T> Copy for $name<T> {}

        impl<T> fmt::Debug for $name<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(stringify!($name))
            }
        }
    };
}

typed_reader!(ReadEntity);
typed_reader!(ReadUpdated);
typed_reader!(ReadPage);

impl<T: DeserializeOwned> ReadAnswer for ReadEntity<T> {
    type Output = T;

    fn read(status: StatusCode, body: &[u8]) -> Result<T, Error> {
        read_entity(status, body)
    }

    fn reads_body(status: StatusCode) -> bool {
        status == StatusCode::OK || status == StatusCode::CREATED
    }

    fn read_body<'de, D: Deserializer<'de>>(body: D) -> Result<T, D::Error> {
        T::deserialize(body)
    }
}

impl<T: DeserializeOwned> ReadAnswer for ReadUpdated<T> {
    type Output = Option<T>;

    fn read(status: StatusCode, body: &[u8]) -> Result<Option<T>, Error> {
        read_updated(status, body)
    }

    fn reads_body(status: StatusCode) -> bool {
        status == StatusCode::OK
    }

    fn read_body<'de, D: Deserializer<'de>>(body: D) -> Result<Option<T>, D::Error> {
        T::deserialize(body).map(Some)
    }
}

impl<T: DeserializeOwned> ReadAnswer for ReadPage<T> {
    type Output = Page<T>;

    fn read(status: StatusCode, body: &[u8]) -> Result<Page<T>, Error> {
        read_page(status, body)
    }

    fn reads_body(status: StatusCode) -> bool {
        status == StatusCode::OK
    }

    fn read_body<'de, D: Deserializer<'de>>(body: D) -> Result<Page<T>, D::Error> {
        Page::deserialize(body)
    }
}

impl ReadAnswer for ReadEmpty {
    type Output = ();

    fn read(status: StatusCode, body: &[u8]) -> Result<(), Error> {
        read_empty(status, body)
    }

    fn reads_body(status: StatusCode) -> bool {
        status.is_success()
    }

    fn read_body<'de, D: Deserializer<'de>>(body: D) -> Result<(), D::Error> {
        IgnoredAny::deserialize(body).map(|_| ())
    }
}

/// Checks the status: a failure is the service's error, a success that is
/// not `allowed` is unexpected.
fn expect(
    status: StatusCode,
    body: &[u8],
    allowed: &[StatusCode],
    expected: &'static str,
) -> Result<(), Error> {
    if allowed.contains(&status) {
        Ok(())
    } else if status.is_success() {
        Err(Error::UnexpectedStatus {
            status,
            expected,
            excerpt: excerpt(body),
        })
    } else {
        Err(Error::from_response(status, body))
    }
}

/// Parses a JSON body, telling a body that is no JSON at all apart.
fn read_json<T: DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<T, Error> {
    if !looks_like_json(body) {
        return Err(Error::NotJson {
            status,
            excerpt: excerpt(body),
        });
    }
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    serde_json::from_slice(body).map_err(|source| Error::ReadBody { status, source })
}

/// One page of a collection:
/// `{"@odata.context", "@odata.count", "@odata.nextLink", "value": [...], "@odata.deltaLink"}`.
///
/// Other annotations are ignored when reading. A page iterates over its
/// values.
///
/// ```
/// use graph_core::Page;
///
/// let page: Page<String> = serde_json::from_str(r#"{
///     "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
///     "value": ["a", "b"],
///     "@odata.deltaLink": "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=x"
/// }"#).unwrap();
/// assert!(page.is_last());
/// assert_eq!(page.delta_link.as_deref(), Some("https://graph.microsoft.com/v1.0/users/delta?$deltatoken=x"));
/// assert_eq!(page.into_iter().collect::<Vec<_>>(), ["a", "b"]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The members of this page.
    pub value: Vec<T>,
    /// `@odata.nextLink`: the URL of the next page, to be fetched as is.
    pub next_link: Option<String>,
    /// `@odata.deltaLink`: on the last page of a delta query, the URL that
    /// returns the changes made after it.
    pub delta_link: Option<String>,
    /// `@odata.count`: the size of the whole collection, when `$count=true`.
    pub count: Option<u64>,
    /// `@odata.context`: the context URL.
    pub context: Option<String>,
}

impl<T> Default for Page<T> {
    fn default() -> Page<T> {
        Page {
            value: Vec::new(),
            next_link: None,
            delta_link: None,
            count: None,
            context: None,
        }
    }
}

impl<T> Page<T> {
    /// Whether this is the last page (it has no `@odata.nextLink`).
    ///
    /// ```
    /// assert!(graph_core::Page::<u8>::default().is_last());
    /// ```
    pub fn is_last(&self) -> bool {
        self.next_link.is_none()
    }
}

impl<T: DeserializeOwned> Page<T> {
    /// Walks a collection page by page: sends `first` through `fetch`, then
    /// each `@odata.nextLink` exactly as the service gave it (never rebuilt
    /// or re-encoded), until a page has none. See [`Pages`] for the headers
    /// the next requests carry.
    ///
    /// `fetch` sends one request with any HTTP client and returns the
    /// response as a [`RawResponse`]; its error type must take this crate's
    /// [`Error`] (`Box<dyn std::error::Error>` and `anyhow::Error` do). The
    /// walk stops after the first error.
    ///
    /// ```
    /// use graph_core::{Endpoint, GraphEntity, Page};
    /// use http::StatusCode;
    ///
    /// #[derive(Debug, Default, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
    /// pub struct DeviceCategory {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    /// }
    ///
    /// let first = Endpoint::default().list::<DeviceCategory>(&[]).build().unwrap();
    /// let mut seen = Vec::new();
    /// let fetch = |request: http::Request<Vec<u8>>| -> Result<_, graph_core::Error> {
    ///     seen.push(request.uri().to_string());
    ///     let body = if seen.len() == 1 {
    ///         r#"{"value":[{"id":"a"}],"@odata.nextLink":"https://graph.microsoft.com/v1.0/deviceManagement/deviceCategories?$skiptoken=X%2B1"}"#
    ///     } else {
    ///         r#"{"value":[{"id":"b"}]}"#
    ///     };
    ///     Ok((StatusCode::OK, body))
    /// };
    /// let categories = Page::<DeviceCategory>::walk(first, fetch).collect_items().unwrap();
    /// let ids: Vec<_> = categories.iter().map(|c| c.id.as_deref().unwrap()).collect();
    /// assert_eq!(ids, ["a", "b"]);
    /// assert_eq!(seen[1], "https://graph.microsoft.com/v1.0/deviceManagement/deviceCategories?$skiptoken=X%2B1");
    /// ```
    pub fn walk<F, R, E>(first: http::Request<Vec<u8>>, fetch: F) -> Pages<T, F>
    where
        F: FnMut(http::Request<Vec<u8>>) -> Result<R, E>,
        R: RawResponse,
        E: From<Error>,
    {
        Pages {
            cursor: PageCursor::new(first),
            fetch,
            _type: PhantomData,
        }
    }

    /// [`walk`](Self::walk) with an async fetch function, collecting every
    /// page. Needs no particular runtime; for page-by-page control, drive a
    /// [`PageCursor`] yourself.
    ///
    /// ```
    /// use graph_core::Page;
    /// use http::StatusCode;
    ///
    /// # fn block_on<F: std::future::Future>(future: F) -> F::Output {
    /// #     let mut future = std::pin::pin!(future);
    /// #     let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    /// #     loop {
    /// #         if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut context) {
    /// #             return output;
    /// #         }
    /// #     }
    /// # }
    /// let first = http::Request::get("https://graph.microsoft.com/v1.0/deviceManagement/deviceCategories").body(Vec::new()).unwrap();
    /// let pages = block_on(Page::<u8>::walk_async(first, |_request| async {
    ///     Ok::<_, graph_core::Error>((StatusCode::OK, r#"{"value":[1,2]}"#))
    /// }))
    /// .unwrap();
    /// assert_eq!(pages.len(), 1);
    /// assert_eq!(pages[0].value, [1, 2]);
    /// ```
    pub async fn walk_async<F, Fut, R, E>(
        first: http::Request<Vec<u8>>,
        mut fetch: F,
    ) -> Result<Vec<Page<T>>, E>
    where
        F: FnMut(http::Request<Vec<u8>>) -> Fut,
        Fut: Future<Output = Result<R, E>>,
        R: RawResponse,
        E: From<Error>,
    {
        let mut cursor = PageCursor::new(first);
        let mut pages = Vec::new();
        while let Some(request) = cursor.next_request() {
            let response = fetch(request).await?;
            pages.push(cursor.read(response.status(), response.body())?);
        }
        Ok(pages)
    }
}

impl<T> IntoIterator for Page<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.value.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a Page<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.value.iter()
    }
}

/// The members of a page that this crate reads.
enum PageKey {
    Value,
    NextLink,
    DeltaLink,
    Count,
    Context,
    Other,
}

impl<'de> Deserialize<'de> for PageKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<PageKey, D::Error> {
        struct KeyVisitor;

        impl Visitor<'_> for KeyVisitor {
            type Value = PageKey;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a property name")
            }

            fn visit_str<E: de::Error>(self, key: &str) -> Result<PageKey, E> {
                Ok(match key {
                    "value" => PageKey::Value,
                    "@odata.nextLink" => PageKey::NextLink,
                    "@odata.deltaLink" => PageKey::DeltaLink,
                    "@odata.count" => PageKey::Count,
                    "@odata.context" => PageKey::Context,
                    _ => PageKey::Other,
                })
            }
        }

        deserializer.deserialize_identifier(KeyVisitor)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Page<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Page<T>, D::Error> {
        struct PageVisitor<T>(PhantomData<fn() -> T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for PageVisitor<T> {
            type Value = Page<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a collection page, an object with a `value` array")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Page<T>, A::Error> {
                let mut value = None;
                let mut page = Page::default();
                let mut seen = [false; 4];
                while let Some(key) = map.next_key::<PageKey>()? {
                    let (slot, name) = match key {
                        PageKey::Value => {
                            if value.is_some() {
                                return Err(de::Error::duplicate_field("value"));
                            }
                            value = Some(
                                map.next_value_seed(IndexedSeed::<Vec<T>>::new())
                                    .map_err(|e| prefix_error("value", e))?,
                            );
                            continue;
                        }
                        PageKey::Other => {
                            map.next_value::<IgnoredAny>()?;
                            continue;
                        }
                        PageKey::NextLink => (0, "@odata.nextLink"),
                        PageKey::DeltaLink => (1, "@odata.deltaLink"),
                        PageKey::Count => (2, "@odata.count"),
                        PageKey::Context => (3, "@odata.context"),
                    };
                    if let Some(seen) = seen.get_mut(slot) {
                        if *seen {
                            return Err(de::Error::duplicate_field(name));
                        }
                        *seen = true;
                    }
                    let named = |e| prefix_error(name, e);
                    match key {
                        PageKey::NextLink => page.next_link = map.next_value().map_err(named)?,
                        PageKey::DeltaLink => page.delta_link = map.next_value().map_err(named)?,
                        PageKey::Count => page.count = map.next_value().map_err(named)?,
                        _ => page.context = map.next_value().map_err(named)?,
                    }
                }
                page.value = value.ok_or_else(|| de::Error::missing_field("value"))?;
                Ok(page)
            }
        }

        deserializer.deserialize_map(PageVisitor(PhantomData))
    }
}

/// Writes a page as Graph does: `@odata.context`, `@odata.count`,
/// `@odata.nextLink`, `value`, `@odata.deltaLink`, leaving out what is
/// `None` (handy for test servers).
///
/// ```
/// use graph_core::Page;
/// let page = Page { value: vec![1], next_link: Some("https://x/next".into()), ..Page::default() };
/// assert_eq!(serde_json::to_string(&page).unwrap(), r#"{"@odata.nextLink":"https://x/next","value":[1]}"#);
/// ```
impl<T: Serialize> Serialize for Page<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(context) = &self.context {
            map.serialize_entry("@odata.context", context)?;
        }
        if let Some(count) = &self.count {
            map.serialize_entry("@odata.count", count)?;
        }
        if let Some(next_link) = &self.next_link {
            map.serialize_entry("@odata.nextLink", next_link)?;
        }
        map.serialize_entry("value", &self.value)?;
        if let Some(delta_link) = &self.delta_link {
            map.serialize_entry("@odata.deltaLink", delta_link)?;
        }
        map.end()
    }
}

/// The state of a walk through a collection, without any I/O: it hands out
/// the request to send and reads each response, for any client, sync or
/// async.
///
/// The first request is sent as given. Each next request is a `GET` of the
/// page's `@odata.nextLink`, used exactly as given, with the first request's
/// headers (`Authorization`, `ConsistencyLevel`, ...) except those of a body
/// and `If-Match`; `Authorization` is dropped when the link leaves the
/// scheme and host of the first request, so a token is never sent elsewhere.
///
/// After a failed [`read`](Self::read), [`next_request`](Self::next_request)
/// gives the same request again, to retry.
///
/// ```
/// use graph_core::{Page, PageCursor};
/// use http::StatusCode;
///
/// let first = http::Request::get("https://graph.microsoft.com/v1.0/deviceManagement/managedDevices")
///     .header("Authorization", "Bearer t")
///     .body(Vec::new())
///     .unwrap();
/// let mut cursor = PageCursor::new(first);
/// let mut all = Vec::new();
/// while let Some(request) = cursor.next_request() {
///     assert_eq!(request.headers()["authorization"], "Bearer t");
///     // Send `request` with any client, then read what came back:
///     let body: &[u8] = if request.uri().query().is_none() {
///         br#"{"value":[1],"@odata.nextLink":"https://graph.microsoft.com/v1.0/deviceManagement/managedDevices?$skiptoken=2"}"#
///     } else {
///         br#"{"value":[2]}"#
///     };
///     let page: Page<u32> = cursor.read(StatusCode::OK, body).unwrap();
///     all.extend(page);
/// }
/// assert_eq!(all, [1, 2]);
/// ```
#[derive(Debug, Clone)]
pub struct PageCursor {
    pending: Option<http::Request<Vec<u8>>>,
    headers: HeaderMap,
    origin: Origin,
}

/// The scheme and authority of a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Origin(Option<http::uri::Scheme>, Option<http::uri::Authority>);

impl Origin {
    fn of(uri: &http::Uri) -> Origin {
        Origin(uri.scheme().cloned(), uri.authority().cloned())
    }
}

impl PageCursor {
    /// A walk that starts with `first`.
    ///
    /// ```
    /// let first = http::Request::get("https://graph.microsoft.com/v1.0/x").body(Vec::new()).unwrap();
    /// let cursor = graph_core::PageCursor::new(first);
    /// assert!(!cursor.is_done());
    /// ```
    pub fn new(first: http::Request<Vec<u8>>) -> PageCursor {
        let mut headers = first.headers().clone();
        for name in [CONTENT_TYPE, CONTENT_LENGTH, IF_MATCH] {
            headers.remove(name);
        }
        PageCursor {
            origin: Origin::of(first.uri()),
            headers,
            pending: Some(first),
        }
    }

    /// The request to send next, or `None` when the last page has been read.
    ///
    /// ```
    /// let first = http::Request::get("https://graph.microsoft.com/v1.0/x").body(Vec::new()).unwrap();
    /// let cursor = graph_core::PageCursor::new(first);
    /// assert_eq!(cursor.next_request().unwrap().uri(), "https://graph.microsoft.com/v1.0/x");
    /// ```
    pub fn next_request(&self) -> Option<http::Request<Vec<u8>>> {
        self.pending.clone()
    }

    /// Whether the last page has been read.
    ///
    /// ```
    /// use graph_core::{Page, PageCursor};
    /// let first = http::Request::get("https://graph.microsoft.com/v1.0/x").body(Vec::new()).unwrap();
    /// let mut cursor = PageCursor::new(first);
    /// let _: Page<u8> = cursor.read(http::StatusCode::OK, br#"{"value":[]}"#).unwrap();
    /// assert!(cursor.is_done());
    /// ```
    pub fn is_done(&self) -> bool {
        self.pending.is_none()
    }

    /// Reads the response to the last request handed out, like
    /// [`read_page`], and moves on to the page's `@odata.nextLink`. On an
    /// error the cursor stays where it is.
    ///
    /// ```
    /// use graph_core::{Error, Page, PageCursor};
    /// use http::StatusCode;
    ///
    /// let first = http::Request::get("https://graph.microsoft.com/v1.0/x").body(Vec::new()).unwrap();
    /// let mut cursor = PageCursor::new(first);
    /// let throttled = cursor.read::<u8>(StatusCode::TOO_MANY_REQUESTS, br#"{"error":{"code":"TooManyRequests","message":"slow down"}}"#);
    /// assert!(matches!(throttled, Err(Error::Service(_))));
    /// assert!(!cursor.is_done());
    /// ```
    pub fn read<T: DeserializeOwned>(&mut self, status: StatusCode, body: &[u8]) -> Result<Page<T>, Error> {
        let page: Page<T> = read_page(status, body)?;
        match page
            .next_link
            .as_deref()
            .map(|link| self.request_for(link))
            .transpose()
        {
            Ok(next) => {
                self.pending = next;
                Ok(page)
            }
            Err(error) => {
                self.pending = None;
                Err(error)
            }
        }
    }

    /// The `GET` of a next link.
    fn request_for(&self, link: &str) -> Result<http::Request<Vec<u8>>, Error> {
        let mut request = http::Request::builder()
            .method(Method::GET)
            .uri(link)
            .body(Vec::new())?;
        let mut headers = self.headers.clone();
        if Origin::of(request.uri()) != self.origin {
            headers.remove(AUTHORIZATION);
        }
        *request.headers_mut() = headers;
        Ok(request)
    }
}

/// An iterator over the pages of a collection, made by [`Page::walk`]: each
/// item is one page, or the error that ended the walk.
///
/// ```
/// use graph_core::Page;
/// use http::StatusCode;
///
/// let first = http::Request::get("https://graph.microsoft.com/v1.0/x").body(Vec::new()).unwrap();
/// let mut pages = Page::<u8>::walk(first, |_request| {
///     Ok::<_, graph_core::Error>((StatusCode::BAD_GATEWAY, "<html>Bad gateway</html>"))
/// });
/// let error = pages.next().unwrap().unwrap_err();
/// assert_eq!(error.to_string(), "response body with status 502 Bad Gateway is not JSON: `<html>Bad gateway</html>`");
/// assert!(pages.next().is_none());
/// ```
#[must_use = "iterators do nothing until consumed"]
pub struct Pages<T, F> {
    cursor: PageCursor,
    fetch: F,
    _type: PhantomData<fn() -> T>,
}

impl<T, F> fmt::Debug for Pages<T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("cursor", &self.cursor)
            .finish_non_exhaustive()
    }
}

impl<T, F, R, E> Pages<T, F>
where
    T: DeserializeOwned,
    F: FnMut(http::Request<Vec<u8>>) -> Result<R, E>,
    R: RawResponse,
    E: From<Error>,
{
    /// Walks to the end and returns every member of every page, in order.
    ///
    /// ```
    /// use graph_core::Page;
    /// use http::StatusCode;
    ///
    /// let first = http::Request::get("https://graph.microsoft.com/v1.0/x").body(Vec::new()).unwrap();
    /// let items = Page::<u8>::walk(first, |_request| {
    ///     Ok::<_, graph_core::Error>((StatusCode::OK, r#"{"value":[7,8]}"#))
    /// })
    /// .collect_items()
    /// .unwrap();
    /// assert_eq!(items, [7, 8]);
    /// ```
    pub fn collect_items(self) -> Result<Vec<T>, E> {
        let mut items = Vec::new();
        for page in self {
            items.extend(page?.value);
        }
        Ok(items)
    }
}

impl<T, F, R, E> Iterator for Pages<T, F>
where
    T: DeserializeOwned,
    F: FnMut(http::Request<Vec<u8>>) -> Result<R, E>,
    R: RawResponse,
    E: From<Error>,
{
    type Item = Result<Page<T>, E>;

    fn next(&mut self) -> Option<Self::Item> {
        // Taken, not cloned: after an error the walk ends.
        let request = self.cursor.pending.take()?;
        let response = match (self.fetch)(request) {
            Ok(response) => response,
            Err(error) => return Some(Err(error)),
        };
        Some(
            self.cursor
                .read(response.status(), response.body())
                .map_err(E::from),
        )
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

    use std::cell::RefCell;
    use std::collections::VecDeque;

    use super::*;

    #[test]
    fn readers_read_the_bodies_of_the_statuses_their_functions_read() {
        type Value = serde_json::Value;
        let statuses = [200u16, 201, 204, 404];
        let reads = |reads_body: fn(StatusCode) -> bool| -> Vec<bool> {
            statuses
                .iter()
                .map(|&status| reads_body(StatusCode::from_u16(status).unwrap()))
                .collect()
        };
        assert_eq!(reads(ReadEntity::<Value>::reads_body), [true, true, false, false]);
        assert_eq!(
            reads(ReadUpdated::<Value>::reads_body),
            [true, false, false, false]
        );
        assert_eq!(reads(ReadPage::<Value>::reads_body), [true, false, false, false]);
        assert_eq!(reads(ReadEmpty::reads_body), [true, true, true, false]);

        let body = r#"{"value":[1],"@odata.count":1}"#;
        let de = || serde_json::Deserializer::from_str(body);
        let value: Value = serde_json::from_str(body).unwrap();
        assert_eq!(ReadEntity::<Value>::read_body(&mut de()).unwrap(), value);
        assert_eq!(
            ReadUpdated::<Value>::read_body(&mut de()).unwrap(),
            Some(value.clone())
        );
        let page = ReadPage::<u32>::read_body(&mut de()).unwrap();
        assert_eq!((page.value, page.count), (vec![1], Some(1)));
        ReadEmpty::read_body(&mut de()).unwrap();
        // What each function gives for the same answer.
        let ok = StatusCode::OK;
        assert_eq!(ReadEntity::<Value>::read(ok, body.as_bytes()).unwrap(), value);
        assert_eq!(
            ReadUpdated::<Value>::read(ok, body.as_bytes()).unwrap(),
            Some(value)
        );
        assert_eq!(ReadPage::<u32>::read(ok, body.as_bytes()).unwrap().value, [1]);
        assert_eq!(
            ReadEmpty::read(StatusCode::NOT_FOUND, b"")
                .unwrap_err()
                .to_string(),
            "empty response body with status 404 Not Found, expected JSON"
        );
        assert_eq!(format!("{:?}", ReadPage::<u32>::default()), "ReadPage");
        assert_eq!(format!("{:?}", ReadEntity::<u32>::new().clone()), "ReadEntity");
        assert_eq!(format!("{:?}", ReadUpdated::<u32>::new()), "ReadUpdated");
    }

    const FIRST: &str = "https://graph.microsoft.com/v1.0/deviceManagement/managedDevices?$top=2";
    const NEXT: &str = "https://graph.microsoft.com/v1.0/deviceManagement/managedDevices?$top=2&$skiptoken=RFNwdCU3QjE%3D%2B";

    fn first() -> http::Request<Vec<u8>> {
        http::Request::get(FIRST)
            .header("Authorization", "Bearer t")
            .header("ConsistencyLevel", "eventual")
            .header("Accept", "application/json")
            .body(Vec::new())
            .unwrap()
    }

    #[test]
    fn page_reads_every_annotation() {
        let page: Page<u8> = serde_json::from_str(
            r#"{"@odata.context":"c","@odata.count":12,"@odata.nextLink":"n","value":[1,2],"@odata.deltaLink":null,"@odata.type":"x","other":{"a":[1]}}"#,
        )
        .unwrap();
        assert_eq!(
            page,
            Page {
                value: vec![1, 2],
                next_link: Some("n".into()),
                delta_link: None,
                count: Some(12),
                context: Some("c".into())
            }
        );
        assert_eq!(
            serde_json::to_string(&page).unwrap(),
            r#"{"@odata.context":"c","@odata.count":12,"@odata.nextLink":"n","value":[1,2]}"#
        );
    }

    #[test]
    fn page_errors_name_the_member() {
        let error = serde_json::from_str::<Page<u8>>(r#"{"@odata.count":1}"#).unwrap_err();
        assert_eq!(error.to_string(), "missing field `value` at line 1 column 18");
        let error = serde_json::from_str::<Page<u8>>(r#"{"value":[],"value":[]}"#).unwrap_err();
        assert_eq!(error.to_string(), "duplicate field `value` at line 1 column 19");
        let error =
            serde_json::from_str::<Page<u8>>(r#"{"value":[],"@odata.nextLink":"a","@odata.nextLink":"b"}"#)
                .unwrap_err();
        assert_eq!(
            error.to_string(),
            "duplicate field `@odata.nextLink` at line 1 column 51"
        );
        let error = serde_json::from_str::<Page<u8>>("[]").unwrap_err();
        assert_eq!(error.to_string(), "invalid type: sequence, expected a collection page, an object with a `value` array at line 1 column 0");
    }

    #[test]
    fn entities_by_status() {
        assert_eq!(
            read_entity::<Vec<u8>>(StatusCode::OK, b"\xEF\xBB\xBF[1]").unwrap(),
            [1]
        );
        assert_eq!(read_entity::<Vec<u8>>(StatusCode::CREATED, b" [2]").unwrap(), [2]);
        assert_eq!(
            read_entity::<Vec<u8>>(StatusCode::ACCEPTED, b"[]")
                .unwrap_err()
                .to_string(),
            "unexpected response status 202 Accepted, expected 200 OK or 201 Created; body: `[]`"
        );
        assert_eq!(
            read_entity::<Vec<u8>>(StatusCode::OK, b"<html>login</html>")
                .unwrap_err()
                .to_string(),
            "response body with status 200 OK is not JSON: `<html>login</html>`"
        );
        assert_eq!(
            read_entity::<Vec<u8>>(StatusCode::OK, b"")
                .unwrap_err()
                .to_string(),
            "empty response body with status 200 OK, expected JSON"
        );
        assert_eq!(
            read_entity::<Vec<u8>>(StatusCode::OK, br#"{"a":1}"#).unwrap_err().to_string(),
            "cannot read the response body with status 200 OK: invalid type: map, expected a sequence at line 1 column 0"
        );
        assert!(matches!(
            read_entity::<Vec<u8>>(StatusCode::NOT_FOUND, br#"{"error":{"code":"NotFound","message":"m"}}"#),
            Err(Error::Service(error)) if error.code == "NotFound" && error.status == StatusCode::NOT_FOUND
        ));
    }

    #[test]
    fn updates_by_status() {
        assert_eq!(
            read_updated::<Vec<u8>>(StatusCode::NO_CONTENT, b"").unwrap(),
            None
        );
        assert_eq!(read_updated::<Vec<u8>>(StatusCode::OK, b"  ").unwrap(), None);
        assert_eq!(
            read_updated::<Vec<u8>>(StatusCode::OK, b"[3]").unwrap(),
            Some(vec![3])
        );
        assert_eq!(
            read_updated::<Vec<u8>>(StatusCode::CREATED, b"")
                .unwrap_err()
                .to_string(),
            "unexpected response status 201 Created, expected 200 OK or 204 No Content"
        );
        assert_eq!(read_empty(StatusCode::ACCEPTED, b"ignored").unwrap(), ());
        assert_eq!(
            read_empty(StatusCode::BAD_GATEWAY, b"").unwrap_err().to_string(),
            "empty response body with status 502 Bad Gateway, expected JSON"
        );
        assert_eq!(
            read_page::<u8>(StatusCode::CREATED, b"{}")
                .unwrap_err()
                .to_string(),
            "unexpected response status 201 Created, expected 200 OK; body: `{}`"
        );
    }

    /// A fetch function serving canned responses, recording each request.
    fn server<'a>(
        responses: Vec<(StatusCode, &'static str)>,
        seen: &'a RefCell<Vec<http::Request<Vec<u8>>>>,
    ) -> impl FnMut(http::Request<Vec<u8>>) -> Result<(StatusCode, &'static str), Error> + 'a {
        let mut responses = VecDeque::from(responses);
        move |request| {
            seen.borrow_mut().push(request);
            Ok(responses.pop_front().unwrap())
        }
    }

    #[test]
    fn walks_next_links_as_given() {
        let seen = RefCell::new(Vec::new());
        let page1 = r#"{"value":[1,2],"@odata.nextLink":"https://graph.microsoft.com/v1.0/deviceManagement/managedDevices?$top=2&$skiptoken=RFNwdCU3QjE%3D%2B"}"#;
        let page2 = r#"{"value":[3],"@odata.deltaLink":"https://graph.microsoft.com/v1.0/d?$deltatoken=z"}"#;
        let pages: Vec<Page<u8>> = Page::walk(
            first(),
            server(vec![(StatusCode::OK, page1), (StatusCode::OK, page2)], &seen),
        )
        .collect::<Result<_, Error>>()
        .unwrap();
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].value, [1, 2]);
        assert_eq!(pages[1].value, [3]);
        assert_eq!(
            pages[1].delta_link.as_deref(),
            Some("https://graph.microsoft.com/v1.0/d?$deltatoken=z")
        );
        let seen = seen.into_inner();
        assert_eq!(seen.len(), 2);
        assert_eq!(seen[0].uri().to_string(), FIRST);
        assert_eq!(seen[1].uri().to_string(), NEXT);
        assert_eq!(seen[1].method(), Method::GET);
        assert_eq!(seen[1].headers(), first().headers());
    }

    #[test]
    fn next_links_elsewhere_do_not_get_the_token() {
        let seen = RefCell::new(Vec::new());
        let page1 = r#"{"value":[1],"@odata.nextLink":"https://elsewhere.example/next"}"#;
        let page2 = r#"{"value":[2]}"#;
        let items = Page::<u8>::walk(
            first(),
            server(vec![(StatusCode::OK, page1), (StatusCode::OK, page2)], &seen),
        )
        .collect_items()
        .unwrap();
        assert_eq!(items, [1, 2]);
        let seen = seen.into_inner();
        assert_eq!(seen[1].headers().get(AUTHORIZATION), None);
        assert_eq!(seen[1].headers()["consistencylevel"], "eventual");
    }

    #[test]
    fn the_walk_stops_at_the_first_error() {
        let seen = RefCell::new(Vec::new());
        let page1 = r#"{"value":[1],"@odata.nextLink":"https://graph.microsoft.com/v1.0/next"}"#;
        let throttled =
            r#"{"error":{"code":"TooManyRequests","message":"slow down","innerError":{"request-id":"r"}}}"#;
        let mut pages = Page::<u8>::walk(
            first(),
            server(
                vec![
                    (StatusCode::OK, page1),
                    (StatusCode::TOO_MANY_REQUESTS, throttled),
                ],
                &seen,
            ),
        );
        assert_eq!(pages.next().unwrap().unwrap().value, [1]);
        let error = pages.next().unwrap().unwrap_err();
        assert_eq!(
            error.to_string(),
            "graph service error 429 Too Many Requests: TooManyRequests: slow down (request-id r)"
        );
        assert!(pages.next().is_none());
        assert_eq!(seen.borrow().len(), 2);

        let failing = |_request| Err::<(StatusCode, Vec<u8>), _>(Error::EmptyPatch);
        let mut pages = Page::<u8>::walk(first(), failing);
        assert!(matches!(pages.next(), Some(Err(Error::EmptyPatch))));
        assert!(pages.next().is_none());
    }

    #[test]
    fn a_bad_next_link_ends_the_walk() {
        let mut cursor = PageCursor::new(first());
        let error = cursor
            .read::<u8>(StatusCode::OK, br#"{"value":[],"@odata.nextLink":"not a url"}"#)
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot build the http request: invalid uri character"
        );
        assert!(cursor.is_done());
    }

    #[test]
    fn the_cursor_retries_after_an_error() {
        let mut cursor = PageCursor::new(first());
        assert!(!cursor.is_done());
        assert!(cursor.read::<u8>(StatusCode::SERVICE_UNAVAILABLE, b"").is_err());
        assert!(!cursor.is_done());
        assert_eq!(cursor.next_request().unwrap().uri().to_string(), FIRST);
        let page = cursor.read::<u8>(StatusCode::OK, br#"{"value":[4]}"#).unwrap();
        assert_eq!(page.value, [4]);
        assert!(cursor.is_done());
        assert!(cursor.next_request().is_none());
    }

    #[test]
    fn body_headers_are_not_carried_to_next_pages() {
        let first = http::Request::post("https://graph.microsoft.com/v1.0/x")
            .header("Content-Type", "application/json")
            .header("If-Match", "*")
            .header("Accept", "application/json")
            .body(b"{}".to_vec())
            .unwrap();
        let mut cursor = PageCursor::new(first);
        assert_eq!(cursor.next_request().unwrap().method(), Method::POST);
        let _: Page<u8> = cursor
            .read(
                StatusCode::OK,
                br#"{"value":[],"@odata.nextLink":"https://graph.microsoft.com/v1.0/x?p=2"}"#,
            )
            .unwrap();
        let next = cursor.next_request().unwrap();
        assert_eq!(next.method(), Method::GET);
        assert!(next.body().is_empty());
        assert_eq!(next.headers().len(), 1);
        assert_eq!(next.headers()["accept"], "application/json");
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
    fn walks_with_an_async_fetch() {
        let mut responses = VecDeque::from([
            r#"{"value":[1],"@odata.nextLink":"https://graph.microsoft.com/v1.0/next"}"#,
            r#"{"value":[2]}"#,
        ]);
        let mut uris = Vec::new();
        let pages = block_on(Page::<u8>::walk_async(first(), |request| {
            uris.push(request.uri().to_string());
            let body = responses.pop_front().unwrap();
            async move { Ok::<_, Error>(http::Response::builder().status(200).body(body).unwrap()) }
        }))
        .unwrap();
        assert_eq!(pages.iter().flatten().copied().collect::<Vec<_>>(), [1, 2]);
        assert_eq!(uris, [FIRST, "https://graph.microsoft.com/v1.0/next"]);
    }

    #[test]
    fn a_page_without_a_next_link_is_the_last() {
        let mut page = Page {
            value: vec![1u8, 2],
            next_link: Some("n".to_owned()),
            ..Page::default()
        };
        assert!(!page.is_last());
        assert_eq!((&page).into_iter().copied().collect::<Vec<_>>(), [1, 2]);
        page.next_link = None;
        assert!(page.is_last());
        assert_eq!(page.into_iter().collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn page_keys_must_be_property_names() {
        use serde::de::value::{Error as ValueError, MapDeserializer};

        let map = MapDeserializer::<_, ValueError>::new(vec![(1u8, 2u8)].into_iter());
        assert_eq!(
            Page::<u8>::deserialize(map).unwrap_err().to_string(),
            "invalid type: integer `1`, expected a property name"
        );
    }

    #[test]
    fn raw_responses_give_their_status_and_body() {
        let response = http::Response::builder()
            .status(StatusCode::ACCEPTED)
            .body(b"ok".to_vec())
            .unwrap();
        assert_eq!(RawResponse::status(&response), StatusCode::ACCEPTED);
        assert_eq!(RawResponse::body(&response), b"ok");
        let pair = (StatusCode::CREATED, "{}");
        assert_eq!(pair.status(), StatusCode::CREATED);
        assert_eq!(pair.body(), b"{}");
    }

    #[test]
    fn pages_debug_shows_the_cursor() {
        let pages = Page::<u8>::walk(first(), |_request| {
            Err::<(StatusCode, Vec<u8>), _>(Error::EmptyPatch)
        });
        assert_eq!(
            format!("{pages:?}"),
            format!("Pages {{ cursor: {:?}, .. }}", PageCursor::new(first()))
        );
    }
}
