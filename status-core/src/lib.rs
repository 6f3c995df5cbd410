//! HTTP status codes as a typed enum, generated at compile time from one
//! data file, `codes.toml`.
//!
//! ```
//! use status_core::{status, Class, Status};
//!
//! // A code written in source is checked when it compiles: `status!(499)`
//! // is an error that names the nearest real codes.
//! let not_found = status!(404);
//! assert_eq!(not_found, Status::NotFound);
//! assert_eq!(not_found.code(), 404);
//! assert_eq!(not_found.phrase(), "Not Found");
//! assert_eq!(not_found.class(), Class::ClientError);
//!
//! // A code that arrives at run time is looked up in the registry.
//! assert_eq!(Status::from_u16(404), Ok(not_found));
//! assert!(Status::from_u16(499).is_err());
//! ```
//!
//! # Handlers
//!
//! `status!` expands to a variant, so it works anywhere a constant does:
//! in `const` items, in `match` patterns, and in a crate that renamed this
//! dependency.
//!
//! ```
//! use status_core::{status, Status};
//!
//! const GONE: Status = status!(410);
//!
//! fn retry_later(status: Status) -> bool {
//!     matches!(status, status!(429) | status!(503))
//! }
//!
//! assert!(retry_later(Status::TooManyRequests));
//! assert!(!retry_later(GONE));
//! ```
//!
//! # Features
//!
//! The crate is `#![no_std]` whatever the features, and never allocates.
//! Its error types implement `core::error::Error`, which `std` users see as
//! `std::error::Error`. No feature is on by default; the optional ones are:
//!
//! - `serde`: serializes a status as its number.
//!   Deserializes from the number, and in human-readable formats also from
//!   the three-digit string.
//! - `http`: conversions to and from `http::StatusCode`.
#![doc = status_macros::codes_table!()]
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod class;
mod generic;
#[cfg(feature = "http")]
mod http;
mod parse;
mod semantics;
#[cfg(feature = "serde")]
mod serde;
mod status;
mod table;
#[cfg(test)]
mod tests;
mod vendor;

pub use class::Class;
pub use generic::HttpStatus;
pub use parse::{ParseStatusError, UnknownStatus};
pub use semantics::{Redirect, Registration};
pub use status::Status;
pub use vendor::Vendor;

/// What generated code and this crate's macros refer to. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::table::{Entry, Table, display};
    pub use status_macros::{registry, registry_error, resolve_status};

    #[cfg(feature = "http")]
    pub use crate::http::to_http;
    #[cfg(feature = "serde")]
    pub use crate::serde::{deserialize, serialize};
    #[cfg(feature = "http")]
    pub use ::http;
    #[cfg(feature = "serde")]
    pub use ::serde;
}

// Without their feature, the impls the generator asks for are none. A
// user's crate thus gets them exactly when status-core's features are on,
// with no features of its own.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {};
}

#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($ty:ident) => {};
}

/// The [`Status`] for a code, checked at compile time.
///
/// `status!(404)` expands to `Status::NotFound`, so it can be used in
/// `const` and `static` items and as a `match` pattern. A code that is not
/// in `codes.toml`, a number that is not a status code, a reserved code
/// such as 306, or anything but three decimal digits (`0x194`, `0404` and
/// `4_04` included) is a compile error that says what was wrong and
/// suggests the codes you may have meant.
///
/// ```
/// use status_core::{status, Status};
///
/// static CREATED: Status = status!(201);
///
/// let message = match Status::from_u16(404) {
///     Ok(status!(200)) => "fine",
///     Ok(status!(404)) => "missing",
///     _ => "other",
/// };
/// assert_eq!(message, "missing");
/// assert_eq!(CREATED.code(), 201);
/// ```
///
/// ```compile_fail
/// // 499 is not a registered status code.
/// let status = status_core::status!(499);
/// ```
#[macro_export]
macro_rules! status {
    // Answered here, so that the error names this macro and not the one
    // behind it.
    () => {
        ::core::compile_error!(
            "`status!` needs a status code; write one status code as three decimal digits, for example `status!(404)`"
        )
    };
    ($($code:tt)*) => {
        $crate::__private::resolve_status!($crate, $($code)*)
    };
}

/// Generates a status enum and its checked macro from a crate's own codes
/// file, in the same format as status-core's `codes.toml`.
///
/// A service with codes of its own, such as the 499 in its nginx logs or a
/// 498 its API returns, keeps them in a `codes.toml` next to its
/// `Cargo.toml` and calls this once:
///
/// ```toml
/// extends = ["iana"]        # start from status-core's own codes; omit it to stand alone
///
/// [[status]]
/// code = 499
/// phrase = "Client Closed Request"
/// description = "The client closed the connection before the server could send its response."
/// ```
///
/// ```
/// # mod doc { // The example's file lives beside status-core's Cargo.toml.
/// status_core::registry! {
///     file = "examples/codes.toml", // relative to the crate's Cargo.toml
///     name = AppStatus,             // the generated enum
///     macro = app_status,           // the generated checked macro
/// #   module = doc,
/// }
/// # }
/// # use doc::{AppStatus, app_status};
/// # fn main() {
///
/// // Checked at compile time against the file: `app_status!(497)` is an
/// // error that names the nearest codes in it.
/// const CLOSED: AppStatus = app_status!(499);
/// assert_eq!(CLOSED.code(), 499);
/// assert_eq!(CLOSED.phrase(), "Client Closed Request");
/// assert_eq!(AppStatus::CLIENT_CLOSED_REQUEST, CLOSED);
///
/// // The whole runtime API of `Status`, over the user's data.
/// assert_eq!(AppStatus::from_u16(499), Ok(AppStatus::ClientClosedRequest));
/// assert_eq!("404".parse::<AppStatus>(), Ok(AppStatus::NotFound));
/// assert_eq!(AppStatus::understand(498), Some(AppStatus::BadRequest));
///
/// // Extending "iana" makes it convert to and from `Status`.
/// assert_eq!(AppStatus::from(status_core::Status::NotFound), AppStatus::NotFound);
/// assert!(status_core::Status::try_from(CLOSED).is_err());
/// # }
/// ```
///
/// # Keys
///
/// - `file` (required): the codes file, relative to the directory of the
///   calling crate's `Cargo.toml`. Editing it rebuilds the crate on the
///   next `cargo build`, as editing a source file does.
/// - `name` (required): the enum.
/// - `macro`: the checked macro, such as `app_status`. Import it with
///   `use crate::app_status;` to use it in any module of the crate; it
///   cannot be used from other crates, which use the enum instead.
/// - `vis`: the enum's visibility, `pub` unless given: `pub(crate)`,
///   `pub(super)`, `pub(in path)`, or `private` for the calling module only.
/// - `module`: where the call is, such as `module = http::codes`, when it is
///   not at the crate root. The checked macro names the enum by its path
///   from the crate root; without this key, a call inside a module fails to
///   compile with an error at `name`.
///
/// # What it generates
///
/// The enum has the shape of [`Status`]: `#[repr(u16)]`, `#[non_exhaustive]`,
/// the same derives, variants and constants named the same way, and docs
/// from the file's descriptions. It has the same `const fn` API, implements
/// [`HttpStatus`], `Display`, `FromStr`, `TryFrom<u16>`, `From<_> for u16`,
/// `==` with `u16` and, where the data has 200, `Default`. The impls of
/// status-core's features, such as `serde` and `http`, appear whenever those
/// features are on. With `extends = ["iana"]` it also converts:
/// `From<Status>` and `TryFrom<_> for Status`.
///
/// # The file
///
/// Every rule of status-core's own `codes.toml` applies, and every problem
/// is a compile error at `codes.toml:LINE:COLUMN` in the user's file. On
/// top of those:
///
/// - `extends` names built-in sets: `"iana"`, status-core's own data, and
///   the vendors' codes that no registry lists, `"nginx"`, `"cloudflare"`,
///   `"aws-elb"`, `"microsoft"` and `"shopify"`. A vendor's code carries
///   its vendor, the vendor's documentation and whether it reaches
///   clients, through `vendor()`. No vendor set redefines an IANA code, and
///   no two sets share a code.
/// - A code that an extended set already has is an error, unless the
///   entry says `override = true`; then it replaces the set's entry, as a
///   description of 404 in the service's own words would.
/// - A code that two extended sets both define is an error naming both,
///   unless the file has its own entry for it with `override = true`.
/// - The codes 100, 200, 300, 400 and 500 must be there, from a set or
///   from the file, since `understand` falls back to them.
#[macro_export]
macro_rules! registry {
    ($($input:tt)*) => {
        $crate::__private::registry! { $crate; $($input)* }
    };
}
