//! Reading CSDL with quick-xml's streaming reader.
//!
//! One pass over the events with a stack of what each open element is;
//! out-of-line annotations and type names read before their alias are
//! resolved once the whole document is read (aliases and types may be
//! declared after their use).
//!
//! The model borrows from the document: names, type references and
//! descriptions are slices of it, copied only when a value holds an entity
//! reference or a type name needs its alias replaced. The attributes of the
//! elements the parser reads are split by [`plain_attributes`] over the
//! document's own `&str` (it is valid UTF-8 already, so no value is checked
//! again); a tag that scanner does not accept as plain goes through
//! quick-xml's attribute reader, which says what is wrong. Only the five
//! predefined XML entities and character references are expanded; a
//! DOCTYPE is skipped, never read.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::model::{
    hash_name, last_dot, Counts, Docs, EntitySet, EnumMember, EnumType, Kind, Metadata, Namespace,
    NavigationProperty, Property, Singleton, StructuredType, TypeIndex, TypeName, TypeRef,
};

/// Elements nested deeper than this are an error (CSDL needs about a dozen
/// levels).
pub const MAX_DEPTH: usize = 100;

/// Attribute values longer than this (in bytes) are an error (Graph's
/// longest description is a few kilobytes).
pub const MAX_ATTRIBUTE_LEN: usize = 1 << 20;

/// Why a document could not be read, and where.
///
/// ```
/// let error = graph_schema::Metadata::parse("<Schema Namespace=\"ns\">\n  <ComplexType Name=\"a\" BaseType=\"ns.b\" />\n</Schema>").unwrap_err();
/// assert_eq!((error.line, error.column), (2, 3));
/// assert_eq!(error.to_string(), "line 2, column 3: base type `ns.b` of `ns.a` is not declared");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}: {}", self.line, self.column, self.message)
    }
}

impl std::error::Error for ParseError {}

/// The line and column (both 1-based, the column in characters) of a byte
/// offset of `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column_text = &before[line_start..];
    let column_text = column_text.strip_prefix('\u{feff}').unwrap_or(column_text);
    (line, column_text.chars().count() + 1)
}

#[derive(Clone, Copy)]
enum Frame {
    Other,
    Schema,
    Type(usize),
    Key(usize),
    Property(usize, usize),
    Navigation(usize, usize),
    Enum(usize),
    Member(usize, usize),
    Container,
    Annotations,
    Annotation,
    /// `<Bool>`, `<String>` or `<EnumMember>` inside an annotation: its
    /// text is the annotation's value.
    AnnotationValue,
    Reference,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Term {
    Computed,
    Permissions,
    Description,
    LongDescription,
    Other,
}

#[derive(Clone, Copy)]
enum Target {
    /// An out-of-line annotation: applied once every type is known.
    Pending,
    Type(usize),
    Property(usize, usize),
    Navigation(usize, usize),
    Enum(usize),
    Member(usize, usize),
}

struct OpenAnnotation<'a> {
    term: Term,
    target: Target,
    value: Option<Cow<'a, str>>,
}

struct Pending<'a> {
    target: Cow<'a, str>,
    term: Term,
    value: Option<Cow<'a, str>>,
}

/// A type name read while its namespace was not declared yet: qualified
/// again at the end (its namespace may be an alias declared later).
#[derive(Clone, Copy)]
enum Unresolved {
    Base(usize),
    Property(usize, usize),
    Navigation(usize, usize),
    EntitySet(usize),
    Singleton(usize),
}

type Aliases<'a> = Vec<(Cow<'a, str>, Cow<'a, str>)>;

struct Parser<'a> {
    text: &'a str,
    /// `text` without its byte order mark: what the reader reads.
    body: &'a str,
    metadata: Metadata<'a>,
    stack: Vec<Frame>,
    /// The open `Schema`: an index into `metadata.namespaces`.
    namespace: usize,
    /// Namespace aliases: from `Schema` and `edmx:Include` elements.
    aliases: Aliases<'a>,
    /// The open `Annotations` block's target: resolved if its type is
    /// already read, else its text, applied at the end.
    annotations_target: Option<(Option<Target>, Cow<'a, str>)>,
    annotation: Option<OpenAnnotation<'a>>,
    annotation_depth: usize,
    pending: Vec<Pending<'a>>,
    /// Where each entity set and singleton was declared.
    container_at: Vec<usize>,
    unresolved: Vec<Unresolved>,
    spare: Spare<'a>,
    /// The type part of the last `Annotations` target and its type.
    last_target: (String, Option<TypeIndex>),
    /// Where [`Parser::resolve_target`] searches for the next member (of
    /// the properties or members, and of the navigation properties).
    member_cursor: (usize, usize),
    /// The namespace [`Parser::qualify`] last resolved, as written (with
    /// its `.`), and what it stands for; forgotten when a namespace or an
    /// alias is declared.
    last_namespace: Option<(&'a str, Cow<'a, str>)>,
}

/// Vectors that the open type fills, then moves to vectors of their exact
/// size when it closes (no growth left over in the model; the spare
/// vectors keep their room for the next type).
#[derive(Default)]
struct Spare<'a> {
    properties: Vec<Property<'a>>,
    navigation: Vec<NavigationProperty<'a>>,
    members: Vec<EnumMember<'a>>,
}

/// Moves `items` into a vector of its exact size; gives back the vector
/// they were in, empty, with its room.
fn exact<T>(items: &mut Vec<T>) -> Vec<T> {
    let mut filled = std::mem::take(items);
    items.reserve_exact(filled.len());
    items.append(&mut filled);
    filled
}

impl<'a> Metadata<'a> {
    /// Reads a CSDL document (`$metadata`). The model borrows from `text`:
    /// names, type names as written and descriptions are slices of it
    /// (`Cow::Borrowed`), so `text` must outlive it (read the file into a
    /// `String` first, or use `include_str!`).
    ///
    /// A byte order mark, unknown elements and vocabularies are fine.
    /// Malformed XML, a type whose base type or a property whose type is
    /// not declared, elements nested deeper than [`MAX_DEPTH`] and
    /// attribute values longer than [`MAX_ATTRIBUTE_LEN`] bytes are errors
    /// with a line and column. No entity other than the five predefined
    /// ones is expanded and nothing is fetched.
    ///
    /// ```
    /// let error = graph_schema::Metadata::parse("<Schema Namespace=\"ns\">").unwrap_err();
    /// assert_eq!(error.to_string(), "line 1, column 1: unexpected end of document: `<Schema>` is not closed");
    /// ```
    pub fn parse(text: &'a str) -> Result<Metadata<'a>, ParseError> {
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let body = text.get(bom..).unwrap_or_default();
        let mut reader = Reader::from_str(body);
        let mut parser = Parser {
            text,
            body,
            metadata: Metadata {
                index: hashbrown::HashTable::with_capacity(4096),
                ..Metadata::default()
            },
            stack: Vec::with_capacity(32),
            namespace: 0,
            aliases: Vec::new(),
            annotations_target: None,
            annotation: None,
            annotation_depth: 0,
            pending: Vec::new(),
            container_at: Vec::new(),
            unresolved: Vec::new(),
            spare: Spare::default(),
            last_target: (String::new(), None),
            member_cursor: (0, 0),
            last_namespace: None,
        };
        let mut open_at: Vec<usize> = Vec::with_capacity(32);
        loop {
            let at = bom + reader.buffer_position() as usize;
            let event = match reader.read_event() {
                Ok(event) => event,
                Err(error) => {
                    let position = bom + reader.error_position() as usize;
                    return Err(parser.error(position, format!("malformed XML: {error}")));
                }
            };
            match event {
                Event::Start(element) => {
                    if parser.stack.len() >= MAX_DEPTH {
                        return Err(
                            parser.error(at, format!("elements nested deeper than {MAX_DEPTH} levels"))
                        );
                    }
                    let frame = parser.open(&element, at)?;
                    parser.stack.push(frame);
                    open_at.push(at);
                }
                Event::Empty(element) => {
                    if parser.stack.len() >= MAX_DEPTH {
                        return Err(
                            parser.error(at, format!("elements nested deeper than {MAX_DEPTH} levels"))
                        );
                    }
                    let frame = parser.open(&element, at)?;
                    parser.close(frame);
                }
                Event::End(_) => {
                    open_at.pop();
                    if let Some(frame) = parser.stack.pop() {
                        parser.close(frame);
                    }
                }
                Event::Text(text) => {
                    if let Some(Frame::AnnotationValue) = parser.stack.last() {
                        let value = parser.event_text(&text, || text.decode(), at)?;
                        parser.annotation_text(value);
                    }
                }
                Event::CData(data) => {
                    if let Some(Frame::AnnotationValue) = parser.stack.last() {
                        let value = parser.event_text(&data, || data.decode(), at)?;
                        parser.annotation_text(value);
                    }
                }
                Event::GeneralRef(reference) => {
                    let name = reference
                        .decode()
                        .map_err(|error| parser.error(at, format!("malformed XML: {error}")))?;
                    let resolved = match reference.resolve_char_ref() {
                        Ok(Some(c)) => Cow::Owned(c.to_string()),
                        Ok(None) => match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(text) => Cow::Borrowed(text),
                            None => return Err(parser.error(at, unknown_entity(&name))),
                        },
                        Err(error) => return Err(parser.error(at, format!("malformed XML: {error}"))),
                    };
                    if let Some(Frame::AnnotationValue) = parser.stack.last() {
                        parser.annotation_text(resolved);
                    }
                }
                Event::Eof => break,
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
        if let (Some(&at), Some(_)) = (open_at.last(), parser.stack.last()) {
            let name = element_name(text, at);
            return Err(parser.error(
                at,
                format!("unexpected end of document: `<{name}>` is not closed"),
            ));
        }
        parser.finish()
    }
}

fn unknown_entity(name: &str) -> String {
    format!("unknown entity `&{name};` (only the five XML entities and character references are read)")
}

/// The name of the element that starts at `at` (for messages).
fn element_name(text: &str, at: usize) -> &str {
    let rest = text.get(at + 1..).unwrap_or_default();
    let end = rest
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(rest.len())
        .min(64);
    let mut end = end;
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    &rest[..end]
}

/// XML's white space, as quick-xml reads it.
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r' | b'\n')
}

/// What a byte is to [`plain_attributes`] in an attribute name: a name
/// byte (ASCII letters and digits, `_`, `-`, `.`), the prefix's `:`, the
/// `=` after the name, or anything else (not plain). One look-up a byte.
const NAME_CLASS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.' {
            NAME
        } else if b == b':' {
            COLON
        } else if b == b'=' {
            EQUALS
        } else {
            OTHER
        };
        byte += 1;
    }
    table
};
const OTHER: u8 = 0;
const NAME: u8 = 1;
const COLON: u8 = 2;
const EQUALS: u8 = 3;

/// The most attributes [`plain_attributes`] reads on one element.
const PLAIN_ATTRIBUTES: usize = 12;

/// Whether two names are equal (length and first byte first: most names
/// differ there).
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.first() == b.first() && a == b
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each zero byte of `word` (and maybe of bytes above the
/// lowest zero byte: only the lowest flag is ever read).
#[inline(always)]
fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(ONES) & !word & HIGHS
}

/// The eight bytes of `bytes` from `at` as a little-endian word, zeros
/// past the end.
#[inline(always)]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    let rest = bytes.get(at..).unwrap_or_default();
    match rest.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => {
            let mut word = [0; 8];
            for (to, from) in word.iter_mut().zip(rest) {
                *to = *from;
            }
            u64::from_le_bytes(word)
        }
    }
}

/// The low `len` bytes of `word` (all of it from eight on).
#[inline(always)]
fn low_bytes(word: u64, len: usize) -> u64 {
    let bits = (len.min(8) * 8) as u32;
    word & u64::MAX.checked_shr(64 - bits).unwrap_or(0)
}

/// A fingerprint of an attribute name for the duplicate check: equal
/// names have equal fingerprints (two different names rarely do, and
/// then the tag just goes to quick-xml's reader).
#[inline(always)]
fn fingerprint(key: &Key) -> u64 {
    key.words[0] ^ key.words[1].rotate_left(7) ^ (key.len as u64).rotate_right(8)
}

/// An attribute name as [`plain_attributes`] compares it: its length and
/// its first sixteen bytes as two words (zeros past its end).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    len: usize,
    words: [u64; 2],
}

impl Key {
    const fn of(name: &[u8]) -> Key {
        let mut words = [0u64; 2];
        let mut i = 0;
        while i < name.len() && i < 16 {
            words[i / 8] |= (name[i] as u64) << (8 * (i % 8));
            i += 1;
        }
        Key {
            len: name.len(),
            words,
        }
    }
}

/// The attributes an element's handling reads (by local name), with the
/// [`Key`]s the scanner compares and the masks of their bytes in the two
/// words: made in a `const` block at each use.
pub(crate) struct Names<const N: usize> {
    names: [&'static [u8]; N],
    keys: [Key; N],
    masks: [[u64; 2]; N],
}

impl<const N: usize> Names<N> {
    const fn new(names: [&'static [u8]; N]) -> Names<N> {
        let mut keys = [Key {
            len: 0,
            words: [0; 2],
        }; N];
        let mut masks = [[0; 2]; N];
        // One bit a name in the scanner's set of names read.
        assert!(N <= 32);
        let mut i = 0;
        while i < N {
            // Every wanted name fits the two words the scanner compares.
            assert!(names[i].len() <= 16);
            keys[i] = Key::of(names[i]);
            let mut byte = 0;
            while byte < names[i].len() {
                masks[i][byte / 8] |= 0xff << (8 * (byte % 8));
                byte += 1;
            }
            i += 1;
        }
        Names { names, keys, masks }
    }

    /// The wanted name that the two words `first`, `second` start with,
    /// followed by `=` in `bytes` (the words are `bytes[at..at + 16]`).
    #[inline(always)]
    fn starting(&self, bytes: &[u8], at: usize, first: u64, second: u64) -> Option<usize> {
        for (slot, (key, [low, high])) in self.keys.iter().zip(&self.masks).enumerate() {
            if first & low == key.words[0]
                && second & high == key.words[1]
                && bytes.get(at + key.len) == Some(&b'=')
            {
                return Some(slot);
            }
        }
        None
    }
}

/// The attributes one kind of element's handling reads: each kind is
/// its own type, so the scanner is compiled for its names (compared as
/// constants).
trait Wanted<const N: usize> {
    const NAMES: Names<N>;
}

/// Declares the [`Wanted`] kinds.
macro_rules! wanted {
    ($($kind:ident: $n:literal = [$($name:literal),+];)+) => {$(
        struct $kind;
        impl Wanted<$n> for $kind {
            const NAMES: Names<$n> = Names::new([$($name),+]);
        }
    )+};
}

wanted! {
    SchemaAttributes: 2 = [b"Namespace", b"Alias"];
    TypeAttributes: 5 = [b"Name", b"BaseType", b"Abstract", b"OpenType", b"HasStream"];
    PropertyRefAttributes: 1 = [b"Name"];
    PropertyAttributes: 3 = [b"Name", b"Type", b"Nullable"];
    NavigationAttributes: 4 = [b"Name", b"Type", b"ContainsTarget", b"Nullable"];
    EnumTypeAttributes: 2 = [b"Name", b"IsFlags"];
    MemberAttributes: 2 = [b"Name", b"Value"];
    EntitySetAttributes: 2 = [b"Name", b"EntityType"];
    SingletonAttributes: 2 = [b"Name", b"Type"];
    AnnotationsAttributes: 1 = [b"Target"];
    AnnotationAttributes: 4 = [b"Term", b"Bool", b"String", b"EnumMember"];
}

/// Where thirty-two bytes are the quote `quote` and where they are `&`:
/// a bit a byte (bit `i` for byte `i`). With SSE2 where the build targets
/// it (every x86-64 processor has it), else eight bytes at a time.
#[inline(always)]
fn value_bits(bytes: &[u8; 32], quote: u8) -> (u32, u32) {
    // SAFETY: the function only needs SSE2, which this build targets.
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    let bits = unsafe { value_bits_sse2(bytes, quote) };
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    let bits = value_bits_words(bytes, quote);
    bits
}

/// [`value_bits`] with SSE2: two loads, two compares of each.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
#[inline]
fn value_bits_sse2(bytes: &[u8; 32], quote: u8) -> (u32, u32) {
    use std::arch::x86_64::{__m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8};

    let (low, high) = bytes.split_at(16);
    // SAFETY: each load reads sixteen bytes of `bytes` (`_mm_loadu_si128`
    // needs no alignment).
    let (low, high) = unsafe {
        (
            _mm_loadu_si128(low.as_ptr().cast::<__m128i>()),
            _mm_loadu_si128(high.as_ptr().cast::<__m128i>()),
        )
    };
    let quotes = _mm_set1_epi8(quote as i8);
    let ampersands = _mm_set1_epi8(b'&' as i8);
    let bits = |low: i32, high: i32| (low as u32 & 0xffff) | ((high as u32) << 16);
    (
        bits(
            _mm_movemask_epi8(_mm_cmpeq_epi8(low, quotes)),
            _mm_movemask_epi8(_mm_cmpeq_epi8(high, quotes)),
        ),
        bits(
            _mm_movemask_epi8(_mm_cmpeq_epi8(low, ampersands)),
            _mm_movemask_epi8(_mm_cmpeq_epi8(high, ampersands)),
        ),
    )
}

/// [`value_bits`] eight bytes at a time in a `u64`.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
#[inline]
fn value_bits_words(bytes: &[u8; 32], quote: u8) -> (u32, u32) {
    const LOW: u64 = u64::from_ne_bytes([0x7f; 8]);
    let bits = |byte: u8| {
        let mut bits = 0u32;
        for (index, chunk) in bytes.as_chunks::<8>().0.iter().enumerate() {
            let diff = u64::from_le_bytes(*chunk) ^ (ONES * u64::from(byte));
            // The high bit of each byte set exactly where `diff` has a zero byte.
            let zero = !(((diff & LOW).wrapping_add(LOW)) | diff | LOW);
            // The eight high bits gathered into the top byte.
            let found = (zero >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
            bits |= (found as u32) << (index * 8);
        }
        bits
    };
    (bits(quote), bits(b'&'))
}

/// The values of the attributes `names` (by local name) of a tag when the
/// tag is plain; `None` when it is not, and quick-xml's attribute reader
/// then reads it (and says what is wrong).
///
/// The tag is `body[start..end]`: the text between `<` and `>` without an
/// empty element's `/`, the element's name its first `name_len` bytes.
/// Words are read from `body` past the tag's end (a closing quote found
/// there is not the tag's). Plain: every attribute after white space, a
/// name of ASCII letters, digits, `_`, `-`, `.` and at most one `:`, then
/// `=` and a value in `"` or `'` of at most [`MAX_ATTRIBUTE_LEN`] bytes
/// whose entity references are the five predefined ones or character
/// references, no name twice (a wanted name is checked by its slot, any
/// other by its fingerprint: two of the same fingerprint are not plain),
/// at most [`PLAIN_ATTRIBUTES`] names that are not wanted. A value is a
/// slice of `body` unless it holds an entity reference.
///
/// One pass. A wanted name is recognised by its first sixteen bytes
/// compared as two words with each wanted one, and the `=` after it; any
/// other name ends at the first `=` (found a word at a time) and its bytes
/// are checked one by one. The closing quote of a value and any `&` before
/// it are found in the thirty-two bytes from its start at once
/// ([`value_bits`]), past them with memchr.
#[inline(always)]
fn plain_attributes<'a, const N: usize>(
    body: &'a str,
    start: usize,
    end: usize,
    name_len: usize,
    names: &Names<N>,
    out: &mut [Option<Cow<'a, str>>; N],
) -> Option<()> {
    const EQUALS_WORD: u64 = ONES * b'=' as u64;
    const AMPERSANDS: u64 = ONES * b'&' as u64;
    let bytes = body.as_bytes();
    let end = end.min(bytes.len());
    // The fingerprints of the other names read so far (for the duplicate
    // check), and the wanted ones read (a bit a slot).
    let mut seen = [0u64; PLAIN_ATTRIBUTES];
    let mut count = 0;
    let mut wanted_seen = 0u32;
    let mut i = start.checked_add(name_len)?;
    loop {
        // White space, then the end or a name.
        if i >= end {
            return Some(());
        }
        if !is_space(*bytes.get(i)?) {
            return None;
        }
        i += 1;
        while i < end && is_space(*bytes.get(i)?) {
            i += 1;
        }
        if i >= end {
            return Some(());
        }
        let key_start = i;
        let first = word_at(bytes, key_start);
        let second = word_at(bytes, key_start + 8);
        let (key_end, slot) = match names.starting(bytes, key_start, first, second) {
            Some(slot) => {
                let bit = 1u32 << slot;
                if wanted_seen & bit != 0 {
                    return None;
                }
                wanted_seen |= bit;
                (key_start + names.keys.get(slot)?.len, Some(slot))
            }
            None => {
                // Another name: up to the first `=`.
                let at_first = zero_bytes(first ^ EQUALS_WORD);
                let key = if at_first != 0 {
                    let len = (at_first.trailing_zeros() / 8) as usize;
                    Key {
                        len,
                        words: [low_bytes(first, len), 0],
                    }
                } else {
                    let at_second = zero_bytes(second ^ EQUALS_WORD);
                    let len = if at_second != 0 {
                        8 + (at_second.trailing_zeros() / 8) as usize
                    } else {
                        // A longer name (or none): up to the `=`.
                        16 + memchr::memchr(b'=', bytes.get(key_start + 16..end)?)?
                    };
                    Key {
                        len,
                        words: [first, low_bytes(second, len - 8)],
                    }
                };
                let key_end = key_start + key.len;
                // Its bytes, then its local name.
                let mut local_start = key_start;
                for at in key_start..key_end {
                    match NAME_CLASS[usize::from(*bytes.get(at)?)] {
                        NAME => {}
                        COLON if local_start == key_start => local_start = at + 1,
                        _ => return None,
                    }
                }
                if key.len == 0 {
                    return None;
                }
                let mut slot = None;
                if local_start != key_start {
                    let local = bytes.get(local_start..key_end)?;
                    slot = names.names.iter().position(|name| same(name, local));
                }
                // No name twice (nor two of the same fingerprint).
                let print = fingerprint(&key);
                if seen.iter().take(count).any(|other| *other == print) {
                    return None;
                }
                *seen.get_mut(count)? = print;
                count += 1;
                (key_end, slot)
            }
        };
        // The quote right after the `=`, then the value up to the same quote.
        let quote = *bytes.get(key_end + 1)?;
        if key_end + 1 >= end || (quote != b'"' && quote != b'\'') {
            return None;
        }
        let value_start = key_end + 2;
        let mut reference = false;
        // The closing quote in the value's first thirty-two bytes, else
        // where to search on from.
        let (found, from) = match bytes.get(value_start..).and_then(|rest| rest.first_chunk::<32>()) {
            Some(window) => {
                let (quotes, ampersands) = value_bits(window, quote);
                if quotes != 0 {
                    let len = quotes.trailing_zeros();
                    reference = u64::from(ampersands) & ((1u64 << len) - 1) != 0;
                    (Some(value_start + len as usize), value_start)
                } else {
                    reference = ampersands != 0;
                    (None, value_start + 32)
                }
            }
            // Near the end of the document: a word at a time.
            None => {
                let quotes = ONES * u64::from(quote);
                let mut found = None;
                for offset in [0, 8, 16, 24] {
                    let word = word_at(bytes, value_start + offset);
                    let found_quote = zero_bytes(word ^ quotes);
                    let found_ampersand = zero_bytes(word ^ AMPERSANDS);
                    if found_quote != 0 {
                        let at = found_quote.trailing_zeros();
                        reference |= found_ampersand != 0 && found_ampersand.trailing_zeros() < at;
                        found = Some(value_start + offset + (at / 8) as usize);
                        break;
                    }
                    reference |= found_ampersand != 0;
                }
                (found, value_start + 32)
            }
        };
        let value_end = match found {
            Some(value_end) => value_end,
            None => {
                let rest = bytes.get(from..end)?;
                let mut found = memchr::memchr2(quote, b'&', rest)?;
                if rest.get(found) == Some(&b'&') {
                    reference = true;
                    found += 1 + memchr::memchr(quote, rest.get(found + 1..)?)?;
                }
                from + found
            }
        };
        if value_end >= end || value_end - value_start > MAX_ATTRIBUTE_LEN {
            return None;
        }
        if let Some(slot) = slot {
            let text = body.get(value_start..value_end)?;
            let text = if reference {
                quick_xml::escape::unescape(text).ok()?
            } else {
                Cow::Borrowed(text)
            };
            *out.get_mut(slot)? = Some(text);
        }
        i = value_end + 1;
    }
}

fn flag(value: &Option<Cow<'_, str>>) -> bool {
    value.as_deref() == Some("true")
}

/// The namespace of an alias.
fn alias_of<'s, 'a>(aliases: &'s Aliases<'a>, namespace: &str) -> Option<&'s Cow<'a, str>> {
    aliases
        .iter()
        .find(|(alias, _)| alias == namespace)
        .map(|(_, full)| full)
}

impl<'a> Parser<'a> {
    fn error(&self, at: usize, message: String) -> ParseError {
        let (line, column) = line_column(self.text, at);
        ParseError {
            line,
            column,
            message,
        }
    }

    /// The text of the document that these bytes of an event are (the
    /// reader hands out slices of it), without checking it again.
    #[inline]
    fn slice(&self, bytes: &[u8]) -> Option<&'a str> {
        let offset = (bytes.as_ptr() as usize).checked_sub(self.body.as_ptr() as usize)?;
        let slice = self.body.get(offset..offset.checked_add(bytes.len())?)?;
        std::ptr::eq(slice.as_ptr(), bytes.as_ptr()).then_some(slice)
    }

    /// The text of a text or CDATA event: the document's own slice when
    /// the reader handed one out, else what `decode` gives, copied.
    fn event_text<'e, E: std::fmt::Display>(
        &self,
        bytes: &[u8],
        decode: impl FnOnce() -> Result<Cow<'e, str>, E>,
        at: usize,
    ) -> Result<Cow<'a, str>, ParseError> {
        match self.slice(bytes) {
            Some(value) => Ok(Cow::Borrowed(value)),
            None => decode()
                .map(|value| Cow::Owned(value.into_owned()))
                .map_err(|error| self.error(at, format!("malformed XML: {error}"))),
        }
    }

    /// Reads the attributes an element's handling needs, in one pass.
    #[inline]
    fn attributes<const N: usize, W: Wanted<N>>(
        &self,
        element: &BytesStart<'_>,
        at: usize,
    ) -> Result<[Option<Cow<'a, str>>; N], ParseError> {
        let names = &W::NAMES;
        let mut out: [Option<Cow<'a, str>>; N] = std::array::from_fn(|_| None);
        let tag: &[u8] = element;
        // The tag as a slice of the document (the reader hands it out so).
        let start = (tag.as_ptr() as usize).wrapping_sub(self.body.as_ptr() as usize);
        let in_body = self
            .body
            .as_bytes()
            .get(start..start.saturating_add(tag.len()))
            .is_some_and(|slice| std::ptr::eq(slice.as_ptr(), tag.as_ptr()));
        let plain = if in_body {
            plain_attributes(
                self.body,
                start,
                start + tag.len(),
                element.name().as_ref().len(),
                names,
                &mut out,
            )
        } else {
            None
        };
        match plain {
            Some(()) => Ok(out),
            None => self.checked_attributes(element, &names.names, at),
        }
    }

    /// [`Parser::attributes`] through quick-xml's attribute reader: for the
    /// tags [`plain_attributes`] leaves to it.
    #[cold]
    #[inline(never)]
    fn checked_attributes<const N: usize>(
        &self,
        element: &BytesStart<'_>,
        names: &[&[u8]; N],
        at: usize,
    ) -> Result<[Option<Cow<'a, str>>; N], ParseError> {
        let mut out: [Option<Cow<'a, str>>; N] = std::array::from_fn(|_| None);
        for attribute in element.attributes() {
            let attribute = attribute.map_err(|error| {
                let message = match error {
                    quick_xml::events::attributes::AttrError::Duplicated(_, _) => format!(
                        "malformed XML: an attribute of `<{}>` is repeated",
                        String::from_utf8_lossy(element.local_name().into_inner())
                    ),
                    error => format!("malformed XML: {error}"),
                };
                self.error(at, message)
            })?;
            let key = attribute.key.local_name().into_inner();
            if attribute.value.len() > MAX_ATTRIBUTE_LEN {
                return Err(self.error(
                    at,
                    format!(
                        "attribute `{}` of `<{}>` is {} bytes long; the limit is {MAX_ATTRIBUTE_LEN}",
                        String::from_utf8_lossy(key),
                        String::from_utf8_lossy(element.local_name().into_inner()),
                        attribute.value.len()
                    ),
                ));
            }
            if let Some(slot) = names.iter().position(|name| *name == key) {
                let value = attribute
                    .decode_and_unescape_value(quick_xml::encoding::Decoder {})
                    .map_err(|error| {
                        let message = match error {
                            quick_xml::Error::Escape(quick_xml::escape::EscapeError::UnrecognizedEntity(
                                _,
                                name,
                            )) => unknown_entity(&name),
                            error => format!("malformed XML: {error}"),
                        };
                        self.error(at, message)
                    })?;
                if let Some(out_slot) = out.get_mut(slot) {
                    *out_slot = Some(Cow::Owned(value.into_owned()));
                }
            }
        }
        Ok(out)
    }

    #[inline(always)]
    fn required(
        &self,
        value: Option<Cow<'a, str>>,
        attribute: &str,
        element: &str,
        at: usize,
    ) -> Result<Cow<'a, str>, ParseError> {
        match value {
            Some(value) => Ok(value),
            None => Err(self.error(at, format!("`<{element}>` has no `{attribute}` attribute"))),
        }
    }

    fn open(&mut self, element: &BytesStart<'_>, at: usize) -> Result<Frame, ParseError> {
        self.open_named(element.name().into_inner(), false, element, at)
    }

    /// An element named as the reader reads it (a name the parser does not
    /// read, when `prefixed` is false, is looked at again without its
    /// namespace prefix: most names have none, so none is searched for
    /// first).
    fn open_named(
        &mut self,
        name: &[u8],
        prefixed: bool,
        element: &BytesStart<'_>,
        at: usize,
    ) -> Result<Frame, ParseError> {
        let parent = self.stack.last().copied().unwrap_or(Frame::Other);
        if self.annotation_depth > 0 {
            // Inside an annotation: only its value elements matter.
            return Ok(match (name, parent) {
                (b"Bool" | b"String" | b"EnumMember", Frame::Annotation) if self.annotation_depth == 1 => {
                    Frame::AnnotationValue
                }
                (b"Annotation", _) => {
                    self.annotation_depth += 1;
                    Frame::Annotation
                }
                _ if !prefixed => return self.open_local(name, element, at),
                _ => Frame::Other,
            });
        }
        let frame = match (name, parent) {
            (b"Schema", _) => {
                let [namespace, alias] = self.attributes::<_, SchemaAttributes>(element, at)?;
                let namespace = self.required(namespace, "Namespace", "Schema", at)?;
                if let Some(alias) = &alias {
                    self.aliases.push((alias.clone(), namespace.clone()));
                }
                self.last_namespace = None;
                self.namespace = self.metadata.namespaces.len();
                self.metadata.namespaces.push(Namespace {
                    name: namespace,
                    alias,
                });
                self.metadata.counts.schemas += 1;
                Frame::Schema
            }
            (b"Reference", _) => Frame::Reference,
            (b"Include", Frame::Reference) => {
                let [namespace, alias] = self.attributes::<_, SchemaAttributes>(element, at)?;
                if let (Some(namespace), Some(alias)) = (namespace, alias) {
                    self.aliases.push((alias, namespace));
                    self.last_namespace = None;
                }
                Frame::Other
            }
            (b"EntityType" | b"ComplexType", Frame::Schema) => {
                let [type_name, base, is_abstract, open, has_stream] =
                    self.attributes::<_, TypeAttributes>(element, at)?;
                let kind = if name == b"EntityType" {
                    Kind::Entity
                } else {
                    Kind::Complex
                };
                let element_name = if kind == Kind::Entity {
                    "EntityType"
                } else {
                    "ComplexType"
                };
                let type_name = self.required(type_name, "Name", element_name, at)?;
                match kind {
                    Kind::Entity => self.metadata.counts.entity_types += 1,
                    Kind::Complex => self.metadata.counts.complex_types += 1,
                }
                let t = self.metadata.structured.len();
                let base = base.map(|base| {
                    let (base, unresolved) = self.qualify(base);
                    if unresolved {
                        self.unresolved.push(Unresolved::Base(t));
                    }
                    base
                });
                let (qualified, hash) = self.declare(type_name, at)?;
                self.metadata.structured.push(StructuredType {
                    name: qualified,
                    kind,
                    base,
                    is_abstract: flag(&is_abstract),
                    open: flag(&open),
                    has_stream: flag(&has_stream),
                    key: Vec::new(),
                    properties: std::mem::take(&mut self.spare.properties),
                    navigation: std::mem::take(&mut self.spare.navigation),
                    docs: None,
                    at,
                });
                self.metadata.index_type(hash, TypeIndex::Structured(t));
                Frame::Type(t)
            }
            (b"Key", Frame::Type(t)) => Frame::Key(t),
            (b"PropertyRef", Frame::Key(t)) => {
                let [property] = self.attributes::<_, PropertyRefAttributes>(element, at)?;
                let property = self.required(property, "Name", "PropertyRef", at)?;
                if let Some(ty) = self.metadata.structured.get_mut(t) {
                    ty.key.push(property);
                }
                Frame::Other
            }
            (b"Property", Frame::Type(t)) => {
                let [property, ty, nullable] = self.attributes::<_, PropertyAttributes>(element, at)?;
                let property = self.required(property, "Name", "Property", at)?;
                let ty = self.required(ty, "Type", "Property", at)?;
                self.metadata.counts.properties += 1;
                let (ty, unresolved) = self.type_ref(ty);
                let Some(owner) = self.metadata.structured.get_mut(t) else {
                    return Ok(Frame::Other);
                };
                owner.properties.push(Property {
                    name: property,
                    ty,
                    nullable: nullable.as_deref() != Some("false"),
                    computed: false,
                    permissions_read: false,
                    docs: None,
                    at,
                });
                let p = owner.properties.len() - 1;
                if unresolved {
                    self.unresolved.push(Unresolved::Property(t, p));
                }
                Frame::Property(t, p)
            }
            (b"NavigationProperty", Frame::Type(t)) => {
                let [property, ty, contains, nullable] =
                    self.attributes::<_, NavigationAttributes>(element, at)?;
                let property = self.required(property, "Name", "NavigationProperty", at)?;
                let ty = self.required(ty, "Type", "NavigationProperty", at)?;
                self.metadata.counts.navigation_properties += 1;
                let (ty, unresolved) = self.type_ref(ty);
                let Some(owner) = self.metadata.structured.get_mut(t) else {
                    return Ok(Frame::Other);
                };
                owner.navigation.push(NavigationProperty {
                    name: property,
                    ty,
                    contains_target: flag(&contains),
                    nullable: nullable.as_deref() != Some("false"),
                    docs: None,
                    at,
                });
                let n = owner.navigation.len() - 1;
                if unresolved {
                    self.unresolved.push(Unresolved::Navigation(t, n));
                }
                Frame::Navigation(t, n)
            }
            (b"EnumType", Frame::Schema) => {
                let [enum_name, flags] = self.attributes::<_, EnumTypeAttributes>(element, at)?;
                let enum_name = self.required(enum_name, "Name", "EnumType", at)?;
                self.metadata.counts.enum_types += 1;
                let e = self.metadata.enums.len();
                let (qualified, hash) = self.declare(enum_name, at)?;
                self.metadata.enums.push(EnumType {
                    name: qualified,
                    is_flags: flag(&flags),
                    members: std::mem::take(&mut self.spare.members),
                    description: None,
                });
                self.metadata.index_type(hash, TypeIndex::Enum(e));
                Frame::Enum(e)
            }
            (b"Member", Frame::Enum(e)) => {
                let [member, value] = self.attributes::<_, MemberAttributes>(element, at)?;
                let member = self.required(member, "Name", "Member", at)?;
                let Some(owner) = self.metadata.enums.get_mut(e) else {
                    return Ok(Frame::Other);
                };
                owner.members.push(EnumMember {
                    name: member,
                    value: value.and_then(|v| v.parse().ok()),
                    description: None,
                });
                Frame::Member(e, owner.members.len() - 1)
            }
            (b"EntityContainer", Frame::Schema) => Frame::Container,
            (b"EntitySet", Frame::Container) => {
                let [set, ty] = self.attributes::<_, EntitySetAttributes>(element, at)?;
                let set = self.required(set, "Name", "EntitySet", at)?;
                let ty = self.required(ty, "EntityType", "EntitySet", at)?;
                self.metadata.counts.entity_sets += 1;
                let (entity_type, unresolved) = self.qualify(ty);
                if unresolved {
                    self.unresolved
                        .push(Unresolved::EntitySet(self.metadata.entity_sets.len()));
                }
                self.metadata.entity_sets.push(EntitySet {
                    name: set,
                    entity_type,
                });
                self.container_at.push(at);
                Frame::Other
            }
            (b"Singleton", Frame::Container) => {
                let [singleton, ty] = self.attributes::<_, SingletonAttributes>(element, at)?;
                let singleton = self.required(singleton, "Name", "Singleton", at)?;
                let ty = self.required(ty, "Type", "Singleton", at)?;
                self.metadata.counts.singletons += 1;
                let (ty, unresolved) = self.qualify(ty);
                if unresolved {
                    self.unresolved
                        .push(Unresolved::Singleton(self.metadata.singletons.len()));
                }
                self.metadata.singletons.push(Singleton { name: singleton, ty });
                self.container_at.push(at);
                Frame::Other
            }
            (b"Annotations", _) => {
                let [target] = self.attributes::<_, AnnotationsAttributes>(element, at)?;
                let target = self.required(target, "Target", "Annotations", at)?;
                self.metadata.counts.annotation_targets += 1;
                let resolved = self.resolve_target(&target);
                self.annotations_target = Some((resolved, target));
                Frame::Annotations
            }
            (b"Annotation", _) => {
                self.annotation_depth = 1;
                self.metadata.counts.annotations += 1;
                let target = match parent {
                    Frame::Annotations => Some(Target::Pending),
                    Frame::Type(t) => Some(Target::Type(t)),
                    Frame::Property(t, p) => Some(Target::Property(t, p)),
                    Frame::Navigation(t, n) => Some(Target::Navigation(t, n)),
                    Frame::Enum(e) => Some(Target::Enum(e)),
                    Frame::Member(e, m) => Some(Target::Member(e, m)),
                    _ => None,
                };
                let [term, bool_value, string_value, enum_value] =
                    self.attributes::<_, AnnotationAttributes>(element, at)?;
                let term = self.term(term.as_deref().unwrap_or_default());
                self.annotation = match (target, term) {
                    (Some(target), term) if term != Term::Other => Some(OpenAnnotation {
                        term,
                        target,
                        value: string_value.or(bool_value).or(enum_value),
                    }),
                    _ => None,
                };
                Frame::Annotation
            }
            _ if !prefixed => return self.open_local(name, element, at),
            _ => Frame::Other,
        };
        Ok(frame)
    }

    /// [`Parser::open_named`] of the name without its prefix, if it has one.
    #[cold]
    fn open_local(&mut self, name: &[u8], element: &BytesStart<'_>, at: usize) -> Result<Frame, ParseError> {
        match name.iter().position(|byte| *byte == b':') {
            Some(colon) => self.open_named(name.get(colon + 1..).unwrap_or_default(), true, element, at),
            None => Ok(Frame::Other),
        }
    }

    /// The qualified name of a type of the open schema and its hash; an
    /// error if a type of that name is declared already.
    fn declare(&mut self, name: Cow<'a, str>, at: usize) -> Result<(TypeName<'a>, u64), ParseError> {
        let namespace = self
            .metadata
            .namespaces
            .get(self.namespace)
            .map_or(Cow::Borrowed(""), |n| n.name.clone());
        let qualified = TypeName::join(namespace, name);
        let hash = hash_name(&qualified);
        if self.metadata.find_hashed(hash, &qualified).is_some() {
            return Err(self.error(at, format!("type `{qualified}` is declared twice")));
        }
        Ok((qualified, hash))
    }

    fn term(&self, term: &str) -> Term {
        let short = match term.strip_prefix("Org.OData.Core.V1.") {
            Some(short) => short,
            None => {
                let Some((namespace, short)) = term.rsplit_once('.') else {
                    return Term::Other;
                };
                if alias_of(&self.aliases, namespace).map(|full| full.as_ref()) != Some("Org.OData.Core.V1") {
                    return Term::Other;
                }
                short
            }
        };
        match short {
            "Computed" => Term::Computed,
            "Permissions" => Term::Permissions,
            "Description" => Term::Description,
            "LongDescription" => Term::LongDescription,
            _ => Term::Other,
        }
    }

    fn annotation_text(&mut self, text: Cow<'a, str>) {
        if let Some(annotation) = &mut self.annotation {
            match &mut annotation.value {
                Some(value) => value.to_mut().push_str(&text),
                None => annotation.value = Some(text),
            }
        }
    }

    /// An element ends: most need nothing done.
    #[inline(always)]
    fn close(&mut self, frame: Frame) {
        if let Frame::Annotation | Frame::Annotations | Frame::Type(_) | Frame::Enum(_) = frame {
            self.close_frame(frame);
        }
    }

    fn close_frame(&mut self, frame: Frame) {
        match frame {
            Frame::Annotation => {
                self.annotation_depth = self.annotation_depth.saturating_sub(1);
                if self.annotation_depth == 0 {
                    if let Some(annotation) = self.annotation.take() {
                        self.apply(annotation);
                    }
                }
            }
            Frame::Annotations => self.annotations_target = None,
            // The type's members are all read: each list moves to a
            // vector of its exact size, the spare keeps its room.
            Frame::Type(t) => {
                if let Some(ty) = self.metadata.structured.get_mut(t) {
                    self.spare.properties = exact(&mut ty.properties);
                    self.spare.navigation = exact(&mut ty.navigation);
                }
            }
            Frame::Enum(e) => {
                if let Some(e) = self.metadata.enums.get_mut(e) {
                    self.spare.members = exact(&mut e.members);
                }
            }
            _ => {}
        }
    }

    fn apply(&mut self, annotation: OpenAnnotation<'a>) {
        let OpenAnnotation { term, target, value } = annotation;
        if let Target::Pending = target {
            match &self.annotations_target {
                Some((Some(target), _)) => apply_to(&mut self.metadata, *target, term, value),
                Some((None, target)) => self.pending.push(Pending {
                    target: target.clone(),
                    term,
                    value,
                }),
                None => {}
            }
            return;
        }
        apply_to(&mut self.metadata, target, term, value);
    }

    /// The name in pieces with an alias namespace replaced by its
    /// namespace, and whether it is in no namespace or alias declared so
    /// far (to be looked at again at the end: an alias may be declared
    /// after its use). The namespace last qualified (as written, with its
    /// `.`) and what it stands for are kept: most names share it.
    fn qualify(&mut self, name: Cow<'a, str>) -> (TypeName<'a>, bool) {
        if let Cow::Borrowed(text) = name {
            // A primitive type (never an alias).
            if let (Some(namespace), Some(rest)) = (text.get(..3), text.strip_prefix("Edm.")) {
                if last_dot(rest).is_none() {
                    return (
                        TypeName::from_parts(Cow::Borrowed(namespace), Cow::Borrowed(rest)),
                        false,
                    );
                }
            }
            if let Some((prefix, namespace)) = &self.last_namespace {
                if let Some(rest) = text.strip_prefix(*prefix) {
                    if last_dot(rest).is_none() {
                        return (
                            TypeName::from_parts(namespace.clone(), Cow::Borrowed(rest)),
                            false,
                        );
                    }
                }
            }
        }
        let written = match name {
            Cow::Borrowed(text) => Some(text),
            Cow::Owned(_) => None,
        };
        let (name, unresolved) = self.qualify_again(name);
        // Kept when resolved: `prefix` is the text up to the name, its `.`
        // included.
        if let Some(text) = written.filter(|_| !unresolved && !name.namespace().is_empty()) {
            let prefix_len = text.len() - name.name().len();
            if let Some(prefix) = text.get(..prefix_len) {
                self.last_namespace = Some((prefix, name.namespace_cow().clone()));
            }
        }
        (name, unresolved)
    }

    /// [`Parser::qualify`] without the namespace kept.
    fn qualify_again(&self, name: Cow<'a, str>) -> (TypeName<'a>, bool) {
        let mut name = TypeName::from_cow(name);
        if name.is_edm() || name.namespace().is_empty() {
            return (name, false);
        }
        if let Some(full) = alias_of(&self.aliases, name.namespace()) {
            let full = full.clone();
            name.set_namespace(full);
            return (name, false);
        }
        let known = self
            .metadata
            .namespaces
            .iter()
            .any(|n| n.name == name.namespace());
        (name, !known)
    }

    fn type_ref(&mut self, text: Cow<'a, str>) -> (TypeRef<'a>, bool) {
        let (collection, name) = match text {
            Cow::Borrowed(text) => match collection_element(text) {
                Some(inner) => (true, Cow::Borrowed(inner)),
                None => (false, Cow::Borrowed(text)),
            },
            Cow::Owned(text) => match collection_element(&text) {
                Some(inner) => (true, Cow::Owned(inner.to_owned())),
                None => (false, Cow::Owned(text)),
            },
        };
        let (name, unresolved) = self.qualify(name);
        (TypeRef { collection, name }, unresolved)
    }

    fn finish(mut self) -> Result<Metadata<'a>, ParseError> {
        // Aliases are all known now: qualify the names read before theirs.
        for slot in std::mem::take(&mut self.unresolved) {
            let metadata = &mut self.metadata;
            let name = match slot {
                Unresolved::Base(t) => metadata.structured.get_mut(t).and_then(|t| t.base.as_mut()),
                Unresolved::Property(t, p) => metadata
                    .structured
                    .get_mut(t)
                    .and_then(|t| t.properties.get_mut(p))
                    .map(|p| &mut p.ty.name),
                Unresolved::Navigation(t, n) => metadata
                    .structured
                    .get_mut(t)
                    .and_then(|t| t.navigation.get_mut(n))
                    .map(|n| &mut n.ty.name),
                Unresolved::EntitySet(s) => metadata.entity_sets.get_mut(s).map(|s| &mut s.entity_type),
                Unresolved::Singleton(s) => metadata.singletons.get_mut(s).map(|s| &mut s.ty),
            };
            if let Some(name) = name {
                if let Some(full) = alias_of(&self.aliases, name.namespace()) {
                    let full = full.clone();
                    name.set_namespace(full);
                }
            }
        }
        let bases = self.check_references()?;
        // The derived types grouped by base type (a counting sort: two
        // vectors, not one per base type).
        let mut start = vec![0usize; bases.len() + 1];
        for base in bases.iter().flatten() {
            if let Some(count) = start.get_mut(base + 1) {
                *count += 1;
            }
        }
        for i in 1..start.len() {
            let before = start.get(i - 1).copied().unwrap_or_default();
            if let Some(at) = start.get_mut(i) {
                *at += before;
            }
        }
        let mut next = start.clone();
        let mut derived = vec![0usize; start.last().copied().unwrap_or_default()];
        for (i, base) in bases.iter().enumerate() {
            let Some(next) = base.and_then(|base| next.get_mut(base)) else {
                continue;
            };
            if let Some(slot) = derived.get_mut(*next) {
                *slot = i;
            }
            *next += 1;
        }
        self.metadata.derived = derived;
        self.metadata.derived_start = start;

        for pending in std::mem::take(&mut self.pending) {
            if let Some(target) = self.resolve_target(&pending.target) {
                apply_to(&mut self.metadata, target, pending.term, pending.value);
            }
        }
        self.metadata.counts = count(&self.metadata);
        Ok(self.metadata)
    }

    /// Checks that every type a type, property, navigation property, entity
    /// set or singleton names is declared (and of the right kind), and that
    /// no type derives from itself; the index of each type's base type.
    fn check_references(&self) -> Result<Vec<Option<usize>>, ParseError> {
        let metadata = &self.metadata;
        let bases: Vec<Option<TypeIndex>> = metadata
            .structured
            .iter()
            .map(|ty| ty.base.as_ref().and_then(|base| metadata.find(base)))
            .collect();
        let structured_base = |i: usize| match bases.get(i) {
            Some(Some(TypeIndex::Structured(b))) => Some(*b),
            _ => None,
        };
        let known = |name: &TypeName<'_>| name.is_edm() || metadata.find(name).is_some();
        for (i, ty) in metadata.structured.iter().enumerate() {
            if let Some(base) = &ty.base {
                match bases.get(i).copied().flatten() {
                    None => {
                        return Err(self.error(
                            ty.at,
                            format!("base type `{base}` of `{}` is not declared", ty.name),
                        ))
                    }
                    Some(TypeIndex::Structured(b)) => {
                        let base_kind = metadata.structured.get(b).map(|b| b.kind);
                        if base_kind != Some(ty.kind) {
                            return Err(self.error(
                                ty.at,
                                format!("base type `{base}` of `{}` is not of the same kind", ty.name),
                            ));
                        }
                    }
                    Some(TypeIndex::Enum(_)) => {
                        return Err(self.error(
                            ty.at,
                            format!("base type `{base}` of `{}` is an enum type", ty.name),
                        ))
                    }
                }
            }
            // A base type cycle would make every inheritance walk endless.
            let mut seen = 0usize;
            let mut current = structured_base(i);
            while let Some(b) = current {
                if b == i || seen > metadata.structured.len() {
                    return Err(self.error(ty.at, format!("`{}` derives from itself", ty.name)));
                }
                seen += 1;
                current = structured_base(b);
            }
            for property in &ty.properties {
                if !known(&property.ty.name) {
                    return Err(self.error(
                        property.at,
                        format!(
                            "type `{}` of property `{}` of `{}` is not declared",
                            property.ty.name, property.name, ty.name
                        ),
                    ));
                }
            }
            for navigation in &ty.navigation {
                let target = metadata.find(&navigation.ty.name);
                let is_entity = matches!(target, Some(TypeIndex::Structured(t)) if metadata.structured.get(t).is_some_and(|t| t.kind == Kind::Entity));
                if !is_entity {
                    return Err(self.error(
                        navigation.at,
                        format!(
                            "entity type `{}` of navigation property `{}` of `{}` is not declared",
                            navigation.ty.name, navigation.name, ty.name
                        ),
                    ));
                }
            }
        }
        let roots = metadata
            .entity_sets
            .iter()
            .map(|s| (&s.name, &s.entity_type, "entity set"))
            .chain(metadata.singletons.iter().map(|s| (&s.name, &s.ty, "singleton")));
        for ((name, ty, what), at) in roots.zip(&self.container_at) {
            if !matches!(metadata.find(ty), Some(TypeIndex::Structured(_))) {
                return Err(self.error(
                    *at,
                    format!("entity type `{ty}` of {what} `{name}` is not declared"),
                ));
            }
        }
        Ok((0..bases.len()).map(structured_base).collect())
    }

    /// The type, property, navigation property, enum type or member that
    /// an `Annotations` target names. Graph's targets come grouped by type
    /// and in declaration order: the type of the last target is kept, and
    /// a member is searched for from the one after the last found.
    fn resolve_target(&mut self, target: &str) -> Option<Target> {
        let (type_name, member) = match memchr::memchr(b'/', target.as_bytes()) {
            Some(slash) => (target.get(..slash)?, Some(target.get(slash + 1..)?)),
            None => (target, None),
        };
        let found = match self.last_target {
            (ref name, Some(found)) if name == type_name => found,
            _ => {
                let mut name = TypeName::parse(type_name);
                if let Some(full) = alias_of(&self.aliases, name.namespace()) {
                    name.set_namespace(Cow::Borrowed(full));
                }
                let found = self.metadata.find(&name)?;
                self.last_target.0.clear();
                self.last_target.0.push_str(type_name);
                self.last_target.1 = Some(found);
                self.member_cursor = (0, 0);
                found
            }
        };
        let Some(member) = member else {
            return Some(match found {
                TypeIndex::Structured(t) => Target::Type(t),
                TypeIndex::Enum(e) => Target::Enum(e),
            });
        };
        let member = member.as_bytes();
        match found {
            TypeIndex::Structured(t) => {
                let ty = self.metadata.structured.get(t)?;
                let cursor = &mut self.member_cursor;
                if let Some(p) =
                    search_from(&ty.properties, &mut cursor.0, |p| same(p.name.as_bytes(), member))
                {
                    return Some(Target::Property(t, p));
                }
                search_from(&ty.navigation, &mut cursor.1, |n| same(n.name.as_bytes(), member))
                    .map(|n| Target::Navigation(t, n))
            }
            TypeIndex::Enum(e) => {
                let members = &self.metadata.enums.get(e)?.members;
                search_from(members, &mut self.member_cursor.0, |m| {
                    same(m.name.as_bytes(), member)
                })
                .map(|m| Target::Member(e, m))
            }
        }
    }
}

/// The index of the first item that `matches`, searched from `*from` to
/// the end, then from the start; `*from` becomes the index after it.
fn search_from<T>(items: &[T], from: &mut usize, matches: impl Fn(&T) -> bool) -> Option<usize> {
    let start = (*from).min(items.len());
    let (before, after) = items.split_at(start);
    let found = match after.iter().position(&matches) {
        Some(i) => start + i,
        None => before.iter().position(&matches)?,
    };
    *from = found + 1;
    Some(found)
}

/// The element type name of `Collection(name)`.
fn collection_element(text: &str) -> Option<&str> {
    text.strip_prefix("Collection(")
        .and_then(|rest| rest.strip_suffix(')'))
}

fn apply_to<'a>(metadata: &mut Metadata<'a>, target: Target, term: Term, value: Option<Cow<'a, str>>) {
    match term {
        Term::Computed => {
            let on = value.as_deref().is_none_or(|v| v.trim() == "true");
            if let Target::Property(t, p) = target {
                if let Some(property) = metadata
                    .structured
                    .get_mut(t)
                    .and_then(|t| t.properties.get_mut(p))
                {
                    property.computed = on;
                }
            }
        }
        Term::Permissions => {
            let read_only = value.as_deref().is_some_and(|v| {
                v.split_whitespace()
                    .all(|member| member.rsplit_once('/').map_or(member, |(_, m)| m) == "Read")
                    && !v.trim().is_empty()
            });
            if let Target::Property(t, p) = target {
                if let Some(property) = metadata
                    .structured
                    .get_mut(t)
                    .and_then(|t| t.properties.get_mut(p))
                {
                    property.permissions_read = read_only;
                }
            }
        }
        Term::Description | Term::LongDescription => {
            let long = term == Term::LongDescription;
            // The boxed descriptions of a type or property, made on first use.
            fn slot<'d, 'a>(docs: &'d mut Option<Box<Docs<'a>>>, long: bool) -> &'d mut Option<Cow<'a, str>> {
                let docs = docs.get_or_insert_with(Box::default);
                if long {
                    &mut docs.long_description
                } else {
                    &mut docs.description
                }
            }
            let docs = |docs| slot(docs, long);
            let slot = match target {
                Target::Type(t) => metadata.structured.get_mut(t).map(|t| docs(&mut t.docs)),
                Target::Property(t, p) => metadata
                    .structured
                    .get_mut(t)
                    .and_then(|t| t.properties.get_mut(p))
                    .map(|p| docs(&mut p.docs)),
                Target::Navigation(t, n) if !long => metadata
                    .structured
                    .get_mut(t)
                    .and_then(|t| t.navigation.get_mut(n))
                    .map(|n| docs(&mut n.docs)),
                Target::Enum(e) if !long => metadata.enums.get_mut(e).map(|e| &mut e.description),
                Target::Member(e, m) if !long => metadata
                    .enums
                    .get_mut(e)
                    .and_then(|e| e.members.get_mut(m))
                    .map(|m| &mut m.description),
                _ => None,
            };
            if let Some(slot) = slot {
                *slot = value;
            }
        }
        Term::Other => {}
    }
}

fn count(metadata: &Metadata<'_>) -> Counts {
    let mut counts = metadata.counts;
    counts.computed = 0;
    counts.permissions_read = 0;
    counts.descriptions = 0;
    for ty in &metadata.structured {
        counts.descriptions += usize::from(ty.description().is_some());
        for property in &ty.properties {
            counts.computed += usize::from(property.computed);
            counts.permissions_read += usize::from(property.permissions_read);
            counts.descriptions += usize::from(property.description().is_some());
        }
        counts.descriptions += ty.navigation.iter().filter(|n| n.description().is_some()).count();
    }
    for ty in &metadata.enums {
        counts.descriptions += usize::from(ty.description.is_some());
        counts.descriptions += ty.members.iter().filter(|m| m.description.is_some()).count();
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Thirty-two bytes of every kind the value search meets.
    fn windows() -> Vec<[u8; 32]> {
        let mut windows = vec![[b'a'; 32], [b'"'; 32], [b'&'; 32], [0; 32], [0xff; 32]];
        for at in 0..32 {
            for byte in [b'"', b'\'', b'&', b'=', 0x80, 0xa2, 0xa6, 0x22 ^ 0x80] {
                let mut window = *b"Name=\"displayName\" Type=\"Edm.St\"";
                window[at] = byte;
                windows.push(window);
            }
        }
        windows
    }

    fn naive_bits(window: &[u8; 32], byte: u8) -> u32 {
        window
            .iter()
            .enumerate()
            .fold(0, |bits, (at, &b)| bits | u32::from(b == byte) << at)
    }

    #[test]
    fn value_bits_of_both_paths_are_the_bytes() {
        for window in windows() {
            for quote in [b'"', b'\''] {
                let expected = (naive_bits(&window, quote), naive_bits(&window, b'&'));
                assert_eq!(value_bits_words(&window, quote), expected, "{window:?}");
                assert_eq!(value_bits(&window, quote), expected, "{window:?}");
            }
        }
    }

    /// [`plain_attributes`] of `tag` (the text between `<` and `>`, the
    /// element's name `x`), reading `Name`, `Type` and `Nullable`.
    fn plain(tag: &str) -> Option<[Option<Cow<'_, str>>; 3]> {
        let names = const { Names::new([b"Name", b"Type", b"Nullable"]) };
        let mut out = [None, None, None];
        plain_attributes(tag, 0, tag.len(), 1, &names, &mut out)?;
        Some(out)
    }

    fn values<'t>(
        name: &'t str,
        ty: Option<&'t str>,
        nullable: Option<&'t str>,
    ) -> Option<[Option<Cow<'t, str>>; 3]> {
        Some([
            Some(Cow::Borrowed(name)),
            ty.map(Cow::Borrowed),
            nullable.map(Cow::Borrowed),
        ])
    }

    /// The namespace [`Parser::qualify`] keeps is forgotten when an alias
    /// is declared: `a.` means the namespace `a`, then the alias `a`.
    #[test]
    fn a_namespace_kept_is_forgotten_when_an_alias_is_declared() {
        let metadata = Metadata::parse(
            r#"<Edmx>
  <Schema Namespace="a"><ComplexType Name="x" /></Schema>
  <Schema Namespace="b"><ComplexType Name="t"><Property Name="p" Type="a.x" /><Property Name="e" Type="Edm.Int32" /></ComplexType></Schema>
  <Schema Namespace="c" Alias="a"><ComplexType Name="y" /><ComplexType Name="u"><Property Name="q" Type="a.y" /></ComplexType></Schema>
</Edmx>"#,
        )
        .unwrap();
        let names = |ty: &str| -> Vec<String> {
            metadata
                .structured_type(ty)
                .unwrap()
                .properties
                .iter()
                .map(|p| p.ty.name.to_string())
                .collect()
        };
        assert_eq!(names("b.t"), ["a.x", "Edm.Int32"]);
        assert_eq!(names("c.u"), ["c.y"]);
    }

    #[test]
    fn plain_attributes_read_plain_tags() {
        assert_eq!(
            plain(r#"x Name="a" Type="Edm.String""#),
            values("a", Some("Edm.String"), None)
        );
        assert_eq!(
            plain("x\n\tType='t'  Name=\"a\" Nullable=\"false\" "),
            values("a", Some("t"), Some("false"))
        );
        // Past the first thirty-two bytes of a value, with a reference.
        let long = format!("x Name=\"{}&amp;b\"", "a".repeat(40));
        let expected = format!("{}&b", "a".repeat(40));
        assert_eq!(plain(&long), Some([Some(Cow::Owned(expected)), None, None]));
        assert_eq!(
            plain(r#"x Name="a&lt;" Other="&amp;""#),
            Some([Some(Cow::Owned("a<".to_owned())), None, None])
        );
        // Names that start like a wanted one, prefixed names, long names.
        assert_eq!(
            plain(r#"x Names="b" NameX="c" Name="a""#),
            values("a", None, None)
        );
        assert_eq!(
            plain(r#"x edm:Name="a" aVeryLongAttributeName.WithDots="1""#),
            values("a", None, None)
        );
        assert_eq!(
            plain(r#"x Type="a'b" Name='c"d'"#),
            values("c\"d", Some("a'b"), None)
        );
    }

    #[test]
    fn plain_attributes_leave_other_tags_to_quick_xml() {
        for tag in [
            r#"x Name="a" Name="b""#,
            r#"x Name="a" y:z="1" y:z="2""#,
            r#"x Name = "a""#,
            r#"x Name="a"Type="b""#,
            r#"x Name=a"#,
            r#"x Name="a"#,
            r#"x Name="&bogus;""#,
            r#"x N<ame="a""#,
            r#"x ="a""#,
            r#"x a:b:c="a""#,
        ] {
            assert_eq!(plain(tag), None, "{tag}");
        }
        // A quote past the tag's end is not the tag's.
        let text = r#"x Name="a>" "#;
        let names = const { Names::new([b"Name", b"Type", b"Nullable"]) };
        let mut out = [None, None, None];
        assert_eq!(plain_attributes(text, 0, 9, 1, &names, &mut out), None);
    }
}
