//! What RFC 9110 and the IANA registry say about a code, beyond its name.
//! The types live in status-vocab, which status-macros shares.

/// ```
/// use status_core::{Redirect, Status};
///
/// assert_eq!(Status::PermanentRedirect.redirect(), Some(Redirect::PreservesMethod));
/// assert_eq!(Status::SeeOther.redirect(), Some(Redirect::ChangesToGet));
/// assert_eq!(Status::SeeOther.redirect().map(Redirect::as_str), Some("change-to-get"));
/// assert_eq!(Status::NotModified.redirect(), None);
/// ```
pub use status_vocab::Redirect;

/// ```
/// use status_core::{Registration, Status};
///
/// assert_eq!(Status::NotFound.registration(), Registration::Assigned);
/// assert_eq!(Status::ImATeapot.registration(), Registration::Unused);
/// assert_eq!(Status::UseProxy.registration().as_str(), "deprecated");
/// assert_eq!(Status::NotExtended.registration().as_str(), "obsoleted");
/// ```
pub use status_vocab::Registration;
