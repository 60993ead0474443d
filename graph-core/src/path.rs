//! URL path templates: checked once, rendered with percent-encoded values.

use std::borrow::Cow;
use std::fmt;

#[doc(hidden)]
pub mod syntax;

pub use syntax::SyntaxError;

/// One segment of a [`PathTemplate`].
///
/// ```
/// use graph_core::{PathTemplate, Segment};
/// let template = PathTemplate::parse("/deviceManagement/{id}").unwrap();
/// assert_eq!(template.segments()[1], Segment::Param("id".into()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// Literal text, copied as is.
    Literal(Cow<'static, str>),
    /// A placeholder, by name, filled with one percent-encoded value.
    Param(Cow<'static, str>),
}

/// A URL path template below the version root, such as
/// `/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}`.
///
/// The derive checks every `#[graph(path = "...")]` at compile time and
/// stores it pre-split in `GraphEntity::PATHS`; [`PathTemplate::parse`] does
/// the same check at run time.
///
/// ```
/// use graph_core::PathTemplate;
/// let template = PathTemplate::parse("/deviceManagement/deviceCategories/{deviceCategoryId}").unwrap();
/// assert_eq!(template.as_str(), "/deviceManagement/deviceCategories/{deviceCategoryId}");
/// assert_eq!(template.params().collect::<Vec<_>>(), ["deviceCategoryId"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PathTemplate {
    text: Cow<'static, str>,
    segments: Cow<'static, [Segment]>,
}

impl PathTemplate {
    /// Parses and checks a template.
    ///
    /// ```
    /// use graph_core::PathTemplate;
    /// let error = PathTemplate::parse("/managedDevices/{managedDeviceId}/states{stateId}").unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     "placeholder in `states{stateId}` must be a whole segment; did you mean `/managedDevices/{managedDeviceId}/states/{stateId}`?",
    /// );
    /// ```
    pub fn parse(template: &str) -> Result<PathTemplate, SyntaxError> {
        let segments = syntax::parse(template)?
            .into_iter()
            .map(|piece| match piece {
                syntax::Piece::Literal(text) => Segment::Literal(Cow::Owned(text.to_owned())),
                syntax::Piece::Param(name) => Segment::Param(Cow::Owned(name.to_owned())),
            })
            .collect::<Vec<_>>();
        Ok(PathTemplate {
            text: Cow::Owned(template.to_owned()),
            segments: Cow::Owned(segments),
        })
    }

    #[doc(hidden)]
    pub const fn __from_static(text: &'static str, segments: &'static [Segment]) -> PathTemplate {
        PathTemplate {
            text: Cow::Borrowed(text),
            segments: Cow::Borrowed(segments),
        }
    }

    /// The template as written.
    ///
    /// ```
    /// let template = graph_core::PathTemplate::parse("/deviceManagement").unwrap();
    /// assert_eq!(template.as_str(), "/deviceManagement");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The segments, in order.
    ///
    /// ```
    /// let template = graph_core::PathTemplate::parse("/a/{b}").unwrap();
    /// assert_eq!(template.segments().len(), 2);
    /// ```
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The placeholder names, in order.
    ///
    /// ```
    /// let template = graph_core::PathTemplate::parse("/a/{aId}/b/{bId}").unwrap();
    /// assert_eq!(template.params().collect::<Vec<_>>(), ["aId", "bId"]);
    /// ```
    pub fn params(&self) -> impl Iterator<Item = &str> + '_ {
        self.segments.iter().filter_map(|segment| match segment {
            Segment::Param(name) => Some(&**name),
            Segment::Literal(_) => None,
        })
    }
}

impl fmt::Display for PathTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}
