//! Patches: what a PATCH request sends, field by field.

use serde::Serialize;

/// What a patch does to one property.
///
/// ```
/// use graph_core::Change;
///
/// let mut change = Change::Unchanged;
/// assert!(change.is_unchanged());
/// change = Change::Set("x");
/// assert_eq!(change, Change::Set("x"));
/// change = Change::Clear;
/// assert!(!change.is_unchanged());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub enum Change<T> {
    /// Not sent: the server keeps its value.
    #[default]
    Unchanged,
    /// Sent with this value.
    Set(T),
    /// Sent as `null`: the server clears the property.
    Clear,
    /// Sent as `new`, a complex value that replaces `old`: written in its
    /// body form, with `null` for every member (at any depth) that `old`
    /// had and `new` lacks, so that a service that merges complex values
    /// member by member (OData 4.01) clears them too. Made by
    /// [`changes_since`](crate::GraphEntity::changes_since) for fields
    /// whose values are `GraphEntity` types.
    Replace {
        /// The value sent.
        new: T,
        /// The value it replaces.
        old: T,
    },
}

impl<T> Change<T> {
    /// Whether the property is left out of the patch.
    ///
    /// ```
    /// assert!(graph_core::Change::<u8>::Unchanged.is_unchanged());
    /// ```
    #[inline]
    pub fn is_unchanged(&self) -> bool {
        matches!(self, Change::Unchanged)
    }

    /// The change from `old` to `new` of a property that is optional on the
    /// wire: `Set` when it differs and `new` is set, `Clear` when it went
    /// away.
    ///
    /// ```
    /// use graph_core::Change;
    /// assert_eq!(Change::between_options(&Some(2), &Some(1)), Change::Set(2));
    /// assert_eq!(Change::between_options(&None::<u8>, &Some(1)), Change::Clear);
    /// assert_eq!(Change::between_options(&Some(1), &Some(1)), Change::Unchanged);
    /// ```
    #[inline]
    pub fn between_options(new: &Option<T>, old: &Option<T>) -> Self
    where
        T: PartialEq + Clone,
    {
        if new == old {
            return Change::Unchanged;
        }
        match new {
            Some(value) => Change::Set(value.clone()),
            None => Change::Clear,
        }
    }

    /// The value this change sends, if it sends one (`Set` or `Replace`).
    ///
    /// ```
    /// use graph_core::Change;
    /// assert_eq!(Change::Set(1).value(), Some(&1));
    /// assert_eq!(Change::Replace { new: 2, old: 1 }.value(), Some(&2));
    /// assert_eq!(Change::<u8>::Clear.value(), None);
    /// ```
    #[inline]
    pub fn value(&self) -> Option<&T> {
        match self {
            Change::Set(value) | Change::Replace { new: value, .. } => Some(value),
            Change::Unchanged | Change::Clear => None,
        }
    }

    /// The change from `old` to `new` of an optional complex value: like
    /// [`between_options`](Self::between_options), but a value that
    /// replaces another one is a [`Change::Replace`] that remembers it.
    ///
    /// ```
    /// use graph_core::Change;
    /// assert_eq!(Change::replacing_options(&Some(2), &Some(1)), Change::Replace { new: 2, old: 1 });
    /// assert_eq!(Change::replacing_options(&Some(2), &None), Change::Set(2));
    /// assert_eq!(Change::replacing_options(&None::<u8>, &Some(1)), Change::Clear);
    /// ```
    #[inline]
    pub fn replacing_options(new: &Option<T>, old: &Option<T>) -> Self
    where
        T: PartialEq + Clone,
    {
        match (new, old) {
            (Some(new), Some(old)) => Change::replacing(new, old),
            _ => Change::between_options(new, old),
        }
    }

    /// The change from `old` to `new` of a required complex value.
    ///
    /// ```
    /// use graph_core::Change;
    /// assert_eq!(Change::replacing(&2, &1), Change::Replace { new: 2, old: 1 });
    /// assert_eq!(Change::replacing(&1, &1), Change::Unchanged);
    /// ```
    #[inline]
    pub fn replacing(new: &T, old: &T) -> Self
    where
        T: PartialEq + Clone,
    {
        if new == old {
            Change::Unchanged
        } else {
            Change::Replace {
                new: new.clone(),
                old: old.clone(),
            }
        }
    }

    /// The change from `old` to `new` of a required property.
    ///
    /// ```
    /// use graph_core::Change;
    /// assert_eq!(Change::between(&2, &1), Change::Set(2));
    /// assert_eq!(Change::between(&1, &1), Change::Unchanged);
    /// ```
    #[inline]
    pub fn between(new: &T, old: &T) -> Self
    where
        T: PartialEq + Clone,
    {
        if new == old {
            Change::Unchanged
        } else {
            Change::Set(new.clone())
        }
    }
}

/// A patch: the body of a PATCH request that sends only what changed.
///
/// Implemented by the patch type that `#[derive(GraphEntity)]` generates
/// (`<Type>Patch`, made by `Type::patch()` or
/// [`changes_since`](crate::GraphEntity::changes_since)).
///
/// ```
/// use graph_core::{GraphEntity, Patch};
///
/// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.deviceCategory", path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
/// pub struct DeviceCategory {
///     #[graph(key)]
///     pub id: Option<String>,
///     #[graph(etag)]
///     pub etag: Option<String>,
///     pub display_name: Option<String>,
///     pub description: Option<String>,
/// }
///
/// let old = DeviceCategory {
///     id: Some("1".into()),
///     etag: Some("W/\"7\"".into()),
///     display_name: Some("Phones".into()),
///     description: Some("All phones".into()),
/// };
/// let mut new = old.clone();
/// new.display_name = Some("Mobile phones".into());
/// new.description = None;
/// let patch = new.changes_since(&old);
/// assert!(!patch.is_empty());
/// assert_eq!(patch.if_match(), Some("W/\"7\""));
/// assert_eq!(
///     serde_json::to_string(&patch).unwrap(),
///     r##"{"@odata.type":"#microsoft.graph.deviceCategory","displayName":"Mobile phones","description":null}"##,
/// );
/// assert!(old.changes_since(&old).is_empty());
/// ```
pub trait Patch: Serialize {
    /// Whether the patch changes nothing (no property would be sent).
    fn is_empty(&self) -> bool;

    /// The etag to send as `If-Match`, if the patch carries one.
    fn if_match(&self) -> Option<&str>;

    /// Sets (or removes) the etag to send as `If-Match`.
    fn set_if_match(&mut self, etag: Option<String>);
}

#[cfg(test)]
mod tests {
    use super::Change;

    #[test]
    fn is_unchanged_holds_only_for_unchanged() {
        assert!(Change::<u8>::Unchanged.is_unchanged());
        assert!(!Change::Set(1).is_unchanged());
        assert!(!Change::<u8>::Clear.is_unchanged());
        assert!(!Change::Replace { new: 2, old: 1 }.is_unchanged());
    }

    #[test]
    fn value_is_what_set_and_replace_send() {
        assert_eq!(Change::Set(3).value(), Some(&3));
        assert_eq!(Change::Replace { new: 2, old: 1 }.value(), Some(&2));
        assert_eq!(Change::<u8>::Unchanged.value(), None);
        assert_eq!(Change::<u8>::Clear.value(), None);
    }

    #[test]
    fn between_options_sets_clears_or_keeps() {
        assert_eq!(Change::between_options(&Some(2), &Some(1)), Change::Set(2));
        assert_eq!(Change::between_options(&Some(2), &None), Change::Set(2));
        assert_eq!(Change::between_options(&None, &Some(1)), Change::Clear);
        assert_eq!(Change::between_options(&Some(1), &Some(1)), Change::Unchanged);
        assert_eq!(Change::<u8>::between_options(&None, &None), Change::Unchanged);
    }

    #[test]
    fn between_sets_only_a_different_value() {
        assert_eq!(Change::between(&2, &1), Change::Set(2));
        assert_eq!(Change::between(&1, &1), Change::Unchanged);
    }

    #[test]
    fn replacing_remembers_the_old_value() {
        assert_eq!(Change::replacing(&2, &1), Change::Replace { new: 2, old: 1 });
        assert_eq!(Change::replacing(&1, &1), Change::Unchanged);
    }

    #[test]
    fn replacing_options_replaces_only_a_value_that_was_there() {
        assert_eq!(
            Change::replacing_options(&Some(2), &Some(1)),
            Change::Replace { new: 2, old: 1 }
        );
        assert_eq!(Change::replacing_options(&Some(1), &Some(1)), Change::Unchanged);
        assert_eq!(Change::replacing_options(&Some(2), &None), Change::Set(2));
        assert_eq!(Change::replacing_options(&None, &Some(1)), Change::Clear);
        assert_eq!(Change::<u8>::replacing_options(&None, &None), Change::Unchanged);
    }
}
