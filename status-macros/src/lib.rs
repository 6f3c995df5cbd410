//! Procedural macros behind [status-core](https://docs.rs/status-core).
//!
//! They read codes files, check them and generate status enums, their
//! constants, lookup tables and documentation: status-core's own `Status`
//! from the IANA set shipped here, and a user's enum from the user's file
//! through `registry!`. Use them through status-core: its macros pass the
//! crate path these need, and its types are what the generated code refers
//! to.
//!
//! The pipeline, one folder per stage: `data` reads a codes file and
//! checks it (`data::load`: read → check); `expand` turns the checked data
//! into the enum, its table, its checked macro and its docs; `macros` holds
//! each macro's body and the one way a macro fails; `tokens` the compile
//! errors and literals of Rust source; `collect` the one error collector.

mod collect;
mod data;
mod expand;
mod macros;
mod tokens;

use proc_macro::TokenStream;

/// status-core's `Status` from the IANA set, and its `status!` macro with
/// the attributes given. Invoked once, by status-core.
#[doc(hidden)]
#[proc_macro]
pub fn define_status(input: TokenStream) -> TokenStream {
    macros::status::define(input.into()).into()
}

/// Expands `status!($crate, N)` to the variant for code `N`.
#[doc(hidden)]
#[proc_macro]
pub fn resolve_status(input: TokenStream) -> TokenStream {
    macros::status::resolve(input.into()).into()
}

/// Expands `registry!($crate; file = ..., name = ..., macro = ...)` to the
/// user's enum, its API and its checked macro.
#[doc(hidden)]
#[proc_macro]
pub fn registry(input: TokenStream) -> TokenStream {
    macros::registry::expand(input.into()).into()
}

/// The last arm of a registry's checked macro: explains why the input names
/// no code of the registry.
#[doc(hidden)]
#[proc_macro]
pub fn registry_error(input: TokenStream) -> TokenStream {
    macros::registry::expand_error(input.into()).into()
}

/// A Markdown table of every code, as a string literal for `#![doc = ...]`.
#[doc(hidden)]
#[proc_macro]
pub fn codes_table(_input: TokenStream) -> TokenStream {
    macros::status::codes_table().into()
}

/// Derives `status()` for an error type, and with status-core's framework
/// features its responses. Documented, with examples, on
/// `status_core::HttpError`.
#[cfg(feature = "derive")]
#[proc_macro_derive(HttpError, attributes(status, http_error))]
pub fn derive_http_error(input: TokenStream) -> TokenStream {
    macros::derive::expand(input.into()).into()
}
