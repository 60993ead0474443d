//! One property read or written: the steps that every generated reader
//! and writer repeats per field, written once here so that the derive
//! emits one call per field instead of the same statements each time
//! (less code for rustc to check in every models crate; the calls are
//! `#[inline]` and generic, so the machine code is what the statements
//! would give).

use serde::de::{self, DeserializeSeed, MapAccess};
use serde::ser::SerializeMap;
use serde::Serialize;

use super::prefix_error;
use crate::patch::Change;
use crate::wire::{Wire, WireFormat};

/// Reads the value of the property `name` through `seed` into `slot`:
/// a second occurrence is refused, an error names the property.
#[inline]
pub fn read_slot<'de, A, S>(
    map: &mut A,
    slot: &mut Option<S::Value>,
    name: &'static str,
    seed: S,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    S: DeserializeSeed<'de>,
{
    if slot.is_some() {
        return Err(<A::Error as de::Error>::duplicate_field(name));
    }
    match map.next_value_seed(seed) {
        Ok(value) => {
            *slot = Some(value);
            Ok(())
        }
        Err(error) => Err(prefix_error(name, error)),
    }
}

/// Writes an optional property as is, when it is present.
#[inline]
pub fn write_present<M, T>(map: &mut M, name: &'static str, value: &Option<T>) -> Result<(), M::Error>
where
    M: SerializeMap,
    T: Serialize,
{
    match value {
        Some(value) => map.serialize_entry(name, value),
        None => Ok(()),
    }
}

/// Writes an optional property in Graph's wire format, when it is present.
#[inline]
pub fn write_present_wire<M, T>(map: &mut M, name: &'static str, value: &Option<T>) -> Result<(), M::Error>
where
    M: SerializeMap,
    T: WireFormat,
{
    match value {
        Some(value) => map.serialize_entry(name, &Wire(value)),
        None => Ok(()),
    }
}

/// Writes a patched property as is: nothing when unchanged, `null` when
/// cleared, the new value otherwise.
#[inline]
pub fn write_change<M, T>(map: &mut M, name: &'static str, change: &Change<T>) -> Result<(), M::Error>
where
    M: SerializeMap,
    T: Serialize,
{
    match change {
        Change::Unchanged => Ok(()),
        Change::Set(value) | Change::Replace { new: value, .. } => map.serialize_entry(name, value),
        Change::Clear => map.serialize_entry(name, &()),
    }
}

/// Writes a patched property in Graph's wire format: nothing when
/// unchanged, `null` when cleared, the new value otherwise.
#[inline]
pub fn write_change_wire<M, T>(map: &mut M, name: &'static str, change: &Change<T>) -> Result<(), M::Error>
where
    M: SerializeMap,
    T: WireFormat,
{
    match change {
        Change::Unchanged => Ok(()),
        Change::Set(value) | Change::Replace { new: value, .. } => map.serialize_entry(name, &Wire(value)),
        Change::Clear => map.serialize_entry(name, &()),
    }
}
