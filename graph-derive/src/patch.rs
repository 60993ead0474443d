//! The generated patch type with its builder.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::ext::IdentExt;

use crate::ast::{Container, Handling, Role};
use crate::values::{self, patch_ident};

/// The patch type, its builder methods and its `Serialize` and `Patch` impls.
pub fn expand(container: &Container) -> TokenStream {
    let krate = &container.krate;
    let ident = container.ident;
    let vis = &container.original.vis;
    let patch = patch_ident(ident);
    let (impl_generics, ty_generics, where_clause) = container.generics.split_for_impl();
    let updatable: Vec<_> = container.fields().iter().filter(|f| f.is_updatable()).collect();

    let fields = updatable.iter().map(|field| {
        let member = field.member;
        let ty = field.value_type();
        let doc = format!("The change to `{}`.", field.json_name);
        quote! {
            #[doc = #doc]
            pub #member: #krate::Change<#ty>,
        }
    });
    let setters = updatable.iter().map(|field| {
        let member = field.member;
        let ty = field.value_type();
        let clear = format_ident!("clear_{}", member.unraw());
        let set_doc = format!("Sets `{}` to `value`.", field.json_name);
        let clear_doc = format!("Clears `{}`: it is sent as `null`.", field.json_name);
        quote! {
            #[doc = #set_doc]
            #[must_use]
            #[inline]
            #vis fn #member(mut self, value: impl ::core::convert::Into<#ty>) -> Self {
                self.#member = #krate::Change::Set(::core::convert::Into::into(value));
                self
            }

            #[doc = #clear_doc]
            #[must_use]
            #[inline]
            #vis fn #clear(mut self) -> Self {
                self.#member = #krate::Change::Clear;
                self
            }
        }
    });
    let entries = updatable.iter().map(|field| {
        let member = field.member;
        let name = &field.wire_name();
        let write = |old: TokenStream| {
            let value = match &field.attrs.with {
                Some(with) => {
                    let wrapper = values::serialize_with(container, field.ty, with);
                    let whole = match field.option_inner {
                        Some(_) => quote!(&::core::option::Option::Some(::core::clone::Clone::clone(__value))),
                        None => quote!(__value),
                    };
                    quote!({ #wrapper &__SerializeWith(#whole) })
                }
                None => values::write_value(container, field, quote!(__value), quote!(#krate::BodyKind::Update), old),
            };
            quote!(#krate::__private::serde::ser::SerializeMap::serialize_entry(&mut __map, #name, #value)?;)
        };
        // Only values with a body form are written against the value they
        // replace; the others write a `Replace` like a `Set`. One write per
        // field either way.
        if field.handling == Handling::Probe {
            let write = write(quote!(__old));
            return quote! {
                let __sent = match &self.#member {
                    #krate::Change::Unchanged => ::core::option::Option::None,
                    #krate::Change::Set(__value) => ::core::option::Option::Some((__value, ::core::option::Option::None)),
                    #krate::Change::Replace { new: __value, old: __old } => {
                        ::core::option::Option::Some((__value, ::core::option::Option::Some(__old)))
                    }
                    #krate::Change::Clear => {
                        #krate::__private::serde::ser::SerializeMap::serialize_entry(&mut __map, #name, &::core::option::Option::<()>::None)?;
                        ::core::option::Option::None
                    }
                };
                if let ::core::option::Option::Some((__value, __old)) = __sent {
                    #write
                }
            };
        }
        match (&field.attrs.with, field.handling) {
            (None, Handling::Plain) => return quote!(#krate::__private::write_change(&mut __map, #name, &self.#member)?;),
            (None, Handling::Wire) => {
                return quote!(#krate::__private::write_change_wire(&mut __map, #name, &self.#member)?;);
            }
            _ => {}
        }
        let set = write(quote!(::core::option::Option::None));
        quote! {
            match &self.#member {
                #krate::Change::Unchanged => {}
                #krate::Change::Set(__value) | #krate::Change::Replace { new: __value, .. } => { #set }
                #krate::Change::Clear => {
                    #krate::__private::serde::ser::SerializeMap::serialize_entry(&mut __map, #name, &::core::option::Option::<()>::None)?;
                }
            }
        }
    });
    let updatable_defaults = updatable.iter().map(|field| {
        let member = field.member;
        quote!(#member: #krate::Change::Unchanged,)
    });
    // Only a type that keeps the `@odata.type` it read has one to send back.
    let kept = container
        .field(Role::ODataType)
        .map(|_| quote!(self.__odata_type));
    let type_entry = values::type_entry(container, kept);
    let type_entry = (!container.attrs.omit_body_type).then_some(type_entry);
    let unchanged = updatable.iter().map(|field| {
        let member = field.member;
        quote!(&& self.#member.is_unchanged())
    });
    let struct_doc = format!(
        "A patch of [`{ident}`]: only the properties it sets or clears are sent. Made by [`{ident}::patch`] or [`GraphEntity::changes_since`]({}::GraphEntity::changes_since).",
        krate.to_string().replace(' ', "")
    );
    let patch_name = patch.to_string();
    let patch_doc = format!(
        "An empty patch of `{}`, to fill with its setters.",
        container.odata_type
    );

    quote! {
        #[doc = #struct_doc]
        #[derive(Clone)]
        #vis struct #patch #impl_generics #where_clause {
            #(#fields)*
            __if_match: ::core::option::Option<#krate::__private::String>,
            __odata_type: ::core::option::Option<#krate::__private::String>,
        }

        #[automatically_derived]
        impl #impl_generics ::core::default::Default for #patch #ty_generics #where_clause {
            #[inline]
            fn default() -> Self {
                #patch {
                    #(#updatable_defaults)*
                    __if_match: ::core::option::Option::None,
                    __odata_type: ::core::option::Option::None,
                }
            }
        }

        #[automatically_derived]
        impl #impl_generics #ident #ty_generics #where_clause {
            #[doc = #patch_doc]
            #[inline]
            #vis fn patch() -> #patch #ty_generics {
                ::core::default::Default::default()
            }
        }

        #[automatically_derived]
        impl #impl_generics #patch #ty_generics #where_clause {
            #(#setters)*
        }

        #[doc(hidden)]
        #[allow(unused_attributes, unused_qualifications, clippy::all)]
        const _: () = {
            #[automatically_derived]
            impl #impl_generics #krate::__private::serde::Serialize for #patch #ty_generics #where_clause {
                #[inline]
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #krate::__private::serde::Serializer,
                {
                    let mut __map = #krate::__private::serde::Serializer::serialize_map(__serializer, ::core::option::Option::None)?;
                    #type_entry
                    #(#entries)*
                    #krate::__private::serde::ser::SerializeMap::end(__map)
                }
            }

            #[automatically_derived]
            impl #impl_generics ::core::fmt::Debug for #patch #ty_generics #where_clause {
                #[inline]
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #krate::__private::debug_patch(__f, #patch_name, self)
                }
            }

            #[automatically_derived]
            impl #impl_generics #krate::Patch for #patch #ty_generics #where_clause {
                #[inline]
                fn is_empty(&self) -> bool {
                    true #(#unchanged)*
                }

                #[inline]
                fn if_match(&self) -> ::core::option::Option<&str> {
                    ::core::option::Option::as_deref(&self.__if_match)
                }

                #[inline]
                fn set_if_match(&mut self, etag: ::core::option::Option<#krate::__private::String>) {
                    self.__if_match = etag;
                }
            }
        };
    }
}
