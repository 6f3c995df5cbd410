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
//! - `std` (default): builds the `http-status` command. The library itself
//!   is `#![no_std]` with or without it and never allocates; its error types
//!   implement `core::error::Error`, which `std` users see as
//!   `std::error::Error`.
//! - `serde`: serializes a status as its number.
//!   Deserializes from the number, and in human-readable formats also from
//!   the three-digit string.
//! - `http`: conversions to and from `http::StatusCode`.
#![doc = status_macros::codes_table!()]
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod class;
#[cfg(feature = "http")]
mod http;
mod parse;
mod semantics;
#[cfg(feature = "serde")]
mod serde;
mod status;
#[cfg(test)]
mod tests;

pub use class::Class;
pub use parse::{ParseStatusError, UnknownStatus};
pub use semantics::{Redirect, Registration};
pub use status::Status;

#[doc(hidden)]
pub mod __private {
    pub use status_macros::resolve_status;
}

/// The [`Status`] for a code, checked at compile time.
///
/// `status!(404)` expands to `Status::NotFound`, so it can be used in
/// `const` and `static` items and as a `match` pattern. A code that is not
/// in `codes.toml`, a number that is not a status code, a reserved code
/// such as 306, or anything but one integer literal is a compile error that
/// says what was wrong and suggests the codes you may have meant.
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
    ($($code:tt)*) => {
        $crate::__private::resolve_status!($crate, $($code)*)
    };
}
