//! Microsoft Graph's schema (its OData CSDL `$metadata` document) for
//! `graph-core`: read it ([`Metadata::parse`]), list the path templates
//! under which it reaches an entity type ([`Metadata::paths`], rules in
//! [`mod@paths`]), write the first version of annotated structs
//! ([`generate()`]) and check hand-written structs against it forever
//! after ([`verify()`], [`verify_all`]).
//!
//! ```
//! let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="microsoft.graph">
//!   <EntityType Name="deviceCategory"><Key><PropertyRef Name="id" /></Key>
//!     <Property Name="id" Type="Edm.String" Nullable="false" /></EntityType>
//!   <EntityContainer Name="GraphService"><EntitySet Name="deviceCategories" EntityType="microsoft.graph.deviceCategory" /></EntityContainer>
//! </Schema>"#)?;
//! assert_eq!(metadata.counts().entity_types, 1);
//! # Ok::<(), graph_schema::ParseError>(())
//! ```

pub mod generate;
mod model;
pub mod names;
mod parse;
pub mod paths;
pub mod verify;

pub use generate::{generate, GenerateError, Options};
pub use model::{
    Counts, EntitySet, EnumMember, EnumType, Kind, Metadata, Namespace, NavigationProperty, Property,
    Singleton, StructuredType, TypeKey, TypeName, TypeRef,
};
pub use parse::{ParseError, MAX_ATTRIBUTE_LEN, MAX_DEPTH};
pub use paths::{placeholder, MAX_NAVIGATION_DEPTH};
pub use verify::{verify, verify_all, verify_description, Mismatch};
