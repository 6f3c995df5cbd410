//! Procedural macros behind [status-core](https://docs.rs/status-core).
//!
//! They read `codes.toml`, validate it and generate the `Status` enum, its
//! constants, lookup tables and documentation. Use them through status-core:
//! its `status!` passes the crate path this crate needs, and its types are
//! what the generated code refers to.

mod docs;
mod error;
mod generate;
mod model;
mod names;
mod parse;
mod reference;
mod resolve;
mod source;
mod validate;

use proc_macro::TokenStream;
use proc_macro2::Span;

/// Emits the `Status` enum and its tables. Invoked once, by status-core.
///
/// Invalid data yields every problem as a compile error, plus empty tables so
/// that the rest of status-core does not bury them under follow-on errors.
#[doc(hidden)]
#[proc_macro]
pub fn define_status(_input: TokenStream) -> TokenStream {
    match source::codes() {
        Ok(codes) => generate::generate(codes).into(),
        Err(errors) => {
            let mut out = error::to_syn_error(errors, Span::call_site()).into_compile_error();
            out.extend(generate::generate(&model::Codes::default()));
            out.into()
        }
    }
}

/// Expands `status!($crate, N)` to the variant for code `N`.
#[doc(hidden)]
#[proc_macro]
pub fn resolve_status(input: TokenStream) -> TokenStream {
    let Ok(codes) = source::codes() else {
        return syn::Error::new(
            Span::call_site(),
            "codes.toml is invalid; fix the errors reported on `define_status!`",
        )
        .into_compile_error()
        .into();
    };
    resolve::expand(input.into(), codes)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// A Markdown table of every code, as a string literal for `#![doc = ...]`.
#[doc(hidden)]
#[proc_macro]
pub fn codes_table(_input: TokenStream) -> TokenStream {
    let table = match source::codes() {
        Ok(codes) => docs::table(codes),
        Err(_) => String::new(),
    };
    quote::quote!(#table).into()
}
