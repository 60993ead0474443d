//! Edm.Double and Edm.Single: JSON numbers, and OData's `"NaN"`, `"INF"`
//! and `"-INF"` for the values JSON numbers cannot hold.

use std::fmt;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::Serializer;

use super::WireFormat;

/// The OData text of a value that is not a finite number.
fn special_text(value: f64) -> Option<&'static str> {
    if value.is_nan() {
        Some("NaN")
    } else if value == f64::INFINITY {
        Some("INF")
    } else if value == f64::NEG_INFINITY {
        Some("-INF")
    } else {
        None
    }
}

/// Reads a number, or OData's text for NaN and the infinities.
struct FloatVisitor {
    expecting: &'static str,
}

impl<'de> Visitor<'de> for FloatVisitor {
    type Value = f64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<f64, E> {
        Ok(value)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<f64, E> {
        Ok(value as f64)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<f64, E> {
        Ok(value as f64)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<f64, E> {
        match value {
            "NaN" => Ok(f64::NAN),
            "INF" => Ok(f64::INFINITY),
            "-INF" => Ok(f64::NEG_INFINITY),
            _ => Err(E::invalid_type(Unexpected::Str(value), &self)),
        }
    }
}

impl WireFormat for f64 {
    #[inline]
    fn wire_serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match special_text(*self) {
            None => serializer.serialize_f64(*self),
            Some(text) => serializer.serialize_str(text),
        }
    }

    #[inline]
    fn wire_deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FloatVisitor {
            expecting: "f64 (a number, or \"NaN\", \"INF\" or \"-INF\")",
        })
    }
}

impl WireFormat for f32 {
    #[inline]
    fn wire_serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match special_text(f64::from(*self)) {
            None => serializer.serialize_f32(*self),
            Some(text) => serializer.serialize_str(text),
        }
    }

    #[inline]
    fn wire_deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = deserializer.deserialize_any(FloatVisitor {
            expecting: "f32 (a number, or \"NaN\", \"INF\" or \"-INF\")",
        })?;
        #[allow(clippy::cast_possible_truncation)] // checked just below
        let single = value as f32;
        if single.is_infinite() && value.is_finite() {
            return Err(de::Error::invalid_value(Unexpected::Float(value), &"f32"));
        }
        Ok(single)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use serde_json::Value;

    use crate::wire::{Wire, WireSeed};
    use serde::de::DeserializeSeed;

    fn read<T: crate::wire::WireFormat>(json: &str) -> Result<T, String> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        WireSeed::<T>::new()
            .deserialize(&mut deserializer)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn special_values_are_odata_strings() {
        assert_eq!(serde_json::to_string(&Wire(&f64::NAN)).unwrap(), r#""NaN""#);
        assert_eq!(serde_json::to_string(&Wire(&f64::INFINITY)).unwrap(), r#""INF""#);
        assert_eq!(
            serde_json::to_string(&Wire(&f32::NEG_INFINITY)).unwrap(),
            r#""-INF""#
        );
        assert_eq!(serde_json::to_string(&Wire(&6.0_f64)).unwrap(), "6.0");
        assert!(read::<f64>(r#""NaN""#).unwrap().is_nan());
        assert_eq!(read::<f64>(r#""-INF""#), Ok(f64::NEG_INFINITY));
        assert_eq!(read::<f64>(r#""INF""#), Ok(f64::INFINITY));
        assert_eq!(read::<f32>(r#""INF""#), Ok(f32::INFINITY));
        assert_eq!(read::<f64>("3"), Ok(3.0));
        assert_eq!(read::<f64>("-3"), Ok(-3.0));
        assert_eq!(read::<f32>("-2"), Ok(-2.0));
        assert_eq!(read::<f32>("1.5"), Ok(1.5));
    }

    #[test]
    fn out_of_range_and_other_text_are_errors() {
        assert_eq!(
            read::<f32>("1e39"),
            Err("invalid value: floating point `1e+39`, expected f32".to_owned())
        );
        assert_eq!(
            read::<f64>(r#""nan""#),
            Err(r#"invalid type: string "nan", expected f64 (a number, or "NaN", "INF" or "-INF") at line 1 column 5"#
                .to_owned())
        );
        assert_eq!(
            serde_json::to_value(Wire(&1.0e300_f64)).unwrap(),
            Value::from(1.0e300)
        );
    }
}
