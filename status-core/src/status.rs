//! The generated [`Status`] enum and the API over its tables.

use core::fmt;

use crate::class::Class;
use crate::parse::UnknownStatus;
use crate::semantics::{Redirect, Registration};

/// What every generated status line starts with.
const STATUS_LINE_PREFIX: &str = "HTTP/1.1 ";

/// Everything `codes.toml` says about one code, as the generated tables
/// hold it. Strings are precomputed so no method formats at run time.
struct Entry {
    name: &'static str,
    constants: &'static [&'static str],
    code: &'static str,
    phrase: &'static str,
    description: &'static str,
    status_line: &'static str,
    reference: Option<&'static str>,
    url: Option<&'static str>,
    aliases: &'static [&'static str],
    headers: &'static [&'static str],
    cacheable: bool,
    content: bool,
    redirect: Option<Redirect>,
    registration: Registration,
    deprecated: Option<&'static str>,
}

// The enum, its constants, `Status::ALL` and the tables `FIRST`, `LOOKUP`,
// `INDEX`, `PHRASES`, `ENTRIES` and `RESERVED`, all from codes.toml.
status_macros::define_status!();

impl Status {
    /// The status with this code, or an error if `codes.toml` does not
    /// have it.
    ///
    /// The same signature as `http::StatusCode::from_u16`, so `?`, `.ok()`
    /// and `.map_err(..)` work as they do there. Unlike http, which accepts
    /// any number from 100 to 999, an unregistered code such as 499 is an
    /// error; [`Status::understand`] says what a client makes of one.
    ///
    /// One bounds check and one table load: no search.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::from_u16(404), Ok(Status::NotFound));
    /// assert_eq!(Status::from_u16(499).unwrap_err().code(), 499);
    /// assert!(Status::from_u16(306).is_err()); // reserved
    /// assert_eq!(Status::from_u16(200).ok(), Some(Status::Ok));
    /// ```
    #[inline]
    pub const fn from_u16(code: u16) -> Result<Status, UnknownStatus> {
        let offset = code.wrapping_sub(FIRST) as usize;
        if offset < LOOKUP.len() {
            if let Some(status) = LOOKUP[offset] {
                return Ok(status);
            }
        }
        Err(UnknownStatus::new(code))
    }

    /// What a client should make of any code it receives.
    ///
    /// RFC 9110, Section 15 says a client must treat a code it does not
    /// recognize as the `x00` code of its class. So this returns the status
    /// itself when it is known, the class's `x00` status when it is not,
    /// and `None` only outside 100..=599.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::understand(404), Some(Status::NotFound));
    /// assert_eq!(Status::understand(499), Some(Status::BadRequest));
    /// assert_eq!(Status::understand(599), Some(Status::InternalServerError));
    /// assert_eq!(Status::understand(600), None);
    /// ```
    pub const fn understand(code: u16) -> Option<Status> {
        match Status::from_u16(code) {
            Ok(status) => Some(status),
            Err(_) => match Class::of(code) {
                Some(class) => match Status::from_u16(class.first_code()) {
                    Ok(status) => Some(status),
                    Err(_) => None,
                },
                None => None,
            },
        }
    }

    /// The status whose reason phrase, current or former, is `phrase`,
    /// compared ignoring ASCII case.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::from_phrase("not found"), Some(Status::NotFound));
    /// assert_eq!(Status::from_phrase("Payload Too Large"), Some(Status::ContentTooLarge));
    /// assert_eq!(Status::from_phrase("Not Here"), None);
    /// ```
    pub fn from_phrase(phrase: &str) -> Option<Status> {
        Status::ALL.iter().copied().find(|status| {
            let entry = status.entry();
            entry.phrase.eq_ignore_ascii_case(phrase)
                || entry.aliases.iter().any(|a| a.eq_ignore_ascii_case(phrase))
        })
    }

    /// Why `codes.toml` keeps `code` reserved, if it does.
    ///
    /// A reserved code, such as 306, is listed by the registry but may not
    /// be used, so it has no variant: [`Status::from_u16`] returns `None`
    /// for it as for a code that was never assigned. This tells the two
    /// apart.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert!(Status::why_reserved(306).is_some());
    /// assert_eq!(Status::why_reserved(404), None);
    /// assert_eq!(Status::why_reserved(499), None);
    /// ```
    pub const fn why_reserved(code: u16) -> Option<&'static str> {
        let mut i = 0;
        while i < RESERVED.len() {
            if RESERVED[i].0 == code {
                return Some(RESERVED[i].1);
            }
            i += 1;
        }
        None
    }

    #[inline]
    const fn entry(self) -> &'static Entry {
        let entries: &'static [Entry] = &ENTRIES;
        &entries[INDEX[(self as u16 - FIRST) as usize] as usize]
    }

    /// The variant's name, such as `"NotFound"`: what `Status::` is
    /// followed by in source.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::ImATeapot.name(), "ImATeapot");
    /// ```
    pub const fn name(self) -> &'static str {
        self.entry().name
    }

    /// The names of the associated constants that hold this status: the one
    /// from the current phrase first, then those from former phrases.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::NotFound.constants(), ["NOT_FOUND"]);
    /// assert_eq!(
    ///     Status::ContentTooLarge.constants(),
    ///     ["CONTENT_TOO_LARGE", "PAYLOAD_TOO_LARGE", "REQUEST_ENTITY_TOO_LARGE"],
    /// );
    /// ```
    pub const fn constants(self) -> &'static [&'static str] {
        self.entry().constants
    }

    /// The numeric code, such as 404.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::NotFound.code(), 404);
    /// ```
    #[inline]
    pub const fn code(self) -> u16 {
        self as u16
    }

    /// The numeric code, as `http::StatusCode::as_u16` gives it.
    ///
    /// The same as [`Status::code`]; it exists so code written against the
    /// `http` crate compiles unchanged.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::NotFound.as_u16(), 404);
    /// ```
    #[inline]
    pub const fn as_u16(self) -> u16 {
        self as u16
    }

    /// The reason phrase, as `http::StatusCode::canonical_reason` gives it:
    /// always `Some` for a registered status.
    ///
    /// The phrases are RFC 9110's. Where `http` still returns an older
    /// phrase, this returns the current one: 413 is "Content Too Large"
    /// (http: "Payload Too Large") and 422 is "Unprocessable Content" (http:
    /// "Unprocessable Entity"); 203 keeps its hyphen, "Non-Authoritative
    /// Information". For 414 and 416 both give RFC 9110's "URI Too Long" and
    /// "Range Not Satisfiable", not the "Request-URI Too Long" and
    /// "Requested Range Not Satisfiable" of earlier RFCs. Former phrases are
    /// in [`Status::aliases`], and http's constant names for them, such as
    /// `PAYLOAD_TOO_LARGE`, exist here too.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::NotFound.canonical_reason(), Some("Not Found"));
    /// assert_eq!(Status::ContentTooLarge.canonical_reason(), Some("Content Too Large"));
    /// ```
    #[inline]
    pub const fn canonical_reason(self) -> Option<&'static str> {
        Some(self.phrase())
    }

    /// The code as three ASCII digits, such as `"404"`.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::NotFound.as_str(), "404");
    /// ```
    #[inline]
    pub const fn as_str(self) -> &'static str {
        self.entry().code
    }

    /// The reason phrase RFC 9110 or the defining RFC gives, such as
    /// `"Not Found"`.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::ContentTooLarge.phrase(), "Content Too Large");
    /// ```
    #[inline]
    pub const fn phrase(self) -> &'static str {
        PHRASES[(self as u16 - FIRST) as usize]
    }

    /// Former reason phrases, such as `["Payload Too Large", "Request
    /// Entity Too Large"]` for 413. Most codes have none.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::UnprocessableContent.aliases(), ["Unprocessable Entity"]);
    /// assert!(Status::NotFound.aliases().is_empty());
    /// ```
    pub const fn aliases(self) -> &'static [&'static str] {
        self.entry().aliases
    }

    /// One or two sentences on what the code means and when it is sent.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert!(!Status::NotFound.description().is_empty());
    /// ```
    #[inline]
    pub const fn description(self) -> &'static str {
        self.entry().description
    }

    /// The HTTP/1.1 status line, such as `"HTTP/1.1 404 Not Found"`,
    /// without the trailing CRLF. Stored whole, so writing a response
    /// head needs no formatting.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::NotFound.status_line(), "HTTP/1.1 404 Not Found");
    /// ```
    #[inline]
    pub const fn status_line(self) -> &'static str {
        self.entry().status_line
    }

    /// The document and section that define the code, such as
    /// `"RFC 9110, Section 15.5.5"`.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::NotFound.reference(), "RFC 9110, Section 15.5.5");
    /// ```
    pub const fn reference(self) -> &'static str {
        match self.entry().reference {
            Some(reference) => reference,
            None => "",
        }
    }

    /// A link to the section that defines the code, when it has a reference.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(
    ///     Status::NotFound.reference_url(),
    ///     Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"),
    /// );
    /// ```
    pub const fn reference_url(self) -> Option<&'static str> {
        self.entry().url
    }

    /// The class, from the first digit.
    ///
    /// ```
    /// use status_core::{Class, Status};
    ///
    /// assert_eq!(Status::NotFound.class(), Class::ClientError);
    /// ```
    pub const fn class(self) -> Class {
        match Class::of(self.code()) {
            Some(class) => class,
            // Unreachable: codes.toml only admits 100..=599.
            None => Class::ServerError,
        }
    }

    /// Whether this is a 1xx code.
    ///
    /// ```
    /// # use status_core::Status;
    /// assert!(Status::Continue.is_informational());
    /// ```
    pub const fn is_informational(self) -> bool {
        matches!(self.class(), Class::Informational)
    }

    /// Whether this is a 2xx code.
    ///
    /// ```
    /// # use status_core::Status;
    /// assert!(Status::NoContent.is_success());
    /// ```
    pub const fn is_success(self) -> bool {
        matches!(self.class(), Class::Successful)
    }

    /// Whether this is a 3xx code.
    ///
    /// ```
    /// # use status_core::Status;
    /// assert!(Status::NotModified.is_redirection());
    /// ```
    pub const fn is_redirection(self) -> bool {
        matches!(self.class(), Class::Redirection)
    }

    /// Whether this is a 4xx code.
    ///
    /// ```
    /// # use status_core::Status;
    /// assert!(Status::NotFound.is_client_error());
    /// ```
    pub const fn is_client_error(self) -> bool {
        matches!(self.class(), Class::ClientError)
    }

    /// Whether this is a 5xx code.
    ///
    /// ```
    /// # use status_core::Status;
    /// assert!(Status::BadGateway.is_server_error());
    /// ```
    pub const fn is_server_error(self) -> bool {
        matches!(self.class(), Class::ServerError)
    }

    /// Whether a cache may store a response with this code without explicit
    /// freshness information (RFC 9110, Section 15.1: "heuristically
    /// cacheable"). 451 is included, as RFC 7725, Section 3 allows.
    ///
    /// Defaults to `false` for a code whose entry says nothing.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert!(Status::NotFound.is_cacheable_by_default());
    /// assert!(!Status::Created.is_cacheable_by_default());
    /// ```
    pub const fn is_cacheable_by_default(self) -> bool {
        self.entry().cacheable
    }

    /// Whether a response with this code may carry content. It may not for
    /// 1xx, 204, 205 and 304 (RFC 9110, Sections 15.2, 15.3.5, 15.3.6 and
    /// 15.4.5).
    ///
    /// Defaults to `false` for 1xx and `true` otherwise.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert!(Status::Ok.allows_content());
    /// assert!(!Status::NoContent.allows_content());
    /// ```
    pub const fn allows_content(self) -> bool {
        self.entry().content
    }

    /// The response header fields the RFCs require, or strongly expect, with
    /// this code. The variant's documentation cites the section for each.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::MethodNotAllowed.required_headers(), ["Allow"]);
    /// assert_eq!(Status::Created.required_headers(), ["Location"]);
    /// assert!(Status::Ok.required_headers().is_empty());
    /// ```
    pub const fn required_headers(self) -> &'static [&'static str] {
        self.entry().headers
    }

    /// How a client follows this code, if it is a redirect to follow.
    /// `None` for 300, 304 and 305, which are not followed automatically.
    ///
    /// ```
    /// use status_core::{Redirect, Status};
    ///
    /// assert_eq!(Status::MovedPermanently.redirect(), Some(Redirect::MayChangeToGet));
    /// assert_eq!(Status::MultipleChoices.redirect(), None);
    /// ```
    pub const fn redirect(self) -> Option<Redirect> {
        self.entry().redirect
    }

    /// What the IANA registry records for the code.
    ///
    /// ```
    /// use status_core::{Registration, Status};
    ///
    /// assert_eq!(Status::UseProxy.registration(), Registration::Deprecated);
    /// assert_eq!(Status::NotExtended.registration(), Registration::Obsoleted);
    /// ```
    pub const fn registration(self) -> Registration {
        self.entry().registration
    }

    /// Why the code should not be used, for deprecated and obsoleted codes.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert!(Status::UseProxy.deprecation().is_some());
    /// assert_eq!(Status::NotFound.deprecation(), None);
    /// ```
    pub const fn deprecation(self) -> Option<&'static str> {
        self.entry().deprecated
    }
}

/// Writes the code and phrase, such as `404 Not Found`.
///
/// ```
/// use status_core::Status;
///
/// assert_eq!(Status::NotFound.to_string(), "404 Not Found");
/// ```
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The status line without its "HTTP/1.1 " prefix.
        let line = self.status_line();
        f.pad(line.get(STATUS_LINE_PREFIX.len()..).unwrap_or(line))
    }
}

impl From<Status> for u16 {
    fn from(status: Status) -> u16 {
        status.code()
    }
}

/// 200 OK, as for `http::StatusCode`.
///
/// ```
/// use status_core::Status;
///
/// assert_eq!(Status::default(), Status::Ok);
/// ```
impl Default for Status {
    fn default() -> Status {
        Status::OK
    }
}

/// Compares with a bare code, so `status == 404` works.
///
/// ```
/// use status_core::Status;
///
/// assert!(Status::NotFound == 404);
/// assert_ne!(Status::NotFound, 400);
/// ```
impl PartialEq<u16> for Status {
    #[inline]
    fn eq(&self, code: &u16) -> bool {
        self.code() == *code
    }
}

/// Compares a bare code with a status, so `404 == status` works.
///
/// ```
/// use status_core::Status;
///
/// assert!(404 == Status::NotFound);
/// ```
impl PartialEq<Status> for u16 {
    #[inline]
    fn eq(&self, status: &Status) -> bool {
        *self == status.code()
    }
}
