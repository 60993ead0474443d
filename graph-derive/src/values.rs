//! Fragments shared by the generators: how one field's value is written,
//! read and compared, the `@odata.type` entry, `with` wrappers.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::Ident;

use crate::ast::{Container, Field, Handling};

/// The name of the patch type of `ident`.
pub fn patch_ident(ident: &Ident) -> Ident {
    format_ident!("{}Patch", ident.unraw(), span = ident.span())
}

/// The value to hand to `serialize_entry` for `value` (a `&T` place of the
/// field's value type): in its body form, wire format or as is. `kind` is
/// the `BodyKind` of the value being written and `old` an
/// `Option<&T>` of the value it replaces.
pub fn write_value(
    container: &Container,
    field: &Field,
    value: TokenStream,
    kind: TokenStream,
    old: TokenStream,
) -> TokenStream {
    let krate = &container.krate;
    match field.handling {
        Handling::Wire => quote!(&#krate::__private::Wire(#value)),
        Handling::Plain | Handling::With => value,
        Handling::Probe => {
            let span = field.ty.span();
            quote_spanned! {span=>
                &{
                    #[allow(unused_imports)]
                    use #krate::__private::{ViaBody as _, ViaSerde as _, ViaWire as _};
                    (&&&#krate::__private::Probe(#value)).field(#kind, #old)
                }
            }
        }
    }
}

/// How `visit_map` reads a property's value: through a seed (the common
/// case, handed to `read_slot`), or, for a `with` module, as an expression
/// that gives the `Result` of reading it.
pub enum Read {
    Seed(TokenStream),
    Expr(TokenStream),
}

/// How `visit_map` reads the value of `field`.
pub fn read_value(container: &Container, field: &Field) -> Read {
    let krate = &container.krate;
    let ty = field.ty;
    match field.handling {
        Handling::With => {
            let with = field.attrs.with.as_ref();
            Read::Expr(quote! {{
                struct __DeserializeWith(#ty);
                impl<'de> #krate::__private::serde::Deserialize<'de> for __DeserializeWith {
                    fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                    where
                        __D: #krate::__private::serde::Deserializer<'de>,
                    {
                        ::core::result::Result::map(#with::deserialize(__deserializer), __DeserializeWith)
                    }
                }
                ::core::result::Result::map(
                    #krate::__private::serde::de::MapAccess::next_value::<__DeserializeWith>(&mut __map),
                    |__wrapped| __wrapped.0,
                )
            }})
        }
        Handling::Wire => Read::Seed(quote!(#krate::__private::WireSeed::<#ty>::new())),
        Handling::Plain if field.indexed => Read::Seed(quote!(#krate::__private::IndexedSeed::<#ty>::new())),
        Handling::Plain => Read::Seed(quote!(::core::marker::PhantomData::<#ty>)),
        Handling::Probe => {
            let span = ty.span();
            Read::Seed(if field.indexed {
                quote_spanned! {span=>
                    {
                        #[allow(unused_imports)]
                        use #krate::__private::{ReadIndexedSerde as _, ReadIndexedWire as _};
                        (&&#krate::__private::ReadProbe::<'de, #ty>::new()).seed()
                    }
                }
            } else {
                quote_spanned! {span=>
                    {
                        #[allow(unused_imports)]
                        use #krate::__private::{ReadSerde as _, ReadWire as _};
                        (&&#krate::__private::ReadProbe::<'de, #ty>::new()).seed()
                    }
                }
            })
        }
    }
}

/// The `Change` of an updatable field from `old` to `self`: a nested
/// entity value remembers what it replaces.
pub fn change(container: &Container, field: &Field) -> TokenStream {
    let krate = &container.krate;
    let member = field.member;
    let span = field.ty.span();
    match (field.handling, field.option_inner) {
        (Handling::Probe, Some(_)) => quote_spanned! {span=>
            {
                #[allow(unused_imports)]
                use #krate::__private::{ChangeEntityOption as _, ChangeOption as _};
                (&&#krate::__private::ChangeProbe(&self.#member, &old.#member)).change()
            }
        },
        (Handling::Probe, None) => quote_spanned! {span=>
            {
                #[allow(unused_imports)]
                use #krate::__private::{ChangeEntity as _, ChangeRequired as _};
                (&&#krate::__private::ChangeRequiredProbe(&self.#member, &old.#member)).change()
            }
        },
        (_, Some(_)) => quote_spanned!(span=> #krate::Change::between_options(&self.#member, &old.#member)),
        (_, None) => quote_spanned!(span=> #krate::Change::between(&self.#member, &old.#member)),
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
