//! Fuzz target `read_poly`: see `graph_entity_fuzz::read_poly` for the input format
//! and the invariants checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    graph_entity_fuzz::read_poly(data, graph_entity_fuzz::strict_from_env());
});
