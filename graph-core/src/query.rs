//! Typed queries: [`Property`] handles from `T::fields()`, the [`Filter`]
//! expressions built on them, [`OrderBy`] keys and [`Expand`] items, and the
//! OData [`Literal`]s of their values.
//!
//! The derive gives every struct `T::fields()`: a struct with one handle per
//! property (navigation properties included), named like the Rust fields.
//! A handle knows the JSON name and the Rust type of its property, so a
//! filter only compiles with values of that type, and its text is written by
//! OData's rules (quotes doubled, date-times unquoted, enum members quoted).
//! The text is kept raw and percent-encoded once by [`Query`](crate::Query).
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use graph_core::{GraphEntity, GraphEnum, Query};
//!
//! #[derive(Debug, Clone, PartialEq, GraphEnum)]
//! pub enum ComplianceState { Compliant, Noncompliant }
//!
//! #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
//! #[graph(odata_type = "microsoft.graph.hardwareInformation", complex)]
//! pub struct HardwareInformation { pub serial_number: Option<String> }
//!
//! #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
//! #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
//! pub struct ManagedDevice {
//!     #[graph(key)]
//!     pub id: Option<String>,
//!     pub device_name: Option<String>,
//!     pub operating_system: Option<String>,
//!     pub last_sync_date_time: Option<chrono::DateTime<chrono::FixedOffset>>,
//!     pub compliance_state: Option<ComplianceState>,
//!     pub hardware_information: Option<HardwareInformation>,
//! }
//!
//! let f = ManagedDevice::fields();
//! let filter = f.operating_system.eq("Windows")
//!     .and(f.last_sync_date_time.lt(Utc.with_ymd_and_hms(2026, 10, 1, 0, 0, 0).unwrap()))
//!     .and(f.compliance_state.ne(ComplianceState::Compliant).or(f.device_name.starts_with("O'Brien")))
//!     .and(f.hardware_information.then(|h| h.serial_number).is_not_null());
//! assert_eq!(
//!     filter.as_str(),
//!     "operatingSystem eq 'Windows' and lastSyncDateTime lt 2026-10-01T00:00:00Z \
//!      and (complianceState ne 'compliant' or startswith(deviceName,'O''Brien')) \
//!      and hardwareInformation/serialNumber ne null",
//! );
//! let query = Query::new().filter(filter).order_by([f.device_name.asc()]).top(10);
//! assert!(query.to_string().starts_with("$filter=operatingSystem%20eq%20'Windows'%20and%20"));
//! ```

use std::borrow::Cow;
use std::fmt::Write as _;
use std::marker::PhantomData;

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone};

use crate::enums::GraphEnum;
use crate::flags::{FlagEnum, Flags};
use crate::wire::{format_date, format_time, push_datetime, Duration};

/// A struct with typed field handles: implemented by
/// `#[derive(GraphEntity)]` on structs with named fields and no generics,
/// which also add the inherent `T::fields()`.
///
/// ```
/// use graph_core::query::Queryable;
/// use graph_core::GraphEntity;
///
/// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.hardwareInformation", complex)]
/// pub struct HardwareInformation { pub serial_number: Option<String> }
///
/// fn serial<T: Queryable<Fields = HardwareInformationFields>>() -> String {
///     T::fields_at(graph_core::query::FieldPrefix::ROOT).serial_number.path().to_owned()
/// }
/// assert_eq!(serial::<HardwareInformation>(), "serialNumber");
/// ```
pub trait Queryable {
    /// The generated struct of handles, `<Name>Fields`.
    type Fields;

    /// The handles, their paths starting with `prefix`.
    fn fields_at(prefix: FieldPrefix<'_>) -> Self::Fields;
}

/// Where the handles of a struct start: at the root of a query, under a
/// property path (for [`Property::then`]) or under a lambda variable (for
/// [`Property::any`]).
///
/// ```
/// use graph_core::query::{FieldPrefix, Property};
/// let handle: Property<(), String> = FieldPrefix::ROOT.property("deviceName");
/// assert_eq!(handle.path(), "deviceName");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct FieldPrefix<'a> {
    path: Option<&'a str>,
    depth: u8,
}

impl FieldPrefix<'_> {
    /// The root of a query: handles named by their JSON name alone.
    pub const ROOT: FieldPrefix<'static> = FieldPrefix { path: None, depth: 0 };

    /// The handle of the property `name` under this prefix.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let handle: Property<(), i32> = FieldPrefix::ROOT.property("version");
    /// assert_eq!(handle.gt(2).as_str(), "version gt 2");
    /// ```
    pub fn property<E, V, K>(&self, name: &'static str) -> Property<E, V, K> {
        let path = match self.path {
            None => Cow::Borrowed(name),
            Some(prefix) => {
                let mut path = String::with_capacity(prefix.len() + 1 + name.len());
                path.push_str(prefix);
                path.push('/');
                path.push_str(name);
                Cow::Owned(path)
            }
        };
        Property {
            path,
            depth: self.depth,
            marker: PhantomData,
        }
    }
}

/// The kind of a plain property handle: filters, ordering, `$select`.
///
/// ```
/// use graph_core::query::{Data, FieldPrefix, Property};
/// let handle: Property<(), bool, Data> = FieldPrefix::ROOT.property("isEncrypted");
/// assert_eq!(handle.eq(true).as_str(), "isEncrypted eq true");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Data;

/// The kind of a navigation property handle, whose related entities are
/// `X`: it can also be expanded.
///
/// ```
/// use graph_core::query::{Nav, FieldPrefix, Property};
/// let handle: Property<(), Vec<()>, Nav<()>> = FieldPrefix::ROOT.property("assignments");
/// assert_eq!(handle.expand().to_string(), "assignments");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Nav<X>(PhantomData<fn() -> X>);

/// What a handle's type parameters stand for: no values are stored.
type Handle<E, V, K> = fn() -> (E, V, K);

/// A typed handle on a property of `E` whose values are `V` (the `T` of an
/// `Option<T>` field): the start of filters, ordering keys and selections.
///
/// ```
/// use graph_core::query::{FieldPrefix, Property};
/// let name: Property<(), String> = FieldPrefix::ROOT.property("displayName");
/// assert_eq!(name.eq("a'b").as_str(), "displayName eq 'a''b'");
/// assert_eq!(name.desc().as_str(), "displayName desc");
/// ```
#[derive(Debug, Clone)]
pub struct Property<E, V, K = Data> {
    path: Cow<'static, str>,
    depth: u8,
    marker: PhantomData<Handle<E, V, K>>,
}

impl<E, V, K> Property<E, V, K> {
    /// The property path: `deviceName`, `hardwareInformation/serialNumber`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let handle: Property<(), String> = FieldPrefix::ROOT.property("deviceName");
    /// assert_eq!(handle.path(), "deviceName");
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }

    /// A member of this complex (or single-valued navigation) property, as
    /// a path: `hardwareInformation/serialNumber`.
    ///
    /// ```
    /// use graph_core::GraphEntity;
    ///
    /// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.hardwareInformation", complex)]
    /// pub struct HardwareInformation { pub serial_number: Option<String> }
    ///
    /// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.managedDevice", path = "/deviceManagement/managedDevices/{managedDeviceId}")]
    /// pub struct ManagedDevice { #[graph(key)] pub id: Option<String>, pub hardware_information: Option<HardwareInformation> }
    ///
    /// let serial = ManagedDevice::fields().hardware_information.then(|h| h.serial_number);
    /// assert_eq!(serial.eq("SN#1").as_str(), "hardwareInformation/serialNumber eq 'SN#1'");
    /// ```
    pub fn then<W, L>(&self, member: impl FnOnce(V::Fields) -> Property<V, W, L>) -> Property<E, W, L>
    where
        V: Queryable,
    {
        let inner = member(V::fields_at(FieldPrefix {
            path: Some(&self.path),
            depth: self.depth,
        }));
        Property {
            path: inner.path,
            depth: self.depth,
            marker: PhantomData,
        }
    }

    fn compare<L: Literal<V>>(&self, op: &str, value: &L) -> Filter<E> {
        // Room for a few more clauses, so that `and`/`or` rarely reallocate.
        let mut text = String::with_capacity(FILTER_CAPACITY.max(self.path.len() + 32));
        text.push_str(&self.path);
        text.push(' ');
        text.push_str(op);
        text.push(' ');
        value.write_literal(&mut text);
        Filter::new(text, Prec::Compare)
    }

    /// `path eq value`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let name: Property<(), String> = FieldPrefix::ROOT.property("deviceName");
    /// assert_eq!(name.eq("A&B").as_str(), "deviceName eq 'A&B'");
    /// ```
    pub fn eq<L: Literal<V>>(&self, value: L) -> Filter<E> {
        self.compare("eq", &value)
    }

    /// `path ne value`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let count: Property<(), i64> = FieldPrefix::ROOT.property("errorCode");
    /// assert_eq!(count.ne(-1).as_str(), "errorCode ne -1");
    /// ```
    pub fn ne<L: Literal<V>>(&self, value: L) -> Filter<E> {
        self.compare("ne", &value)
    }

    /// `path gt value`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let version: Property<(), i32> = FieldPrefix::ROOT.property("version");
    /// assert_eq!(version.gt(2).as_str(), "version gt 2");
    /// ```
    pub fn gt<L: Literal<V>>(&self, value: L) -> Filter<E> {
        self.compare("gt", &value)
    }

    /// `path ge value`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let size: Property<(), f64> = FieldPrefix::ROOT.property("size");
    /// assert_eq!(size.ge(1.5).as_str(), "size ge 1.5");
    /// ```
    pub fn ge<L: Literal<V>>(&self, value: L) -> Filter<E> {
        self.compare("ge", &value)
    }

    /// `path lt value`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let date: Property<(), chrono::NaiveDate> = FieldPrefix::ROOT.property("expiry");
    /// let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
    /// assert_eq!(date.lt(day).as_str(), "expiry lt 2026-01-02");
    /// ```
    pub fn lt<L: Literal<V>>(&self, value: L) -> Filter<E> {
        self.compare("lt", &value)
    }

    /// `path le value`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let free: Property<(), i64> = FieldPrefix::ROOT.property("freeStorageSpaceInBytes");
    /// assert_eq!(free.le(1_000).as_str(), "freeStorageSpaceInBytes le 1000");
    /// ```
    pub fn le<L: Literal<V>>(&self, value: L) -> Filter<E> {
        self.compare("le", &value)
    }

    /// `path in (a,b,...)`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let os: Property<(), String> = FieldPrefix::ROOT.property("operatingSystem");
    /// assert_eq!(os.in_(["iOS", "Android"]).as_str(), "operatingSystem in ('iOS','Android')");
    /// ```
    pub fn in_<L: Literal<V>>(&self, values: impl IntoIterator<Item = L>) -> Filter<E> {
        let mut text = String::with_capacity(self.path.len() + 16);
        text.push_str(&self.path);
        text.push_str(" in (");
        for (index, value) in values.into_iter().enumerate() {
            if index > 0 {
                text.push(',');
            }
            value.write_literal(&mut text);
        }
        text.push(')');
        Filter::new(text, Prec::Compare)
    }

    /// `path eq null`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let os: Property<(), String> = FieldPrefix::ROOT.property("operatingSystem");
    /// assert_eq!(os.is_null().as_str(), "operatingSystem eq null");
    /// ```
    pub fn is_null(&self) -> Filter<E> {
        Filter::new(format!("{} eq null", self.path), Prec::Compare)
    }

    /// `path ne null`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let os: Property<(), String> = FieldPrefix::ROOT.property("operatingSystem");
    /// assert_eq!(os.is_not_null().as_str(), "operatingSystem ne null");
    /// ```
    pub fn is_not_null(&self) -> Filter<E> {
        Filter::new(format!("{} ne null", self.path), Prec::Compare)
    }

    /// An ascending `$orderby` key; only on properties with single values.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let name: Property<(), String> = FieldPrefix::ROOT.property("deviceName");
    /// assert_eq!(name.asc().as_str(), "deviceName asc");
    /// ```
    pub fn asc(&self) -> OrderBy<E>
    where
        V: Ordered,
    {
        OrderBy::new(format!("{} asc", self.path))
    }

    /// A descending `$orderby` key; only on properties with single values.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let name: Property<(), String> = FieldPrefix::ROOT.property("deviceName");
    /// assert_eq!(name.desc().as_str(), "deviceName desc");
    /// ```
    pub fn desc(&self) -> OrderBy<E>
    where
        V: Ordered,
    {
        OrderBy::new(format!("{} desc", self.path))
    }

    fn function(&self, name: &str, value: &impl Literal<String>) -> Filter<E> {
        let mut text = String::with_capacity(name.len() + self.path.len() + 16);
        text.push_str(name);
        text.push('(');
        text.push_str(&self.path);
        text.push(',');
        value.write_literal(&mut text);
        text.push(')');
        Filter::new(text, Prec::Primary)
    }

    fn lambda<X, F>(&self, name: &str, variable: F, body: Filter<X>) -> Filter<E>
    where
        F: FnOnce(&mut String),
    {
        let mut text = String::with_capacity(self.path.len() + body.text.len() + 12);
        text.push_str(&self.path);
        text.push('/');
        text.push_str(name);
        text.push('(');
        variable(&mut text);
        text.push(':');
        text.push_str(&body.text);
        text.push(')');
        Filter::new(text, Prec::Primary)
    }
}

/// The lambda variable of nesting level `depth`: `a`, `b`, ... `z`, `a26`.
fn write_variable(out: &mut String, depth: u8) {
    match (b'a'..=b'z').nth(usize::from(depth)) {
        Some(letter) => out.push(char::from(letter)),
        None => {
            let _ = write!(out, "a{depth}");
        }
    }
}

impl<E, K> Property<E, String, K> {
    /// `startswith(path,'value')`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let name: Property<(), String> = FieldPrefix::ROOT.property("deviceName");
    /// assert_eq!(name.starts_with("DESKTOP-").as_str(), "startswith(deviceName,'DESKTOP-')");
    /// ```
    pub fn starts_with(&self, value: impl Literal<String>) -> Filter<E> {
        self.function("startswith", &value)
    }

    /// `endswith(path,'value')`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let mail: Property<(), String> = FieldPrefix::ROOT.property("emailAddress");
    /// assert_eq!(mail.ends_with("@contoso.com").as_str(), "endswith(emailAddress,'@contoso.com')");
    /// ```
    pub fn ends_with(&self, value: impl Literal<String>) -> Filter<E> {
        self.function("endswith", &value)
    }

    /// `contains(path,'value')`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let name: Property<(), String> = FieldPrefix::ROOT.property("deviceName");
    /// assert_eq!(name.contains("lab").as_str(), "contains(deviceName,'lab')");
    /// ```
    pub fn contains(&self, value: impl Literal<String>) -> Filter<E> {
        self.function("contains", &value)
    }
}

impl<E, F: FlagEnum, K> Property<E, Flags<F>, K> {
    /// `path has 'member'` (or several members, `'a,b'`).
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// use graph_core::{FlagEnum, Flags, GraphEnum};
    ///
    /// #[derive(Debug, Clone, Copy, PartialEq, GraphEnum)]
    /// #[graph(flags)]
    /// pub enum Days { Monday, Tuesday }
    ///
    /// let days: Property<(), Flags<Days>> = FieldPrefix::ROOT.property("days");
    /// assert_eq!(days.has(Days::Tuesday).as_str(), "days has 'tuesday'");
    /// ```
    pub fn has(&self, value: impl Literal<Flags<F>>) -> Filter<E> {
        self.compare("has", &value)
    }
}

impl<E, X, K> Property<E, Vec<X>, K> {
    /// `path/any(a:...)`: some element of this collection of complex values
    /// or entities matches; the closure gets the element's handles.
    ///
    /// ```
    /// use graph_core::GraphEntity;
    ///
    /// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.settingSource", complex)]
    /// pub struct SettingSource { pub display_name: Option<String> }
    ///
    /// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.settingState", complex)]
    /// pub struct SettingState { pub sources: Option<Vec<SettingSource>> }
    ///
    /// let filter = SettingState::fields().sources.any(|s| s.display_name.eq("Policy"));
    /// assert_eq!(filter.as_str(), "sources/any(a:a/displayName eq 'Policy')");
    /// ```
    pub fn any(&self, condition: impl FnOnce(X::Fields) -> Filter<X>) -> Filter<E>
    where
        X: Queryable,
    {
        self.element_lambda("any", condition)
    }

    /// `path/all(a:...)`: every element of this collection matches.
    ///
    /// ```
    /// use graph_core::GraphEntity;
    ///
    /// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.settingSource", complex)]
    /// pub struct SettingSource { pub id: Option<String> }
    ///
    /// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.settingState", complex)]
    /// pub struct SettingState { pub sources: Option<Vec<SettingSource>> }
    ///
    /// let filter = SettingState::fields().sources.all(|s| s.id.ne("x"));
    /// assert_eq!(filter.as_str(), "sources/all(a:a/id ne 'x')");
    /// ```
    pub fn all(&self, condition: impl FnOnce(X::Fields) -> Filter<X>) -> Filter<E>
    where
        X: Queryable,
    {
        self.element_lambda("all", condition)
    }

    fn element_lambda(&self, name: &str, condition: impl FnOnce(X::Fields) -> Filter<X>) -> Filter<E>
    where
        X: Queryable,
    {
        let mut variable = String::new();
        write_variable(&mut variable, self.depth);
        let fields = X::fields_at(FieldPrefix {
            path: Some(&variable),
            depth: self.depth.saturating_add(1),
        });
        let body = condition(fields);
        self.lambda(name, |out| out.push_str(&variable), body)
    }

    /// `path/any(a:...)` on a collection of primitive values: the closure
    /// gets a handle on the element itself.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let tags: Property<(), Vec<String>> = FieldPrefix::ROOT.property("roleScopeTagIds");
    /// assert_eq!(tags.any_value(|t| t.eq("0")).as_str(), "roleScopeTagIds/any(a:a eq '0')");
    /// ```
    pub fn any_value(&self, condition: impl FnOnce(Property<X, X>) -> Filter<X>) -> Filter<E> {
        self.value_lambda("any", condition)
    }

    /// `path/all(a:...)` on a collection of primitive values.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let codes: Property<(), Vec<i32>> = FieldPrefix::ROOT.property("codes");
    /// assert_eq!(codes.all_values(|c| c.gt(0)).as_str(), "codes/all(a:a gt 0)");
    /// ```
    pub fn all_values(&self, condition: impl FnOnce(Property<X, X>) -> Filter<X>) -> Filter<E> {
        self.value_lambda("all", condition)
    }

    fn value_lambda(&self, name: &str, condition: impl FnOnce(Property<X, X>) -> Filter<X>) -> Filter<E> {
        let mut variable = String::new();
        write_variable(&mut variable, self.depth);
        let element = Property {
            path: Cow::Owned(variable.clone()),
            depth: self.depth.saturating_add(1),
            marker: PhantomData,
        };
        let body = condition(element);
        self.lambda(name, |out| out.push_str(&variable), body)
    }
}

impl<E, V, X> Property<E, V, Nav<X>> {
    /// An `$expand` item for this navigation property.
    ///
    /// ```
    /// use graph_core::GraphEntity;
    ///
    /// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.deviceConfigurationAssignment", path = "/deviceManagement/deviceConfigurations/{id}/assignments/{assignmentId}")]
    /// pub struct Assignment { #[graph(key)] pub id: Option<String>, pub intent: Option<String> }
    ///
    /// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
    /// #[graph(odata_type = "microsoft.graph.deviceConfiguration", path = "/deviceManagement/deviceConfigurations/{id}")]
    /// pub struct DeviceConfiguration {
    ///     #[graph(key)]
    ///     pub id: Option<String>,
    ///     #[graph(navigation)]
    ///     pub assignments: Option<Vec<Assignment>>,
    /// }
    ///
    /// let a = Assignment::fields();
    /// let expand = DeviceConfiguration::fields().assignments.expand().select(&[&a.id, &a.intent]);
    /// assert_eq!(expand.to_string(), "assignments($select=id,intent)");
    /// ```
    pub fn expand(&self) -> Expand<E, X> {
        Expand {
            text: self.path.to_string(),
            selected: false,
            marker: PhantomData,
        }
    }
}

/// A property that `$select` can name: any handle of `E`.
///
/// ```
/// use graph_core::query::{FieldPrefix, Property, Selectable};
/// let name: Property<(), String> = FieldPrefix::ROOT.property("deviceName");
/// let selected: &dyn Selectable<()> = &name;
/// assert_eq!(selected.selected_path(), "deviceName");
/// ```
pub trait Selectable<E> {
    /// The path written in `$select`.
    fn selected_path(&self) -> &str;
}

impl<E, V, K> Selectable<E> for Property<E, V, K> {
    fn selected_path(&self) -> &str {
        &self.path
    }
}

/// `a,b,c` of the selected handles.
pub(crate) fn join_selected<E>(fields: &[&dyn Selectable<E>]) -> String {
    let mut text = String::new();
    for (index, field) in fields.iter().enumerate() {
        if index > 0 {
            text.push(',');
        }
        text.push_str(field.selected_path());
    }
    text
}

/// An `$expand` item of `E` whose related entities are `X`, with its own
/// `$select`. Made by [`Property::expand`] on a navigation handle.
///
/// ```
/// use graph_core::query::{Expand, Nav, FieldPrefix, Property};
/// let users: Property<(), Vec<()>, Nav<()>> = FieldPrefix::ROOT.property("users");
/// let expand: Expand<(), ()> = users.expand();
/// assert_eq!(expand.to_string(), "users");
/// ```
#[derive(Debug, Clone)]
pub struct Expand<E, X> {
    text: String,
    selected: bool,
    marker: PhantomData<fn() -> (E, X)>,
}

impl<E, X> Expand<E, X> {
    /// The properties of the related entities to return:
    /// `assignments($select=id,intent)`.
    ///
    /// ```
    /// use graph_core::query::{Nav, FieldPrefix, Property};
    /// let users: Property<(), Vec<()>, Nav<()>> = FieldPrefix::ROOT.property("users");
    /// let id: Property<(), String> = FieldPrefix::ROOT.property("id");
    /// assert_eq!(users.expand().select(&[&id]).to_string(), "users($select=id)");
    /// ```
    pub fn select(mut self, fields: &[&dyn Selectable<X>]) -> Expand<E, X> {
        if !self.selected {
            self.text.push_str("($select=");
            self.text.push_str(&join_selected(fields));
            self.text.push(')');
            self.selected = true;
        }
        self
    }

    pub(crate) fn into_text(self) -> String {
        self.text
    }
}

/// The raw `$expand` item.
impl<E, X> std::fmt::Display for Expand<E, X> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// An `$orderby` key of `E`: `deviceName asc`. Made by [`Property::asc`]
/// and [`Property::desc`].
///
/// ```
/// use graph_core::query::{FieldPrefix, Property};
/// let synced: Property<(), chrono::DateTime<chrono::Utc>> = FieldPrefix::ROOT.property("lastSyncDateTime");
/// assert_eq!(synced.desc().as_str(), "lastSyncDateTime desc");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderBy<E> {
    text: String,
    marker: PhantomData<fn() -> E>,
}

impl<E> OrderBy<E> {
    fn new(text: String) -> OrderBy<E> {
        OrderBy {
            text,
            marker: PhantomData,
        }
    }

    /// The raw key.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let name: Property<(), String> = FieldPrefix::ROOT.property("displayName");
    /// assert_eq!(name.asc().as_str(), "displayName asc");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

/// A property type `$orderby` can sort by: one with single values (any
/// type with a [`Literal`] of its own), not a collection or complex type.
///
/// ```
/// fn sortable<V: graph_core::query::Ordered>() {}
/// sortable::<String>();
/// sortable::<chrono::NaiveDate>();
/// ```
#[diagnostic::on_unimplemented(
    message = "cannot order by a `{Self}` property",
    label = "$orderby takes properties with single values, not collections or complex types"
)]
pub trait Ordered {}

impl<V: Literal<V>> Ordered for V {}

/// The first allocation of a comparison's text.
const FILTER_CAPACITY: usize = 128;

/// How tightly an expression binds, to place parentheses: OData's `or`
/// binds loosest, then `and`, then comparisons; functions, lambdas and
/// parenthesized text bind tightest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Or,
    And,
    Compare,
    Primary,
}

/// A `$filter` expression over the properties of `E`, kept as raw text.
/// Pass it to [`Query::filter`](crate::Query::filter), which encodes it once.
///
/// ```
/// use graph_core::query::{Filter, FieldPrefix, Property};
/// let os: Property<(), String> = FieldPrefix::ROOT.property("operatingSystem");
/// let version: Property<(), String> = FieldPrefix::ROOT.property("osVersion");
/// let filter = os.eq("iOS").or(os.eq("iPadOS")).and(version.ge("17.0")).not();
/// assert_eq!(
///     filter.as_str(),
///     "not ((operatingSystem eq 'iOS' or operatingSystem eq 'iPadOS') and osVersion ge '17.0')",
/// );
/// let query = graph_core::Query::new().filter(filter);
/// assert!(query.to_string().starts_with("$filter=not%20((operatingSystem"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter<E> {
    text: String,
    prec: Prec,
    marker: PhantomData<fn() -> E>,
}

impl<E> Filter<E> {
    fn new(text: String, prec: Prec) -> Filter<E> {
        Filter {
            text,
            prec,
            marker: PhantomData,
        }
    }

    /// A filter written by hand, for functions the builder does not cover;
    /// kept as given and parenthesized when combined.
    ///
    /// ```
    /// use graph_core::query::{Filter, FieldPrefix, Property};
    /// let os: Property<(), String> = FieldPrefix::ROOT.property("operatingSystem");
    /// let filter = os.eq("Windows").and(Filter::raw("length(deviceName) gt 3 or id eq 'x'"));
    /// assert_eq!(filter.as_str(), "operatingSystem eq 'Windows' and (length(deviceName) gt 3 or id eq 'x')");
    /// ```
    pub fn raw(text: impl Into<String>) -> Filter<E> {
        Filter::new(text.into(), Prec::Or)
    }

    /// The raw text.
    ///
    /// ```
    /// assert_eq!(graph_core::query::Filter::<()>::raw("a eq 1").as_str(), "a eq 1");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    fn join(mut self, op: &str, prec: Prec, other: Filter<E>) -> Filter<E> {
        if self.prec < prec {
            self.text.insert(0, '(');
            self.text.push(')');
        }
        self.text.reserve(op.len() + other.text.len() + 4);
        self.text.push_str(op);
        if other.prec < prec {
            self.text.push('(');
            self.text.push_str(&other.text);
            self.text.push(')');
        } else {
            self.text.push_str(&other.text);
        }
        self.prec = prec;
        self
    }

    /// `self and other`, with parentheses around an `or` on either side.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let a: Property<(), i32> = FieldPrefix::ROOT.property("a");
    /// assert_eq!(a.eq(1).and(a.eq(2).or(a.eq(3))).as_str(), "a eq 1 and (a eq 2 or a eq 3)");
    /// ```
    pub fn and(self, other: Filter<E>) -> Filter<E> {
        self.join(" and ", Prec::And, other)
    }

    /// `self or other`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let a: Property<(), i32> = FieldPrefix::ROOT.property("a");
    /// assert_eq!(a.eq(1).and(a.eq(2)).or(a.eq(3)).as_str(), "a eq 1 and a eq 2 or a eq 3");
    /// ```
    pub fn or(self, other: Filter<E>) -> Filter<E> {
        self.join(" or ", Prec::Or, other)
    }

    /// `not self`, with parentheses unless `self` is a function, lambda or
    /// parenthesized.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let name: Property<(), String> = FieldPrefix::ROOT.property("deviceName");
    /// assert_eq!(name.starts_with("A").not().as_str(), "not startswith(deviceName,'A')");
    /// assert_eq!(name.eq("A").not().as_str(), "not (deviceName eq 'A')");
    /// ```
    #[allow(clippy::should_implement_trait)]
    pub fn not(self) -> Filter<E> {
        let text = if self.prec == Prec::Primary {
            format!("not {}", self.text)
        } else {
            format!("not ({})", self.text)
        };
        Filter::new(text, Prec::Primary)
    }
}

/// The raw text, for [`Query::filter`](crate::Query::filter).
impl<E> From<Filter<E>> for String {
    fn from(filter: Filter<E>) -> String {
        filter.text
    }
}

/// A value that can stand for a `V` in a filter, written as an OData
/// literal: strings quoted with quotes doubled, date-times, dates, times,
/// GUIDs, booleans and numbers unquoted, durations as `duration'P...'`,
/// enum members and flags quoted, NaN and infinities as `NaN`, `INF`,
/// `-INF`.
///
/// ```
/// use graph_core::query::Literal;
/// let mut text = String::new();
/// "O'Brien".write_literal(&mut text);
/// text.push(' ');
/// f64::NEG_INFINITY.write_literal(&mut text);
/// text.push(' ');
/// graph_core::Duration::from_secs(90).write_literal(&mut text);
/// assert_eq!(text, "'O''Brien' -INF duration'PT1M30S'");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a value of a `{V}` property",
    label = "expected a value of type `{V}` (or `&str` for a `String`)"
)]
pub trait Literal<V: ?Sized> {
    /// Appends the literal to `out`.
    fn write_literal(&self, out: &mut String);
}

fn write_quoted(out: &mut String, text: &str) {
    out.reserve(text.len() + 2);
    out.push('\'');
    for (index, part) in text.split('\'').enumerate() {
        if index > 0 {
            out.push_str("''");
        }
        out.push_str(part);
    }
    out.push('\'');
}

impl Literal<String> for str {
    fn write_literal(&self, out: &mut String) {
        write_quoted(out, self);
    }
}

impl Literal<String> for &str {
    fn write_literal(&self, out: &mut String) {
        write_quoted(out, self);
    }
}

impl Literal<String> for String {
    fn write_literal(&self, out: &mut String) {
        write_quoted(out, self);
    }
}

impl Literal<String> for &String {
    fn write_literal(&self, out: &mut String) {
        write_quoted(out, self);
    }
}

impl Literal<bool> for bool {
    fn write_literal(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

macro_rules! integer_literals {
    ($($ty:ty)*) => {$(
        impl Literal<$ty> for $ty {
            fn write_literal(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}

integer_literals!(i8 i16 i32 i64 u8 u16 u32 u64);

macro_rules! float_literals {
    ($($ty:ty)*) => {$(
        impl Literal<$ty> for $ty {
            fn write_literal(&self, out: &mut String) {
                if self.is_nan() {
                    out.push_str("NaN");
                } else if self.is_infinite() {
                    out.push_str(if *self > 0.0 { "INF" } else { "-INF" });
                } else {
                    // `{:?}` keeps a decimal point or exponent (`1.0`, `1e-7`).
                    let _ = write!(out, "{self:?}");
                }
            }
        }
    )*};
}

float_literals!(f32 f64);

/// A date-time of any zone compares with a date-time property of any zone:
/// written unquoted, in UTC with `Z` or with its offset.
impl<Z: TimeZone, Tz: TimeZone> Literal<DateTime<Z>> for DateTime<Tz> {
    fn write_literal(&self, out: &mut String) {
        push_datetime(out, self);
    }
}

impl Literal<NaiveDate> for NaiveDate {
    fn write_literal(&self, out: &mut String) {
        out.push_str(&format_date(self));
    }
}

impl Literal<NaiveTime> for NaiveTime {
    fn write_literal(&self, out: &mut String) {
        out.push_str(&format_time(self));
    }
}

impl Literal<Duration> for Duration {
    fn write_literal(&self, out: &mut String) {
        let _ = write!(out, "duration'{self}'");
    }
}

#[cfg(feature = "uuid")]
impl Literal<uuid::Uuid> for uuid::Uuid {
    fn write_literal(&self, out: &mut String) {
        let _ = write!(out, "{}", self.hyphenated());
    }
}

impl<T: GraphEnum> Literal<T> for T {
    fn write_literal(&self, out: &mut String) {
        write_quoted(out, self.as_str());
    }
}

impl<T: GraphEnum> Literal<T> for &T {
    fn write_literal(&self, out: &mut String) {
        write_quoted(out, self.as_str());
    }
}

impl<F: FlagEnum> Literal<Flags<F>> for Flags<F> {
    fn write_literal(&self, out: &mut String) {
        write_quoted(out, &self.to_string());
    }
}

impl<F: FlagEnum> Literal<Flags<F>> for F {
    fn write_literal(&self, out: &mut String) {
        write_quoted(out, self.as_str());
    }
}
