//! `#[derive(GraphEnum)]`: members as camelCase strings.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields};

use crate::attr;
use crate::ctxt::Ctxt;

/// How unknown members are kept.
enum Other<'a> {
    /// `Other(String)`: the text is kept.
    Keep(&'a syn::Ident, &'a syn::Type),
    /// A unit variant: accepted, text dropped.
    Drop(&'a syn::Ident),
}

pub fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    let cx = Ctxt::new();
    let attrs = attr::Enum::from_ast(&cx, &input.attrs);
    let krate = match &attrs.krate {
        Some(path) => quote!(#path),
        None => quote!(::graph_core),
    };
    let Data::Enum(data) = &input.data else {
        cx.error_spanned_by(
            &input.ident,
            "#[derive(GraphEnum)] is for enums of Graph enumeration members",
        );
        cx.check()?;
        return Ok(TokenStream::new());
    };
    let mut members = Vec::new();
    let mut other: Option<Other> = None;
    for variant in &data.variants {
        let attrs = attr::Variant::from_ast(&cx, &variant.attrs, true);
        if let Some(span) = attrs.other {
            let this = match &variant.fields {
                Fields::Unit => Some(Other::Drop(&variant.ident)),
                Fields::Unnamed(fields) if fields.unnamed.len() == 1 => fields
                    .unnamed
                    .first()
                    .map(|field| Other::Keep(&variant.ident, &field.ty)),
                _ => {
                    cx.error_spanned_by(
                        &variant.ident,
                        "#[graph(other)] needs a variant holding one `String`, as in `Other(String)`, or a unit variant",
                    );
                    None
                }
            };
            if other.is_some() {
                cx.syn_error(syn::Error::new(
                    span,
                    "#[graph(other)] can only be used on one variant",
                ));
            } else if this.is_some() {
                other = this;
            }
            if let Some((tokens, _)) = &attrs.rename {
                cx.error_spanned_by(tokens, "the #[graph(other)] variant has no member name to rename");
            }
            continue;
        }
        if !matches!(variant.fields, Fields::Unit) {
            cx.error_spanned_by(
                &variant.ident,
                format!(
                    "variant `{}` of a GraphEnum must have no fields; only the #[graph(other)] variant holds a value",
                    variant.ident
                ),
            );
            continue;
        }
        if let Some(discriminant) = &variant.discriminant {
            let _ = discriminant;
        }
        let name = match attrs.rename {
            Some((_, name)) => name,
            None => lower_first(&variant.ident.to_string()),
        };
        if let Some((_, first)) = members.iter().find(|(_, existing)| *existing == name) {
            cx.error_spanned_by(
                &variant.ident,
                format!(
                    "variants `{first}` and `{}` both use the member name `{name}`",
                    variant.ident
                ),
            );
        }
        members.push((&variant.ident, name));
    }
    if let Some(span) = attrs.flags {
        check_flags(&cx, span, &members, other.as_ref());
    }
    cx.check()?;

    let ident = &input.ident;
    let enum_name = ident.to_string();
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let names: Vec<&String> = members.iter().map(|(_, name)| name).collect();
    let to_str = members
        .iter()
        .map(|(variant, name)| quote!(#ident::#variant => #name,));
    let from_str = members
        .iter()
        .map(|(variant, name)| quote!(#name => ::core::option::Option::Some(#ident::#variant),));
    let (other_to_str, other_visit, other_ser) = match &other {
        Some(Other::Keep(variant, ty)) => {
            let as_str = quote_spanned!(ty.span()=> <#ty as ::core::convert::AsRef<str>>::as_ref(__value));
            let from = quote_spanned!(ty.span()=> <#ty as ::core::convert::From<&str>>::from(__value));
            (
                quote!(#ident::#variant(__value) => #as_str,),
                quote!(::core::result::Result::Ok(#ident::#variant(#from))),
                quote!(),
            )
        }
        Some(Other::Drop(variant)) => (
            quote!(#ident::#variant => "",),
            quote!(::core::result::Result::Ok(#ident::#variant)),
            quote! {
                if let #ident::#variant = self {
                    return ::core::result::Result::Err(<__S::Error as #krate::__private::serde::ser::Error>::custom(
                        ::core::format_args!("cannot write an unknown member of {}: it was not kept (hold it in `{}(String)` to keep it)", #enum_name, ::core::stringify!(#variant)),
                    ));
                }
            },
        ),
        None => (
            quote!(),
            quote!(::core::result::Result::Err(#krate::__private::unknown_member::<__E>(#enum_name, __value))),
            quote!(),
        ),
    };
    let expecting = format!("a member of {enum_name}");
    let flag_impl = attrs
        .flags
        .map(|_| flag_impl(input, &krate, &members, other.as_ref()));

    Ok(quote! {
        #[doc(hidden)]
        #[allow(unused_attributes, unused_qualifications, clippy::all)]
        const _: () = {
            #[automatically_derived]
            impl #impl_generics #krate::GraphEnum for #ident #ty_generics #where_clause {
                const NAME: &'static str = #enum_name;
                const MEMBERS: &'static [&'static str] = &[#(#names),*];

                #[inline]
                fn as_str(&self) -> &str {
                    match self {
                        #(#to_str)*
                        #other_to_str
                    }
                }

                #[inline]
                fn from_member(__name: &str) -> ::core::option::Option<Self> {
                    match __name {
                        #(#from_str)*
                        _ => ::core::option::Option::None,
                    }
                }
            }

            #[automatically_derived]
            impl #impl_generics #krate::describe::Describe for #ident #ty_generics #where_clause {
                #[inline]
                fn shape() -> #krate::describe::Shape {
                    #krate::describe::Shape::Enum(#krate::describe::EnumDescription::of::<Self>())
                }
            }

            #[automatically_derived]
            impl #impl_generics #krate::__private::serde::Serialize for #ident #ty_generics #where_clause {
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: #krate::__private::serde::Serializer,
                {
                    #other_ser
                    #krate::__private::serde::Serializer::serialize_str(__serializer, #krate::GraphEnum::as_str(self))
                }
            }

            #[automatically_derived]
            impl<'de> #krate::__private::serde::Deserialize<'de> for #ident #ty_generics #where_clause {
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: #krate::__private::serde::Deserializer<'de>,
                {
                    struct __Visitor;

                    impl<'de> #krate::__private::serde::de::Visitor<'de> for __Visitor {
                        type Value = #ident;

                        fn expecting(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                            ::core::fmt::Formatter::write_str(__f, #expecting)
                        }

                        fn visit_str<__E>(self, __value: &str) -> ::core::result::Result<#ident, __E>
                        where
                            __E: #krate::__private::serde::de::Error,
                        {
                            match <#ident as #krate::GraphEnum>::from_member(__value) {
                                ::core::option::Option::Some(__member) => ::core::result::Result::Ok(__member),
                                ::core::option::Option::None => #other_visit,
                            }
                        }
                    }

                    #krate::__private::serde::Deserializer::deserialize_str(__deserializer, __Visitor)
                }
            }

            #flag_impl
        };
    })
}

/// The most members a flag enum can list: a `Flags` set holds them as the
/// bits of a `u128`.
const MAX_FLAGS: usize = 128;

/// Rules of `#[graph(flags)]`.
fn check_flags(cx: &Ctxt, span: proc_macro2::Span, members: &[(&syn::Ident, String)], other: Option<&Other>) {
    // A set writes back what it read: unknown members must be kept whole.
    if let Some(Other::Drop(variant)) = other {
        cx.error_spanned_by(
            variant,
            format!(
                "the #[graph(other)] variant of a flag enum must keep the member: write `{variant}(String)`"
            ),
        );
    }
    // The members are the bits of a u128.
    if members.len() > MAX_FLAGS {
        cx.syn_error(syn::Error::new(
            span,
            format!(
                "a flag enum can list at most {MAX_FLAGS} members; this one lists {}",
                members.len()
            ),
        ));
    }
}

/// `impl FlagEnum`: member positions and unknown members.
fn flag_impl(
    input: &DeriveInput,
    krate: &TokenStream,
    members: &[(&syn::Ident, String)],
    other: Option<&Other>,
) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let to_index = members
        .iter()
        .enumerate()
        .map(|(index, (variant, _))| quote!(#ident::#variant => ::core::option::Option::Some(#index),));
    let from_index = members
        .iter()
        .enumerate()
        .map(|(index, (variant, _))| quote!(#index => ::core::option::Option::Some(#ident::#variant),));
    let (keeps, other_index, unknown) = match other {
        Some(Other::Keep(variant, ty)) => {
            let from = quote_spanned!(ty.span()=> <#ty as ::core::convert::From<&str>>::from(__name));
            (
                true,
                quote!(#ident::#variant(_) => ::core::option::Option::None,),
                quote!(::core::option::Option::Some(#ident::#variant(#from))),
            )
        }
        Some(Other::Drop(variant)) => (
            false,
            quote!(#ident::#variant => ::core::option::Option::None,),
            quote!(::core::option::Option::None),
        ),
        None => (false, quote!(), quote!(::core::option::Option::None)),
    };
    let unused = (!keeps).then(|| quote!(let _ = __name;));
    let table = match member_table(members) {
        Some(MemberTable {
            multiplier,
            bits,
            slots,
        }) => {
            let slots = slots.iter().map(|slot| match slot {
                Some(index) => {
                    let name = members[usize::from(*index)].1.as_bytes();
                    let [first, middle, last] = graph_path_syntax::member_key::member_words(name);
                    let len = name.len() as u32;
                    quote!(#krate::__private::MemberSlot { words: [#first, #middle, #last], len: #len, index: #index })
                }
                None => quote!(#krate::__private::MemberSlot::FREE),
            });
            quote! {
                ::core::option::Option::Some(#krate::__private::MemberTable {
                    multiplier: #multiplier,
                    bits: #bits,
                    slots: &[#(#slots),*],
                })
            }
        }
        None => quote!(::core::option::Option::None),
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::FlagEnum for #ident #ty_generics #where_clause {
            const KEEPS_UNKNOWN: bool = #keeps;
            const MEMBER_TABLE: ::core::option::Option<#krate::__private::MemberTable> = #table;

            #[inline]
            fn index(&self) -> ::core::option::Option<usize> {
                match self {
                    #(#to_index)*
                    #other_index
                }
            }

            #[inline]
            fn from_index(__index: usize) -> ::core::option::Option<Self> {
                match __index {
                    #(#from_index)*
                    _ => ::core::option::Option::None,
                }
            }

            #[inline]
            fn unknown(__name: &str) -> ::core::option::Option<Self> {
                #unused
                #unknown
            }
        }
    }
}

/// A perfect hash of a flag enum's member names: slot
/// `slot(member_key(..), multiplier, bits)` of each name holds its
/// position, so that reading a member is one look-up and one comparison
/// instead of a chain of branches.
struct MemberTable {
    multiplier: u64,
    bits: u32,
    slots: Vec<Option<u8>>,
}

/// Finds a multiplier that gives every member its own slot, in the
/// smallest table (at least twice the members, at most 2,048 slots) where
/// a few thousand tries find one; `None` if two names share a key (their
/// words, which hold every byte of names up to 24 bytes).
fn member_table(members: &[(&syn::Ident, String)]) -> Option<MemberTable> {
    use graph_path_syntax::member_key::{member_key, member_words, slot};

    let keys: Vec<u64> = members
        .iter()
        .map(|(_, name)| member_key(member_words(name.as_bytes())))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    sorted.dedup();
    if sorted.len() != keys.len() || keys.is_empty() {
        return None;
    }
    let smallest = (keys.len() * 2).next_power_of_two().trailing_zeros().max(1);
    // Odd multipliers from a fixed sequence (splitmix64): the same enum
    // always gets the same table.
    let mut state: u64 = 0;
    for bits in smallest..=11 {
        for _ in 0..4_000 {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut mixed = state;
            mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            let multiplier = (mixed ^ (mixed >> 31)) | 1;
            let mut slots = vec![None; 1 << bits];
            let fits = keys.iter().enumerate().all(|(index, &key)| {
                let place = &mut slots[slot(key, multiplier, bits)];
                let free = place.is_none();
                *place = Some(index as u8);
                free
            });
            if fits {
                return Some(MemberTable {
                    multiplier,
                    bits,
                    slots,
                });
            }
        }
    }
    None
}

/// `NotApplicable` → `notApplicable`, `IOS` → `iOS`.
fn lower_first(name: &str) -> String {
    let name = name.strip_prefix("r#").unwrap_or(name);
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
