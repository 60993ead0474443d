//! `impl GraphEntity` (and `Creatable`, `Describe`) for a derived struct.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Container, Role};
use crate::values::{self, patch_ident};

/// `impl GraphEntity` (and `Creatable` unless abstract), with `writer` as
/// the body of the hidden serializer.
pub fn expand(container: &Container) -> TokenStream {
    let writer = crate::ser::writer(container);
    let krate = &container.krate;
    let ident = container.ident;
    let patch = patch_ident(ident);
    let (impl_generics, ty_generics, where_clause) = container.generics.split_for_impl();
    let odata_type = &container.odata_type;
    let paths = container.paths.iter().map(|path| path.to_tokens(krate));
    let properties = container
        .fields()
        .iter()
        .filter(|f| f.is_selected())
        .map(|f| &f.json_name);
    let description = crate::describe::expand(container);
    let key = match container.field(Role::Key) {
        Some(field) => {
            let member = field.member;
            quote!(#krate::__private::AsKey::as_key(&self.#member))
        }
        None => quote!(::core::option::Option::None),
    };
    let etag = match container.field(Role::Etag) {
        Some(field) => {
            let member = field.member;
            quote!(::core::option::Option::as_deref(&self.#member))
        }
        None => quote!(::core::option::Option::None),
    };
    let changes = container
        .fields()
        .iter()
        .filter(|f| f.is_updatable())
        .map(|field| {
            let member = field.member;
            let change = values::change(container, field);
            quote!(#member: #change,)
        });
    let if_match = match container.field(Role::Etag) {
        Some(field) => {
            let member = field.member;
            quote!(::core::clone::Clone::clone(&old.#member))
        }
        None => quote!(::core::option::Option::None),
    };
    let odata_type_value = match container.field(Role::ODataType) {
        Some(field) => {
            let member = field.member;
            quote!(::core::clone::Clone::clone(&self.#member))
        }
        None => quote!(::core::option::Option::None),
    };
    let creatable = (!container.is_abstract()).then(|| {
        quote! {
            #[automatically_derived]
            impl #impl_generics #krate::Creatable for #ident #ty_generics #where_clause {}
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::GraphEntity for #ident #ty_generics #where_clause {
            const ODATA_TYPE: &'static str = #odata_type;
            const PATHS: &'static [#krate::PathTemplate] = &[#(#paths),*];
            const PROPERTIES: &'static [&'static str] = &[#(#properties),*];
            #description
            type Patch = #patch #ty_generics;

            #[inline]
            fn key(&self) -> ::core::option::Option<#krate::__private::Cow<'_, str>> {
                #key
            }

            #[inline]
            fn etag(&self) -> ::core::option::Option<&str> {
                #etag
            }

            #[inline]
            fn changes_since(&self, old: &Self) -> Self::Patch {
                #patch {
                    #(#changes)*
                    __if_match: #if_match,
                    __odata_type: #odata_type_value,
                }
            }

            fn __serialize_body<__S>(
                &self,
                __serializer: __S,
                __kind: #krate::BodyKind,
                __old: ::core::option::Option<&Self>,
            ) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: #krate::__private::serde::Serializer,
            {
                #writer
            }
        }
        #creatable

            #[automatically_derived]
            impl #impl_generics #krate::describe::Describe for #ident #ty_generics #where_clause {
                #[inline]
                fn shape() -> #krate::describe::Shape {
                    #krate::describe::Shape::Type(<Self as #krate::GraphEntity>::DESCRIPTION)
                }
            }
    }
}
