//! The bodies of the macros: each reads its input, loads the data it needs
//! and expands. Every failure takes the same way out, [`or_fallback`]:
//! every error, then the few items the caller's code names, so the user
//! sees the real problems and no follow-on errors about missing items.

#[cfg(feature = "derive")]
pub mod derive;
pub mod registry;
pub mod status;

use proc_macro2::TokenStream;

use crate::expand::{Data, Target, generate};
use crate::tokens::error::Error;

/// An error that becomes a `compile_error!`: this crate's own, or syn's in
/// the derive.
pub trait CompileError {
    /// The `compile_error!` invocation, spanned at what the error is about.
    fn into_compile_error(self) -> TokenStream;
}

impl CompileError for Error {
    fn into_compile_error(self) -> TokenStream {
        Error::into_compile_error(self)
    }
}

#[cfg(feature = "derive")]
impl CompileError for syn::Error {
    fn into_compile_error(self) -> TokenStream {
        syn::Error::into_compile_error(self)
    }
}

/// The expansion, or every error followed by `fallback`'s items. An empty
/// list of errors means they are reported by another call, such as
/// `define_status!` for the data every `status!` reads.
pub fn or_fallback<E: CompileError>(
    expansion: Result<TokenStream, Vec<E>>,
    fallback: impl FnOnce() -> TokenStream,
) -> TokenStream {
    match expansion {
        Ok(tokens) => tokens,
        Err(errors) => {
            let mut out: TokenStream = errors.into_iter().map(E::into_compile_error).collect();
            out.extend(fallback());
            out
        }
    }
}

/// The items of a status enum when its data is invalid or unreadable: the
/// enum with only its fallback variant, its API, and a checked macro that
/// adds no errors of its own.
pub fn without_data(target: &Target) -> TokenStream {
    generate(Data::Invalid, target)
}
