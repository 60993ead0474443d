//! Fuzz target `render_path`: see `graph_entity_fuzz::render_path` for the input format
//! and the invariants checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    graph_entity_fuzz::render_path(data, graph_entity_fuzz::strict_from_env());
});
