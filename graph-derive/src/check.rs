//! Rules between attributes, each a small named check.

use std::collections::BTreeMap;

use syn::DeriveInput;

use crate::ast::{Container, Data, Role};
use crate::attr;
use crate::ctxt::Ctxt;
use crate::shape;

/// The declared OData type: required, namespace-qualified, `#` optional.
pub fn odata_type(cx: &Ctxt, input: &DeriveInput, attrs: &attr::Container) -> String {
    let Some((lit, value)) = &attrs.odata_type else {
        cx.error_spanned_by(
            &input.ident,
            "missing #[graph(odata_type = \"...\")]; name the OData type, as in `microsoft.graph.deviceCategory`",
        );
        return String::new();
    };
    let name = value.strip_prefix('#').unwrap_or(value);
    if name.is_empty() {
        cx.error_spanned_by(
            lit,
            "empty odata_type; write the namespace-qualified type name, as in `microsoft.graph.deviceCategory`",
        );
        return String::new();
    }
    let valid_part = |part: &str| {
        let mut chars = part.chars();
        matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let parts: Vec<&str> = name.split('.').collect();
    if parts.len() < 2 || !parts.iter().all(|part| valid_part(part)) {
        cx.error_spanned_by(
            lit,
            format!("`{value}` is not a namespace-qualified OData type name; write it as `namespace.Name`, as in `microsoft.graph.deviceCategory`"),
        );
    }
    name.to_owned()
}

/// The role a field's attributes give it, rejecting combinations that
/// contradict each other.
pub fn field_role(cx: &Ctxt, attrs: &attr::Field) -> Role {
    let roles = [
        (attrs.key, Role::Key, "key"),
        (attrs.read_only, Role::ReadOnly, "read_only"),
        (attrs.immutable, Role::Immutable, "immutable"),
        (attrs.write_only, Role::WriteOnly, "write_only"),
        (attrs.extra, Role::Extra, "extra"),
        (attrs.etag, Role::Etag, "etag"),
        (attrs.odata_type, Role::ODataType, "odata_type"),
        (attrs.skip, Role::Skip, "skip"),
        (attrs.navigation, Role::Navigation, "navigation"),
        (attrs.bind.as_ref().map(|(lit, _)| lit.span()), Role::Bind, "bind"),
    ];
    let set: Vec<_> = roles
        .iter()
        .filter_map(|(span, role, name)| span.map(|s| (s, *role, *name)))
        .collect();
    let mut chosen = Role::Writable;
    for (i, (span, role, name)) in set.iter().enumerate() {
        if i == 0 {
            chosen = *role;
            continue;
        }
        let (_, first_role, first) = set[0];
        // key is server-owned already: `key` with `read_only` says the same twice.
        if first_role == Role::Key && *role == Role::ReadOnly {
            continue;
        }
        cx.syn_error(syn::Error::new(
            *span,
            format!("#[graph({name})] cannot be combined with #[graph({first})]"),
        ));
    }
    chosen
}

/// Checks on the whole container.
pub fn container(cx: &Ctxt, container: &Container) {
    match &container.data {
        Data::Struct(_) => {
            unique_json_names(cx, container);
            single_special_fields(cx, container);
            special_field_types(cx, container);
            complex_has_no_key_or_path(cx, container);
            rename_with_role(cx, container);
        }
        Data::Enum(_) => crate::poly::check(cx, container),
    }
}

/// Two fields must not read and write one JSON property.
fn unique_json_names(cx: &Ctxt, container: &Container) {
    let mut seen = BTreeMap::new();
    for field in container.fields().iter().filter(|field| field.is_property()) {
        if let Some(first) = seen.insert(field.json_name.as_str(), field.member) {
            seen.insert(field.json_name.as_str(), first);
            cx.error_spanned_by(
                field.member,
                format!(
                    "fields `{first}` and `{}` both use the JSON name `{}`; give one a #[graph(rename = \"...\")]",
                    field.member, field.json_name
                ),
            );
        } else if field.json_name.starts_with('@') {
            cx.error_spanned_by(
                field.member,
                format!("`{}` is a control annotation, not a property name; use #[graph(etag)], #[graph(odata_type)] or #[graph(extra)]", field.json_name),
            );
        }
    }
}

/// `key`, `extra`, `etag` and `odata_type` each mark at most one field.
fn single_special_fields(cx: &Ctxt, container: &Container) {
    for (role, name) in [
        (Role::Key, "key"),
        (Role::Extra, "extra"),
        (Role::Etag, "etag"),
        (Role::ODataType, "odata_type"),
    ] {
        for field in container
            .fields()
            .iter()
            .filter(|field| field.role == role)
            .skip(1)
        {
            cx.error_spanned_by(
                field.member,
                format!("#[graph({name})] can only be used on one field"),
            );
        }
    }
}

/// `extra` holds a JSON map; `etag` and `odata_type` hold an optional
/// string. A type spelled otherwise through an alias is checked by the
/// compiler instead (see `ser::special_field_assertions`).
fn special_field_types(cx: &Ctxt, container: &Container) {
    for field in container.fields() {
        match field.role {
            Role::Extra if shape::clearly_not(field.ty, "Map") => cx.error_spanned_by(
                field.ty,
                "#[graph(extra)] needs the type `serde_json::Map<String, serde_json::Value>`",
            ),
            Role::Etag | Role::ODataType if shape::clearly_not_optional_string(field.ty) => {
                let name = if field.role == Role::Etag {
                    "etag"
                } else {
                    "odata_type"
                };
                cx.error_spanned_by(
                    field.ty,
                    format!("#[graph({name})] needs the type `Option<String>`"),
                )
            }
            _ => {}
        }
    }
}

/// A complex type lives inside other values: it has no key and no path.
fn complex_has_no_key_or_path(cx: &Ctxt, container: &Container) {
    if container.attrs.complex.is_none() {
        return;
    }
    if let Some(field) = container.field(Role::Key) {
        cx.error_spanned_by(
            field.member,
            "a complex type has no key; remove #[graph(key)] or #[graph(complex)]",
        );
    }
    if let Some(path) = container.attrs.paths.first() {
        cx.error_spanned_by(
            path,
            "a complex type has no path; remove the path or #[graph(complex)]",
        );
    }
}

/// `rename` names a property; the annotation fields have fixed names.
fn rename_with_role(cx: &Ctxt, container: &Container) {
    for field in container.fields() {
        if field.attrs.rename.is_some() && !field.is_property() {
            cx.error_spanned_by(
                field.member,
                "#[graph(rename)] applies to properties, not to extra, etag, odata_type or skip fields",
            );
        }
    }
}
