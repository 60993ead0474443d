//! `#[derive(GraphEntity)]` on an enum of derived types: dispatch on
//! `@odata.type`, delegate everything else to the variant's value.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Container, Data};
use crate::values::patch_ident;

pub fn expand(container: &Container) -> TokenStream {
    let Data::Enum(variants) = &container.data else {
        return TokenStream::new();
    };
    let krate = &container.krate;
    let ident = container.ident;
    let vis = &container.original.vis;
    let enum_name = ident.to_string();
    let odata_type = &container.odata_type;
    let patch = patch_ident(ident);
    let paths = container.paths.iter().map(|path| path.to_tokens(krate));

    let known: Vec<(&syn::Ident, &syn::Type)> = variants
        .iter()
        .filter(|v| v.attrs.other.is_none())
        .filter_map(|v| v.ty.map(|ty| (v.ident, ty)))
        .collect();
    let other = variants
        .iter()
        .find(|v| v.attrs.other.is_some())
        .and_then(|v| v.ty.map(|ty| (v.ident, ty)));

    let dispatch = known.iter().map(|(variant, ty)| {
        quote! {
            if <#ty as #krate::GraphEntity>::__accepts(__name) {
                return ::core::result::Result::map(
                    <#ty as #krate::__private::serde::Deserialize>::deserialize(
                        #krate::__private::serde::de::value::MapAccessDeserializer::new(__map),
                    ),
                    #ident::#variant,
                );
            }
        }
    });
    let base = known.iter().map(|(variant, ty)| {
        quote! {
            if <#ty as #krate::GraphEntity>::ODATA_TYPE == #odata_type {
                return ::core::result::Result::map(
                    <#ty as #krate::__private::serde::Deserialize>::deserialize(
                        #krate::__private::serde::de::value::MapAccessDeserializer::new(__map),
                    ),
                    #ident::#variant,
                );
            }
        }
    });
    let unknown = match other {
        Some((variant, ty)) => quote! {
            return ::core::result::Result::map(
                <#ty as #krate::__private::serde::Deserialize>::deserialize(
                    #krate::__private::serde::de::value::MapAccessDeserializer::new(__map),
                ),
                #ident::#variant,
            );
        },
        None => quote! {
            return ::core::result::Result::Err(#krate::__private::unknown_type::<__A::Error>(__name, #enum_name));
        },
    };

    let all: Vec<(&syn::Ident, &syn::Type)> = variants
        .iter()
        .filter_map(|v| v.ty.map(|ty| (v.ident, ty)))
        .collect();
    let other_ident = other.map(|(variant, _)| variant);
    let delegate = |call: TokenStream, on_other: TokenStream| {
        let arms = all.iter().map(|(variant, _)| {
            if Some(*variant) == other_ident {
                quote!(#ident::#variant(__value) => #on_other,)
            } else {
                quote!(#ident::#variant(__value) => #call,)
            }
        });
        quote!(match self { #(#arms)* })
    };
    let serialize = {
        let arms = all.iter().map(|(variant, _)| {
            quote!(#ident::#variant(__value) => #krate::__private::serde::Serialize::serialize(__value, __serializer),)
        });
        quote!(match self { #(#arms)* })
    };
    let key = delegate(
        quote!(#krate::GraphEntity::key(__value)),
        quote!(#krate::__private::OtherKey::other_key(__value)),
    );
    let etag = delegate(
        quote!(#krate::GraphEntity::etag(__value)),
        quote!(#krate::__private::OtherKey::other_etag(__value)),
    );
    let body_error = format!("no request body for an unknown type of {enum_name}: which of its properties the server owns is not known");
    let body = {
        let arms = all.iter().map(|(variant, _)| {
            if Some(*variant) == other_ident {
                quote! {
                    (#ident::#variant(__value), _) => match __kind {
                        #krate::BodyKind::Full => #krate::__private::serde::Serialize::serialize(__value, __serializer),
                        #krate::BodyKind::Create | #krate::BodyKind::Update => {
                            ::core::result::Result::Err(#krate::__private::cannot_write::<__S::Error>(#body_error))
                        }
                        #krate::BodyKind::NestedCreate | #krate::BodyKind::NestedUpdate => {
                            #[allow(unused_imports)]
                            use #krate::__private::{ViaBody as _, ViaSerde as _, ViaWire as _};
                            let __body = (&&&#krate::__private::Probe(__value)).field(__kind, ::core::option::Option::None);
                            #krate::__private::serde::Serialize::serialize(&__body, __serializer)
                        }
                    },
                }
            } else {
                quote! {
                    (#ident::#variant(__value), ::core::option::Option::Some(#ident::#variant(__old))) => {
                        #krate::GraphEntity::__serialize_body(__value, __serializer, __kind, ::core::option::Option::Some(__old))
                    }
                    (#ident::#variant(__value), _) => {
                        #krate::GraphEntity::__serialize_body(__value, __serializer, __kind, ::core::option::Option::None)
                    }
                }
            }
        });
        quote!(match (self, __old) { #(#arms)* })
    };
    let changes = known.iter().map(|(variant, _)| {
        quote!((#ident::#variant(__new), #ident::#variant(__old)) => #patch::#variant(#krate::GraphEntity::changes_since(__new, __old)),)
    });
    let names = {
        let arms = all.iter().map(|(variant, ty)| {
            if Some(*variant) == other_ident {
                quote!(#ident::#variant(_) => "an unknown type",)
            } else {
                quote!(#ident::#variant(_) => <#ty as #krate::GraphEntity>::ODATA_TYPE,)
            }
        });
        quote!(match __value { #(#arms)* })
    };
    let patch_variants = known.iter().map(|(variant, ty)| {
        let doc = format!("A patch of the `{variant}` variant.");
        quote!(#[doc = #doc] #variant(<#ty as #krate::GraphEntity>::Patch),)
    });
    let patch_serialize = known.iter().map(|(variant, _)| {
        quote!(#patch::#variant(__patch) => #krate::__private::serde::Serialize::serialize(__patch, __serializer),)
    });
    let patch_is_empty = known
        .iter()
        .map(|(variant, _)| quote!(#patch::#variant(__patch) => #krate::Patch::is_empty(__patch),));
    let patch_if_match = known
        .iter()
        .map(|(variant, _)| quote!(#patch::#variant(__patch) => #krate::Patch::if_match(__patch),));
    let patch_set_if_match = known
        .iter()
        .map(|(variant, _)| quote!(#patch::#variant(__patch) => #krate::Patch::set_if_match(__patch, etag),));
    let accept_types: Vec<&syn::Type> = known.iter().map(|(_, ty)| *ty).collect();
    let variant_types = &accept_types;
    let is_abstract = container.is_abstract();
    let open = other.is_some();
    let types = known
        .iter()
        .map(|(_, ty)| quote!(<#ty as #krate::GraphEntity>::ODATA_TYPE));
    let distinct = format!("two variants of {enum_name} wrap types with the same @odata.type");
    let creatable = (!container.is_abstract()).then(|| {
        quote! {
            #[automatically_derived]
            impl #krate::Creatable for #ident {}
        }
    });
    let patch_doc = format!("A patch of [`{ident}`]: the patch of one variant, or the mismatch of two.");

    quote! {
        #[doc = #patch_doc]
        #[derive(Debug, Clone)]
        #vis enum #patch {
            #(#patch_variants)*
            /// The old and new values are of different types (or of a type
            /// no variant lists): there is no patch between them, and
            /// writing this one fails with that message.
            Mismatch(#krate::__private::String),
        }

        #[doc(hidden)]
        #[allow(unused_attributes, unused_qualifications, unreachable_code, clippy::all)]
        const _: () = {
            const _: () = ::core::assert!(!#krate::__private::has_duplicate(&[#(#types),*]), #distinct);

            #[automatically_derived]
            impl #krate::GraphEntity for #ident {
                const ODATA_TYPE: &'static str = #odata_type;
                const PATHS: &'static [#krate::PathTemplate] = &[#(#paths),*];
                const PROPERTIES: &'static [&'static str] = &[];
                const DESCRIPTION: &'static #krate::describe::Description = &#krate::describe::Description {
                    rust_name: #enum_name,
                    odata_type: #odata_type,
                    kind: #krate::describe::TypeKind::Polymorphic,
                    is_abstract: #is_abstract,
                    open: #open,
                    paths: <Self as #krate::GraphEntity>::PATHS,
                    fields: &[],
                    variants: &[#(<#variant_types as #krate::GraphEntity>::DESCRIPTION),*],
                };
                type Patch = #patch;

                fn key(&self) -> ::core::option::Option<#krate::__private::Cow<'_, str>> {
                    #key
                }

                fn __accepts(__name: &str) -> bool {
                    false #(|| <#accept_types as #krate::GraphEntity>::__accepts(__name))*
                }

                fn etag(&self) -> ::core::option::Option<&str> {
                    #etag
                }

                fn changes_since(&self, old: &Self) -> #patch {
                    fn __type_of(__value: &#ident) -> &'static str {
                        #names
                    }
                    match (self, old) {
                        #(#changes)*
                        (__new, __old) => #patch::Mismatch(::std::format!(
                            "cannot patch {} into {}: a patch changes the properties of one type",
                            __type_of(__old),
                            __type_of(__new),
                        )),
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
                    #body
                }
            }

            #creatable

            #[automatically_derived]
            impl #krate::describe::Describe for #ident {
                #[inline]
                fn shape() -> #krate::describe::Shape {
                    #krate::describe::Shape::Type(<Self as #krate::GraphEntity>::DESCRIPTION)
                }
            }

            #[automatically_derived]
            impl #krate::__private::serde::Serialize for #ident {
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #krate::__private::serde::Serializer,
                {
                    #serialize
                }
            }

            #[automatically_derived]
            impl<'de> #krate::__private::serde::Deserialize<'de> for #ident {
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: #krate::__private::serde::Deserializer<'de>,
                {
                    struct __Visitor;

                    impl<'de> #krate::__private::serde::de::Visitor<'de> for __Visitor {
                        type Value = #ident;

                        fn expecting(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                            ::core::fmt::Formatter::write_str(__f, ::core::concat!("a ", #odata_type, " object"))
                        }

                        fn visit_map<__A>(self, __map: __A) -> ::core::result::Result<#ident, __A::Error>
                        where
                            __A: #krate::__private::serde::de::MapAccess<'de>,
                        {
                            #krate::__private::read_rest(__map, |__name, __map| {
                                match __name {
                                    ::core::option::Option::Some(__name) => {
                                        let __name = #krate::__private::strip_hash(__name);
                                        #(#dispatch)*
                                        #unknown
                                    }
                                    ::core::option::Option::None => {
                                        #(#base)*
                                        ::core::result::Result::Err(#krate::__private::missing_type::<__A::Error>(#odata_type))
                                    }
                                }
                            })
                        }
                    }

                    #krate::__private::serde::Deserializer::deserialize_map(__deserializer, __Visitor)
                }
            }

            #[automatically_derived]
            impl #krate::__private::serde::Serialize for #patch {
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #krate::__private::serde::Serializer,
                {
                    match self {
                        #(#patch_serialize)*
                        #patch::Mismatch(__message) => ::core::result::Result::Err(#krate::__private::cannot_write::<__S::Error>(__message)),
                    }
                }
            }

            #[automatically_derived]
            impl #krate::Patch for #patch {
                fn is_empty(&self) -> bool {
                    match self {
                        #(#patch_is_empty)*
                        #patch::Mismatch(_) => false,
                    }
                }

                fn if_match(&self) -> ::core::option::Option<&str> {
                    match self {
                        #(#patch_if_match)*
                        #patch::Mismatch(_) => ::core::option::Option::None,
                    }
                }

                fn set_if_match(&mut self, etag: ::core::option::Option<#krate::__private::String>) {
                    match self {
                        #(#patch_set_if_match)*
                        #patch::Mismatch(_) => {}
                    }
                }
            }
        };
    }
}
