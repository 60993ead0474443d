//! [`WireFormat`]: Graph's own text form for types whose serde form differs.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Deserializer, SeqAccess, Visitor};
use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;

/// A value with a Graph wire form of its own, used by the derive in place of
/// the type's serde impls.
#[doc(hidden)]
pub trait WireFormat: Sized {
    /// Writes the value in Graph's form.
    fn wire_serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
    /// Reads a value written in Graph's form.
    fn wire_deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

/// Serializes a borrowed value through its [`WireFormat`].
#[doc(hidden)]
pub struct Wire<'a, T>(pub &'a T);

impl<T: WireFormat> Serialize for Wire<'_, T> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.wire_serialize(serializer)
    }
}

/// Deserializes a value through its [`WireFormat`].
#[doc(hidden)]
pub struct WireSeed<T>(pub PhantomData<T>);

impl<T> WireSeed<T> {
    /// The seed for `T`.
    pub const fn new() -> Self {
        WireSeed(PhantomData)
    }
}

impl<T> Default for WireSeed<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'de, T: WireFormat> DeserializeSeed<'de> for WireSeed<T> {
    type Value = T;
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::wire_deserialize(deserializer)
    }
}

impl<T: WireFormat> WireFormat for Option<T> {
    fn wire_serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => serializer.serialize_some(&Wire(value)),
            None => serializer.serialize_none(),
        }
    }

    fn wire_deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OptionVisitor<T>(PhantomData<T>);
        impl<'de, T: WireFormat> Visitor<'de> for OptionVisitor<T> {
            type Value = Option<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a value or null")
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
                T::wire_deserialize(deserializer).map(Some)
            }
        }
        deserializer.deserialize_option(OptionVisitor(PhantomData))
    }
}

impl<T: WireFormat> WireFormat for Vec<T> {
    fn wire_serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for value in self {
            seq.serialize_element(&Wire(value))?;
        }
        seq.end()
    }

    fn wire_deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct VecVisitor<T>(PhantomData<T>);
        impl<'de, T: WireFormat> Visitor<'de> for VecVisitor<T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an array")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut values = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                loop {
                    match seq.next_element_seed(WireSeed::<T>::new()) {
                        Ok(Some(value)) => values.push(value),
                        Ok(None) => return Ok(values),
                        Err(error) => return Err(crate::__private::prefix_index(values.len(), error)),
                    }
                }
            }
        }
        deserializer.deserialize_seq(VecVisitor(PhantomData))
    }
}

impl<T: WireFormat> WireFormat for Box<T> {
    fn wire_serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).wire_serialize(serializer)
    }

    fn wire_deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::wire_deserialize(deserializer).map(Box::new)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use serde::de::value::{Error as ValueError, StrDeserializer};

    use super::WireFormat;

    fn read<T: WireFormat>(json: &str) -> Result<T, String> {
        T::wire_deserialize(&mut serde_json::Deserializer::from_str(json)).map_err(|e| e.to_string())
    }

    #[test]
    fn options_and_arrays_read_their_values() {
        assert_eq!(read::<Option<f64>>("null"), Ok(None));
        assert_eq!(read::<Option<f64>>(r#""INF""#), Ok(Some(f64::INFINITY)));
        assert_eq!(
            read::<Vec<f64>>(r#"[1,"-INF"]"#),
            Ok(vec![1.0, f64::NEG_INFINITY])
        );
        assert_eq!(read::<Box<f64>>("2.5"), Ok(Box::new(2.5)));
    }

    #[test]
    fn errors_say_what_was_expected() {
        assert_eq!(
            read::<Vec<f64>>(r#""x""#),
            Err(r#"invalid type: string "x", expected an array at line 1 column 3"#.to_owned())
        );
        // A deserializer without `null` of its own hands an option whatever it has.
        let text = StrDeserializer::<ValueError>::new("x");
        assert_eq!(
            <Option<f64>>::wire_deserialize(text).unwrap_err().to_string(),
            r#"invalid type: string "x", expected a value or null"#
        );
    }
}
