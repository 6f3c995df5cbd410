//! The five classes of status codes (RFC 9110, Section 15).

use core::fmt;
use core::ops::RangeInclusive;

/// The class of a status code, given by its first digit.
///
/// RFC 9110, Section 15 defines five. A client that receives a code it does
/// not know must treat it as the `x00` code of its class, which is what
/// [`Status::understand`](crate::Status::understand) does.
///
/// ```
/// use status_core::Class;
///
/// assert_eq!(Class::of(404), Some(Class::ClientError));
/// assert_eq!(Class::ClientError.to_string(), "Client Error");
/// assert_eq!(Class::ClientError.codes(), 400..=499);
/// assert_eq!(Class::of(600), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// 1xx: the request was received and processing goes on.
    Informational,
    /// 2xx: the request was received, understood and accepted.
    Successful,
    /// 3xx: the client must take further action to complete the request.
    Redirection,
    /// 4xx: the request is at fault.
    ClientError,
    /// 5xx: the server failed to fulfil a valid request.
    ServerError,
}

impl Class {
    /// Every class, in order of their codes.
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Successful,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class of any code in 100..=599, known or not.
    ///
    /// ```
    /// use status_core::Class;
    ///
    /// assert_eq!(Class::of(299), Some(Class::Successful));
    /// assert_eq!(Class::of(99), None);
    /// ```
    pub const fn of(code: u16) -> Option<Class> {
        match code {
            100..=199 => Some(Class::Informational),
            200..=299 => Some(Class::Successful),
            300..=399 => Some(Class::Redirection),
            400..=499 => Some(Class::ClientError),
            500..=599 => Some(Class::ServerError),
            _ => None,
        }
    }

    /// The codes of the class, such as `400..=499`.
    ///
    /// ```
    /// use status_core::Class;
    ///
    /// assert!(Class::Redirection.codes().contains(&308));
    /// ```
    pub const fn codes(self) -> RangeInclusive<u16> {
        let first = self.first_code();
        first..=first + 99
    }

    /// The `x00` code of the class, such as 400.
    ///
    /// ```
    /// use status_core::Class;
    ///
    /// assert_eq!(Class::ServerError.first_code(), 500);
    /// ```
    pub const fn first_code(self) -> u16 {
        match self {
            Class::Informational => 100,
            Class::Successful => 200,
            Class::Redirection => 300,
            Class::ClientError => 400,
            Class::ServerError => 500,
        }
    }

    /// The name RFC 9110 gives the class, such as "Client Error".
    ///
    /// ```
    /// use status_core::Class;
    ///
    /// assert_eq!(Class::Successful.as_str(), "Successful");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Class::Informational => "Informational",
            Class::Successful => "Successful",
            Class::Redirection => "Redirection",
            Class::ClientError => "Client Error",
            Class::ServerError => "Server Error",
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}
