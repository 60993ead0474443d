//! Rules between attributes, each a small named check.

use std::collections::BTreeMap;

use quote::ToTokens;

use crate::ast::{Container, Data, Role, Variant};
use crate::ctxt::Ctxt;
use crate::shape;

/// Checks on the whole container.
pub fn container(cx: &Ctxt, container: &Container) {
    match &container.data {
        Data::Struct(_) => {
            unique_json_names(cx, container);
            single_special_fields(cx, container);
            special_field_types(cx, container);
            complex_has_no_key_or_path(cx, container);
            rename_with_role(cx, container);
            bind_names(cx, container);
        }
        Data::Enum(_) => polymorphic(cx, container),
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

/// `rename` names a property; the annotation fields have fixed names and a
/// bind field is named by its `bind`.
fn rename_with_role(cx: &Ctxt, container: &Container) {
    for field in container.fields() {
        if field.attrs.rename.is_some() && field.role == Role::Bind {
            cx.error_spanned_by(
                field.member,
                "#[graph(rename)] cannot be used with #[graph(bind)]: the bind names the navigation property",
            );
        } else if field.attrs.rename.is_some() && !field.is_property() {
            cx.error_spanned_by(
                field.member,
                "#[graph(rename)] applies to properties, not to extra, etag, odata_type or skip fields",
            );
        }
    }
}

/// Rules of a polymorphic enum.
fn polymorphic(cx: &Ctxt, container: &Container) {
    let Data::Enum(variants) = &container.data else {
        return;
    };
    if variants.is_empty() {
        cx.error_spanned_by(
            container.ident,
            "#[derive(GraphEntity)] on an enum needs variants, each wrapping one GraphEntity type",
        );
    }
    // a fieldless enum is a GraphEnum
    if !variants.is_empty() && variants.iter().all(|v| v.original.fields.is_empty()) {
        cx.error_spanned_by(
            container.ident,
            "a fieldless enum is a Graph enumeration: use #[derive(GraphEnum)]; #[derive(GraphEntity)] on an enum needs variants that each wrap one GraphEntity type",
        );
        return;
    }
    // each variant wraps exactly one type
    for variant in variants.iter().filter(|v| v.ty.is_none()) {
        let example = variants
            .iter()
            .find_map(|v| v.ty)
            .map(|ty| ty.to_token_stream().to_string().replace(' ', ""))
            .unwrap_or_else(|| "IosGeneralDeviceConfiguration".to_owned());
        let message = format!(
            "variant `{}` must wrap one GraphEntity type, as in `{}({example})`",
            variant.ident, variant.ident
        );
        if variant.original.fields.is_empty() {
            cx.error_spanned_by(variant.ident, message);
        } else {
            cx.error_spanned_by(&variant.original.fields, message);
        }
    }
    // at most one `other` variant
    for variant in variants.iter().filter(|v| v.attrs.other.is_some()).skip(1) {
        if let Some(span) = variant.attrs.other {
            cx.syn_error(syn::Error::new(
                span,
                "#[graph(other)] can only be used on one variant",
            ));
        }
    }
    // no type wrapped twice
    let mut seen: Vec<(String, &Variant)> = Vec::new();
    for variant in variants.iter().filter(|v| v.attrs.other.is_none()) {
        let Some(ty) = variant.ty else { continue };
        let key = ty.to_token_stream().to_string();
        if let Some((_, first)) = seen.iter().find(|(existing, _)| *existing == key) {
            cx.error_spanned_by(
                ty,
                format!(
                    "variants `{}` and `{}` both wrap `{}`; each type needs one variant",
                    first.ident,
                    variant.ident,
                    key.replace(' ', "")
                ),
            );
        } else {
            seen.push((key, variant));
        }
    }
}

/// A bind names one navigation property, once.
fn bind_names(cx: &Ctxt, container: &Container) {
    let mut seen = BTreeMap::new();
    for field in container.fields() {
        let Some((lit, name)) = &field.attrs.bind else {
            continue;
        };
        let valid = name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !valid {
            cx.error_spanned_by(
                lit,
                format!("`{name}` is not a navigation property name; write the name the URLs bind, as in `bind = \"members\"`"),
            );
        } else if let Some(first) = seen.insert(name.as_str(), field.member) {
            cx.error_spanned_by(
                lit,
                format!(
                    "fields `{first}` and `{}` both bind `{name}`; give each navigation property one field",
                    field.member
                ),
            );
        }
    }
}
