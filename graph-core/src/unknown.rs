//! [`UnknownEntity`]: a value of a derived type that no variant lists.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A value whose `@odata.type` the reading enum does not list: the type
/// name as read and every other property, kept so that writing it gives
/// back what was read.
///
/// It is what the `#[graph(other)]` variant of a polymorphic
/// `#[derive(GraphEntity)]` enum holds. Request bodies and patches of an
/// unknown type are refused, since which of its properties the server owns
/// is not known.
///
/// ```
/// use graph_core::UnknownEntity;
///
/// let text = r##"{"@odata.type":"#microsoft.graph.futureConfiguration","id":"1","version":2}"##;
/// let unknown: UnknownEntity = serde_json::from_str(text).unwrap();
/// assert_eq!(unknown.type_name(), "microsoft.graph.futureConfiguration");
/// assert_eq!(unknown.properties["version"], 2);
/// assert_eq!(serde_json::to_string(&unknown).unwrap(), text);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnknownEntity {
    /// The `@odata.type` exactly as read (`#` included when it was there).
    pub odata_type: String,
    /// Every other property and annotation (in serde_json's map order:
    /// sorted by name unless its `preserve_order` feature is on).
    pub properties: Map<String, Value>,
}

impl UnknownEntity {
    /// The type name without `#`.
    ///
    /// ```
    /// let unknown = graph_core::UnknownEntity { odata_type: "#ns.t".into(), ..Default::default() };
    /// assert_eq!(unknown.type_name(), "ns.t");
    /// ```
    pub fn type_name(&self) -> &str {
        crate::__private::strip_hash(&self.odata_type)
    }
}

impl UnknownEntity {
    /// The `id` property, when it is a string.
    ///
    /// ```
    /// let unknown: graph_core::UnknownEntity =
    ///     serde_json::from_str(r#"{"@odata.type":"ns.t","id":"42","@odata.etag":"W/\"1\""}"#).unwrap();
    /// assert_eq!(unknown.key(), Some("42"));
    /// assert_eq!(unknown.etag(), Some("W/\"1\""));
    /// ```
    pub fn key(&self) -> Option<&str> {
        self.properties.get("id").and_then(Value::as_str)
    }

    /// The `@odata.etag` annotation, when it is a string.
    pub fn etag(&self) -> Option<&str> {
        self.properties.get("@odata.etag").and_then(Value::as_str)
    }
}

impl Serialize for UnknownEntity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.properties.len() + 1))?;
        map.serialize_entry("@odata.type", &self.odata_type)?;
        for (key, value) in &self.properties {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for UnknownEntity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(UnknownVisitor)
    }
}

struct UnknownVisitor;

impl<'de> Visitor<'de> for UnknownVisitor {
    type Value = UnknownEntity;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object with @odata.type")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<UnknownEntity, A::Error> {
        let mut odata_type = None;
        let mut properties = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if key == "@odata.type" {
                if odata_type.is_some() {
                    return Err(de::Error::duplicate_field("@odata.type"));
                }
                odata_type = Some(map.next_value::<String>()?);
            } else {
                let value = map
                    .next_value::<Value>()
                    .map_err(|e| crate::__private::prefix_error(&key, e))?;
                if let Some(key) = crate::__private::insert_extra(&mut properties, key, value) {
                    return Err(crate::__private::duplicate_property(&key));
                }
            }
        }
        let odata_type = odata_type.ok_or_else(|| de::Error::missing_field("@odata.type"))?;
        Ok(UnknownEntity {
            odata_type,
            properties,
        })
    }
}
