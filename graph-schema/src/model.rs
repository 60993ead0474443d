//! The schema model: what [`Metadata::parse`] reads from a CSDL document.

use std::borrow::Cow;
use std::hash::Hasher;

/// A hash for type names, eight bytes at a time (FxHash's step, then a
/// final mix): type names are short and trusted enough for a faster hash
/// than SipHash (the index is built once per document).
#[derive(Default)]
pub(crate) struct NameHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl NameHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for NameHasher {
    fn finish(&self) -> u64 {
        let hash = self.0 ^ (self.0 >> 33);
        let hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
        hash ^ (hash >> 33)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            if let Some(head) = word.get_mut(..rest.len()) {
                head.copy_from_slice(rest);
            }
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }
}

/// The hash of a qualified type name in the type index: of its name
/// piece and its namespace's length (see [`TypeName`]; the few names
/// that two namespaces share are told apart by comparing).
pub(crate) fn hash_name(name: &TypeName<'_>) -> u64 {
    let mut hasher = NameHasher::default();
    hasher.write(name.name.as_bytes());
    hasher.add(name.namespace.len() as u64);
    hasher.finish()
}

/// A qualified type name, kept as two pieces of the document: its
/// namespace (an alias replaced by the namespace it stands for) and its
/// name in it. Reading a schema builds no string for it; it is shown and
/// compared as `namespace.name` (`microsoft.graph.managedDevice`).
///
/// ```
/// let name = graph_schema::TypeName::parse("microsoft.graph.managedDevice");
/// assert_eq!((name.namespace(), name.name()), ("microsoft.graph", "managedDevice"));
/// assert_eq!(name, "microsoft.graph.managedDevice");
/// assert_eq!(name.to_string(), "microsoft.graph.managedDevice");
/// // Ordered as the names written whole.
/// let nested = graph_schema::TypeName::parse("microsoft.graph.callRecords.session");
/// assert!(nested < name);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TypeName<'a> {
    /// Never holds a `.` (the name is split at its last one).
    namespace: Cow<'a, str>,
    name: Cow<'a, str>,
}

impl<'a> TypeName<'a> {
    /// Splits a qualified name at its last `.` (no alias resolution); a
    /// name without a `.` has an empty namespace.
    ///
    /// ```
    /// assert_eq!(graph_schema::TypeName::parse("Edm.String").namespace(), "Edm");
    /// assert_eq!(graph_schema::TypeName::parse("x").namespace(), "");
    /// ```
    pub fn parse(qualified: &'a str) -> TypeName<'a> {
        let (namespace, name) = split_last_dot(qualified);
        TypeName {
            namespace: Cow::Borrowed(namespace),
            name: Cow::Borrowed(name),
        }
    }

    /// [`TypeName::parse`] of a borrowed or owned text.
    pub(crate) fn from_cow(qualified: Cow<'a, str>) -> TypeName<'a> {
        match qualified {
            Cow::Borrowed(qualified) => TypeName::parse(qualified),
            Cow::Owned(qualified) => {
                let parsed = TypeName::parse(&qualified);
                TypeName {
                    namespace: Cow::Owned(parsed.namespace.into_owned()),
                    name: Cow::Owned(parsed.name.into_owned()),
                }
            }
        }
    }

    /// The name `name` in `namespace` (a `name` holding a `.` moves its
    /// head to the namespace, as if written whole).
    pub(crate) fn join(namespace: Cow<'a, str>, name: Cow<'a, str>) -> TypeName<'a> {
        match split_dot(&name) {
            None => TypeName { namespace, name },
            Some((head, tail)) => TypeName {
                namespace: Cow::Owned(format!("{namespace}.{head}")),
                name: Cow::Owned(tail.to_owned()),
            },
        }
    }

    /// The namespace (`microsoft.graph`, `Edm`).
    ///
    /// ```
    /// assert_eq!(graph_schema::TypeName::parse("microsoft.graph.user").namespace(), "microsoft.graph");
    /// ```
    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    /// The name without its namespace (`user`).
    ///
    /// ```
    /// assert_eq!(graph_schema::TypeName::parse("microsoft.graph.user").name(), "user");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A primitive type (`Edm.*`).
    ///
    /// ```
    /// assert!(graph_schema::TypeName::parse("Edm.Int32").is_edm());
    /// ```
    pub fn is_edm(&self) -> bool {
        self.namespace == "Edm"
    }

    /// The name of these pieces (`namespace` holds no alias).
    pub(crate) fn from_parts(namespace: Cow<'a, str>, name: Cow<'a, str>) -> TypeName<'a> {
        TypeName { namespace, name }
    }

    /// The namespace as kept.
    pub(crate) fn namespace_cow(&self) -> &Cow<'a, str> {
        &self.namespace
    }

    /// Replaces the namespace (an alias by the namespace it stands for).
    pub(crate) fn set_namespace(&mut self, namespace: Cow<'a, str>) {
        self.namespace = namespace;
    }

    /// Whether this is `qualified`, written whole.
    fn is(&self, qualified: &str) -> bool {
        let (namespace, name) = split_last_dot(qualified);
        self.namespace == namespace && self.name == name
    }
}

/// `text` split at its last `.`, if it has one.
fn split_dot(text: &str) -> Option<(&str, &str)> {
    let dot = last_dot(text)?;
    Some((text.get(..dot)?, text.get(dot + 1..)?))
}

/// The index of the last `.` of `text`, eight bytes at a time from its
/// end (the first eight bytes last, overlapping what was searched: a `.`
/// found there is one not searched yet).
pub(crate) fn last_dot(text: &str) -> Option<usize> {
    const LOW: u64 = u64::from_ne_bytes([0x7f; 8]);
    const DOTS: u64 = u64::from_ne_bytes([b'.'; 8]);
    let bytes = text.as_bytes();
    if bytes.len() < 8 {
        return bytes.iter().rposition(|&byte| byte == b'.');
    }
    let mut end = bytes.len();
    while end > 0 {
        let start = end.saturating_sub(8);
        let word = bytes.get(start..).and_then(|rest| rest.first_chunk::<8>())?;
        let diff = u64::from_le_bytes(*word) ^ DOTS;
        // The high bit of each byte set exactly where `diff` has a zero byte.
        let dots = !(((diff & LOW).wrapping_add(LOW)) | diff | LOW);
        if dots != 0 {
            return Some(start + (63 - dots.leading_zeros() as usize) / 8);
        }
        end = start;
    }
    None
}

/// A qualified name split at its last `.` (`("", name)` without one).
fn split_last_dot(qualified: &str) -> (&str, &str) {
    match last_dot(qualified) {
        Some(dot) => (
            qualified.get(..dot).unwrap_or_default(),
            qualified.get(dot + 1..).unwrap_or_default(),
        ),
        None => ("", qualified),
    }
}

impl std::fmt::Display for TypeName<'_> {
    /// `namespace.name` (the name alone when the namespace is empty).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.namespace.is_empty() {
            f.write_str(&self.name)
        } else {
            write!(f, "{}.{}", self.namespace, self.name)
        }
    }
}

impl TypeName<'_> {
    /// The bytes of `namespace.name`, as written whole.
    fn bytes(&self) -> impl Iterator<Item = u8> + '_ {
        let dot: &[u8] = if self.namespace.is_empty() { b"" } else { b"." };
        self.namespace
            .bytes()
            .chain(dot.iter().copied())
            .chain(self.name.bytes())
    }
}

impl Ord for TypeName<'_> {
    /// The order of the names written whole.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        if self.namespace == other.namespace {
            self.name.cmp(&other.name)
        } else {
            self.bytes().cmp(other.bytes())
        }
    }
}

impl PartialOrd for TypeName<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq<str> for TypeName<'_> {
    fn eq(&self, other: &str) -> bool {
        self.is(other)
    }
}

impl PartialEq<&str> for TypeName<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.is(other)
    }
}

impl PartialEq<String> for TypeName<'_> {
    fn eq(&self, other: &String) -> bool {
        self.is(other)
    }
}

/// What [`Metadata::structured_type`] and [`Metadata::enum_type`] look a
/// type up by: a qualified name written whole (`&str`, `String`) or a
/// [`TypeName`] read from the schema.
///
/// ```
/// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="a" /><ComplexType Name="b" BaseType="ns.a" /></Schema>"#)?;
/// let b = metadata.structured_type("ns.b").unwrap();
/// assert!(metadata.structured_type(b.base.as_ref().unwrap()).is_some());
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
pub trait TypeKey {
    /// The type name, in pieces.
    fn type_name(&self) -> TypeName<'_>;
}

impl TypeKey for str {
    fn type_name(&self) -> TypeName<'_> {
        TypeName::parse(self)
    }
}

impl<T: TypeKey + ?Sized> TypeKey for &T {
    fn type_name(&self) -> TypeName<'_> {
        (**self).type_name()
    }
}

impl TypeKey for String {
    fn type_name(&self) -> TypeName<'_> {
        TypeName::parse(self)
    }
}

impl TypeKey for TypeName<'_> {
    fn type_name(&self) -> TypeName<'_> {
        TypeName {
            namespace: Cow::Borrowed(&self.namespace),
            name: Cow::Borrowed(&self.name),
        }
    }
}

/// Marks an enum type's slot in the type index (the other slots are
/// structured types).
const ENUM_SLOT: u32 = 1 << 31;

impl TypeIndex {
    /// The index's slot for this type.
    pub(crate) fn slot(self) -> u32 {
        match self {
            // Fewer than 2^31 types: a document holding more is over 4 GB.
            TypeIndex::Structured(i) => i as u32,
            TypeIndex::Enum(i) => i as u32 | ENUM_SLOT,
        }
    }

    fn of_slot(slot: u32) -> TypeIndex {
        if slot & ENUM_SLOT == 0 {
            TypeIndex::Structured(slot as usize)
        } else {
            TypeIndex::Enum((slot & !ENUM_SLOT) as usize)
        }
    }
}

/// The qualified name of the type in an index slot.
fn slot_name<'m, 'a>(
    structured: &'m [StructuredType<'a>],
    enums: &'m [EnumType<'a>],
    slot: u32,
) -> Option<&'m TypeName<'a>> {
    match TypeIndex::of_slot(slot) {
        TypeIndex::Structured(i) => structured.get(i).map(|t| &t.name),
        TypeIndex::Enum(i) => enums.get(i).map(|e| &e.name),
    }
}

/// The descriptions of a type or a property: boxed, as most have none.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Docs<'a> {
    pub(crate) description: Option<Cow<'a, str>>,
    pub(crate) long_description: Option<Cow<'a, str>>,
}

/// The text of an optional boxed description.
fn description<'d>(docs: &'d Option<Box<Docs<'_>>>) -> Option<&'d str> {
    docs.as_ref()?.description.as_deref()
}

/// The text of an optional boxed long description.
fn long_description<'d>(docs: &'d Option<Box<Docs<'_>>>) -> Option<&'d str> {
    docs.as_ref()?.long_description.as_deref()
}

/// Graph's schema, read from its CSDL (`$metadata`) document.
///
/// Type names are namespace-qualified with aliases resolved
/// (`graph.entity` is stored as `microsoft.graph.entity`); every type that
/// a property, navigation property, base type, entity set or singleton
/// names exists.
///
/// The model borrows from the document it was read from (`'a`): a name,
/// type name or description is `Cow::Borrowed` from it, and owned only
/// where the document does not hold the text as such (a qualified type
/// name, a name whose alias was replaced, a value with an entity
/// reference).
///
/// ```
/// let metadata = graph_schema::Metadata::parse(r#"<?xml version="1.0"?>
/// <edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
///   <edmx:DataServices>
///     <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
///       <EntityType Name="entity" Abstract="true">
///         <Key><PropertyRef Name="id" /></Key>
///         <Property Name="id" Type="Edm.String" Nullable="false" />
///       </EntityType>
///       <EntityType Name="deviceCategory" BaseType="graph.entity">
///         <Property Name="displayName" Type="Edm.String" />
///       </EntityType>
///     </Schema>
///   </edmx:DataServices>
/// </edmx:Edmx>"#)?;
/// let category = metadata.structured_type("microsoft.graph.deviceCategory").unwrap();
/// assert_eq!(category.base.as_ref().unwrap(), "microsoft.graph.entity");
/// assert_eq!(metadata.key(category), ["id"]);
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Metadata<'a> {
    pub(crate) namespaces: Vec<Namespace<'a>>,
    pub(crate) structured: Vec<StructuredType<'a>>,
    pub(crate) enums: Vec<EnumType<'a>>,
    pub(crate) entity_sets: Vec<EntitySet<'a>>,
    pub(crate) singletons: Vec<Singleton<'a>>,
    /// Every type by qualified name: slots ([`TypeIndex::slot`]) hashed
    /// by [`hash_name`] of the type's own name (no second copy of it).
    pub(crate) index: hashbrown::HashTable<u32>,
    /// The indices of the types that have a base type, grouped by their
    /// base type (in the order of the base types' indices), each group in
    /// document order.
    pub(crate) derived: Vec<usize>,
    /// For each structured type (by index), where its group starts in
    /// `derived`; one more entry than types (the end of the last group).
    pub(crate) derived_start: Vec<usize>,
    pub(crate) counts: Counts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TypeIndex {
    Structured(usize),
    Enum(usize),
}

/// A schema namespace and its alias.
///
/// ```
/// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="microsoft.graph" Alias="graph" />"#)?;
/// assert_eq!(metadata.namespaces()[0].alias.as_deref(), Some("graph"));
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Namespace<'a> {
    /// The namespace (`microsoft.graph`).
    pub name: Cow<'a, str>,
    /// Its alias (`graph`), if the schema declares one.
    pub alias: Option<Cow<'a, str>>,
}

/// Whether a structured type is an entity type or a complex type.
///
/// ```
/// assert_ne!(graph_schema::Kind::Entity, graph_schema::Kind::Complex);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// An `EntityType`.
    Entity,
    /// A `ComplexType`.
    Complex,
}

/// An entity type or a complex type.
///
/// ```
/// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns">
/// #   <ComplexType Name="point" OpenType="true"><Property Name="x" Type="Edm.Int32" Nullable="false" /></ComplexType>
/// # </Schema>"#)?;
/// let point = metadata.structured_type("ns.point").unwrap();
/// assert_eq!((point.kind, point.open, point.properties[0].nullable), (graph_schema::Kind::Complex, true, false));
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct StructuredType<'a> {
    /// The qualified name (`microsoft.graph.managedDevice`).
    pub name: TypeName<'a>,
    /// Entity or complex.
    pub kind: Kind,
    /// The qualified base type name.
    pub base: Option<TypeName<'a>>,
    /// `Abstract="true"`.
    pub is_abstract: bool,
    /// `OpenType="true"`.
    pub open: bool,
    /// `HasStream="true"`.
    pub has_stream: bool,
    /// The key property names this type declares (a derived type inherits
    /// its base's: see [`Metadata::key`]).
    pub key: Vec<Cow<'a, str>>,
    /// The properties this type declares (not the inherited ones).
    pub properties: Vec<Property<'a>>,
    /// The navigation properties this type declares.
    pub navigation: Vec<NavigationProperty<'a>>,
    pub(crate) docs: Option<Box<Docs<'a>>>,
    pub(crate) at: usize,
}

impl StructuredType<'_> {
    /// `Core.V1.Description`.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="a" />
    /// #   <Annotations Target="ns.a"><Annotation Term="Org.OData.Core.V1.Description" String="A point." /></Annotations></Schema>"#)?;
    /// assert_eq!(metadata.structured_type("ns.a").unwrap().description(), Some("A point."));
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn description(&self) -> Option<&str> {
        description(&self.docs)
    }

    /// `Core.V1.LongDescription`.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="a" /></Schema>"#)?;
    /// assert_eq!(metadata.structured_type("ns.a").unwrap().long_description(), None);
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn long_description(&self) -> Option<&str> {
        long_description(&self.docs)
    }

    /// The name without its namespace (`managedDevice`).
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="microsoft.graph"><ComplexType Name="settingSource" /></Schema>"#)?;
    /// assert_eq!(metadata.structured_type("microsoft.graph.settingSource").unwrap().short_name(), "settingSource");
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn short_name(&self) -> &str {
        self.name.name()
    }
}

/// The part of a qualified name after its last `.`.
pub(crate) fn short_name(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(_, short)| short)
}

/// A type reference: a qualified type name, maybe a collection of it.
///
/// ```
/// let reference = graph_schema::TypeRef::parse("Collection(Edm.String)");
/// assert_eq!((reference.collection, reference.name.to_string()), (true, "Edm.String".to_owned()));
/// assert_eq!(reference.to_string(), "Collection(Edm.String)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TypeRef<'a> {
    /// `Collection(...)`.
    pub collection: bool,
    /// The qualified element type name (`Edm.Int32`, `microsoft.graph.x`).
    pub name: TypeName<'a>,
}

impl<'a> TypeRef<'a> {
    /// Reads `Name` or `Collection(Name)` (no alias resolution).
    ///
    /// ```
    /// assert!(!graph_schema::TypeRef::parse("graph.entity").collection);
    /// ```
    pub fn parse(text: &'a str) -> TypeRef<'a> {
        match text
            .strip_prefix("Collection(")
            .and_then(|rest| rest.strip_suffix(')'))
        {
            Some(inner) => TypeRef {
                collection: true,
                name: TypeName::parse(inner),
            },
            None => TypeRef {
                collection: false,
                name: TypeName::parse(text),
            },
        }
    }
}

impl std::fmt::Display for TypeRef<'_> {
    /// `Collection(name)` or `name`, as CSDL writes it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.collection {
            write!(f, "Collection({})", self.name)
        } else {
            write!(f, "{}", self.name)
        }
    }
}

/// A structural property.
///
/// ```
/// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns">
/// #   <ComplexType Name="t"><Property Name="names" Type="Collection(Edm.String)" /></ComplexType>
/// #   <Annotations Target="ns.t/names"><Annotation Term="Org.OData.Core.V1.Computed" Bool="true" /></Annotations>
/// # </Schema>"#)?;
/// let names = &metadata.structured_type("ns.t").unwrap().properties[0];
/// assert_eq!((names.name.as_ref(), names.ty.collection, names.computed), ("names", true, true));
/// assert!(names.is_read_only());
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Property<'a> {
    /// The JSON name.
    pub name: Cow<'a, str>,
    /// Its type.
    pub ty: TypeRef<'a>,
    /// `Nullable` (true unless `Nullable="false"`).
    pub nullable: bool,
    /// `Core.V1.Computed`.
    pub computed: bool,
    /// `Core.V1.Permissions` is `Read` only.
    pub permissions_read: bool,
    pub(crate) docs: Option<Box<Docs<'a>>>,
    pub(crate) at: usize,
}

impl Property<'_> {
    /// `Core.V1.Description`.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="t"><Property Name="a" Type="Edm.String">
    /// #   <Annotation Term="Org.OData.Core.V1.Description" String="The a." /></Property></ComplexType></Schema>"#)?;
    /// assert_eq!(metadata.structured_type("ns.t").unwrap().properties[0].description(), Some("The a."));
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn description(&self) -> Option<&str> {
        description(&self.docs)
    }

    /// `Core.V1.LongDescription`.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="t"><Property Name="a" Type="Edm.String" /></ComplexType></Schema>"#)?;
    /// assert_eq!(metadata.structured_type("ns.t").unwrap().properties[0].long_description(), None);
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn long_description(&self) -> Option<&str> {
        long_description(&self.docs)
    }

    /// Server-owned: `Computed`, or `Permissions` `Read` only.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="t"><Property Name="a" Type="Edm.String" /></ComplexType></Schema>"#)?;
    /// assert!(!metadata.structured_type("ns.t").unwrap().properties[0].is_read_only());
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn is_read_only(&self) -> bool {
        self.computed || self.permissions_read
    }
}

/// A navigation property.
///
/// ```
/// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns">
/// #   <EntityType Name="a"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" />
/// #     <NavigationProperty Name="items" Type="Collection(ns.a)" ContainsTarget="true" /></EntityType>
/// # </Schema>"#)?;
/// let items = &metadata.structured_type("ns.a").unwrap().navigation[0];
/// assert_eq!((items.name.as_ref(), items.contains_target), ("items", true));
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct NavigationProperty<'a> {
    /// The name.
    pub name: Cow<'a, str>,
    /// The related entity type (a collection or one).
    pub ty: TypeRef<'a>,
    /// `ContainsTarget="true"`: the related entities live under this one.
    pub contains_target: bool,
    /// `Nullable`.
    pub nullable: bool,
    pub(crate) docs: Option<Box<Docs<'a>>>,
    pub(crate) at: usize,
}

impl NavigationProperty<'_> {
    /// `Core.V1.Description`.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns">
    /// #   <EntityType Name="a"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" />
    /// #     <NavigationProperty Name="next" Type="ns.a" /></EntityType></Schema>"#)?;
    /// assert_eq!(metadata.structured_type("ns.a").unwrap().navigation[0].description(), None);
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn description(&self) -> Option<&str> {
        description(&self.docs)
    }
}

/// An enum type.
///
/// ```
/// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns">
/// #   <EnumType Name="color" IsFlags="true"><Member Name="red" Value="1" /><Member Name="blue" Value="2" /></EnumType>
/// # </Schema>"#)?;
/// let color = metadata.enum_type("ns.color").unwrap();
/// assert!(color.is_flags);
/// assert_eq!(color.members[1].name, "blue");
/// assert_eq!(color.members[1].value, Some(2));
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct EnumType<'a> {
    /// The qualified name.
    pub name: TypeName<'a>,
    /// `IsFlags="true"`.
    pub is_flags: bool,
    /// The members, in document order.
    pub members: Vec<EnumMember<'a>>,
    /// `Core.V1.Description`.
    pub description: Option<Cow<'a, str>>,
}

/// A member of an enum type.
///
/// ```
/// let member = graph_schema::EnumMember { name: "red".into(), value: Some(1), description: None };
/// assert_eq!(member.value, Some(1));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct EnumMember<'a> {
    /// The wire name.
    pub name: Cow<'a, str>,
    /// Its `Value`, if given and an integer.
    pub value: Option<i64>,
    /// `Core.V1.Description`.
    pub description: Option<Cow<'a, str>>,
}

/// An entity set of the entity container.
///
/// ```
/// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns" Alias="a">
/// #   <EntityType Name="user"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" /></EntityType>
/// #   <EntityContainer Name="c"><EntitySet Name="users" EntityType="a.user" /></EntityContainer>
/// # </Schema>"#)?;
/// assert_eq!(metadata.entity_sets()[0].entity_type, "ns.user");
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySet<'a> {
    /// The set's name: the first path segment.
    pub name: Cow<'a, str>,
    /// The qualified entity type of its members.
    pub entity_type: TypeName<'a>,
}

/// A singleton of the entity container.
///
/// ```
/// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns">
/// #   <EntityType Name="root"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" /></EntityType>
/// #   <EntityContainer Name="c"><Singleton Name="me" Type="ns.root" /></EntityContainer>
/// # </Schema>"#)?;
/// assert_eq!(metadata.singletons()[0].name, "me");
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Singleton<'a> {
    /// The singleton's name: the first path segment.
    pub name: Cow<'a, str>,
    /// Its qualified entity type.
    pub ty: TypeName<'a>,
}

/// What a document holds, counted.
///
/// ```
/// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><EnumType Name="e" /></Schema>"#)?;
/// assert_eq!(metadata.counts().enum_types, 1);
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// `Schema` elements.
    pub schemas: usize,
    /// `EntityType` elements.
    pub entity_types: usize,
    /// `ComplexType` elements.
    pub complex_types: usize,
    /// `EnumType` elements.
    pub enum_types: usize,
    /// `Property` elements of entity and complex types.
    pub properties: usize,
    /// `NavigationProperty` elements.
    pub navigation_properties: usize,
    /// `EntitySet` elements.
    pub entity_sets: usize,
    /// `Singleton` elements.
    pub singletons: usize,
    /// Out-of-line `Annotations` blocks.
    pub annotation_targets: usize,
    /// `Annotation` elements (out of line and inline, any vocabulary; not
    /// the ones nested in other annotations' records).
    pub annotations: usize,
    /// Properties marked `Core.V1.Computed`.
    pub computed: usize,
    /// Properties whose `Core.V1.Permissions` is `Read` only.
    pub permissions_read: usize,
    /// Types, properties, navigation properties and enum types or members
    /// with a `Core.V1.Description`.
    pub descriptions: usize,
}

impl<'a> Metadata<'a> {
    /// The schema namespaces, in document order.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns" />"#)?;
    /// assert_eq!(metadata.namespaces()[0].name, "ns");
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn namespaces(&self) -> &[Namespace<'a>] {
        &self.namespaces
    }

    /// Every entity and complex type, in document order.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="a" /><ComplexType Name="b" /></Schema>"#)?;
    /// let names: Vec<_> = metadata.structured_types().iter().map(|t| t.name.to_string()).collect();
    /// assert_eq!(names, ["ns.a", "ns.b"]);
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn structured_types(&self) -> &[StructuredType<'a>] {
        &self.structured
    }

    /// Every enum type, in document order.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><EnumType Name="e" /></Schema>"#)?;
    /// assert_eq!(metadata.enum_types()[0].name, "ns.e");
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn enum_types(&self) -> &[EnumType<'a>] {
        &self.enums
    }

    /// The entity sets, in document order.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns" />"#)?;
    /// assert!(metadata.entity_sets().is_empty());
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn entity_sets(&self) -> &[EntitySet<'a>] {
        &self.entity_sets
    }

    /// The singletons, in document order.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns" />"#)?;
    /// assert!(metadata.singletons().is_empty());
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn singletons(&self) -> &[Singleton<'a>] {
        &self.singletons
    }

    /// What the document holds, counted.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="a" /></Schema>"#)?;
    /// assert_eq!((metadata.counts().schemas, metadata.counts().complex_types), (1, 1));
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn counts(&self) -> Counts {
        self.counts
    }

    /// The entity or complex type of this name: qualified
    /// (`microsoft.graph.managedDevice`), alias-qualified
    /// (`graph.managedDevice`), or bare (`managedDevice`, looked up in
    /// `microsoft.graph` first, then in the namespace that alone has it).
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="microsoft.graph" Alias="graph"><ComplexType Name="a" /></Schema>"#)?;
    /// assert!(metadata.structured_type("graph.a").is_some());
    /// assert!(metadata.structured_type("a").is_some());
    /// assert!(metadata.structured_type("b").is_none());
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn structured_type<N: TypeKey + ?Sized>(&self, name: &N) -> Option<&StructuredType<'a>> {
        match self.lookup(&name.type_name())? {
            TypeIndex::Structured(i) => self.structured.get(i),
            TypeIndex::Enum(_) => None,
        }
    }

    /// The enum type of this name (named as for
    /// [`structured_type`](Self::structured_type)).
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><EnumType Name="e" /></Schema>"#)?;
    /// assert!(metadata.enum_type("ns.e").is_some());
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn enum_type<N: TypeKey + ?Sized>(&self, name: &N) -> Option<&EnumType<'a>> {
        match self.lookup(&name.type_name())? {
            TypeIndex::Enum(i) => self.enums.get(i),
            TypeIndex::Structured(_) => None,
        }
    }

    /// The type of this qualified name (aliases resolved).
    pub(crate) fn find(&self, name: &TypeName<'_>) -> Option<TypeIndex> {
        self.find_hashed(hash_name(name), name)
    }

    /// [`Metadata::find`] with the name's [`hash_name`] already known.
    pub(crate) fn find_hashed(&self, hash: u64, name: &TypeName<'_>) -> Option<TypeIndex> {
        let found = self.index.find(hash, |&slot| {
            slot_name(&self.structured, &self.enums, slot)
                .is_some_and(|found| found.name == name.name && found.namespace == name.namespace)
        })?;
        Some(TypeIndex::of_slot(*found))
    }

    /// Adds the type at `index` (already pushed) to the index, its
    /// qualified name's hash `hash`.
    pub(crate) fn index_type(&mut self, hash: u64, index: TypeIndex) {
        let Metadata {
            index: table,
            structured,
            enums,
            ..
        } = self;
        table.insert_unique(hash, index.slot(), |&slot| {
            slot_name(structured, enums, slot).map_or(0, hash_name)
        });
    }

    pub(crate) fn lookup(&self, name: &TypeName<'_>) -> Option<TypeIndex> {
        if let Some(found) = self.find(name) {
            return Some(found);
        }
        let in_namespace = |namespace: &str| {
            self.find(&TypeName {
                namespace: Cow::Borrowed(namespace),
                name: Cow::Borrowed(name.name()),
            })
        };
        if !name.namespace.is_empty() {
            let namespace = self
                .namespaces
                .iter()
                .find(|n| n.alias.as_deref() == Some(name.namespace()))?;
            return in_namespace(&namespace.name);
        }
        if let Some(found) = in_namespace("microsoft.graph") {
            return Some(found);
        }
        let mut found = self.namespaces.iter().filter_map(|n| in_namespace(&n.name));
        match (found.next(), found.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }

    pub(crate) fn index_of(&self, ty: &StructuredType<'_>) -> Option<usize> {
        match self.find(&ty.name)? {
            TypeIndex::Structured(i) => Some(i),
            TypeIndex::Enum(_) => None,
        }
    }

    /// The base type of a type.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="a" /><ComplexType Name="b" BaseType="ns.a" /></Schema>"#)?;
    /// let b = metadata.structured_type("ns.b").unwrap();
    /// assert_eq!(metadata.base_of(b).map(|t| t.name.to_string()).as_deref(), Some("ns.a"));
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn base_of(&self, ty: &StructuredType<'_>) -> Option<&StructuredType<'a>> {
        self.structured_type(ty.base.as_ref()?)
    }

    /// The type, then its base, its base's base and so on.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="a" /><ComplexType Name="b" BaseType="ns.a" /></Schema>"#)?;
    /// let b = metadata.structured_type("ns.b").unwrap();
    /// let names: Vec<_> = metadata.ancestry(b).map(|t| t.name.to_string()).collect();
    /// assert_eq!(names, ["ns.b", "ns.a"]);
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn ancestry<'m>(
        &'m self,
        ty: &'m StructuredType<'a>,
    ) -> impl Iterator<Item = &'m StructuredType<'a>> + 'm {
        // Parsing refuses base type cycles; the bound is a second guard.
        std::iter::successors(Some(ty), move |t| self.base_of(t)).take(self.structured.len().max(1))
    }

    /// Whether `ty` is `ancestor` or derives from it.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="a" /><ComplexType Name="b" BaseType="ns.a" /></Schema>"#)?;
    /// let (a, b) = (metadata.structured_type("ns.a").unwrap(), metadata.structured_type("ns.b").unwrap());
    /// assert!(metadata.derives_from(b, a) && !metadata.derives_from(a, b));
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn derives_from(&self, ty: &StructuredType<'a>, ancestor: &StructuredType<'_>) -> bool {
        self.ancestry(ty).any(|t| t.name == ancestor.name)
    }

    /// Every property of a type, the inherited ones first (base of bases
    /// first), then its own.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns">
    /// #   <ComplexType Name="a"><Property Name="x" Type="Edm.String" /></ComplexType>
    /// #   <ComplexType Name="b" BaseType="ns.a"><Property Name="y" Type="Edm.String" /></ComplexType></Schema>"#)?;
    /// let b = metadata.structured_type("ns.b").unwrap();
    /// let names: Vec<_> = metadata.all_properties(b).iter().map(|p| p.name.as_ref()).collect();
    /// assert_eq!(names, ["x", "y"]);
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn all_properties<'m>(&'m self, ty: &'m StructuredType<'a>) -> Vec<&'m Property<'a>> {
        let chain: Vec<&StructuredType<'a>> = self.ancestry(ty).collect();
        chain.iter().rev().flat_map(|t| t.properties.iter()).collect()
    }

    /// Every navigation property of a type, the inherited ones first.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="a" /></Schema>"#)?;
    /// assert!(metadata.all_navigation(metadata.structured_type("ns.a").unwrap()).is_empty());
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn all_navigation<'m>(&'m self, ty: &'m StructuredType<'a>) -> Vec<&'m NavigationProperty<'a>> {
        let chain: Vec<&StructuredType<'a>> = self.ancestry(ty).collect();
        chain.iter().rev().flat_map(|t| t.navigation.iter()).collect()
    }

    /// The property of this JSON name, own or inherited.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns">
    /// #   <ComplexType Name="a"><Property Name="x" Type="Edm.String" /></ComplexType>
    /// #   <ComplexType Name="b" BaseType="ns.a" /></Schema>"#)?;
    /// assert!(metadata.property(metadata.structured_type("ns.b").unwrap(), "x").is_some());
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn property<'m>(&'m self, ty: &'m StructuredType<'a>, name: &str) -> Option<&'m Property<'a>> {
        self.ancestry(ty)
            .find_map(|t| t.properties.iter().find(|p| p.name == name))
    }

    /// The navigation property of this name, own or inherited.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="a" /></Schema>"#)?;
    /// assert!(metadata.navigation_property(metadata.structured_type("ns.a").unwrap(), "x").is_none());
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn navigation_property<'m>(
        &'m self,
        ty: &'m StructuredType<'a>,
        name: &str,
    ) -> Option<&'m NavigationProperty<'a>> {
        self.ancestry(ty)
            .find_map(|t| t.navigation.iter().find(|p| p.name == name))
    }

    /// The key property names of an entity type: its own `Key`, or the
    /// nearest base type's; empty for a complex type.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns">
    /// #   <EntityType Name="a"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" /></EntityType>
    /// #   <EntityType Name="b" BaseType="ns.a" /></Schema>"#)?;
    /// assert_eq!(metadata.key(metadata.structured_type("ns.b").unwrap()), ["id"]);
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn key<'m>(&'m self, ty: &'m StructuredType<'a>) -> &'m [Cow<'a, str>] {
        self.ancestry(ty)
            .find(|t| !t.key.is_empty())
            .map_or(&[], |t| t.key.as_slice())
    }

    /// The types that name this one as their base type (direct children
    /// only), in document order.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="a" /><ComplexType Name="b" BaseType="ns.a" /></Schema>"#)?;
    /// let children: Vec<_> = metadata.derived_types(metadata.structured_type("ns.a").unwrap()).map(|t| t.name.to_string()).collect();
    /// assert_eq!(children, ["ns.b"]);
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn derived_types<'m>(
        &'m self,
        ty: &StructuredType<'_>,
    ) -> impl Iterator<Item = &'m StructuredType<'a>> + 'm {
        let children = self
            .index_of(ty)
            .and_then(|i| {
                let start = *self.derived_start.get(i)?;
                let end = *self.derived_start.get(i + 1)?;
                self.derived.get(start..end)
            })
            .unwrap_or_default();
        children.iter().filter_map(move |&i| self.structured.get(i))
    }

    /// The type and every type deriving from it, at any depth: the type
    /// first, then depth first in document order.
    ///
    /// ```
    /// # let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="a" /><ComplexType Name="b" BaseType="ns.a" /><ComplexType Name="c" BaseType="ns.b" /></Schema>"#)?;
    /// let family: Vec<_> = metadata.family(metadata.structured_type("ns.a").unwrap()).iter().map(|t| t.name.to_string()).collect();
    /// assert_eq!(family, ["ns.a", "ns.b", "ns.c"]);
    /// # Ok::<(), graph_schema::ParseError>(())
    /// ```
    pub fn family<'m>(&'m self, ty: &'m StructuredType<'a>) -> Vec<&'m StructuredType<'a>> {
        let mut out = Vec::new();
        let mut stack = vec![ty];
        while let Some(t) = stack.pop() {
            out.push(t);
            let children: Vec<_> = self.derived_types(t).collect();
            stack.extend(children.into_iter().rev());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_dot_is_the_last_dot_at_every_length() {
        for len in 0..40usize {
            for dots in [
                vec![],
                vec![0],
                vec![len / 2],
                vec![1, len.saturating_sub(1)],
                vec![len.saturating_sub(8)],
            ] {
                let mut text = vec![b'a'; len];
                for dot in dots.into_iter().filter(|&dot| dot < len) {
                    text[dot] = b'.';
                }
                let text = String::from_utf8(text).unwrap();
                assert_eq!(last_dot(&text), text.rfind('.'), "{text}");
            }
        }
        assert_eq!(last_dot("microsoft.graph.callRecords.session"), Some(27));
        assert_eq!(last_dot("é.ü"), Some(2));
    }
}
