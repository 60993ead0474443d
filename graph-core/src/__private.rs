//! Support for the code that the derives generate. Not a public API.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};
use serde::{Serialize, Serializer};

/// Re-exported for path constants.
pub use std::borrow::Cow;

pub use serde;
pub use serde_json;
pub use std::string::String;
pub use std::vec::Vec;

pub use crate::entity::BodyKind;
pub use crate::flags::{MemberSlot, MemberTable};
pub use crate::wire::{Wire, WireFormat, WireSeed};

mod seq;
pub use seq::{Indexed, IndexedSeed};

/// Prefixes an error with the property it came from: `deviceName: invalid
/// type: ...`. An error that already names a nested property is joined with
/// a dot (`settingStates.state: ...`) or, for an array index, directly
/// (`settingStates[0].state: ...`). A position that the format appended
/// (serde_json's ` at line 1 column 9`) is dropped: the outer error gets its
/// own.
#[cold]
pub fn prefix_error<E: de::Error>(name: &str, error: E) -> E {
    let name = crate::error::printable(name);
    let message = error.to_string();
    let message = strip_position(&message);
    match message.split_once(": ") {
        Some((path, _)) if path.starts_with('[') && is_property_path(path) => {
            E::custom(format_args!("{name}{message}"))
        }
        Some((path, _)) if is_property_path(path) => E::custom(format_args!("{name}.{message}")),
        _ => E::custom(format_args!("{name}: {message}")),
    }
}

/// Prefixes an error with the index of the array element it came from.
#[cold]
pub fn prefix_index<E: de::Error>(index: usize, error: E) -> E {
    prefix_error(&format!("[{index}]"), error)
}

fn is_property_path(path: &str) -> bool {
    !path.is_empty()
        && path
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '@' | '.' | '[' | ']' | '-'))
}

/// `msg at line 1 column 9` → `msg`.
fn strip_position(message: &str) -> &str {
    let Some((head, tail)) = message.rsplit_once(" at line ") else {
        return message;
    };
    let mut parts = tail.split(" column ");
    match (parts.next(), parts.next(), parts.next()) {
        (Some(line), Some(column), None)
            if !line.is_empty()
                && !column.is_empty()
                && line.bytes().all(|b| b.is_ascii_digit())
                && column.bytes().all(|b| b.is_ascii_digit()) =>
        {
            head
        }
        _ => message,
    }
}

/// `#microsoft.graph.x` → `microsoft.graph.x`.
#[inline]
pub fn strip_hash(name: &str) -> &str {
    name.strip_prefix('#').unwrap_or(name)
}

/// The error for an `@odata.type` that names another type.
#[cold]
pub fn type_mismatch<E: de::Error>(expected: &str, found: &str) -> E {
    let found = crate::error::printable(found);
    if found.is_empty() {
        return E::custom(format_args!("expected @odata.type {expected}, found ``"));
    }
    E::custom(format_args!("expected @odata.type {expected}, found {found}"))
}

/// The error for a property that appears twice.
#[cold]
pub fn duplicate_property<E: de::Error>(name: &str) -> E {
    let name = crate::error::printable(name);
    E::custom(format_args!("duplicate field `{name}`"))
}

/// The error for an enum member the enum does not list.
#[cold]
pub fn unknown_member<E: de::Error>(enum_name: &str, value: &str) -> E {
    let value = crate::error::printable(value);
    E::custom(format_args!("unknown member `{value}` of enum {enum_name}"))
}

/// The error for an `@odata.type` that no variant of a polymorphic enum lists.
#[cold]
pub fn unknown_type<E: de::Error>(found: &str, enum_name: &str) -> E {
    E::custom(format_args!(
        "unknown @odata.type {found}: no variant of {enum_name} holds it"
    ))
}

/// The error for a polymorphic value without `@odata.type` and no variant
/// for the base type.
#[cold]
pub fn missing_type<E: de::Error>(base: &str) -> E {
    E::custom(format_args!(
        "missing @odata.type: cannot tell which {base} this is"
    ))
}

/// The error for an `extra` entry named like a property of the type, or
/// like an annotation the type writes itself: writing it would give the
/// property twice.
#[cold]
pub fn shadowed_extra<E: serde::ser::Error>(key: &str, odata_type: &str) -> E {
    let key = crate::error::printable(key);
    E::custom(format_args!(
        "the extra property `{key}` has the name of a property of {odata_type} that the struct writes itself; set the field instead"
    ))
}

/// The error for a body or patch that cannot be written.
#[cold]
pub fn cannot_write<E: serde::ser::Error>(message: &str) -> E {
    E::custom(message)
}

/// Whether two strings are equal, in a constant.
#[allow(clippy::indexing_slicing)] // indices bounded by the loop conditions
pub const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether any two names are equal, in a constant.
#[allow(clippy::indexing_slicing)] // indices bounded by the loop conditions
pub const fn has_duplicate(names: &[&str]) -> bool {
    let mut i = 0;
    while i < names.len() {
        let mut j = i + 1;
        while j < names.len() {
            if str_eq(names[i], names[j]) {
                return true;
            }
            j += 1;
        }
        i += 1;
    }
    false
}

/// The value of an absent property that is not spelled `Option<T>`, read
/// from nothing through the field's own `seed`: `None` when the type is an
/// `Option` under another name (an alias, `Box<Option<T>>`), else the
/// error ``missing field `name` ``.
pub fn missing_field_seed<'de, S: DeserializeSeed<'de>, E: de::Error>(
    seed: S,
    name: &'static str,
) -> Result<S::Value, E> {
    seed.deserialize(MissingField(name, std::marker::PhantomData))
}

struct MissingField<E>(&'static str, std::marker::PhantomData<E>);

impl<'de, E: de::Error> Deserializer<'de> for MissingField<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.0))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// `Debug` of a patch: its name and the JSON it sends, which needs no
/// `Debug` of the field types.
pub fn debug_patch<T: Serialize>(f: &mut fmt::Formatter<'_>, name: &str, patch: &T) -> fmt::Result {
    match serde_json::to_string(patch) {
        Ok(json) => write!(f, "{name}({json})"),
        Err(error) => write!(f, "{name}(<{error}>)"),
    }
}

/// Inserts an unknown property; gives the key back if it was there already.
pub fn insert_extra(
    extra: &mut serde_json::Map<String, serde_json::Value>,
    key: String,
    value: serde_json::Value,
) -> Option<String> {
    match extra.entry(key) {
        serde_json::map::Entry::Vacant(entry) => {
            entry.insert(value);
            None
        }
        serde_json::map::Entry::Occupied(entry) => Some(entry.key().clone()),
    }
}

/// Reads an `@odata.type` value without copying it when the input allows.
pub struct TypeNameSeed;

impl<'de> DeserializeSeed<'de> for TypeNameSeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(TypeNameVisitor)
    }
}

struct TypeNameVisitor;

impl<'de> Visitor<'de> for TypeNameVisitor {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an OData type name")
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(value))
    }
}

/// Writes a type name kept in an `odata_type` field, with or without `#`.
pub struct TypeName<'a> {
    name: &'a str,
    hash: bool,
}

impl<'a> TypeName<'a> {
    /// `name` may carry a `#` or not; `hash` says whether to write one.
    pub fn new(name: &'a str, hash: bool) -> Self {
        TypeName {
            name: strip_hash(name),
            hash,
        }
    }
}

impl Serialize for TypeName<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.hash {
            serializer.collect_str(&format_args!("#{}", self.name))
        } else {
            serializer.serialize_str(self.name)
        }
    }
}

/// The key and etag of what an `other` variant holds: an
/// [`UnknownEntity`](crate::UnknownEntity) knows them; any other type, none.
pub trait OtherKey {
    /// The key, if known.
    fn other_key(&self) -> Option<Cow<'_, str>> {
        None
    }
    /// The etag, if known.
    fn other_etag(&self) -> Option<&str> {
        None
    }
}

impl OtherKey for crate::UnknownEntity {
    fn other_key(&self) -> Option<Cow<'_, str>> {
        self.key().map(Cow::Borrowed)
    }
    fn other_etag(&self) -> Option<&str> {
        self.etag()
    }
}

impl OtherKey for serde_json::Value {}
impl OtherKey for serde_json::Map<String, serde_json::Value> {}

/// The types a `#[graph(bind = "...")]` field may have: entity URLs.
#[diagnostic::on_unimplemented(
    message = "#[graph(bind)] needs entity URLs, not `{Self}`",
    label = "not a field of URLs",
    note = "write `Vec<String>` to bind a collection (`members@odata.bind`) or `Option<String>` for a single entity"
)]
pub trait BindUrls {}

impl BindUrls for Vec<String> {}
impl BindUrls for Option<String> {}
impl BindUrls for Option<Vec<String>> {}

/// Checks, at compile time, that a value is of a [`BindUrls`] type.
#[inline]
pub fn assert_bind_urls<T: BindUrls + ?Sized>(_: &T) {}

/// The types a `#[graph(key)]` field may have.
pub trait AsKey {
    /// The key as text, if set.
    fn as_key(&self) -> Option<Cow<'_, str>>;
}

impl AsKey for String {
    #[inline]
    fn as_key(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(self))
    }
}

impl AsKey for Box<str> {
    #[inline]
    fn as_key(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(self))
    }
}

/// Hyphenated lower case, as Graph writes a GUID.
#[cfg(feature = "uuid")]
impl AsKey for uuid::Uuid {
    #[inline]
    fn as_key(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Owned(self.hyphenated().to_string()))
    }
}

impl<T: AsKey> AsKey for Option<T> {
    #[inline]
    fn as_key(&self) -> Option<Cow<'_, str>> {
        self.as_ref().and_then(T::as_key)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn strips_only_a_trailing_position() {
        assert_eq!(strip_position("invalid type at line 1 column 9"), "invalid type");
        assert_eq!(strip_position("at line x column 9"), "at line x column 9");
        assert_eq!(strip_position("plain"), "plain");
    }

    #[test]
    fn joins_nested_property_paths() {
        let error: serde_json::Error = prefix_error("settingStates", de::Error::custom("state: bad"));
        assert_eq!(error.to_string(), "settingStates.state: bad");
        let error: serde_json::Error = prefix_error("a", de::Error::custom("invalid type: null"));
        assert_eq!(error.to_string(), "a: invalid type: null");
        let error: serde_json::Error = prefix_index(3, de::Error::custom("state: bad"));
        assert_eq!(error.to_string(), "[3].state: bad");
        let error: serde_json::Error = prefix_error("settingStates", error);
        assert_eq!(error.to_string(), "settingStates[3].state: bad");
        let error: serde_json::Error = prefix_index(1, de::Error::custom("[2]: bad"));
        assert_eq!(error.to_string(), "[1][2]: bad");
    }
}

mod content;
mod replay;
pub use replay::{first_key, read_rest, Replay};

mod entries;
pub use entries::{read_slot, write_change, write_change_wire, write_present, write_present_wire};

mod probe;
pub use probe::{DescribedShape, OtherShape, ShapeProbe};

mod body;
pub use body::{
    is_annotation, write_vacated_extra, AsBody, BodyForm, ChangeEntity, ChangeEntityOption, ChangeOption,
    ChangeProbe, ChangeRequired, ChangeRequiredProbe, Probe, ReadIndexedSerde, ReadIndexedWire, ReadProbe,
    ReadSerde, ReadWire, ViaBody, ViaSerde, ViaWire,
};
