//! Generated code means the same in a module full of look-alikes of every
//! prelude name and macro it could use: `Some`, `None`, `Ok` and `Err`
//! glob-imported from a local enum, types named `Option`, `Result`,
//! `u16`, `u8`, `bool` and `str`, a module named `core`, and macros named
//! `matches`, `concat`, `include_str` and `compile_error`. The expansion
//! names everything absolutely, so none of them changes an answer.

#![allow(non_camel_case_types, dead_code, unused_macros, unused_imports)]

use hostile::*;

/// Names that shadow the prelude's when glob-imported.
mod hostile {
    pub enum Prelude {
        Some,
        None,
        Ok,
        Err,
    }
    pub use Prelude::{Err, None, Ok, Some};
}

struct Option;
struct Result;
type u16 = ();
type u8 = ();
type bool = ();
type str = ();

mod core {}

macro_rules! matches {
    ($($anything:tt)*) => {
        true
    };
}
macro_rules! concat {
    ($($anything:tt)*) => {
        ""
    };
}
macro_rules! include_str {
    ($($anything:tt)*) => {
        ""
    };
}
macro_rules! compile_error {
    ($($anything:tt)*) => {};
}

status_core::registry! {
    file = "tests/hygiene-codes.toml",
    name = HostileStatus,
    macro = hostile_status,
}

#[test]
fn predicates_and_lookups_ignore_the_look_alikes() {
    let not_found = hostile_status!(404);
    ::core::assert!(!not_found.is_server_error());
    ::core::assert!(not_found.is_client_error());
    ::core::assert!(hostile_status!(503).is_server_error());
    ::core::assert!(!status_core::status!(200).is_server_error());
    ::core::assert_eq!(not_found.code(), 404);
    ::core::assert_eq!(not_found.phrase(), "Not Found");
    ::core::assert_eq!(
        HostileStatus::from_u16(499),
        ::core::result::Result::Ok(HostileStatus::ClientClosedRequest)
    );
    ::core::assert!(HostileStatus::from_u16(498).is_err());
    ::core::assert_eq!(
        HostileStatus::understand(498),
        ::core::option::Option::Some(HostileStatus::BadRequest)
    );
    ::core::assert_eq!(HostileStatus::understand(600), ::core::option::Option::None);
    ::core::assert_eq!(
        HostileStatus::from_bytes(b"499"),
        ::core::result::Result::Ok(HostileStatus::ClientClosedRequest)
    );
    ::core::assert_eq!(
        HostileStatus::ClientClosedRequest.canonical_reason(),
        ::core::option::Option::Some("Client Closed Request")
    );
    ::core::assert!(HostileStatus::NotFound.vendor().is_none());
    ::core::assert_eq!(HostileStatus::ALL.len(), status_core::Status::ALL.len() + 1);
}

#[test]
fn conversions_and_display_ignore_the_look_alikes() {
    let closed = hostile_status!(499);
    ::core::assert_eq!(::std::format!("{closed}"), "499 Client Closed Request");
    ::core::assert_eq!(
        "404".parse::<HostileStatus>(),
        ::core::result::Result::Ok(HostileStatus::NotFound)
    );
    ::core::assert_eq!(::core::primitive::u16::from(closed), 499);
    ::core::assert!(closed == 499);
    ::core::assert!(499 == closed);
    ::core::assert_eq!(
        HostileStatus::try_from(499),
        ::core::result::Result::Ok(closed)
    );
    ::core::assert_eq!(
        <HostileStatus as ::core::default::Default>::default(),
        HostileStatus::Ok
    );
    ::core::assert_eq!(
        HostileStatus::from(status_core::Status::Gone),
        HostileStatus::Gone
    );
    ::core::assert!(status_core::Status::try_from(closed).is_err());
    ::core::assert_eq!(
        ::std::format!("{}", status_core::status!(404)),
        "404 Not Found"
    );
}

#[cfg(feature = "derive")]
mod derived {
    use super::*;

    #[derive(Debug, status_core::HttpError)]
    #[http_error(status_type = HostileStatus, macro = hostile_status)]
    enum Failure {
        #[status(499)]
        Closed,
        #[status(503)]
        #[http_error(detail)]
        Down,
    }

    impl ::std::fmt::Display for Failure {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str("failure")
        }
    }

    #[test]
    fn a_derived_error_ignores_the_look_alikes() {
        ::core::assert_eq!(Failure::Closed.status(), HostileStatus::ClientClosedRequest);
        ::core::assert!(Failure::Down.status().is_server_error());
    }
}
