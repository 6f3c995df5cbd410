//! Conversions between [`Status`] and `http::StatusCode`, with the `http`
//! feature.

use ::http::StatusCode;

use crate::parse::UnknownStatus;
use crate::status::Status;

/// Every status converts: `http` accepts any code in 100..=999 and
/// `codes.toml` only holds codes in 100..=599.
///
/// ```
/// use status_core::Status;
///
/// let code = http::StatusCode::from(Status::ContentTooLarge);
/// assert_eq!(code, http::StatusCode::PAYLOAD_TOO_LARGE);
/// assert_eq!(code.as_u16(), 413);
/// ```
impl From<Status> for StatusCode {
    #[inline]
    fn from(status: Status) -> StatusCode {
        match StatusCode::from_u16(status.code()) {
            Ok(code) => code,
            Err(_) => unreachable!("every status code in codes.toml is in 100..=599"),
        }
    }
}

/// Fails for a code `http` accepts but `codes.toml` does not have, such as
/// 499 or 600.
///
/// ```
/// use status_core::Status;
///
/// assert_eq!(Status::try_from(http::StatusCode::NOT_FOUND), Ok(Status::NotFound));
///
/// let nginx = http::StatusCode::from_u16(499).unwrap();
/// assert_eq!(Status::try_from(nginx).unwrap_err().code(), 499);
/// ```
impl TryFrom<StatusCode> for Status {
    type Error = UnknownStatus;

    #[inline]
    fn try_from(code: StatusCode) -> Result<Status, UnknownStatus> {
        Status::try_from(code.as_u16())
    }
}

/// Compares with an `http::StatusCode` by code, so code moving from http
/// can compare the two types while it migrates.
///
/// ```
/// use status_core::Status;
///
/// assert!(Status::NotFound == http::StatusCode::NOT_FOUND);
/// assert!(Status::NotFound != http::StatusCode::OK);
/// ```
impl PartialEq<StatusCode> for Status {
    #[inline]
    fn eq(&self, other: &StatusCode) -> bool {
        self.code() == other.as_u16()
    }
}

/// Compares an `http::StatusCode` with a [`Status`] by code.
///
/// ```
/// use status_core::Status;
///
/// assert!(http::StatusCode::NOT_FOUND == Status::NotFound);
/// ```
impl PartialEq<Status> for StatusCode {
    #[inline]
    fn eq(&self, other: &Status) -> bool {
        self.as_u16() == other.code()
    }
}
