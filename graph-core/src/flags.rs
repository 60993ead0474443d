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
    /// The listed members: bit `i` is `E::MEMBERS[i]`.
    known: u128,
    /// The unknown members, in the order read or inserted, without duplicates.
    unknown: Vec<Box<str>>,
    marker: PhantomData<fn() -> E>,
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

/// The commas of a block of up to 64 bytes of `bytes` (the first 64): bit
/// `i` is set when byte `i` is a comma. Eight bytes at a time, without a
/// branch on the data.
#[inline]
fn comma_mask(bytes: &[u8]) -> u64 {
    const LOW7: u64 = u64::from_ne_bytes([0x7f; 8]);
    const COMMAS: u64 = u64::from_ne_bytes([b','; 8]);
    // Bit `8 i` to bit `56 + i`: the high bits of the bytes gathered.
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let mut block = [0u8; 64];
    let len = bytes.len().min(64);
    if let (Some(place), Some(bytes)) = (block.get_mut(..len), bytes.get(..len)) {
        place.copy_from_slice(bytes);
    }
    let mut mask = 0;
    for (n, chunk) in block.chunks_exact(8).enumerate() {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
        let diff = word ^ COMMAS;
        // The high bit of a byte is clear exactly when the byte of `diff`
        // is zero (no carry crosses bytes: each sum stays below 0x100).
        let nonzero = ((diff & LOW7) + LOW7) | diff;
        let zero = !nonzero & !LOW7;
        mask |= ((zero >> 7).wrapping_mul(GATHER) >> 56) << (8 * n);
    }
    mask
}

/// `bytes` without the spaces around it: one space on each side taken
/// without a branch, more (rare) in a loop.
#[inline]
fn trim_member(bytes: &[u8]) -> &[u8] {
    let lead = usize::from(bytes.first() == Some(&b' '));
    let mut bytes = bytes.get(lead..).unwrap_or_default();
    let trail = usize::from(bytes.last() == Some(&b' '));
    bytes = bytes.get(..bytes.len() - trail).unwrap_or_default();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return trim_spaces_bytes(bytes);
    }
    bytes
}

#[cold]
fn trim_spaces_bytes(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|&byte| byte != b' ').unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&byte| byte != b' ')
        .map_or(start, |last| last + 1);
    bytes.get(start..end).unwrap_or_default()
}

/// A perfect hash of the member names of a flag enum, built at compile
/// time from [`GraphEnum::MEMBERS`]: a name is found by one hash of its
/// length and three of its bytes, one table load and one comparison.
struct MemberTable {
    /// The multiplier of the hash; 0 when no perfect one was found (the
    /// names are then matched by [`GraphEnum::from_member`]).
    seed: u64,
    /// `64 - bits` of the table.
    shift: u32,
    /// The position in `MEMBERS` plus one of the name in each slot; 0 for
    /// an empty slot.
    slots: [u8; 256],
}

/// The key of a name from its length and its first, middle and last bytes.
#[inline(always)]
const fn member_key(len: usize, first: u8, middle: u8, last: u8) -> u64 {
    let len = len as u64;
    len | (first as u64) << 16 | (middle as u64) << 24 | (last as u64) << 32 | len << 40
}

/// The key of a name that is not empty.
#[inline(always)]
fn key_of(name: &[u8]) -> Option<u64> {
    let len = name.len();
    Some(member_key(
        len,
        *name.first()?,
        *name.get(len / 2)?,
        *name.last()?,
    ))
}

impl MemberTable {
    // Evaluated at compile time only: an index out of bounds would be a
    // compile error, never a panic.
    #[allow(clippy::indexing_slicing)]
    const fn build(members: &[&str]) -> MemberTable {
        const NONE: MemberTable = MemberTable {
            seed: 0,
            shift: 0,
            slots: [0; 256],
        };
        let count = members.len();
        if count == 0 || count > 128 {
            return NONE;
        }
        let mut n = 0;
        while n < count {
            if members[n].is_empty() {
                return NONE;
            }
            n += 1;
        }
        // The smallest table with at least twice as many slots as names.
        let mut bits = 1;
        while (1usize << bits) < 2 * count {
            bits += 1;
        }
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        while bits <= 8 {
            let mut tries = 0;
            while tries < 2000 {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let seed = state | 1;
                let shift = 64 - bits;
                let mut slots = [0u8; 256];
                let mut n = 0;
                let mut perfect = true;
                while n < count {
                    let name = members[n].as_bytes();
                    let len = name.len();
                    let key = member_key(len, name[0], name[len / 2], name[len - 1]);
                    let slot = (key.wrapping_mul(seed) >> shift) as usize;
                    if slots[slot] != 0 {
                        perfect = false;
                        break;
                    }
                    slots[slot] = (n + 1) as u8;
                    n += 1;
                }
                if perfect {
                    return MemberTable { seed, shift, slots };
                }
                tries += 1;
            }
            bits += 1;
        }
        NONE
    }
}

/// The [`MemberTable`] of each flag enum, as an associated constant.
trait Members {
    const TABLE: MemberTable;
}

impl<E: FlagEnum> Members for E {
    const TABLE: MemberTable = MemberTable::build(E::MEMBERS);
}

/// The position in `E::MEMBERS` of the member named `name`.
#[inline]
fn member_index<E: FlagEnum>(name: &[u8]) -> Option<usize> {
    let table = &<E as Members>::TABLE;
    if table.seed == 0 {
        let name = std::str::from_utf8(name).ok()?;
        return E::from_member(name).and_then(|member| member.index());
    }
    let slot = (key_of(name)?.wrapping_mul(table.seed) >> table.shift) as usize;
    let index = usize::from(*table.slots.get(slot)?).checked_sub(1)?;
    same_bytes(E::MEMBERS.get(index)?.as_bytes(), name).then_some(index)
}

/// `a == b`, for names of 8 to 32 bytes as four overlapping words compared
/// at once (no call to `memcmp`, no branch on where they differ).
#[inline(always)]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    if !(8..=32).contains(&len) {
        return a == b;
    }
    let word = |bytes: &[u8], at: usize| {
        bytes
            .get(at..)
            .and_then(<[u8]>::first_chunk::<8>)
            .map_or(0, |word| u64::from_le_bytes(*word))
    };
    let mut differ = 0;
    for at in [0, (len - 8).min(8), (len - 8).min(16), len - 8] {
        differ |= word(a, at) ^ word(b, at);
    }
    differ == 0
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
            known: 0,
            unknown: Vec::new(),
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
        self.known.count_ones() as usize + self.unknown.len()
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
        self.known == 0 && self.unknown.is_empty()
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
            Some(bit) => self.known & bit != 0,
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
                let added = self.known & bit == 0;
                self.known |= bit;
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
                let removed = self.known & bit != 0;
                self.known &= !bit;
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
            known: self.known,
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
        Bits(self.known)
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
        let bytes = text.as_bytes();
        if bytes.is_empty() {
            return Ok(flags);
        }
        let mut reader = Unknown::default();
        let mut start = 0;
        let mut block = 0;
        while block < bytes.len() {
            let mut commas = comma_mask(bytes.get(block..).unwrap_or_default());
            while commas != 0 {
                let comma = block + commas.trailing_zeros() as usize;
                commas &= commas - 1;
                flags.add(bytes.get(start..comma).unwrap_or_default(), text, &mut reader)?;
                start = comma + 1;
            }
            block += 64;
        }
        flags.add(bytes.get(start..).unwrap_or_default(), text, &mut reader)?;
        if !reader.names.is_empty() {
            flags.unknown = reader.names.into_iter().map(Box::from).collect();
        }
        Ok(flags)
    }

    /// Adds the member between two commas of `text`.
    #[inline]
    fn add<'a, Err: de::Error>(
        &mut self,
        member: &'a [u8],
        text: &str,
        unknown: &mut Unknown<'a>,
    ) -> Result<(), Err> {
        let name = trim_member(member);
        match member_index::<E>(name).and_then(bit) {
            Some(bit) => {
                self.known |= bit;
                Ok(())
            }
            None => self.add_unknown(name, text, unknown),
        }
    }

    /// Adds a member that is not listed, or refuses it.
    #[cold]
    fn add_unknown<'a, Err: de::Error>(
        &mut self,
        name: &'a [u8],
        text: &str,
        unknown: &mut Unknown<'a>,
    ) -> Result<(), Err> {
        // Cut at commas and spaces of a `str`: still text.
        let name = std::str::from_utf8(name).unwrap_or_default();
        if name.is_empty() {
            // Only spaces: no member at all.
            if trim_spaces(text).is_empty() {
                return Ok(());
            }
            return Err(empty_member(E::NAME));
        }
        if let Some(bit) = E::from_member(name)
            .and_then(|member| member.index())
            .and_then(bit)
        {
            self.known |= bit;
            return Ok(());
        }
        if !E::KEEPS_UNKNOWN {
            return Err(crate::__private::unknown_member(E::NAME, name));
        }
        unknown.insert(name);
        Ok(())
    }
}

/// The unknown members read so far, without duplicates: compared one by
/// one while there are few, through a hash set once there are many.
#[derive(Default)]
struct Unknown<'a> {
    names: Vec<&'a str>,
    seen: Option<HashSet<&'a str>>,
}

impl<'a> Unknown<'a> {
    fn insert(&mut self, name: &'a str) {
        let duplicate = match &mut self.seen {
            Some(seen) => !seen.insert(name),
            None if self.names.len() < SCAN_LIMIT => self.names.contains(&name),
            None => {
                let mut set: HashSet<&str> = self.names.iter().copied().collect();
                let duplicate = !set.insert(name);
                self.seen = Some(set);
                duplicate
            }
        };
        if !duplicate {
            self.names.push(name);
        }
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
        if self.unknown == other.unknown {
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
        self.known.hash(state);
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
    #![allow(clippy::indexing_slicing, clippy::unwrap_used)]

    use super::*;

    #[test]
    fn finds_every_comma_at_every_position() {
        for len in 0..80 {
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
                let expected = text
                    .iter()
                    .take(64)
                    .enumerate()
                    .filter(|(_, byte)| **byte == b',')
                    .fold(0u64, |mask, (at, _)| mask | 1 << at);
                assert_eq!(comma_mask(&text), expected, "{text:?}");
            }
        }
        assert_eq!(comma_mask(&[b','; 64]), u64::MAX);
        assert_eq!(comma_mask(&[0xac; 64]), 0);
    }

    #[test]
    fn compares_names_of_every_length() {
        for len in 0..40usize {
            let a: Vec<u8> = (0..len).map(|n| b'a' + (n % 26) as u8).collect();
            assert!(same_bytes(&a, &a.clone()));
            if len > 0 {
                assert!(!same_bytes(&a, &a[..len - 1]));
            }
            for at in 0..len {
                let mut b = a.clone();
                b[at] = b'Z';
                assert!(!same_bytes(&a, &b), "{len} {at}");
            }
        }
    }

    #[test]
    fn trims_members() {
        assert_eq!(trim_member(b" a"), b"a");
        assert_eq!(trim_member(b"a "), b"a");
        assert_eq!(trim_member(b"   a b  "), b"a b");
        assert_eq!(trim_member(b" "), b"");
        assert_eq!(trim_member(b"  "), b"");
        assert_eq!(trim_member(b""), b"");
        assert_eq!(trim_member(b"\ta"), b"\ta");
    }

    #[test]
    fn the_member_table_is_perfect() {
        // Names that share length, first, middle and last bytes pairwise
        // get no perfect table: matched by name instead.
        let table = MemberTable::build(&["aXbcd", "aYbcd", "x"]);
        assert_eq!(table.seed, 0);
        let names: Vec<String> = (0..128u8)
            .map(|n| format!("{}member{}", char::from(b'a' + n % 26), char::from(b'a' + n / 26)))
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let table = MemberTable::build(&names);
        assert_ne!(table.seed, 0);
        for (n, name) in names.iter().enumerate() {
            let slot = (key_of(name.as_bytes()).unwrap().wrapping_mul(table.seed) >> table.shift) as usize;
            assert_eq!(usize::from(table.slots[slot]), n + 1, "{name}");
        }
        assert_eq!(MemberTable::build(&[]).seed, 0);
        assert_eq!(MemberTable::build(&["a", ""]).seed, 0);
    }

    #[test]
    fn trims_spaces_only() {
        assert_eq!(trim_spaces("  a b  "), "a b");
        assert_eq!(trim_spaces("   "), "");
        assert_eq!(trim_spaces("\ta"), "\ta");
        assert_eq!(trim_spaces(""), "");
    }
}
