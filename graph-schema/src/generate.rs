//! Writing the first version of annotated structs from the schema.
//!
//! The tokens are built with `quote` and `syn` and printed with
//! `prettyplease`. For each named type and every type it reaches (the
//! complex and enum types of its properties, its navigation targets with
//! [`Options::navigation`], the types deriving from it with
//! [`Options::family`]):
//! - a struct with `odata_type`, the `path`s of [`Metadata::paths`],
//!   `complex` and `abstract` as the schema says, `key`, `read_only` on
//!   computed and read-only properties, `rename` only where camelCase does
//!   not rebuild the name, `Option<T>` for every property (a `Box` where a
//!   struct would otherwise contain itself), doc comments from the
//!   schema's descriptions, an `odata_type` field on a type that has
//!   derived types, and an `extra` field that keeps what the struct does
//!   not list (so a derived value read through its base type's struct is
//!   written back whole);
//! - a `GraphEnum` per enum type, with an `Other(String)` variant (a flags
//!   value combining members is kept there too);
//! - with `family`, a polymorphic enum `{Base}Family` per named type that
//!   has derived types;
//! - `DESCRIPTIONS`, every generated type's description, for
//!   [`verify_all`](crate::verify_all).
//!
//! Types are written sorted by name; the output is deterministic.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{short_name, Kind, Metadata, StructuredType, TypeRef};
use crate::names;

/// What to generate besides the named types and their properties' types.
///
/// ```
/// let options = graph_schema::Options { navigation: true, ..Default::default() };
/// assert!(options.navigation && !options.family);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Navigation properties as `#[graph(navigation)]` fields (and their
    /// target types).
    pub navigation: bool,
    /// A polymorphic enum for each named type that has derived types (and
    /// the derived types).
    pub family: bool,
}

/// Why nothing was generated.
///
/// ```
/// let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="ns" />"#)?;
/// let error = graph_schema::generate(&metadata, &["nothing"], graph_schema::Options::default()).unwrap_err();
/// assert_eq!(error.to_string(), "unknown type `nothing`: the schema has no such entity, complex or enum type");
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GenerateError {
    /// A named type is not in the schema.
    UnknownType(String),
    /// The generated tokens did not parse (a bug of the generator).
    Internal(String),
}

impl std::fmt::Display for GenerateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GenerateError::UnknownType(name) => {
                write!(
                    f,
                    "unknown type `{name}`: the schema has no such entity, complex or enum type"
                )
            }
            GenerateError::Internal(message) => write!(f, "internal error: {message}"),
        }
    }
}

impl std::error::Error for GenerateError {}

/// Names that generated code uses unqualified: no generated type takes them.
const RESERVED: &[&str] = &[
    "Option",
    "Vec",
    "String",
    "Box",
    "Default",
    "Clone",
    "Debug",
    "PartialEq",
    "Eq",
    "Some",
    "None",
];

/// Rust source for the named types and what they reach (see the
/// [module documentation](mod@crate::generate)).
///
/// ```
/// let metadata = graph_schema::Metadata::parse(r#"<Schema Namespace="microsoft.graph">
///   <ComplexType Name="settingSource"><Property Name="displayName" Type="Edm.String" /></ComplexType>
/// </Schema>"#)?;
/// let code = graph_schema::generate(&metadata, &["settingSource"], graph_schema::Options::default()).unwrap();
/// assert!(code.contains("pub struct SettingSource {"));
/// assert!(code.contains("pub display_name: Option<String>,"));
/// # Ok::<(), graph_schema::ParseError>(())
/// ```
pub fn generate(metadata: &Metadata<'_>, types: &[&str], options: Options) -> Result<String, GenerateError> {
    let plan = Plan::new(metadata, types, options)?;
    let mut items = Vec::new();
    for name in plan.names.keys() {
        if let Some(ty) = metadata.structured_type(name) {
            items.push(plan.structure(ty));
        } else if let Some(e) = metadata.enum_type(name) {
            items.push(plan.enumeration(e));
        }
    }
    let mut descriptions: Vec<&str> = Vec::new();
    for family in &plan.families {
        if let Some(base) = metadata.structured_type(family) {
            items.push(plan.family(base));
        }
    }
    for (name, rust) in &plan.names {
        if metadata.structured_type(name).is_some() {
            descriptions.push(rust);
        }
    }
    for family in &plan.families {
        if let Some(rust) = plan.family_names.get(family.as_str()) {
            descriptions.push(rust);
        }
    }
    let description_items = descriptions.iter().map(|name| {
        let ident = format_ident!("{}", name);
        quote!(<#ident as graph_core::GraphEntity>::DESCRIPTION)
    });
    items.push(quote! {
        /// The description of every struct and polymorphic enum above, for
        /// `graph_schema::verify_all`.
        pub const DESCRIPTIONS: &[&graph_core::describe::Description] = &[#(#description_items),*];
    });
    let tokens = quote!(#(#items)*);
    let file: syn::File = syn::parse2(tokens).map_err(|error| GenerateError::Internal(error.to_string()))?;
    // A blank line between items (they end with a `}` in column 0).
    Ok(prettyplease::unparse(&file)
        .replace("\n}\n", "\n}\n\n")
        .trim_end()
        .to_owned()
        + "\n")
}

struct Plan<'a> {
    metadata: &'a Metadata<'a>,
    options: Options,
    /// Qualified schema name → Rust name, for every type to write.
    names: BTreeMap<String, String>,
    /// Named types to write a family enum for, and its Rust name.
    families: Vec<String>,
    family_names: BTreeMap<String, String>,
}

impl<'a> Plan<'a> {
    fn new(metadata: &'a Metadata<'a>, types: &[&str], options: Options) -> Result<Plan<'a>, GenerateError> {
        let mut wanted: BTreeSet<String> = BTreeSet::new();
        let mut queue: Vec<String> = Vec::new();
        let mut families = Vec::new();
        for name in types {
            let qualified = match (metadata.structured_type(name), metadata.enum_type(name)) {
                (Some(ty), _) => ty.name.to_string(),
                (None, Some(e)) => e.name.to_string(),
                (None, None) => return Err(GenerateError::UnknownType((*name).to_owned())),
            };
            if options.family {
                if let Some(ty) = metadata.structured_type(&qualified) {
                    let family = metadata.family(ty);
                    if family.len() > 1 && !families.contains(&ty.name.to_string()) {
                        families.push(ty.name.to_string());
                    }
                    queue.extend(family.iter().map(|t| t.name.to_string()));
                }
            }
            queue.push(qualified);
        }
        while let Some(name) = queue.pop() {
            if !wanted.insert(name.clone()) {
                continue;
            }
            let Some(ty) = metadata.structured_type(&name) else {
                continue;
            };
            for property in metadata.all_properties(ty) {
                if !property.ty.name.is_edm() && !wanted.contains(&property.ty.name.to_string()) {
                    queue.push(property.ty.name.to_string());
                }
            }
            if options.navigation {
                for navigation in metadata.all_navigation(ty) {
                    if !wanted.contains(&navigation.ty.name.to_string()) {
                        queue.push(navigation.ty.name.to_string());
                    }
                }
            }
        }
        // Rust names, in order of qualified names: a short name taken by
        // another namespace's type gets its namespace's last part in front.
        let mut taken: BTreeSet<String> = RESERVED.iter().map(|s| (*s).to_owned()).collect();
        let mut names = BTreeMap::new();
        for name in &wanted {
            let base = names::upper_camel(short_name(name));
            let rust = if taken.contains(&base) {
                let namespace = name.rsplit_once('.').map_or("", |(ns, _)| ns);
                names::unique(
                    &format!("{}{base}", names::upper_camel(short_name(namespace))),
                    &mut taken,
                )
            } else {
                names::unique(&base, &mut taken)
            };
            names.insert(name.clone(), rust);
        }
        let mut family_names = BTreeMap::new();
        families.sort();
        for family in &families {
            let base = names.get(family.as_str()).cloned().unwrap_or_default();
            family_names.insert(
                family.clone(),
                names::unique(&format!("{base}Family"), &mut taken),
            );
        }
        Ok(Plan {
            metadata,
            options,
            names,
            families,
            family_names,
        })
    }

    fn rust_name(&self, schema_name: &str) -> syn::Ident {
        format_ident!(
            "{}",
            self.names.get(schema_name).map_or("UnknownType", String::as_str)
        )
    }

    /// The Rust type of a value of a schema type, inside `Option`.
    fn value_type(&self, ty: &TypeRef<'_>, boxed: bool) -> TokenStream {
        let qualified = ty.name.to_string();
        let element = match qualified.as_str() {
            "Edm.String" | "Edm.Guid" => quote!(String),
            "Edm.Boolean" => quote!(bool),
            "Edm.Byte" => quote!(u8),
            "Edm.SByte" => quote!(i8),
            "Edm.Int16" => quote!(i16),
            "Edm.Int32" => quote!(i32),
            "Edm.Int64" => quote!(i64),
            "Edm.Single" => quote!(f32),
            "Edm.Double" | "Edm.Decimal" => quote!(f64),
            "Edm.DateTimeOffset" => quote!(chrono::DateTime<chrono::FixedOffset>),
            "Edm.Date" => quote!(chrono::NaiveDate),
            "Edm.TimeOfDay" => quote!(chrono::NaiveTime),
            "Edm.Duration" => quote!(graph_core::Duration),
            "Edm.Binary" => quote!(graph_core::Binary),
            name if name.starts_with("Edm.") => quote!(serde_json::Value),
            name => {
                let ident = self.rust_name(name);
                quote!(#ident)
            }
        };
        if ty.collection {
            quote!(Vec<#element>)
        } else if boxed {
            quote!(Box<#element>)
        } else {
            element
        }
    }

    /// Whether a struct-valued (not collection) property of type `target`
    /// inside `owner` needs a `Box`: `target` holds `owner` again through
    /// struct-valued properties.
    fn needs_box(&self, owner: &StructuredType<'_>, target: &str) -> bool {
        let mut seen = BTreeSet::new();
        let mut stack = vec![target.to_owned()];
        while let Some(name) = stack.pop() {
            if owner.name == name {
                return true;
            }
            if !seen.insert(name.clone()) {
                continue;
            }
            if let Some(ty) = self.metadata.structured_type(&name) {
                for property in self.metadata.all_properties(ty) {
                    if !property.ty.collection && self.metadata.structured_type(&property.ty.name).is_some() {
                        stack.push(property.ty.name.to_string());
                    }
                }
            }
        }
        false
    }

    fn structure(&self, ty: &StructuredType<'_>) -> TokenStream {
        let metadata = self.metadata;
        let ident = self.rust_name(&ty.name.to_string());
        let odata_type = ty.name.to_string();
        let mut container = vec![quote!(odata_type = #odata_type)];
        if ty.kind == Kind::Entity {
            for path in metadata.paths(ty) {
                container.push(quote!(path = #path));
            }
        } else {
            container.push(quote!(complex));
        }
        if ty.is_abstract {
            container.push(quote!(abstract));
        }
        let key = metadata.key(ty);
        let mut taken = BTreeSet::new();
        let mut fields = Vec::new();
        for property in metadata.all_properties(ty) {
            let (name, rename) = names::field(&property.name, &mut taken);
            let mut attributes = Vec::new();
            if let Some(rename) = rename {
                attributes.push(quote!(rename = #rename));
            }
            if ty.kind == Kind::Entity && key.contains(&property.name) {
                attributes.push(quote!(key));
            } else if property.is_read_only() {
                attributes.push(quote!(read_only));
            }
            let boxed = !property.ty.collection
                && metadata.structured_type(&property.ty.name).is_some()
                && self.needs_box(ty, &property.ty.name.to_string());
            let value = self.value_type(&property.ty, boxed);
            let docs = doc(property.description());
            let field = field_ident(&name);
            let attributes = (!attributes.is_empty()).then(|| quote!(#[graph(#(#attributes),*)]));
            fields.push(quote! {
                #docs
                #attributes
                pub #field: Option<#value>,
            });
        }
        if self.options.navigation {
            for navigation in metadata.all_navigation(ty) {
                let (name, rename) = names::field(&navigation.name, &mut taken);
                let rename = rename.map(|rename| quote!(, rename = #rename));
                let value = self.value_type(&navigation.ty, !navigation.ty.collection);
                let docs = doc(navigation.description());
                let field = field_ident(&name);
                fields.push(quote! {
                    #docs
                    #[graph(navigation #rename)]
                    pub #field: Option<#value>,
                });
            }
        }
        // A type with derived types keeps the `@odata.type` it read, so a
        // derived value read through it is written back as itself.
        let odata_type_field = (metadata.derived_types(ty).next().is_some()).then(|| {
            let name = format_ident!("{}", names::unique("odata_type", &mut taken));
            quote! {
                /// The `@odata.type` read: a type deriving from this one is written back as itself.
                #[graph(odata_type)]
                pub #name: Option<String>,
            }
        });
        let extra = format_ident!("{}", names::unique("extra", &mut taken));
        let kind = match ty.kind {
            Kind::Entity => "entity type",
            Kind::Complex => "complex type",
        };
        let summary = format!(
            "`{}`, {}{}.",
            ty.name,
            if ty.is_abstract { "abstract " } else { "" },
            kind
        );
        let docs = doc_with_summary(&summary, ty.description());
        quote! {
            #docs
            #[derive(Debug, Clone, Default, PartialEq, graph_core::GraphEntity)]
            #[graph(#(#container),*)]
            pub struct #ident {
                #(#fields)*
                #odata_type_field
                /// Properties this struct does not list, kept as read.
                #[graph(extra)]
                pub #extra: serde_json::Map<String, serde_json::Value>,
            }
        }
    }

    fn enumeration(&self, e: &crate::model::EnumType<'_>) -> TokenStream {
        let ident = self.rust_name(&e.name.to_string());
        let mut taken = BTreeSet::new();
        let mut variants = Vec::new();
        for member in &e.members {
            let (name, rename) = names::variant(&member.name, &mut taken);
            let variant = format_ident!("{}", name);
            let rename = rename.map(|rename| quote!(#[graph(rename = #rename)]));
            let docs = doc(member.description.as_deref());
            variants.push(quote! {
                #docs
                #rename
                #variant,
            });
        }
        let other = format_ident!(
            "{}",
            if taken.contains("Other") {
                names::unique("OtherMember", &mut taken)
            } else {
                "Other".to_owned()
            }
        );
        let summary = format!(
            "`{}`, {}enum type.",
            e.name,
            if e.is_flags { "flags " } else { "" }
        );
        let docs = doc_with_summary(&summary, e.description.as_deref());
        let other_doc = if e.is_flags {
            " A member this enum does not list, or a combination of members (`a,b`), as sent."
        } else {
            " A member this enum does not list, as sent."
        };
        quote! {
            #docs
            #[derive(Debug, Clone, PartialEq, Eq, graph_core::GraphEnum)]
            pub enum #ident {
                #(#variants)*
                #[doc = #other_doc]
                #[graph(other)]
                #other(String),
            }
        }
    }

    fn family(&self, base: &StructuredType<'_>) -> TokenStream {
        let ident = format_ident!(
            "{}",
            self.family_names
                .get(&base.name.to_string())
                .map_or("Family", String::as_str)
        );
        let odata_type = base.name.to_string();
        let mut container = vec![quote!(odata_type = #odata_type)];
        if base.kind == Kind::Entity {
            for path in self.metadata.paths(base) {
                container.push(quote!(path = #path));
            }
        }
        let mut members: Vec<&StructuredType<'_>> = self
            .metadata
            .family(base)
            .into_iter()
            .filter(|t| !t.is_abstract)
            .collect();
        members.sort_by(|a, b| a.name.cmp(&b.name));
        let mut taken: BTreeSet<String> = BTreeSet::new();
        let variants = members.iter().map(|member| {
            let ty = self.rust_name(&member.name.to_string());
            let variant = format_ident!("{}", names::unique(&ty.to_string(), &mut taken));
            quote!(#variant(#ty),)
        });
        let variants: Vec<TokenStream> = variants.collect();
        let other = format_ident!("{}", names::unique("Other", &mut taken));
        let summary = format!(
            "`{}` or any type deriving from it, chosen by `@odata.type`.",
            base.name
        );
        let docs = doc_with_summary(&summary, None);
        quote! {
            #docs
            #[derive(Debug, Clone, PartialEq, graph_core::GraphEntity)]
            #[graph(#(#container),*)]
            pub enum #ident {
                #(#variants)*
                /// A derived type this enum does not list, kept whole.
                #[graph(other)]
                #other(graph_core::UnknownEntity),
            }
        }
    }
}

fn field_ident(name: &str) -> syn::Ident {
    match name.strip_prefix("r#") {
        Some(raw) => syn::Ident::new_raw(raw, proc_macro2::Span::call_site()),
        None => format_ident!("{}", name),
    }
}

fn doc(text: Option<&str>) -> TokenStream {
    match text {
        Some(text) => {
            let lines = doc_lines(text);
            quote!(#(#[doc = #lines])*)
        }
        None => TokenStream::new(),
    }
}

fn doc_with_summary(summary: &str, text: Option<&str>) -> TokenStream {
    let mut lines = vec![format!(" {summary}")];
    if let Some(text) = text {
        lines.push(String::new());
        lines.extend(doc_lines(text));
    }
    quote!(#(#[doc = #lines])*)
}

/// A description as doc lines: one space after `///`, and text that
/// rustdoc would misread (brackets, angle brackets) escaped.
fn doc_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            let escaped = line
                .trim_end()
                .replace('\\', "\\\\")
                .replace('[', "\\[")
                .replace(']', "\\]")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            if escaped.is_empty() {
                escaped
            } else {
                format!(" {escaped}")
            }
        })
        .collect()
}
