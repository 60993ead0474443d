//! `serde::Deserialize`: a visitor of its own, no `flatten`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ast::{Container, Field, Role};
use crate::values::Read;

pub fn expand(container: &Container) -> TokenStream {
    let krate = &container.krate;
    let ident = container.ident;
    let odata_type = &container.odata_type;
    let expecting = format!("a {odata_type} object");
    let (impl_generics, ty_generics, where_clause) = container.generics.split_for_impl();
    let mut de_generics = container.generics.clone();
    de_generics.params.insert(0, syn::parse_quote!('de));
    let (de_impl_generics, _, _) = de_generics.split_for_impl();

    let fields = container.fields();
    let properties: Vec<(usize, &Field)> = fields
        .iter()
        .enumerate()
        .filter(|(_, field)| field.is_property())
        .collect();
    let extra = container.field(Role::Extra);
    let etag = container.field(Role::Etag);
    let type_field = container.field(Role::ODataType);

    let variants = properties.iter().map(|(i, _)| format_ident!("__field{}", i));
    let arms = properties.iter().map(|(i, field)| {
        let variant = format_ident!("__field{}", i);
        let name = &field.json_name;
        quote!(#name => __Field::#variant,)
    });
    let etag_arm = etag.map(|_| quote!("@odata.etag" => __Field::__etag,));
    let fallback = match extra {
        Some(_) => {
            quote!(_ => __Field::__other(<#krate::__private::String as ::core::convert::From<&str>>::from(__value)),)
        }
        None => quote!(_ => __Field::__ignore,),
    };

    let slots = properties.iter().map(|(i, field)| {
        let slot = format_ident!("__field{}", i);
        let ty = field.ty;
        quote!(let mut #slot: ::core::option::Option<#ty> = ::core::option::Option::None;)
    });
    let reads = properties
        .iter()
        .map(|(i, field)| read_property(container, *i, field));

    let abstract_or_open = container.is_abstract() || type_field.is_some();
    let type_check = (!abstract_or_open).then(|| {
        quote! {
            if __name != #odata_type {
                return ::core::result::Result::Err(#krate::__private::type_mismatch::<__A::Error>(#odata_type, __name));
            }
        }
    });
    let keep_type = type_field.map(
        |_| quote!(__odata_type = ::core::option::Option::Some(<#krate::__private::String as ::core::convert::From<&str>>::from(__name));),
    );
    let etag_read = etag.map(|_| {
        quote! {
            __Field::__etag => {
                if __etag.is_some() {
                    return ::core::result::Result::Err(<__A::Error as #krate::__private::serde::de::Error>::duplicate_field("@odata.etag"));
                }
                __etag = ::core::option::Option::Some(
                    #krate::__private::serde::de::MapAccess::next_value::<::core::option::Option<#krate::__private::String>>(&mut __map)
                        .map_err(|__e| #krate::__private::prefix_error("@odata.etag", __e))?,
                );
            }
        }
    });
    let other_read = match extra {
        Some(_) => quote! {
            __Field::__other(__key) => {
                let __value = #krate::__private::serde::de::MapAccess::next_value::<#krate::__private::serde_json::Value>(&mut __map)
                    .map_err(|__e| #krate::__private::prefix_error(&__key, __e))?;
                if let ::core::option::Option::Some(__key) = #krate::__private::insert_extra(&mut __extra, __key, __value) {
                    return ::core::result::Result::Err(#krate::__private::duplicate_property::<__A::Error>(&__key));
                }
            }
        },
        None => quote! {
            __Field::__ignore => {
                #krate::__private::serde::de::MapAccess::next_value::<#krate::__private::serde::de::IgnoredAny>(&mut __map)?;
            }
        },
    };

    let builds = fields.iter().enumerate().map(|(i, field)| {
        let member = field.member;
        let slot = format_ident!("__field{}", i);
        let value = match field.role {
            Role::Extra => quote!(__extra),
            Role::Etag => quote!(::core::option::Option::flatten(__etag)),
            Role::ODataType => quote!(__odata_type),
            Role::Skip | Role::Bind => quote!(::core::default::Default::default()),
            // An absent `Option` is `None`.
            _ if field.option_inner.is_some() => quote!(::core::option::Option::flatten(#slot)),
            _ => {
                let name = &field.json_name;
                // Read from nothing through the field's own reader: `None` for a
                // type that hides an `Option` (`Box<Option<..>>`, an alias),
                // else the error ``missing field `name` ``.
                let missing = match crate::values::read_value(container, field) {
                    Read::Seed(seed) => quote! {
                        #krate::__private::missing_field_seed::<_, __A::Error>(#seed, #name)?
                    },
                    Read::Expr(_) => quote! {
                        return ::core::result::Result::Err(<__A::Error as #krate::__private::serde::de::Error>::missing_field(#name))
                    },
                };
                quote! {
                    match #slot {
                        ::core::option::Option::Some(__value) => __value,
                        ::core::option::Option::None => #missing,
                    }
                }
            }
        };
        quote!(#member: #value,)
    });
    let extra_slot = extra.map(|_| quote!(let mut __extra = #krate::__private::serde_json::Map::new();));
    let etag_slot = etag.map(|_| {
        quote!(let mut __etag: ::core::option::Option<::core::option::Option<#krate::__private::String>> = ::core::option::Option::None;)
    });
    let type_slot = type_field.map(|_| {
        quote!(let mut __odata_type: ::core::option::Option<#krate::__private::String> = ::core::option::Option::None;)
    });
    let other_variant = match extra {
        Some(_) => quote!(__other(#krate::__private::String),),
        None => quote!(__ignore,),
    };
    let etag_variant = etag.map(|_| quote!(__etag,));
    let phantom = (!container.generics.params.is_empty())
        .then(|| quote!(::core::marker::PhantomData<fn() -> #ident #ty_generics>));
    let visitor_fields = phantom.as_ref().map(|p| quote!((#p)));
    let visitor_value = phantom.as_ref().map(|_| quote!((::core::marker::PhantomData)));

    quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals, non_camel_case_types, unused_attributes, unused_qualifications, unused_mut, clippy::all)]
        const _: () = {
            #[automatically_derived]
            impl #de_impl_generics #krate::__private::serde::Deserialize<'de> for #ident #ty_generics #where_clause {
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: #krate::__private::serde::Deserializer<'de>,
                {
                    enum __Field {
                        #(#variants,)*
                        __type,
                        #etag_variant
                        #other_variant
                    }

                    struct __FieldVisitor;

                    impl<'de> #krate::__private::serde::de::Visitor<'de> for __FieldVisitor {
                        type Value = __Field;

                        fn expecting(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                            ::core::fmt::Formatter::write_str(__f, "a property name")
                        }

                        fn visit_str<__E>(self, __value: &str) -> ::core::result::Result<__Field, __E>
                        where
                            __E: #krate::__private::serde::de::Error,
                        {
                            ::core::result::Result::Ok(match __value {
                                #(#arms)*
                                "@odata.type" => __Field::__type,
                                #etag_arm
                                #fallback
                            })
                        }
                    }

                    impl<'de> #krate::__private::serde::Deserialize<'de> for __Field {
                        #[inline]
                        fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                        where
                            __D: #krate::__private::serde::Deserializer<'de>,
                        {
                            #krate::__private::serde::Deserializer::deserialize_identifier(__deserializer, __FieldVisitor)
                        }
                    }

                    struct __Visitor #impl_generics #visitor_fields #where_clause;

                    impl #de_impl_generics #krate::__private::serde::de::Visitor<'de> for __Visitor #ty_generics #where_clause {
                        type Value = #ident #ty_generics;

                        fn expecting(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                            ::core::fmt::Formatter::write_str(__f, #expecting)
                        }

                        fn visit_map<__A>(self, mut __map: __A) -> ::core::result::Result<Self::Value, __A::Error>
                        where
                            __A: #krate::__private::serde::de::MapAccess<'de>,
                        {
                            #(#slots)*
                            #extra_slot
                            #etag_slot
                            #type_slot
                            let mut __seen_type = false;
                            while let ::core::option::Option::Some(__key) =
                                #krate::__private::serde::de::MapAccess::next_key::<__Field>(&mut __map)?
                            {
                                match __key {
                                    #(#reads)*
                                    __Field::__type => {
                                        if __seen_type {
                                            return ::core::result::Result::Err(<__A::Error as #krate::__private::serde::de::Error>::duplicate_field("@odata.type"));
                                        }
                                        __seen_type = true;
                                        let __type = #krate::__private::serde::de::MapAccess::next_value_seed(&mut __map, #krate::__private::TypeNameSeed)
                                            .map_err(|__e| #krate::__private::prefix_error("@odata.type", __e))?;
                                        let __name: &str = #krate::__private::strip_hash(&__type);
                                        #type_check
                                        #keep_type
                                        let _ = __name;
                                    }
                                    #etag_read
                                    #other_read
                                }
                            }
                            ::core::result::Result::Ok(#ident { #(#builds)* })
                        }
                    }

                    #krate::__private::serde::Deserializer::deserialize_map(__deserializer, __Visitor #visitor_value)
                }
            }
        };
    }
}

/// The match arm that reads one property, refusing a second occurrence and
/// naming the property in any error.
fn read_property(container: &Container, index: usize, field: &Field) -> TokenStream {
    let krate = &container.krate;
    let variant = format_ident!("__field{}", index);
    let name = &field.json_name;
    match crate::values::read_value(container, field) {
        Read::Seed(seed) => quote! {
            __Field::#variant => #krate::__private::read_slot(&mut __map, &mut #variant, #name, #seed)?,
        },
        Read::Expr(read) => quote! {
            __Field::#variant => {
                if ::core::option::Option::is_some(&#variant) {
                    return ::core::result::Result::Err(<__A::Error as #krate::__private::serde::de::Error>::duplicate_field(#name));
                }
                #variant = ::core::option::Option::Some(
                    #read.map_err(|__e| #krate::__private::prefix_error(#name, __e))?,
                );
            }
        },
    }
}
