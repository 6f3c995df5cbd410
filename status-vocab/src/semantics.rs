//! What RFC 9110 and the IANA registry say about a code, beyond its name,
//! and the keywords a codes file writes for it.

/// How a client follows a redirect (RFC 9110, Section 15.4).
///
/// A codes file names it in an entry's `redirect` key, with the keyword of
/// [`Redirect::keyword`].
///
/// ```
/// use status_vocab::Redirect;
///
/// assert_eq!(Redirect::from_keyword("preserve-method"), Some(Redirect::PreservesMethod));
/// assert!(Redirect::ChangesToGet.may_change_method());
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
    /// Every behaviour, in the order of [`Redirect::KEYWORDS`].
    ///
    /// ```
    /// use status_vocab::Redirect;
    ///
    /// assert_eq!(Redirect::ALL.map(Redirect::keyword), Redirect::KEYWORDS);
    /// ```
    pub const ALL: [Redirect; 3] = [
        Redirect::PreservesMethod,
        Redirect::MayChangeToGet,
        Redirect::ChangesToGet,
    ];

    /// The keywords a codes file may write in a `redirect` key, for a
    /// message that lists them.
    ///
    /// ```
    /// use status_vocab::Redirect;
    ///
    /// assert_eq!(
    ///     Redirect::KEYWORDS.join(", "),
    ///     "preserve-method, may-change-to-get, change-to-get",
    /// );
    /// ```
    pub const KEYWORDS: [&'static str; 3] =
        ["preserve-method", "may-change-to-get", "change-to-get"];

    /// Whether the client may repeat the request with a different method.
    ///
    /// ```
    /// use status_vocab::Redirect;
    ///
    /// assert!(!Redirect::PreservesMethod.may_change_method());
    /// assert!(Redirect::MayChangeToGet.may_change_method());
    /// ```
    pub const fn may_change_method(self) -> bool {
        !matches!(self, Redirect::PreservesMethod)
    }

    /// The keyword a codes file writes for this behaviour in its
    /// `redirect` key, such as `"change-to-get"`.
    ///
    /// ```
    /// use status_vocab::Redirect;
    ///
    /// assert_eq!(Redirect::MayChangeToGet.keyword(), "may-change-to-get");
    /// ```
    pub const fn keyword(self) -> &'static str {
        match self {
            Redirect::PreservesMethod => Redirect::KEYWORDS[0],
            Redirect::MayChangeToGet => Redirect::KEYWORDS[1],
            Redirect::ChangesToGet => Redirect::KEYWORDS[2],
        }
    }

    /// The same keyword as [`Redirect::keyword`].
    ///
    /// Tools that print or serialize the data use it to speak the data
    /// file's own words, so their output can be compared with, or pasted
    /// back into, a codes file.
    ///
    /// ```
    /// use status_vocab::Redirect;
    ///
    /// assert_eq!(Redirect::PreservesMethod.as_str(), "preserve-method");
    /// assert_eq!(Redirect::MayChangeToGet.as_str(), "may-change-to-get");
    /// assert_eq!(Redirect::ChangesToGet.as_str(), "change-to-get");
    /// ```
    pub const fn as_str(self) -> &'static str {
        self.keyword()
    }

    /// The behaviour a codes file means by `keyword`, or `None` for a word
    /// that is not one of [`Redirect::KEYWORDS`]. Case matters, as
    /// everywhere in a codes file.
    ///
    /// ```
    /// use status_vocab::Redirect;
    ///
    /// assert_eq!(Redirect::from_keyword("may-change-to-get"), Some(Redirect::MayChangeToGet));
    /// assert_eq!(Redirect::from_keyword("Change-To-Get"), None);
    /// assert_eq!(Redirect::from_keyword("permanent"), None);
    /// ```
    pub const fn from_keyword(keyword: &str) -> Option<Redirect> {
        let mut i = 0;
        while i < Redirect::ALL.len() {
            if str_eq(Redirect::ALL[i].keyword(), keyword) {
                return Some(Redirect::ALL[i]);
            }
            i += 1;
        }
        None
    }

    /// The variant's name as Rust spells it, such as `"PreservesMethod"`,
    /// for code generators that write `Redirect::PreservesMethod`.
    ///
    /// ```
    /// use status_vocab::Redirect;
    ///
    /// assert_eq!(Redirect::ChangesToGet.variant_name(), "ChangesToGet");
    /// ```
    pub const fn variant_name(self) -> &'static str {
        match self {
            Redirect::PreservesMethod => "PreservesMethod",
            Redirect::MayChangeToGet => "MayChangeToGet",
            Redirect::ChangesToGet => "ChangesToGet",
        }
    }
}

/// What the IANA HTTP Status Code Registry records for a code.
///
/// A codes file names it in an entry's `registry` key, with the keyword of
/// [`Registration::keyword`]; an entry without the key is
/// [`Registration::Assigned`], which is also the `Default`.
///
/// ```
/// use status_vocab::Registration;
///
/// assert_eq!(Registration::from_keyword("unused"), Some(Registration::Unused));
/// assert_eq!(Registration::default(), Registration::Assigned);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Registration {
    /// In use, with the meaning described.
    #[default]
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
    /// Every registration status, in the order of
    /// [`Registration::KEYWORDS`].
    ///
    /// ```
    /// use status_vocab::Registration;
    ///
    /// assert_eq!(Registration::ALL.map(Registration::keyword), Registration::KEYWORDS);
    /// ```
    pub const ALL: [Registration; 4] = [
        Registration::Assigned,
        Registration::Unused,
        Registration::Deprecated,
        Registration::Obsoleted,
    ];

    /// The keywords a codes file may write in a `registry` key, for a
    /// message that lists them.
    ///
    /// ```
    /// use status_vocab::Registration;
    ///
    /// assert_eq!(
    ///     Registration::KEYWORDS.join(", "),
    ///     "assigned, unused, deprecated, obsoleted",
    /// );
    /// ```
    pub const KEYWORDS: [&'static str; 4] = ["assigned", "unused", "deprecated", "obsoleted"];

    /// The keyword a codes file writes for this status in its `registry`
    /// key, such as `"unused"`.
    ///
    /// ```
    /// use status_vocab::Registration;
    ///
    /// assert_eq!(Registration::Obsoleted.keyword(), "obsoleted");
    /// ```
    pub const fn keyword(self) -> &'static str {
        match self {
            Registration::Assigned => Registration::KEYWORDS[0],
            Registration::Unused => Registration::KEYWORDS[1],
            Registration::Deprecated => Registration::KEYWORDS[2],
            Registration::Obsoleted => Registration::KEYWORDS[3],
        }
    }

    /// The same keyword as [`Registration::keyword`].
    ///
    /// Tools that print or serialize the data use it to speak the data
    /// file's own words, so their output can be compared with, or pasted
    /// back into, a codes file.
    ///
    /// ```
    /// use status_vocab::Registration;
    ///
    /// assert_eq!(Registration::Assigned.as_str(), "assigned");
    /// assert_eq!(Registration::Unused.as_str(), "unused");
    /// assert_eq!(Registration::Deprecated.as_str(), "deprecated");
    /// assert_eq!(Registration::Obsoleted.as_str(), "obsoleted");
    /// ```
    pub const fn as_str(self) -> &'static str {
        self.keyword()
    }

    /// The status a codes file means by `keyword`, or `None` for a word
    /// that is not one of [`Registration::KEYWORDS`]. Case matters, as
    /// everywhere in a codes file.
    ///
    /// ```
    /// use status_vocab::Registration;
    ///
    /// assert_eq!(Registration::from_keyword("deprecated"), Some(Registration::Deprecated));
    /// assert_eq!(Registration::from_keyword("Unused"), None);
    /// assert_eq!(Registration::from_keyword("obsolete"), None);
    /// ```
    pub const fn from_keyword(keyword: &str) -> Option<Registration> {
        let mut i = 0;
        while i < Registration::ALL.len() {
            if str_eq(Registration::ALL[i].keyword(), keyword) {
                return Some(Registration::ALL[i]);
            }
            i += 1;
        }
        None
    }

    /// The variant's name as Rust spells it, such as `"Unused"`, for code
    /// generators that write `Registration::Unused`.
    ///
    /// ```
    /// use status_vocab::Registration;
    ///
    /// assert_eq!(Registration::Deprecated.variant_name(), "Deprecated");
    /// ```
    pub const fn variant_name(self) -> &'static str {
        match self {
            Registration::Assigned => "Assigned",
            Registration::Unused => "Unused",
            Registration::Deprecated => "Deprecated",
            Registration::Obsoleted => "Obsoleted",
        }
    }
}

/// Whether two strings are equal, in a `const fn`.
pub(crate) const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_round_trip() {
        for redirect in Redirect::ALL {
            assert_eq!(Redirect::from_keyword(redirect.keyword()), Some(redirect));
            assert_eq!(redirect.as_str(), redirect.keyword());
        }
        for registration in Registration::ALL {
            assert_eq!(
                Registration::from_keyword(registration.keyword()),
                Some(registration)
            );
            assert_eq!(registration.as_str(), registration.keyword());
        }
    }

    #[test]
    fn unknown_keywords_are_none() {
        for word in [
            "",
            "preserve",
            "preserve-method ",
            "PRESERVE-METHOD",
            "assigned",
        ] {
            assert_eq!(Redirect::from_keyword(word), None, "{word:?}");
        }
        for word in ["", "assign", "Assigned", "unused\n", "change-to-get"] {
            assert_eq!(Registration::from_keyword(word), None, "{word:?}");
        }
    }

    #[test]
    fn variant_names_match_debug() {
        for redirect in Redirect::ALL {
            assert_eq!(alloc::format!("{redirect:?}"), redirect.variant_name());
        }
        for registration in Registration::ALL {
            assert_eq!(
                alloc::format!("{registration:?}"),
                registration.variant_name()
            );
        }
    }

    #[test]
    fn only_preserving_the_method_forbids_a_change() {
        let may: alloc::vec::Vec<bool> = Redirect::ALL.map(Redirect::may_change_method).to_vec();
        assert_eq!(may, [false, true, true]);
    }
}
