//! Conversions between generated status enums and `http::StatusCode`, with
//! the `http` feature.

/// Implements, for a generated enum, `From<_> for http::StatusCode`,
/// `TryFrom<http::StatusCode>` and `==` with `http::StatusCode` in both
/// directions. The generator calls it for every enum; without the `http`
/// feature it expands to nothing.
///
/// Every status converts: `http` accepts any code in 100..=999, and codes
/// files only hold codes in 100..=599. The other way fails for a code that
/// `http` accepts but the data does not have, such as 499 for `Status`.
///
/// ```
/// use status_core::Status;
///
/// let code = http::StatusCode::from(Status::ContentTooLarge);
/// assert_eq!(code, http::StatusCode::PAYLOAD_TOO_LARGE);
/// assert_eq!(Status::try_from(http::StatusCode::NOT_FOUND), Ok(Status::NotFound));
///
/// let nginx = http::StatusCode::from_u16(499).unwrap();
/// assert_eq!(Status::try_from(nginx).unwrap_err().code(), 499);
///
/// assert!(Status::NotFound == http::StatusCode::NOT_FOUND);
/// assert!(http::StatusCode::NOT_FOUND == Status::NotFound);
/// ```
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http_status {
    ($ty:ident) => {
        impl ::core::convert::From<$ty> for $crate::__private::http::StatusCode {
            #[inline]
            fn from(status: $ty) -> $crate::__private::http::StatusCode {
                $crate::__private::http_enabled::to_http(status as ::core::primitive::u16)
            }
        }

        impl ::core::convert::TryFrom<$crate::__private::http::StatusCode> for $ty {
            type Error = $crate::UnknownStatus;

            #[inline]
            fn try_from(
                code: $crate::__private::http::StatusCode,
            ) -> ::core::result::Result<$ty, $crate::UnknownStatus> {
                $ty::from_u16(code.as_u16())
            }
        }

        impl ::core::cmp::PartialEq<$crate::__private::http::StatusCode> for $ty {
            #[inline]
            fn eq(&self, other: &$crate::__private::http::StatusCode) -> ::core::primitive::bool {
                *self as ::core::primitive::u16 == other.as_u16()
            }
        }

        impl ::core::cmp::PartialEq<$ty> for $crate::__private::http::StatusCode {
            #[inline]
            fn eq(&self, other: &$ty) -> ::core::primitive::bool {
                self.as_u16() == *other as ::core::primitive::u16
            }
        }
    };
}

/// Without the `http` feature there is nothing to implement.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http_status {
    ($ty:ident) => {};
}

/// What the enabled twin calls.
#[cfg(feature = "http")]
pub mod enabled {
    /// The `http::StatusCode` of a code from a codes file, all of which are in
    /// 100..=599.
    #[doc(hidden)]
    #[inline]
    pub fn to_http(code: u16) -> ::http::StatusCode {
        match ::http::StatusCode::from_u16(code) {
            Ok(code) => code,
            // Unreachable: codes files only admit 100..=599, which http accepts.
            Err(_) => ::http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}
