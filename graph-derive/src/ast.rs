//! The intermediate form: the input with its attributes parsed and the
//! facts every generator needs computed once.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data as SynData, DeriveInput, Fields, Ident, Type};

use crate::attr;
use crate::ctxt::Ctxt;
use crate::path::Template;
use crate::shape;

pub struct Container<'a> {
    pub ident: &'a Ident,
    pub attrs: attr::Container,
    pub data: Data<'a>,
    pub generics: &'a syn::Generics,
    pub original: &'a DeriveInput,
    /// `ns.Name`, without `#`.
    pub odata_type: String,
    pub paths: Vec<Template>,
    /// The path to graph_core in generated code.
    pub krate: TokenStream,
}

pub enum Data<'a> {
    Struct(Vec<Field<'a>>),
    Enum(Vec<Variant<'a>>),
}

/// What a field is to the wire.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
    Key,
    ReadOnly,
    Immutable,
    Writable,
    WriteOnly,
    Extra,
    Etag,
    ODataType,
    Skip,
    /// Related entities read through `$expand`: read, never sent.
    Navigation,
    /// Entity URLs sent as `name@odata.bind`, never read.
    Bind,
}

/// How the generated code handles a field's values, from the spelling of
/// its type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Handling {
    /// Through its `#[graph(with)]` module.
    With,
    /// Spelled as a type with a Graph wire format (chrono types, floats).
    Wire,
    /// Spelled as a plain serde value (strings, booleans, integers).
    Plain,
    /// Anything else (enums, complex types, aliases): the generated code
    /// asks the compiler, through autoref probes, whether the type has a
    /// body form or a wire format.
    Probe,
}

pub struct Field<'a> {
    pub member: &'a Ident,
    pub attrs: attr::Field,
    pub ty: &'a Type,
    pub role: Role,
    /// The JSON property name.
    pub json_name: String,
    /// `T` when the field is `Option<T>`.
    pub option_inner: Option<&'a Type>,
    /// How values of the field are written, read and compared.
    pub handling: Handling,
    /// A `Vec` (or `Option<Vec>`) read with indexed errors.
    pub indexed: bool,
}

pub struct Variant<'a> {
    pub ident: &'a Ident,
    pub attrs: attr::Variant,
    /// The one wrapped type, for a well-formed variant.
    pub ty: Option<&'a Type>,
    pub original: &'a syn::Variant,
}

impl<'a> Container<'a> {
    /// Parses the input of `#[derive(GraphEntity)]`, recording in `cx` the
    /// errors of each attribute on its own; `check` holds the rules between
    /// them.
    pub fn from_ast(cx: &Ctxt, input: &'a DeriveInput) -> Container<'a> {
        let attrs = attr::Container::from_ast(cx, &input.attrs);
        let data = match &input.data {
            SynData::Struct(data) => match &data.fields {
                Fields::Named(fields) => Data::Struct(
                    fields
                        .named
                        .iter()
                        .filter_map(|field| Field::from_ast(cx, field))
                        .collect(),
                ),
                Fields::Unnamed(_) => {
                    cx.error_spanned_by(
                        &input.ident,
                        "#[derive(GraphEntity)] needs named fields; a tuple struct has no property names",
                    );
                    Data::Struct(Vec::new())
                }
                Fields::Unit => {
                    cx.error_spanned_by(
                        &input.ident,
                        "#[derive(GraphEntity)] needs named fields; a unit struct has no properties",
                    );
                    Data::Struct(Vec::new())
                }
            },
            SynData::Enum(data) => Data::Enum(
                data.variants
                    .iter()
                    .map(|variant| Variant {
                        ident: &variant.ident,
                        attrs: attr::Variant::from_ast(cx, &variant.attrs, false),
                        ty: match &variant.fields {
                            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                                fields.unnamed.first().map(|field| &field.ty)
                            }
                            _ => None,
                        },
                        original: variant,
                    })
                    .collect(),
            ),
            SynData::Union(data) => {
                cx.error_spanned_by(
                    data.union_token,
                    "#[derive(GraphEntity)] does not support unions; use a struct with named fields",
                );
                Data::Struct(Vec::new())
            }
        };
        let odata_type = odata_type(cx, input, &attrs);
        let paths = attrs
            .paths
            .iter()
            .filter_map(|lit| Template::parse(cx, lit))
            .collect();
        let krate = match &attrs.krate {
            Some(path) => quote!(#path),
            None => quote!(::graph_core),
        };
        Container {
            ident: &input.ident,
            attrs,
            data,
            generics: &input.generics,
            original: input,
            odata_type,
            paths,
            krate,
        }
    }

    pub fn fields(&self) -> &[Field<'a>] {
        match &self.data {
            Data::Struct(fields) => fields,
            Data::Enum(_) => &[],
        }
    }

    pub fn field(&self, role: Role) -> Option<&Field<'a>> {
        self.fields().iter().find(|field| field.role == role)
    }

    /// The `@odata.type` written in a full representation: entities with
    /// `#`, complex types without, as Graph writes them.
    pub fn written_type(&self) -> String {
        if self.attrs.complex.is_some() {
            self.odata_type.clone()
        } else {
            format!("#{}", self.odata_type)
        }
    }

    pub fn is_abstract(&self) -> bool {
        self.attrs.is_abstract.is_some()
    }
}

impl<'a> Field<'a> {
    fn from_ast(cx: &Ctxt, field: &'a syn::Field) -> Option<Field<'a>> {
        let member = field.ident.as_ref()?;
        let attrs = attr::Field::from_ast(cx, &field.attrs);
        let role = field_role(cx, &attrs);
        let json_name = match (&attrs.bind, &attrs.rename) {
            (Some((_, name)), _) => name.clone(),
            (None, Some(name)) => name.clone(),
            (None, None) => camel_case(&member.to_string()),
        };
        Some(Field {
            member,
            ty: &field.ty,
            role,
            json_name,
            option_inner: shape::option_inner(&field.ty),
            handling: if attrs.with.is_some() {
                Handling::With
            } else if shape::uses_wire(&field.ty) {
                Handling::Wire
            } else if shape::is_plain(&field.ty) {
                Handling::Plain
            } else {
                Handling::Probe
            },
            indexed: attrs.with.is_none() && shape::is_vec(&field.ty),
            attrs,
        })
    }

    /// A property: a field read from and written to the full
    /// representation under a JSON name of its own.
    pub fn is_property(&self) -> bool {
        matches!(
            self.role,
            Role::Key
                | Role::ReadOnly
                | Role::Immutable
                | Role::Writable
                | Role::WriteOnly
                | Role::Navigation
        )
    }

    /// A property that `$select` asks for: not a navigation property.
    pub fn is_selected(&self) -> bool {
        self.is_property() && self.role != Role::Navigation
    }

    /// Described to graph-schema and queries: properties and bind fields.
    pub fn is_described(&self) -> bool {
        self.is_property() || self.role == Role::Bind
    }

    /// Sent in an update body and in patches.
    pub fn is_updatable(&self) -> bool {
        matches!(self.role, Role::Writable | Role::WriteOnly | Role::Bind)
    }

    /// The name written in bodies: `name@odata.bind` for a bind field.
    pub fn wire_name(&self) -> String {
        match self.role {
            Role::Bind => format!("{}@odata.bind", self.json_name),
            _ => self.json_name.clone(),
        }
    }

    /// The type a patch stores for this field: `T` of `Option<T>`, or the
    /// field type.
    pub fn value_type(&self) -> &'a Type {
        self.option_inner.unwrap_or(self.ty)
    }
}

/// The declared OData type: required, namespace-qualified, `#` optional.
fn odata_type(cx: &Ctxt, input: &DeriveInput, attrs: &attr::Container) -> String {
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
fn field_role(cx: &Ctxt, attrs: &attr::Field) -> Role {
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

/// `device_name` → `deviceName`; a raw identifier loses its `r#`.
pub fn camel_case(name: &str) -> String {
    let name = name.strip_prefix("r#").unwrap_or(name);
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' && !out.is_empty() {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
