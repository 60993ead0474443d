//! `#[graph(...)]` attributes parsed into typed values.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, LitStr};

use crate::ctxt::Ctxt;

/// One attribute value that may be given once.
pub struct Attr<'c, T> {
    cx: &'c Ctxt,
    name: &'static str,
    tokens: TokenStream,
    value: Option<T>,
}

impl<'c, T> Attr<'c, T> {
    pub fn none(cx: &'c Ctxt, name: &'static str) -> Self {
        Attr {
            cx,
            name,
            tokens: TokenStream::new(),
            value: None,
        }
    }

    /// Sets the value, reporting a duplicate on the second occurrence.
    pub fn set<A: ToTokens>(&mut self, obj: A, value: T) {
        let tokens = obj.into_token_stream();
        if self.value.is_some() {
            self.cx
                .error_spanned_by(tokens, format!("duplicate graph attribute `{}`", self.name));
        } else {
            self.tokens = tokens;
            self.value = Some(value);
        }
    }

    pub fn get(self) -> Option<T> {
        self.value
    }

    pub fn get_with_tokens(self) -> Option<(TokenStream, T)> {
        let tokens = self.tokens;
        self.value.map(|value| (tokens, value))
    }
}

/// A flag attribute such as `#[graph(key)]`: the span where it was set.
pub struct Flag<'c>(Attr<'c, Span>);

impl<'c> Flag<'c> {
    pub fn none(cx: &'c Ctxt, name: &'static str) -> Self {
        Flag(Attr::none(cx, name))
    }

    pub fn set(&mut self, meta: &ParseNestedMeta) {
        self.0.set(
            &meta.path,
            meta.path.get_ident().map_or_else(Span::call_site, |i| i.span()),
        );
    }

    pub fn get(self) -> Option<Span> {
        self.0.get()
    }
}

const CONTAINER_ATTRS: &[&str] = &[
    "odata_type",
    "path",
    "complex",
    "abstract",
    "crate",
    "omit_body_type",
];
const FIELD_ATTRS: &[&str] = &[
    "rename",
    "key",
    "read_only",
    "immutable",
    "write_only",
    "extra",
    "etag",
    "odata_type",
    "skip",
    "with",
    "navigation",
    "bind",
];
const VARIANT_ATTRS: &[&str] = &["rename", "other"];

/// Attributes on the struct or enum.
pub struct Container {
    pub odata_type: Option<(LitStr, String)>,
    pub paths: Vec<LitStr>,
    pub complex: Option<Span>,
    pub is_abstract: Option<Span>,
    pub krate: Option<syn::Path>,
    pub omit_body_type: bool,
}

impl Container {
    pub fn from_ast(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut odata_type = Attr::none(cx, "odata_type");
        let mut paths = Vec::new();
        let mut complex = Flag::none(cx, "complex");
        let mut is_abstract = Flag::none(cx, "abstract");
        let mut krate = Attr::none(cx, "crate");
        let mut omit_body_type = Flag::none(cx, "omit_body_type");

        for attr in graph_attrs(attrs) {
            let result = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("odata_type") {
                    let lit: LitStr = meta.value()?.parse()?;
                    let value = lit.value();
                    odata_type.set(&meta.path, (lit, value));
                } else if meta.path.is_ident("path") {
                    paths.push(meta.value()?.parse()?);
                } else if meta.path.is_ident("complex") {
                    complex.set(&meta);
                } else if meta.path.is_ident("abstract") {
                    is_abstract.set(&meta);
                } else if meta.path.is_ident("crate") {
                    let lit: LitStr = meta.value()?.parse()?;
                    match lit.parse::<syn::Path>() {
                        Ok(path) => krate.set(&meta.path, path),
                        Err(_) => cx.error_spanned_by(
                            &lit,
                            format!("`{}` is not a path; write the path to graph_core, as in `my_sdk::graph_core`", lit.value()),
                        ),
                    }
                } else if meta.path.is_ident("omit_body_type") {
                    omit_body_type.set(&meta);
                } else {
                    skip_unknown(cx, &meta, "container", CONTAINER_ATTRS)?;
                }
                Ok(())
            });
            if let Err(error) = result {
                cx.syn_error(error);
            }
        }

        Container {
            odata_type: odata_type.get(),
            paths,
            complex: complex.get(),
            is_abstract: is_abstract.get(),
            krate: krate.get(),
            omit_body_type: omit_body_type.get().is_some(),
        }
    }
}

/// Attributes on one field.
pub struct Field {
    pub rename: Option<String>,
    pub key: Option<Span>,
    pub read_only: Option<Span>,
    pub immutable: Option<Span>,
    pub write_only: Option<Span>,
    pub extra: Option<Span>,
    pub etag: Option<Span>,
    pub odata_type: Option<Span>,
    pub skip: Option<Span>,
    pub with: Option<syn::Path>,
    pub navigation: Option<Span>,
    /// `bind = "members"`: the literal and the navigation property it binds.
    pub bind: Option<(LitStr, String)>,
}

impl Field {
    pub fn from_ast(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut rename = Attr::none(cx, "rename");
        let mut key = Flag::none(cx, "key");
        let mut read_only = Flag::none(cx, "read_only");
        let mut immutable = Flag::none(cx, "immutable");
        let mut write_only = Flag::none(cx, "write_only");
        let mut extra = Flag::none(cx, "extra");
        let mut etag = Flag::none(cx, "etag");
        let mut odata_type = Flag::none(cx, "odata_type");
        let mut skip = Flag::none(cx, "skip");
        let mut with = Attr::none(cx, "with");
        let mut navigation = Flag::none(cx, "navigation");
        let mut bind = Attr::none(cx, "bind");

        for attr in graph_attrs(attrs) {
            let result = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    let lit: LitStr = meta.value()?.parse()?;
                    if lit.value().is_empty() {
                        cx.error_spanned_by(&lit, "#[graph(rename)] needs a non-empty JSON name");
                    }
                    rename.set(&meta.path, lit.value());
                } else if meta.path.is_ident("key") {
                    key.set(&meta);
                } else if meta.path.is_ident("read_only") {
                    read_only.set(&meta);
                } else if meta.path.is_ident("immutable") {
                    immutable.set(&meta);
                } else if meta.path.is_ident("write_only") {
                    write_only.set(&meta);
                } else if meta.path.is_ident("extra") {
                    extra.set(&meta);
                } else if meta.path.is_ident("etag") {
                    etag.set(&meta);
                } else if meta.path.is_ident("odata_type") {
                    odata_type.set(&meta);
                } else if meta.path.is_ident("skip") {
                    skip.set(&meta);
                } else if meta.path.is_ident("navigation") {
                    navigation.set(&meta);
                } else if meta.path.is_ident("bind") {
                    let lit: LitStr = meta.value()?.parse()?;
                    let value = lit.value();
                    bind.set(&meta.path, (lit, value));
                } else if meta.path.is_ident("with") {
                    let lit: LitStr = meta.value()?.parse()?;
                    match lit.parse::<syn::Path>() {
                        Ok(path) => with.set(&meta.path, path),
                        Err(_) => {
                            cx.error_spanned_by(&lit, format!("`{}` is not a module path", lit.value()))
                        }
                    }
                } else {
                    skip_unknown(cx, &meta, "field", FIELD_ATTRS)?;
                }
                Ok(())
            });
            if let Err(error) = result {
                cx.syn_error(error);
            }
        }

        Field {
            rename: rename.get(),
            key: key.get(),
            read_only: read_only.get(),
            immutable: immutable.get(),
            write_only: write_only.get(),
            extra: extra.get(),
            etag: etag.get(),
            odata_type: odata_type.get(),
            skip: skip.get(),
            with: with.get(),
            navigation: navigation.get(),
            bind: bind.get(),
        }
    }
}

/// Attributes on one enum variant (of a GraphEnum or a polymorphic entity enum).
pub struct Variant {
    pub rename: Option<(TokenStream, String)>,
    pub other: Option<Span>,
}

impl Variant {
    pub fn from_ast(cx: &Ctxt, attrs: &[Attribute], allow_rename: bool) -> Self {
        let mut rename = Attr::none(cx, "rename");
        let mut other = Flag::none(cx, "other");
        for attr in graph_attrs(attrs) {
            let result = attr.parse_nested_meta(|meta| {
                if allow_rename && meta.path.is_ident("rename") {
                    let lit: LitStr = meta.value()?.parse()?;
                    if lit.value().is_empty() {
                        cx.error_spanned_by(&lit, "#[graph(rename)] needs a non-empty member name");
                    }
                    rename.set(&meta.path, lit.value());
                } else if meta.path.is_ident("other") {
                    other.set(&meta);
                } else if allow_rename {
                    skip_unknown(cx, &meta, "variant", VARIANT_ATTRS)?;
                } else {
                    skip_unknown(cx, &meta, "variant", &["other"])?;
                }
                Ok(())
            });
            if let Err(error) = result {
                cx.syn_error(error);
            }
        }
        Variant {
            rename: rename.get_with_tokens(),
            other: other.get(),
        }
    }
}

const ENUM_ATTRS: &[&str] = &["crate", "flags"];

/// Attributes on a GraphEnum.
pub struct Enum {
    pub krate: Option<syn::Path>,
    /// `#[graph(flags)]`: members combine into a `Flags` set.
    pub flags: Option<Span>,
}

impl Enum {
    pub fn from_ast(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut krate = Attr::none(cx, "crate");
        let mut flags = Flag::none(cx, "flags");
        for attr in graph_attrs(attrs) {
            let result = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("crate") {
                    let lit: LitStr = meta.value()?.parse()?;
                    match lit.parse::<syn::Path>() {
                        Ok(path) => krate.set(&meta.path, path),
                        Err(_) => cx.error_spanned_by(&lit, format!("`{}` is not a path", lit.value())),
                    }
                    Ok(())
                } else if meta.path.is_ident("flags") {
                    if !meta.input.is_empty() && !meta.input.peek(syn::Token![,]) {
                        cx.error_spanned_by(&meta.path, "#[graph(flags)] takes no value");
                        let input = meta.input;
                        while !input.is_empty() && !input.peek(syn::Token![,]) {
                            input.parse::<proc_macro2::TokenTree>()?;
                        }
                    }
                    flags.set(&meta);
                    Ok(())
                } else {
                    skip_unknown(cx, &meta, "enum", ENUM_ATTRS)
                }
            });
            if let Err(error) = result {
                cx.syn_error(error);
            }
        }
        Enum {
            krate: krate.get(),
            flags: flags.get(),
        }
    }
}

fn graph_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|attr| attr.path().is_ident("graph"))
}

/// Records the error for an unknown key and skips its value, so that the
/// rest of the attribute is still read (and its errors reported).
fn skip_unknown(cx: &Ctxt, meta: &ParseNestedMeta, place: &str, known: &[&str]) -> syn::Result<()> {
    cx.syn_error(unknown(meta, place, known));
    let input = meta.input;
    while !input.is_empty() && !input.peek(syn::Token![,]) {
        input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}

/// The error for an unknown attribute key, with the closest known one.
fn unknown(meta: &ParseNestedMeta, place: &str, known: &[&str]) -> syn::Error {
    let name = meta
        .path
        .get_ident()
        .map(|ident| ident.to_string().trim_start_matches("r#").to_owned())
        .unwrap_or_else(|| meta.path.to_token_stream().to_string().replace(' ', ""));
    let message = match closest(&name, known) {
        Some(suggestion) => {
            format!("unknown graph {place} attribute `{name}`; did you mean `{suggestion}`?")
        }
        None if known.len() == 1 => format!(
            "unknown graph {place} attribute `{name}`; expected `{}`",
            known.join("")
        ),
        None => format!(
            "unknown graph {place} attribute `{name}`; expected one of {}",
            known
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    syn::Error::new_spanned(&meta.path, message)
}

fn closest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    let squash = |s: &str| s.replace(['_', '-'], "").to_lowercase();
    known
        .iter()
        .map(|candidate| {
            let distance = if squash(candidate) == squash(name) {
                0
            } else {
                levenshtein(name, candidate)
            };
            (distance, *candidate)
        })
        .filter(|(distance, candidate)| *distance <= (candidate.len() / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = if ca == *cb {
                previous
            } else {
                1 + previous.min(row[j]).min(current)
            };
            previous = current;
        }
    }
    row[b.len()]
}
