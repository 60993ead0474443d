//! What to generate for one API version: the structs and enums the cases
//! reach, each field with the attributes a careful user would write.

use std::collections::{BTreeMap, BTreeSet};

use graph_core::{PathTemplate, SyntaxError};
use serde_json::{Map, Value};

use crate::corpus::{Case, Corpus, TypeDef};
use graph_schema::names;

/// The generated module of one API version.
pub struct Module {
    pub version: String,
    pub name: String,
    pub structs: Vec<Struct>,
    pub enums: Vec<Enum>,
    /// Every type a case is about, with its struct, in the order of the cases.
    pub case_types: Vec<(String, String)>,
}

pub struct Struct {
    pub ident: String,
    pub odata_type: String,
    pub complex: bool,
    pub source: String,
    pub paths: Vec<String>,
    /// Templates of the pages that the derive refuses, with its reason.
    pub left_out: Vec<(String, String)>,
    pub omit_body_type: bool,
    /// Derived types this base type holds, when it holds any: it then keeps
    /// the `@odata.type` it read and the properties it does not declare.
    pub derived: Option<Derived>,
    pub fields: Vec<Field>,
}

/// Why a base type is open to derived values, and its two extra fields.
pub struct Derived {
    /// Derived types the type table lists.
    pub listed: Vec<String>,
    /// Other types that the examples show where this type is read.
    pub shown: Vec<String>,
    pub odata_type_field: String,
    pub extra_field: String,
}

pub struct Field {
    pub ident: String,
    pub rename: Option<String>,
    pub role: Option<&'static str>,
    /// The Rust type inside `Option<...>`.
    pub ty: String,
    pub note: Option<String>,
}

pub struct Enum {
    pub ident: String,
    pub odata_type: String,
    pub variants: Vec<(String, Option<String>)>,
    pub other: String,
}

/// Names the generated modules import, which a struct or enum must not take.
const IMPORTED: &[&str] = &[
    "Binary",
    "Box",
    "DateTime",
    "Duration",
    "FixedOffset",
    "GraphEntity",
    "GraphEnum",
    "Map",
    "NaiveDate",
    "NaiveTime",
    "Option",
    "String",
    "Value",
    "Vec",
];

/// Builds the module of every version that has cases, in version order.
pub fn modules(corpus: &Corpus) -> Vec<Module> {
    let versions: BTreeSet<&str> = corpus.cases.iter().map(|c| c.version.as_str()).collect();
    versions
        .into_iter()
        .map(|version| module(corpus, version))
        .collect()
}

/// What a property's declared type is.
enum Kind<'a> {
    Primitive(&'static str),
    Enum,
    Struct(&'a TypeDef),
    /// Named but not described in the corpus (or not a type name at all).
    Unknown,
}

struct Version<'a> {
    types: &'a BTreeMap<String, TypeDef>,
    enums: &'a BTreeMap<String, crate::corpus::EnumDef>,
    namespace: String,
}

impl<'a> Version<'a> {
    fn kind(&self, ty: &str) -> Kind<'a> {
        if let Some(primitive) = primitive(ty) {
            Kind::Primitive(primitive)
        } else if self.enums.contains_key(ty) {
            Kind::Enum
        } else if let Some(def) = self.types.get(ty) {
            Kind::Struct(def)
        } else {
            Kind::Unknown
        }
    }
}

/// The Rust type of an Edm primitive type.
fn primitive(ty: &str) -> Option<&'static str> {
    Some(match ty {
        "String" | "Guid" => "String",
        "Boolean" => "bool",
        "Int32" => "i32",
        "Int64" => "i64",
        "Byte" => "u8",
        "Single" => "f32",
        "Double" => "f64",
        "DateTimeOffset" => "DateTime<FixedOffset>",
        "Date" => "NaiveDate",
        "TimeOfDay" => "NaiveTime",
        "Duration" => "Duration",
        "Binary" => "Binary",
        "Json" => "Value",
        _ => return None,
    })
}

fn module(corpus: &Corpus, version: &str) -> Module {
    let empty_types = BTreeMap::new();
    let empty_enums = BTreeMap::new();
    let types = corpus.types.get(version).unwrap_or(&empty_types);
    let enums = corpus.enums.get(version).unwrap_or(&empty_enums);
    let namespace = types
        .values()
        .find_map(|t| t.odata_type.rsplit_once('.').map(|(ns, _)| ns.to_owned()))
        .unwrap_or_else(|| "microsoft.graph".to_owned());
    let v = Version {
        types,
        enums,
        namespace,
    };
    let cases: Vec<&Case> = corpus.cases.iter().filter(|c| c.version == version).collect();

    let mut case_types: Vec<&str> = Vec::new();
    for case in &cases {
        if !types.contains_key(&case.type_name) {
            eprintln!(
                "warning: {}: {version} type {} has no property table in the corpus; no struct",
                case.source, case.type_name
            );
            continue;
        }
        if !case_types.contains(&case.type_name.as_str()) {
            case_types.push(&case.type_name);
        }
    }

    // The structs and enums the cases reach, and the types that appear as
    // the value of a property (rather than only as a page's own type).
    let mut reached: BTreeSet<&str> = BTreeSet::new();
    let mut nested: BTreeSet<&str> = BTreeSet::new();
    let mut used_enums: BTreeSet<&str> = BTreeSet::new();
    let mut stack: Vec<&str> = case_types.clone();
    while let Some(name) = stack.pop() {
        if !reached.insert(name) {
            continue;
        }
        for property in &types[name].properties {
            match v.kind(&property.ty) {
                Kind::Enum => {
                    used_enums.insert(&property.ty);
                }
                Kind::Struct(def) => {
                    nested.insert(&def.name);
                    stack.push(&def.name);
                }
                Kind::Primitive(_) | Kind::Unknown => {}
            }
        }
    }

    // Base types whose values may be of a derived type: the type table
    // lists derived types, or an example shows one.
    let mut listed: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for def in types.values() {
        if let Some(base) = &def.base {
            listed
                .entry(base.as_str())
                .or_default()
                .push(def.odata_type.clone());
        }
    }
    let mut shown: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for case in &cases {
        let Some(def) = types.get(&case.type_name) else {
            continue;
        };
        let request = case.request_object().filter(|_| case.serves_operation);
        for entity in case.response_entities().into_iter().chain(request) {
            note_type(def, entity, &mut shown);
            walk_properties(&v, def, entity, &mut shown);
        }
    }

    // Names: structs and enums share the module's namespace.
    let mut taken: BTreeSet<String> = IMPORTED.iter().map(|s| (*s).to_owned()).collect();
    let mut idents: BTreeMap<&str, String> = BTreeMap::new();
    for name in reached.iter().chain(used_enums.iter()) {
        idents.insert(name, names::unique(&names::upper_camel(name), &mut taken));
    }

    let boxed = boxed_edges(&v, &reached);

    let mut structs = Vec::new();
    for &name in &reached {
        let def = &types[name];
        // Open to derived values: when the examples show one, or when the
        // type is a property's type and the reference lists derived types.
        let listed = listed.get(name).cloned().unwrap_or_default();
        let shown: Vec<String> = shown
            .get(name)
            .map(|s| s.iter().cloned().collect())
            .unwrap_or_default();
        let open = !shown.is_empty() || (nested.contains(name) && !listed.is_empty());
        let derived = open.then_some((listed, shown));
        let page_cases: Vec<&Case> = cases.iter().copied().filter(|c| c.type_name == name).collect();
        structs.push(build_struct(&v, def, &page_cases, derived, &idents, &boxed));
    }

    let mut enum_defs = Vec::new();
    for &name in &used_enums {
        let mut variants_taken = BTreeSet::new();
        let variants = enums[name]
            .members
            .iter()
            .map(|member| names::variant(member, &mut variants_taken))
            .collect();
        let other = ["Other", "Unlisted"]
            .iter()
            .find(|candidate| !variants_taken.contains(**candidate))
            .map(|s| (*s).to_owned())
            .unwrap_or_else(|| names::unique("Other", &mut variants_taken));
        enum_defs.push(Enum {
            ident: idents[name].clone(),
            odata_type: format!("{}.{name}", v.namespace),
            variants,
            other,
        });
    }

    Module {
        version: version.to_owned(),
        name: module_name(version),
        structs,
        enums: enum_defs,
        case_types: case_types
            .iter()
            .map(|name| ((*name).to_owned(), idents[name].clone()))
            .collect(),
    }
}

/// Records the `@odata.type` of `object`, read as `def`, when it names
/// another type.
fn note_type(def: &TypeDef, object: &Map<String, Value>, shown: &mut BTreeMap<String, BTreeSet<String>>) {
    if let Some(Value::String(found)) = object.get("@odata.type") {
        let found = found.strip_prefix('#').unwrap_or(found);
        if found != def.odata_type {
            shown
                .entry(def.name.clone())
                .or_default()
                .insert(found.to_owned());
        }
    }
}

/// Records, for each property value of `object` read as `def`, the
/// `@odata.type`s that name another type than the declared one.
fn walk_properties(
    v: &Version,
    def: &TypeDef,
    object: &Map<String, Value>,
    shown: &mut BTreeMap<String, BTreeSet<String>>,
) {
    for property in &def.properties {
        let Some(value) = object.get(&property.name) else {
            continue;
        };
        let Kind::Struct(declared) = v.kind(&property.ty) else {
            continue;
        };
        let values: Vec<&Value> = match value {
            Value::Array(items) if property.collection => items.iter().collect(),
            other => vec![other],
        };
        for value in values {
            if let Value::Object(nested) = value {
                note_type(declared, nested, shown);
                walk_properties(v, declared, nested, shown);
            }
        }
    }
}

/// `(type, property)` pairs whose single (not collection) value must be
/// boxed: the property's type leads back to the type through single values,
/// so without a box the struct would contain itself.
fn boxed_edges(v: &Version, reached: &BTreeSet<&str>) -> BTreeSet<(String, String)> {
    let single_edges = |name: &str| -> Vec<String> {
        v.types[name]
            .properties
            .iter()
            .filter(|p| !p.collection)
            .filter_map(|p| match v.kind(&p.ty) {
                Kind::Struct(def) => Some(def.name.clone()),
                _ => None,
            })
            .collect()
    };
    let reaches = |from: &str, to: &str| -> bool {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(name) = stack.pop() {
            if name == to {
                return true;
            }
            if seen.insert(name.clone()) {
                stack.extend(single_edges(&name));
            }
        }
        false
    };
    let mut boxed = BTreeSet::new();
    for &name in reached {
        for property in &v.types[name].properties {
            if property.collection {
                continue;
            }
            if let Kind::Struct(def) = v.kind(&property.ty) {
                if reaches(&def.name, name) {
                    boxed.insert((name.to_owned(), property.name.clone()));
                }
            }
        }
    }
    boxed
}

/// What the create and update pages of a type say about each property.
#[derive(Default)]
struct Roles {
    pages: bool,
    create_page: bool,
    update_page: bool,
    in_create_request: BTreeSet<String>,
    in_update_request: BTreeSet<String>,
    in_response: BTreeSet<String>,
    requests_with_type: usize,
    requests_without_type: usize,
}

impl Roles {
    fn of(cases: &[&Case]) -> Roles {
        let mut roles = Roles::default();
        for case in cases.iter().filter(|c| c.serves_operation) {
            let create = match case.operation.as_str() {
                "create" => true,
                "update" => false,
                _ => continue,
            };
            let (Some(request), Some(response)) =
                (case.request_object(), case.response_entities().first().copied())
            else {
                continue;
            };
            roles.pages = true;
            let keys = |object: &Map<String, Value>| -> Vec<String> {
                object.keys().filter(|k| !k.contains('@')).cloned().collect()
            };
            if create {
                roles.create_page = true;
                roles.in_create_request.extend(keys(request));
            } else {
                roles.update_page = true;
                roles.in_update_request.extend(keys(request));
            }
            roles.in_response.extend(keys(response));
            if request.contains_key("@odata.type") {
                roles.requests_with_type += 1;
            } else {
                roles.requests_without_type += 1;
            }
        }
        roles
    }

    /// The attribute of a (non-key) property: `read_only` when the
    /// responses show it and no request sends it, `immutable` when only the
    /// create request sends it, `write_only` when requests send it and no
    /// response shows it.
    fn role(&self, property: &str) -> Option<&'static str> {
        if !self.pages {
            return None;
        }
        let created = self.in_create_request.contains(property);
        let updated = self.in_update_request.contains(property);
        let returned = self.in_response.contains(property);
        match (created || updated, returned) {
            (false, true) => Some("read_only"),
            (true, false) => Some("write_only"),
            (true, true) if created && !updated && self.update_page => Some("immutable"),
            _ => None,
        }
    }
}

fn build_struct(
    v: &Version,
    def: &TypeDef,
    cases: &[&Case],
    derived: Option<(Vec<String>, Vec<String>)>,
    idents: &BTreeMap<&str, String>,
    boxed: &BTreeSet<(String, String)>,
) -> Struct {
    let complex = def.key.is_none();
    let roles = Roles::of(cases);
    let mut taken = BTreeSet::new();
    let mut fields = Vec::new();
    for property in &def.properties {
        let (ident, rename) = names::field(&property.name, &mut taken);
        let (mut ty, note) = match v.kind(&property.ty) {
            Kind::Primitive(ty) => (ty.to_owned(), None),
            Kind::Enum | Kind::Struct(_) => (idents[property.ty.as_str()].clone(), None),
            Kind::Unknown => (
                "Value".to_owned(),
                Some(format!(
                    "`{}` is not described in the corpus: kept as JSON.",
                    property.ty
                )),
            ),
        };
        if boxed.contains(&(def.name.clone(), property.name.clone())) {
            ty = format!("Box<{ty}>");
        }
        if property.collection {
            ty = format!("Vec<{ty}>");
        }
        let role = if def.key.as_deref() == Some(property.name.as_str()) {
            Some("key")
        } else {
            roles.role(&property.name)
        };
        fields.push(Field {
            ident,
            rename,
            role,
            ty,
            note,
        });
    }
    let derived = derived.map(|(listed, shown)| Derived {
        listed,
        shown,
        odata_type_field: names::unique("odata_type", &mut taken),
        extra_field: names::unique("extra", &mut taken),
    });

    // Item templates (get, update) first, in page order; then the templates
    // of create and list pages that are not the collection of one of them.
    let mut paths: Vec<String> = Vec::new();
    let mut left_out: Vec<(String, String)> = Vec::new();
    let mut collections: Vec<String> = Vec::new();
    let ordered = ["get", "update", "create", "list"]
        .iter()
        .flat_map(|op| cases.iter().filter(move |c| c.operation == *op));
    for case in ordered {
        for template in &case.templates {
            if paths.contains(template)
                || collections.contains(template)
                || left_out.iter().any(|(t, _)| t == template)
            {
                continue;
            }
            match PathTemplate::parse(template) {
                Ok(parsed) => {
                    if let Ok(collection) = parsed.collection() {
                        collections.push(collection.as_str().to_owned());
                    }
                    paths.push(template.clone());
                }
                Err(error) => left_out.push((template.clone(), describe(&error))),
            }
        }
    }
    if complex {
        paths.clear();
    }

    Struct {
        ident: idents[def.name.as_str()].clone(),
        odata_type: def.odata_type.clone(),
        complex,
        source: def.source.clone(),
        paths,
        left_out,
        omit_body_type: roles.requests_without_type > 0 && roles.requests_with_type == 0,
        derived,
        fields,
    }
}

fn describe(error: &SyntaxError) -> String {
    match error {
        SyntaxError::DuplicatePlaceholder(name) => format!("the docs use `{{{name}}}` twice"),
        other => other.to_string(),
    }
}

/// A module name for an API version: `v1.0` → `v1_0`.
fn module_name(version: &str) -> String {
    let name: String = version
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("v{name}")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn modules_are_identifiers() {
        assert_eq!(module_name("v1.0"), "v1_0");
        assert_eq!(module_name("beta"), "beta");
    }

    /// A corpus of one version from its types, enums and cases.
    fn corpus(types: Value, enums: Value, cases: Value) -> Corpus {
        let text = json!({"types": {"beta": types}, "enums": {"beta": enums}, "cases": cases}).to_string();
        match Corpus::parse(&text) {
            Ok(corpus) => corpus,
            Err(error) => panic!("{error}"),
        }
    }

    fn property(name: &str, ty: &str, collection: bool) -> Value {
        json!({"name": name, "type": ty, "collection": collection})
    }

    fn case(operation: &str, method: &str, template: &str, request: Value, response: Value) -> Value {
        json!({
            "version": "beta", "operation": operation, "type": "widget", "source": format!("widget-{operation}.md"),
            "templates": [{"method": method, "path": template}],
            "request": {"method": method, "url": "", "body_text": (!request.is_null()).then(|| request.to_string())},
            "response": {"status": 200, "body_text": response.to_string()},
        })
    }

    fn sample() -> Module {
        let corpus = corpus(
            json!({
                "widget": {"odata_type": "microsoft.graph.widget", "key": "id", "base": null, "properties": [
                    property("id", "String", false),
                    property("createdDateTime", "DateTimeOffset", false),
                    property("serialNumber", "String", false),
                    property("displayName", "String", false),
                    property("osVersion", "String", false),
                    property("type", "widgetKind", false),
                    property("part", "part", false),
                    property("settings", "setting", true),
                    property("mystery", "notInTheCorpus", false),
                ]},
                "part": {"odata_type": "microsoft.graph.part", "key": null, "base": null, "properties": [
                    property("inner", "partHolder", false),
                ]},
                "partHolder": {"odata_type": "microsoft.graph.partHolder", "key": null, "base": null, "properties": [
                    property("part", "part", false),
                ]},
                "setting": {"odata_type": "microsoft.graph.setting", "key": null, "base": null, "properties": [
                    property("name", "String", false),
                ]},
            }),
            json!({"widgetKind": {"members": [{"name": "iOS"}, {"name": "other"}]}}),
            json!([
                case(
                    "create",
                    "POST",
                    "/widgets",
                    json!({"serialNumber": "s", "displayName": "d"}),
                    json!({"id": "1", "createdDateTime": "x", "serialNumber": "s", "displayName": "d"})
                ),
                case(
                    "update",
                    "PATCH",
                    "/widgets/{widgetId}",
                    json!({"displayName": "d", "settings": [{"@odata.type": "microsoft.graph.otherSetting"}]}),
                    json!({"id": "1", "createdDateTime": "x", "serialNumber": "s", "displayName": "d"})
                ),
                case(
                    "get",
                    "GET",
                    "/widgets/{widgetId}/parts/{widgetId}",
                    Value::Null,
                    json!({})
                ),
                case(
                    "update",
                    "POST",
                    "/widgets/{widgetId}/reset",
                    json!({}),
                    json!({})
                ),
            ]),
        );
        let mut modules = modules(&corpus);
        assert_eq!(modules.len(), 1);
        modules.remove(0)
    }

    fn find<'a>(module: &'a Module, ident: &str) -> &'a Struct {
        match module.structs.iter().find(|s| s.ident == ident) {
            Some(def) => def,
            None => panic!("no struct {ident}"),
        }
    }

    fn field<'a>(def: &'a Struct, ident: &str) -> &'a Field {
        match def.fields.iter().find(|f| f.ident == ident) {
            Some(field) => field,
            None => panic!("no field {ident}"),
        }
    }

    #[test]
    fn roles_come_from_the_create_and_update_pages() {
        let module = sample();
        let widget = find(&module, "Widget");
        assert_eq!(field(widget, "id").role, Some("key"));
        assert_eq!(field(widget, "created_date_time").role, Some("read_only"));
        assert_eq!(field(widget, "serial_number").role, Some("immutable"));
        assert_eq!(field(widget, "display_name").role, None);
        assert_eq!(field(widget, "settings").role, Some("write_only"));
        assert_eq!(field(widget, "os_version").role, None);
        assert_eq!(field(widget, "r#type").ty, "WidgetKind");
        assert_eq!(field(widget, "mystery").ty, "Value");
        assert!(field(widget, "mystery").note.is_some());
    }

    #[test]
    fn paths_keep_item_templates_and_leave_out_refused_ones() {
        let module = sample();
        let widget = find(&module, "Widget");
        // `/widgets` is the collection of the item template; the POST action
        // of an update page is not a path of the entity.
        assert_eq!(widget.paths, ["/widgets/{widgetId}"]);
        assert_eq!(
            widget.left_out,
            [(
                "/widgets/{widgetId}/parts/{widgetId}".to_owned(),
                "the docs use `{widgetId}` twice".to_owned()
            )]
        );
    }

    #[test]
    fn derived_values_open_the_base_type_and_cycles_are_boxed() {
        let module = sample();
        let derived = find(&module, "Setting").derived.as_ref();
        assert_eq!(
            derived.map(|d| d.shown.as_slice()),
            Some(&["microsoft.graph.otherSetting".to_owned()][..])
        );
        assert_eq!(derived.map(|d| d.extra_field.as_str()), Some("extra"));
        let part = find(&module, "Part");
        assert_eq!(field(part, "inner").ty, "Box<PartHolder>");
        assert_eq!(field(find(&module, "PartHolder"), "part").ty, "Box<Part>");
        assert!(part.complex && part.paths.is_empty());
    }

    #[test]
    fn enums_get_a_catch_all_that_no_member_takes() {
        let module = sample();
        let kind = &module.enums[0];
        assert_eq!(
            kind.variants,
            [
                ("Ios".to_owned(), Some("iOS".to_owned())),
                ("Other".to_owned(), None)
            ]
        );
        assert_eq!(kind.other, "Unlisted");
    }
}
