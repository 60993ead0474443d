//! How flag enums find their members (not part of the API).
//!
//! graph-derive builds a table of each flag enum's members at compile time,
//! graph-core looks names up in it at run time: both must cut names into
//! the same words and mix them into the same key, so that lives here, in
//! the crate both depend on.

/// Up to this many bytes, a name's [`member_words`] and length hold every
/// byte of it: equal words and lengths mean equal names.
pub const EXACT_LEN: usize = 24;

/// A name's first, middle and last eight bytes (little-endian words); a
/// name shorter than eight bytes is one word padded with zeros, the other
/// two zero.
///
/// ```
/// use graph_path_syntax::member_key::member_words;
/// assert_eq!(member_words(b"none"), [u64::from_le_bytes(*b"none\0\0\0\0"), 0, 0]);
/// let [first, middle, last] = member_words(b"includeCompanyLogo");
/// assert_eq!(first.to_le_bytes(), *b"includeC");
/// assert_eq!(middle.to_le_bytes(), *b"deCompan");
/// assert_eq!(last.to_le_bytes(), *b"panyLogo");
/// ```
#[inline]
pub fn member_words(name: &[u8]) -> [u64; 3] {
    match (name.first_chunk::<8>(), name.last_chunk::<8>()) {
        (Some(first), Some(last)) => {
            let middle = name
                .get(name.len() / 2 - 4..)
                .and_then(<[u8]>::first_chunk::<8>)
                .map_or(0, |middle| u64::from_le_bytes(*middle));
            [u64::from_le_bytes(*first), middle, u64::from_le_bytes(*last)]
        }
        _ => [short_word(name), 0, 0],
    }
}

/// A name of fewer than eight bytes as one word, padded with zeros.
#[cold]
fn short_word(name: &[u8]) -> u64 {
    let mut padded = [0u8; 8];
    for (place, byte) in padded.iter_mut().zip(name) {
        *place = *byte;
    }
    u64::from_le_bytes(padded)
}

/// A name's words mixed into one key; a multiplier chosen by the derive
/// turns keys into table [`slot`]s. The length is left out: a slot holds
/// the words and the length of its member, and both are compared.
///
/// ```
/// use graph_path_syntax::member_key::{member_key, member_words};
/// let key = |name: &[u8]| member_key(member_words(name));
/// assert_ne!(key(b"includeCompanyLogo"), key(b"includeCompanyName"));
/// assert_eq!(key(b"a"), key(b"a\0"));
/// ```
#[inline]
pub fn member_key([first, middle, last]: [u64; 3]) -> u64 {
    first ^ middle.rotate_left(21) ^ last.rotate_left(42)
}

/// The slot of `key` in a table of `1 << bits` slots, for `multiplier`.
///
/// ```
/// use graph_path_syntax::member_key::slot;
/// assert_eq!(slot(u64::MAX, 1, 4), 15);
/// assert_eq!(slot(0, 12345, 4), 0);
/// ```
#[inline]
pub fn slot(key: u64, multiplier: u64, bits: u32) -> usize {
    (key.wrapping_mul(multiplier) >> (64 - bits)) as usize
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]

    use super::*;

    #[test]
    fn words_and_length_hold_every_byte_up_to_the_exact_length() {
        for len in 0..=EXACT_LEN {
            let base = vec![b'a'; len];
            let words = member_words(&base);
            for at in 0..len {
                let mut changed = base.clone();
                changed[at] = b'b';
                assert_ne!(member_words(&changed), words, "len {len}, byte {at}");
            }
        }
        // One byte more and byte 16 is in no word (they hold 0..8, 8..16
        // and 17..25).
        let base = vec![b'a'; EXACT_LEN + 1];
        let mut changed = base.clone();
        changed[16] = b'b';
        assert_eq!(member_words(&changed), member_words(&base));
    }

    #[test]
    fn keys_of_different_words_differ() {
        let key = |name: &[u8]| member_key(member_words(name));
        assert_ne!(key(b"abcdefgh"), key(b"abcdefgi"));
        assert_ne!(key(&[b'x'; 8]), key(b"xxxxxxxxy"));
        assert_eq!(member_words(b""), member_words(b"\0"));
    }

    #[test]
    fn slots_take_the_top_bits() {
        assert_eq!(slot(1 << 63, 1, 1), 1);
        assert_eq!(slot(1 << 62, 1, 1), 0);
        assert_eq!(slot(3, 1 << 62, 2), 3);
    }
}
