//! [`HttpStatus`]: the API of every generated status enum, for generic code.

use core::fmt::{Debug, Display};
use core::hash::Hash;

use crate::class::Class;
use crate::parse::{ParseStatusError, UnknownStatus};
use crate::semantics::{Redirect, Registration};
use crate::table::Table;
use crate::vendor::Vendor;

/// A status enum generated from a codes file: [`Status`](crate::Status), or
/// one that [`registry!`](crate::registry) generates from a crate's own
/// `codes.toml`.
///
/// Each such enum has the same API as inherent `const fn`s; this trait
/// offers it to code that works with any of them, such as a tool that
/// explains codes from whichever registry it is given. The methods behave
/// as the inherent ones of the same name, which [`Status`](crate::Status)
/// documents with examples; trait methods cannot be `const fn` on stable
/// Rust, which is why both exist.
///
/// The trait is implemented by the generator; there is no reason to
/// implement it by hand.
///
/// ```
/// use status_core::{HttpStatus, Status};
///
/// /// Works for `Status` and for any registry's enum.
/// fn describe<S: HttpStatus>(code: u16) -> String {
///     match S::from_u16(code) {
///         Ok(status) => format!("{} ({})", status, status.class()),
///         Err(error) => error.to_string(),
///     }
/// }
///
/// assert_eq!(describe::<Status>(404), "404 Not Found (Client Error)");
/// assert_eq!(describe::<Status>(499), "499 is not a registered status code");
/// ```
pub trait HttpStatus:
    Copy + Eq + Ord + Hash + Debug + Display + Into<u16> + Send + Sync + 'static
{
    /// The generated tables. Not part of the public API.
    #[doc(hidden)]
    const TABLE: &'static Table<Self>;

    /// Every status, in ascending order of code.
    const ALL: &'static [Self] = Self::TABLE.all;

    /// The numeric code, such as 404.
    ///
    /// [`Status::code`](crate::Status::code) documents it, with an example.
    fn code(self) -> u16;

    /// The status with this code, or an error if the data does not have it.
    ///
    /// [`Status::from_u16`](crate::Status::from_u16) documents it, with an example.
    fn from_u16(code: u16) -> Result<Self, UnknownStatus> {
        let found = Self::TABLE.slot(code);
        Table::confirm(found, found.code(), code)
    }

    /// The status written as exactly three ASCII digits.
    ///
    /// [`Status::from_bytes`](crate::Status::from_bytes) documents it, with an example.
    fn from_bytes(bytes: &[u8]) -> Result<Self, ParseStatusError> {
        Self::TABLE.from_bytes(bytes)
    }

    /// The status itself when known, else the `x00` status of its class;
    /// `None` outside 100..=599.
    ///
    /// [`Status::understand`](crate::Status::understand) documents it, with an example.
    fn understand(code: u16) -> Option<Self> {
        Self::TABLE.understand(code)
    }

    /// The status whose current or former reason phrase is `phrase`,
    /// ignoring ASCII case.
    ///
    /// [`Status::from_phrase`](crate::Status::from_phrase) documents it, with an example.
    fn from_phrase(phrase: &str) -> Option<Self> {
        Self::TABLE.from_phrase(phrase)
    }

    /// Why the data keeps `code` reserved, if it does.
    ///
    /// [`Status::why_reserved`](crate::Status::why_reserved) documents it, with an example.
    fn why_reserved(code: u16) -> Option<&'static str> {
        Self::TABLE.why_reserved(code)
    }

    /// The variant's name, such as `"NotFound"`.
    ///
    /// [`Status::name`](crate::Status::name) documents it, with an example.
    fn name(self) -> &'static str {
        Self::TABLE.entry(self.code()).name
    }

    /// The names of the associated constants that hold this status.
    ///
    /// [`Status::constants`](crate::Status::constants) documents it, with an example.
    fn constants(self) -> &'static [&'static str] {
        Self::TABLE.entry(self.code()).constants
    }

    /// The code as three ASCII digits, such as `"404"`.
    ///
    /// [`Status::as_str`](crate::Status::as_str) documents it, with an example.
    fn as_str(self) -> &'static str {
        Self::TABLE.entry(self.code()).code
    }

    /// The reason phrase, such as `"Not Found"`.
    ///
    /// [`Status::phrase`](crate::Status::phrase) documents it, with an example.
    fn phrase(self) -> &'static str {
        Self::TABLE.phrase(self.code())
    }

    /// Former reason phrases.
    ///
    /// [`Status::aliases`](crate::Status::aliases) documents it, with an example.
    fn aliases(self) -> &'static [&'static str] {
        Self::TABLE.entry(self.code()).aliases
    }

    /// What the code means and when it is sent.
    ///
    /// [`Status::description`](crate::Status::description) documents it, with an example.
    fn description(self) -> &'static str {
        Self::TABLE.entry(self.code()).description
    }

    /// The HTTP/1.1 status line, such as `"HTTP/1.1 404 Not Found"`.
    ///
    /// [`Status::status_line`](crate::Status::status_line) documents it, with an example.
    fn status_line(self) -> &'static str {
        Self::TABLE.entry(self.code()).status_line
    }

    /// The document and section that define the code, if the data names one.
    ///
    /// [`Status::reference`](crate::Status::reference) documents it, with an example.
    fn reference(self) -> Option<&'static str> {
        Self::TABLE.entry(self.code()).reference
    }

    /// A link to the section that defines the code.
    ///
    /// [`Status::reference_url`](crate::Status::reference_url) documents it, with an example.
    fn reference_url(self) -> Option<&'static str> {
        Self::TABLE.entry(self.code()).url
    }

    /// The class, from the first digit.
    ///
    /// [`Status::class`](crate::Status::class) documents it, with an example.
    fn class(self) -> Class {
        Table::<Self>::class(self.code())
    }

    /// Whether this is a 1xx code.
    ///
    /// [`Status::is_informational`](crate::Status::is_informational) documents it, with an example.
    fn is_informational(self) -> bool {
        self.class() == Class::Informational
    }

    /// Whether this is a 2xx code.
    ///
    /// [`Status::is_success`](crate::Status::is_success) documents it, with an example.
    fn is_success(self) -> bool {
        self.class() == Class::Successful
    }

    /// Whether this is a 3xx code.
    ///
    /// [`Status::is_redirection`](crate::Status::is_redirection) documents it, with an example.
    fn is_redirection(self) -> bool {
        self.class() == Class::Redirection
    }

    /// Whether this is a 4xx code.
    ///
    /// [`Status::is_client_error`](crate::Status::is_client_error) documents it, with an example.
    fn is_client_error(self) -> bool {
        self.class() == Class::ClientError
    }

    /// Whether this is a 5xx code.
    ///
    /// [`Status::is_server_error`](crate::Status::is_server_error) documents it, with an example.
    fn is_server_error(self) -> bool {
        self.class() == Class::ServerError
    }

    /// Whether a cache may store a response with this code without explicit
    /// freshness information.
    ///
    /// [`Status::is_cacheable_by_default`](crate::Status::is_cacheable_by_default) documents it, with an example.
    fn is_cacheable_by_default(self) -> bool {
        Self::TABLE.entry(self.code()).cacheable
    }

    /// Whether a response with this code may carry content.
    ///
    /// [`Status::allows_content`](crate::Status::allows_content) documents it, with an example.
    fn allows_content(self) -> bool {
        Self::TABLE.entry(self.code()).content
    }

    /// The response header fields the RFCs require with this code.
    ///
    /// [`Status::required_headers`](crate::Status::required_headers) documents it, with an example.
    fn required_headers(self) -> &'static [&'static str] {
        Self::TABLE.entry(self.code()).required_headers()
    }

    /// The response header fields the RFCs recommend or allow with this
    /// code without requiring them.
    ///
    /// [`Status::recommended_headers`](crate::Status::recommended_headers) documents it, with an example.
    fn recommended_headers(self) -> &'static [&'static str] {
        Self::TABLE.entry(self.code()).recommended_headers()
    }

    /// How a client follows this code, if it is a redirect to follow.
    ///
    /// [`Status::redirect`](crate::Status::redirect) documents it, with an example.
    fn redirect(self) -> Option<Redirect> {
        Self::TABLE.entry(self.code()).redirect
    }

    /// What the IANA registry records for the code.
    ///
    /// [`Status::registration`](crate::Status::registration) documents it, with an example.
    fn registration(self) -> Registration {
        Self::TABLE.entry(self.code()).registration
    }

    /// Why the code should not be used, for deprecated and obsoleted codes.
    ///
    /// [`Status::deprecation`](crate::Status::deprecation) documents it, with an example.
    fn deprecation(self) -> Option<&'static str> {
        Self::TABLE.entry(self.code()).deprecated
    }

    /// Who defines the code, for a vendor's code outside the IANA registry.
    ///
    /// [`Status::vendor`](crate::Status::vendor) documents it, with an example.
    fn vendor(self) -> Option<&'static Vendor> {
        Self::TABLE.entry(self.code()).vendor.as_ref()
    }
}
