//! `serde::Serialize` (the full representation) and the one writer that
//! serves it and the request bodies.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::{Container, Field, Role};

/// `impl Serialize`, plus `impl GraphEntity` whose hidden writer does the work.
pub fn expand(container: &Container) -> TokenStream {
    let krate = &container.krate;
    let ident = container.ident;
    let (impl_generics, ty_generics, where_clause) = container.generics.split_for_impl();
    let entity = crate::patch::entity_impl(container, &writer(container));
    let assertions = special_field_assertions(container);
    quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals, unused_attributes, unused_qualifications, clippy::all)]
        const _: () = {
            #[automatically_derived]
            impl #impl_generics #krate::__private::serde::Serialize for #ident #ty_generics #where_clause {
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #krate::__private::serde::Serializer,
                {
                    #krate::GraphEntity::__serialize_body(self, __serializer, #krate::BodyKind::Full)
                }
            }
            #entity
            #assertions
        };
    }
}

/// Type assertions, spanned on the field types, for the fields whose type
/// the derive fixes: an alias passes, a wrong type is refused right there.
fn special_field_assertions(container: &Container) -> TokenStream {
    let krate = &container.krate;
    let ident = container.ident;
    let (impl_generics, ty_generics, where_clause) = container.generics.split_for_impl();
    let checks: Vec<TokenStream> = container
        .fields()
        .iter()
        .filter_map(|field| {
            let member = field.member;
            let expected = match field.role {
                Role::Etag | Role::ODataType => {
                    quote!(::core::option::Option<#krate::__private::String>)
                }
                Role::Extra => quote! {
                    #krate::__private::serde_json::Map<#krate::__private::String, #krate::__private::serde_json::Value>
                },
                _ => return None,
            };
            let span = field.ty.span();
            Some(quote_spanned!(span=> let _: &#expected = &__value.#member;))
        })
        .collect();
    if checks.is_empty() {
        return TokenStream::new();
    }
    quote! {
        #[allow(dead_code)]
        fn __assert_field_types #impl_generics (__value: &#ident #ty_generics) #where_clause {
            #(#checks)*
        }
    }
}

/// The body of `__serialize_body`: one pass over the fields, each guarded by
/// the body kinds that carry it.
fn writer(container: &Container) -> TokenStream {
    let krate = &container.krate;
    let kept = container.field(Role::ODataType).map(|field| {
        let member = field.member;
        quote!(self.#member)
    });
    let type_entry = type_entry(container, kept);
    let type_entry = if container.attrs.omit_body_type {
        quote! {
            if ::core::matches!(__kind, #krate::BodyKind::Full) {
                #type_entry
            }
        }
    } else {
        type_entry
    };
    let etag = container.field(Role::Etag).map(|field| {
        let member = field.member;
        quote! {
            if let (#krate::BodyKind::Full, ::core::option::Option::Some(__etag)) = (__kind, &self.#member) {
                #krate::__private::serde::ser::SerializeMap::serialize_entry(&mut __map, "@odata.etag", __etag)?;
            }
        }
    });
    let fields = container
        .fields()
        .iter()
        .filter(|f| f.is_property() || f.role == Role::Bind)
        .map(|field| {
            let entry = field_entry(container, field);
            match field.role {
                Role::Bind => quote! {
                    if !::core::matches!(__kind, #krate::BodyKind::Full) { #entry }
                },
                Role::Key | Role::ReadOnly | Role::Navigation => quote! {
                    if ::core::matches!(__kind, #krate::BodyKind::Full) { #entry }
                },
                Role::Immutable => quote! {
                    if !::core::matches!(__kind, #krate::BodyKind::Update) { #entry }
                },
                _ => entry,
            }
        });
    let extra = container.field(Role::Extra).map(|field| {
        let member = field.member;
        let odata_type = &container.odata_type;
        let mut taken: Vec<&str> = container
            .fields()
            .iter()
            .filter(|f| f.is_property())
            .map(|f| f.json_name.as_str())
            .collect();
        taken.push("@odata.type");
        if container.field(Role::Etag).is_some() {
            taken.push("@odata.etag");
        }
        quote! {
            if ::core::matches!(__kind, #krate::BodyKind::Full) {
                for (__key, __value) in &self.#member {
                    if let #(#taken)|* = __key.as_str() {
                        return ::core::result::Result::Err(#krate::__private::shadowed_extra::<__S::Error>(__key, #odata_type));
                    }
                    #krate::__private::serde::ser::SerializeMap::serialize_entry(&mut __map, __key, __value)?;
                }
            }
        }
    });
    quote! {
        let mut __map = #krate::__private::serde::Serializer::serialize_map(__serializer, ::core::option::Option::None)?;
        #type_entry
        #etag
        #(#fields)*
        #extra
        #krate::__private::serde::ser::SerializeMap::end(__map)
    }
}

/// The `@odata.type` entry: the type name kept at `kept` (an
/// `Option<String>` place, for types with an `odata_type` field) when set,
/// else the declared type.
pub fn type_entry(container: &Container, kept: Option<TokenStream>) -> TokenStream {
    let krate = &container.krate;
    let written = container.written_type();
    let declared = quote! {
        #krate::__private::serde::ser::SerializeMap::serialize_entry(&mut __map, "@odata.type", #written)?;
    };
    let Some(kept) = kept else {
        return declared;
    };
    let hash = container.attrs.complex.is_none();
    quote! {
        match &#kept {
            ::core::option::Option::Some(__name) => {
                #krate::__private::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "@odata.type",
                    &#krate::__private::TypeName::new(__name, #hash),
                )?;
            }
            ::core::option::Option::None => { #declared }
        }
    }
}

/// Writes one set field: `Option`s only when `Some`.
fn field_entry(container: &Container, field: &Field) -> TokenStream {
    let krate = &container.krate;
    let member = field.member;
    let name = &field.wire_name();
    let entry = |value: TokenStream| quote!(#krate::__private::serde::ser::SerializeMap::serialize_entry(&mut __map, #name, #value)?;);
    if let Some(with) = &field.attrs.with {
        let wrapper = serialize_with(container, field.ty, with);
        let write = entry(quote!(&__SerializeWith(&self.#member)));
        let write = quote!({ #wrapper #write });
        return match field.option_inner {
            Some(_) => quote!(if ::core::option::Option::is_some(&self.#member) #write),
            None => write,
        };
    }
    let value = |place: TokenStream| {
        if field.wire {
            quote!(&#krate::__private::Wire(#place))
        } else {
            place
        }
    };
    match field.option_inner {
        Some(_) => {
            let write = entry(value(quote!(__value)));
            quote! {
                if let ::core::option::Option::Some(__value) = &self.#member { #write }
            }
        }
        None => entry(value(quote!(&self.#member))),
    }
}

/// A local wrapper that serializes a field through its `with` module.
pub fn serialize_with(container: &Container, ty: &syn::Type, with: &syn::Path) -> TokenStream {
    let krate = &container.krate;
    quote! {
        struct __SerializeWith<'__a>(&'__a #ty);
        impl #krate::__private::serde::Serialize for __SerializeWith<'_> {
            fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: #krate::__private::serde::Serializer,
            {
                #with::serialize(self.0, __serializer)
            }
        }
    }
}
