//! What the derive needs to know about a field's type, read off its tokens.

use syn::{GenericArgument, PathArguments, Type};

/// The last path segment of a type and its single type argument, if any.
fn last_segment(ty: &Type) -> Option<(String, Option<&Type>)> {
    let Type::Path(path) = ty else {
        return None;
    };
    if path.qself.is_some() {
        return None;
    }
    let segment = path.path.segments.last()?;
    let argument = match &segment.arguments {
        PathArguments::AngleBracketed(args) => {
            let mut types = args.args.iter().filter_map(|arg| match arg {
                GenericArgument::Type(ty) => Some(ty),
                _ => None,
            });
            match (types.next(), types.next()) {
                (Some(ty), None) => Some(ty),
                _ => None,
            }
        }
        _ => None,
    };
    Some((segment.ident.to_string(), argument))
}

/// `T` if `ty` is written `Option<T>`.
pub fn option_inner(ty: &Type) -> Option<&Type> {
    match last_segment(ty)? {
        (name, Some(inner)) if name == "Option" => Some(inner),
        _ => None,
    }
}

/// Whether values of this type are written through graph-core's wire
/// formats: chrono's date and time types, possibly inside `Option`, `Vec`
/// or `Box`.
pub fn uses_wire(ty: &Type) -> bool {
    match last_segment(ty) {
        Some((name, _))
            if matches!(
                name.as_str(),
                "DateTime" | "NaiveDate" | "NaiveTime" | "f64" | "f32"
            ) =>
        {
            true
        }
        Some((name, Some(inner))) if matches!(name.as_str(), "Option" | "Vec" | "Box") => uses_wire(inner),
        _ => false,
    }
}

/// Scalar types written by their serde impls as Graph expects.
const PLAIN: &[&str] = &[
    "String", "bool", "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
];

/// Whether the type is spelled as a plain serde value: a string, boolean or
/// integer, possibly inside `Option`, `Vec` or `Box`. Such values have no
/// body form and no wire format of their own.
pub fn is_plain(ty: &Type) -> bool {
    match last_segment(ty) {
        Some((name, None)) => PLAIN.contains(&name.as_str()),
        Some((name, Some(inner))) if matches!(name.as_str(), "Option" | "Vec" | "Box") => is_plain(inner),
        _ => false,
    }
}

/// Whether the type is written `Vec<T>` or `Option<Vec<T>>`: read element
/// by element so that an error names its index.
pub fn is_vec(ty: &Type) -> bool {
    let ty = option_inner(ty).unwrap_or(ty);
    matches!(last_segment(ty), Some((name, Some(_))) if name == "Vec")
}

/// Names of types that are certainly not an alias of something else.
const WELL_KNOWN: &[&str] = &[
    "Option", "String", "str", "Cow", "Box", "Vec", "HashMap", "BTreeMap", "Map", "Value", "bool", "char",
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64",
];

/// Whether the type is spelled as a well-known type other than `name`
/// (an unknown name may be an alias, which only the compiler can check).
pub fn clearly_not(ty: &Type, name: &str) -> bool {
    match last_segment(ty) {
        Some((ident, _)) => ident != name && WELL_KNOWN.contains(&ident.as_str()),
        None => true,
    }
}

/// Whether the type is certainly not `Option<String>`.
pub fn clearly_not_optional_string(ty: &Type) -> bool {
    match option_inner(ty) {
        Some(inner) => clearly_not(inner, "String"),
        None => clearly_not(ty, "Option"),
    }
}
