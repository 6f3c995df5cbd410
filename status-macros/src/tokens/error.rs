//! Compile errors that point at the user's tokens.
//!
//! Each error becomes one `compile_error!` in the expansion, spanned so
//! that rustc underlines exactly what the message is about. Several are
//! gathered with [`crate::collect`], so a user sees every mistake at once.

use std::fmt;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// One compile error, with the tokens it points at.
#[derive(Debug)]
pub struct Error {
    /// The first and the last token the message covers.
    start: Span,
    end: Span,
    text: String,
}

/// The result of a step that can fail with a compile error.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// An error at one span.
    pub fn new(span: Span, text: impl fmt::Display) -> Error {
        Error {
            start: span,
            end: span,
            text: text.to_string(),
        }
    }

    /// An error that covers every token of `tokens`, from the first to the
    /// last, such as all of `-404` rather than its `-` alone.
    pub fn new_spanned(tokens: &TokenStream, text: impl fmt::Display) -> Error {
        let mut spans = tokens.clone().into_iter().map(|t| t.span());
        let start = spans.next().unwrap_or_else(Span::call_site);
        let end = spans.last().unwrap_or(start);
        Error {
            start,
            end,
            text: text.to_string(),
        }
    }

    /// `::core::compile_error! { "..." }`. The path carries the start span
    /// and the braces the end span, so rustc's report spans the whole
    /// range.
    pub fn into_compile_error(self) -> TokenStream {
        compile_errors([self])
    }
}

/// One `compile_error!` per error, in order.
pub fn compile_errors(errors: impl IntoIterator<Item = Error>) -> TokenStream {
    let mut out = TokenStream::new();
    for Error { start, end, text } in errors {
        let joint = |c, span| {
            let mut p = Punct::new(c, Spacing::Joint);
            p.set_span(span);
            TokenTree::Punct(p)
        };
        let alone = |c, span| {
            let mut p = Punct::new(c, Spacing::Alone);
            p.set_span(span);
            TokenTree::Punct(p)
        };
        let mut literal = Literal::string(&text);
        literal.set_span(end);
        let mut braces = Group::new(
            Delimiter::Brace,
            TokenStream::from(TokenTree::Literal(literal)),
        );
        braces.set_span(end);
        out.extend([
            joint(':', start),
            alone(':', start),
            TokenTree::Ident(Ident::new("core", start)),
            joint(':', start),
            alone(':', start),
            TokenTree::Ident(Ident::new("compile_error", start)),
            alone('!', start),
            TokenTree::Group(braces),
        ]);
    }
    out
}

/// The message.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn every_error_becomes_one_compile_error() {
        let first = Error::new(Span::call_site(), "first");
        assert_eq!(first.to_string(), "first");
        let second = Error::new_spanned(&quote!(-404), "second \"quoted\"");
        assert_eq!(
            compile_errors([first, second]).to_string(),
            ":: core :: compile_error ! { \"first\" } \
             :: core :: compile_error ! { \"second \\\"quoted\\\"\" }"
        );
    }
}
