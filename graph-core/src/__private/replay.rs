//! Reading a polymorphic value: find `@odata.type`, then hand the whole
//! object to the type it names.

use std::borrow::Cow;

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{DeserializeSeed, MapAccess};

use super::content::{Content, ContentDeserializer, ContentSeed};
use super::TypeNameSeed;

/// The next key of a map, borrowed from the input when it allows.
pub fn first_key<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Cow<'de, str>>, A::Error> {
    map.next_key_seed(TypeNameSeed)
}

/// Reads entries until `@odata.type` (Graph sends it first, so usually
/// nothing is buffered), then calls `dispatch` with the type name, if any,
/// and a map that replays the whole object.
pub fn read_rest<'de, A, T>(
    mut map: A,
    dispatch: impl FnOnce(Option<&str>, Replay<'de, A>) -> Result<T, A::Error>,
) -> Result<T, A::Error>
where
    A: MapAccess<'de>,
{
    let mut buffered = Vec::new();
    loop {
        match first_key(&mut map)? {
            Some(key) if key == "@odata.type" => {
                let name = map
                    .next_value_seed(TypeNameSeed)
                    .map_err(|e| super::prefix_error("@odata.type", e))?;
                let replay = Replay {
                    type_name: Some(name.clone()),
                    buffered: buffered.into_iter(),
                    pending: None,
                    rest: map,
                    rest_done: false,
                };
                return dispatch(Some(&name), replay);
            }
            Some(key) => {
                let value = map
                    .next_value_seed(ContentSeed)
                    .map_err(|e| super::prefix_error(&key, e))?;
                buffered.push((key, value));
            }
            None => {
                let replay = Replay {
                    type_name: None,
                    buffered: buffered.into_iter(),
                    pending: None,
                    rest: map,
                    rest_done: true,
                };
                return dispatch(None, replay);
            }
        }
    }
}

enum Pending<'de> {
    Type(Cow<'de, str>),
    Value(Content<'de>),
}

/// A map that gives `@odata.type` first, then the entries read ahead, then
/// the rest of the original map.
pub struct Replay<'de, A> {
    type_name: Option<Cow<'de, str>>,
    buffered: std::vec::IntoIter<(Cow<'de, str>, Content<'de>)>,
    pending: Option<Pending<'de>>,
    rest: A,
    rest_done: bool,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        if let Some(name) = self.type_name.take() {
            self.pending = Some(Pending::Type(name));
            return seed
                .deserialize(BorrowedStrDeserializer::new("@odata.type"))
                .map(Some);
        }
        if let Some((key, value)) = self.buffered.next() {
            self.pending = Some(Pending::Value(value));
            return match key {
                Cow::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::new(key)).map(Some),
                Cow::Owned(key) => seed.deserialize(StringDeserializer::new(key)).map(Some),
            };
        }
        if self.rest_done {
            return Ok(None);
        }
        self.rest.next_key_seed(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.pending.take() {
            Some(Pending::Type(Cow::Borrowed(name))) => seed.deserialize(BorrowedStrDeserializer::new(name)),
            Some(Pending::Type(Cow::Owned(name))) => seed.deserialize(StringDeserializer::new(name)),
            Some(Pending::Value(value)) => seed.deserialize(ContentDeserializer::new(value)),
            None => self.rest.next_value_seed(seed),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        None
    }
}
