//! Transport-free requests: [`Endpoint`](crate::Endpoint) methods start a
//! [`RequestBuilder`] that builds an `http::Request<Vec<u8>>` for any HTTP
//! client to send.
//!
//! - `query.rs`: [`Query`], the OData query options;
//! - `builder.rs`: [`RequestBuilder`], with the request tests;
//! - `endpoint_requests.rs`: the `Endpoint` methods that start a request.

mod builder;
mod endpoint_requests;
mod query;

pub(crate) use builder::is_serialized_json;
pub use builder::RequestBuilder;
pub use query::Query;
