//! Fuzz target `wire`: see `graph_entity_fuzz::wire` for the input format
//! and the invariants checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    graph_entity_fuzz::wire(data, graph_entity_fuzz::strict_from_env());
});
