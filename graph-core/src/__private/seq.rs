//! Arrays read element by element, so that an error names its index
//! (`settingStates[3].state: ...`).

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;

/// A collection type read with indexed errors: `Vec<T>` and `Option<Vec<T>>`.
pub trait Indexed<'de>: Sized {
    /// Reads the value, naming the index of a failing element.
    fn deserialize_indexed<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

/// Reads an [`Indexed`] value as a seed.
pub struct IndexedSeed<T>(PhantomData<T>);

impl<T> IndexedSeed<T> {
    /// The seed for `T`.
    pub const fn new() -> Self {
        IndexedSeed(PhantomData)
    }
}

impl<T> Default for IndexedSeed<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'de, T: Indexed<'de>> DeserializeSeed<'de> for IndexedSeed<T> {
    type Value = T;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize_indexed(deserializer)
    }
}

struct VecVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for VecVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        // Cap the pre-allocation: the hint comes from the input.
        let capacity = seq
            .size_hint()
            .unwrap_or(0)
            .min(1024 * 1024 / std::mem::size_of::<T>().max(1));
        let mut values = Vec::with_capacity(capacity);
        loop {
            match seq.next_element() {
                Ok(Some(value)) => values.push(value),
                Ok(None) => return Ok(values),
                Err(error) => return Err(super::prefix_index(values.len(), error)),
            }
        }
    }
}

impl<'de, T: Deserialize<'de>> Indexed<'de> for Vec<T> {
    #[inline]
    fn deserialize_indexed<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(VecVisitor(PhantomData))
    }
}

struct OptionVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for OptionVisitor<T> {
    type Value = Option<Vec<T>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array or null")
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_seq(VecVisitor(PhantomData)).map(Some)
    }
}

impl<'de, T: Deserialize<'de>> Indexed<'de> for Option<Vec<T>> {
    #[inline]
    fn deserialize_indexed<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_option(OptionVisitor(PhantomData))
    }
}
