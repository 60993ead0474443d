//! `T::fields()`: the struct of typed query handles, one per property, and
//! its `Queryable` impl. Kept to three items per struct for compile time.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::{GenericArgument, PathArguments, Type};

use crate::ast::{Container, Field, Role};

/// `<Name>Fields`, `impl Name { fn fields() }` and `impl Queryable`; nothing
/// for a generic struct.
pub fn expand(container: &Container) -> TokenStream {
    if !container.generics.params.is_empty() {
        return TokenStream::new();
    }
    let krate = &container.krate;
    let ident = container.ident;
    let vis = &container.original.vis;
    let name = format_ident!("{}Fields", ident.unraw());
    let fields: Vec<&Field> = container
        .fields()
        .iter()
        .filter(|field| field.is_property())
        .collect();
    let members: Vec<_> = fields.iter().map(|field| field.member).collect();
    let json_names: Vec<_> = fields.iter().map(|field| field.json_name.as_str()).collect();
    let docs: Vec<_> = json_names.iter().map(|json| format!("`{json}`")).collect();
    let types = fields.iter().map(|field| {
        let value = field.value_type();
        if field.role == Role::Navigation {
            let element = vec_inner(value).unwrap_or(value);
            quote!(#krate::query::Property<#ident, #value, #krate::query::Nav<#element>>)
        } else {
            quote!(#krate::query::Property<#ident, #value>)
        }
    });
    let struct_doc = format!("Typed query handles on the properties of [`{}`].", ident.unraw());
    let fn_doc = format!("The typed query handles of `{}`: see [`{name}`].", ident.unraw());
    quote! {
        #[doc = #struct_doc]
        #vis struct #name {
            #(#[doc = #docs] pub #members: #types,)*
        }

        #[automatically_derived]
        impl #ident {
            #[doc = #fn_doc]
            #[inline]
            #vis fn fields() -> #name {
                <#ident as #krate::query::Queryable>::fields_at(#krate::query::FieldPrefix::ROOT)
            }
        }

        #[automatically_derived]
        impl #krate::query::Queryable for #ident {
            type Fields = #name;
            #[inline]
            fn fields_at(__prefix: #krate::query::FieldPrefix<'_>) -> #name {
                #name { #(#members: __prefix.property(#json_names),)* }
            }
        }
    }
}

/// `T` of a type spelled `Vec<T>`.
fn vec_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else {
        return None;
    };
    let segment = path.path.segments.last()?;
    if segment.ident != "Vec" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &segment.arguments else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}
