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
mod enums;
mod patch;
mod path;
mod poly;
mod ser;
mod shape;

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

/// Derives `GraphEntity`, `Serialize`, `Deserialize` and a patch builder.
#[proc_macro_derive(GraphEntity, attributes(graph))]
pub fn derive_graph_entity(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand(
        ast::Container::entity(&input).map(|container| match &container.data {
            ast::Data::Struct(_) => {
                let mut tokens = ser::expand(&container);
                tokens.extend(de::expand(&container));
                tokens.extend(patch::expand(&container));
                tokens
            }
            ast::Data::Enum(_) => poly::expand(&container),
        }),
    )
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
