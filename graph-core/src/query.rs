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
use std::fmt::{self, Write as _};
use std::marker::PhantomData;

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone};

use crate::enums::GraphEnum;
use crate::flags::{FlagEnum, Flags};
use crate::wire::{push_date, push_datetime, push_time, Duration};

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
    #[inline]
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

    /// `path op `, the start of a comparison (`op` with its spaces).
    fn operand(&self, op: &str) -> String {
        let mut text = clause_buffer(0);
        text.push_str(&self.path);
        text.push_str(op);
        text
    }

    fn compare<L: Literal<V>>(&self, op: &str, value: &L) -> Filter<E> {
        let mut text = self.operand(op);
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
        self.compare(" eq ", &value)
    }

    /// `path ne value`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let count: Property<(), i64> = FieldPrefix::ROOT.property("errorCode");
    /// assert_eq!(count.ne(-1).as_str(), "errorCode ne -1");
    /// ```
    pub fn ne<L: Literal<V>>(&self, value: L) -> Filter<E> {
        self.compare(" ne ", &value)
    }

    /// `path gt value`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let version: Property<(), i32> = FieldPrefix::ROOT.property("version");
    /// assert_eq!(version.gt(2).as_str(), "version gt 2");
    /// ```
    pub fn gt<L: Literal<V>>(&self, value: L) -> Filter<E> {
        self.compare(" gt ", &value)
    }

    /// `path ge value`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let size: Property<(), f64> = FieldPrefix::ROOT.property("size");
    /// assert_eq!(size.ge(1.5).as_str(), "size ge 1.5");
    /// ```
    pub fn ge<L: Literal<V>>(&self, value: L) -> Filter<E> {
        self.compare(" ge ", &value)
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
        self.compare(" lt ", &value)
    }

    /// `path le value`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let free: Property<(), i64> = FieldPrefix::ROOT.property("freeStorageSpaceInBytes");
    /// assert_eq!(free.le(1_000).as_str(), "freeStorageSpaceInBytes le 1000");
    /// ```
    pub fn le<L: Literal<V>>(&self, value: L) -> Filter<E> {
        self.compare(" le ", &value)
    }

    /// `path in (a,b,...)`; with no values, `false`.
    ///
    /// OData's grammar wants at least one value between the parentheses, so
    /// `path in ()` is a syntax error that Graph answers with
    /// `400 Bad Request`. No value is a member of an empty list, so the
    /// filter is written as the boolean literal `false`: it matches
    /// nothing, as the user of a computed list expects, and keeps that
    /// meaning when combined (`x or false` matches what `x` matches,
    /// `not false` everything). An error instead would make every caller of
    /// a computed list check it first, and building a filter cannot fail
    /// anywhere else. A request that can match nothing need not be sent:
    /// check the list first to save the round trip.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let os: Property<(), String> = FieldPrefix::ROOT.property("operatingSystem");
    /// assert_eq!(os.in_(["iOS", "Android"]).as_str(), "operatingSystem in ('iOS','Android')");
    /// let none: [&str; 0] = [];
    /// assert_eq!(os.in_(none).as_str(), "false");
    /// assert_eq!(os.eq("iOS").or(os.in_(none)).as_str(), "operatingSystem eq 'iOS' or false");
    /// ```
    pub fn in_<L: Literal<V>>(&self, values: impl IntoIterator<Item = L>) -> Filter<E> {
        let mut values = values.into_iter();
        let Some(first) = values.next() else {
            return Filter::new("false".to_owned(), Prec::Primary);
        };
        let mut text = self.operand(" in ");
        text.push('(');
        first.write_literal(&mut text);
        for value in values {
            text.push(',');
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
        let mut text = self.operand(" eq ");
        text.push_str("null");
        Filter::new(text, Prec::Compare)
    }

    /// `path ne null`.
    ///
    /// ```
    /// use graph_core::query::{FieldPrefix, Property};
    /// let os: Property<(), String> = FieldPrefix::ROOT.property("operatingSystem");
    /// assert_eq!(os.is_not_null().as_str(), "operatingSystem ne null");
    /// ```
    pub fn is_not_null(&self) -> Filter<E> {
        let mut text = self.operand(" ne ");
        text.push_str("null");
        Filter::new(text, Prec::Compare)
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
        let mut text = clause_buffer(0);
        text.push_str(name);
        text.push('(');
        text.push_str(&self.path);
        text.push(',');
        value.write_literal(&mut text);
        text.push(')');
        Filter::new(text, Prec::Primary)
    }

    fn lambda<X>(&self, name: &str, variable: &str, body: Filter<X>) -> Filter<E> {
        let mut text = clause_buffer(self.path.len() + name.len() + variable.len() + body.text.len() + 4);
        text.push_str(&self.path);
        text.push('/');
        text.push_str(name);
        text.push('(');
        text.push_str(variable);
        text.push(':');
        text.push_str(&body.text);
        text.push(')');
        Filter::new(text, Prec::Primary)
    }
}

/// The lambda variable of nesting level `depth`: `a`, `b`, ... `z`, `a26`.
fn variable(depth: u8) -> Cow<'static, str> {
    const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";
    let index = usize::from(depth);
    match LETTERS.get(index..index + 1) {
        Some(letter) => Cow::Borrowed(letter),
        None => Cow::Owned(format!("a{depth}")),
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
        self.compare(" has ", &value)
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
        let variable = variable(self.depth);
        let fields = X::fields_at(FieldPrefix {
            path: Some(&variable),
            depth: self.depth.saturating_add(1),
        });
        let body = condition(fields);
        self.lambda(name, &variable, body)
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
        let variable = variable(self.depth);
        let element = Property {
            path: variable.clone(),
            depth: self.depth.saturating_add(1),
            marker: PhantomData,
        };
        let body = condition(element);
        self.lambda(name, &variable, body)
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
    pub fn expand(&self) -> Expand<E, X, V> {
        Expand {
            path: self.path.clone(),
            filter: None,
            order_by: None,
            select: None,
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

/// An `$expand` item of `E` whose related entities are `X` (the
/// navigation property holding a `V`: `Vec<X>` or `X`), with its own
/// `$select`, and for a collection its own `$filter` and `$orderby`, each
/// typed on the fields of `X`. Made by [`Property::expand`] on a navigation
/// handle.
///
/// The options are written in the order `$filter`, `$orderby`, `$select`,
/// separated by `;`; setting one again replaces it. The item is rendered
/// once, when added to a [`Query`](crate::Query), and percent-encoded with
/// the rest of `$expand`.
///
/// ```
/// use graph_core::query::{Expand, Nav, FieldPrefix, Property};
/// let users: Property<(), Vec<()>, Nav<()>> = FieldPrefix::ROOT.property("users");
/// let expand: Expand<(), ()> = users.expand();
/// assert_eq!(expand.to_string(), "users");
/// ```
#[derive(Debug, Clone)]
pub struct Expand<E, X, V = Vec<X>> {
    path: Cow<'static, str>,
    filter: Option<Filter<X>>,
    order_by: Option<String>,
    select: Option<String>,
    marker: PhantomData<Handle<E, X, V>>,
}

impl<E, X, V> Expand<E, X, V> {
    /// The properties of the related entities to return:
    /// `assignments($select=id,intent)`.
    ///
    /// ```
    /// use graph_core::query::{Nav, FieldPrefix, Property};
    /// let users: Property<(), Vec<()>, Nav<()>> = FieldPrefix::ROOT.property("users");
    /// let id: Property<(), String> = FieldPrefix::ROOT.property("id");
    /// assert_eq!(users.expand().select(&[&id]).to_string(), "users($select=id)");
    /// ```
    pub fn select(mut self, fields: &[&dyn Selectable<X>]) -> Expand<E, X, V> {
        self.select = Some(join_selected(fields));
        self
    }

    /// Writes the item: `path($filter=...;$orderby=...;$select=...)`.
    fn write_to<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        out.write_str(&self.path)?;
        let options = [
            ("$filter=", self.filter.as_ref().map(Filter::as_str)),
            ("$orderby=", self.order_by.as_deref()),
            ("$select=", self.select.as_deref()),
        ];
        let mut separator = '(';
        for (name, value) in options {
            if let Some(value) = value {
                out.write_char(separator)?;
                out.write_str(name)?;
                out.write_str(value)?;
                separator = ';';
            }
        }
        if separator == ';' {
            out.write_char(')')?;
        }
        Ok(())
    }

    /// Appends the item to `out`, with room made once.
    pub(crate) fn write_into(&self, out: &mut String) {
        let options = self.filter.as_ref().map_or(0, |filter| filter.as_str().len() + 9)
            + self.order_by.as_ref().map_or(0, |keys| keys.len() + 10)
            + self.select.as_ref().map_or(0, |fields| fields.len() + 9);
        out.reserve(self.path.len() + options + 1);
        let _ = self.write_to(out);
    }

    /// Which related entities to return: `$filter` on the fields of `X`,
    /// for a collection-valued navigation property.
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
    /// let expand = DeviceConfiguration::fields()
    ///     .assignments
    ///     .expand()
    ///     .select(&[&a.id])
    ///     .filter(a.intent.eq("apply"));
    /// assert_eq!(expand.to_string(), "assignments($filter=intent eq 'apply';$select=id)");
    /// ```
    pub fn filter(mut self, filter: Filter<X>) -> Expand<E, X, V>
    where
        V: Collection<X>,
    {
        self.filter = Some(filter);
        self
    }

    /// The order of the related entities: `$orderby` on the fields of `X`,
    /// several keys comma-joined, for a collection-valued navigation
    /// property.
    ///
    /// ```
    /// use graph_core::query::{Nav, FieldPrefix, Property};
    /// let users: Property<(), Vec<()>, Nav<()>> = FieldPrefix::ROOT.property("users");
    /// let name: Property<(), String> = FieldPrefix::ROOT.property("displayName");
    /// let id: Property<(), String> = FieldPrefix::ROOT.property("id");
    /// let expand = users.expand().order_by([name.desc(), id.asc()]);
    /// assert_eq!(expand.to_string(), "users($orderby=displayName desc,id asc)");
    /// ```
    pub fn order_by(mut self, keys: impl IntoIterator<Item = OrderBy<X>>) -> Expand<E, X, V>
    where
        V: Collection<X>,
    {
        self.order_by = Some(join_order_by(keys));
        self
    }
}

/// The value of a collection-valued navigation property whose entities are
/// `X`: `Vec<X>`. Only such an `$expand` item takes its own `$filter` and
/// `$orderby`.
///
/// ```
/// fn many<V: graph_core::query::Collection<X>, X>() {}
/// many::<Vec<String>, String>();
/// ```
#[diagnostic::on_unimplemented(
    message = "`$filter` and `$orderby` inside `$expand` need a collection-valued navigation property, not a `{Self}`",
    label = "only a navigation property holding `Vec<{X}>` takes them"
)]
pub trait Collection<X> {}

impl<X> Collection<X> for Vec<X> {}

/// The raw `$expand` item.
impl<E, X, V> fmt::Display for Expand<E, X, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

/// `a asc,b desc` of the keys.
pub(crate) fn join_order_by<E>(keys: impl IntoIterator<Item = OrderBy<E>>) -> String {
    let mut joined = String::new();
    for key in keys {
        if !joined.is_empty() {
            joined.push(',');
        }
        joined.push_str(key.as_str());
    }
    joined
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

/// The first allocation of a clause's text: room for the clauses that
/// `and` and `or` will append to it (a five-clause filter is about 170
/// bytes), so that the left-hand side of a chain never grows. Small
/// allocations cost the same whatever their size.
const FILTER_CAPACITY: usize = 256;

/// An empty buffer for a clause of at least `len` bytes.
#[inline]
fn clause_buffer(len: usize) -> String {
    String::with_capacity(FILTER_CAPACITY.max(len))
}

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
/// Each clause is written into a buffer with room for the whole filter;
/// `and`, `or` append the right-hand side to the left-hand side's buffer,
/// which does not need to grow for a filter of a few clauses.
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

    /// `self op other`, appended to `self`'s text.
    fn join(mut self, op: &str, prec: Prec, other: Filter<E>) -> Filter<E> {
        if self.prec < prec {
            self.text.insert(0, '(');
            self.text.push(')');
        }
        self.text.reserve(op.len() + other.text.len() + 2);
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
        let mut text = clause_buffer(self.text.len() + 6);
        if self.prec == Prec::Primary {
            text.push_str("not ");
            text.push_str(&self.text);
        } else {
            text.push_str("not (");
            text.push_str(&self.text);
            text.push(')');
        }
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
    let mut rest = text;
    while let Some((part, after)) = rest.split_once('\'') {
        out.push_str(part);
        out.push_str("''");
        rest = after;
    }
    out.push_str(rest);
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
        push_date(out, self);
    }
}

impl Literal<NaiveTime> for NaiveTime {
    fn write_literal(&self, out: &mut String) {
        push_time(out, self);
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
