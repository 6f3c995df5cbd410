//! Procedural macros behind [status-core](https://docs.rs/status-core).
//!
//! They read codes files, validate them and generate status enums, their
//! constants, lookup tables and documentation: status-core's own `Status`
//! from the IANA set shipped here, and a user's enum from the user's file
//! through `registry!`. Use them through status-core: its macros pass the
//! crate path these need, and its types are what the generated code refers
//! to.

#[cfg(feature = "derive")]
mod derive;
mod diagnostic;
mod docs;
mod document;
mod error;
mod generate;
mod literal;
mod model;
mod names;
mod parse;
mod reference;
mod registry;
mod resolve;
mod source;
mod validate;

use proc_macro::TokenStream;
use proc_macro2::Span;
use quote::quote;

/// Emits status-core's `Status` from the IANA set, and its `status!` macro
/// with the attributes given, such as its documentation. Invoked once, by
/// status-core, through the same generator as `registry!`.
///
/// Invalid data yields every problem as a compile error, plus an empty enum
/// so that the rest of status-core does not bury them under follow-on
/// errors.
#[doc(hidden)]
#[proc_macro]
pub fn define_status(input: TokenStream) -> TokenStream {
    let target = generate::Target {
        krate: quote!(crate),
        name: proc_macro2::Ident::new("Status", Span::call_site()),
        vis: quote!(pub),
        macro_name: Some(proc_macro2::Ident::new("status", Span::call_site())),
        // The attributes written in the call, `status!`'s documentation.
        macro_attrs: input.into(),
        module: proc_macro2::TokenStream::new(),
        builtin: true,
        extends_iana: false,
        file: None,
        fallback: false,
    };
    // Inside status-core's own workspace, the top-level codes.toml must be
    // the data embedded here; the expansion includes it so that editing it
    // always rebuilds status-core, and so always runs this check.
    let copy_check = std::env::var_os("CARGO_MANIFEST_DIR")
        .and_then(|dir| source::workspace_copy_check(std::path::Path::new(&dir)));
    let mut checked = proc_macro2::TokenStream::new();
    match copy_check {
        Some(Ok(path)) => checked.extend(quote!(
            const _: &str = ::core::include_str!(#path);
        )),
        Some(Err(message)) => {
            let mut out = diagnostic::Error::new(Span::call_site(), message).into_compile_error();
            let target = generate::Target {
                fallback: true,
                ..target
            };
            out.extend(generate::generate(&model::Codes::default(), &target));
            return out.into();
        }
        None => {}
    }
    match source::codes() {
        Ok(codes) => {
            checked.extend(generate::generate(codes, &target));
            checked.into()
        }
        Err(errors) => {
            let mut out =
                error::to_syn_error(errors, error::FILE, Span::call_site()).into_compile_error();
            let target = generate::Target {
                fallback: true,
                ..target
            };
            out.extend(generate::generate(&model::Codes::default(), &target));
            out.into()
        }
    }
}

/// Expands `status!($crate, N)` to the variant for code `N`.
///
/// With invalid data, whose errors `define_status!` reports, every call
/// expands to the fallback variant, so those errors are all the user sees.
#[doc(hidden)]
#[proc_macro]
pub fn resolve_status(input: TokenStream) -> TokenStream {
    let Ok(codes) = source::codes() else {
        let krate: proc_macro2::TokenStream = proc_macro2::TokenStream::from(input)
            .into_iter()
            .take_while(|t| !matches!(t, proc_macro2::TokenTree::Punct(p) if p.as_char() == ','))
            .collect();
        let variant = proc_macro2::Ident::new(generate::FALLBACK_VARIANT, Span::call_site());
        return quote!(#krate::Status::#variant).into();
    };
    resolve::expand(input.into(), codes)
        .unwrap_or_else(diagnostic::Error::into_compile_error)
        .into()
}

/// Expands `registry!($crate; file = ..., name = ..., macro = ...)` to the
/// user's enum, its API and its checked macro.
#[doc(hidden)]
#[proc_macro]
pub fn registry(input: TokenStream) -> TokenStream {
    registry::expand(input.into()).into()
}

/// The last arm of a registry's checked macro: explains why the input names
/// no code of the registry.
#[doc(hidden)]
#[proc_macro]
pub fn registry_error(input: TokenStream) -> TokenStream {
    registry::expand_error(input.into()).into()
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

/// Derives `status()` for an error type, and with status-core's framework
/// features its responses. Documented, with examples, on
/// `status_core::HttpError`.
#[cfg(feature = "derive")]
#[proc_macro_derive(HttpError, attributes(status, http_error))]
pub fn derive_http_error(input: TokenStream) -> TokenStream {
    derive::expand(input.into()).into()
}
