// The generated code must not rely on the prelude at all: no `From`,
// `Into` or `Default` method call through a trait that happens to be in scope.
#![no_implicit_prelude]
#![allow(dead_code)]

extern crate graph_core;
extern crate serde_json;
extern crate std as core_std;

struct Option;
struct Some;
struct None;
struct Result;
struct Ok;
struct Err;
struct String;
struct Vec;
struct Box;
struct Default;
struct Clone;
struct From;
struct Into;
struct Formatter;
struct Serialize;
struct Deserialize;
struct Map;
mod serde {}
mod core {}
mod std {}

#[derive(core_std::fmt::Debug, core_std::clone::Clone, core_std::cmp::PartialEq, graph_core::GraphEnum)]
pub enum State {
    Installed,
    Failed,
    #[graph(other)]
    Other(core_std::string::String),
}

#[derive(core_std::fmt::Debug, core_std::clone::Clone, core_std::cmp::PartialEq, graph_core::GraphEnum)]
pub enum Lossy {
    Known,
    #[graph(other)]
    Unknown,
}

#[derive(core_std::fmt::Debug, core_std::clone::Clone, core_std::cmp::PartialEq, graph_core::GraphEnum)]
pub enum Strict {
    Known,
}

#[derive(core_std::fmt::Debug, core_std::clone::Clone, core_std::cmp::PartialEq, graph_core::GraphEntity)]
#[graph(odata_type = "microsoft.graph.settingSource", complex)]
pub struct Source {
    pub id: core_std::option::Option<core_std::string::String>,
}

#[derive(core_std::fmt::Debug, core_std::clone::Clone, core_std::cmp::PartialEq, graph_core::GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedDevice",
    path = "/deviceManagement/managedDevices/{managedDeviceId}"
)]
pub struct Device {
    #[graph(key)]
    pub id: core_std::option::Option<core_std::string::String>,
    #[graph(read_only)]
    pub enrolled: core_std::option::Option<bool>,
    #[graph(immutable)]
    pub serial: core_std::option::Option<core_std::string::String>,
    #[graph(write_only)]
    pub secret: core_std::option::Option<core_std::string::String>,
    pub state: core_std::option::Option<State>,
    pub lossy: core_std::option::Option<Lossy>,
    pub strict: Strict,
    pub count: i32,
    pub sources: core_std::option::Option<core_std::vec::Vec<Source>>,
    pub boxed: core_std::option::Option<core_std::boxed::Box<Source>>,
    #[graph(etag)]
    pub etag: core_std::option::Option<core_std::string::String>,
    #[graph(odata_type)]
    pub odata_type: core_std::option::Option<core_std::string::String>,
    #[graph(skip)]
    pub local: u8,
    #[graph(extra)]
    pub extra: serde_json::Map<core_std::string::String, serde_json::Value>,
}

fn main() {}
