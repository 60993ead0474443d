//! The [`GraphEntity`] and [`Creatable`] traits and the request-body views
//! they hand out.

use std::borrow::Cow;

use serde::{Serialize, Serializer};

use crate::patch::Patch;
use crate::path::PathTemplate;

/// A typed Microsoft Graph entity or complex type.
///
/// Implemented by `#[derive(GraphEntity)]`. The derive also implements
/// [`serde::Serialize`] (the full representation, `@odata.type` first) and
/// [`serde::Deserialize`] (checked `@odata.type`, unknown properties kept in
/// the `extra` field, every error naming its property).
///
/// ```
/// use graph_core::GraphEntity;
///
/// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.settingSource", complex)]
/// pub struct SettingSource {
///     pub id: Option<String>,
///     pub display_name: Option<String>,
/// }
///
/// assert_eq!(SettingSource::ODATA_TYPE, "microsoft.graph.settingSource");
/// assert_eq!(SettingSource::PROPERTIES, ["id", "displayName"]);
/// let source = SettingSource { display_name: Some("Contoso".into()), ..Default::default() };
/// assert_eq!(
///     serde_json::to_string(&source.update_body()).unwrap(),
///     r#"{"@odata.type":"microsoft.graph.settingSource","displayName":"Contoso"}"#,
/// );
/// ```
pub trait GraphEntity: Serialize + for<'de> serde::Deserialize<'de> {
    /// The namespace-qualified OData type name, without `#`
    /// (`microsoft.graph.embeddedSIMDeviceState`).
    const ODATA_TYPE: &'static str;

    /// The URL path templates the entity lives at, in the order written.
    const PATHS: &'static [PathTemplate];

    /// The JSON names of every property the struct reads, in field order
    /// (what `$select` asks for). Annotations, `extra` and `skip` fields are
    /// not properties.
    const PROPERTIES: &'static [&'static str];

    /// What the derive saw: the type's properties with their roles and wire
    /// shapes, and its paths (see [`describe`](crate::describe)).
    const DESCRIPTION: &'static crate::describe::Description;

    /// The patch type: what [`changes_since`](Self::changes_since) returns.
    type Patch: Patch;

    /// The value of the `#[graph(key)]` field as text, if the type has one
    /// and it is set: borrowed from a `String` key, rendered from a
    /// `uuid::Uuid` key (hyphenated, lower case; feature `uuid`).
    ///
    /// ```
    /// use graph_core::GraphEntity;
    ///
    /// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
    /// pub struct DeviceCategory {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    /// }
    ///
    /// let category = DeviceCategory { id: Some("c1".into()) };
    /// assert_eq!(category.key().as_deref(), Some("c1"));
    /// assert_eq!(DeviceCategory::default().key(), None);
    /// ```
    fn key(&self) -> Option<Cow<'_, str>>;

    /// The value of the `#[graph(etag)]` field, if the type has one and it is set.
    fn etag(&self) -> Option<&str>;

    /// A view that serializes as the body of a PATCH that replaces every
    /// writable property: `@odata.type`, then every writable field that is
    /// set. Never the key, read-only, immutable or `extra` fields.
    fn update_body(&self) -> UpdateBody<'_, Self> {
        UpdateBody(self)
    }

    /// The minimal patch that turns `old` into `self`: `@odata.type` plus
    /// exactly the writable fields whose values differ, a field that went
    /// from set to unset written as `null`. It carries `old`'s etag.
    fn changes_since(&self, old: &Self) -> Self::Patch;

    /// The wire shape of the described field at `index` (see
    /// [`FieldDescription::shape`](crate::describe::FieldDescription::shape)).
    #[doc(hidden)]
    fn __field_shape(index: usize) -> crate::describe::Shape {
        let _ = index;
        crate::describe::Shape::Other("")
    }

    /// Whether a value with this `@odata.type` (without `#`) reads as
    /// `Self`: its own type, or for a polymorphic enum any type of its
    /// variants.
    #[doc(hidden)]
    fn __accepts(name: &str) -> bool {
        name == Self::ODATA_TYPE
    }

    /// Writes the value as `kind` says; `old`, in a nested update, is the
    /// value it replaces (members `old` had and `self` lacks are written as
    /// `null`).
    #[doc(hidden)]
    fn __serialize_body<S: Serializer>(
        &self,
        serializer: S,
        kind: BodyKind,
        old: Option<&Self>,
    ) -> Result<S::Ok, S::Error>;
}

/// A type whose values can be created with a POST: every `GraphEntity`
/// except `abstract` ones.
///
/// ```
/// use graph_core::{Creatable, GraphEntity};
///
/// #[derive(Debug, Default, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.termsAndConditions", path = "/deviceManagement/termsAndConditions/{termsAndConditionsId}")]
/// pub struct TermsAndConditions {
///     #[graph(key)]
///     pub id: Option<String>,
///     #[graph(immutable)]
///     pub display_name: Option<String>,
/// }
///
/// let terms = TermsAndConditions { id: Some("1".into()), display_name: Some("Terms".into()) };
/// assert_eq!(
///     serde_json::to_string(&terms.create_body()).unwrap(),
///     r##"{"@odata.type":"#microsoft.graph.termsAndConditions","displayName":"Terms"}"##,
/// );
/// assert_eq!(
///     serde_json::to_string(&terms.update_body()).unwrap(),
///     r##"{"@odata.type":"#microsoft.graph.termsAndConditions"}"##,
/// );
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be created: it is an abstract type",
    label = "abstract: no create body",
    note = "create a value of one of its derived types instead"
)]
pub trait Creatable: GraphEntity {
    /// A view that serializes as the body of a POST: `@odata.type`, then
    /// every writable or immutable field that is set.
    fn create_body(&self) -> CreateBody<'_, Self> {
        CreateBody(self)
    }
}

/// Which representation a value writes.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// The full representation (`serde::Serialize`).
    Full,
    /// A POST body: writable and immutable fields, no `extra`.
    Create,
    /// A PATCH body of every writable field, no `extra`.
    Update,
    /// A complex value inside a create body: its create body with the
    /// members of its `extra` map that are not annotations.
    NestedCreate,
    /// A complex value inside an update body or a patch.
    NestedUpdate,
}

impl BodyKind {
    /// The kind of the values nested in a value of this kind.
    #[inline]
    pub fn nested(self) -> BodyKind {
        match self {
            BodyKind::Full => BodyKind::Full,
            BodyKind::Create | BodyKind::NestedCreate => BodyKind::NestedCreate,
            BodyKind::Update | BodyKind::NestedUpdate => BodyKind::NestedUpdate,
        }
    }

    /// Whether immutable fields are written: in the full representation
    /// and create bodies.
    #[inline]
    pub fn writes_immutable(self) -> bool {
        matches!(self, BodyKind::Full | BodyKind::Create | BodyKind::NestedCreate)
    }
}

/// The update body of an entity, from [`GraphEntity::update_body`].
///
/// ```
/// # use graph_core::GraphEntity;
/// # #[derive(Default, GraphEntity)]
/// # #[graph(odata_type = "microsoft.graph.settingSource", complex)]
/// # pub struct SettingSource { pub id: Option<String> }
/// let source = SettingSource { id: Some("a".into()) };
/// let body = source.update_body();
/// assert_eq!(serde_json::to_value(&body).unwrap()["id"], "a");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct UpdateBody<'a, T: ?Sized>(pub &'a T);

/// The create body of an entity, from [`Creatable::create_body`].
///
/// ```
/// # use graph_core::{Creatable, GraphEntity};
/// # #[derive(Default, GraphEntity)]
/// # #[graph(odata_type = "microsoft.graph.settingSource", complex)]
/// # pub struct SettingSource { pub id: Option<String> }
/// let source = SettingSource { id: Some("a".into()) };
/// let body = source.create_body();
/// assert_eq!(serde_json::to_value(&body).unwrap()["id"], "a");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CreateBody<'a, T: ?Sized>(pub &'a T);

impl<T: GraphEntity> Serialize for UpdateBody<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.__serialize_body(serializer, BodyKind::Update, None)
    }
}

impl<T: GraphEntity> Serialize for CreateBody<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.__serialize_body(serializer, BodyKind::Create, None)
    }
}

/// A boxed entity is an entity: big types can be boxed in enum variants and
/// fields.
impl<T: GraphEntity> GraphEntity for Box<T> {
    const ODATA_TYPE: &'static str = T::ODATA_TYPE;
    const PATHS: &'static [PathTemplate] = T::PATHS;
    const PROPERTIES: &'static [&'static str] = T::PROPERTIES;
    const DESCRIPTION: &'static crate::describe::Description = T::DESCRIPTION;
    type Patch = T::Patch;

    fn key(&self) -> Option<Cow<'_, str>> {
        (**self).key()
    }

    fn etag(&self) -> Option<&str> {
        (**self).etag()
    }

    fn changes_since(&self, old: &Self) -> Self::Patch {
        (**self).changes_since(old)
    }

    fn __accepts(name: &str) -> bool {
        T::__accepts(name)
    }

    fn __field_shape(index: usize) -> crate::describe::Shape {
        T::__field_shape(index)
    }

    fn __serialize_body<S: Serializer>(
        &self,
        serializer: S,
        kind: BodyKind,
        old: Option<&Self>,
    ) -> Result<S::Ok, S::Error> {
        (**self).__serialize_body(serializer, kind, old.map(|old| &**old))
    }
}

impl<T: Creatable> Creatable for Box<T> {}

#[cfg(test)]
mod tests {
    use super::BodyKind;

    const KINDS: [BodyKind; 5] = [
        BodyKind::Full,
        BodyKind::Create,
        BodyKind::Update,
        BodyKind::NestedCreate,
        BodyKind::NestedUpdate,
    ];

    #[test]
    fn nested_values_keep_the_kind_of_body() {
        assert_eq!(
            KINDS.map(BodyKind::nested),
            [
                BodyKind::Full,
                BodyKind::NestedCreate,
                BodyKind::NestedUpdate,
                BodyKind::NestedCreate,
                BodyKind::NestedUpdate,
            ]
        );
    }

    #[test]
    fn immutable_fields_are_written_in_full_and_create_bodies() {
        assert_eq!(
            KINDS.map(BodyKind::writes_immutable),
            [true, true, false, true, false]
        );
    }
}
