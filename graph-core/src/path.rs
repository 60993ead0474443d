//! URL path templates: checked once, rendered with percent-encoded values.

use std::borrow::Cow;
use std::fmt;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::entity::GraphEntity;

use graph_path_syntax as syntax;

pub use graph_path_syntax::SyntaxError;

/// The bytes a rendered value keeps as they are: RFC 3986 unreserved
/// characters (`A-Z a-z 0-9 - . _ ~`). Every other byte, including `/`, `?`,
/// `#`, `%`, space and each byte of a non-ASCII character, is percent-encoded.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

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

    /// Fills the placeholders in order and returns the path.
    ///
    /// Each value is one raw id, not an encoded one: it is percent-encoded
    /// once, as exactly one path segment, so `/`, `?`, `#`, `%`, space and
    /// every byte outside `A-Z a-z 0-9 - . _ ~` are encoded (non-ASCII as the
    /// bytes of its UTF-8 form). An id that already contains `%41` is sent as
    /// `%2541`, never decoded. Literal segments are copied as written.
    ///
    /// The number of values must match the number of placeholders, and no
    /// value may be empty, `.` or `..` (URLs resolve dot segments away, which
    /// would address another resource).
    ///
    /// ```
    /// use graph_core::{PathError, PathTemplate};
    ///
    /// let template = PathTemplate::parse("/deviceManagement/managedDevices/{managedDeviceId}").unwrap();
    /// assert_eq!(template.render(&["a/b c"]).unwrap(), "/deviceManagement/managedDevices/a%2Fb%20c");
    /// assert_eq!(template.render(&["é"]).unwrap(), "/deviceManagement/managedDevices/%C3%A9");
    /// assert_eq!(
    ///     template.render(&[".."]).unwrap_err().to_string(),
    ///     "value `..` for placeholder `{managedDeviceId}` is a dot segment, which URLs resolve away",
    /// );
    /// assert!(matches!(template.render(&[]), Err(PathError::WrongCount { expected: 1, given: 0, .. })));
    /// ```
    pub fn render(&self, values: &[&str]) -> Result<String, PathError> {
        let expected = self.params().count();
        if values.len() != expected {
            return Err(PathError::WrongCount {
                template: self.text.to_string(),
                expected,
                given: values.len(),
            });
        }
        for (name, value) in self.params().zip(values) {
            check_value(name, value)?;
        }
        if self.segments.is_empty() {
            return Ok(String::from("/"));
        }
        let mut path =
            String::with_capacity(self.text.len() + values.iter().map(|v| v.len() * 3).sum::<usize>());
        let mut values = values.iter();
        for segment in self.segments.iter() {
            path.push('/');
            match segment {
                Segment::Literal(text) => path.push_str(text),
                Segment::Param(_) => {
                    if let Some(value) = values.next() {
                        path.extend(utf8_percent_encode(value, SEGMENT));
                    }
                }
            }
        }
        Ok(path)
    }

    /// Whether the last segment is a placeholder: the template addresses one
    /// member of a collection, whose key fills that placeholder.
    ///
    /// ```
    /// use graph_core::PathTemplate;
    /// assert!(PathTemplate::parse("/deviceManagement/deviceCategories/{deviceCategoryId}").unwrap().ends_with_param());
    /// assert!(!PathTemplate::parse("/deviceManagement/reports").unwrap().ends_with_param());
    /// ```
    pub fn ends_with_param(&self) -> bool {
        matches!(self.segments.last(), Some(Segment::Param(_)))
    }

    /// The collection path of an item template: the template without its
    /// last segment, which must be a placeholder. This is where a create
    /// (`POST`) and a list (`GET`) go.
    ///
    /// ```
    /// use graph_core::PathTemplate;
    ///
    /// let item = PathTemplate::parse("/deviceManagement/embeddedSIMActivationCodePools/{poolId}/deviceStates/{stateId}").unwrap();
    /// let collection = item.collection().unwrap();
    /// assert_eq!(collection.as_str(), "/deviceManagement/embeddedSIMActivationCodePools/{poolId}/deviceStates");
    /// assert_eq!(collection.render(&["p 1"]).unwrap(), "/deviceManagement/embeddedSIMActivationCodePools/p%201/deviceStates");
    ///
    /// let singleton = PathTemplate::parse("/deviceManagement/reports").unwrap();
    /// assert_eq!(
    ///     singleton.collection().unwrap_err().to_string(),
    ///     "path template `/deviceManagement/reports` does not end with a placeholder, so it has no collection path",
    /// );
    /// ```
    pub fn collection(&self) -> Result<PathTemplate, PathError> {
        let no_collection = || PathError::NoCollection {
            template: self.text.to_string(),
        };
        if !self.ends_with_param() {
            return Err(no_collection());
        }
        let cut = self.text.rfind('/').ok_or_else(no_collection)?;
        let text = match &self.text {
            Cow::Borrowed(text) => Cow::Borrowed(text.get(..cut).ok_or_else(no_collection)?),
            Cow::Owned(text) => Cow::Owned(text.get(..cut).ok_or_else(no_collection)?.to_owned()),
        };
        let segments = match &self.segments {
            Cow::Borrowed(segments) => Cow::Borrowed(segments.split_last().ok_or_else(no_collection)?.1),
            Cow::Owned(segments) => Cow::Owned(segments.split_last().ok_or_else(no_collection)?.1.to_vec()),
        };
        let text = if text.is_empty() { Cow::Borrowed("/") } else { text };
        Ok(PathTemplate { text, segments })
    }

    /// Renders the path of one entity: the `parents` fill the placeholders in
    /// order, and the entity's key ([`GraphEntity::key`]) fills the last one.
    ///
    /// A template that does not end with a placeholder (a single-valued
    /// navigation such as `/mobileApps/{mobileAppId}/userStatuses/{statusId}/app`,
    /// or a singleton such as `/deviceManagement/reports`) does not hold the
    /// key: the `parents` then fill every placeholder. In the counts of a
    /// [`PathError::WrongCount`], the key is counted as the last value.
    ///
    /// ```
    /// use graph_core::{GraphEntity, PathTemplate};
    ///
    /// #[derive(Debug, Default, GraphEntity)]
    /// #[graph(
    ///     odata_type = "microsoft.graph.embeddedSIMDeviceState",
    ///     path = "/deviceManagement/embeddedSIMActivationCodePools/{embeddedSIMActivationCodePoolId}/deviceStates/{embeddedSIMDeviceStateId}",
    /// )]
    /// pub struct EmbeddedSimDeviceState {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    ///     pub device_name: Option<String>,
    /// }
    ///
    /// let state = EmbeddedSimDeviceState { id: Some("908884a3".into()), ..Default::default() };
    /// let template = PathTemplate::of::<EmbeddedSimDeviceState>(0).unwrap();
    /// assert_eq!(
    ///     template.render_item(&state, &["pool/1"]).unwrap(),
    ///     "/deviceManagement/embeddedSIMActivationCodePools/pool%2F1/deviceStates/908884a3",
    /// );
    /// assert_eq!(
    ///     template.render_item(&EmbeddedSimDeviceState::default(), &["pool"]).unwrap_err().to_string(),
    ///     "the entity has no key for placeholder `{embeddedSIMDeviceStateId}` of path template \
    ///      `/deviceManagement/embeddedSIMActivationCodePools/{embeddedSIMActivationCodePoolId}/deviceStates/{embeddedSIMDeviceStateId}`; \
    ///      set its key field",
    /// );
    /// ```
    pub fn render_item<T: GraphEntity>(&self, entity: &T, parents: &[&str]) -> Result<String, PathError> {
        self.render_with_key(entity.key().as_deref(), parents)
    }

    /// [`render_item`](Self::render_item) with the key given directly
    /// (`None` when the entity has none).
    pub(crate) fn render_with_key(&self, key: Option<&str>, parents: &[&str]) -> Result<String, PathError> {
        let Some(Segment::Param(name)) = self.segments.last() else {
            return self.render(parents);
        };
        let key = key.ok_or_else(|| PathError::MissingKey {
            template: self.text.to_string(),
            placeholder: name.to_string(),
        })?;
        let mut values = Vec::with_capacity(parents.len() + 1);
        values.extend_from_slice(parents);
        values.push(key);
        self.render(&values)
    }

    /// The template of `T` at `index` in `T::PATHS` (the order the
    /// `#[graph(path = "...")]` attributes are written in).
    ///
    /// ```
    /// use graph_core::{GraphEntity, PathTemplate};
    ///
    /// #[derive(Debug, Default, GraphEntity)]
    /// #[graph(
    ///     odata_type = "microsoft.graph.mobileApp",
    ///     path = "/deviceAppManagement/mobileApps/{mobileAppId}",
    ///     path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app",
    /// )]
    /// pub struct MobileApp {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    /// }
    ///
    /// assert_eq!(PathTemplate::of::<MobileApp>(1).unwrap().as_str(), "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app");
    /// assert_eq!(
    ///     PathTemplate::of::<MobileApp>(2).unwrap_err().to_string(),
    ///     "`microsoft.graph.mobileApp` has no path template at index 2 (it has 2)",
    /// );
    /// ```
    pub fn of<T: GraphEntity>(index: usize) -> Result<&'static PathTemplate, PathError> {
        T::PATHS.get(index).ok_or_else(|| PathError::NoTemplateAt {
            odata_type: T::ODATA_TYPE.to_owned(),
            index,
            count: T::PATHS.len(),
        })
    }

    /// The first template of `T` (in `T::PATHS` order) whose text contains
    /// `text`: a literal (`"userStatuses"`), a placeholder written with its
    /// braces (`"{userAppInstallStatusId}"`) or any piece of the template.
    ///
    /// ```
    /// use graph_core::{GraphEntity, PathTemplate};
    ///
    /// #[derive(Debug, Default, GraphEntity)]
    /// #[graph(
    ///     odata_type = "microsoft.graph.mobileApp",
    ///     path = "/deviceAppManagement/mobileApps/{mobileAppId}",
    ///     path = "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses/{mobileAppInstallStatusId}/app",
    /// )]
    /// pub struct MobileApp {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    /// }
    ///
    /// let template = PathTemplate::containing::<MobileApp>("/deviceStatuses/").unwrap();
    /// assert_eq!(template.render(&["app", "status"]).unwrap(), "/deviceAppManagement/mobileApps/app/deviceStatuses/status/app");
    /// assert_eq!(
    ///     PathTemplate::containing::<MobileApp>("userStatuses").unwrap_err().to_string(),
    ///     "`microsoft.graph.mobileApp` has no path template containing `userStatuses`",
    /// );
    /// ```
    pub fn containing<T: GraphEntity>(text: &str) -> Result<&'static PathTemplate, PathError> {
        T::PATHS
            .iter()
            .find(|template| template.as_str().contains(text))
            .ok_or_else(|| PathError::NoTemplateContaining {
                odata_type: T::ODATA_TYPE.to_owned(),
                text: text.to_owned(),
            })
    }
}

impl fmt::Display for PathTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Checks one value before it is rendered into the placeholder `name`.
fn check_value(name: &str, value: &str) -> Result<(), PathError> {
    match value {
        "" => Err(PathError::EmptyValue {
            placeholder: name.to_owned(),
        }),
        "." | ".." => Err(PathError::DotSegment {
            placeholder: name.to_owned(),
            value: value.to_owned(),
        }),
        _ => Ok(()),
    }
}

/// Why a path could not be rendered, or a template not found.
///
/// ```
/// use graph_core::{PathError, PathTemplate};
///
/// let template = PathTemplate::parse("/deviceManagement/deviceCategories/{deviceCategoryId}").unwrap();
/// let error = template.render(&[""]).unwrap_err();
/// assert_eq!(error, PathError::EmptyValue { placeholder: "deviceCategoryId".into() });
/// assert_eq!(error.to_string(), "empty value for placeholder `{deviceCategoryId}`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PathError {
    /// The number of values differs from the number of placeholders.
    WrongCount {
        /// The template, as written.
        template: String,
        /// How many placeholders it has.
        expected: usize,
        /// How many values were given.
        given: usize,
    },
    /// An empty value, which would leave an empty segment.
    EmptyValue {
        /// The placeholder name, without braces.
        placeholder: String,
    },
    /// `.` or `..`, which URLs resolve away as dot segments.
    DotSegment {
        /// The placeholder name, without braces.
        placeholder: String,
        /// The value given: `.` or `..`.
        value: String,
    },
    /// A collection path was asked of a template that does not end with a
    /// placeholder.
    NoCollection {
        /// The template, as written.
        template: String,
    },
    /// The key was needed to fill the last placeholder but the entity has none.
    MissingKey {
        /// The template, as written.
        template: String,
        /// The placeholder the key fills, without braces.
        placeholder: String,
    },
    /// No template at this index.
    NoTemplateAt {
        /// The OData type of the entity.
        odata_type: String,
        /// The index asked for.
        index: usize,
        /// How many templates the type has.
        count: usize,
    },
    /// No template contains this text.
    NoTemplateContaining {
        /// The OData type of the entity.
        odata_type: String,
        /// The text looked for.
        text: String,
    },
}

/// `1 value`, `2 values`.
fn values(count: usize) -> String {
    if count == 1 {
        String::from("1 value")
    } else {
        format!("{count} values")
    }
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PathError::WrongCount {
                template,
                expected,
                given,
            } => write!(f, "path template `{template}` takes {}, {given} given", values(*expected)),
            PathError::EmptyValue { placeholder } => write!(f, "empty value for placeholder `{{{placeholder}}}`"),
            PathError::DotSegment { placeholder, value } => write!(
                f,
                "value `{value}` for placeholder `{{{placeholder}}}` is a dot segment, which URLs resolve away"
            ),
            PathError::NoCollection { template } => write!(
                f,
                "path template `{template}` does not end with a placeholder, so it has no collection path"
            ),
            PathError::MissingKey { template, placeholder } => write!(
                f,
                "the entity has no key for placeholder `{{{placeholder}}}` of path template `{template}`; set its key field"
            ),
            PathError::NoTemplateAt {
                odata_type,
                count: 0,
                ..
            } => write!(f, "`{odata_type}` has no path templates"),
            PathError::NoTemplateAt {
                odata_type,
                index,
                count,
            } => write!(f, "`{odata_type}` has no path template at index {index} (it has {count})"),
            PathError::NoTemplateContaining { odata_type, text } => {
                write!(f, "`{odata_type}` has no path template containing `{text}`")
            }
        }
    }
}

impl std::error::Error for PathError {}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;

    const ITEM: &str = "/deviceManagement/embeddedSIMActivationCodePools/{poolId}/deviceStates/{stateId}";

    fn template(text: &str) -> PathTemplate {
        PathTemplate::parse(text).unwrap()
    }

    #[test]
    fn renders_values_as_single_encoded_segments() {
        let item = template(ITEM);
        let cases = [
            ("a b", "a%20b"),
            ("a/b", "a%2Fb"),
            ("50%", "50%25"),
            ("%41", "%2541"),
            ("é", "%C3%A9"),
            ("x?y#z", "x%3Fy%23z"),
            ("A-z.0_9~", "A-z.0_9~"),
            ("a+b&c=d;e", "a%2Bb%26c%3Dd%3Be"),
            ("'(x)'", "%27%28x%29%27"),
            ("...", "..."),
            ("日本", "%E6%97%A5%E6%9C%AC"),
            ("\u{0}\n", "%00%0A"),
        ];
        for (value, encoded) in cases {
            assert_eq!(
                item.render(&["p", value]).unwrap(),
                format!("/deviceManagement/embeddedSIMActivationCodePools/p/deviceStates/{encoded}"),
                "{value:?}"
            );
        }
    }

    #[test]
    fn refuses_empty_and_dot_values() {
        let item = template(ITEM);
        assert_eq!(
            item.render(&["", "s"]).unwrap_err(),
            PathError::EmptyValue {
                placeholder: "poolId".into()
            }
        );
        assert_eq!(
            item.render(&["p", "."]).unwrap_err().to_string(),
            "value `.` for placeholder `{stateId}` is a dot segment, which URLs resolve away"
        );
        assert_eq!(
            item.render(&["..", "s"]).unwrap_err().to_string(),
            "value `..` for placeholder `{poolId}` is a dot segment, which URLs resolve away"
        );
        assert_eq!(
            item.render(&["p", ""]).unwrap_err().to_string(),
            "empty value for placeholder `{stateId}`"
        );
    }

    #[test]
    fn refuses_the_wrong_number_of_values() {
        let item = template(ITEM);
        assert_eq!(
            item.render(&["p"]).unwrap_err().to_string(),
            format!("path template `{ITEM}` takes 2 values, 1 given")
        );
        assert_eq!(
            template("/a/{aId}").render(&["x", "y"]).unwrap_err().to_string(),
            "path template `/a/{aId}` takes 1 value, 2 given"
        );
        assert_eq!(
            template("/deviceManagement").render(&["x"]).unwrap_err(),
            PathError::WrongCount {
                template: "/deviceManagement".into(),
                expected: 0,
                given: 1
            }
        );
    }

    #[test]
    fn renders_templates_without_placeholders() {
        assert_eq!(
            template("/deviceManagement/reports").render(&[]).unwrap(),
            "/deviceManagement/reports"
        );
        assert_eq!(template("/").render(&[]).unwrap(), "/");
    }

    #[test]
    fn collection_drops_the_last_placeholder() {
        let collection = template(ITEM).collection().unwrap();
        assert_eq!(
            collection.as_str(),
            "/deviceManagement/embeddedSIMActivationCodePools/{poolId}/deviceStates"
        );
        assert_eq!(collection.params().collect::<Vec<_>>(), ["poolId"]);
        assert_eq!(
            collection,
            template("/deviceManagement/embeddedSIMActivationCodePools/{poolId}/deviceStates")
        );
        let root = template("/{id}").collection().unwrap();
        assert_eq!(root.as_str(), "/");
        assert_eq!(root.render(&[]).unwrap(), "/");
        assert_eq!(
            template("/a/{aId}/b").collection().unwrap_err().to_string(),
            "path template `/a/{aId}/b` does not end with a placeholder, so it has no collection path"
        );
    }

    #[test]
    fn collection_of_a_static_template_stays_borrowed() {
        static SEGMENTS: [Segment; 2] = [
            Segment::Literal(Cow::Borrowed("a")),
            Segment::Param(Cow::Borrowed("aId")),
        ];
        let item = PathTemplate::__from_static("/a/{aId}", &SEGMENTS);
        let collection = item.collection().unwrap();
        assert!(matches!(collection.text, Cow::Borrowed("/a")));
        assert!(matches!(collection.segments, Cow::Borrowed(_)));
        assert_eq!(collection.render(&[]).unwrap(), "/a");
    }

    #[test]
    fn key_fills_the_last_placeholder() {
        let item = template(ITEM);
        assert_eq!(
            item.render_with_key(Some("s/1"), &["p"]).unwrap(),
            "/deviceManagement/embeddedSIMActivationCodePools/p/deviceStates/s%2F1"
        );
        assert_eq!(
            item.render_with_key(None, &["p"]).unwrap_err(),
            PathError::MissingKey {
                template: ITEM.into(),
                placeholder: "stateId".into()
            }
        );
        assert_eq!(
            item.render_with_key(Some("s"), &[]).unwrap_err().to_string(),
            format!("path template `{ITEM}` takes 2 values, 1 given")
        );
        let navigation = template("/mobileApps/{mobileAppId}/userStatuses/{statusId}/app");
        assert_eq!(
            navigation.render_with_key(None, &["m", "s"]).unwrap(),
            "/mobileApps/m/userStatuses/s/app"
        );
    }

    #[test]
    fn messages_of_missing_templates() {
        let none = PathError::NoTemplateAt {
            odata_type: "microsoft.graph.x".into(),
            index: 0,
            count: 0,
        };
        assert_eq!(none.to_string(), "`microsoft.graph.x` has no path templates");
        let past = PathError::NoTemplateAt {
            odata_type: "microsoft.graph.x".into(),
            index: 3,
            count: 1,
        };
        assert_eq!(
            past.to_string(),
            "`microsoft.graph.x` has no path template at index 3 (it has 1)"
        );
        let text = PathError::NoTemplateContaining {
            odata_type: "microsoft.graph.x".into(),
            text: "y".into(),
        };
        assert_eq!(
            text.to_string(),
            "`microsoft.graph.x` has no path template containing `y`"
        );
    }

    #[test]
    fn segments_and_display_show_the_template() {
        let item = template("/a/{aId}/b");
        assert_eq!(
            item.segments(),
            [
                Segment::Literal(Cow::Borrowed("a")),
                Segment::Param(Cow::Borrowed("aId")),
                Segment::Literal(Cow::Borrowed("b")),
            ]
        );
        assert_eq!(item.to_string(), "/a/{aId}/b");
        assert_eq!(format!("<{item}>"), "</a/{aId}/b>");
    }
}
