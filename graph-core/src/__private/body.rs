//! Body forms of nested values, and the autoref probes that let the
//! generated code pick, per field type, how a value is written, read and
//! compared.
//!
//! The derive calls `(&&&Probe(value)).field(kind, old)`: method lookup
//! tries the impl on `&&&Probe<T>` first (values with a body form), then
//! `&&Probe<T>` (Graph wire formats), then `&Probe<T>` (plain serde). The
//! bounds are checked on the concrete field type, so an alias of a chrono
//! type still gets Graph's format and a nested entity its body form.

use std::marker::PhantomData;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Serialize, Serializer};

use crate::entity::{BodyKind, GraphEntity};
use crate::patch::Change;
use crate::wire::{Wire, WireFormat, WireSeed};

use super::{Indexed, IndexedSeed};

/// A value with a body form: derived types and `Option`s and `Vec`s of them.
pub trait BodyForm {
    /// Writes the value in the representation `kind` names; `old` is the
    /// value it replaces in a patch, when known.
    fn serialize_body<S: Serializer>(
        &self,
        serializer: S,
        kind: BodyKind,
        old: Option<&Self>,
    ) -> Result<S::Ok, S::Error>;
}

impl<T: GraphEntity> BodyForm for T {
    #[inline]
    fn serialize_body<S: Serializer>(
        &self,
        serializer: S,
        kind: BodyKind,
        old: Option<&Self>,
    ) -> Result<S::Ok, S::Error> {
        self.__serialize_body(serializer, kind, old)
    }
}

impl<T: BodyForm> BodyForm for Option<T> {
    #[inline]
    fn serialize_body<S: Serializer>(
        &self,
        serializer: S,
        kind: BodyKind,
        old: Option<&Self>,
    ) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => serializer.serialize_some(&AsBody {
                value,
                kind,
                old: old.and_then(Option::as_ref),
            }),
            None => serializer.serialize_none(),
        }
    }
}

/// A collection is sent whole: its elements are written without an old value.
impl<T: BodyForm> BodyForm for Vec<T> {
    fn serialize_body<S: Serializer>(
        &self,
        serializer: S,
        kind: BodyKind,
        _old: Option<&Self>,
    ) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for value in self {
            seq.serialize_element(&AsBody {
                value,
                kind,
                old: None,
            })?;
        }
        seq.end()
    }
}

/// An unknown derived type inside a body is sent as read, without its
/// annotations; in the full representation, as read.
impl BodyForm for crate::UnknownEntity {
    fn serialize_body<S: Serializer>(
        &self,
        serializer: S,
        kind: BodyKind,
        _old: Option<&Self>,
    ) -> Result<S::Ok, S::Error> {
        if kind == BodyKind::Full {
            return self.serialize(serializer);
        }
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("@odata.type", &self.odata_type)?;
        for (key, value) in &self.properties {
            if !is_annotation(key) {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}

/// Whether a property name is an instance annotation (`@odata.etag`,
/// `photo@odata.mediaEditLink`): never sent in a body.
#[inline]
pub fn is_annotation(name: &str) -> bool {
    name.contains('@')
}

/// Writes `null` for each member of the `extra` map of the value a nested
/// value replaces (`old`) that its own `extra` lacks, annotations aside.
pub fn write_vacated_extra<M: SerializeMap>(
    map: &mut M,
    extra: &serde_json::Map<String, serde_json::Value>,
    old: &serde_json::Map<String, serde_json::Value>,
) -> Result<(), M::Error> {
    for key in old.keys() {
        if !is_annotation(key) && !extra.contains_key(key) {
            map.serialize_entry(key, &())?;
        }
    }
    Ok(())
}

/// A value written in its body form.
pub struct AsBody<'a, T> {
    value: &'a T,
    kind: BodyKind,
    old: Option<&'a T>,
}

impl<T: BodyForm> Serialize for AsBody<'_, T> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize_body(serializer, self.kind, self.old)
    }
}

/// The probe of a field value being written.
pub struct Probe<'a, T: ?Sized>(pub &'a T);

/// Values with a body form: written as that form, nested.
pub trait ViaBody<'a, T> {
    /// The value to write.
    fn field(self, kind: BodyKind, old: Option<&'a T>) -> AsBody<'a, T>;
}

impl<'a, T: BodyForm> ViaBody<'a, T> for &&&Probe<'a, T> {
    #[inline]
    fn field(self, kind: BodyKind, old: Option<&'a T>) -> AsBody<'a, T> {
        AsBody {
            value: self.0,
            kind: kind.nested(),
            old,
        }
    }
}

/// Values with a Graph wire format: written in it.
pub trait ViaWire<'a, T> {
    /// The value to write.
    fn field(self, kind: BodyKind, old: Option<&'a T>) -> Wire<'a, T>;
}

impl<'a, T: WireFormat> ViaWire<'a, T> for &&Probe<'a, T> {
    #[inline]
    fn field(self, _kind: BodyKind, _old: Option<&'a T>) -> Wire<'a, T> {
        Wire(self.0)
    }
}

/// Any other value: written by its own serde impl.
pub trait ViaSerde<'a, T: ?Sized> {
    /// The value to write.
    fn field(self, kind: BodyKind, old: Option<&'a T>) -> &'a T;
}

impl<'a, T: ?Sized> ViaSerde<'a, T> for &Probe<'a, T> {
    #[inline]
    fn field(self, _kind: BodyKind, _old: Option<&'a T>) -> &'a T {
        self.0
    }
}

/// The probe of a field type being read from a `'de` input: through
/// [`ReadWire`] / [`ReadSerde`], or for a `Vec` through [`ReadIndexedWire`] /
/// [`ReadIndexedSerde`] (its wire format, or element by element so that an
/// error names its index).
pub struct ReadProbe<'de, T>(PhantomData<fn(&'de ()) -> T>);

impl<T> Default for ReadProbe<'_, T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> ReadProbe<'_, T> {
    /// The probe for `T`.
    #[inline]
    pub const fn new() -> Self {
        ReadProbe(PhantomData)
    }
}

/// Types with a Graph wire format: read in it.
pub trait ReadWire<T> {
    /// The seed that reads the value.
    fn seed(self) -> WireSeed<T>;
}

impl<T: WireFormat> ReadWire<T> for &&ReadProbe<'_, T> {
    #[inline]
    fn seed(self) -> WireSeed<T> {
        WireSeed::new()
    }
}

/// Any other type: read by its own serde impl.
pub trait ReadSerde<'de, T> {
    /// The seed that reads the value.
    fn seed(self) -> PhantomData<T>
    where
        T: Deserialize<'de>;
}

impl<'de, T> ReadSerde<'de, T> for &ReadProbe<'de, T> {
    #[inline]
    fn seed(self) -> PhantomData<T>
    where
        T: Deserialize<'de>,
    {
        PhantomData
    }
}

/// `Vec`s of types with a Graph wire format: read in it.
pub trait ReadIndexedWire<T> {
    /// The seed that reads the value.
    fn seed(self) -> WireSeed<T>;
}

impl<T: WireFormat> ReadIndexedWire<T> for &&ReadProbe<'_, T> {
    #[inline]
    fn seed(self) -> WireSeed<T> {
        WireSeed::new()
    }
}

/// Other `Vec`s: element by element.
pub trait ReadIndexedSerde<'de, T> {
    /// The seed that reads the value.
    fn seed(self) -> IndexedSeed<T>
    where
        T: Indexed<'de>;
}

impl<'de, T> ReadIndexedSerde<'de, T> for &ReadProbe<'de, T> {
    #[inline]
    fn seed(self) -> IndexedSeed<T>
    where
        T: Indexed<'de>,
    {
        IndexedSeed::new()
    }
}

/// The probe of a field's change in `changes_since`.
pub struct ChangeProbe<'a, T>(pub &'a T, pub &'a T);

/// Optional entity values: a replacement remembers the old value.
pub trait ChangeEntityOption<T> {
    /// The change from the old value to the new one.
    fn change(self) -> Change<T>
    where
        T: PartialEq + Clone;
}

impl<T: GraphEntity> ChangeEntityOption<T> for &&ChangeProbe<'_, Option<T>> {
    #[inline]
    fn change(self) -> Change<T>
    where
        T: PartialEq + Clone,
    {
        Change::replacing_options(self.0, self.1)
    }
}

/// Other optional values.
pub trait ChangeOption<T> {
    /// The change from the old value to the new one.
    fn change(self) -> Change<T>
    where
        T: PartialEq + Clone;
}

impl<T> ChangeOption<T> for &ChangeProbe<'_, Option<T>> {
    #[inline]
    fn change(self) -> Change<T>
    where
        T: PartialEq + Clone,
    {
        Change::between_options(self.0, self.1)
    }
}

/// The probe of a required field's change in `changes_since`.
pub struct ChangeRequiredProbe<'a, T>(pub &'a T, pub &'a T);

/// Required entity values: a replacement remembers the old value.
pub trait ChangeEntity<T> {
    /// The change from the old value to the new one.
    fn change(self) -> Change<T>
    where
        T: PartialEq + Clone;
}

impl<T: GraphEntity> ChangeEntity<T> for &&ChangeRequiredProbe<'_, T> {
    #[inline]
    fn change(self) -> Change<T>
    where
        T: PartialEq + Clone,
    {
        Change::replacing(self.0, self.1)
    }
}

/// Other required values.
pub trait ChangeRequired<T> {
    /// The change from the old value to the new one.
    fn change(self) -> Change<T>
    where
        T: PartialEq + Clone;
}

impl<T> ChangeRequired<T> for &ChangeRequiredProbe<'_, T> {
    #[inline]
    fn change(self) -> Change<T>
    where
        T: PartialEq + Clone,
    {
        Change::between(self.0, self.1)
    }
}
