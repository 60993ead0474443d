//! Typed Microsoft Graph (OData v4) entities from hand-written structs.
//!
//! Write a struct, derive [`GraphEntity`], name its OData type, mark what
//! the server owns and where it lives; graph-core then writes the exact
//! request bodies and patches, reads what the server sends without losing a
//! property, renders safe URLs and builds transport-free HTTP requests.
//!
//! ```
//! use chrono::{DateTime, FixedOffset};
//! use graph_core::{GraphEntity, GraphEnum};
//!
//! #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
//! #[graph(
//!     odata_type = "microsoft.graph.embeddedSIMDeviceState",
//!     path = "/deviceManagement/embeddedSIMActivationCodePools/{embeddedSIMActivationCodePoolId}/deviceStates/{embeddedSIMDeviceStateId}",
//! )]
//! pub struct EmbeddedSimDeviceState {
//!     #[graph(key)]
//!     pub id: Option<String>,
//!     #[graph(read_only)]
//!     pub created_date_time: Option<DateTime<FixedOffset>>,
//!     pub last_sync_date_time: Option<DateTime<FixedOffset>>,
//!     pub device_name: Option<String>,
//!     pub user_name: Option<String>,
//!     pub state: Option<EmbeddedSimDeviceStateValue>,
//! }
//!
//! #[derive(Debug, Clone, PartialEq, GraphEnum)]
//! pub enum EmbeddedSimDeviceStateValue {
//!     NotEvaluated, Failed, Installing, Installed,
//!     #[graph(other)]
//!     Other(String),
//! }
//!
//! let state: EmbeddedSimDeviceState = serde_json::from_str(r##"{
//!     "@odata.type": "#microsoft.graph.embeddedSIMDeviceState",
//!     "id": "908884a3",
//!     "createdDateTime": "2017-01-01T00:02:43.5775965-08:00",
//!     "lastSyncDateTime": "2017-01-01T00:02:49.3205976-08:00",
//!     "deviceName": "Device Name value",
//!     "userName": "User Name value",
//!     "state": "failed"
//! }"##).unwrap();
//!
//! // The update body never carries the key or server-owned properties.
//! assert_eq!(
//!     serde_json::to_string(&state.update_body()).unwrap(),
//!     r##"{"@odata.type":"#microsoft.graph.embeddedSIMDeviceState","lastSyncDateTime":"2017-01-01T00:02:49.3205976-08:00","deviceName":"Device Name value","userName":"User Name value","state":"failed"}"##,
//! );
//!
//! // A patch sends exactly what changed; clearing sends null.
//! let mut changed = state.clone();
//! changed.device_name = Some("DESKTOP-JOE".into());
//! changed.user_name = None;
//! assert_eq!(
//!     serde_json::to_string(&changed.changes_since(&state)).unwrap(),
//!     r##"{"@odata.type":"#microsoft.graph.embeddedSIMDeviceState","deviceName":"DESKTOP-JOE","userName":null}"##,
//! );
//! ```
//!
//! # Features
//!
//! - **`derive`** (default): re-exports the [`GraphEntity`] and
//!   [`GraphEnum`] derives from graph-derive, pinned to this crate's
//!   version. Without it (`default-features = false`) the traits, wire
//!   formats, paths, requests and responses are all there, for types whose
//!   impls come from elsewhere (graph-derive used directly, or generated
//!   code).
//!
//! - **`uuid`**: `uuid::Uuid` (and `Option<Uuid>`) as a property type, read in
//!   any form the uuid crate accepts and written hyphenated in lower case
//!   as Graph writes `Edm.Guid`, and as a `#[graph(key)]` field:
//!   [`GraphEntity::key`] and path rendering take it.
//!
//! ```toml
//! graph-core = { version = "0.1", features = ["uuid"] }
//! ```
//!
//! graph-core has no HTTP client and no async runtime: it builds
//! `http::Request`s and reads status and body pairs, so any client fits.

#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]
#![warn(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

pub mod batch;
pub mod describe;
mod endpoint;
mod entity;
mod enums;
mod error;
mod flags;
mod patch;
mod path;
pub mod query;
mod request;
mod response;
pub mod retry;
mod unknown;
pub mod wire;

#[doc(hidden)]
pub mod __private;

pub use batch::Batch;
pub use endpoint::{ApiVersion, Cloud, Endpoint};
pub use entity::{BodyKind, Creatable, CreateBody, GraphEntity, UpdateBody};
pub use enums::GraphEnum;
pub use error::{excerpt, Error, ErrorDetail, GraphError};
pub use flags::{FlagEnum, Flags, FlagsIter};
pub use patch::{Change, Patch};
pub use path::PathError;
pub use path::{PathTemplate, Segment, SyntaxError};
pub use request::{Query, RequestBuilder};
pub use response::{
    read_empty, read_entity, read_page, read_updated, Page, PageCursor, Pages, RawResponse, ReadAnswer,
    ReadEmpty, ReadEntity, ReadPage, ReadUpdated,
};
pub use retry::RetryPolicy;
pub use unknown::UnknownEntity;
pub use wire::{Binary, Duration};

/// Derives [`GraphEntity`], [`Creatable`], [`serde::Serialize`],
/// [`serde::Deserialize`] and a patch builder for a struct; or, on an enum
/// whose variants each wrap one entity type, dispatch on `@odata.type`.
///
/// # Container attributes
///
/// | attribute | meaning |
/// |---|---|
/// | `odata_type = "ns.Name"` | required; a leading `#` is ignored |
/// | `path = "/a/{aId}"` | zero or more URL path templates, checked at compile time |
/// | `complex` | a complex type: no key, no paths; written `ns.Name` (no `#`) as Graph does |
/// | `abstract` | reads any `@odata.type`; no [`Creatable`] impl |
/// | `omit_body_type` | request bodies and patches carry no `@odata.type` |
/// | `crate = "path::to::graph_core"` | where the generated code finds graph_core |
///
/// # Field attributes
///
/// | attribute | meaning |
/// |---|---|
/// | (none) | JSON name is the camelCased field name; `r#type` is `type` |
/// | `rename = "azureADDeviceId"` | the exact JSON name |
/// | `key` | the entity key: never in a body; fills the last placeholder of an item path |
/// | `read_only` | server-owned: read and written in the full representation only; no patch setter |
/// | `immutable` | in create bodies only; no patch setter |
/// | `write_only` | sent in bodies; its absence when reading is normal |
/// | `extra` | a `serde_json::Map<String, Value>` keeping every unknown property and annotation |
/// | `etag` | an `Option<String>` receiving `@odata.etag`; patches carry it as `If-Match` |
/// | `odata_type` | an `Option<String>` receiving `@odata.type`; any type is then accepted and written back |
/// | `skip` | not on the wire (the type must be `Default`) |
/// | `with = "module"` | a serde `with` module for the value |
/// | `navigation` | related entities read through `$expand`: read and kept, never in a body, a patch or `$select`; no patch setter |
/// | `bind = "members"` | entity URLs (`Vec<String>`, `Option<String>`) written only in bodies and patches as `"members@odata.bind"`; never read |
///
/// Write optional properties as `Option<T>`: the derive recognizes that
/// spelling to leave absent values out. Any other field type is asked of
/// the compiler: a `GraphEntity` value inside a body is written in its own
/// body form, a chrono type (or an alias of one) in Graph's date and time
/// format, anything else through its serde impls.
///
/// # Nested values in bodies and patches
///
/// A complex value inside a create body, an update body or a patch is
/// written as that type's body, at any depth: without its `key`,
/// `read_only` and `navigation` members and without annotations, with its
/// `immutable` members only when creating, and with the members of its
/// `extra` map (a top-level body leaves `extra` out). `changes_since` sends
/// a nested value that changed whole, with `null` for every member the old
/// value had and the new one lacks (a [`Change::Replace`]), so that the
/// patch clears them whether the service merges complex values or replaces
/// them; a changed collection is sent whole.
///
/// The patch type is `<Name>Patch`, made by `Name::patch()`, with a setter
/// and a `clear_` method for each writable field.
///
/// ```
/// use graph_core::{GraphEntity, Patch};
///
/// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
/// pub struct DeviceCategory {
///     #[graph(key)]
///     pub id: Option<String>,
///     pub display_name: Option<String>,
///     pub description: Option<String>,
/// }
///
/// let patch = DeviceCategory::patch().display_name("Phones").clear_description();
/// assert_eq!(
///     serde_json::to_string(&patch).unwrap(),
///     r##"{"@odata.type":"#microsoft.graph.deviceCategory","displayName":"Phones","description":null}"##,
/// );
/// assert_eq!(DeviceCategory::PATHS[0].as_str(), "/deviceManagement/deviceCategories/{deviceCategoryId}");
/// ```
#[cfg(feature = "derive")]
#[cfg_attr(docsrs, doc(cfg(feature = "derive")))]
pub use graph_derive::GraphEntity;

/// Derives [`GraphEnum`], [`serde::Serialize`] and [`serde::Deserialize`]
/// for a fieldless enum of Graph enumeration members.
///
/// | attribute | on | meaning |
/// |---|---|---|
/// | `flags` | the enum | a flag enum (`IsFlags`): also implements [`FlagEnum`], so that [`Flags<Self>`](Flags) holds a set of members |
/// | `crate = "path::to::graph_core"` | the enum | where the generated code finds graph_core |
/// | `rename = "iOS"` | a variant | the exact member name |
/// | `other` | one variant | keeps unknown members: `Other(String)` keeps the text, a unit variant drops it (not in a flag enum) |
#[cfg(feature = "derive")]
#[cfg_attr(docsrs, doc(cfg(feature = "derive")))]
pub use graph_derive::GraphEnum;
