//! Checking hand-written structs against the schema.
//!
//! Partial structs are fine: a property the struct leaves out is never a
//! mismatch. Inherited properties count. A field of a type the framework
//! does not know ([`Shape::Other`]) is not checked, and a
//! `serde_json::Value` field matches any type.

use std::collections::BTreeSet;

use graph_core::describe::{Description, FieldDescription, FieldRole, Primitive, Shape, TypeKind};
use graph_core::GraphEntity;

use crate::model::{Kind, Metadata, StructuredType, TypeRef};

/// One difference between a struct and the schema.
///
/// ```
/// let mismatch = graph_schema::Mismatch {
///     struct_name: "Device".into(),
///     field: Some("nmae".into()),
///     message: "unknown property `nmae` of `microsoft.graph.device`; nearest: `name`".into(),
/// };
/// assert_eq!(mismatch.to_string(), "Device.nmae: unknown property `nmae` of `microsoft.graph.device`; nearest: `name`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The Rust name of the struct.
    pub struct_name: String,
    /// The Rust name of the field, if the mismatch is about one.
    pub field: Option<String>,
    /// What differs and how to fix it.
    pub message: String,
}

impl std::fmt::Display for Mismatch {
    /// `Struct.field: message` or `Struct: message`, on one line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{}.{field}: {}", self.struct_name, self.message),
            None => write!(f, "{}: {}", self.struct_name, self.message),
        }
    }
}

/// Every mismatch between a `GraphEntity` struct (or polymorphic enum) and
/// the schema; empty when the struct agrees with it.
///
/// ```
/// use graph_core::GraphEntity;
///
/// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.settingSource", complex)]
/// pub struct SettingSource {
///     pub display_name: Option<i32>,
/// }
///
/// let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="microsoft.graph">
///   <ComplexType Name="settingSource"><Property Name="displayName" Type="Edm.String" /></ComplexType>
/// </Schema>"#)?;
/// let mismatches: Vec<String> = graph_schema::verify::<SettingSource>(&metadata).iter().map(ToString::to_string).collect();
/// assert_eq!(mismatches, ["SettingSource.display_name: `displayName` is `Edm.String` in the schema, the field is `Edm.Int32`; use `String`"]);
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
pub fn verify<T: GraphEntity>(metadata: &Metadata<'_>) -> Vec<Mismatch> {
    verify_description(T::DESCRIPTION, metadata)
}

/// [`verify()`] for each of several descriptions, in order (a description
/// listed twice, or reached twice as a polymorphic enum's variant, is
/// checked once).
///
/// ```
/// use graph_core::GraphEntity;
///
/// #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.nothing", complex)]
/// pub struct Nothing {}
///
/// let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="microsoft.graph" />"#)?;
/// let mismatches = graph_schema::verify_all(&[Nothing::DESCRIPTION], &metadata);
/// assert_eq!(mismatches[0].to_string(), "Nothing: unknown type `microsoft.graph.nothing`: the schema has no such entity or complex type; check `odata_type`");
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
pub fn verify_all(descriptions: &[&Description], metadata: &Metadata<'_>) -> Vec<Mismatch> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for description in descriptions {
        check(description, metadata, &mut seen, &mut out);
    }
    out
}

/// [`verify()`] for a description.
///
/// ```
/// # use graph_core::GraphEntity;
/// # #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
/// # #[graph(odata_type = "ns.point", complex)]
/// # pub struct Point { pub x: Option<i32> }
/// let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns"><ComplexType Name="point"><Property Name="x" Type="Edm.Int32" /></ComplexType></Schema>"#)?;
/// assert!(graph_schema::verify_description(Point::DESCRIPTION, &metadata).is_empty());
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
pub fn verify_description(description: &Description, metadata: &Metadata<'_>) -> Vec<Mismatch> {
    verify_all(&[description], metadata)
}

struct Report<'a> {
    struct_name: &'a str,
    out: &'a mut Vec<Mismatch>,
}

impl Report<'_> {
    fn on_struct(&mut self, message: String) {
        self.out.push(Mismatch {
            struct_name: self.struct_name.to_owned(),
            field: None,
            message,
        });
    }

    fn on_field(&mut self, field: &FieldDescription, message: String) {
        self.out.push(Mismatch {
            struct_name: self.struct_name.to_owned(),
            field: Some(field.rust_name.to_owned()),
            message,
        });
    }
}

fn check(
    description: &Description,
    metadata: &Metadata<'_>,
    seen: &mut BTreeSet<(&'static str, &'static str)>,
    out: &mut Vec<Mismatch>,
) {
    if !seen.insert((description.rust_name, description.odata_type)) {
        return;
    }
    if description.kind == TypeKind::Polymorphic {
        for variant in description.variants {
            check(variant, metadata, seen, out);
        }
        return;
    }
    let mut report = Report {
        struct_name: description.rust_name,
        out,
    };
    let Some(ty) = metadata.structured_type(description.odata_type) else {
        report.on_struct(format!(
            "unknown type `{}`: the schema has no such entity or complex type; check `odata_type`",
            description.odata_type
        ));
        return;
    };
    match (description.kind, ty.kind) {
        (TypeKind::Complex, Kind::Entity) => {
            report.on_struct(format!("`{}` is an entity type; remove `complex`", ty.name))
        }
        (TypeKind::Entity, Kind::Complex) => {
            report.on_struct(format!("`{}` is a complex type; add `complex`", ty.name))
        }
        _ => {}
    }
    match (description.is_abstract, ty.is_abstract) {
        (false, true) => report.on_struct(format!("`{}` is abstract in the schema; add `abstract`", ty.name)),
        (true, false) => report.on_struct(format!(
            "`{}` is not abstract in the schema; remove `abstract`",
            ty.name
        )),
        _ => {}
    }
    for field in description.fields {
        check_field(field, ty, metadata, &mut report);
    }
    check_paths(description, ty, metadata, &mut report);
}

fn check_field(
    field: &FieldDescription,
    ty: &StructuredType<'_>,
    metadata: &Metadata<'_>,
    report: &mut Report<'_>,
) {
    let name = field.json_name;
    let property = metadata.property(ty, name);
    let navigation = metadata.navigation_property(ty, name);
    match field.role {
        FieldRole::Navigation | FieldRole::Bind => {
            let Some(navigation) = navigation else {
                let message =
                    match property {
                        Some(_) => format!(
                        "`{name}` is a structural property of `{}`, not a navigation property; remove `{}`",
                        ty.name,
                        if field.role == FieldRole::Bind { "bind" } else { "navigation" }
                    ),
                        None => unknown_property(name, ty, metadata),
                    };
                report.on_field(field, message);
                return;
            };
            if field.role == FieldRole::Navigation {
                if let Some(message) = shape_mismatch(name, &navigation.ty, field.shape(), metadata) {
                    report.on_field(field, message);
                }
            }
        }
        role => {
            let Some(property) = property else {
                let message = match navigation {
                    Some(_) => format!(
                        "`{name}` is a navigation property of `{}`; add `navigation`",
                        ty.name
                    ),
                    None => unknown_property(name, ty, metadata),
                };
                report.on_field(field, message);
                return;
            };
            let key = metadata.key(ty);
            let in_key = key.iter().any(|k| k == name);
            if role == FieldRole::Key && !in_key {
                let message = match key.first() {
                    Some(_) => format!(
                        "`{name}` is not the key of `{}` (its key is `{}`); remove `key`",
                        ty.name,
                        key.join("`, `")
                    ),
                    None => format!("`{}` has no key; remove `key`", ty.name),
                };
                report.on_field(field, message);
            } else if role != FieldRole::Key && in_key && ty.kind == Kind::Entity {
                report.on_field(field, format!("`{name}` is the key of `{}`; add `key`", ty.name));
            } else if property.is_read_only() && role.is_sent() {
                let why = if property.computed {
                    "computed"
                } else {
                    "read-only (Permissions: Read)"
                };
                report.on_field(
                    field,
                    format!("`{name}` is {why} in the schema: the server owns it; add `read_only`"),
                );
            }
            if let Some(message) = shape_mismatch(name, &property.ty, field.shape(), metadata) {
                report.on_field(field, message);
            }
        }
    }
}

fn unknown_property(name: &str, ty: &StructuredType<'_>, metadata: &Metadata<'_>) -> String {
    let candidates = metadata
        .all_properties(ty)
        .into_iter()
        .map(|p| p.name.as_ref())
        .chain(metadata.all_navigation(ty).into_iter().map(|n| n.name.as_ref()));
    match nearest(name, candidates) {
        Some(near) => format!(
            "unknown property `{name}` of `{}`; nearest: `{near}` (rename the field or add `rename = \"{near}\"`)",
            ty.name
        ),
        None => format!("unknown property `{name}` of `{}`, which has no properties; remove the field", ty.name),
    }
}

/// Whether a field of this shape reads and writes the schema's type.
fn shape_mismatch(name: &str, schema: &TypeRef<'_>, shape: Shape, metadata: &Metadata<'_>) -> Option<String> {
    let shape = shape.required();
    let (element, is_collection) = match shape {
        Shape::Other(_) | Shape::Primitive(Primitive::Json) => return None,
        Shape::Collection(inner) => (inner().required(), true),
        shape => (shape, false),
    };
    if matches!(element, Shape::Other(_) | Shape::Primitive(Primitive::Json))
        && is_collection == schema.collection
    {
        return None;
    }
    let wrong = |fix: String| {
        Some(format!(
            "`{name}` is `{schema}` in the schema, the field is `{}`; {fix}",
            shape_text(shape)
        ))
    };
    let rust = rust_type(schema, metadata);
    if is_collection != schema.collection {
        return wrong(format!("use {rust}"));
    }
    let element_name = schema.name.to_string();
    let element_name = element_name.as_str();
    match element {
        Shape::Primitive(primitive) => {
            let accepted: &[&str] = match primitive {
                Primitive::String => &["Edm.String", "Edm.Guid"],
                Primitive::Double => &["Edm.Double", "Edm.Decimal"],
                _ => &[],
            };
            let exact = element_name.strip_prefix("Edm.") == Some(primitive.name());
            if exact || accepted.contains(&element_name) {
                None
            } else {
                wrong(format!("use {rust}"))
            }
        }
        Shape::Enum(description) | Shape::Flags(description) => {
            let flags = matches!(element, Shape::Flags(_));
            let Some(schema_enum) = metadata.enum_type(element_name) else {
                return wrong(format!("use {rust}"));
            };
            // A plain `GraphEnum` reads a flags value too: a combination
            // (`a,b`) goes to its `other` variant, whole.
            if flags && !schema_enum.is_flags {
                return wrong("it is not a flags enum: use a `GraphEnum`".to_owned());
            }
            let unknown: Vec<&str> = description
                .members
                .iter()
                .copied()
                .filter(|member| !schema_enum.members.iter().any(|m| m.name == *member))
                .collect();
            let first = unknown.first()?;
            let near = nearest(first, schema_enum.members.iter().map(|m| m.name.as_ref()));
            let near = near.map(|n| format!(" (nearest: `{n}`)")).unwrap_or_default();
            Some(format!(
                "enum `{}` lists {} that `{}` lacks: `{}`{near}; remove or rename {}",
                description.rust_name,
                if unknown.len() == 1 { "a member" } else { "members" },
                schema_enum.name,
                unknown.join("`, `"),
                if unknown.len() == 1 { "it" } else { "them" },
            ))
        }
        Shape::Type(description) => {
            let Some(expected) = metadata.structured_type(element_name) else {
                return wrong(format!("use {rust}"));
            };
            match metadata.structured_type(description.odata_type) {
                Some(found) if metadata.derives_from(found, expected) => None,
                // A struct of a beta-only or unknown type is reported on its own.
                None if description.kind != TypeKind::Polymorphic => None,
                _ => wrong(format!(
                    "use a struct of `{}` or a type deriving from it",
                    expected.name
                )),
            }
        }
        Shape::Collection(_) => wrong(format!("use {rust}")),
        Shape::Optional(_) | Shape::Other(_) => None,
    }
}

fn shape_text(shape: Shape) -> String {
    match shape {
        Shape::Collection(inner) => format!("Collection({})", shape_text(inner().required())),
        Shape::Type(description) => description.odata_type.to_owned(),
        shape => shape.to_string(),
    }
}

/// The Rust type the spec gives a schema type (the element of a
/// collection in a `Vec`), as a message's fix says it.
fn rust_type(ty: &TypeRef<'_>, metadata: &Metadata<'_>) -> String {
    let qualified = ty.name.to_string();
    let element = match qualified.as_str() {
        "Edm.String" | "Edm.Guid" => "String".to_owned(),
        "Edm.Boolean" => "bool".to_owned(),
        "Edm.Byte" => "u8".to_owned(),
        "Edm.SByte" => "i8".to_owned(),
        "Edm.Int16" => "i16".to_owned(),
        "Edm.Int32" => "i32".to_owned(),
        "Edm.Int64" => "i64".to_owned(),
        "Edm.Single" => "f32".to_owned(),
        "Edm.Double" | "Edm.Decimal" => "f64".to_owned(),
        "Edm.DateTimeOffset" => "DateTime<FixedOffset>".to_owned(),
        "Edm.Date" => "NaiveDate".to_owned(),
        "Edm.TimeOfDay" => "NaiveTime".to_owned(),
        "Edm.Duration" => "graph_core::Duration".to_owned(),
        "Edm.Binary" => "graph_core::Binary".to_owned(),
        name if name.starts_with("Edm.") => "serde_json::Value".to_owned(),
        name => {
            let (one, many) = match metadata.enum_type(name) {
                Some(e) if e.is_flags => (
                    "a set of members of the flags enum",
                    "sets of members of the flags enum",
                ),
                Some(_) => ("a `GraphEnum` of", "`GraphEnum`s of"),
                None => ("a struct of", "structs of"),
            };
            return if ty.collection {
                format!("a `Vec` of {many} `{name}`")
            } else {
                format!("{one} `{name}`")
            };
        }
    };
    if ty.collection {
        format!("`Vec<{element}>`")
    } else {
        format!("`{element}`")
    }
}

fn check_paths(
    description: &Description,
    ty: &StructuredType<'_>,
    metadata: &Metadata<'_>,
    report: &mut Report<'_>,
) {
    if description.paths.is_empty() || ty.kind != Kind::Entity {
        return;
    }
    let schema_paths = metadata.paths(ty);
    let normalized: BTreeSet<String> = schema_paths.iter().map(|p| normalize(p)).collect();
    for path in description.paths {
        let path = path.as_str();
        if normalized.contains(&normalize(path)) {
            continue;
        }
        let message = match nearest(path, schema_paths.iter().map(String::as_str)) {
            Some(near) => format!("path `{path}` is not one the schema reaches; nearest: `{near}`"),
            None => format!(
                "path `{path}` is not one the schema reaches: no entity set or singleton contains `{}`; remove it",
                ty.name.name()
            ),
        };
        report.on_struct(message);
    }
}

/// A path with every placeholder written `{}`: placeholder names are the
/// user's to choose.
fn normalize(path: &str) -> String {
    path.split('/')
        .map(|segment| if segment.starts_with('{') { "{}" } else { segment })
        .collect::<Vec<_>>()
        .join("/")
}

/// The candidate nearest to `name` by edit distance (the first of equals).
fn nearest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let name = normalize(name);
    candidates
        .map(|candidate| (edit_distance(&name, &normalize(candidate)), candidate))
        .fold(
            None,
            |best: Option<(usize, &str)>, (distance, candidate)| match best {
                Some((d, _)) if d <= distance => best,
                _ => Some((distance, candidate)),
            },
        )
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance over characters, case-insensitive.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().flat_map(char::to_lowercase).collect();
    let b: Vec<char> = b.chars().flat_map(char::to_lowercase).collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        if let Some(first) = current.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous.get(j).copied().unwrap_or(0) + usize::from(ca != cb);
            let delete = previous.get(j + 1).copied().unwrap_or(0) + 1;
            let insert = current.get(j).copied().unwrap_or(0) + 1;
            if let Some(cell) = current.get_mut(j + 1) {
                *cell = substitute.min(delete).min(insert);
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(
            edit_distance("deviceConfigurationStates", "deviceConfigurationState"),
            1
        );
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(nearest("nmae", ["id", "name", "names"].into_iter()), Some("name"));
        assert_eq!(normalize("/a/{xId}/b/{yId}"), "/a/{}/b/{}");
    }
}
