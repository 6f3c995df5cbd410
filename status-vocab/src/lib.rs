//! The vocabulary that status-core and its macros share, kept once.
//!
//! status-macros reads codes files at compile time and status-core is the
//! library those macros expand into; both need to agree on the same small
//! facts. This crate holds them, with no dependencies and without `std`:
//!
//! - the five [`Class`]es of status codes and the range of codes that have
//!   one ([`FIRST_CODE`], [`LAST_CODE`], [`is_in_range`]);
//! - what RFC 9110 and the IANA registry say beyond a code's name,
//!   [`Redirect`] and [`Registration`], with the keywords a codes file
//!   writes for them;
//! - which characters a reason phrase may hold ([`check_phrase`]);
//! - the built-in code sets, such as `"iana"` and `"nginx"` ([`Set`]);
//! - the suggestions a message offers for a mistyped code or word
//!   ([`nearest`], [`typo_fixes`], and with the `alloc` feature
//!   `closest`).
//!
//! Everything but `closest` and `edit_distance` works without an
//! allocator; those two need the `alloc` feature, which is on by default.
//!
//! ```
//! use status_vocab::{Class, Redirect, Set, check_phrase, is_in_range, nearest};
//!
//! assert_eq!(Class::of(404), Some(Class::ClientError));
//! assert!(!is_in_range(600));
//! assert_eq!(Redirect::from_keyword("change-to-get"), Some(Redirect::ChangesToGet));
//! assert!(check_phrase("Not Found").is_ok());
//! assert!(check_phrase("Not Found\r\n").is_err());
//! assert_eq!(Set::named("nginx").map(Set::vendor), Some("nginx"));
//! assert_eq!(nearest(499, [400, 404, 500]).as_slice(), [404, 400, 500]);
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(any(feature = "alloc", test))]
extern crate alloc;

mod class;
mod phrase;
mod semantics;
mod set;
mod suggest;

pub use class::{Class, FIRST_CODE, LAST_CODE, is_in_range};
pub use phrase::{PhraseError, PhraseFault, check_phrase, is_valid_phrase};
pub use semantics::{Redirect, Registration};
pub use set::Set;
pub use suggest::{MAX_SUGGESTIONS, Suggestions, nearest, typo_fixes};
#[cfg(feature = "alloc")]
pub use suggest::{closest, edit_distance};
