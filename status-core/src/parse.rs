//! Turning text and numbers that arrive at run time into a [`Status`],
//! without allocating.

use core::fmt;

use crate::class::Class;
#[cfg(doc)]
use crate::status::Status;

/// Why some bytes are not a [`Status`].
///
/// Returned by [`Status::from_bytes`] and by `str::parse::<Status>`. Each
/// variant is one way of being wrong, so a caller can answer a malformed
/// status line differently from a well-formed but unknown code, which
/// RFC 9110, Section 15 says a client should understand by its class (see
/// [`Status::understand`]).
///
/// The error holds the code, not the input, so it never allocates.
///
/// ```
/// use status_core::{ParseStatusError, Status};
///
/// assert_eq!("40".parse::<Status>(), Err(ParseStatusError::NotThreeDigits));
/// assert_eq!("600".parse::<Status>(), Err(ParseStatusError::NotAStatusCode(600)));
/// assert_eq!("499".parse::<Status>(), Err(ParseStatusError::Unregistered(499)));
///
/// let error = "499".parse::<Status>().unwrap_err();
/// assert_eq!(error.to_string(), r#""499" is not a registered status code"#);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseStatusError {
    /// The input is not exactly three ASCII digits: it is empty, too short
    /// or too long, or has a sign, a space or any other character.
    ///
    /// ```
    /// use status_core::{ParseStatusError, Status};
    ///
    /// for input in ["", "+404", " 404", "404 ", "4040", "four"] {
    ///     assert_eq!(input.parse::<Status>(), Err(ParseStatusError::NotThreeDigits));
    /// }
    /// ```
    NotThreeDigits,
    /// Three digits, but a number outside 100..=599, the range RFC 9110,
    /// Section 15 gives status codes. Converted from an [`UnknownStatus`],
    /// it holds that error's number, whatever its length.
    ///
    /// ```
    /// use status_core::{ParseStatusError, Status};
    ///
    /// assert_eq!("099".parse::<Status>(), Err(ParseStatusError::NotAStatusCode(99)));
    /// assert_eq!("600".parse::<Status>(), Err(ParseStatusError::NotAStatusCode(600)));
    /// ```
    NotAStatusCode(u16),
    /// A code in 100..=599 that `codes.toml` does not have, such as 499, or
    /// that it keeps reserved, such as 306.
    ///
    /// ```
    /// use status_core::{ParseStatusError, Status};
    ///
    /// assert_eq!("306".parse::<Status>(), Err(ParseStatusError::Unregistered(306)));
    /// // A client still knows what to make of it.
    /// assert_eq!(Status::understand(499), Some(Status::BadRequest));
    /// ```
    Unregistered(u16),
}

impl ParseStatusError {
    /// The three-digit number that was read, if the input was three digits.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!("499".parse::<Status>().unwrap_err().code(), Some(499));
    /// assert_eq!("4xx".parse::<Status>().unwrap_err().code(), None);
    /// ```
    pub const fn code(&self) -> Option<u16> {
        match *self {
            ParseStatusError::NotThreeDigits => None,
            ParseStatusError::NotAStatusCode(code) | ParseStatusError::Unregistered(code) => {
                Some(code)
            }
        }
    }

    /// The error for a number that no status of the data has: three
    /// digits that were read, or the number of an [`UnknownStatus`].
    #[inline]
    pub(crate) const fn unknown(code: u16) -> ParseStatusError {
        if Class::of(code).is_some() {
            ParseStatusError::Unregistered(code)
        } else {
            ParseStatusError::NotAStatusCode(code)
        }
    }
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ParseStatusError::NotThreeDigits => {
                f.write_str("a status code must be exactly three ASCII digits")
            }
            ParseStatusError::NotAStatusCode(code) => write!(
                f,
                "\"{code:03}\" is not a status code: status codes range from 100 to 599"
            ),
            ParseStatusError::Unregistered(code) => {
                write!(f, "\"{code:03}\" is not a registered status code")
            }
        }
    }
}

impl core::error::Error for ParseStatusError {}

/// The same verdict on the number: `Unregistered` for a code in 100..=599
/// that the data lacks, `NotAStatusCode` for any other number. So `?`
/// works on both `from_u16` and `str::parse` in a function that returns
/// `Result<_, ParseStatusError>`.
///
/// ```
/// use status_core::{ParseStatusError, Status};
///
/// fn both(code: u16, text: &str) -> Result<(Status, Status), ParseStatusError> {
///     Ok((Status::from_u16(code)?, text.parse()?))
/// }
///
/// assert_eq!(both(404, "503"), Ok((Status::NotFound, Status::ServiceUnavailable)));
/// assert_eq!(both(499, "503"), Err(ParseStatusError::Unregistered(499)));
/// assert_eq!(both(1000, "503"), Err(ParseStatusError::NotAStatusCode(1000)));
/// ```
impl From<UnknownStatus> for ParseStatusError {
    #[inline]
    fn from(error: UnknownStatus) -> ParseStatusError {
        ParseStatusError::unknown(error.code())
    }
}

/// A number that is not the code of any [`Status`].
///
/// Returned by `Status::try_from(u16)` and, with the `http` feature, by
/// `Status::try_from(http::StatusCode)`. [`class`](UnknownStatus::class)
/// tells a number outside 100..=599 from an unregistered code in range.
///
/// ```
/// use status_core::{Class, Status, UnknownStatus};
///
/// let error: UnknownStatus = Status::try_from(499).unwrap_err();
/// assert_eq!(error.code(), 499);
/// assert_eq!(error.class(), Some(Class::ClientError));
/// assert_eq!(error.to_string(), "499 is not a registered status code");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownStatus {
    code: u16,
}

impl UnknownStatus {
    /// The error for `code`.
    #[inline]
    pub(crate) const fn new(code: u16) -> UnknownStatus {
        UnknownStatus { code }
    }

    /// The number that was not a known code.
    ///
    /// ```
    /// use status_core::Status;
    ///
    /// assert_eq!(Status::try_from(1000).unwrap_err().code(), 1000);
    /// ```
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The class of the code, or `None` if the number is outside 100..=599
    /// and so is no status code at all.
    ///
    /// ```
    /// use status_core::{Class, Status};
    ///
    /// assert_eq!(Status::try_from(599).unwrap_err().class(), Some(Class::ServerError));
    /// assert_eq!(Status::try_from(600).unwrap_err().class(), None);
    /// ```
    pub const fn class(&self) -> Option<Class> {
        Class::of(self.code)
    }
}

impl fmt::Display for UnknownStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = self.code;
        if self.class().is_some() {
            write!(f, "{code} is not a registered status code")
        } else {
            write!(
                f,
                "{code} is not a status code: status codes range from 100 to 599"
            )
        }
    }
}

impl core::error::Error for UnknownStatus {}
