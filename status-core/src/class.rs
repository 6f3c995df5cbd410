//! The five classes of status codes (RFC 9110, Section 15). The type lives
//! in status-vocab, which status-macros shares.

/// ```
/// use status_core::{Class, Status};
///
/// assert_eq!(Status::NotFound.class(), Class::ClientError);
/// assert_eq!(Class::of(404), Some(Class::ClientError));
/// assert_eq!(Class::ClientError.to_string(), "Client Error");
/// assert_eq!(Class::ClientError.codes(), 400..=499);
/// assert_eq!(Class::of(600), None);
/// ```
pub use status_vocab::Class;
