//! The wire formats of Graph's primitive types that serde and chrono do not
//! write the way Graph does.
//!
//! `#[derive(GraphEntity)]` uses them for fields whose type is (an `Option`,
//! `Vec` or `Box` of) `chrono::DateTime`, `NaiveDate`, `NaiveTime`, `f64` or
//! `f32` (OData writes NaN and the infinities as `"NaN"`, `"INF"`, `"-INF"`);
//! [`Duration`] and [`Binary`] carry their format in their own serde impls.

mod binary;
mod datetime;
mod duration;
mod float;
mod format;

pub use binary::Binary;
pub use datetime::{
    format_date, format_datetime, format_time, parse_date, parse_datetime, parse_time, WireError,
};
pub(crate) use datetime::{push_date, push_datetime, push_time};
pub use duration::Duration;

#[doc(hidden)]
pub use format::{Wire, WireFormat, WireSeed};
