//! What [`registry!`](crate::registry) generates, shown on a real example.
//! This module exists only in the documentation.
//!
//! [`ExampleStatus`] is the enum that a crate gets from
//!
//! ```text
//! status_core::registry! {
//!     file = "examples/codes.toml",
//!     name = ExampleStatus,
//!     macro = example_status,
//! }
//! ```
//!
//! over status-core's `examples/codes.toml`, which extends the IANA set with
//! codes of its own. Its page lists every method, constant and trait impl
//! that a crate's own enum has. Their docs are those of
//! [`Status`](crate::Status) without the examples, which stay with
//! `Status`, so that a crate's doctests are only its own.
#![allow(unused_macros)]

crate::registry! {
    file = "examples/codes.toml",
    name = ExampleStatus,
    macro = example_status,
    module = example_generated,
}
