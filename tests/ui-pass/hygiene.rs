// The generated code names everything by absolute path: it compiles with the
// prelude's names shadowed by unrelated items, and with modules named like
// the crates it uses.
#![allow(dead_code)]

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
struct Formatter;
struct Serialize;
struct Deserialize;
struct Map;
struct Value;
struct PhantomData;
mod serde {}
mod core {}
mod std {}
mod serde_json {}
mod graph_core {}

type Text = ::std::string::String;
type Maybe<T> = ::std::option::Option<T>;

#[derive(Debug, Clone, PartialEq, ::graph_core::GraphEnum)]
pub enum State {
    Installed,
    Failed,
    #[graph(other)]
    Other(Text),
}

#[derive(Debug, Clone, PartialEq, ::graph_core::GraphEnum)]
pub enum Lossy {
    Known,
    #[graph(other)]
    Unknown,
}

#[derive(Debug, Clone, PartialEq, ::graph_core::GraphEnum)]
pub enum Strict {
    Known,
}

#[derive(Debug, Clone, PartialEq, ::graph_core::GraphEntity)]
#[graph(odata_type = "microsoft.graph.settingSource", complex)]
pub struct Source {
    pub id: Maybe<Text>,
}

#[derive(Debug, Clone, PartialEq, ::graph_core::GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.managedDevice",
    path = "/deviceManagement/managedDevices/{managedDeviceId}"
)]
pub struct Device {
    #[graph(key)]
    pub id: Maybe<Text>,
    #[graph(read_only)]
    pub enrolled: Maybe<bool>,
    #[graph(immutable)]
    pub serial: Maybe<Text>,
    #[graph(write_only)]
    pub secret: Maybe<Text>,
    pub state: Maybe<State>,
    pub lossy: Maybe<Lossy>,
    pub strict: Strict,
    pub count: i32,
    pub enrolled_at: ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
    pub sources: Maybe<::std::vec::Vec<Source>>,
    pub boxed: Maybe<::std::boxed::Box<Source>>,
    #[graph(etag)]
    pub etag: ::std::option::Option<::std::string::String>,
    #[graph(odata_type)]
    pub odata_type: ::std::option::Option<::std::string::String>,
    #[graph(skip)]
    pub local: u8,
    #[graph(extra)]
    pub extra: ::serde_json::Map<Text, ::serde_json::Value>,
}

fn main() {}
