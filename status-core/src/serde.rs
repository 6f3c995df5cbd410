//! `Serialize` and `Deserialize` for [`Status`], with the `serde` feature.
//!
//! A status is its number on the wire. Human-readable formats also accept
//! the three-digit string, since codes often arrive as text (`"404"`) in
//! JSON, query strings and configuration files.

use core::fmt;

use ::serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use ::serde::ser::{Serialize, Serializer};

use crate::status::Status;

/// What a deserialization error says was expected.
const EXPECTED: &str = "a registered HTTP status code";

/// Serializes the code as a `u16`: `404` in JSON, not `"404"` or
/// `"NotFound"`.
///
/// ```
/// use core::fmt;
///
/// use serde::Serialize;
/// use status_core::Status;
///
/// // serde can write any primitive through a `fmt::Formatter`.
/// struct Serialized<T>(T);
///
/// impl<T: Serialize> fmt::Display for Serialized<T> {
///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
///         self.0.serialize(f)
///     }
/// }
///
/// assert_eq!(Serialized(Status::NotFound).to_string(), "404");
/// ```
impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

/// Deserializes a registered code from its number, or in a human-readable
/// format also from its three digits as a string.
///
/// Binary formats are asked for a `u16`, which is what [`Serialize`] wrote,
/// so formats that are not self-describing round-trip. Anything else, such
/// as 499 or `"abc"`, is an `invalid value` error that names what was found
/// and says a registered HTTP status code was expected.
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
impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Status, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(StatusVisitor)
        } else {
            deserializer.deserialize_u16(StatusVisitor)
        }
    }
}

struct StatusVisitor;

impl<'de> Visitor<'de> for StatusVisitor {
    type Value = Status;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EXPECTED)
    }

    // Narrower integers reach this through serde's default `visit_u16` and
    // friends.
    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Status, E> {
        u16::try_from(value)
            .ok()
            .and_then(|code| Status::from_u16(code).ok())
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(value), &EXPECTED))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Status, E> {
        u16::try_from(value)
            .ok()
            .and_then(|code| Status::from_u16(code).ok())
            .ok_or_else(|| E::invalid_value(Unexpected::Signed(value), &EXPECTED))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Status, E> {
        Status::from_bytes(value.as_bytes())
            .map_err(|_| E::invalid_value(Unexpected::Str(value), &EXPECTED))
    }
}
