//! `serde::Serialize` (the full representation) and the one writer that
//! serves it and the request bodies.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::{Container, Field, Handling, Role};
use crate::values;

/// `impl Serialize` through the writer that `impl GraphEntity` holds.
pub fn expand(container: &Container) -> TokenStream {
    let krate = &container.krate;
    let ident = container.ident;
    let (impl_generics, ty_generics, where_clause) = container.generics.split_for_impl();
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
                    #krate::GraphEntity::__serialize_body(self, __serializer, #krate::BodyKind::Full, ::core::option::Option::None)
                }
            }
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
            if field.role == Role::Bind {
                let span = field.ty.span();
                return Some(quote_spanned!(span=> #krate::__private::assert_bind_urls(&__value.#member);));
            }
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
/// the body kinds that carry it. `__old` is the value this one replaces, in
/// a nested update: a member it had and this one lacks is written `null`.
pub fn writer(container: &Container) -> TokenStream {
    let krate = &container.krate;
    let kept = container.field(Role::ODataType).map(|field| {
        let member = field.member;
        quote!(self.#member)
    });
    let type_entry = values::type_entry(container, kept);
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
                    if #krate::BodyKind::writes_immutable(__kind) { #entry }
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
            // The full representation writes every entry, a nested body
            // those that are not annotations; a top-level body none.
            if !::core::matches!(__kind, #krate::BodyKind::Create | #krate::BodyKind::Update) {
                let __full = ::core::matches!(__kind, #krate::BodyKind::Full);
                for (__key, __value) in &self.#member {
                    if let #(#taken)|* = __key.as_str() {
                        return ::core::result::Result::Err(#krate::__private::shadowed_extra::<__S::Error>(__key, #odata_type));
                    }
                    if __full || !#krate::__private::is_annotation(__key) {
                        #krate::__private::serde::ser::SerializeMap::serialize_entry(&mut __map, __key, __value)?;
                    }
                }
                if let ::core::option::Option::Some(__old) = __old {
                    #krate::__private::write_vacated_extra(&mut __map, &self.#member, &__old.#member)?;
                }
            }
        }
    });
    let vacated = vacated(container);
    quote! {
        let _ = __old;
        let mut __map = #krate::__private::serde::Serializer::serialize_map(__serializer, ::core::option::Option::None)?;
        #type_entry
        #etag
        #(#fields)*
        #vacated
        #extra
        #krate::__private::serde::ser::SerializeMap::end(__map)
    }
}

/// In a nested update against the value it replaces (`__old`), `null` for
/// each optional member that value had and this one lacks: one loop over
/// (name, gone) pairs, so that each field adds a comparison, not a writer.
fn vacated(container: &Container) -> Option<TokenStream> {
    let krate = &container.krate;
    let pairs: Vec<TokenStream> = container
        .fields()
        .iter()
        .filter(|field| field.is_updatable() && field.option_inner.is_some())
        .map(|field| {
            let member = field.member;
            let name = field.wire_name();
            quote! {
                (#name, ::core::option::Option::is_none(&self.#member) && ::core::option::Option::is_some(&__old.#member))
            }
        })
        .collect();
    if pairs.is_empty() {
        return None;
    }
    Some(quote! {
        if let ::core::option::Option::Some(__old) = __old {
            for (__name, __gone) in [#(#pairs),*] {
                if __gone {
                    #krate::__private::serde::ser::SerializeMap::serialize_entry(&mut __map, __name, &())?;
                }
            }
        }
    })
}

/// Writes one field: an `Option` only when `Some`.
fn field_entry(container: &Container, field: &Field) -> TokenStream {
    let krate = &container.krate;
    let member = field.member;
    let name = &field.wire_name();
    let entry = |value: TokenStream| quote!(#krate::__private::serde::ser::SerializeMap::serialize_entry(&mut __map, #name, #value)?;);
    if let Some(with) = &field.attrs.with {
        let wrapper = values::serialize_with(container, field.ty, with);
        let write = entry(quote!(&__SerializeWith(&self.#member)));
        let write = quote!({ #wrapper #write });
        return match field.option_inner {
            Some(_) => quote!(if ::core::option::Option::is_some(&self.#member) #write),
            None => write,
        };
    }
    match (field.option_inner, field.handling) {
        (Some(_), Handling::Plain) => {
            quote!(#krate::__private::write_present(&mut __map, #name, &self.#member)?;)
        }
        (Some(_), Handling::Wire) => {
            quote!(#krate::__private::write_present_wire(&mut __map, #name, &self.#member)?;)
        }
        (Some(_), _) => {
            let old = quote! {
                match __old {
                    ::core::option::Option::Some(__old) => ::core::option::Option::as_ref(&__old.#member),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            };
            let write = entry(values::write_value(
                container,
                field,
                quote!(__value),
                quote!(__kind),
                old,
            ));
            quote! {
                if let ::core::option::Option::Some(__value) = &self.#member { #write }
            }
        }
        (None, _) => {
            let old = quote! {
                match __old {
                    ::core::option::Option::Some(__old) => ::core::option::Option::Some(&__old.#member),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            };
            entry(values::write_value(
                container,
                field,
                quote!(&self.#member),
                quote!(__kind),
                old,
            ))
        }
    }
}
