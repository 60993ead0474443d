//! Path templates: parsed and checked once, at compile time, and emitted
//! pre-split.

use proc_macro2::TokenStream;
use quote::quote;
use syn::LitStr;

use crate::ctxt::Ctxt;

use graph_path_syntax as syntax;
use graph_path_syntax::Piece;

/// A checked template.
pub struct Template {
    text: String,
    pieces: Vec<(bool, String)>,
}

impl Template {
    pub fn parse(cx: &Ctxt, lit: &LitStr) -> Option<Template> {
        let text = lit.value();
        match syntax::parse(&text) {
            Ok(pieces) => {
                let pieces = pieces
                    .into_iter()
                    .map(|piece| match piece {
                        Piece::Literal(text) => (false, text.to_owned()),
                        Piece::Param(name) => (true, name.to_owned()),
                    })
                    .collect();
                Some(Template { text, pieces })
            }
            Err(error) => {
                cx.error_spanned_by(lit, error);
                None
            }
        }
    }

    /// A `PathTemplate` constant expression.
    pub fn to_tokens(&self, krate: &TokenStream) -> TokenStream {
        let text = &self.text;
        let segments = self.pieces.iter().map(|(param, text)| {
            let variant = if *param { quote!(Param) } else { quote!(Literal) };
            quote!(#krate::Segment::#variant(#krate::__private::Cow::Borrowed(#text)))
        });
        quote!(#krate::PathTemplate::__from_static(#text, &[#(#segments),*]))
    }
}
