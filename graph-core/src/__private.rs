//! Support for the code that the derives generate. Not a public API.

pub use serde;
pub use serde_json;
pub use std::borrow::Cow;
pub use std::string::String;
pub use std::vec::Vec;

pub use crate::wire::{Wire, WireFormat, WireSeed};
