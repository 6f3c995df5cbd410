//! The runtime API of every generated status enum, as ordinary Rust:
//! [`Status`](crate::Status) and each enum that [`registry!`](crate::registry)
//! generates get it from [`__impl_status_api!`](crate::__impl_status_api).
//!
//! The generator emits what only it knows (the enum, its constants, its
//! data table and its checked macro) and one call of this macro. Every
//! method is a one-line call into the enum's [`Table`](crate::__private::Table),
//! so a fix here reaches every registry.
//!
//! # Examples, once
//!
//! A doc comment in this macro becomes part of every user's enum, and an
//! example in it would become one of the user's doctests, naming a crate
//! the user may have renamed. So each example sits in
//! `#[doc = $crate::__example!(...)]`: for status-core's own `Status` the
//! generator passes `examples`, and the example shows in `Status`'s docs
//! and runs as status-core's doctest; for a user's enum it passes
//! `no_examples`, and the attribute adds nothing.
//!
//! # Hygiene
//!
//! The expansion lands in the user's module, where a `u16` type alias, a
//! `matches!` macro or a glob-imported `Some` may be in scope. So every name
//! is absolute: `::core::primitive::u16`, `::core::option::Option::Some`,
//! `::core::matches!`, `$crate::...`.

/// An example for the docs of status-core's own `Status`; nothing for a
/// user's enum. See the module docs.
#[doc(hidden)]
#[macro_export]
macro_rules! __example {
    (examples, $code:literal) => {
        ::core::concat!("\n\n# Examples\n\n```\n", $code, "```")
    };
    (no_examples, $code:literal) => {
        ""
    };
}

/// The inherent `const fn`s, the `ALL` constant, the standard trait impls
/// and the [`HttpStatus`](crate::HttpStatus) impl of a generated status
/// enum.
///
/// - `examples` or `no_examples`: whether the docs carry examples; only
///   status-core's own `Status` has them.
/// - `default`: the variant of 200, if the data has one, for `Default`.
/// - `iana`: `extends_iana` for a user's enum whose data extends the IANA
///   set, which then converts from and to `Status`; otherwise `standalone`.
/// - `table`: the enum's `Table`, built by the generator.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_status_api {
    (
        $Name:ident,
        $examples:ident,
        default: [$($Default:ident)?],
        iana: $iana:ident,
        table: $table:expr $(,)?
    ) => {
        #[allow(deprecated)]
        impl $crate::HttpStatus for $Name {
            #[doc(hidden)]
            const TABLE: &'static $crate::__private::Table<$Name> = &$table;

            #[inline]
            fn code(self) -> ::core::primitive::u16 {
                self as ::core::primitive::u16
            }
        }

        #[allow(deprecated)]
        impl $Name {
            /// Every status, in ascending order of code.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(Status::ALL.windows(2).all(|w| w[0] < w[1]));
assert!(Status::ALL.iter().all(|s| Status::from_u16(s.code()) == Ok(*s)));
"#)]
            pub const ALL: &'static [$Name] = <$Name as $crate::HttpStatus>::TABLE.all;

            /// The status with this code, or an error if the data does not
            /// have it.
            ///
            /// The same signature as `http::StatusCode::from_u16`, so `?`,
            /// `.ok()` and `.map_err(..)` work as they do there. Unlike
            /// http, which accepts any number from 100 to 999, an
            /// unregistered code is an error; `understand` says what a
            /// client makes of one. One table load and one comparison: no
            /// search, and no branch on the code.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::from_u16(404), Ok(Status::NotFound));
assert_eq!(Status::from_u16(499).unwrap_err().code(), 499);
assert!(Status::from_u16(306).is_err()); // reserved
assert_eq!(Status::from_u16(200).ok(), Some(Status::Ok));
"#)]
            #[inline]
            pub const fn from_u16(
                code: ::core::primitive::u16,
            ) -> ::core::result::Result<$Name, $crate::UnknownStatus> {
                let found = <$Name as $crate::HttpStatus>::TABLE.slot(code);
                $crate::__private::Table::<$Name>::confirm(
                    found,
                    found as ::core::primitive::u16,
                    code,
                )
            }

            /// The status whose code is written in `bytes`, which must be
            /// exactly three ASCII digits, as in an HTTP/1.1 status line.
            ///
            /// Nothing else is accepted: no sign, no whitespace, no fourth
            /// digit. Neither allocates nor searches, and works in `const`
            /// items.
            #[doc = $crate::__example!($examples, r#"use status_core::{ParseStatusError, Status};

assert_eq!(Status::from_bytes(b"404"), Ok(Status::NotFound));
assert_eq!(Status::from_bytes(b"+404"), Err(ParseStatusError::NotThreeDigits));
assert_eq!(Status::from_bytes(b"499"), Err(ParseStatusError::Unregistered(499)));

const TEAPOT: Result<Status, ParseStatusError> = Status::from_bytes(b"418");
assert_eq!(TEAPOT, Ok(Status::ImATeapot));
"#)]
            #[inline]
            pub const fn from_bytes(
                bytes: &[::core::primitive::u8],
            ) -> ::core::result::Result<$Name, $crate::ParseStatusError> {
                <$Name as $crate::HttpStatus>::TABLE.from_bytes(bytes)
            }

            /// What a client should make of any code it receives.
            ///
            /// RFC 9110, Section 15 says a client must treat a code it does
            /// not recognize as the `x00` code of its class. So this
            /// returns the status itself when it is known, the class's
            /// `x00` status when it is not, and `None` only outside
            /// 100..=599. Every codes file must hold 100, 200, 300, 400 and
            /// 500, so the fallback always exists.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::understand(404), Some(Status::NotFound));
assert_eq!(Status::understand(499), Some(Status::BadRequest));
assert_eq!(Status::understand(599), Some(Status::InternalServerError));
assert_eq!(Status::understand(600), None);
"#)]
            pub const fn understand(
                code: ::core::primitive::u16,
            ) -> ::core::option::Option<$Name> {
                <$Name as $crate::HttpStatus>::TABLE.understand(code)
            }

            /// The status whose reason phrase, current or former, is
            /// `phrase`, compared ignoring ASCII case.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::from_phrase("not found"), Some(Status::NotFound));
assert_eq!(Status::from_phrase("Payload Too Large"), Some(Status::ContentTooLarge));
assert_eq!(Status::from_phrase("Not Here"), None);
"#)]
            pub fn from_phrase(phrase: &::core::primitive::str) -> ::core::option::Option<$Name> {
                <$Name as $crate::HttpStatus>::TABLE.from_phrase(phrase)
            }

            /// Why the data keeps `code` reserved, if it does.
            ///
            /// A reserved code, such as 306, is listed but may not be used,
            /// so it has no variant and `from_u16` fails for it as for a
            /// code never assigned. This tells the two apart.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(Status::why_reserved(306).is_some());
assert_eq!(Status::why_reserved(404), None);
"#)]
            pub const fn why_reserved(
                code: ::core::primitive::u16,
            ) -> ::core::option::Option<&'static ::core::primitive::str> {
                <$Name as $crate::HttpStatus>::TABLE.why_reserved(code)
            }

            /// The variant's name, such as `"NotFound"`.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::ImATeapot.name(), "ImATeapot");
"#)]
            pub const fn name(self) -> &'static ::core::primitive::str {
                <$Name as $crate::HttpStatus>::TABLE.entry(self as ::core::primitive::u16).name
            }

            /// The names of the associated constants that hold this status:
            /// the one from the current phrase first, then those from
            /// former phrases.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::NotFound.constants(), ["NOT_FOUND"]);
assert_eq!(
    Status::ContentTooLarge.constants(),
    ["CONTENT_TOO_LARGE", "PAYLOAD_TOO_LARGE", "REQUEST_ENTITY_TOO_LARGE"],
);
"#)]
            pub const fn constants(self) -> &'static [&'static ::core::primitive::str] {
                <$Name as $crate::HttpStatus>::TABLE.entry(self as ::core::primitive::u16).constants
            }

            /// The numeric code, such as 404.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::NotFound.code(), 404);
"#)]
            #[inline]
            pub const fn code(self) -> ::core::primitive::u16 {
                self as ::core::primitive::u16
            }

            /// The numeric code, the same as `code`. It exists so that code
            /// written against `http::StatusCode` compiles unchanged.
            ///
            /// Like http's, it takes `&self`, as do `as_str`,
            /// `canonical_reason` and the `is_*` predicates, so
            /// `codes.iter().map(Status::as_u16)` works as it does with
            /// `http::StatusCode`. Calls on a value are unaffected.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::NotFound.as_u16(), 404);

let codes: Vec<u16> = [Status::Ok, Status::NotFound].iter().map(Status::as_u16).collect();
assert_eq!(codes, [200, 404]);
"#)]
            #[inline]
            pub const fn as_u16(&self) -> ::core::primitive::u16 {
                *self as ::core::primitive::u16
            }

            /// The code as three ASCII digits, such as `"404"`.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::NotFound.as_str(), "404");
"#)]
            #[inline]
            pub const fn as_str(&self) -> &'static ::core::primitive::str {
                <$Name as $crate::HttpStatus>::TABLE.entry(*self as ::core::primitive::u16).code
            }

            /// The reason phrase, such as `"Not Found"`.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::ContentTooLarge.phrase(), "Content Too Large");
"#)]
            #[inline]
            pub const fn phrase(self) -> &'static ::core::primitive::str {
                <$Name as $crate::HttpStatus>::TABLE.phrase(self as ::core::primitive::u16)
            }

            /// The reason phrase, as `http::StatusCode::canonical_reason`
            /// gives it: always `Some`.
            ///
            /// The phrases are RFC 9110's. Where `http` still returns an
            /// older phrase, this returns the current one: 413 is "Content
            /// Too Large" (http: "Payload Too Large") and 422 is
            /// "Unprocessable Content" (http: "Unprocessable Entity"); 203
            /// keeps its hyphen, "Non-Authoritative Information". For 414
            /// and 416 both give RFC 9110's "URI Too Long" and "Range Not
            /// Satisfiable", not the "Request-URI Too Long" and "Requested
            /// Range Not Satisfiable" of earlier RFCs. Former phrases are in
            /// `aliases`, and http's constant names for them, such as
            /// `PAYLOAD_TOO_LARGE`, exist here too.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::NotFound.canonical_reason(), Some("Not Found"));
assert_eq!(Status::ContentTooLarge.canonical_reason(), Some("Content Too Large"));
"#)]
            #[inline]
            pub const fn canonical_reason(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                ::core::option::Option::Some(
                    <$Name as $crate::HttpStatus>::TABLE.phrase(*self as ::core::primitive::u16),
                )
            }

            /// Former reason phrases. Most codes have none.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::UnprocessableContent.aliases(), ["Unprocessable Entity"]);
assert!(Status::NotFound.aliases().is_empty());
"#)]
            pub const fn aliases(self) -> &'static [&'static ::core::primitive::str] {
                <$Name as $crate::HttpStatus>::TABLE.entry(self as ::core::primitive::u16).aliases
            }

            /// One or two sentences on what the code means and when it is
            /// sent.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(!Status::NotFound.description().is_empty());
"#)]
            #[inline]
            pub const fn description(self) -> &'static ::core::primitive::str {
                <$Name as $crate::HttpStatus>::TABLE
                    .entry(self as ::core::primitive::u16)
                    .description
            }

            /// The HTTP/1.1 status line, such as `"HTTP/1.1 404 Not
            /// Found"`, without the trailing CRLF. Stored whole, so writing
            /// a response head needs no formatting.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::NotFound.status_line(), "HTTP/1.1 404 Not Found");
"#)]
            #[inline]
            pub const fn status_line(self) -> &'static ::core::primitive::str {
                <$Name as $crate::HttpStatus>::TABLE
                    .entry(self as ::core::primitive::u16)
                    .status_line
            }

            /// The document and section that define the code, such as
            /// `"RFC 9110, Section 15.5.5"`, if the data names one.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::NotFound.reference(), Some("RFC 9110, Section 15.5.5"));
"#)]
            pub const fn reference(
                self,
            ) -> ::core::option::Option<&'static ::core::primitive::str> {
                <$Name as $crate::HttpStatus>::TABLE
                    .entry(self as ::core::primitive::u16)
                    .reference
            }

            /// A link to the section that defines the code, when it has a
            /// reference.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(
    Status::NotFound.reference_url(),
    Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"),
);
"#)]
            pub const fn reference_url(
                self,
            ) -> ::core::option::Option<&'static ::core::primitive::str> {
                <$Name as $crate::HttpStatus>::TABLE.entry(self as ::core::primitive::u16).url
            }

            /// The class, from the first digit.
            #[doc = $crate::__example!($examples, r#"use status_core::{Class, Status};

assert_eq!(Status::NotFound.class(), Class::ClientError);
"#)]
            pub const fn class(self) -> $crate::Class {
                $crate::__private::Table::<$Name>::class(self as ::core::primitive::u16)
            }

            /// Whether this is a 1xx code.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(Status::Continue.is_informational());
"#)]
            pub const fn is_informational(&self) -> ::core::primitive::bool {
                ::core::matches!(self.class(), $crate::Class::Informational)
            }

            /// Whether this is a 2xx code.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(Status::NoContent.is_success());

let statuses = [Status::Ok, Status::NotFound];
assert_eq!(statuses.iter().filter(|s| s.is_success()).count(), 1);
assert!(statuses.iter().map(Status::is_success).any(|yes| yes));
"#)]
            pub const fn is_success(&self) -> ::core::primitive::bool {
                ::core::matches!(self.class(), $crate::Class::Successful)
            }

            /// Whether this is a 3xx code.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(Status::NotModified.is_redirection());
"#)]
            pub const fn is_redirection(&self) -> ::core::primitive::bool {
                ::core::matches!(self.class(), $crate::Class::Redirection)
            }

            /// Whether this is a 4xx code.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(Status::NotFound.is_client_error());
"#)]
            pub const fn is_client_error(&self) -> ::core::primitive::bool {
                ::core::matches!(self.class(), $crate::Class::ClientError)
            }

            /// Whether this is a 5xx code.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(Status::BadGateway.is_server_error());
"#)]
            pub const fn is_server_error(&self) -> ::core::primitive::bool {
                ::core::matches!(self.class(), $crate::Class::ServerError)
            }

            /// Whether a cache may store a response with this code without
            /// explicit freshness information (RFC 9110, Section 15.1:
            /// "heuristically cacheable"). Defaults to `false` for a code
            /// whose entry says nothing.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(Status::NotFound.is_cacheable_by_default());
assert!(!Status::Created.is_cacheable_by_default());
"#)]
            pub const fn is_cacheable_by_default(self) -> ::core::primitive::bool {
                <$Name as $crate::HttpStatus>::TABLE
                    .entry(self as ::core::primitive::u16)
                    .cacheable
            }

            /// Whether a response with this code may carry content. It may
            /// not for 1xx, 204, 205 and 304 (RFC 9110, Sections 15.2,
            /// 15.3.5, 15.3.6 and 15.4.5). Defaults to `false` for 1xx and
            /// `true` otherwise.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(Status::Ok.allows_content());
assert!(!Status::NoContent.allows_content());
"#)]
            pub const fn allows_content(self) -> ::core::primitive::bool {
                <$Name as $crate::HttpStatus>::TABLE
                    .entry(self as ::core::primitive::u16)
                    .content
            }

            /// The response header fields the RFCs require with this code:
            /// `Allow` on 405, `WWW-Authenticate` on 401, `Upgrade` on 101
            /// and 426. A response without one breaks the protocol, which
            /// is what `ProblemLayer` warns about.
            /// The variant's documentation cites the section for each.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::MethodNotAllowed.required_headers(), ["Allow"]);
assert!(Status::Ok.required_headers().is_empty());
// RFC 6585 allows `Retry-After` on 429 without requiring it.
assert!(Status::TooManyRequests.required_headers().is_empty());
"#)]
            pub const fn required_headers(self) -> &'static [&'static ::core::primitive::str] {
                <$Name as $crate::HttpStatus>::TABLE
                    .entry(self as ::core::primitive::u16)
                    .required_headers()
            }

            /// The response header fields the RFCs recommend or allow with
            /// this code without requiring them: `Location` on 201 and the
            /// redirects, `Retry-After` on 429 and 503. Sending them helps
            /// a client; leaving them out breaks nothing.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::TooManyRequests.recommended_headers(), ["Retry-After"]);
assert_eq!(Status::Created.recommended_headers(), ["Location"]);
assert!(Status::MethodNotAllowed.recommended_headers().is_empty());
"#)]
            pub const fn recommended_headers(
                self,
            ) -> &'static [&'static ::core::primitive::str] {
                <$Name as $crate::HttpStatus>::TABLE
                    .entry(self as ::core::primitive::u16)
                    .recommended_headers()
            }

            /// How a client follows this code, if it is a redirect to
            /// follow. `None` for 300, 304 and 305, which are not followed
            /// automatically.
            #[doc = $crate::__example!($examples, r#"use status_core::{Redirect, Status};

assert_eq!(Status::MovedPermanently.redirect(), Some(Redirect::MayChangeToGet));
assert_eq!(Status::MultipleChoices.redirect(), None);
"#)]
            pub const fn redirect(self) -> ::core::option::Option<$crate::Redirect> {
                <$Name as $crate::HttpStatus>::TABLE
                    .entry(self as ::core::primitive::u16)
                    .redirect
            }

            /// What the IANA registry records for the code.
            #[doc = $crate::__example!($examples, r#"use status_core::{Registration, Status};

assert_eq!(Status::UseProxy.registration(), Registration::Deprecated);
"#)]
            pub const fn registration(self) -> $crate::Registration {
                <$Name as $crate::HttpStatus>::TABLE
                    .entry(self as ::core::primitive::u16)
                    .registration
            }

            /// Why the code should not be used, for deprecated and
            /// obsoleted codes.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(Status::UseProxy.deprecation().is_some());
assert_eq!(Status::NotFound.deprecation(), None);
"#)]
            pub const fn deprecation(
                self,
            ) -> ::core::option::Option<&'static ::core::primitive::str> {
                <$Name as $crate::HttpStatus>::TABLE
                    .entry(self as ::core::primitive::u16)
                    .deprecated
            }

            /// Who defines the code, for a code that comes from a vendor's
            /// set rather than the IANA registry, such as nginx's 499.
            /// `None` for IANA codes and for codes a codes file defines
            /// without naming a vendor.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(Status::NotFound.vendor().is_none());
"#)]
            pub const fn vendor(self) -> ::core::option::Option<&'static $crate::Vendor> {
                <$Name as $crate::HttpStatus>::TABLE
                    .entry(self as ::core::primitive::u16)
                    .vendor()
            }
        }

        /// Writes the code and phrase, such as `404 Not Found`.
        #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::NotFound.to_string(), "404 Not Found");
assert_eq!(format!("[{:>15}]", Status::NotFound), "[  404 Not Found]");
"#)]
        impl ::core::fmt::Display for $Name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::display(self.status_line(), f)
            }
        }

        /// Parses exactly three ASCII digits, as `from_bytes` does. Unlike
        /// `str::parse::<u16>`, this rejects `"+404"`.
        #[doc = $crate::__example!($examples, r#"use status_core::{ParseStatusError, Status};

assert_eq!("503".parse(), Ok(Status::ServiceUnavailable));
assert_eq!("+404".parse::<Status>(), Err(ParseStatusError::NotThreeDigits));
"#)]
        impl ::core::str::FromStr for $Name {
            type Err = $crate::ParseStatusError;

            #[inline]
            fn from_str(
                s: &::core::primitive::str,
            ) -> ::core::result::Result<$Name, $crate::ParseStatusError> {
                $Name::from_bytes(s.as_bytes())
            }
        }

        /// The same as `from_u16`.
        #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::try_from(404), Ok(Status::NotFound));
"#)]
        impl ::core::convert::TryFrom<::core::primitive::u16> for $Name {
            type Error = $crate::UnknownStatus;

            #[inline]
            fn try_from(
                code: ::core::primitive::u16,
            ) -> ::core::result::Result<$Name, $crate::UnknownStatus> {
                $Name::from_u16(code)
            }
        }

        /// Parses exactly three ASCII digits, as `from_bytes` does; the same
        /// as `str::parse`, in the form `http::StatusCode` offers.
        #[doc = $crate::__example!($examples, r#"use status_core::{ParseStatusError, Status};

assert_eq!(Status::try_from("404"), Ok(Status::NotFound));
assert_eq!(Status::try_from("4o4"), Err(ParseStatusError::NotThreeDigits));
"#)]
        impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for $Name {
            type Error = $crate::ParseStatusError;

            #[inline]
            fn try_from(
                s: &'a ::core::primitive::str,
            ) -> ::core::result::Result<$Name, $crate::ParseStatusError> {
                $Name::from_bytes(s.as_bytes())
            }
        }

        /// The same as `from_bytes`: exactly three ASCII digits.
        #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::try_from(&b"503"[..]), Ok(Status::ServiceUnavailable));
assert!(Status::try_from(&b"5030"[..]).is_err());
"#)]
        impl<'a> ::core::convert::TryFrom<&'a [::core::primitive::u8]> for $Name {
            type Error = $crate::ParseStatusError;

            #[inline]
            fn try_from(
                bytes: &'a [::core::primitive::u8],
            ) -> ::core::result::Result<$Name, $crate::ParseStatusError> {
                $Name::from_bytes(bytes)
            }
        }

        /// The code, as `code` gives it.
        #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(u16::from(Status::NotFound), 404);
"#)]
        impl ::core::convert::From<$Name> for ::core::primitive::u16 {
            #[inline]
            fn from(status: $Name) -> ::core::primitive::u16 {
                status as ::core::primitive::u16
            }
        }

        /// The code of a borrowed status, as `http::StatusCode` offers.
        #[doc = $crate::__example!($examples, r#"use status_core::Status;

let status = Status::NotFound;
assert_eq!(u16::from(&status), 404);
"#)]
        impl<'a> ::core::convert::From<&'a $Name> for ::core::primitive::u16 {
            #[inline]
            fn from(status: &'a $Name) -> ::core::primitive::u16 {
                *status as ::core::primitive::u16
            }
        }

        /// Compares with a bare code, so `status == 404` works.
        #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(Status::NotFound == 404);
assert!(Status::NotFound != 410);
"#)]
        impl ::core::cmp::PartialEq<::core::primitive::u16> for $Name {
            #[inline]
            fn eq(&self, code: &::core::primitive::u16) -> ::core::primitive::bool {
                *self as ::core::primitive::u16 == *code
            }
        }

        /// Compares a bare code with a status, so `404 == status` works.
        #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert!(404 == Status::NotFound);
"#)]
        impl ::core::cmp::PartialEq<$Name> for ::core::primitive::u16 {
            #[inline]
            fn eq(&self, status: &$Name) -> ::core::primitive::bool {
                *self == *status as ::core::primitive::u16
            }
        }

        $(
            /// 200 OK, as for `http::StatusCode`.
            #[doc = $crate::__example!($examples, r#"use status_core::Status;

assert_eq!(Status::default(), Status::Ok);
"#)]
            impl ::core::default::Default for $Name {
                #[inline]
                fn default() -> $Name {
                    $Name::$Default
                }
            }
        )?

        $crate::__impl_status_api!(@$iana $Name);
    };

    // A user's enum whose data extends the IANA set converts from and to
    // `Status`.
    (@extends_iana $Name:ident) => {
        /// Every IANA status has its code here, since the data extends the
        /// IANA set.
        impl ::core::convert::From<$crate::Status> for $Name {
            #[inline]
            fn from(status: $crate::Status) -> $Name {
                // The slot of a code the data has holds its status, and the
                // data holds every code of `Status`: a codes file cannot
                // drop one from a set it extends.
                <$Name as $crate::HttpStatus>::TABLE.slot(status.code())
            }
        }

        /// Fails for a code that only this data has.
        impl ::core::convert::TryFrom<$Name> for $crate::Status {
            type Error = $crate::UnknownStatus;

            #[inline]
            fn try_from(
                status: $Name,
            ) -> ::core::result::Result<$crate::Status, $crate::UnknownStatus> {
                $crate::Status::from_u16(status as ::core::primitive::u16)
            }
        }
    };

    (@standalone $Name:ident) => {};
}
