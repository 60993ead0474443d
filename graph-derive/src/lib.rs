//! Derive macros of [graph-core](https://docs.rs/graph-core).
//!
//! Depend on `graph-core`, not on this crate: it re-exports both derives and
//! documents them.

mod ast;
mod attr;
mod check;
mod ctxt;
mod de;
mod describe;
mod entity;
mod enums;
mod fields;
mod patch;
mod path;
mod poly;
mod ser;
mod shape;
mod values;

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

/// Derives `GraphEntity`, `Serialize`, `Deserialize` and a patch builder.
#[proc_macro_derive(GraphEntity, attributes(graph))]
pub fn derive_graph_entity(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand(entity(&input))
}

/// The stages run one way: attributes and the intermediate form (`ast`),
/// the rules between them (`check`), then the generators.
fn entity(input: &DeriveInput) -> syn::Result<proc_macro2::TokenStream> {
    let cx = ctxt::Ctxt::new();
    let container = ast::Container::from_ast(&cx, input);
    check::container(&cx, &container);
    cx.check()?;
    Ok(match &container.data {
        ast::Data::Struct(_) => {
            let mut tokens = ser::expand(&container);
            tokens.extend(entity::expand(&container));
            tokens.extend(de::expand(&container));
            tokens.extend(patch::expand(&container));
            tokens.extend(fields::expand(&container));
            tokens
        }
        ast::Data::Enum(_) => poly::expand(&container),
    })
}

/// Derives `GraphEnum`, `Serialize` and `Deserialize` for a fieldless enum.
#[proc_macro_derive(GraphEnum, attributes(graph))]
pub fn derive_graph_enum(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand(enums::expand(&input))
}

fn expand(result: syn::Result<proc_macro2::TokenStream>) -> TokenStream {
    result.unwrap_or_else(syn::Error::into_compile_error).into()
}
