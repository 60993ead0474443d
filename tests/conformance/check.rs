//! The checks of one case, run on the struct generated for its type.

use std::fmt;

use graph_core::describe::{Description, FieldRole, Shape, TypeKind};
use graph_core::{ApiVersion, Cloud, Creatable, Endpoint, PathTemplate, RequestBuilder, SyntaxError};
use http::StatusCode;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::json::{diff, strip_type_hashes};
use crate::Case;

/// The checks of one type's struct, as the generated table stores them.
pub type Check = fn(&Case) -> Outcome;

/// What the checks of one case found.
#[derive(Debug, Default)]
pub struct Outcome {
    pub failures: Vec<Failure>,
    /// Path templates of the page that the derive refuses because the docs
    /// reuse a placeholder name: docs errors, left out of the struct.
    pub refused_templates: Vec<String>,
    /// Comparisons that differ only in the `#` of `@odata.type` values, so
    /// pass: the framework writes a type name in another form than the page.
    pub hash_only: usize,
}

#[derive(Debug)]
pub struct Failure {
    pub cause: Cause,
    pub detail: String,
}

/// Why a case fails; the report groups failures by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cause {
    /// No generated struct for the case's type: regenerate.
    NoStruct,
    /// A template is refused for another reason than a reused placeholder,
    /// or is not among the struct's paths.
    PathTemplate,
    /// The example request body is not JSON.
    RequestNotJson,
    /// The page shows no response body to read.
    NoResponseBody,
    /// The example response does not parse as the struct.
    ResponseParse,
    /// The full representation differs from the example response.
    FullRepresentation,
    /// Reading the full representation back gives another value.
    ReadBack,
    /// The create body differs from the example request.
    CreateBody,
    /// The update body differs from the example request.
    UpdateBody,
    /// The patch from an empty value to the response differs from the
    /// example request of an update page.
    Patch,
    /// The patch from the response to itself is not empty.
    PatchNotEmpty,
    /// The request the framework builds for the page is not the example
    /// request (method, URL or body), or cannot be built.
    Request,
    /// A create body, update body or patch carries, at some depth, an
    /// annotation or a member its type's body leaves out (key, read-only,
    /// navigation; immutable outside create bodies).
    BodyAtDepth,
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Cause::NoStruct => "no generated struct for the case's type",
            Cause::PathTemplate => "path template not accepted or not among the struct's paths",
            Cause::RequestNotJson => "example request body is not JSON",
            Cause::NoResponseBody => "page shows no response body",
            Cause::ResponseParse => "example response does not parse",
            Cause::FullRepresentation => "full representation differs from the example response",
            Cause::ReadBack => "full representation does not read back equal",
            Cause::CreateBody => "create body differs from the example request",
            Cause::UpdateBody => "update body differs from the example request",
            Cause::Patch => "patch from an empty value differs from the example request",
            Cause::PatchNotEmpty => "patch from the response to itself is not empty",
            Cause::Request => "built request differs from the example request",
            Cause::BodyAtDepth => {
                "a body carries an annotation or a member its type leaves out, at some depth"
            }
        })
    }
}

impl Outcome {
    fn fail(&mut self, cause: Cause, detail: impl Into<String>) {
        self.failures.push(Failure {
            cause,
            detail: detail.into(),
        });
    }
}

/// How many differences a failure shows.
const SHOWN: usize = 4;

/// Runs every check of `case` on `T`, the struct generated for its type.
pub fn run<T>(case: &Case) -> Outcome
where
    T: Creatable + Default + PartialEq + fmt::Debug,
{
    let mut outcome = Outcome::default();
    check_templates::<T>(case, &mut outcome);
    let request = match case.operation.as_str() {
        "create" | "update" => match read_request(case) {
            Ok(request) => Some(request),
            Err(error) => {
                outcome.fail(Cause::RequestNotJson, error);
                None
            }
        },
        _ => None,
    };
    let Some(entities) = read_response::<T>(case, &mut outcome) else {
        return outcome;
    };
    let empty = T::default();
    let first = entities.first().map_or(&empty, |(entity, _)| entity);
    check_request(case, &mut outcome, first, request.as_ref());
    for (i, (entity, expected)) in entities.into_iter().enumerate() {
        let at = if case.operation == "list" {
            format!("value[{i}]: ")
        } else {
            String::new()
        };
        compare(&mut outcome, Cause::FullRepresentation, &at, &expected, &entity);
        let bodies: [(&str, bool, Result<Value, serde_json::Error>); 3] = [
            ("create body", true, serde_json::to_value(entity.create_body())),
            ("update body", false, serde_json::to_value(entity.update_body())),
            (
                "patch from empty",
                false,
                serde_json::to_value(entity.changes_since(&T::default())),
            ),
        ];
        for (what, create, body) in bodies {
            let checked = body
                .map_err(|error| error.to_string())
                .and_then(|body| body_at_depth(&body, T::DESCRIPTION, create, what));
            if let Err(error) = checked {
                outcome.fail(Cause::BodyAtDepth, format!("{at}{error}"));
            }
        }
        match serde_json::to_string(&entity).map(|text| serde_json::from_str::<T>(&text)) {
            Ok(Ok(again)) if again == entity => {}
            Ok(Ok(again)) => outcome.fail(Cause::ReadBack, format!("{at}read back as {again:?}")),
            Ok(Err(error)) => outcome.fail(Cause::ReadBack, format!("{at}{error}")),
            Err(error) => outcome.fail(Cause::FullRepresentation, format!("{at}cannot write: {error}")),
        }
        let Some(request) = &request else {
            continue;
        };
        if case.operation == "create" {
            compare(
                &mut outcome,
                Cause::CreateBody,
                "",
                request,
                &entity.create_body(),
            );
        } else {
            compare(
                &mut outcome,
                Cause::UpdateBody,
                "",
                request,
                &entity.update_body(),
            );
            compare(
                &mut outcome,
                Cause::Patch,
                "",
                request,
                &entity.changes_since(&T::default()),
            );
            let unchanged = entity.changes_since(&entity);
            if !graph_core::Patch::is_empty(&unchanged) {
                outcome.fail(
                    Cause::PatchNotEmpty,
                    serde_json::to_string(&unchanged).unwrap_or_else(|error| error.to_string()),
                );
            }
        }
    }
    outcome
}

/// The example request body of a create or update page.
fn read_request(case: &Case) -> Result<Value, String> {
    let Some(text) = case.request.as_deref() else {
        return Err("the page shows no request body".to_owned());
    };
    serde_json::from_str(text).map_err(|error| {
        let first = text.lines().next().unwrap_or_default();
        format!("{error}; it starts with `{first}`")
    })
}

/// Each template of the page is accepted by the derive: it is one of the
/// struct's paths, or the collection path of one (create and list pages).
/// A template that reuses a placeholder name is a docs error: the derive
/// refuses it, so the struct leaves it out.
fn check_templates<T: Creatable>(case: &Case, outcome: &mut Outcome) {
    for path in T::PATHS {
        match PathTemplate::parse(path.as_str()) {
            Ok(parsed) if parsed == *path => {}
            Ok(parsed) => outcome.fail(
                Cause::PathTemplate,
                format!("`{}` is split differently at run time: {parsed:?}", path.as_str()),
            ),
            Err(error) => outcome.fail(
                Cause::PathTemplate,
                format!(
                    "the derive accepted `{}`, run time refuses it: {error}",
                    path.as_str()
                ),
            ),
        }
    }
    for template in &case.templates {
        match PathTemplate::parse(template) {
            Err(SyntaxError::DuplicatePlaceholder(_)) => outcome.refused_templates.push(template.clone()),
            Err(error) => outcome.fail(Cause::PathTemplate, format!("`{template}`: {error}")),
            Ok(_) => {
                let found = T::PATHS.iter().any(|path| {
                    path.as_str() == template
                        || path
                            .collection()
                            .is_ok_and(|collection| collection.as_str() == template)
                });
                if !found {
                    outcome.fail(
                        Cause::PathTemplate,
                        format!("`{template}` is neither a path of the struct nor the collection of one"),
                    );
                }
            }
        }
    }
}

/// The framework builds the page's example request: the same method, the
/// same URL once each placeholder is filled with its own name (the page
/// writes `{name}`) or, where the framework fills it from the entity, with
/// the entity's key, and for create and update the example body.
fn check_request<T>(case: &Case, outcome: &mut Outcome, entity: &T, body: Option<&Value>)
where
    T: Creatable,
{
    let version = match case.version.as_str() {
        "beta" => ApiVersion::Beta,
        _ => ApiVersion::V1,
    };
    let endpoint = Endpoint::new(Cloud::Global, version);
    let Some(path) = case.url.strip_prefix(endpoint.base_url()) else {
        outcome.fail(
            Cause::Request,
            format!(
                "the example URL `{}` is not below `{}`",
                case.url,
                endpoint.base_url()
            ),
        );
        return;
    };
    let template = match PathTemplate::parse(path) {
        Ok(template) => template,
        Err(SyntaxError::DuplicatePlaceholder(_)) => return,
        Err(error) => {
            outcome.fail(
                Cause::Request,
                format!("the example URL's path `{path}`: {error}"),
            );
            return;
        }
    };
    let names: Vec<&str> = template.params().collect();
    // The struct's template whose collection path the page's template is,
    // for create and list; the page's own template otherwise.
    let item = T::PATHS
        .iter()
        .find(|p| p.collection().is_ok_and(|c| c.as_str() == path))
        .cloned();
    let key = entity.key().filter(|_| template.ends_with_param());
    let key = key.as_deref();
    let (builder, filled): (RequestBuilder, Vec<&str>) = match case.operation.as_str() {
        "get" => (
            endpoint.get::<T>(&names).path(template.clone()).select_all(),
            names.clone(),
        ),
        "list" => (
            endpoint
                .list::<T>(&names)
                .path(item.unwrap_or(template.clone()))
                .select_all(),
            names.clone(),
        ),
        "create" => (
            endpoint
                .create(entity, &names)
                .path(item.unwrap_or(template.clone())),
            names.clone(),
        ),
        _ => {
            let parents = match key {
                Some(_) => names.split_last().map(|(_, parents)| parents).unwrap_or_default(),
                None => &names[..],
            };
            let mut filled = parents.to_vec();
            filled.extend(key);
            (endpoint.update(entity, parents).path(template.clone()), filled)
        }
    };
    let expected_url = match template.render(&filled) {
        Ok(path) => endpoint.url(&path),
        Err(error) => {
            outcome.fail(Cause::Request, format!("cannot fill `{path}`: {error}"));
            return;
        }
    };
    let request = match builder.build() {
        Ok(request) => request,
        Err(error) => {
            outcome.fail(Cause::Request, format!("{} {path}: {error}", case.method));
            return;
        }
    };
    if request.method().as_str() != case.method {
        outcome.fail(
            Cause::Request,
            format!("method {} where the page sends {}", request.method(), case.method),
        );
    }
    if request.uri().to_string() != expected_url {
        outcome.fail(
            Cause::Request,
            format!("URL {} where the page has {expected_url}", request.uri()),
        );
    }
    if let Some(body) = body {
        match serde_json::from_slice::<Value>(request.body()) {
            Ok(sent) => compare(outcome, Cause::Request, "body: ", body, &sent),
            Err(error) => outcome.fail(Cause::Request, format!("body is not JSON: {error}")),
        }
    }
}

/// A get page's `{"value": {...}}` wrapper.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Wrapped<T> {
    value: T,
}

/// Reads the example response as `T`: each entity with its example JSON.
fn read_response<T: Creatable>(case: &Case, outcome: &mut Outcome) -> Option<Vec<(T, Value)>> {
    let Some(text) = case.response.as_deref() else {
        outcome.fail(
            Cause::NoResponseBody,
            format!("status {}: nothing to read", case.status),
        );
        return None;
    };
    let example: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            outcome.fail(Cause::ResponseParse, format!("not JSON: {error}"));
            return None;
        }
    };
    let status = StatusCode::from_u16(case.status).unwrap_or(StatusCode::OK);
    let parsed: Result<Vec<(T, Value)>, String> = match case.operation.as_str() {
        "list" => {
            let items = match example {
                Value::Object(mut page) => match page.remove("value") {
                    Some(Value::Array(items)) => items,
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            graph_core::read_page::<T>(status, text.as_bytes())
                .map(|page| page.value.into_iter().zip(items).collect())
                .map_err(|error| error.to_string())
        }
        "get" => match example {
            // The pages wrap the entity in `value`; an entity may have a
            // property named `value` itself, so only a lone object is unwrapped.
            Value::Object(mut body) if body.len() == 1 && body.get("value").is_some_and(Value::is_object) => {
                let entity = body.remove("value").unwrap_or_default();
                parse::<Wrapped<T>>(text).map(|wrapped| vec![(wrapped.value, entity)])
            }
            other => parse::<T>(text).map(|entity| vec![(entity, other)]),
        },
        _ => parse::<T>(text).map(|entity| vec![(entity, example)]),
    };
    match parsed {
        Ok(entities) => Some(entities),
        Err(error) => {
            outcome.fail(Cause::ResponseParse, error);
            None
        }
    }
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|error| error.to_string())
}

/// Writes `value` and compares it with `expected`: equal as JSON values,
/// or equal once `@odata.type` values lose their `#`.
fn compare(outcome: &mut Outcome, cause: Cause, at: &str, expected: &Value, value: &impl Serialize) {
    let mut found = match serde_json::to_value(value) {
        Ok(found) => found,
        Err(error) => {
            outcome.fail(cause, format!("{at}cannot write: {error}"));
            return;
        }
    };
    if found == *expected {
        return;
    }
    let mut expected = expected.clone();
    strip_type_hashes(&mut expected);
    strip_type_hashes(&mut found);
    let differences = diff(&expected, &found, SHOWN);
    if differences.is_empty() {
        outcome.hash_only += 1;
    } else {
        outcome.fail(cause, format!("{at}{}", differences.join("; ")));
    }
}

/// Checks a body against the description of its type, at every depth: no
/// annotation but `@odata.type`, no key, read-only or navigation member, an
/// immutable member only in a create body.
fn body_at_depth(body: &Value, description: &Description, create: bool, at: &str) -> Result<(), String> {
    let Value::Object(members) = body else {
        return Ok(());
    };
    let description = match description.kind {
        TypeKind::Polymorphic => {
            let written = members
                .get("@odata.type")
                .and_then(Value::as_str)
                .map(|name| name.trim_start_matches('#'));
            match description
                .variants
                .iter()
                .find(|variant| Some(variant.odata_type) == written)
            {
                Some(variant) => *variant,
                None => return Ok(()),
            }
        }
        _ => description,
    };
    for (name, value) in members {
        if name.contains('@') && name != "@odata.type" {
            return Err(format!(
                "{at}: annotation `{name}` in a {}",
                description.odata_type
            ));
        }
        let Some(field) = description.field(name) else {
            continue;
        };
        let sent = match field.role {
            FieldRole::Key | FieldRole::ReadOnly | FieldRole::Navigation => false,
            FieldRole::Immutable => create,
            FieldRole::Writable | FieldRole::WriteOnly | FieldRole::Bind => true,
        };
        if !sent {
            return Err(format!(
                "{at}: `{name}` ({:?}) in a {}",
                field.role, description.odata_type
            ));
        }
        shape_at_depth(value, field.shape(), create, &format!("{at}.{name}"))?;
    }
    Ok(())
}

fn shape_at_depth(value: &Value, shape: Shape, create: bool, at: &str) -> Result<(), String> {
    match (shape.required(), value) {
        (Shape::Type(description), Value::Object(_)) => body_at_depth(value, description, create, at),
        (Shape::Collection(inner), Value::Array(values)) => values
            .iter()
            .enumerate()
            .try_for_each(|(i, value)| shape_at_depth(value, inner(), create, &format!("{at}[{i}]"))),
        _ => Ok(()),
    }
}
