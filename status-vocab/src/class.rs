//! The five classes of status codes (RFC 9110, Section 15), and the range
//! of codes that have one.

use core::fmt;
use core::ops::RangeInclusive;

/// The lowest status code, the first of the 1xx class.
///
/// ```
/// assert_eq!(status_vocab::FIRST_CODE, 100);
/// ```
pub const FIRST_CODE: u16 = 100;

/// The highest status code, the last of the 5xx class.
///
/// RFC 9110, Section 15 gives a class only to 1xx to 5xx; a three-digit
/// number from 600 up is not a status code a sender may use.
///
/// ```
/// assert_eq!(status_vocab::LAST_CODE, 599);
/// ```
pub const LAST_CODE: u16 = 599;

/// Whether `code` is in [`FIRST_CODE`]`..=`[`LAST_CODE`], and so has a
/// [`Class`], registered or not.
///
/// ```
/// use status_vocab::is_in_range;
///
/// assert!(is_in_range(100));
/// assert!(is_in_range(599));
/// assert!(!is_in_range(99));
/// assert!(!is_in_range(600));
/// ```
pub const fn is_in_range(code: u16) -> bool {
    FIRST_CODE <= code && code <= LAST_CODE
}

/// The class of a status code, given by its first digit.
///
/// RFC 9110, Section 15 defines five. A client that receives a code it does
/// not know must treat it as the `x00` code of its class, which is what
/// status-core's `Status::understand` does.
///
/// ```
/// use status_vocab::Class;
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

    /// The class of any code in 100..=599, known or not: `None` exactly
    /// when [`is_in_range`] is false.
    ///
    /// ```
    /// use status_vocab::Class;
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
    /// use status_vocab::Class;
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
    /// use status_vocab::Class;
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

    /// The name RFC 9110 gives the class, such as "Client Error"; what
    /// `Display` writes.
    ///
    /// ```
    /// use status_vocab::Class;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_in_range_has_the_class_of_its_first_digit() {
        for code in 0..=u16::MAX {
            let class = Class::of(code);
            assert_eq!(class.is_some(), is_in_range(code), "{code}");
            if let Some(class) = class {
                assert_eq!(class.first_code(), code / 100 * 100);
                assert!(class.codes().contains(&code));
            }
        }
    }

    #[test]
    fn classes_are_in_order_and_cover_the_range() {
        assert_eq!(Class::ALL[0].first_code(), FIRST_CODE);
        assert_eq!(*Class::ALL[4].codes().end(), LAST_CODE);
        for pair in Class::ALL.windows(2) {
            assert!(pair[0] < pair[1]);
            assert_eq!(pair[0].codes().end() + 1, pair[1].first_code());
        }
    }

    #[test]
    fn display_pads_the_name() {
        extern crate alloc;
        assert_eq!(
            alloc::format!("[{:>14}]", Class::ClientError),
            "[  Client Error]"
        );
        assert_eq!(alloc::format!("{}", Class::Informational), "Informational");
    }
}
