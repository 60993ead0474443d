//! [`RequestBuilder`]: a request being put together, and built.

use http::header::{HeaderName, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, IF_MATCH};
use http::{HeaderMap, Method};
use serde::Serialize;

use super::Query;
use crate::describe::{Description, FieldRole};
use crate::endpoint::Endpoint;
use crate::entity::GraphEntity;
use crate::error::Error;
use crate::path::{PathError, PathTemplate};

/// The JSON media type, of `Accept`.
const JSON: HeaderValue = HeaderValue::from_static("application/json");

/// The bytes of the `Content-Type` of the bodies that [`RequestBuilder::build`]
/// serialized: a static of its own, so that a [`Batch`](crate::Batch) can
/// tell such a body (JSON for sure) by where the header's bytes lie, and
/// inline it without checking it again.
static SERIALIZED_JSON: [u8; 16] = *b"application/json";

/// `Content-Type: application/json`, its bytes those of [`SERIALIZED_JSON`].
const SERIALIZED_JSON_TYPE: HeaderValue =
    HeaderValue::from_static(match std::str::from_utf8(&SERIALIZED_JSON) {
        Ok(text) => text,
        Err(_) => "application/json",
    });

/// Whether `value` is the `Content-Type` of a body that
/// [`RequestBuilder::build`] serialized.
pub(crate) fn is_serialized_json(value: &HeaderValue) -> bool {
    std::ptr::eq(value.as_bytes().as_ptr(), SERIALIZED_JSON.as_ptr()) && value.len() == SERIALIZED_JSON.len()
}

/// The header Graph needs for advanced queries (`$count`, `$search`).
const CONSISTENCY_LEVEL: HeaderName = HeaderName::from_static("consistencylevel");
const EVENTUAL: HeaderValue = HeaderValue::from_static("eventual");

/// Which of the type's path templates a request uses.
#[derive(Debug, Clone)]
enum Choice {
    Index(usize),
    Containing(String),
    Template(PathTemplate),
}

/// What fills the chosen template.
#[derive(Debug, Clone)]
pub(super) enum Target {
    /// Every placeholder, in order.
    Ids(Vec<String>),
    /// The parents, then the key in the last placeholder.
    Item {
        parents: Vec<String>,
        key: Option<String>,
    },
    /// The placeholders of the collection path.
    Collection(Vec<String>),
}

/// Where `If-Match` comes from.
#[derive(Debug, Clone)]
pub(super) enum IfMatch {
    None,
    Etag,
    Value(String),
}

/// A request being put together: started by an [`Endpoint`] method
/// ([`get`](Endpoint::get), [`list`](Endpoint::list),
/// [`create`](Endpoint::create), [`update`](Endpoint::update),
/// [`update_changes`](Endpoint::update_changes), [`patch`](Endpoint::patch),
/// [`delete`](Endpoint::delete), [`delete_entity`](Endpoint::delete_entity)),
/// finished by [`build`](RequestBuilder::build).
///
/// The path uses the type's first template unless another is chosen with
/// [`path_index`](Self::path_index), [`path_containing`](Self::path_containing)
/// or [`path`](Self::path). Every request accepts `application/json`; one
/// with a body also sends it as `application/json`. Errors (a bad value, a
/// body that cannot be serialized) are reported by `build`.
///
/// ```
/// use graph_core::{ApiVersion, Cloud, Endpoint, GraphEntity, Query};
///
/// #[derive(Debug, Default, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
/// pub struct ManagedDevice {
///     #[graph(key)]
///     pub id: Option<String>,
///     pub device_name: Option<String>,
/// }
///
/// let endpoint = Endpoint::new(Cloud::Global, ApiVersion::V1);
/// let request = endpoint
///     .list::<ManagedDevice>(&[])
///     .query(Query::new().filter("startswith(deviceName,'DESKTOP')").top(100))
///     .bearer("eyJ0eXAi")
///     .header("ConsistencyLevel", "eventual")
///     .build()
///     .unwrap();
/// assert_eq!(
///     request.uri(),
///     "https://graph.microsoft.com/v1.0/deviceManagement/managedDevices?$select=id,deviceName&$filter=startswith(deviceName,'DESKTOP')&$top=100",
/// );
/// assert_eq!(request.headers()["authorization"], "Bearer eyJ0eXAi");
/// assert_eq!(request.headers()["consistencylevel"], "eventual");
/// ```
#[derive(Debug)]
#[must_use = "a request builder does nothing until `build` is called"]
pub struct RequestBuilder {
    base_url: String,
    method: Method,
    odata_type: &'static str,
    paths: &'static [PathTemplate],
    description: &'static Description,
    choice: Choice,
    target: Target,
    query: Query,
    body: Option<Vec<u8>>,
    pub(super) etag: Option<String>,
    pub(super) if_match: IfMatch,
    pub(super) empty_patch: bool,
    headers: HeaderMap,
    error: Option<Error>,
}

impl RequestBuilder {
    pub(super) fn new<T: GraphEntity>(endpoint: &Endpoint, method: Method, target: Target) -> RequestBuilder {
        RequestBuilder {
            base_url: endpoint.base_url().to_owned(),
            method,
            odata_type: T::ODATA_TYPE,
            paths: T::PATHS,
            description: T::DESCRIPTION,
            choice: Choice::Index(0),
            target,
            query: Query::new(),
            body: None,
            etag: None,
            if_match: IfMatch::None,
            empty_patch: false,
            headers: HeaderMap::new(),
            error: None,
        }
    }

    /// Asks for `$select` of every property of `T`, unless it has none.
    pub(super) fn select<T: GraphEntity>(mut self) -> RequestBuilder {
        if !T::PROPERTIES.is_empty() {
            self.query = Query::new().select(T::PROPERTIES);
        }
        self
    }

    pub(super) fn body(mut self, body: &impl Serialize) -> RequestBuilder {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body = Some(bytes),
            Err(error) => self.fail(Error::WriteBody(error)),
        }
        self
    }

    /// Keeps the first error, for `build` to report.
    fn fail(&mut self, error: Error) {
        if self.error.is_none() {
            self.error = Some(error);
        }
    }

    /// Uses the template at `index` of the type's templates (in the order
    /// the `#[graph(path = "...")]` attributes are written).
    ///
    /// ```
    /// # use graph_core::{Endpoint, GraphEntity};
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(
    /// #     odata_type = "microsoft.graph.mobileApp",
    /// #     path = "/deviceAppManagement/mobileApps/{mobileAppId}",
    /// #     path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app",
    /// # )]
    /// # pub struct MobileApp { #[graph(key)] pub id: Option<String> }
    /// let request = Endpoint::default().get::<MobileApp>(&["a", "s"]).path_index(1).select_all().build().unwrap();
    /// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/a/userStatuses/s/app");
    /// ```
    pub fn path_index(mut self, index: usize) -> RequestBuilder {
        self.choice = Choice::Index(index);
        self
    }

    /// Uses the first of the type's templates whose text contains `text`
    /// (see [`PathTemplate::containing`]).
    ///
    /// ```
    /// # use graph_core::{Endpoint, GraphEntity};
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(
    /// #     odata_type = "microsoft.graph.mobileApp",
    /// #     path = "/deviceAppManagement/mobileApps/{mobileAppId}",
    /// #     path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app",
    /// # )]
    /// # pub struct MobileApp { #[graph(key)] pub id: Option<String> }
    /// let request = Endpoint::default().get::<MobileApp>(&["a", "s"]).path_containing("userStatuses").select_all().build().unwrap();
    /// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/a/userStatuses/s/app");
    /// ```
    pub fn path_containing(mut self, text: impl Into<String>) -> RequestBuilder {
        self.choice = Choice::Containing(text.into());
        self
    }

    /// Uses a template of your own instead of the type's.
    ///
    /// ```
    /// # use graph_core::{Endpoint, GraphEntity, PathTemplate};
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String> }
    /// let template = PathTemplate::parse("/users/{userId}/managedDevices/{managedDeviceId}").unwrap();
    /// let request = Endpoint::default().delete::<ManagedDevice>(&["u", "d"]).path(template).build().unwrap();
    /// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/users/u/managedDevices/d");
    /// ```
    pub fn path(mut self, template: PathTemplate) -> RequestBuilder {
        self.choice = Choice::Template(template);
        self
    }

    /// Adds query options; an option already set (such as the `$select` of
    /// a get or list) takes the new value.
    ///
    /// ```
    /// # use graph_core::{Endpoint, GraphEntity, Query};
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String>, pub device_name: Option<String> }
    /// let request = Endpoint::default()
    ///     .get::<ManagedDevice>(&["d"])
    ///     .query(Query::new().select(["id"]).expand("users"))
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/deviceManagement/managedDevices/d?$select=id&$expand=users");
    /// ```
    pub fn query(mut self, query: Query) -> RequestBuilder {
        self.query.merge(query);
        self
    }

    /// Adds a navigation field of the struct to `$expand`, by its Rust field
    /// name or JSON name, so that the response carries the related
    /// entities. A name that is not a `#[graph(navigation)]` field of the
    /// struct makes `build` fail with [`Error::NotNavigation`]. Several
    /// calls expand several fields.
    ///
    /// ```
    /// use graph_core::{Endpoint, Error, GraphEntity};
    ///
    /// #[derive(Debug, Default, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.deviceAndAppManagementAssignmentFilter", complex)]
    /// pub struct Assignment { pub id: Option<String> }
    ///
    /// #[derive(Debug, Default, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.deviceConfiguration", path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}")]
    /// pub struct DeviceConfiguration {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    ///     pub display_name: Option<String>,
    ///     #[graph(navigation)]
    ///     pub assignments: Option<Vec<Assignment>>,
    /// }
    ///
    /// let request = Endpoint::default().get::<DeviceConfiguration>(&["c1"]).expand("assignments").build().unwrap();
    /// assert_eq!(
    ///     request.uri(),
    ///     "https://graph.microsoft.com/v1.0/deviceManagement/deviceConfigurations/c1?$select=id,displayName&$expand=assignments",
    /// );
    /// let refused = Endpoint::default().get::<DeviceConfiguration>(&["c1"]).expand("displayName").build();
    /// assert_eq!(
    ///     refused.unwrap_err().to_string(),
    ///     "`displayName` is not a navigation field of the microsoft.graph.deviceConfiguration struct; $expand takes fields marked #[graph(navigation)]",
    /// );
    /// ```
    pub fn expand(mut self, field: &str) -> RequestBuilder {
        let navigation = self.description.fields.iter().find(|described| {
            described.role == FieldRole::Navigation
                && (described.json_name == field || described.rust_name == field)
        });
        match navigation {
            Some(described) => {
                let expand = match self.query.remove("$expand") {
                    Some(earlier) => format!("{earlier},{}", described.json_name),
                    None => described.json_name.to_owned(),
                };
                self.query = std::mem::take(&mut self.query).expand(expand);
            }
            None => self.fail(Error::NotNavigation {
                name: field.to_owned(),
                odata_type: self.odata_type,
            }),
        }
        self
    }

    /// Drops the `$select` that a get or list asks for by default, so the
    /// service returns its default set of properties (all of them, for most
    /// Intune types).
    ///
    /// ```
    /// # use graph_core::{Endpoint, GraphEntity};
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String> }
    /// let request = Endpoint::default().get::<ManagedDevice>(&["d"]).select_all().build().unwrap();
    /// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/deviceManagement/managedDevices/d");
    /// ```
    pub fn select_all(mut self) -> RequestBuilder {
        self.query.remove("$select");
        self
    }

    /// Sends `If-Match` with this value (an etag, or `*`).
    ///
    /// ```
    /// # use graph_core::{Endpoint, GraphEntity};
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String> }
    /// let request = Endpoint::default().delete::<ManagedDevice>(&["d"]).if_match("W/\"3\"").build().unwrap();
    /// assert_eq!(request.headers()["if-match"], "W/\"3\"");
    /// ```
    pub fn if_match(mut self, etag: impl Into<String>) -> RequestBuilder {
        self.if_match = IfMatch::Value(etag.into());
        self
    }

    /// Sends `If-Match` with the etag of the entity or patch the request was
    /// made from (the `#[graph(etag)]` field, read from `@odata.etag`);
    /// `build` fails with [`Error::NoEtag`] when it has none. A
    /// [`patch`](Endpoint::patch) sends its etag without being asked.
    ///
    /// ```
    /// use graph_core::{Endpoint, GraphEntity};
    ///
    /// #[derive(Debug, Default, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
    /// pub struct DeviceCategory {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    ///     #[graph(etag)]
    ///     pub etag: Option<String>,
    ///     pub display_name: Option<String>,
    /// }
    ///
    /// let category = DeviceCategory { id: Some("c".into()), etag: Some("W/\"7\"".into()), ..Default::default() };
    /// let request = Endpoint::default().update(&category, &[]).if_match_etag().build().unwrap();
    /// assert_eq!(request.headers()["if-match"], "W/\"7\"");
    ///
    /// let no_etag = DeviceCategory { id: Some("c".into()), ..Default::default() };
    /// let error = Endpoint::default().update(&no_etag, &[]).if_match_etag().build().unwrap_err();
    /// assert_eq!(error.to_string(), "no etag to send as If-Match; read the entity with its @odata.etag first");
    /// ```
    pub fn if_match_etag(mut self) -> RequestBuilder {
        self.if_match = IfMatch::Etag;
        self
    }

    /// Lets a patch that changes nothing be sent; by default `build` refuses
    /// it with [`Error::EmptyPatch`].
    ///
    /// ```
    /// use graph_core::{Endpoint, Error, GraphEntity};
    ///
    /// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
    /// pub struct DeviceCategory {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    ///     pub display_name: Option<String>,
    /// }
    ///
    /// let category = DeviceCategory { id: Some("c".into()), display_name: Some("Phones".into()) };
    /// let unchanged = category.changes_since(&category);
    /// let refused = Endpoint::default().patch::<DeviceCategory>(&unchanged, &["c"]).build();
    /// assert!(matches!(refused, Err(Error::EmptyPatch)));
    /// let request = Endpoint::default().patch::<DeviceCategory>(&unchanged, &["c"]).allow_empty().build().unwrap();
    /// assert_eq!(request.body(), br##"{"@odata.type":"#microsoft.graph.deviceCategory"}"##);
    /// ```
    pub fn allow_empty(mut self) -> RequestBuilder {
        self.empty_patch = false;
        self
    }

    /// Sends `Authorization: Bearer {token}` (marked sensitive, so it is not
    /// shown when the headers are printed with `{:?}`).
    ///
    /// ```
    /// # use graph_core::{Endpoint, GraphEntity};
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String> }
    /// let request = Endpoint::default().get::<ManagedDevice>(&["d"]).bearer("eyJ0eXAi").build().unwrap();
    /// assert_eq!(request.headers()["authorization"], "Bearer eyJ0eXAi");
    /// assert!(request.headers()["authorization"].is_sensitive());
    /// ```
    pub fn bearer(mut self, token: &str) -> RequestBuilder {
        match HeaderValue::try_from(format!("Bearer {token}")) {
            Ok(mut value) => {
                value.set_sensitive(true);
                self.headers.insert(AUTHORIZATION, value);
            }
            Err(error) => self.fail(Error::Http(error.into())),
        }
        self
    }

    /// Sets a header, replacing the value it would have otherwise
    /// (including `Accept` and `Content-Type`).
    ///
    /// ```
    /// # use graph_core::{Endpoint, GraphEntity};
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String> }
    /// let request = Endpoint::default()
    ///     .list::<ManagedDevice>(&[])
    ///     .header("ConsistencyLevel", "eventual")
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(request.headers()["consistencylevel"], "eventual");
    /// let error = Endpoint::default().list::<ManagedDevice>(&[]).header("bad header", "x").build().unwrap_err();
    /// assert_eq!(error.to_string(), "cannot build the http request: invalid HTTP header name");
    /// ```
    pub fn header<K, V>(mut self, name: K, value: V) -> RequestBuilder
    where
        HeaderName: TryFrom<K>,
        <HeaderName as TryFrom<K>>::Error: Into<http::Error>,
        HeaderValue: TryFrom<V>,
        <HeaderValue as TryFrom<V>>::Error: Into<http::Error>,
    {
        match (HeaderName::try_from(name), HeaderValue::try_from(value)) {
            (Ok(name), Ok(value)) => {
                self.headers.insert(name, value);
            }
            (Err(error), _) => self.fail(Error::Http(error.into())),
            (_, Err(error)) => self.fail(Error::Http(error.into())),
        }
        self
    }

    /// The template the request uses.
    fn template(&self) -> Result<&PathTemplate, PathError> {
        match &self.choice {
            Choice::Index(index) => self.paths.get(*index).ok_or_else(|| PathError::NoTemplateAt {
                odata_type: self.odata_type.to_owned(),
                index: *index,
                count: self.paths.len(),
            }),
            Choice::Containing(text) => self
                .paths
                .iter()
                .find(|template| template.as_str().contains(text.as_str()))
                .ok_or_else(|| PathError::NoTemplateContaining {
                    odata_type: self.odata_type.to_owned(),
                    text: text.clone(),
                }),
            Choice::Template(template) => Ok(template),
        }
    }

    /// The rendered path.
    fn render_path(&self) -> Result<String, PathError> {
        let template = self.template()?;
        match &self.target {
            Target::Ids(ids) => template.render(&as_strs(ids)),
            Target::Item { parents, key } => template.render_with_key(key.as_deref(), &as_strs(parents)),
            // An item template gives its collection; a template that does not
            // end with a placeholder is taken as the collection path itself.
            Target::Collection(parents) if template.ends_with_param() => {
                template.collection()?.render(&as_strs(parents))
            }
            Target::Collection(parents) => template.render(&as_strs(parents)),
        }
    }

    /// The full URL the request goes to, query included.
    ///
    /// ```
    /// # use graph_core::{ApiVersion, Cloud, Endpoint, GraphEntity};
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String>, pub device_name: Option<String> }
    /// let endpoint = Endpoint::new(Cloud::China, ApiVersion::Beta);
    /// assert_eq!(
    ///     endpoint.get::<ManagedDevice>(&["a b"]).url().unwrap(),
    ///     "https://microsoftgraph.chinacloudapi.cn/beta/deviceManagement/managedDevices/a%20b?$select=id,deviceName",
    /// );
    /// ```
    pub fn url(&self) -> Result<String, Error> {
        let mut url = self.base_url.clone();
        url.push_str(&self.render_path()?);
        if !self.query.is_empty() {
            url.push('?');
            url.push_str(&self.query.to_string());
        }
        Ok(url)
    }

    /// Builds the request.
    ///
    /// Fails with the first problem met: a value that cannot fill the path
    /// ([`Error::Path`]), a body that cannot be serialized
    /// ([`Error::WriteBody`]), a refused empty patch ([`Error::EmptyPatch`]),
    /// a missing etag ([`Error::NoEtag`]), or an invalid URL or header
    /// ([`Error::Http`]).
    ///
    /// ```
    /// # use graph_core::{Endpoint, GraphEntity};
    /// # #[derive(Debug, Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// # pub struct ManagedDevice { #[graph(key)] pub id: Option<String> }
    /// let request = Endpoint::default().delete::<ManagedDevice>(&["d"]).build().unwrap();
    /// assert_eq!(request.method(), "DELETE");
    /// assert_eq!(request.headers()["accept"], "application/json");
    /// assert!(request.body().is_empty());
    ///
    /// let error = Endpoint::default().delete::<ManagedDevice>(&[".."]).build().unwrap_err();
    /// assert_eq!(error.to_string(), "value `..` for placeholder `{managedDeviceId}` is a dot segment, which URLs resolve away");
    /// ```
    pub fn build(mut self) -> Result<http::Request<Vec<u8>>, Error> {
        let url = self.url()?;
        if let Some(error) = self.error.take() {
            return Err(error);
        }
        if self.empty_patch {
            return Err(Error::EmptyPatch);
        }
        let if_match = match std::mem::replace(&mut self.if_match, IfMatch::None) {
            IfMatch::None => None,
            IfMatch::Etag => Some(self.etag.take().ok_or(Error::NoEtag)?),
            IfMatch::Value(value) => Some(value),
        };
        let mut headers = HeaderMap::with_capacity(4 + self.headers.len());
        headers.insert(ACCEPT, JSON);
        if self.body.is_some() {
            headers.insert(CONTENT_TYPE, SERIALIZED_JSON_TYPE);
        }
        if let Some(etag) = if_match {
            headers.insert(IF_MATCH, HeaderValue::try_from(etag).map_err(http::Error::from)?);
        }
        if self.query.needs_eventual_consistency() {
            headers.insert(CONSISTENCY_LEVEL, EVENTUAL);
        }
        headers.extend(self.headers);
        let mut request = http::Request::builder()
            .method(self.method)
            .uri(url)
            .body(self.body.unwrap_or_default())?;
        *request.headers_mut() = headers;
        Ok(request)
    }
}

fn as_strs(values: &[String]) -> Vec<&str> {
    values.iter().map(String::as_str).collect()
}

pub(super) fn to_strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|value| (*value).to_owned()).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use std::borrow::Cow;

    use serde::ser::SerializeMap;
    use serde::{Deserialize, Serializer};

    use super::*;
    use crate::endpoint::{ApiVersion, Cloud};
    use crate::entity::{BodyKind, Creatable};
    use crate::patch::{Change, Patch};
    use crate::path::Segment;

    /// A managed device, with `GraphEntity` written by hand: `serial_number`
    /// is immutable (create only), `id` the key.
    #[derive(Debug, Clone, Default, PartialEq, serde::Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Device {
        id: Option<String>,
        #[serde(skip)]
        etag: Option<String>,
        device_name: Option<String>,
        serial_number: Option<String>,
    }

    #[derive(Debug, Default)]
    struct DevicePatch {
        device_name: Change<String>,
        etag: Option<String>,
    }

    const TYPE: &str = "#microsoft.graph.managedDevice";

    impl serde::Serialize for DevicePatch {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(None)?;
            map.serialize_entry("@odata.type", TYPE)?;
            match &self.device_name {
                Change::Set(name) | Change::Replace { new: name, .. } => {
                    map.serialize_entry("deviceName", name)?
                }
                Change::Clear => map.serialize_entry("deviceName", &())?,
                Change::Unchanged => {}
            }
            map.end()
        }
    }

    impl Patch for DevicePatch {
        fn is_empty(&self) -> bool {
            self.device_name.is_unchanged()
        }
        fn if_match(&self) -> Option<&str> {
            self.etag.as_deref()
        }
        fn set_if_match(&mut self, etag: Option<String>) {
            self.etag = etag;
        }
    }

    impl GraphEntity for Device {
        const ODATA_TYPE: &'static str = "microsoft.graph.managedDevice";
        const PATHS: &'static [PathTemplate] = &[
            PathTemplate::__from_static(
                "/deviceManagement/managedDevices/{managedDeviceId}",
                &[
                    Segment::Literal(Cow::Borrowed("deviceManagement")),
                    Segment::Literal(Cow::Borrowed("managedDevices")),
                    Segment::Param(Cow::Borrowed("managedDeviceId")),
                ],
            ),
            PathTemplate::__from_static(
                "/users/{userId}/managedDevices/{managedDeviceId}/primaryDevice",
                &[
                    Segment::Literal(Cow::Borrowed("users")),
                    Segment::Param(Cow::Borrowed("userId")),
                    Segment::Literal(Cow::Borrowed("managedDevices")),
                    Segment::Param(Cow::Borrowed("managedDeviceId")),
                    Segment::Literal(Cow::Borrowed("primaryDevice")),
                ],
            ),
        ];
        const PROPERTIES: &'static [&'static str] = &["id", "deviceName", "serialNumber"];
        const DESCRIPTION: &'static crate::describe::Description = &crate::describe::Description {
            rust_name: "Device",
            odata_type: "microsoft.graph.managedDevice",
            kind: crate::describe::TypeKind::Entity,
            is_abstract: false,
            open: false,
            paths: Self::PATHS,
            fields: &[],
            variants: &[],
        };
        type Patch = DevicePatch;

        fn key(&self) -> Option<Cow<'_, str>> {
            self.id.as_deref().map(Cow::Borrowed)
        }
        fn etag(&self) -> Option<&str> {
            self.etag.as_deref()
        }
        fn changes_since(&self, old: &Self) -> DevicePatch {
            DevicePatch {
                device_name: Change::between_options(&self.device_name, &old.device_name),
                etag: old.etag.clone(),
            }
        }
        fn __serialize_body<S: Serializer>(
            &self,
            serializer: S,
            kind: BodyKind,
            _old: Option<&Self>,
        ) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(None)?;
            map.serialize_entry("@odata.type", TYPE)?;
            if let Some(name) = &self.device_name {
                map.serialize_entry("deviceName", name)?;
            }
            if let (BodyKind::Create, Some(serial)) = (kind, &self.serial_number) {
                map.serialize_entry("serialNumber", serial)?;
            }
            map.end()
        }
    }

    impl Creatable for Device {}

    fn device() -> Device {
        Device {
            id: Some("d/1".into()),
            etag: Some("W/\"5\"".into()),
            device_name: Some("DESKTOP-JOE".into()),
            serial_number: Some("SN 1".into()),
        }
    }

    fn beta() -> Endpoint {
        Endpoint::new(Cloud::Global, ApiVersion::Beta)
    }

    fn header_list(request: &http::Request<Vec<u8>>) -> Vec<(String, String)> {
        request
            .headers()
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned()))
            .collect()
    }

    fn pairs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect()
    }

    #[test]
    fn bodies_it_serializes_are_marked_json() {
        let patch = DevicePatch {
            device_name: Change::Set("Kiosk".into()),
            ..DevicePatch::default()
        };
        let request = beta().patch::<Device>(&patch, &["d"]).build().unwrap();
        assert!(is_serialized_json(&request.headers()[CONTENT_TYPE]));
        assert_eq!(request.headers()[CONTENT_TYPE], "application/json");
        // Not `Accept`, nor any other value of the same text.
        assert!(!is_serialized_json(&request.headers()[ACCEPT]));
        assert!(!is_serialized_json(&HeaderValue::from_static("application/json")));
        assert!(!is_serialized_json(
            &HeaderValue::from_str("application/json").unwrap()
        ));
        // A Content-Type set by hand replaces the mark.
        let request = beta()
            .patch::<Device>(&patch, &["d"])
            .header("content-type", "application/json")
            .build()
            .unwrap();
        assert!(!is_serialized_json(&request.headers()[CONTENT_TYPE]));
        // Inlined by a batch as serialized.
        let request = beta().patch::<Device>(&patch, &["d"]).build().unwrap();
        let mut batch = crate::Batch::new(&beta());
        batch.push(request);
        // A body replaced by hand, with its Content-Type set again, is
        // checked: not JSON, so base64.
        let mut request = beta().patch::<Device>(&patch, &["d"]).build().unwrap();
        *request.body_mut() = b"{not json".to_vec();
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        batch.push(request);
        let round = batch.next_round().unwrap();
        assert_eq!(
            std::str::from_utf8(round.requests[0].body()).unwrap(),
            r##"{"requests":[{"id":"0","method":"PATCH","url":"/deviceManagement/managedDevices/d","headers":{"accept":"application/json","content-type":"application/json"},"body":{"@odata.type":"#microsoft.graph.managedDevice","deviceName":"Kiosk"}},{"id":"1","method":"PATCH","url":"/deviceManagement/managedDevices/d","headers":{"accept":"application/json","content-type":"application/json"},"body":"e25vdCBqc29u"}]}"##
        );
    }

    #[test]
    fn get_selects_every_property() {
        let request = beta().get::<Device>(&["d 1"]).build().unwrap();
        assert_eq!(request.method(), Method::GET);
        assert_eq!(
            request.uri().to_string(),
            "https://graph.microsoft.com/beta/deviceManagement/managedDevices/d%201?$select=id,deviceName,serialNumber"
        );
        assert_eq!(header_list(&request), pairs(&[("accept", "application/json")]));
        assert_eq!(request.body(), b"");
    }

    #[test]
    fn get_with_query_options_and_another_template() {
        let request = beta()
            .get::<Device>(&["u@contoso.com", "d"])
            .path_containing("primaryDevice")
            .query(
                Query::new()
                    .expand("users($select=id)")
                    .filter("a eq 'é'")
                    .top(5)
                    .skip(10)
                    .count(true)
                    .orderby("id desc"),
            )
            .build()
            .unwrap();
        assert_eq!(
            request.uri().to_string(),
            "https://graph.microsoft.com/beta/users/u%40contoso.com/managedDevices/d/primaryDevice\
             ?$select=id,deviceName,serialNumber&$expand=users($select%3Did)&$filter=a%20eq%20'%C3%A9'&$top=5&$skip=10&$count=true&$orderby=id%20desc"
        );
        let by_index = beta()
            .get::<Device>(&["u", "d"])
            .path_index(1)
            .select_all()
            .url()
            .unwrap();
        assert_eq!(
            by_index,
            "https://graph.microsoft.com/beta/users/u/managedDevices/d/primaryDevice"
        );
    }

    #[test]
    fn missing_templates_are_errors() {
        let error = beta().get::<Device>(&["d"]).path_index(2).build().unwrap_err();
        assert_eq!(
            error.to_string(),
            "`microsoft.graph.managedDevice` has no path template at index 2 (it has 2)"
        );
        let error = beta()
            .get::<Device>(&["d"])
            .path_containing("groups")
            .build()
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "`microsoft.graph.managedDevice` has no path template containing `groups`"
        );
    }

    #[test]
    fn a_template_without_a_final_placeholder_is_its_own_collection() {
        let url = beta()
            .list::<Device>(&["u", "d"])
            .path_index(1)
            .select_all()
            .url()
            .unwrap();
        assert_eq!(
            url,
            "https://graph.microsoft.com/beta/users/u/managedDevices/d/primaryDevice"
        );
    }

    #[test]
    fn list_goes_to_the_collection() {
        let request = Endpoint::new(Cloud::UsGovL4, ApiVersion::V1)
            .list::<Device>(&[])
            .select_all()
            .build()
            .unwrap();
        assert_eq!(
            request.uri().to_string(),
            "https://graph.microsoft.us/v1.0/deviceManagement/managedDevices"
        );
        let error = beta().list::<Device>(&["extra"]).build().unwrap_err();
        assert_eq!(
            error.to_string(),
            "path template `/deviceManagement/managedDevices` takes 0 values, 1 given"
        );
    }

    #[test]
    fn create_posts_the_create_body() {
        let request = beta().create(&device(), &[]).bearer("tok").build().unwrap();
        assert_eq!(request.method(), Method::POST);
        assert_eq!(
            request.uri().to_string(),
            "https://graph.microsoft.com/beta/deviceManagement/managedDevices"
        );
        assert_eq!(
            header_list(&request),
            pairs(&[
                ("accept", "application/json"),
                ("content-type", "application/json"),
                ("authorization", "Bearer tok"),
            ])
        );
        assert_eq!(
            String::from_utf8(request.into_body()).unwrap(),
            r##"{"@odata.type":"#microsoft.graph.managedDevice","deviceName":"DESKTOP-JOE","serialNumber":"SN 1"}"##
        );
    }

    #[test]
    fn update_patches_the_item_path() {
        let request = beta().update(&device(), &[]).build().unwrap();
        assert_eq!(request.method(), Method::PATCH);
        assert_eq!(
            request.uri().to_string(),
            "https://graph.microsoft.com/beta/deviceManagement/managedDevices/d%2F1"
        );
        assert_eq!(
            header_list(&request),
            pairs(&[
                ("accept", "application/json"),
                ("content-type", "application/json")
            ])
        );
        assert_eq!(
            request.body(),
            br##"{"@odata.type":"#microsoft.graph.managedDevice","deviceName":"DESKTOP-JOE"}"##
        );

        let conditional = beta().update(&device(), &[]).if_match_etag().build().unwrap();
        assert_eq!(conditional.headers()[IF_MATCH], "W/\"5\"");
        let explicit = beta().update(&device(), &[]).if_match("*").build().unwrap();
        assert_eq!(explicit.headers()[IF_MATCH], "*");

        let keyless = Device { id: None, ..device() };
        assert_eq!(
            beta().update(&keyless, &[]).build().unwrap_err().to_string(),
            "the entity has no key for placeholder `{managedDeviceId}` of path template \
             `/deviceManagement/managedDevices/{managedDeviceId}`; set its key field"
        );
        let no_etag = Device {
            etag: None,
            ..device()
        };
        assert!(matches!(
            beta().update(&no_etag, &[]).if_match_etag().build(),
            Err(Error::NoEtag)
        ));
    }

    #[test]
    fn patches_send_their_etag_and_refuse_to_be_empty() {
        let old = device();
        let new = Device {
            device_name: None,
            ..device()
        };
        let request = beta().update_changes(&new, &old, &[]).build().unwrap();
        assert_eq!(
            request.uri().to_string(),
            "https://graph.microsoft.com/beta/deviceManagement/managedDevices/d%2F1"
        );
        assert_eq!(
            header_list(&request),
            pairs(&[
                ("accept", "application/json"),
                ("content-type", "application/json"),
                ("if-match", "W/\"5\""),
            ])
        );
        assert_eq!(
            request.body(),
            br##"{"@odata.type":"#microsoft.graph.managedDevice","deviceName":null}"##
        );

        let mut patch = DevicePatch {
            device_name: Change::Set("x".into()),
            etag: None,
        };
        let request = beta().patch::<Device>(&patch, &["d"]).build().unwrap();
        assert_eq!(request.headers().get(IF_MATCH), None);
        patch.set_if_match(Some("W/\"9\"".into()));
        let request = beta().patch::<Device>(&patch, &["d"]).build().unwrap();
        assert_eq!(request.headers()[IF_MATCH], "W/\"9\"");
        let request = beta()
            .patch::<Device>(&patch, &["d"])
            .if_match("*")
            .build()
            .unwrap();
        assert_eq!(request.headers()[IF_MATCH], "*");

        let empty = old.changes_since(&old);
        let error = beta().patch::<Device>(&empty, &["d"]).build().unwrap_err();
        assert_eq!(
            error.to_string(),
            "the patch changes nothing; skip the request or allow it with `allow_empty()`"
        );
        let allowed = beta()
            .update_changes(&old, &old, &[])
            .allow_empty()
            .build()
            .unwrap();
        assert_eq!(
            allowed.body(),
            br##"{"@odata.type":"#microsoft.graph.managedDevice"}"##
        );
    }

    #[test]
    fn delete_has_no_body() {
        let request = Endpoint::new(Cloud::China, ApiVersion::V1)
            .delete::<Device>(&["d"])
            .build()
            .unwrap();
        assert_eq!(request.method(), Method::DELETE);
        assert_eq!(
            request.uri().to_string(),
            "https://microsoftgraph.chinacloudapi.cn/v1.0/deviceManagement/managedDevices/d"
        );
        assert_eq!(header_list(&request), pairs(&[("accept", "application/json")]));
        assert!(request.body().is_empty());
        let request = beta()
            .delete_entity(&device(), &[])
            .if_match_etag()
            .build()
            .unwrap();
        assert_eq!(
            request.uri().to_string(),
            "https://graph.microsoft.com/beta/deviceManagement/managedDevices/d%2F1"
        );
        assert_eq!(request.headers()[IF_MATCH], "W/\"5\"");
    }

    #[test]
    fn headers_replace_the_defaults_and_bad_ones_fail_the_build() {
        let request = beta()
            .get::<Device>(&["d"])
            .header(ACCEPT, "application/json;odata.metadata=minimal")
            .header("ConsistencyLevel", "eventual")
            .build()
            .unwrap();
        assert_eq!(
            header_list(&request),
            pairs(&[
                ("accept", "application/json;odata.metadata=minimal"),
                ("consistencylevel", "eventual")
            ])
        );
        let error = beta().get::<Device>(&["d"]).bearer("a\nb").build().unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot build the http request: failed to parse header value"
        );
        let error = beta()
            .get::<Device>(&["d"])
            .header("x", "\u{7f}")
            .build()
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot build the http request: failed to parse header value"
        );
        assert!(format!(
            "{:?}",
            beta()
                .get::<Device>(&["d"])
                .bearer("secret")
                .build()
                .unwrap()
                .headers()
        )
        .contains("Sensitive"));
    }

    #[test]
    fn custom_cloud_with_a_bad_url_fails_the_build() {
        let endpoint = Endpoint::new(Cloud::Custom("not a url".into()), ApiVersion::V1);
        let error = endpoint.get::<Device>(&["d"]).build().unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot build the http request: invalid uri character"
        );
        let local = Endpoint::new(Cloud::Custom("http://localhost:8080/".into()), ApiVersion::V1);
        assert_eq!(
            local
                .get::<Device>(&["d"])
                .select_all()
                .build()
                .unwrap()
                .uri()
                .to_string(),
            "http://localhost:8080/v1.0/deviceManagement/managedDevices/d"
        );
    }
}
