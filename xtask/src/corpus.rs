//! The corpus file (`tests/data/intune-public.json`): the property tables
//! of the types, the members of the enums, and the cases (one per API page:
//! operation, path templates, example request and response).

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// Everything the generator reads, by API version.
pub struct Corpus {
    pub types: BTreeMap<String, BTreeMap<String, TypeDef>>,
    pub enums: BTreeMap<String, BTreeMap<String, EnumDef>>,
    pub cases: Vec<Case>,
}

/// An entity or complex type, with its inherited properties.
pub struct TypeDef {
    pub name: String,
    pub odata_type: String,
    pub base: Option<String>,
    pub key: Option<String>,
    pub properties: Vec<Property>,
    pub source: String,
}

pub struct Property {
    pub name: String,
    pub ty: String,
    pub collection: bool,
}

pub struct EnumDef {
    pub members: Vec<String>,
}

/// One API page: an operation on one type, with its templates and examples.
pub struct Case {
    pub version: String,
    pub operation: String,
    pub type_name: String,
    pub source: String,
    /// The path templates of the page that serve its operation (a page may
    /// document an action under an operation's name: its templates are not
    /// the entity's paths).
    pub templates: Vec<String>,
    /// Whether the example request's method serves the operation (an
    /// `update` page that documents a `POST` action does not).
    pub serves_operation: bool,
    /// The example request body, when it is JSON.
    pub request: Option<Value>,
    /// The example response body, when it is JSON.
    pub response: Option<Value>,
}

impl Case {
    /// The entities of the example response: the body of a create or
    /// update, the `value` of a get (the pages wrap the entity in it), each
    /// item of a list.
    pub fn response_entities(&self) -> Vec<&Map<String, Value>> {
        let Some(Value::Object(body)) = &self.response else {
            return Vec::new();
        };
        match self.operation.as_str() {
            "list" => match body.get("value") {
                Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
                _ => Vec::new(),
            },
            "get" => match unwrap_get(body) {
                Some(entity) => vec![entity],
                None => vec![body],
            },
            _ => vec![body],
        }
    }

    /// The example request body, when it is a JSON object.
    pub fn request_object(&self) -> Option<&Map<String, Value>> {
        self.request.as_ref().and_then(Value::as_object)
    }
}

/// The entity of a get page's `{"value": {...}}`: only when `value` is the
/// one key and holds an object (some entities have a property named `value`).
pub fn unwrap_get(body: &Map<String, Value>) -> Option<&Map<String, Value>> {
    match body.get("value") {
        Some(Value::Object(entity)) if body.len() == 1 => Some(entity),
        _ => None,
    }
}

impl Corpus {
    pub fn parse(text: &str) -> Result<Corpus, String> {
        let root: Value = serde_json::from_str(text).map_err(|e| format!("corpus is not JSON: {e}"))?;
        let types = by_version(field(&root, "types")?, |name, value| {
            let properties = array(value, "properties")?
                .iter()
                .map(|p| {
                    Ok(Property {
                        name: string(p, "name")?,
                        ty: string(p, "type")?,
                        collection: p.get("collection").and_then(Value::as_bool).unwrap_or(false),
                    })
                })
                .collect::<Result<_, String>>()?;
            Ok(TypeDef {
                name: name.to_owned(),
                odata_type: string(value, "odata_type")?,
                base: value.get("base").and_then(Value::as_str).map(str::to_owned),
                key: value.get("key").and_then(Value::as_str).map(str::to_owned),
                properties,
                source: value
                    .get("source")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
            })
        })?;
        let enums = by_version(field(&root, "enums")?, |_, value| {
            let members = array(value, "members")?
                .iter()
                .map(|m| string(m, "name"))
                .collect::<Result<_, String>>()?;
            Ok(EnumDef { members })
        })?;
        let cases = array(&root, "cases")?
            .iter()
            .map(|case| {
                let operation = string(case, "operation")?;
                let mut templates = Vec::new();
                for template in array(case, "templates")? {
                    let method = string(template, "method")?;
                    if serves(&operation, &method) {
                        templates.push(string(template, "path")?);
                    }
                }
                let method = case.get("request").map(|r| string(r, "method")).transpose()?;
                Ok(Case {
                    version: string(case, "version")?,
                    serves_operation: method.is_some_and(|m| serves(&operation, &m)),
                    operation,
                    type_name: string(case, "type")?,
                    source: string(case, "source")?,
                    templates,
                    request: body(case, "request"),
                    response: body(case, "response"),
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(Corpus { types, enums, cases })
    }
}

/// Whether a template with this HTTP method serves the page's operation:
/// get and list are `GET`, create is `POST`, update is `PATCH` (or `PUT`).
fn serves(operation: &str, method: &str) -> bool {
    match operation {
        "get" | "list" => method.eq_ignore_ascii_case("GET"),
        "create" => method.eq_ignore_ascii_case("POST"),
        "update" => method.eq_ignore_ascii_case("PATCH") || method.eq_ignore_ascii_case("PUT"),
        _ => false,
    }
}

/// `{ "<version>": { "<name>": {...} } }` → maps of parsed values.
fn by_version<T>(
    value: &Value,
    parse: impl Fn(&str, &Value) -> Result<T, String>,
) -> Result<BTreeMap<String, BTreeMap<String, T>>, String> {
    let versions = value.as_object().ok_or("expected an object of versions")?;
    versions
        .iter()
        .map(|(version, entries)| {
            let entries = entries
                .as_object()
                .ok_or_else(|| format!("{version}: expected an object"))?
                .iter()
                .map(|(name, entry)| {
                    Ok((
                        name.clone(),
                        parse(name, entry).map_err(|e| format!("{name}: {e}"))?,
                    ))
                })
                .collect::<Result<_, String>>()?;
            Ok((version.clone(), entries))
        })
        .collect()
}

/// The example body of a request or response, parsed from the text the page
/// shows; `None` when there is none or it is not JSON.
fn body(case: &Value, part: &str) -> Option<Value> {
    let text = case.get(part)?.get("body_text")?.as_str()?;
    serde_json::from_str(text).ok()
}

fn field<'a>(value: &'a Value, name: &str) -> Result<&'a Value, String> {
    value.get(name).ok_or_else(|| format!("missing `{name}`"))
}

fn string(value: &Value, name: &str) -> Result<String, String> {
    field(value, name)?
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("`{name}` is not a string"))
}

fn array<'a>(value: &'a Value, name: &str) -> Result<&'a Vec<Value>, String> {
    field(value, name)?
        .as_array()
        .ok_or_else(|| format!("`{name}` is not an array"))
}
