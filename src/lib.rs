//! Entities written as a user would write them, shared by the examples,
//! the tests and the benchmarks: the five seed entities with their example
//! JSON, and a family of device configuration profiles.

pub mod device_configurations;
pub mod seeds;
