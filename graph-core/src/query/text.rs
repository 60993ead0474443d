//! The text of a filter: a single clause is written on the stack, and a
//! filter that outgrows it moves to one heap buffer that `and`, `or`, `not`
//! and lambdas keep appending to, so a chain of clauses allocates once.

use std::fmt;

/// How many bytes a clause keeps on the stack: room for most comparisons
/// (`operatingSystem eq 'Windows'`), while `Text` stays 64 bytes.
const INLINE: usize = 62;

/// The first allocation of a filter that outgrows the stack: room for a
/// few more clauses, so that the next `and`s rarely reallocate.
const HEAP_CAPACITY: usize = 256;

/// Filter text: on the stack while short, then in one `String`.
#[derive(Clone)]
pub(super) enum Text {
    Inline(Inline),
    Heap(String),
}

/// Up to [`INLINE`] bytes of UTF-8, written only from whole `&str`s.
#[derive(Clone, Copy)]
pub(super) struct Inline {
    len: u8,
    bytes: [u8; INLINE],
}

impl Inline {
    fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or_default();
        // Only whole `&str`s are copied in, so this never fails.
        std::str::from_utf8(bytes).unwrap_or_default()
    }

    /// Appends `text` if it fits; `false` (and nothing written) if not.
    fn push_str(&mut self, text: &str) -> bool {
        let start = usize::from(self.len);
        let end = start + text.len();
        match (self.bytes.get_mut(start..end), u8::try_from(end)) {
            (Some(slot), Ok(len)) => {
                slot.copy_from_slice(text.as_bytes());
                self.len = len;
                true
            }
            _ => false,
        }
    }
}

impl Text {
    /// No text.
    pub(super) fn new() -> Text {
        Text::Inline(Inline {
            len: 0,
            bytes: [0; INLINE],
        })
    }

    /// `text`, copied.
    pub(super) fn from_str(text: &str) -> Text {
        let mut out = Text::new();
        out.push_str(text);
        out
    }

    /// A `String`, kept as it is.
    pub(super) fn from_string(text: String) -> Text {
        Text::Heap(text)
    }

    pub(super) fn as_str(&self) -> &str {
        match self {
            Text::Inline(inline) => inline.as_str(),
            Text::Heap(heap) => heap,
        }
    }

    pub(super) fn len(&self) -> usize {
        match self {
            Text::Inline(inline) => usize::from(inline.len),
            Text::Heap(heap) => heap.len(),
        }
    }

    /// Appends `text`, moving to the heap when the stack is full; `extra`
    /// is what the caller knows will follow, for the first allocation.
    pub(super) fn push_str_then(&mut self, text: &str, extra: usize) {
        match self {
            Text::Heap(heap) => heap.push_str(text),
            Text::Inline(inline) => {
                if !inline.push_str(text) {
                    let needed = usize::from(inline.len) + text.len() + extra;
                    let mut heap = String::with_capacity(HEAP_CAPACITY.max(2 * needed));
                    heap.push_str(inline.as_str());
                    heap.push_str(text);
                    *self = Text::Heap(heap);
                }
            }
        }
    }

    pub(super) fn push_str(&mut self, text: &str) {
        self.push_str_then(text, 0);
    }

    pub(super) fn push(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }

    /// Makes room for `additional` more bytes on the heap if they will not
    /// fit on the stack, so that the appends that follow allocate at most
    /// once.
    pub(super) fn reserve(&mut self, additional: usize) {
        match self {
            Text::Heap(heap) => heap.reserve(additional),
            Text::Inline(inline) => {
                let needed = usize::from(inline.len) + additional;
                if needed > INLINE {
                    let mut heap = String::with_capacity(HEAP_CAPACITY.max(2 * needed));
                    heap.push_str(inline.as_str());
                    *self = Text::Heap(heap);
                }
            }
        }
    }

    /// `(text)`.
    pub(super) fn parenthesize(&mut self) {
        match self {
            Text::Heap(heap) => {
                heap.insert(0, '(');
                heap.push(')');
            }
            Text::Inline(_) => {
                let mut out = Text::new();
                out.reserve(self.len() + 2);
                out.push('(');
                out.push_str(self.as_str());
                out.push(')');
                *self = out;
            }
        }
    }

    pub(super) fn into_string(self) -> String {
        match self {
            Text::Inline(inline) => inline.as_str().to_owned(),
            Text::Heap(heap) => heap,
        }
    }
}

impl fmt::Write for Text {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.push_str(text);
        Ok(())
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_moves_to_the_heap_whole() {
        let mut text = Text::new();
        let piece = "é123456789";
        for _ in 0..5 {
            text.push_str(piece);
        }
        assert!(matches!(text, Text::Inline(_)));
        assert_eq!(text.len(), 55);
        text.push_str(piece);
        assert!(matches!(&text, Text::Heap(heap) if heap.capacity() >= HEAP_CAPACITY));
        assert_eq!(text.as_str(), piece.repeat(6));
        text.parenthesize();
        assert_eq!(text.as_str(), format!("({})", piece.repeat(6)));
        assert_eq!(text.into_string(), format!("({})", piece.repeat(6)));
    }

    #[test]
    fn text_fills_the_stack_exactly() {
        let mut text = Text::new();
        text.push_str(&"a".repeat(INLINE - 1));
        text.push('é');
        assert!(matches!(text, Text::Heap(_)));
        assert_eq!(text.as_str(), format!("{}é", "a".repeat(INLINE - 1)));
        let mut full = Text::from_str(&"b".repeat(INLINE - 2));
        full.parenthesize();
        assert!(matches!(full, Text::Inline(_)));
        assert_eq!(full.as_str(), format!("({})", "b".repeat(INLINE - 2)));
        assert_eq!(Text::from_str("x"), Text::from_string("x".to_owned()));
        assert_eq!(format!("{:?}", Text::from_str("a'b")), "\"a'b\"");
    }
}
