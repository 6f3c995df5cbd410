//! `Serialize` and `Deserialize` for every generated status enum, with the
//! `serde` feature.
//!
//! A status is its number on the wire. Human-readable formats also accept
//! the three-digit string, since codes often arrive as text (`"404"`) in
//! JSON, query strings and configuration files.

/// Implements `Serialize` and `Deserialize` for a generated enum. The
/// generator calls it for every enum; without the `serde` feature it
/// expands to nothing, so a user's crate needs no feature of its own.
///
/// ```
/// use serde::Deserialize;
/// use serde::de::IntoDeserializer;
/// use serde::de::value::Error;
/// use status_core::Status;
///
/// let number = Status::deserialize(IntoDeserializer::<Error>::into_deserializer(404u16));
/// assert_eq!(number, Ok(Status::NotFound));
///
/// let text = Status::deserialize(IntoDeserializer::<Error>::into_deserializer("404"));
/// assert_eq!(text, Ok(Status::NotFound));
///
/// let unknown = Status::deserialize(IntoDeserializer::<Error>::into_deserializer(499u16));
/// assert!(unknown.is_err());
/// ```
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde_status {
    ($ty:ident) => {
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serde_enabled::serialize(*self, serializer)
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<$ty, D::Error> {
                $crate::__private::serde_enabled::deserialize(deserializer)
            }
        }
    };
}

/// Without the `serde` feature there is nothing to implement.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde_status {
    ($ty:ident) => {};
}

/// What the enabled twin calls.
#[cfg(feature = "serde")]
pub mod enabled {
    use core::fmt;
    use core::marker::PhantomData;

    use ::serde::de::{self, Deserializer, Unexpected, Visitor};
    use ::serde::ser::Serializer;

    use crate::generic::HttpStatus;

    /// What a deserialization error says was expected.
    const EXPECTED: &str = "a registered HTTP status code";

    /// Serializes the code as a `u16`: `404` in JSON, not `"404"` or
    /// `"NotFound"`.
    #[doc(hidden)]
    pub fn serialize<T: HttpStatus, S: Serializer>(
        status: T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(status.code())
    }

    /// Deserializes a registered code from its number, or in a human-readable
    /// format also from its three digits as a string.
    ///
    /// Binary formats are asked for a `u16`, which is what `serialize` wrote,
    /// so formats that are not self-describing round-trip.
    #[doc(hidden)]
    pub fn deserialize<'de, T: HttpStatus, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(StatusVisitor(PhantomData))
        } else {
            deserializer.deserialize_u16(StatusVisitor(PhantomData))
        }
    }

    struct StatusVisitor<T>(PhantomData<T>);

    impl<T: HttpStatus> Visitor<'_> for StatusVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(EXPECTED)
        }

        // Narrower integers reach this through serde's default `visit_u16` and
        // friends.
        fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
            u16::try_from(value)
                .ok()
                .and_then(|code| T::from_u16(code).ok())
                .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(value), &EXPECTED))
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
            u16::try_from(value)
                .ok()
                .and_then(|code| T::from_u16(code).ok())
                .ok_or_else(|| E::invalid_value(Unexpected::Signed(value), &EXPECTED))
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
            T::from_bytes(value.as_bytes())
                .map_err(|_| E::invalid_value(Unexpected::Str(value), &EXPECTED))
        }
    }
}
