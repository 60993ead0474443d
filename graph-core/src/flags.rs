//! [`Flags`]: a set of members of a flag enum, written as one string of
//! members joined by commas (`"includeCompanyLogo,includeCompanyName"`).

use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher, Hash, Hasher};
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use graph_path_syntax::member_key;

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

    /// A perfect hash of the member names, built by the derive (not part
    /// of the API).
    #[doc(hidden)]
    const MEMBER_TABLE: Option<MemberTable> = None;
}

/// Where the derive put each member of a flag enum: the slot of a name
/// (`member_key::slot` of its key) holds the member of that key, if any.
/// Not part of the API.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct MemberTable {
    /// Turns keys into slots.
    pub multiplier: u64,
    /// The table has `1 << bits` slots.
    pub bits: u32,
    /// `1 << bits` slots.
    pub slots: &'static [MemberSlot],
}

/// A slot of a [`MemberTable`]: the words and length of the member's name
/// (`member_key::member_words`) and its position in [`GraphEnum::MEMBERS`].
/// Not part of the API.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct MemberSlot {
    /// The name's first, middle and last eight bytes.
    pub words: [u64; 3],
    /// The name's length.
    pub len: u32,
    /// The member's position.
    pub index: u8,
}

impl MemberSlot {
    /// A slot without a member: no name is four gigabytes long.
    pub const FREE: MemberSlot = MemberSlot {
        words: [0; 3],
        len: u32::MAX,
        index: u8::MAX,
    };
}

impl MemberTable {
    /// The position of `name` among `members`, if it is one of them. The
    /// words that make the key are compared with the slot's: up to
    /// `EXACT_LEN` bytes that is the whole comparison, one look-up and no
    /// branch that depends on which member it is.
    #[inline]
    fn position(&self, name: &[u8], members: &[&str]) -> Option<usize> {
        let words = member_key::member_words(name);
        let len = name.len();
        let slot = member_key::slot(member_key::member_key(words), self.multiplier, self.bits);
        let found = self.slots.get(slot)?;
        let same = (found.words[0] ^ words[0]) | (found.words[1] ^ words[1]) | (found.words[2] ^ words[2])
            == 0
            && found.len as usize == len;
        let index = usize::from(found.index);
        if !same || (len > member_key::EXACT_LEN && members.get(index)?.as_bytes() != name) {
            return None;
        }
        Some(index)
    }
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

/// The commas among the first 64 bytes of `window`, as bits (bit `i` set
/// when byte `i` is a comma). Read as four blocks of sixteen bytes, the
/// last ones moved back to end at the window's end when it is shorter
/// (blocks then overlap, which marks the same commas twice): no copy, no
/// loop, and no branch on the length above sixteen bytes.
#[inline]
fn comma_bits(window: &[u8]) -> u64 {
    let len = window.len().min(64);
    if len < 16 {
        return short_comma_bits(window);
    }
    let mut bits = 0;
    for block in 0..4 {
        let at = (block * 16).min(len - 16);
        if let Some(bytes) = window.get(at..).and_then(<[u8]>::first_chunk::<16>) {
            bits |= u64::from(block_commas(bytes)) << at;
        }
    }
    bits
}

/// [`comma_bits`] of fewer than sixteen bytes.
#[cold]
fn short_comma_bits(window: &[u8]) -> u64 {
    window
        .iter()
        .enumerate()
        .fold(0, |bits, (index, &byte)| bits | u64::from(byte == b',') << index)
}

/// The commas of sixteen bytes as sixteen bits.
#[inline]
fn block_commas(bytes: &[u8; 16]) -> u16 {
    // SAFETY: the function only needs SSE2, which this build targets.
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    let bits = unsafe { block_commas_sse2(bytes) };
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    let bits = block_commas_words(bytes);
    bits
}

/// [`block_commas`] with SSE2, which every x86-64 processor has.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
#[inline]
fn block_commas_sse2(bytes: &[u8; 16]) -> u16 {
    use std::arch::x86_64::{_mm_cmpeq_epi8, _mm_movemask_epi8, _mm_set1_epi8, _mm_set_epi64x};

    let (low, high) = bytes.split_at(8);
    let word = |half: &[u8]| i64::from_le_bytes(half.try_into().unwrap_or_default());
    let vector = _mm_set_epi64x(word(high), word(low));
    _mm_movemask_epi8(_mm_cmpeq_epi8(vector, _mm_set1_epi8(b',' as i8))) as u16
}

/// [`block_commas`] eight bytes at a time in a `u64`.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
#[inline]
fn block_commas_words(bytes: &[u8; 16]) -> u16 {
    const LOW: u64 = u64::from_ne_bytes([0x7f; 8]);
    const COMMAS: u64 = u64::from_ne_bytes([b','; 8]);
    let mut bits = 0;
    for (index, chunk) in bytes.as_chunks::<8>().0.iter().enumerate() {
        let diff = u64::from_le_bytes(*chunk) ^ COMMAS;
        // The high bit of each byte set exactly where `diff` has a zero byte.
        let zero = !(((diff & LOW).wrapping_add(LOW)) | diff | LOW);
        // The eight high bits gathered into the top byte.
        let found = (zero >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        bits |= (found as u16) << (index * 8);
    }
    bits
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
            None => Self::position(member.as_str()).and_then(bit),
        }
    }

    /// The position of the listed member `name` in [`GraphEnum::MEMBERS`].
    #[inline]
    fn position(name: &str) -> Option<usize> {
        match E::MEMBER_TABLE {
            Some(table) => table.position(name.as_bytes(), E::MEMBERS),
            None => E::from_member(name).and_then(|member| member.index()),
        }
    }

    /// Reads the comma-joined form.
    ///
    /// The commas of each 64 bytes are found at once; each member, after at
    /// most one space, is looked up directly. Everything else (more spaces,
    /// empty and unknown members) takes [`Flags::read_unusual`].
    fn parse<Err: de::Error>(text: &str) -> Result<Self, Err> {
        let bytes = text.as_bytes();
        if bytes.first().is_none_or(|&byte| byte == b' ') && trim_spaces(text).is_empty() {
            return Ok(Flags::new());
        }
        let mut known = 0u128;
        let mut unusual = Unusual::default();
        let mut start = 0;
        let mut window = 0;
        loop {
            let mut commas = comma_bits(bytes.get(window..).unwrap_or_default());
            while commas != 0 {
                let end = window + commas.trailing_zeros() as usize;
                commas &= commas - 1;
                Self::member(text, start, end, &mut known, &mut unusual)?;
                start = end + 1;
            }
            window += 64;
            if window >= bytes.len() {
                break;
            }
        }
        Self::member(text, start, bytes.len(), &mut known, &mut unusual)?;
        let mut flags = Flags::new();
        flags.set_bits(known);
        if !unusual.unknown.is_empty() {
            flags.unknown = Unknown(Some(Box::new(
                unusual.unknown.into_iter().map(Box::from).collect(),
            )));
        }
        Ok(flags)
    }

    /// Reads the member at `text[start..end]` into `known` or `unusual`.
    #[inline(always)]
    fn member<'a, Err: de::Error>(
        text: &'a str,
        start: usize,
        end: usize,
        known: &mut u128,
        unusual: &mut Unusual<'a>,
    ) -> Result<(), Err> {
        let bytes = text.as_bytes();
        let skip = usize::from(bytes.get(start) == Some(&b' '));
        let name = bytes.get(start + skip..end).unwrap_or_default();
        match Self::position_of_bytes(name).and_then(bit) {
            Some(bit) => *known |= bit,
            None => unusual.read::<E, Err>(text.get(start..end).unwrap_or_default(), known)?,
        }
        Ok(())
    }

    /// The position of the listed member spelt `name`.
    #[inline]
    fn position_of_bytes(name: &[u8]) -> Option<usize> {
        match E::MEMBER_TABLE {
            Some(table) => table.position(name, E::MEMBERS),
            None => std::str::from_utf8(name).ok().and_then(Self::position),
        }
    }
}

/// The members of a value being read that are not a listed name after at
/// most one space: unknown ones (kept in order, without duplicates) and
/// listed ones with more spaces around them.
#[derive(Default)]
struct Unusual<'a> {
    unknown: Vec<&'a str>,
    /// Filled once there are many unknown members.
    seen: Option<HashSet<&'a str>>,
}

impl<'a> Unusual<'a> {
    #[cold]
    fn read<E: FlagEnum, Err: de::Error>(&mut self, name: &'a str, known: &mut u128) -> Result<(), Err> {
        let name = trim_spaces(name);
        if let Some(bit) = Flags::<E>::position(name).and_then(bit) {
            *known |= bit;
            return Ok(());
        }
        if name.is_empty() {
            return Err(empty_member(E::NAME));
        }
        if !E::KEEPS_UNKNOWN {
            return Err(crate::__private::unknown_member(E::NAME, name));
        }
        // A duplicate is dropped: compared one by one while there are few,
        // through a hash set once there are many.
        let duplicate = match &mut self.seen {
            Some(seen) => !seen.insert(name),
            None if self.unknown.len() < SCAN_LIMIT => self.unknown.contains(&name),
            None => {
                let mut set: HashSet<&str> = self.unknown.iter().copied().collect();
                let duplicate = !set.insert(name);
                self.seen = Some(set);
                duplicate
            }
        };
        if !duplicate {
            self.unknown.push(name);
        }
        Ok(())
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
        match buffer.get(..len) {
            // SAFETY: when everything fits, `buffer[..len]` is whole `&str`s
            // (member names and commas) copied one after another, which is
            // UTF-8: checking it again cost a third of the write.
            Some(bytes) if fits => serializer.serialize_str(unsafe { std::str::from_utf8_unchecked(bytes) }),
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
        for len in 0..=64 {
            // Bytes around commas that a word trick could confuse: `-` is
            // `,` + 1, `+` is `,` - 1, `é` is two high bytes, `\xac` is `,`
            // with its high bit set.
            let filler: Vec<u8> = "-+é\u{12c}".bytes().cycle().take(len).collect();
            for first in 0..len {
                for second in [first, first + 1, first + 7, first + 8, len - 1] {
                    let mut text = filler.clone();
                    text[first] = b',';
                    if second < len {
                        text[second] = b',';
                    }
                    let expected = text
                        .iter()
                        .enumerate()
                        .filter(|(_, &byte)| byte == b',')
                        .fold(0u64, |bits, (index, _)| bits | 1 << index);
                    assert_eq!(comma_bits(&text), expected, "{text:?}");
                    for (block, bytes) in text.chunks_exact(16).enumerate() {
                        let bytes = bytes.try_into().unwrap();
                        assert_eq!(
                            block_commas_words(bytes),
                            (expected >> (block * 16)) as u16,
                            "{text:?}"
                        );
                        assert_eq!(block_commas(bytes), (expected >> (block * 16)) as u16, "{text:?}");
                    }
                }
            }
            assert_eq!(comma_bits(&filler), 0, "{filler:?}");
        }
    }

    #[test]
    fn a_slot_matches_only_its_own_words() {
        // A table whose two slots hold the same member: every name lands on
        // it. The member's three words do not overlap (24 bytes).
        let member = "aaaaaaaabbbbbbbbcccccccc";
        let slot = MemberSlot {
            words: member_key::member_words(member.as_bytes()),
            len: 24,
            index: 0,
        };
        let table = MemberTable {
            multiplier: 1,
            bits: 1,
            slots: Box::leak(Box::new([slot, slot])),
        };
        let position = |name: &str| table.position(name.as_bytes(), &[member]);
        assert_eq!(position(member), Some(0));
        // The same bit changed in two words: their differences are equal,
        // and only OR-ing them (not XOR-ing) tells the name apart.
        assert_eq!(position("AaaaaaaaBbbbbbbbcccccccc"), None);
        assert_eq!(position("aaaaaaaaBbbbbbbbCccccccc"), None);
        assert_eq!(position("AaaaaaaabbbbbbbbCccccccc"), None);
        assert_eq!(position("aaaaaaaabbbbbbbbccccccc"), None);
    }

    #[test]
    fn trims_spaces_only() {
        assert_eq!(trim_spaces("  a b  "), "a b");
        assert_eq!(trim_spaces("   "), "");
        assert_eq!(trim_spaces("\ta"), "\ta");
        assert_eq!(trim_spaces(""), "");
    }
}
