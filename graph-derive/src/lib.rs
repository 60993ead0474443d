use proc_macro::TokenStream; #[proc_macro_derive(GraphEntity, attributes(graph))] pub fn d(_i: TokenStream)->TokenStream{TokenStream::new()}
