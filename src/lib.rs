//! The five seed entities of graph-entity, written as a user would write
//! them, with their example JSON. Shared by `examples/seeds.rs`, the tests
//! and the benchmarks.

pub mod seeds;
