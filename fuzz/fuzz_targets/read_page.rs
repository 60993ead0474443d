//! Fuzz target `read_page`: see `graph_entity_fuzz::read_page` for the input format
//! and the invariants checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    graph_entity_fuzz::read_page(data, graph_entity_fuzz::strict_from_env());
});
