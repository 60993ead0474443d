//! Edm.Binary: bytes written as base64.

use std::ops::{Deref, DerefMut};

use base64::engine::general_purpose::STANDARD;
use base64::{DecodeError, Engine};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::datetime::{Edm, Problem, StrVisitor, WireError};

/// An Edm.Binary value: bytes, written in JSON as standard, padded base64
/// (`+` and `/`, `=` padding), the form Graph sends.
///
/// Reading is strict: only canonical standard base64 is accepted, so every
/// value read is written back byte for byte.
///
/// ```
/// use graph_core::Binary;
///
/// let binary: Binary = serde_json::from_str(r#""SGVsbG8=""#).unwrap();
/// assert_eq!(binary.as_bytes(), b"Hello");
/// assert_eq!(serde_json::to_string(&binary).unwrap(), r#""SGVsbG8=""#);
///
/// let error = serde_json::from_str::<Binary>(r#""SGVsbG8""#).unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "invalid base64 in Binary value: invalid padding (pad with `=` to a multiple of 4 characters) at line 1 column 9",
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Binary(pub Vec<u8>);

impl Binary {
    /// Wraps bytes.
    ///
    /// ```
    /// let binary = graph_core::Binary::new(vec![1, 2, 3]);
    /// assert_eq!(binary.len(), 3);
    /// ```
    pub const fn new(bytes: Vec<u8>) -> Self {
        Binary(bytes)
    }

    /// The bytes.
    ///
    /// ```
    /// let binary = graph_core::Binary::from(&b"abc"[..]);
    /// assert_eq!(binary.as_bytes(), b"abc");
    /// ```
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The bytes, unwrapped.
    ///
    /// ```
    /// let binary = graph_core::Binary::from(vec![1, 2, 3]);
    /// assert_eq!(binary.into_inner(), vec![1, 2, 3]);
    /// ```
    pub fn into_inner(self) -> Vec<u8> {
        self.0
    }

    /// Reads standard, padded base64.
    ///
    /// ```
    /// use graph_core::Binary;
    ///
    /// assert_eq!(Binary::from_base64("AAEC/w==").unwrap().as_bytes(), [0, 1, 2, 255]);
    /// assert_eq!(
    ///     Binary::from_base64("AA!C").unwrap_err().to_string(),
    ///     "invalid base64 in Binary value: unexpected character `!` at offset 2",
    /// );
    /// ```
    pub fn from_base64(text: &str) -> Result<Self, WireError> {
        STANDARD
            .decode(text)
            .map(Binary)
            .map_err(|error| WireError::new(Edm::Binary, problem(error), ""))
    }

    /// Writes standard, padded base64.
    ///
    /// ```
    /// let binary = graph_core::Binary::from(vec![0, 1, 2, 255]);
    /// assert_eq!(binary.to_base64(), "AAEC/w==");
    /// ```
    pub fn to_base64(&self) -> String {
        STANDARD.encode(&self.0)
    }
}

/// The problem a base64 decoding error describes.
fn problem(error: DecodeError) -> Problem {
    match error {
        DecodeError::InvalidByte(offset, byte) => Problem::Base64Byte { offset, byte },
        DecodeError::InvalidLength(symbols) => Problem::Base64Length { symbols },
        DecodeError::InvalidLastSymbol(offset, byte) => Problem::Base64LastSymbol { offset, byte },
        DecodeError::InvalidPadding => Problem::Base64Padding,
    }
}

impl Deref for Binary {
    type Target = Vec<u8>;

    fn deref(&self) -> &Vec<u8> {
        &self.0
    }
}

impl DerefMut for Binary {
    fn deref_mut(&mut self) -> &mut Vec<u8> {
        &mut self.0
    }
}

impl AsRef<[u8]> for Binary {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl From<Vec<u8>> for Binary {
    fn from(bytes: Vec<u8>) -> Self {
        Binary(bytes)
    }
}

impl From<&[u8]> for Binary {
    fn from(bytes: &[u8]) -> Self {
        Binary(bytes.to_vec())
    }
}

impl<const N: usize> From<[u8; N]> for Binary {
    fn from(bytes: [u8; N]) -> Self {
        Binary(bytes.to_vec())
    }
}

impl From<Binary> for Vec<u8> {
    fn from(binary: Binary) -> Self {
        binary.0
    }
}

impl Serialize for Binary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_base64())
    }
}

impl<'de> Deserialize<'de> for Binary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(StrVisitor {
            expecting: "a base64 Binary string",
            parse: Binary::from_base64,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;

    fn error(text: &str) -> String {
        Binary::from_base64(text).unwrap_err().to_string()
    }

    #[test]
    fn round_trips() {
        for (text, bytes) in [
            ("", &b""[..]),
            ("AA==", &[0][..]),
            ("AAE=", &[0, 1][..]),
            ("AAEC", &[0, 1, 2][..]),
            ("SGVsbG8=", &b"Hello"[..]),
            ("+/+/", &[0xFB, 0xFF, 0xBF][..]),
        ] {
            let binary = Binary::from_base64(text).unwrap();
            assert_eq!(binary.as_bytes(), bytes);
            assert_eq!(binary.to_base64(), text);
            let json = format!("\"{text}\"");
            let read: Binary = serde_json::from_str(&json).unwrap();
            assert_eq!(read, binary);
            assert_eq!(serde_json::to_string(&read).unwrap(), json);
        }
    }

    #[test]
    fn conversions() {
        let mut binary = Binary::from(vec![1, 2]);
        binary.push(3);
        assert_eq!(binary.as_bytes(), [1, 2, 3]);
        assert_eq!(Binary::from([1, 2, 3]), binary);
        assert_eq!(Binary::from(&[1, 2, 3][..]), binary);
        assert_eq!(Vec::from(binary.clone()), vec![1, 2, 3]);
        assert_eq!(binary.as_ref(), [1, 2, 3]);
        assert_eq!(Binary::default().into_inner(), Vec::<u8>::new());
        assert_eq!(binary.clone().into_inner(), vec![1, 2, 3]);
        assert_eq!(*binary, vec![1, 2, 3]);
        assert_eq!(binary.len(), 3);
    }

    #[test]
    fn errors() {
        let prefix = "invalid base64 in Binary value:";
        let cases = [
            ("AA!C", "unexpected character `!` at offset 2"),
            ("AA C", "unexpected byte 0x20 at offset 2"),
            ("AAé=", "unexpected byte 0xC3 at offset 2"),
            ("-_-_", "unexpected character `-` at offset 0"),
            ("A=AA", "unexpected character `=` at offset 1"),
            ("AAAAA", "invalid length (5 symbols, the last group needs 2 to 4)"),
            ("AAAAA===", "unexpected character `=` at offset 5"),
            (
                "AB==",
                "non-canonical last character `B` at offset 1 (its unused bits must be zero)",
            ),
            (
                "AA",
                "invalid padding (pad with `=` to a multiple of 4 characters)",
            ),
            (
                "AA=",
                "invalid padding (pad with `=` to a multiple of 4 characters)",
            ),
        ];
        for (text, problem) in cases {
            assert_eq!(error(text), format!("{prefix} {problem}"), "{text}");
        }
    }

    #[test]
    fn serde_errors() {
        assert_eq!(
            serde_json::from_str::<Binary>(r#""AA!C""#)
                .unwrap_err()
                .to_string(),
            "invalid base64 in Binary value: unexpected character `!` at offset 2 at line 1 column 6",
        );
        assert_eq!(
            serde_json::from_str::<Binary>("[1,2]").unwrap_err().to_string(),
            "invalid type: sequence, expected a base64 Binary string at line 1 column 0",
        );
    }

    #[test]
    fn no_input_panics() {
        let valid = "SGVsbG8gd29ybGQ=";
        let bytes = valid.as_bytes();
        for end in 0..=bytes.len() {
            let _ = Binary::from_base64(&valid[..end]);
        }
        for index in 0..bytes.len() {
            for replacement in [b'=', b'A', b'/', b'-', b' '] {
                let mut mutated = bytes.to_vec();
                mutated[index] = replacement;
                let text = String::from_utf8(mutated).unwrap();
                if let Ok(binary) = Binary::from_base64(&text) {
                    assert_eq!(binary.to_base64(), text);
                }
            }
        }
    }
}
