//! The request constructors of [`Endpoint`]: `get`, `list`, `create`,
//! `update`, `update_changes`, `patch`, `delete` and `delete_entity`.

use http::Method;

use super::builder::{to_strings, IfMatch, RequestBuilder, Target};
use crate::endpoint::Endpoint;
use crate::entity::{Creatable, GraphEntity};
use crate::patch::Patch;

/// Starting requests for a typed entity. Each method picks the path from
/// `T::PATHS` (the first template, unless the builder chooses another) and
/// renders it with the ids given, each percent-encoded as one segment.
///
/// The ids are raw values in the order of the template's placeholders:
/// `ids` fill every placeholder, `parents` every placeholder but the last
/// (the key of the entity, or the collection itself).
impl Endpoint {
    /// `GET` one entity, with `$select` of exactly `T::PROPERTIES` (so a
    /// struct that reads a few properties fetches only those; see
    /// [`RequestBuilder::select_all`]). Read the response with
    /// [`read_entity`](crate::read_entity).
    ///
    /// ```
    /// use graph_core::{ApiVersion, Cloud, Endpoint, GraphEntity};
    ///
    /// #[derive(Debug, Default, GraphEntity)]
    /// #[graph(
    ///     odata_type = "microsoft.graph.embeddedSIMDeviceState",
    ///     path = "/deviceManagement/embeddedSIMActivationCodePools/{embeddedSIMActivationCodePoolId}/deviceStates/{embeddedSIMDeviceStateId}",
    /// )]
    /// pub struct EmbeddedSimDeviceState {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    ///     pub device_name: Option<String>,
    ///     pub user_name: Option<String>,
    /// }
    ///
    /// let endpoint = Endpoint::new(Cloud::Global, ApiVersion::Beta);
    /// let request = endpoint.get::<EmbeddedSimDeviceState>(&["pool 1", "908884a3"]).build().unwrap();
    /// assert_eq!(request.method(), "GET");
    /// assert_eq!(
    ///     request.uri(),
    ///     "https://graph.microsoft.com/beta/deviceManagement/embeddedSIMActivationCodePools/pool%201/deviceStates/908884a3?$select=id,deviceName,userName",
    /// );
    /// assert_eq!(request.headers()["accept"], "application/json");
    /// ```
    pub fn get<T: GraphEntity>(&self, ids: &[&str]) -> RequestBuilder {
        RequestBuilder::new::<T>(self, Method::GET, Target::Ids(to_strings(ids))).select::<T>()
    }

    /// `GET` a collection: the item template without its last placeholder,
    /// with `$select` of `T::PROPERTIES`. Read the pages with
    /// [`Page::walk`](crate::Page::walk) or [`read_page`](crate::read_page).
    ///
    /// ```
    /// use graph_core::{Endpoint, GraphEntity, Query};
    ///
    /// #[derive(Debug, Default, GraphEntity)]
    /// #[graph(
    ///     odata_type = "microsoft.graph.embeddedSIMDeviceState",
    ///     path = "/deviceManagement/embeddedSIMActivationCodePools/{embeddedSIMActivationCodePoolId}/deviceStates/{embeddedSIMDeviceStateId}",
    /// )]
    /// pub struct EmbeddedSimDeviceState {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    ///     pub state: Option<String>,
    /// }
    ///
    /// let request = Endpoint::default()
    ///     .list::<EmbeddedSimDeviceState>(&["pool"])
    ///     .query(Query::new().filter("state eq 'failed'").top(50))
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(
    ///     request.uri(),
    ///     "https://graph.microsoft.com/v1.0/deviceManagement/embeddedSIMActivationCodePools/pool/deviceStates?$select=id,state&$filter=state%20eq%20'failed'&$top=50",
    /// );
    /// ```
    pub fn list<T: GraphEntity>(&self, parents: &[&str]) -> RequestBuilder {
        RequestBuilder::new::<T>(self, Method::GET, Target::Collection(to_strings(parents))).select::<T>()
    }

    /// `POST` a new entity to the collection path (the item template
    /// without its last placeholder, or a template that does not end with
    /// one, taken as is), with its
    /// [`create_body`](Creatable::create_body). The service answers
    /// `201 Created` with the entity ([`read_entity`](crate::read_entity)).
    ///
    /// ```
    /// use graph_core::{Endpoint, GraphEntity};
    ///
    /// #[derive(Debug, Default, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
    /// pub struct DeviceCategory {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    ///     pub display_name: Option<String>,
    /// }
    ///
    /// let category = DeviceCategory { display_name: Some("Phones".into()), ..Default::default() };
    /// let request = Endpoint::default().create(&category, &[]).build().unwrap();
    /// assert_eq!(request.method(), "POST");
    /// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/deviceManagement/deviceCategories");
    /// assert_eq!(request.headers()["content-type"], "application/json");
    /// assert_eq!(request.body(), br##"{"@odata.type":"#microsoft.graph.deviceCategory","displayName":"Phones"}"##);
    /// ```
    pub fn create<T: Creatable>(&self, entity: &T, parents: &[&str]) -> RequestBuilder {
        RequestBuilder::new::<T>(self, Method::POST, Target::Collection(to_strings(parents)))
            .body(&entity.create_body())
    }

    /// `PATCH` an entity with its [`update_body`](GraphEntity::update_body)
    /// (every writable property that is set), at its item path: the key
    /// comes from the entity. Add [`if_match_etag`](RequestBuilder::if_match_etag)
    /// to make the update conditional. Read the answer (`200` with the
    /// entity or `204 No Content`) with [`read_updated`](crate::read_updated).
    ///
    /// ```
    /// use graph_core::{Endpoint, GraphEntity};
    ///
    /// #[derive(Debug, Default, GraphEntity)]
    /// #[graph(
    ///     odata_type = "microsoft.graph.embeddedSIMDeviceState",
    ///     path = "/deviceManagement/embeddedSIMActivationCodePools/{embeddedSIMActivationCodePoolId}/deviceStates/{embeddedSIMDeviceStateId}",
    /// )]
    /// pub struct EmbeddedSimDeviceState {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    ///     pub device_name: Option<String>,
    /// }
    ///
    /// let state = EmbeddedSimDeviceState { id: Some("908884a3".into()), device_name: Some("DESKTOP-JOE".into()) };
    /// let request = Endpoint::default().update(&state, &["pool"]).build().unwrap();
    /// assert_eq!(request.method(), "PATCH");
    /// assert_eq!(
    ///     request.uri(),
    ///     "https://graph.microsoft.com/v1.0/deviceManagement/embeddedSIMActivationCodePools/pool/deviceStates/908884a3",
    /// );
    /// assert_eq!(request.body(), br##"{"@odata.type":"#microsoft.graph.embeddedSIMDeviceState","deviceName":"DESKTOP-JOE"}"##);
    /// ```
    pub fn update<T: GraphEntity>(&self, entity: &T, parents: &[&str]) -> RequestBuilder {
        let mut builder =
            RequestBuilder::new::<T>(self, Method::PATCH, item(entity, parents)).body(&entity.update_body());
        builder.etag = entity.etag().map(str::to_owned);
        builder
    }

    /// `PATCH` exactly what changed from `old` to `new`
    /// ([`changes_since`](GraphEntity::changes_since)), at `old`'s item
    /// path, with `If-Match` when `old` has an etag. A patch that changes
    /// nothing is refused unless [`allowed`](RequestBuilder::allow_empty).
    ///
    /// ```
    /// use graph_core::{Endpoint, GraphEntity};
    ///
    /// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
    /// pub struct DeviceCategory {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    ///     #[graph(etag)]
    ///     pub etag: Option<String>,
    ///     pub display_name: Option<String>,
    ///     pub description: Option<String>,
    /// }
    ///
    /// let old = DeviceCategory {
    ///     id: Some("c1".into()),
    ///     etag: Some("W/\"7\"".into()),
    ///     display_name: Some("Phones".into()),
    ///     description: Some("All phones".into()),
    /// };
    /// let mut new = old.clone();
    /// new.description = None;
    /// let request = Endpoint::default().update_changes(&new, &old, &[]).build().unwrap();
    /// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/deviceManagement/deviceCategories/c1");
    /// assert_eq!(request.headers()["if-match"], "W/\"7\"");
    /// assert_eq!(request.body(), br##"{"@odata.type":"#microsoft.graph.deviceCategory","description":null}"##);
    /// ```
    pub fn update_changes<T: GraphEntity>(&self, new: &T, old: &T, parents: &[&str]) -> RequestBuilder {
        self.patch_at::<T>(&new.changes_since(old), item(old, parents))
    }

    /// `PATCH` with any [`Patch`] (from `T::patch()` or
    /// [`changes_since`](GraphEntity::changes_since)), at the path the `ids`
    /// fill. Sends `If-Match` when the patch carries an etag. A patch that
    /// changes nothing is refused unless [`allowed`](RequestBuilder::allow_empty).
    ///
    /// ```
    /// use graph_core::{Endpoint, GraphEntity};
    ///
    /// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    /// #[graph(
    ///     odata_type = "microsoft.graph.embeddedSIMDeviceState",
    ///     path = "/deviceManagement/embeddedSIMActivationCodePools/{embeddedSIMActivationCodePoolId}/deviceStates/{embeddedSIMDeviceStateId}",
    /// )]
    /// pub struct EmbeddedSimDeviceState {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    ///     pub device_name: Option<String>,
    ///     pub user_name: Option<String>,
    /// }
    ///
    /// let patch = EmbeddedSimDeviceState::patch().device_name("DESKTOP-JOE").clear_user_name();
    /// let request = Endpoint::default().patch::<EmbeddedSimDeviceState>(&patch, &["pool", "state"]).build().unwrap();
    /// assert_eq!(request.method(), "PATCH");
    /// assert_eq!(
    ///     request.body(),
    ///     br##"{"@odata.type":"#microsoft.graph.embeddedSIMDeviceState","deviceName":"DESKTOP-JOE","userName":null}"##,
    /// );
    /// assert!(request.headers().get("if-match").is_none());
    /// ```
    pub fn patch<T: GraphEntity>(&self, patch: &impl Patch, ids: &[&str]) -> RequestBuilder {
        self.patch_at::<T>(patch, Target::Ids(to_strings(ids)))
    }

    fn patch_at<T: GraphEntity>(&self, patch: &impl Patch, target: Target) -> RequestBuilder {
        let mut builder = RequestBuilder::new::<T>(self, Method::PATCH, target).body(patch);
        builder.empty_patch = patch.is_empty();
        if let Some(etag) = patch.if_match() {
            builder.etag = Some(etag.to_owned());
            builder.if_match = IfMatch::Etag;
        }
        builder
    }

    /// `DELETE` the entity at the path the `ids` fill. The service answers
    /// `204 No Content` ([`read_empty`](crate::read_empty)).
    ///
    /// ```
    /// use graph_core::{Endpoint, GraphEntity};
    ///
    /// #[derive(Debug, Default, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
    /// pub struct DeviceCategory {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    /// }
    ///
    /// let request = Endpoint::default().delete::<DeviceCategory>(&["c/1"]).if_match("*").build().unwrap();
    /// assert_eq!(request.method(), "DELETE");
    /// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/deviceManagement/deviceCategories/c%2F1");
    /// assert_eq!(request.headers()["if-match"], "*");
    /// assert!(request.headers().get("content-type").is_none());
    /// ```
    pub fn delete<T: GraphEntity>(&self, ids: &[&str]) -> RequestBuilder {
        RequestBuilder::new::<T>(self, Method::DELETE, Target::Ids(to_strings(ids)))
    }

    /// `DELETE` an entity at its item path: the key comes from the entity.
    /// Add [`if_match_etag`](RequestBuilder::if_match_etag) to delete only
    /// the version that was read.
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
    /// }
    ///
    /// let category = DeviceCategory { id: Some("c1".into()), etag: Some("W/\"2\"".into()) };
    /// let request = Endpoint::default().delete_entity(&category, &[]).if_match_etag().build().unwrap();
    /// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/deviceManagement/deviceCategories/c1");
    /// assert_eq!(request.headers()["if-match"], "W/\"2\"");
    /// ```
    pub fn delete_entity<T: GraphEntity>(&self, entity: &T, parents: &[&str]) -> RequestBuilder {
        let mut builder = RequestBuilder::new::<T>(self, Method::DELETE, item(entity, parents));
        builder.etag = entity.etag().map(str::to_owned);
        builder
    }
}

/// The item path of `entity`: its parents, then its key.
fn item<T: GraphEntity>(entity: &T, parents: &[&str]) -> Target {
    Target::Item {
        parents: to_strings(parents),
        key: entity.key().map(std::borrow::Cow::into_owned),
    }
}
