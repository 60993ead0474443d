//! `GraphEntity::DESCRIPTION`: the static description of a struct that
//! graph-schema verifies and queries read.

use proc_macro2::TokenStream;
use quote::quote;
use syn::ext::IdentExt;

use crate::ast::{Container, Field, Handling, Role};

/// The `DESCRIPTION` constant of a derived struct.
pub fn expand(container: &Container) -> TokenStream {
    let krate = &container.krate;
    let rust_name = container.ident.unraw().to_string();
    let odata_type = &container.odata_type;
    let kind = if container.attrs.complex.is_some() {
        quote!(#krate::describe::TypeKind::Complex)
    } else {
        quote!(#krate::describe::TypeKind::Entity)
    };
    let is_abstract = container.is_abstract();
    let open = container.field(Role::Extra).is_some();
    let described: Vec<&Field> = container
        .fields()
        .iter()
        .filter(|field| field.is_described())
        .collect();
    let fields = described
        .iter()
        .enumerate()
        .map(|(index, field)| field_description(container, field, index));
    let shapes = described.iter().enumerate().map(|(index, field)| {
        let shape = shape(container, field);
        quote!(#index => #shape,)
    });
    quote! {
        const DESCRIPTION: &'static #krate::describe::Description = &#krate::describe::Description {
            rust_name: #rust_name,
            odata_type: #odata_type,
            kind: #kind,
            is_abstract: #is_abstract,
            open: #open,
            paths: <Self as #krate::GraphEntity>::PATHS,
            fields: &[#(#fields),*],
            variants: &[],
        };

        #[inline]
        fn __field_shape(__index: usize) -> #krate::describe::Shape {
            match __index {
                #(#shapes)*
                _ => #krate::describe::Shape::Other(""),
            }
        }
    }
}

fn field_description(container: &Container, field: &Field, index: usize) -> TokenStream {
    let krate = &container.krate;
    let rust_name = field.member.unraw().to_string();
    let json_name = &field.json_name;
    let role = match field.role {
        Role::Key => quote!(Key),
        Role::ReadOnly => quote!(ReadOnly),
        Role::Immutable => quote!(Immutable),
        Role::WriteOnly => quote!(WriteOnly),
        Role::Navigation => quote!(Navigation),
        Role::Bind => quote!(Bind),
        _ => quote!(Writable),
    };
    quote! {
        #krate::describe::FieldDescription {
            rust_name: #rust_name,
            json_name: #json_name,
            role: #krate::describe::FieldRole::#role,
            shapes: <Self as #krate::GraphEntity>::__field_shape,
            index: #index,
        }
    }
}

/// The expression of a field's shape in `__field_shape`.
fn shape(container: &Container, field: &Field) -> TokenStream {
    let krate = &container.krate;
    let ty = field.ty;
    if field.attrs.with.is_some() {
        let name = quote!(#ty).to_string().replace(' ', "");
        quote!(#krate::describe::Shape::Other(#name))
    } else if matches!(field.handling, Handling::Plain | Handling::Wire) {
        quote!(<#ty as #krate::describe::Describe>::shape())
    } else {
        quote!({
            #[allow(unused_imports)]
            use #krate::__private::{DescribedShape as _, OtherShape as _};
            (&&#krate::__private::ShapeProbe::<#ty>::new()).shape()
        })
    }
}
