//! The generated [`Status`] enum.
//!
//! `define_status!` runs the generator behind [`registry!`](crate::registry)
//! over the IANA set that status-macros ships: the enum, its constants, its
//! `HttpStatus` impl with the tables, its `const fn` API and its trait
//! impls all come from there, so `Status` and a user's registry cannot
//! drift apart.

status_macros::define_status!();
