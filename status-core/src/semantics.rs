//! What RFC 9110 and the IANA registry say about a code, beyond its name.

/// How a client follows a redirect (RFC 9110, Section 15.4).
///
/// ```
/// use status_core::{Redirect, Status};
///
/// assert_eq!(Status::PermanentRedirect.redirect(), Some(Redirect::PreservesMethod));
/// assert_eq!(Status::SeeOther.redirect(), Some(Redirect::ChangesToGet));
/// assert_eq!(Status::NotModified.redirect(), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Redirect {
    /// Repeat the request at the new URI with the same method and content
    /// (307 and 308).
    PreservesMethod,
    /// Repeat the request at the new URI; for historical reasons clients may
    /// turn a POST into a GET (301 and 302).
    MayChangeToGet,
    /// Retrieve the new URI with GET, or HEAD for a HEAD request (303).
    ChangesToGet,
}

impl Redirect {
    /// Whether the client may repeat the request with a different method.
    ///
    /// ```
    /// use status_core::Redirect;
    ///
    /// assert!(!Redirect::PreservesMethod.may_change_method());
    /// assert!(Redirect::MayChangeToGet.may_change_method());
    /// ```
    pub const fn may_change_method(self) -> bool {
        !matches!(self, Redirect::PreservesMethod)
    }

    /// The keyword `codes.toml` uses for this behaviour in its `redirect`
    /// key.
    ///
    /// Tools that print or serialize the data use it to speak the data
    /// file's own words, so their output can be compared with, or pasted
    /// back into, `codes.toml`.
    ///
    /// ```
    /// use status_core::{Redirect, Status};
    ///
    /// assert_eq!(Redirect::PreservesMethod.as_str(), "preserve-method");
    /// assert_eq!(Redirect::MayChangeToGet.as_str(), "may-change-to-get");
    /// assert_eq!(
    ///     Status::SeeOther.redirect().map(Redirect::as_str),
    ///     Some("change-to-get"),
    /// );
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Redirect::PreservesMethod => "preserve-method",
            Redirect::MayChangeToGet => "may-change-to-get",
            Redirect::ChangesToGet => "change-to-get",
        }
    }
}

/// What the IANA HTTP Status Code Registry records for a code.
///
/// ```
/// use status_core::{Registration, Status};
///
/// assert_eq!(Status::NotFound.registration(), Registration::Assigned);
/// assert_eq!(Status::ImATeapot.registration(), Registration::Unused);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Registration {
    /// In use, with the meaning described.
    Assigned,
    /// Listed as "(Unused)": reserved so it is never given a meaning, such
    /// as 418, which HTTP itself does not define.
    Unused,
    /// Defined once, now to be avoided (305).
    Deprecated,
    /// Its defining document was moved to Historic (510).
    Obsoleted,
}

impl Registration {
    /// The keyword `codes.toml` uses for this status in its `registry` key.
    ///
    /// Tools that print or serialize the data use it to speak the data
    /// file's own words, so their output can be compared with, or pasted
    /// back into, `codes.toml`.
    ///
    /// ```
    /// use status_core::{Registration, Status};
    ///
    /// assert_eq!(Registration::Assigned.as_str(), "assigned");
    /// assert_eq!(Status::ImATeapot.registration().as_str(), "unused");
    /// assert_eq!(Status::UseProxy.registration().as_str(), "deprecated");
    /// assert_eq!(Status::NotExtended.registration().as_str(), "obsoleted");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Registration::Assigned => "assigned",
            Registration::Unused => "unused",
            Registration::Deprecated => "deprecated",
            Registration::Obsoleted => "obsoleted",
        }
    }
}
