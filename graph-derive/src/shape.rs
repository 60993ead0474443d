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

/// Whether a type's last segment is `name` (`Map`, `String`).
pub fn is_named(ty: &Type, name: &str) -> bool {
    matches!(last_segment(ty), Some((ident, _)) if ident == name)
}

/// Whether values of this type are written through graph-core's wire
/// formats: chrono's date and time types, possibly inside `Option`, `Vec`
/// or `Box`.
pub fn uses_wire(ty: &Type) -> bool {
    match last_segment(ty) {
        Some((name, _)) if matches!(name.as_str(), "DateTime" | "NaiveDate" | "NaiveTime") => true,
        Some((name, Some(inner))) if matches!(name.as_str(), "Option" | "Vec" | "Box") => uses_wire(inner),
        _ => false,
    }
}

/// Whether the type is written `Vec<T>` or `Option<Vec<T>>`: read element
/// by element so that an error names its index.
pub fn is_vec(ty: &Type) -> bool {
    let ty = option_inner(ty).unwrap_or(ty);
    matches!(last_segment(ty), Some((name, Some(_))) if name == "Vec")
}
