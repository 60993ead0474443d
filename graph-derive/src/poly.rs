//! `#[derive(GraphEntity)]` on an enum of derived types: dispatch on
//! `@odata.type`.

use proc_macro2::TokenStream;

use crate::ast::Container;
use crate::ctxt::Ctxt;

pub fn check(cx: &Ctxt, container: &Container) {
    cx.error_spanned_by(container.ident, "#[derive(GraphEntity)] on enums is not supported yet");
}

pub fn expand(_container: &Container) -> TokenStream {
    TokenStream::new()
}
