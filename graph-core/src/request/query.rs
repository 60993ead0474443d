//! [`Query`]: OData query options, percent-encoded once.

use std::fmt;

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};

use crate::query::{join_order_by, join_selected, Expand, OrderBy, Selectable};

/// The bytes a query name or value keeps as they are: RFC 3986 unreserved
/// characters and the query characters `! $ ' ( ) * , / : ? @` that OData
/// expressions use (`$filter=startswith(displayName,'A')`). Space, `"`, `#`,
/// `%`, `&`, `+`, `;`, `=`, `<`, `>`, brackets, braces, `\`, `^`, `` ` ``,
/// `|`, controls and every non-ASCII byte are percent-encoded.
const QUERY: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'+')
    .add(b';')
    .add(b'<')
    .add(b'=')
    .add(b'>')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// OData query options (`$filter`, `$expand`, `$top`, ...), kept raw and
/// percent-encoded once when written.
///
/// Setting an option that is already set replaces its value (OData allows
/// each option once); options are written in the order first set.
///
/// ```
/// use graph_core::Query;
///
/// let query = Query::new()
///     .filter("startswith(deviceName,'DESKTOP A&B')")
///     .orderby("deviceName desc")
///     .top(10)
///     .count(true);
/// assert_eq!(
///     query.to_string(),
///     "$filter=startswith(deviceName,'DESKTOP%20A%26B')&$orderby=deviceName%20desc&$top=10&$count=true",
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    params: Vec<(String, String)>,
}

impl Query {
    /// No options.
    ///
    /// ```
    /// assert!(graph_core::Query::new().is_empty());
    /// ```
    pub fn new() -> Query {
        Query::default()
    }

    /// Sets any option or custom parameter, replacing its value if set.
    ///
    /// ```
    /// use graph_core::Query;
    /// let query = Query::new().param("$skiptoken", "a=b").param("$skiptoken", "c d");
    /// assert_eq!(query.to_string(), "$skiptoken=c%20d");
    /// ```
    pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> Query {
        self.set(name.into(), value.into());
        self
    }

    /// `$select`: the properties to return, comma-joined.
    ///
    /// ```
    /// use graph_core::Query;
    /// assert_eq!(Query::new().select(["id", "deviceName"]).to_string(), "$select=id,deviceName");
    /// ```
    pub fn select<I>(self, properties: I) -> Query
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        let mut joined = String::new();
        for property in properties {
            if !joined.is_empty() {
                joined.push(',');
            }
            joined.push_str(property.as_ref());
        }
        self.param("$select", joined)
    }

    /// `$expand`: the navigation properties to return inline.
    ///
    /// ```
    /// use graph_core::Query;
    /// assert_eq!(Query::new().expand("assignments($select=id)").to_string(), "$expand=assignments($select%3Did)");
    /// ```
    pub fn expand(self, expand: impl Into<String>) -> Query {
        self.param("$expand", expand)
    }

    /// `$filter`: an OData filter expression.
    ///
    /// ```
    /// use graph_core::Query;
    /// assert_eq!(Query::new().filter("state eq 'failed'").to_string(), "$filter=state%20eq%20'failed'");
    /// ```
    pub fn filter(self, filter: impl Into<String>) -> Query {
        self.param("$filter", filter)
    }

    /// `$orderby`: the properties to sort by, each optionally followed by
    /// ` asc` or ` desc`.
    ///
    /// ```
    /// use graph_core::Query;
    /// assert_eq!(Query::new().orderby("deviceName asc").to_string(), "$orderby=deviceName%20asc");
    /// ```
    pub fn orderby(self, orderby: impl Into<String>) -> Query {
        self.param("$orderby", orderby)
    }

    /// `$search`: a search expression, quotes included.
    ///
    /// ```
    /// use graph_core::Query;
    /// assert_eq!(Query::new().search("\"displayName:Joe\"").to_string(), "$search=%22displayName:Joe%22");
    /// ```
    pub fn search(self, search: impl Into<String>) -> Query {
        self.param("$search", search)
    }

    /// `$top`: the page size.
    ///
    /// ```
    /// assert_eq!(graph_core::Query::new().top(50).to_string(), "$top=50");
    /// ```
    pub fn top(self, top: u64) -> Query {
        self.param("$top", top.to_string())
    }

    /// `$skip`: how many items to skip.
    ///
    /// ```
    /// assert_eq!(graph_core::Query::new().skip(20).to_string(), "$skip=20");
    /// ```
    pub fn skip(self, skip: u64) -> Query {
        self.param("$skip", skip.to_string())
    }

    /// `$count`: whether pages carry `@odata.count`.
    ///
    /// ```
    /// assert_eq!(graph_core::Query::new().count(true).to_string(), "$count=true");
    /// ```
    pub fn count(self, count: bool) -> Query {
        self.param("$count", if count { "true" } else { "false" })
    }

    /// `$orderby` from typed keys, comma-joined.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// use graph_core::Query;
    /// let name: Property<(), String> = FieldPrefix::ROOT.property("deviceName");
    /// let synced: Property<(), chrono::NaiveDate> = FieldPrefix::ROOT.property("enrolledDate");
    /// let query = Query::new().order_by([synced.desc(), name.asc()]);
    /// assert_eq!(query.to_string(), "$orderby=enrolledDate%20desc,deviceName%20asc");
    /// ```
    pub fn order_by<E>(self, keys: impl IntoIterator<Item = OrderBy<E>>) -> Query {
        self.param("$orderby", join_order_by(keys))
    }

    /// `$select` from typed handles.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// use graph_core::Query;
    /// let id: Property<(), String> = FieldPrefix::ROOT.property("id");
    /// let version: Property<(), i32> = FieldPrefix::ROOT.property("version");
    /// assert_eq!(Query::new().select_fields(&[&id, &version]).to_string(), "$select=id,version");
    /// ```
    pub fn select_fields<E>(self, fields: &[&dyn Selectable<E>]) -> Query {
        self.param("$select", join_selected(fields))
    }

    /// Adds a typed `$expand` item (with its own `$filter`, `$orderby` and
    /// `$select`), after the items already set; `$expand` keeps its place
    /// among the options.
    ///
    /// ```
    /// use graph_core::query::{Nav, FieldPrefix, Property};
    /// use graph_core::Query;
    /// let users: Property<(), Vec<()>, Nav<()>> = FieldPrefix::ROOT.property("users");
    /// let category: Property<(), (), Nav<()>> = FieldPrefix::ROOT.property("deviceCategory");
    /// let id: Property<(), String> = FieldPrefix::ROOT.property("id");
    /// let query = Query::new().expand_field(users.expand().select(&[&id])).expand_field(category.expand());
    /// assert_eq!(query.to_string(), "$expand=users($select%3Did),deviceCategory");
    /// ```
    pub fn expand_field<E, X, V>(mut self, expand: Expand<E, X, V>) -> Query {
        match self.params.iter_mut().find(|(key, _)| key == "$expand") {
            Some((_, earlier)) => {
                earlier.push(',');
                expand.write_into(earlier);
            }
            None => {
                let mut text = String::new();
                expand.write_into(&mut text);
                self.params.push(("$expand".to_owned(), text));
            }
        }
        self
    }

    /// `$search` of one term, in the double quotes Graph requires (a `"` or
    /// `\` inside is escaped with `\`). A request with `$search` sends
    /// `ConsistencyLevel: eventual`.
    ///
    /// ```
    /// use graph_core::Query;
    /// assert_eq!(Query::new().search_term("displayName:Joe & \"Co\"").to_string(), "$search=%22displayName:Joe%20%26%20%5C%22Co%5C%22%22");
    /// ```
    pub fn search_term(self, term: &str) -> Query {
        let mut quoted = String::with_capacity(term.len() + 2);
        quoted.push('"');
        for c in term.chars() {
            if c == '"' || c == '\\' {
                quoted.push('\\');
            }
            quoted.push(c);
        }
        quoted.push('"');
        self.param("$search", quoted)
    }

    /// Whether Graph needs `ConsistencyLevel: eventual` for these options:
    /// `$count=true` or `$search` is set.
    ///
    /// ```
    /// use graph_core::Query;
    /// assert!(Query::new().count(true).needs_eventual_consistency());
    /// assert!(Query::new().search("\"a\"").needs_eventual_consistency());
    /// assert!(!Query::new().count(false).top(5).needs_eventual_consistency());
    /// ```
    pub fn needs_eventual_consistency(&self) -> bool {
        self.get("$count") == Some("true") || self.get("$search").is_some()
    }

    /// The raw value of an option, if set.
    ///
    /// ```
    /// let query = graph_core::Query::new().filter("a eq 'b c'");
    /// assert_eq!(query.get("$filter"), Some("a eq 'b c'"));
    /// assert_eq!(query.get("$top"), None);
    /// ```
    pub fn get(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// Removes an option; returns its raw value if it was set.
    ///
    /// ```
    /// let mut query = graph_core::Query::new().top(5);
    /// assert_eq!(query.remove("$top").as_deref(), Some("5"));
    /// assert!(query.is_empty());
    /// ```
    pub fn remove(&mut self, name: &str) -> Option<String> {
        let index = self.params.iter().position(|(key, _)| key == name)?;
        Some(self.params.remove(index).1)
    }

    /// Whether no option is set.
    ///
    /// ```
    /// assert!(!graph_core::Query::new().top(1).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.params.is_empty()
    }

    /// The raw names and values, in order.
    ///
    /// ```
    /// let query = graph_core::Query::new().top(1).skip(2);
    /// assert_eq!(query.iter().collect::<Vec<_>>(), [("$top", "1"), ("$skip", "2")]);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.params
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
    }

    fn set(&mut self, name: String, value: String) {
        match self.params.iter_mut().find(|(key, _)| *key == name) {
            Some(slot) => slot.1 = value,
            None => self.params.push((name, value)),
        }
    }

    /// Sets every option of `other`, in its order.
    pub(super) fn merge(&mut self, other: Query) {
        for (name, value) in other.params {
            self.set(name, value);
        }
    }
}

/// The query string, percent-encoded, without the leading `?`.
impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, (name, value)) in self.params.iter().enumerate() {
            if index > 0 {
                f.write_str("&")?;
            }
            write!(
                f,
                "{}={}",
                utf8_percent_encode(name, QUERY),
                utf8_percent_encode(value, QUERY)
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_encoding() {
        let query = Query::new()
            .param("$filter", "a b\"c#d%e&f+g;h<i=j>k[l\\m]n^o`p{q|r}s")
            .param("x y", "!$'()*,/:?@-._~");
        assert_eq!(
            query.to_string(),
            "$filter=a%20b%22c%23d%25e%26f%2Bg%3Bh%3Ci%3Dj%3Ek%5Bl%5Cm%5Dn%5Eo%60p%7Bq%7Cr%7Ds&x%20y=!$'()*,/:?@-._~"
        );
        assert_eq!(Query::new().select(Vec::<String>::new()).to_string(), "$select=");
        assert_eq!(Query::new().count(false).to_string(), "$count=false");
        assert_eq!(Query::new().to_string(), "");
    }

    #[test]
    fn search_terms_are_quoted_and_escaped() {
        let query = Query::new().search_term(r#"say "hi" \ bye"#);
        assert_eq!(query.get("$search"), Some(r#""say \"hi\" \\ bye""#));
        assert_eq!(Query::new().search_term("").get("$search"), Some(r#""""#));
        assert_eq!(Query::new().search("\"a\"").get("$search"), Some("\"a\""));
    }

    #[test]
    fn count_and_search_need_eventual_consistency() {
        assert!(!Query::new().needs_eventual_consistency());
        assert!(!Query::new().top(3).needs_eventual_consistency());
        assert!(!Query::new().count(false).needs_eventual_consistency());
        assert!(Query::new().count(true).needs_eventual_consistency());
        assert!(Query::new().search("x").needs_eventual_consistency());
        assert!(Query::new().count(false).search("x").needs_eventual_consistency());
    }

    #[test]
    fn get_iter_and_remove_see_the_params_in_order() {
        let mut query = Query::new().top(2).filter("a eq 1").top(5);
        assert_eq!(query.get("$top"), Some("5"));
        assert_eq!(query.get("$filter"), Some("a eq 1"));
        assert_eq!(query.get("$skip"), None);
        assert_eq!(
            query.iter().collect::<Vec<_>>(),
            [("$top", "5"), ("$filter", "a eq 1")]
        );
        assert_eq!(query.remove("$top"), Some("5".to_owned()));
        assert_eq!(query.remove("$top"), None);
        assert_eq!(query.iter().collect::<Vec<_>>(), [("$filter", "a eq 1")]);
        assert!(!query.is_empty());
        assert_eq!(query.remove("$filter"), Some("a eq 1".to_owned()));
        assert!(query.is_empty());
        assert_eq!(query.iter().count(), 0);
    }
}
