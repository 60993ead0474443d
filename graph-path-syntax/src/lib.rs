//! The grammar of URL path templates, shared by
//! [graph-derive](https://docs.rs/graph-derive) (which checks templates at
//! compile time) and [graph-core](https://docs.rs/graph-core) (which parses
//! them at run time).
//!
//! Depend on `graph-core`, not on this crate: `graph_core::PathTemplate` is
//! the type to use, and graph-core re-exports [`SyntaxError`]. This crate
//! has no dependencies so that the proc-macro crate can use it as well.
//!
//! ```
//! use graph_path_syntax::{parse, Piece};
//! assert_eq!(
//!     parse("/deviceManagement/managedDevices/{managedDeviceId}"),
//!     Ok(vec![
//!         Piece::Literal("deviceManagement"),
//!         Piece::Literal("managedDevices"),
//!         Piece::Param("managedDeviceId"),
//!     ]),
//! );
//! ```

#![deny(missing_docs)]
#![warn(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::fmt;

#[doc(hidden)]
pub mod member_key;

/// One segment of a template: literal text or a `{name}` placeholder.
///
/// ```
/// use graph_path_syntax::{parse, Piece};
/// assert_eq!(parse("/users/{userId}").unwrap()[1], Piece::Param("userId"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text copied into the path as is (`deviceManagement`).
    Literal(&'a str),
    /// A placeholder filled with one percent-encoded value (`{deviceId}`).
    Param(&'a str),
}

/// Why a template is not a valid path template.
///
/// ```
/// use graph_path_syntax::{parse, SyntaxError};
/// let error = parse("/users/{userId}/items/{userId}").unwrap_err();
/// assert_eq!(error, SyntaxError::DuplicatePlaceholder("userId".into()));
/// assert_eq!(
///     error.to_string(),
///     "placeholder `{userId}` appears twice in path template; give each placeholder its own name",
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxError {
    /// The template does not start with `/`.
    NoLeadingSlash,
    /// Two slashes in a row, or a slash at the end.
    EmptySegment,
    /// A character that has no place in a path template.
    ForbiddenChar(char),
    /// `{}` with nothing inside.
    EmptyPlaceholder,
    /// A placeholder whose name is not an identifier.
    BadPlaceholderName(String),
    /// A `{` or `}` that does not open or close a placeholder.
    UnbalancedBrace(String),
    /// The same placeholder name twice.
    DuplicatePlaceholder(String),
    /// A placeholder glued to other text in one segment, with the template
    /// that puts it in a segment of its own.
    GluedPlaceholder {
        /// The offending segment.
        segment: String,
        /// The template with every glued placeholder split off.
        suggestion: String,
    },
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SyntaxError::NoLeadingSlash => f.write_str("path template must start with `/`"),
            SyntaxError::EmptySegment => {
                f.write_str("path template has an empty segment (`//` or a trailing `/`)")
            }
            SyntaxError::ForbiddenChar(c) if c.is_whitespace() => {
                f.write_str("path template must not contain whitespace")
            }
            SyntaxError::ForbiddenChar(c) => {
                write!(f, "path template must not contain `{}`", c.escape_default())
            }
            SyntaxError::EmptyPlaceholder => {
                f.write_str("empty placeholder `{}` in path template; name it, as in `{deviceId}`")
            }
            SyntaxError::BadPlaceholderName(name) => {
                write!(f, "placeholder `{{{name}}}` must be an identifier")
            }
            SyntaxError::UnbalancedBrace(segment) => {
                write!(f, "unbalanced brace in path segment `{segment}`")
            }
            SyntaxError::DuplicatePlaceholder(name) => {
                write!(f, "placeholder `{{{name}}}` appears twice in path template; give each placeholder its own name")
            }
            SyntaxError::GluedPlaceholder { segment, suggestion } => write!(
                f,
                "placeholder in `{segment}` must be a whole segment; did you mean `{suggestion}`?"
            ),
        }
    }
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Splits a segment that mixes text and placeholders into whole segments
/// (`states{id}` becomes `states/{id}`).
fn split_glued(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len() + 4);
    for (i, c) in segment.char_indices() {
        if c == '{' && i > 0 && !out.ends_with('/') {
            out.push('/');
        }
        if i > 0 && out.ends_with('}') && c != '/' {
            out.push('/');
        }
        out.push(c);
    }
    out
}

/// Parses a template into its segments, borrowed from `template`.
///
/// A template starts with `/`; each segment is literal text or one whole
/// `{identifier}` placeholder; `?`, `#`, whitespace, control characters,
/// empty segments and repeated placeholder names are refused.
///
/// ```
/// use graph_path_syntax::{parse, Piece, SyntaxError};
/// assert_eq!(parse("/"), Ok(vec![]));
/// assert_eq!(parse("/me"), Ok(vec![Piece::Literal("me")]));
/// assert_eq!(parse("me"), Err(SyntaxError::NoLeadingSlash));
/// assert_eq!(parse("/me/"), Err(SyntaxError::EmptySegment));
/// ```
pub fn parse(template: &str) -> Result<Vec<Piece<'_>>, SyntaxError> {
    let rest = template.strip_prefix('/').ok_or(SyntaxError::NoLeadingSlash)?;
    if let Some(c) = template
        .chars()
        .find(|&c| c == '?' || c == '#' || c.is_whitespace() || c.is_control())
    {
        return Err(SyntaxError::ForbiddenChar(c));
    }
    let mut pieces = Vec::new();
    if rest.is_empty() {
        return Ok(pieces);
    }
    let mut glued = false;
    for segment in rest.split('/') {
        if segment.is_empty() {
            return Err(SyntaxError::EmptySegment);
        }
        let braces = segment.matches(['{', '}']).count();
        if braces == 0 {
            pieces.push(Piece::Literal(segment));
            continue;
        }
        match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) if braces == 2 => {
                if name.is_empty() {
                    return Err(SyntaxError::EmptyPlaceholder);
                }
                if !is_identifier(name) {
                    return Err(SyntaxError::BadPlaceholderName(name.to_owned()));
                }
                if pieces.contains(&Piece::Param(name)) {
                    return Err(SyntaxError::DuplicatePlaceholder(name.to_owned()));
                }
                pieces.push(Piece::Param(name));
            }
            _ => glued = true,
        }
    }
    if glued {
        let suggestion: Vec<String> = rest.split('/').map(split_glued).collect();
        let segment = rest
            .split('/')
            .find(|s| s.contains(['{', '}']) && split_glued(s) != *s)
            .unwrap_or(rest);
        let suggestion = format!("/{}", suggestion.join("/"));
        if suggestion == template {
            return Err(SyntaxError::UnbalancedBrace(segment.to_owned()));
        }
        parse(&suggestion)?;
        return Err(SyntaxError::GluedPlaceholder {
            segment: segment.to_owned(),
            suggestion,
        });
    }
    Ok(pieces)
}

#[cfg(test)]
mod tests {
    use super::{parse, Piece, SyntaxError};

    fn error(template: &str) -> SyntaxError {
        match parse(template) {
            Ok(pieces) => unreachable!("{template} parsed as {pieces:?}"),
            Err(error) => error,
        }
    }

    #[test]
    fn parses_literals_and_placeholders() {
        assert_eq!(parse("/"), Ok(vec![]));
        assert_eq!(
            parse("/a/{_b1}/c/{d_E}"),
            Ok(vec![
                Piece::Literal("a"),
                Piece::Param("_b1"),
                Piece::Literal("c"),
                Piece::Param("d_E"),
            ])
        );
    }

    #[test]
    fn refuses_what_is_not_a_path() {
        assert_eq!(error(""), SyntaxError::NoLeadingSlash);
        assert_eq!(error("a/{b}"), SyntaxError::NoLeadingSlash);
        assert_eq!(error("/a//b"), SyntaxError::EmptySegment);
        assert_eq!(error("/a/"), SyntaxError::EmptySegment);
        for c in ['?', '#', ' ', '\u{7}', '\n'] {
            assert_eq!(error(&format!("/a{c}b")), SyntaxError::ForbiddenChar(c), "{c:?}");
        }
    }

    #[test]
    fn placeholders_are_whole_identifier_segments() {
        assert_eq!(error("/a/{}"), SyntaxError::EmptyPlaceholder);
        for name in ["1a", "a-b", "é", "a b"] {
            let expected = match name {
                "a b" => SyntaxError::ForbiddenChar(' '),
                _ => SyntaxError::BadPlaceholderName(name.to_owned()),
            };
            assert_eq!(error(&format!("/a/{{{name}}}")), expected, "{name}");
        }
        assert_eq!(
            error("/{a}/x/{a}"),
            SyntaxError::DuplicatePlaceholder("a".to_owned())
        );
    }

    #[test]
    fn glued_placeholders_get_a_suggestion() {
        let glued = |segment: &str, suggestion: &str| SyntaxError::GluedPlaceholder {
            segment: segment.to_owned(),
            suggestion: suggestion.to_owned(),
        };
        assert_eq!(error("/a{id}"), glued("a{id}", "/a/{id}"));
        assert_eq!(error("/{id}b"), glued("{id}b", "/{id}/b"));
        assert_eq!(error("/x/{a}{b}"), glued("{a}{b}", "/x/{a}/{b}"));
        assert_eq!(error("/{x}/a{y}/z"), glued("a{y}", "/{x}/a/{y}/z"));
        // The suggestion is checked: a glued placeholder that would repeat
        // a name is reported as the duplicate.
        assert_eq!(
            error("/{a}{a}"),
            SyntaxError::DuplicatePlaceholder("a".to_owned())
        );
    }

    #[test]
    fn unbalanced_braces_have_no_suggestion() {
        // With no glued segment to point at, the message names the whole path.
        assert_eq!(error("/a/{id"), SyntaxError::UnbalancedBrace("a/{id".to_owned()));
        assert_eq!(error("/id}"), SyntaxError::UnbalancedBrace("id}".to_owned()));
        assert_eq!(error("/{a}}"), SyntaxError::UnbalancedBrace("{a}/}".to_owned()));
    }

    #[test]
    fn messages() {
        let cases = [
            (SyntaxError::NoLeadingSlash, "path template must start with `/`"),
            (
                SyntaxError::EmptySegment,
                "path template has an empty segment (`//` or a trailing `/`)",
            ),
            (
                SyntaxError::ForbiddenChar(' '),
                "path template must not contain whitespace",
            ),
            (
                SyntaxError::ForbiddenChar('\n'),
                "path template must not contain whitespace",
            ),
            (
                SyntaxError::ForbiddenChar('?'),
                "path template must not contain `?`",
            ),
            (
                SyntaxError::ForbiddenChar('\u{7}'),
                "path template must not contain `\\u{7}`",
            ),
            (
                SyntaxError::EmptyPlaceholder,
                "empty placeholder `{}` in path template; name it, as in `{deviceId}`",
            ),
            (
                SyntaxError::BadPlaceholderName("1a".to_owned()),
                "placeholder `{1a}` must be an identifier",
            ),
            (
                SyntaxError::UnbalancedBrace("{id".to_owned()),
                "unbalanced brace in path segment `{id`",
            ),
            (
                SyntaxError::DuplicatePlaceholder("a".to_owned()),
                "placeholder `{a}` appears twice in path template; give each placeholder its own name",
            ),
            (
                SyntaxError::GluedPlaceholder {
                    segment: "a{id}".to_owned(),
                    suggestion: "/a/{id}".to_owned(),
                },
                "placeholder in `a{id}` must be a whole segment; did you mean `/a/{id}`?",
            ),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message);
        }
    }
}
