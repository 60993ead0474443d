//! [`Flags`]: a set of members of a flag enum, written as one string of
//! members joined by commas (`"includeCompanyLogo,includeCompanyName"`).

use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher, Hash, Hasher};
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::GraphEnum;

/// A [`GraphEnum`] that Graph marks `IsFlags`: its values combine into a
/// [`Flags`] set.
///
/// Implemented by `#[derive(GraphEnum)]` with `#[graph(flags)]` on the enum.
/// A flag enum lists at most 128 members, and its `#[graph(other)]` variant,
/// if any, holds the text (`Other(String)`): a set keeps unknown members so
/// that it can write them back.
///
/// ```
/// use graph_core::{FlagEnum, GraphEnum};
///
/// #[derive(Debug, Clone, PartialEq, GraphEnum)]
/// #[graph(flags)]
/// pub enum BrandingOptions {
///     None,
///     IncludeCompanyLogo,
///     IncludeCompanyName,
///     #[graph(other)]
///     Other(String),
/// }
///
/// assert_eq!(BrandingOptions::IncludeCompanyName.index(), Some(2));
/// assert_eq!(BrandingOptions::from_index(1), Some(BrandingOptions::IncludeCompanyLogo));
/// assert_eq!(BrandingOptions::unknown("x"), Some(BrandingOptions::Other("x".into())));
/// assert!(BrandingOptions::KEEPS_UNKNOWN);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a flag enum",
    label = "`Flags` needs an enum with `#[graph(flags)]`",
    note = "add `#[graph(flags)]` next to `#[derive(GraphEnum)]` on `{Self}`"
)]
pub trait FlagEnum: GraphEnum {
    /// Whether unknown members are kept (the enum has an `Other(String)`
    /// variant); without it, reading an unknown member is an error.
    const KEEPS_UNKNOWN: bool;

    /// The position of this value in [`GraphEnum::MEMBERS`]; `None` for an
    /// unknown member.
    fn index(&self) -> Option<usize>;

    /// The listed member at this position in [`GraphEnum::MEMBERS`].
    fn from_index(index: usize) -> Option<Self>;

    /// The unknown member named `name`, if the enum keeps unknown members.
    fn unknown(name: &str) -> Option<Self>;
}

/// A set of members of a [`FlagEnum`]: Graph's flags value.
///
/// Reading takes members joined by commas in any order, with spaces around
/// them tolerated; the empty string is the empty set and a member given
/// twice counts once. An unknown member is kept when the enum has an
/// `Other(String)` variant, else it is an error naming the enum and the
/// member; an empty member (`"a,,b"`) is an error. Writing gives the
/// listed members in declaration order, then the unknown ones in the order
/// they were read or inserted, joined by `,` without spaces.
///
/// Two sets are equal when they hold the same members, whatever the order
/// of their unknown members.
///
/// ```
/// use graph_core::{Flags, GraphEnum};
///
/// #[derive(Debug, Clone, PartialEq, GraphEnum)]
/// #[graph(flags)]
/// pub enum BrandingOptions {
///     None,
///     IncludeCompanyLogo,
///     IncludeCompanyName,
///     #[graph(other)]
///     Other(String),
/// }
///
/// let options: Flags<BrandingOptions> =
///     serde_json::from_str(r#""includeContactInformation, includeCompanyName,includeCompanyLogo""#).unwrap();
/// assert!(options.contains(&BrandingOptions::IncludeCompanyLogo));
/// assert!(!options.contains(&BrandingOptions::None));
/// assert_eq!(options.len(), 3);
/// assert_eq!(
///     serde_json::to_string(&options).unwrap(),
///     r#""includeCompanyLogo,includeCompanyName,includeContactInformation""#,
/// );
///
/// let mut options: Flags<BrandingOptions> = [BrandingOptions::IncludeCompanyName].into_iter().collect();
/// options.insert(BrandingOptions::IncludeCompanyLogo);
/// options.remove(&BrandingOptions::IncludeCompanyName);
/// assert_eq!(options.to_string(), "includeCompanyLogo");
/// ```
pub struct Flags<E> {
    /// The listed members: bit `i` is `E::MEMBERS[i]`, as two halves (a
    /// `u128` field is written by two 8-byte stores and moved by 16-byte
    /// loads, which stall on every set read into a `Vec`).
    known: [u64; 2],
    /// The unknown members, in the order read or inserted, without duplicates.
    unknown: Unknown,
    marker: PhantomData<fn() -> E>,
}

/// The unknown members of a set: rare, so held behind one pointer (a set
/// is then 24 bytes, as small as a `String`, and moves as cheaply when a
/// list of sets is read).
#[derive(Clone)]
#[allow(clippy::box_collection)] // one pointer in the set instead of a 24-byte `Vec`: the point of the box
struct Unknown(Option<Box<Vec<Box<str>>>>);

impl Unknown {
    fn push(&mut self, name: Box<str>) {
        self.0.get_or_insert_with(Box::default).push(name);
    }

    fn remove(&mut self, position: usize) {
        if let Some(names) = &mut self.0 {
            if position < names.len() {
                names.remove(position);
            }
        }
    }
}

impl std::ops::Deref for Unknown {
    type Target = [Box<str>];

    #[inline]
    fn deref(&self) -> &[Box<str>] {
        match &self.0 {
            Some(names) => names,
            None => &[],
        }
    }
}

/// The bit of the member at `index`, if a `u128` has one.
#[inline]
fn bit(index: usize) -> Option<u128> {
    u32::try_from(index)
        .ok()
        .and_then(|index| 1u128.checked_shl(index))
}

/// Whether `name` can be written as one member and read back as itself.
fn writable_unknown(name: &str) -> bool {
    !name.is_empty() && !name.contains(',') && !name.starts_with(' ') && !name.ends_with(' ')
}

/// The position of the first comma: eight bytes at a time, as members are
/// too short for `memchr` to pay off.
#[inline]
fn find_comma(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    const COMMAS: u64 = u64::from_ne_bytes([b','; 8]);
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
        let diff = word ^ COMMAS;
        // The lowest flagged byte is the first zero byte of `diff`: only
        // bytes above a zero one can be flagged falsely.
        let found = diff.wrapping_sub(ONES) & !diff & HIGH;
        if found != 0 {
            return Some(offset + (found.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&byte| byte == b',')
        .map(|index| offset + index)
}

/// `text` without the spaces around it.
#[inline]
fn trim_spaces(text: &str) -> &str {
    let bytes = text.as_bytes();
    let start = bytes.iter().position(|&byte| byte != b' ').unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&byte| byte != b' ')
        .map_or(start, |last| last + 1);
    text.get(start..end).unwrap_or_default()
}

/// The error for `a,,b`.
#[cold]
fn empty_member<E: de::Error>(enum_name: &str) -> E {
    E::custom(format_args!("empty member in a value of flag enum {enum_name}"))
}

/// Unknown members compared one by one up to this many; a hash set beyond.
const SCAN_LIMIT: usize = 16;

impl<E> Flags<E> {
    /// The empty set.
    ///
    /// ```
    /// # use graph_core::{Flags, GraphEnum};
    /// # #[derive(Debug, Clone, PartialEq, GraphEnum)]
    /// # #[graph(flags)]
    /// # pub enum BrandingOptions { IncludeCompanyLogo, IncludeCompanyName }
    /// let options = Flags::<BrandingOptions>::new();
    /// assert!(options.is_empty());
    /// assert_eq!(options.to_string(), "");
    /// ```
    pub const fn new() -> Self {
        Flags {
            known: [0; 2],
            unknown: Unknown(None),
            marker: PhantomData,
        }
    }

    /// The number of members in the set.
    ///
    /// ```
    /// # use graph_core::{Flags, GraphEnum};
    /// # #[derive(Debug, Clone, PartialEq, GraphEnum)]
    /// # #[graph(flags)]
    /// # pub enum BrandingOptions { IncludeCompanyLogo, IncludeCompanyName }
    /// let options: Flags<BrandingOptions> = serde_json::from_str(r#""includeCompanyName,includeCompanyLogo""#).unwrap();
    /// assert_eq!(options.len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.bits().count_ones() as usize + self.unknown.len()
    }

    /// Whether the set has no member.
    ///
    /// ```
    /// # use graph_core::{Flags, GraphEnum};
    /// # #[derive(Debug, Clone, PartialEq, GraphEnum)]
    /// # #[graph(flags)]
    /// # pub enum BrandingOptions { IncludeCompanyLogo, IncludeCompanyName }
    /// let options: Flags<BrandingOptions> = serde_json::from_str(r#""""#).unwrap();
    /// assert!(options.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.bits() == 0 && self.unknown.is_empty()
    }

    /// The listed members as one number.
    #[inline]
    fn bits(&self) -> u128 {
        u128::from(self.known[0]) | u128::from(self.known[1]) << 64
    }

    #[inline]
    fn set_bits(&mut self, bits: u128) {
        self.known = [bits as u64, (bits >> 64) as u64];
    }

    fn contains_unknown(&self, name: &str) -> bool {
        self.unknown.iter().any(|member| **member == *name)
    }
}

impl<E: FlagEnum> Flags<E> {
    /// Whether `member` is in the set.
    ///
    /// ```
    /// # use graph_core::{Flags, GraphEnum};
    /// # #[derive(Debug, Clone, PartialEq, GraphEnum)]
    /// # #[graph(flags)]
    /// # pub enum BrandingOptions { IncludeCompanyLogo, IncludeCompanyName, #[graph(other)] Other(String) }
    /// let options: Flags<BrandingOptions> = serde_json::from_str(r#""includeCompanyName,later""#).unwrap();
    /// assert!(options.contains(&BrandingOptions::IncludeCompanyName));
    /// assert!(options.contains(&BrandingOptions::Other("later".into())));
    /// assert!(!options.contains(&BrandingOptions::IncludeCompanyLogo));
    /// ```
    pub fn contains(&self, member: &E) -> bool {
        match Self::known_bit(member) {
            Some(bit) => self.bits() & bit != 0,
            None => self.contains_unknown(member.as_str()),
        }
    }

    /// Adds `member`; returns whether it was not in the set yet.
    ///
    /// An unknown member that names a listed one counts as the listed one.
    /// One that cannot be written as a single member (empty, holding a
    /// comma, or starting or ending with a space) is not added: `false`.
    ///
    /// ```
    /// # use graph_core::{Flags, GraphEnum};
    /// # #[derive(Debug, Clone, PartialEq, GraphEnum)]
    /// # #[graph(flags)]
    /// # pub enum BrandingOptions { IncludeCompanyLogo, IncludeCompanyName, #[graph(other)] Other(String) }
    /// let mut options = Flags::new();
    /// assert!(options.insert(BrandingOptions::Other("later".into())));
    /// assert!(options.insert(BrandingOptions::IncludeCompanyName));
    /// assert!(!options.insert(BrandingOptions::IncludeCompanyName));
    /// assert!(!options.insert(BrandingOptions::Other("a,b".into())));
    /// assert_eq!(options.to_string(), "includeCompanyName,later");
    /// ```
    pub fn insert(&mut self, member: E) -> bool {
        match Self::known_bit(&member) {
            Some(bit) => {
                let added = self.bits() & bit == 0;
                self.set_bits(self.bits() | bit);
                added
            }
            None => {
                let name = member.as_str();
                if !writable_unknown(name) || self.contains_unknown(name) {
                    return false;
                }
                self.unknown.push(name.into());
                true
            }
        }
    }

    /// Removes `member`; returns whether it was in the set.
    ///
    /// ```
    /// # use graph_core::{Flags, GraphEnum};
    /// # #[derive(Debug, Clone, PartialEq, GraphEnum)]
    /// # #[graph(flags)]
    /// # pub enum BrandingOptions { IncludeCompanyLogo, IncludeCompanyName }
    /// let mut options: Flags<BrandingOptions> = serde_json::from_str(r#""includeCompanyName,includeCompanyLogo""#).unwrap();
    /// assert!(options.remove(&BrandingOptions::IncludeCompanyLogo));
    /// assert!(!options.remove(&BrandingOptions::IncludeCompanyLogo));
    /// assert_eq!(options.to_string(), "includeCompanyName");
    /// ```
    pub fn remove(&mut self, member: &E) -> bool {
        match Self::known_bit(member) {
            Some(bit) => {
                let removed = self.bits() & bit != 0;
                self.set_bits(self.bits() & !bit);
                removed
            }
            None => {
                let name = member.as_str();
                match self.unknown.iter().position(|member| **member == *name) {
                    Some(position) => {
                        self.unknown.remove(position);
                        true
                    }
                    None => false,
                }
            }
        }
    }

    /// The members, in the order they are written: listed members in
    /// declaration order, then unknown ones.
    ///
    /// ```
    /// # use graph_core::{Flags, GraphEnum};
    /// # #[derive(Debug, Clone, PartialEq, GraphEnum)]
    /// # #[graph(flags)]
    /// # pub enum BrandingOptions { IncludeCompanyLogo, IncludeCompanyName, #[graph(other)] Other(String) }
    /// let options: Flags<BrandingOptions> = serde_json::from_str(r#""later,includeCompanyName,includeCompanyLogo""#).unwrap();
    /// assert_eq!(
    ///     options.iter().collect::<Vec<_>>(),
    ///     [
    ///         BrandingOptions::IncludeCompanyLogo,
    ///         BrandingOptions::IncludeCompanyName,
    ///         BrandingOptions::Other("later".into()),
    ///     ],
    /// );
    /// ```
    pub fn iter(&self) -> FlagsIter<'_, E> {
        FlagsIter {
            known: self.bits(),
            unknown: self.unknown.iter(),
            marker: PhantomData,
        }
    }

    /// The wire names of the members, in the order they are written.
    ///
    /// ```
    /// # use graph_core::{Flags, GraphEnum};
    /// # #[derive(Debug, Clone, PartialEq, GraphEnum)]
    /// # #[graph(flags)]
    /// # pub enum BrandingOptions { IncludeCompanyLogo, IncludeCompanyName, #[graph(other)] Other(String) }
    /// let options: Flags<BrandingOptions> = serde_json::from_str(r#""later,includeCompanyName""#).unwrap();
    /// assert_eq!(options.names().collect::<Vec<_>>(), ["includeCompanyName", "later"]);
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &str> + '_ {
        Bits(self.bits())
            .filter_map(|index| E::MEMBERS.get(index).copied())
            .chain(self.unknown.iter().map(|name| &**name))
    }

    /// The bit of a listed member, also when held by the `other` variant;
    /// `None` for an unknown one.
    #[inline]
    fn known_bit(member: &E) -> Option<u128> {
        match member.index() {
            Some(index) => bit(index),
            None => E::from_member(member.as_str())
                .and_then(|member| member.index())
                .and_then(bit),
        }
    }

    /// Reads the comma-joined form.
    fn parse<Err: de::Error>(text: &str) -> Result<Self, Err> {
        let mut flags = Flags::new();
        if trim_spaces(text).is_empty() {
            return Ok(flags);
        }
        let mut known = 0u128;
        let mut unknown: Vec<&str> = Vec::new();
        let mut seen: Option<HashSet<&str>> = None;
        let mut rest = Some(text);
        while let Some(text) = rest {
            let name = match find_comma(text.as_bytes()) {
                Some(comma) => {
                    rest = text.get(comma + 1..);
                    text.get(..comma).unwrap_or_default()
                }
                None => {
                    rest = None;
                    text
                }
            };
            let name = trim_spaces(name);
            if let Some(bit) = E::from_member(name)
                .and_then(|member| member.index())
                .and_then(bit)
            {
                known |= bit;
                continue;
            }
            if name.is_empty() {
                return Err(empty_member(E::NAME));
            }
            if !E::KEEPS_UNKNOWN {
                return Err(crate::__private::unknown_member(E::NAME, name));
            }
            // A duplicate is dropped: compared one by one while there are
            // few, through a hash set once there are many.
            let duplicate = match &mut seen {
                Some(seen) => !seen.insert(name),
                None if unknown.len() < SCAN_LIMIT => unknown.contains(&name),
                None => {
                    let mut set: HashSet<&str> = unknown.iter().copied().collect();
                    let duplicate = !set.insert(name);
                    seen = Some(set);
                    duplicate
                }
            };
            if !duplicate {
                unknown.push(name);
            }
        }
        flags.set_bits(known);
        if !unknown.is_empty() {
            flags.unknown = Unknown(Some(Box::new(unknown.into_iter().map(Box::from).collect())));
        }
        Ok(flags)
    }
}

/// The members of a [`Flags`] set, in the order they are written
/// ([`Flags::iter`]).
pub struct FlagsIter<'a, E> {
    known: u128,
    unknown: std::slice::Iter<'a, Box<str>>,
    marker: PhantomData<fn() -> E>,
}

impl<E: FlagEnum> Iterator for FlagsIter<'_, E> {
    type Item = E;

    fn next(&mut self) -> Option<E> {
        while self.known != 0 {
            let index = self.known.trailing_zeros();
            self.known &= self.known - 1;
            if let Some(member) = E::from_index(index as usize) {
                return Some(member);
            }
        }
        self.unknown.by_ref().find_map(|name| E::unknown(name))
    }
}

impl<'a, E: FlagEnum> IntoIterator for &'a Flags<E> {
    type Item = E;
    type IntoIter = FlagsIter<'a, E>;

    fn into_iter(self) -> FlagsIter<'a, E> {
        self.iter()
    }
}

/// The indices of the set bits, lowest first.
struct Bits(u128);

impl Iterator for Bits {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.0 == 0 {
            return None;
        }
        let index = self.0.trailing_zeros();
        self.0 &= self.0 - 1;
        Some(index as usize)
    }
}

impl<E: FlagEnum> FromIterator<E> for Flags<E> {
    fn from_iter<I: IntoIterator<Item = E>>(members: I) -> Self {
        let mut flags = Flags::new();
        flags.extend(members);
        flags
    }
}

impl<E: FlagEnum> Extend<E> for Flags<E> {
    fn extend<I: IntoIterator<Item = E>>(&mut self, members: I) {
        for member in members {
            self.insert(member);
        }
    }
}

impl<E> Default for Flags<E> {
    fn default() -> Self {
        Flags::new()
    }
}

impl<E> Clone for Flags<E> {
    fn clone(&self) -> Self {
        Flags {
            known: self.known,
            unknown: self.unknown.clone(),
            marker: PhantomData,
        }
    }
}

impl<E> PartialEq for Flags<E> {
    fn eq(&self, other: &Self) -> bool {
        if self.known != other.known || self.unknown.len() != other.unknown.len() {
            return false;
        }
        if *self.unknown == *other.unknown {
            return true;
        }
        if self.unknown.len() <= SCAN_LIMIT {
            return self.unknown.iter().all(|name| other.contains_unknown(name));
        }
        let theirs: HashSet<&str> = other.unknown.iter().map(|name| &**name).collect();
        self.unknown.iter().all(|name| theirs.contains(&**name))
    }
}

impl<E> Eq for Flags<E> {}

impl<E> Hash for Flags<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.bits().hash(state);
        self.unknown.len().hash(state);
        // Equal sets may hold their unknown members in another order: their
        // hashes are combined so that the order does not count.
        let hasher = BuildHasherDefault::<DefaultHasher>::default();
        let combined = self
            .unknown
            .iter()
            .fold(0u64, |sum, name| sum.wrapping_add(hasher.hash_one(name)));
        combined.hash(state);
    }
}

/// The wire form: `includeCompanyLogo,includeCompanyName`.
impl<E: FlagEnum> fmt::Display for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut names = self.names();
        if let Some(first) = names.next() {
            f.write_str(first)?;
            for name in names {
                f.write_str(",")?;
                f.write_str(name)?;
            }
        }
        Ok(())
    }
}

/// The member names as a set: `{"includeCompanyLogo", "later"}`.
impl<E: FlagEnum> fmt::Debug for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.names()).finish()
    }
}

impl<E: FlagEnum> Serialize for Flags<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut names = self.names();
        let Some(first) = names.next() else {
            return serializer.serialize_str("");
        };
        // One string for the serializer: built in a small array for most
        // values (no allocation, no formatting machinery), through
        // `collect_str` for longer ones.
        let mut buffer = [0u8; STACK_BUFFER];
        let mut len = 0;
        let mut fits = push(&mut buffer, &mut len, first);
        for name in names {
            fits = fits && push(&mut buffer, &mut len, ",") && push(&mut buffer, &mut len, name);
        }
        match buffer.get(..len).map(std::str::from_utf8) {
            Some(Ok(text)) if fits => serializer.serialize_str(text),
            _ => serializer.collect_str(self),
        }
    }
}

/// The size of the array that [`Flags`] are written into.
const STACK_BUFFER: usize = 256;

/// Appends `text` to `buffer[..len]`; `false` if it does not fit.
#[inline]
fn push(buffer: &mut [u8; STACK_BUFFER], len: &mut usize, text: &str) -> bool {
    let end = *len + text.len();
    match buffer.get_mut(*len..end) {
        Some(place) => {
            place.copy_from_slice(text.as_bytes());
            *len = end;
            true
        }
        None => false,
    }
}

impl<'de, E: FlagEnum> Deserialize<'de> for Flags<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FlagsVisitor<E>(PhantomData<fn() -> E>);

        impl<E: FlagEnum> Visitor<'_> for FlagsVisitor<E> {
            type Value = Flags<E>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "members of {} joined by commas", E::NAME)
            }

            fn visit_str<Err: de::Error>(self, text: &str) -> Result<Flags<E>, Err> {
                Flags::parse(text)
            }
        }

        deserializer.deserialize_str(FlagsVisitor(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]

    use super::*;

    #[test]
    fn finds_the_first_comma_at_every_position() {
        for len in 0..40 {
            for comma in 0..=len {
                // Bytes around a comma that the word trick could confuse:
                // `-` is `,` + 1 and `+` is `,` - 1; `é` is two high bytes.
                let mut text: Vec<u8> = "-+é".bytes().cycle().take(len).collect();
                if comma < len {
                    text[comma] = b',';
                    if comma + 2 < len {
                        text[comma + 2] = b',';
                    }
                }
                let expected = text.iter().position(|&byte| byte == b',');
                assert_eq!(find_comma(&text), expected, "{text:?}");
            }
        }
    }

    #[test]
    fn trims_spaces_only() {
        assert_eq!(trim_spaces("  a b  "), "a b");
        assert_eq!(trim_spaces("   "), "");
        assert_eq!(trim_spaces("\ta"), "\ta");
        assert_eq!(trim_spaces(""), "");
    }
}
