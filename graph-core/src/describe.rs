//! A static description of each derived type: its OData type, its
//! properties with their roles and the wire shape of their Rust types, and
//! its paths. `graph-schema` checks it against Graph's own schema; query
//! builders and request helpers read it.
//!
//! `#[derive(GraphEntity)]` writes the description as
//! [`GraphEntity::DESCRIPTION`](crate::GraphEntity::DESCRIPTION): a few
//! constants, so it costs next to nothing at compile time and nothing at run
//! time until it is read.

use crate::enums::GraphEnum;
use crate::path::PathTemplate;

/// What a derived struct or polymorphic enum is, as the derive saw it.
///
/// ```
/// use graph_core::{describe::{FieldRole, Primitive, Shape, TypeKind}, GraphEntity};
///
/// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
/// pub struct DeviceCategory {
///     #[graph(key)]
///     pub id: Option<String>,
///     pub display_name: Option<String>,
/// }
///
/// let description = DeviceCategory::DESCRIPTION;
/// assert_eq!(description.rust_name, "DeviceCategory");
/// assert_eq!(description.odata_type, "microsoft.graph.deviceCategory");
/// assert_eq!(description.kind, TypeKind::Entity);
/// assert_eq!(description.fields[1].json_name, "displayName");
/// assert_eq!(description.fields[0].role, FieldRole::Key);
/// assert_eq!(description.fields[1].shape(), Shape::Optional(<String as graph_core::describe::Describe>::shape));
/// assert_eq!(description.field("displayName").map(|f| f.rust_name), Some("display_name"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Description {
    /// The Rust name of the type (`DeviceCategory`).
    pub rust_name: &'static str,
    /// The namespace-qualified OData type name, without `#`.
    pub odata_type: &'static str,
    /// Entity, complex type or polymorphic family.
    pub kind: TypeKind,
    /// Declared `#[graph(abstract)]`.
    pub is_abstract: bool,
    /// Has an `#[graph(extra)]` field: keeps properties it does not list.
    pub open: bool,
    /// The path templates, in the order written.
    pub paths: &'static [PathTemplate],
    /// Every property field (not `extra`, `etag`, `odata_type` or `skip`
    /// fields), in field order.
    pub fields: &'static [FieldDescription],
    /// For a polymorphic enum, the description of each variant's type (an
    /// `other` variant has none); empty for a struct.
    pub variants: &'static [&'static Description],
}

impl Description {
    /// The field with this JSON name.
    ///
    /// ```
    /// # use graph_core::GraphEntity;
    /// # #[derive(Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.settingSource", complex)]
    /// # pub struct SettingSource { pub display_name: Option<String> }
    /// assert!(SettingSource::DESCRIPTION.field("displayName").is_some());
    /// assert!(SettingSource::DESCRIPTION.field("display_name").is_none());
    /// ```
    pub fn field(&self, json_name: &str) -> Option<&'static FieldDescription> {
        self.fields.iter().find(|field| field.json_name == json_name)
    }
}

impl PartialEq for Description {
    /// Two descriptions are equal when they describe the same Rust type
    /// name and OData type (descriptions are constants: comparing their
    /// fields' shape functions would say nothing more).
    fn eq(&self, other: &Self) -> bool {
        self.rust_name == other.rust_name && self.odata_type == other.odata_type && self.kind == other.kind
    }
}

/// What kind of type a [`Description`] describes.
///
/// ```
/// use graph_core::describe::TypeKind;
/// assert_ne!(TypeKind::Entity, TypeKind::Complex);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// An entity type (has a key, lives at paths).
    Entity,
    /// A `#[graph(complex)]` type.
    Complex,
    /// An enum of derived types that dispatches on `@odata.type`.
    Polymorphic,
}

/// One property of a derived struct.
///
/// ```
/// use graph_core::describe::{FieldRole, Primitive, Shape};
/// use graph_core::GraphEntity;
///
/// #[derive(Default, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.thing", complex)]
/// pub struct Thing {
///     #[graph(read_only)]
///     pub count: Option<i32>,
/// }
///
/// let field = &Thing::DESCRIPTION.fields[0];
/// assert_eq!((field.rust_name, field.json_name, field.role), ("count", "count", FieldRole::ReadOnly));
/// assert_eq!(field.shape().required(), Shape::Primitive(Primitive::Int32));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct FieldDescription {
    /// The Rust field name, without `r#`.
    pub rust_name: &'static str,
    /// The JSON property name (for a `bind` field, the navigation property
    /// it binds, written `name@odata.bind`).
    pub json_name: &'static str,
    /// What the field is to request bodies.
    pub role: FieldRole,
    /// The shape function of the struct (one per struct, generated inline
    /// so that no code is made for it unless the description is read).
    #[doc(hidden)]
    pub shapes: fn(usize) -> Shape,
    /// The index of this field for `shapes`.
    #[doc(hidden)]
    pub index: usize,
}

impl FieldDescription {
    /// The wire shape of the field's Rust type.
    ///
    /// ```
    /// # use graph_core::{describe::{Primitive, Shape}, GraphEntity};
    /// # #[derive(Default, GraphEntity)]
    /// # #[graph(odata_type = "microsoft.graph.thing", complex)]
    /// # pub struct Thing { pub names: Vec<String> }
    /// let shape = Thing::DESCRIPTION.fields[0].shape();
    /// assert_eq!(shape.to_string(), "Collection(Edm.String)");
    /// ```
    pub fn shape(&self) -> Shape {
        (self.shapes)(self.index)
    }
}

/// What a field is to request bodies: the role its attributes give it.
///
/// ```
/// use graph_core::describe::FieldRole;
/// assert!(FieldRole::Writable.is_sent());
/// assert!(!FieldRole::ReadOnly.is_sent());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldRole {
    /// `#[graph(key)]`.
    Key,
    /// `#[graph(read_only)]`: server-owned.
    ReadOnly,
    /// `#[graph(immutable)]`: set at create only.
    Immutable,
    /// No role attribute: read and written.
    Writable,
    /// `#[graph(write_only)]`.
    WriteOnly,
    /// `#[graph(navigation)]`: related entities read through `$expand`.
    Navigation,
    /// `#[graph(bind = "...")]`: entity URLs written as `name@odata.bind`.
    Bind,
}

impl FieldRole {
    /// Whether the field can appear in an update body or a patch.
    ///
    /// ```
    /// assert!(graph_core::describe::FieldRole::Bind.is_sent());
    /// ```
    pub fn is_sent(self) -> bool {
        matches!(self, FieldRole::Writable | FieldRole::WriteOnly | FieldRole::Bind)
    }
}

/// The wire shape of a Rust type: what the schema's type of a property must
/// be for the field to read and write it.
///
/// ```
/// use graph_core::describe::{Describe, Primitive, Shape};
///
/// assert_eq!(<i64 as Describe>::shape(), Shape::Primitive(Primitive::Int64));
/// assert_eq!(<Option<Vec<bool>> as Describe>::shape().to_string(), "Collection(Edm.Boolean)?");
/// ```
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    /// An Edm primitive type.
    Primitive(Primitive),
    /// A `GraphEnum` type.
    Enum(EnumDescription),
    /// A set of members of a flags enum.
    Flags(EnumDescription),
    /// A derived struct or polymorphic enum.
    Type(&'static Description),
    /// A collection (`Vec<T>`) of the inner shape.
    Collection(fn() -> Shape),
    /// An `Option<T>`: the inner shape, or absent/null.
    Optional(fn() -> Shape),
    /// A type the framework does not know (a custom serde type or a `with`
    /// module): named by its Rust type name, not checked.
    Other(&'static str),
}

impl Shape {
    /// The shape with any `Option` layers removed.
    ///
    /// ```
    /// use graph_core::describe::{Describe, Primitive, Shape};
    /// assert_eq!(<Option<String>>::shape().required(), Shape::Primitive(Primitive::String));
    /// ```
    pub fn required(self) -> Shape {
        let mut shape = self;
        while let Shape::Optional(inner) = shape {
            shape = inner();
        }
        shape
    }
}

impl PartialEq for Shape {
    /// Structural equality: collections and options compare their inner
    /// shapes, types compare their descriptions' names.
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Shape::Primitive(a), Shape::Primitive(b)) => a == b,
            (Shape::Enum(a), Shape::Enum(b)) | (Shape::Flags(a), Shape::Flags(b)) => a == b,
            (Shape::Type(a), Shape::Type(b)) => a == b,
            (Shape::Collection(a), Shape::Collection(b)) | (Shape::Optional(a), Shape::Optional(b)) => {
                a() == b()
            }
            (Shape::Other(a), Shape::Other(b)) => a == b,
            _ => false,
        }
    }
}

impl std::fmt::Display for Shape {
    /// The shape in the schema's notation (`Edm.Int32`,
    /// `Collection(microsoft.graph.x)`), `?` marking an `Option`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Shape::Primitive(primitive) => write!(f, "Edm.{}", primitive.name()),
            Shape::Enum(description) => write!(f, "enum {}", description.rust_name),
            Shape::Flags(description) => write!(f, "flags {}", description.rust_name),
            Shape::Type(description) => f.write_str(description.odata_type),
            Shape::Collection(inner) => write!(f, "Collection({})", inner()),
            Shape::Optional(inner) => write!(f, "{}?", inner()),
            Shape::Other(name) => f.write_str(name),
        }
    }
}

/// The Edm primitive types of OData that Graph uses.
///
/// ```
/// assert_eq!(graph_core::describe::Primitive::DateTimeOffset.name(), "DateTimeOffset");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Primitive {
    /// `Edm.String`.
    String,
    /// `Edm.Boolean`.
    Boolean,
    /// `Edm.Byte` (unsigned 8 bits).
    Byte,
    /// `Edm.SByte`.
    SByte,
    /// `Edm.Int16`.
    Int16,
    /// `Edm.Int32`.
    Int32,
    /// `Edm.Int64`.
    Int64,
    /// `Edm.Single`.
    Single,
    /// `Edm.Double`.
    Double,
    /// `Edm.Decimal`.
    Decimal,
    /// `Edm.DateTimeOffset`.
    DateTimeOffset,
    /// `Edm.Date`.
    Date,
    /// `Edm.TimeOfDay`.
    TimeOfDay,
    /// `Edm.Duration`.
    Duration,
    /// `Edm.Binary`.
    Binary,
    /// `Edm.Guid`.
    Guid,
    /// `Edm.Stream`.
    Stream,
    /// Any JSON (`serde_json::Value`): matches every schema type.
    Json,
}

impl Primitive {
    /// The name after `Edm.`.
    ///
    /// ```
    /// assert_eq!(graph_core::describe::Primitive::Int32.name(), "Int32");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Primitive::String => "String",
            Primitive::Boolean => "Boolean",
            Primitive::Byte => "Byte",
            Primitive::SByte => "SByte",
            Primitive::Int16 => "Int16",
            Primitive::Int32 => "Int32",
            Primitive::Int64 => "Int64",
            Primitive::Single => "Single",
            Primitive::Double => "Double",
            Primitive::Decimal => "Decimal",
            Primitive::DateTimeOffset => "DateTimeOffset",
            Primitive::Date => "Date",
            Primitive::TimeOfDay => "TimeOfDay",
            Primitive::Duration => "Duration",
            Primitive::Binary => "Binary",
            Primitive::Guid => "Guid",
            Primitive::Stream => "Stream",
            Primitive::Json => "Untyped",
        }
    }
}

/// A `GraphEnum` as a shape: its Rust name and listed members.
///
/// ```
/// use graph_core::{describe::EnumDescription, GraphEnum};
///
/// #[derive(Debug, Clone, PartialEq, GraphEnum)]
/// pub enum Platform { Android, #[graph(rename = "iOS")] Ios }
///
/// let description = EnumDescription::of::<Platform>();
/// assert_eq!(description.rust_name, "Platform");
/// assert_eq!(description.members, ["android", "iOS"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnumDescription {
    /// The Rust name of the enum.
    pub rust_name: &'static str,
    /// The wire names of its listed members, in declaration order.
    pub members: &'static [&'static str],
}

impl EnumDescription {
    /// The description of a `GraphEnum`.
    ///
    /// ```
    /// # use graph_core::{describe::EnumDescription, GraphEnum};
    /// # #[derive(Debug, Clone, PartialEq, GraphEnum)]
    /// # pub enum Platform { Android }
    /// assert_eq!(EnumDescription::of::<Platform>().members, ["android"]);
    /// ```
    pub fn of<E: GraphEnum>() -> EnumDescription {
        EnumDescription {
            rust_name: E::NAME,
            members: E::MEMBERS,
        }
    }
}

/// A Rust type with a known wire shape.
///
/// Implemented for the field types of the spec's table (strings, numbers,
/// chrono's date and time types, [`Duration`](crate::Duration),
/// [`Binary`](crate::Binary), `serde_json::Value`), for `Option`, `Vec` and
/// `Box` of them, and by `#[derive(GraphEntity)]` and `#[derive(GraphEnum)]`.
/// The derive describes a field of any other type as [`Shape::Other`]; a
/// type of your own can implement this trait to be checked.
///
/// ```
/// use graph_core::describe::{Describe, Primitive, Shape};
///
/// struct DeviceId(String);
/// impl Describe for DeviceId {
///     fn shape() -> Shape {
///         Shape::Primitive(Primitive::Guid)
///     }
/// }
/// assert_eq!(<Vec<DeviceId>>::shape().to_string(), "Collection(Edm.Guid)");
/// ```
pub trait Describe {
    /// The wire shape of the type.
    fn shape() -> Shape;
}

macro_rules! primitive {
    ($($ty:ty => $primitive:ident,)*) => {
        $(
            impl Describe for $ty {
                #[inline]
                fn shape() -> Shape {
                    Shape::Primitive(Primitive::$primitive)
                }
            }
        )*
    };
}

primitive! {
    String => String,
    Box<str> => String,
    std::borrow::Cow<'static, str> => String,
    bool => Boolean,
    u8 => Byte,
    i8 => SByte,
    i16 => Int16,
    i32 => Int32,
    i64 => Int64,
    // Wider or unsigned integers have no Edm type of their own: the
    // narrowest Edm integer that holds their values when Graph sends them.
    u16 => Int32,
    u32 => Int64,
    u64 => Int64,
    i128 => Int64,
    u128 => Int64,
    isize => Int64,
    usize => Int64,
    f32 => Single,
    f64 => Double,
    chrono::NaiveDate => Date,
    chrono::NaiveTime => TimeOfDay,
    crate::Duration => Duration,
    crate::Binary => Binary,
    serde_json::Value => Json,
    serde_json::Map<String, serde_json::Value> => Json,
}

impl<Tz: chrono::TimeZone> Describe for chrono::DateTime<Tz> {
    #[inline]
    fn shape() -> Shape {
        Shape::Primitive(Primitive::DateTimeOffset)
    }
}

impl<T: Describe> Describe for Option<T> {
    #[inline]
    fn shape() -> Shape {
        Shape::Optional(T::shape)
    }
}

impl<T: Describe> Describe for Vec<T> {
    #[inline]
    fn shape() -> Shape {
        Shape::Collection(T::shape)
    }
}

impl<T: Describe> Describe for Box<T> {
    #[inline]
    fn shape() -> Shape {
        T::shape()
    }
}

impl Describe for crate::UnknownEntity {
    #[inline]
    fn shape() -> Shape {
        Shape::Other("graph_core::UnknownEntity")
    }
}

impl<E: crate::FlagEnum> Describe for crate::Flags<E> {
    #[inline]
    fn shape() -> Shape {
        Shape::Flags(EnumDescription::of::<E>())
    }
}

#[cfg(feature = "uuid")]
impl Describe for uuid::Uuid {
    #[inline]
    fn shape() -> Shape {
        Shape::Primitive(Primitive::Guid)
    }
}
