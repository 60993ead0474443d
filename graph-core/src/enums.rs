//! The [`GraphEnum`] trait: Graph enumeration types.

/// A Graph enumeration type: members written as camelCase strings.
///
/// Implemented by `#[derive(GraphEnum)]`, which also implements
/// [`serde::Serialize`] and [`serde::Deserialize`]. A flag enum
/// (`#[graph(flags)]`, see [`FlagEnum`](crate::FlagEnum)) is still written
/// one member at a time; a set of its members is a
/// [`Flags`](crate::Flags).
///
/// ```
/// use graph_core::GraphEnum;
///
/// #[derive(Debug, Clone, PartialEq, GraphEnum)]
/// pub enum ComplianceStatus {
///     Unknown,
///     NotApplicable,
///     #[graph(rename = "nonCompliant")]
///     NonCompliant,
///     #[graph(other)]
///     Other(String),
/// }
///
/// assert_eq!(ComplianceStatus::NotApplicable.as_str(), "notApplicable");
/// assert_eq!(ComplianceStatus::from_member("nonCompliant"), Some(ComplianceStatus::NonCompliant));
/// assert_eq!(ComplianceStatus::MEMBERS, ["unknown", "notApplicable", "nonCompliant"]);
/// let later: ComplianceStatus = serde_json::from_str("\"inGracePeriod\"").unwrap();
/// assert_eq!(later, ComplianceStatus::Other("inGracePeriod".into()));
/// assert_eq!(serde_json::to_string(&later).unwrap(), "\"inGracePeriod\"");
/// ```
pub trait GraphEnum: Sized {
    /// The Rust name of the enum, used in error messages.
    const NAME: &'static str;

    /// The wire names of the members this enum lists, in declaration order.
    const MEMBERS: &'static [&'static str];

    /// The wire name of this value; for an unknown member kept by a unit
    /// `other` variant, the empty string.
    fn as_str(&self) -> &str;

    /// The listed member with this wire name, if any (never the `other`
    /// variant).
    fn from_member(name: &str) -> Option<Self>;
}
