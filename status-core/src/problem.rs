//! [`Problem`]: an RFC 9457 problem details object, with the `problem`
//! feature.
//!
//! A problem is the JSON body an HTTP API sends with an error status so that
//! a client can tell one failure from another without parsing prose. RFC 9457
//! defines five standard members (`type`, `title`, `status`, `detail`,
//! `instance`) and lets an API add its own, the extension members.
//!
//! ```
//! use status_core::{status, Problem};
//!
//! let problem = Problem::new(status!(404)).with_detail("no user 7");
//! assert_eq!(
//!     serde_json::to_string(&problem).unwrap(),
//!     r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"no user 7"}"#,
//! );
//! ```

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;

use ::serde::de::{self, Deserialize, Deserializer};
use ::serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

use crate::generic::HttpStatus;
use crate::status::Status;

/// The `type` of a problem that says no more than its status code
/// (RFC 9457, Section 4.2.1).
const ABOUT_BLANK: &str = "about:blank";

/// The names of the standard members, which extension members cannot
/// take.
const STANDARD_MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// An RFC 9457 problem details object: what went wrong, as JSON a client
/// can act on.
///
/// [`Problem::new`] starts from a status: `type` is `about:blank`, which
/// RFC 9457 defines as "nothing more than the status code says", `title` is
/// the status's reason phrase and `status` is its code. The `with_*`
/// methods add the rest. With the `axum` or `actix-web` feature, a problem
/// is a response of its own, sent with the status it carries and the
/// content type [`Problem::CONTENT_TYPE`].
///
/// Serialization writes the standard members first, in the RFC's order,
/// then the extension members. Deserialization, for clients that read
/// problem bodies, checks that `status` is present and is a registered
/// code, keeps every member it does not know as an extension, and ignores
/// a standard member whose value has the wrong JSON type, as RFC 9457,
/// Section 3.1 requires.
///
/// ```
/// use status_core::{status, Problem};
///
/// let problem = Problem::new(status!(403))
///     .with_type("https://example.com/probs/out-of-credit")
///     .with_title("You do not have enough credit.")
///     .with_detail("Your current balance is 30, but that costs 50.")
///     .with_instance("/account/12345/msgs/abc")
///     .with_extension("balance", 30);
///
/// let json = serde_json::to_value(&problem).unwrap();
/// assert_eq!(json["status"], 403);
/// assert_eq!(json["balance"], 30);
///
/// let read: Problem = serde_json::from_value(json).unwrap();
/// assert_eq!(read, problem);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    type_uri: Cow<'static, str>,
    title: Cow<'static, str>,
    // The code and not a `Status`, so that problems of other status types
    // can share this one.
    code: u16,
    // The reason phrase for the status line, which `title` may replace in
    // the body.
    reason: &'static str,
    detail: Option<Cow<'static, str>>,
    instance: Option<Cow<'static, str>>,
    extensions: Map<String, Value>,
}

impl Problem {
    /// The media type of a problem serialized as JSON (RFC 9457,
    /// Section 3).
    pub const CONTENT_TYPE: &'static str = "application/problem+json";

    /// A problem that says what `status` says: `type` is `about:blank`,
    /// `title` is the reason phrase and `status` the code.
    ///
    /// `status` is a [`Status`] or a status of any enum `registry!`
    /// generates. Nothing is allocated until a member is set to a `String`.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// let problem = Problem::new(status!(429));
    /// assert_eq!(problem.type_uri(), "about:blank");
    /// assert_eq!(problem.title(), "Too Many Requests");
    /// assert_eq!(problem.code(), 429);
    /// assert_eq!(problem.detail(), None);
    /// ```
    pub fn new<S: HttpStatus>(status: S) -> Problem {
        Problem::from_parts(status.code(), status.phrase())
    }

    /// A problem for a status given as its code and reason phrase.
    pub(crate) fn from_parts(code: u16, phrase: &'static str) -> Problem {
        Problem {
            type_uri: Cow::Borrowed(ABOUT_BLANK),
            title: Cow::Borrowed(phrase),
            code,
            reason: phrase,
            detail: None,
            instance: None,
            extensions: Map::new(),
        }
    }

    /// Sets `type`: a URI that names the kind of problem, which clients
    /// compare to tell problems apart. RFC 9457 asks that it be absolute and,
    /// if it can be dereferenced, lead to documentation for people.
    ///
    /// Leave it `about:blank` when the status code says all there is.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// let problem = Problem::new(status!(409)).with_type("https://example.com/probs/taken");
    /// assert_eq!(problem.type_uri(), "https://example.com/probs/taken");
    /// ```
    #[must_use]
    pub fn with_type(mut self, type_uri: impl Into<Cow<'static, str>>) -> Problem {
        self.type_uri = type_uri.into();
        self
    }

    /// Sets `title`: a short summary of the kind of problem, the same for
    /// every occurrence of one `type`. It is the reason phrase unless set.
    ///
    /// With `type` left `about:blank`, RFC 9457 asks that the title stay
    /// the reason phrase; set a title together with a `type` of your own.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// let problem = Problem::new(status!(409)).with_title("Name taken");
    /// assert_eq!(problem.title(), "Name taken");
    /// ```
    #[must_use]
    pub fn with_title(mut self, title: impl Into<Cow<'static, str>>) -> Problem {
        self.title = title.into();
        self
    }

    /// Sets `detail`: what went wrong this time, written for the client to
    /// fix the request, not to debug the server.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// let id = 7;
    /// let problem = Problem::new(status!(404)).with_detail(format!("no user {id}"));
    /// assert_eq!(problem.detail(), Some("no user 7"));
    /// ```
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<Cow<'static, str>>) -> Problem {
        self.detail = Some(detail.into());
        self
    }

    /// Sets `instance`: a URI for this occurrence of the problem, such as
    /// the request path or the id of a log entry.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// let problem = Problem::new(status!(404)).with_instance("/users/7");
    /// assert_eq!(problem.instance(), Some("/users/7"));
    /// ```
    #[must_use]
    pub fn with_instance(mut self, instance: impl Into<Cow<'static, str>>) -> Problem {
        self.instance = Some(instance.into());
        self
    }

    /// Adds an extension member, replacing one of the same name.
    ///
    /// The value is anything that converts into a [`serde_json::Value`]:
    /// numbers, strings, booleans, vectors of those, or a `Value` built with
    /// `serde_json::json!`. A name of a standard member (`type`, `title`,
    /// `status`, `detail`, `instance`) is not an extension: such an entry is
    /// kept but never serialized, so it cannot contradict the member of that
    /// name. Use the `with_*` method for the member instead.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// let problem = Problem::new(status!(429))
    ///     .with_extension("retry_after_seconds", 30)
    ///     .with_extension("limits", vec!["per-minute", "per-day"]);
    /// assert_eq!(problem.extension("retry_after_seconds"), Some(&30.into()));
    /// ```
    #[must_use]
    pub fn with_extension(mut self, name: impl Into<String>, value: impl Into<Value>) -> Problem {
        self.extensions.insert(name.into(), value.into());
        self
    }

    /// The `type` member, `about:blank` unless set.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// assert_eq!(Problem::new(status!(400)).type_uri(), "about:blank");
    /// ```
    pub fn type_uri(&self) -> &str {
        &self.type_uri
    }

    /// The `title` member, the reason phrase unless set.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// assert_eq!(Problem::new(status!(422)).title(), "Unprocessable Content");
    /// ```
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The `status` member: the code the problem was made for.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// assert_eq!(Problem::new(status!(503)).code(), 503);
    /// ```
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The `detail` member, if set.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// assert_eq!(Problem::new(status!(400)).with_detail("id must be a number").detail(), Some("id must be a number"));
    /// ```
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// The `instance` member, if set.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// assert_eq!(Problem::new(status!(400)).instance(), None);
    /// ```
    pub fn instance(&self) -> Option<&str> {
        self.instance.as_deref()
    }

    /// One extension member, by name.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// let problem = Problem::new(status!(400)).with_extension("field", "email");
    /// assert_eq!(problem.extension("field").and_then(|v| v.as_str()), Some("email"));
    /// assert_eq!(problem.extension("other"), None);
    /// ```
    pub fn extension(&self, name: &str) -> Option<&Value> {
        self.extensions.get(name)
    }

    /// Every extension member, including those a deserialized problem
    /// brought that this type does not know.
    ///
    /// ```
    /// use status_core::Problem;
    ///
    /// let problem: Problem =
    ///     serde_json::from_str(r#"{"status": 400, "field": "email", "trace": "a1"}"#).unwrap();
    /// assert_eq!(problem.extensions().len(), 2);
    /// ```
    pub const fn extensions(&self) -> &Map<String, Value> {
        &self.extensions
    }

    /// The extension members, to change them in place.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// let mut problem = Problem::new(status!(400)).with_extension("field", "email");
    /// problem.extensions_mut().remove("field");
    /// assert!(problem.extensions().is_empty());
    /// ```
    pub const fn extensions_mut(&mut self) -> &mut Map<String, Value> {
        &mut self.extensions
    }

    /// The reason phrase of the status, for the status line.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub(crate) const fn reason(&self) -> &'static str {
        self.reason
    }

    /// The problem as JSON bytes, as a framework sends it.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub(crate) fn to_json(&self) -> alloc::vec::Vec<u8> {
        // A map of strings, numbers and `Value`s always serializes; the
        // fallback only keeps this free of panics.
        serde_json::to_vec(self).unwrap_or_else(|_| alloc::vec::Vec::from(&b"{}"[..]))
    }
}

/// Writes the code, phrase and detail: `404 Not Found: no user 7`.
///
/// ```
/// use status_core::{status, Problem};
///
/// let problem = Problem::new(status!(404)).with_detail("no user 7");
/// assert_eq!(problem.to_string(), "404 Not Found: no user 7");
/// assert_eq!(Problem::new(status!(404)).to_string(), "404 Not Found");
/// ```
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.title)?;
        match &self.detail {
            Some(detail) => write!(f, ": {detail}"),
            None => Ok(()),
        }
    }
}

/// A problem is an error value, so handlers can return it in `Err`.
impl core::error::Error for Problem {}

impl From<Status> for Problem {
    /// The same as [`Problem::new`].
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// assert_eq!(Problem::from(status!(410)), Problem::new(status!(410)));
    /// ```
    fn from(status: Status) -> Problem {
        Problem::new(status)
    }
}

/// Writes the standard members in RFC 9457's order, leaving out `detail`
/// and `instance` when unset, then the extension members.
impl Serialize for Problem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.type_uri)?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("status", &self.code)?;
        if let Some(detail) = &self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        for (name, value) in &self.extensions {
            if !STANDARD_MEMBERS.contains(&name.as_str()) {
                map.serialize_entry(name, value)?;
            }
        }
        map.end()
    }
}

/// Reads a problem body.
///
/// `status` must be present and be a registered status code: a problem
/// without one cannot be answered with this type, and the error says which
/// it was. The other members are optional: `type` defaults to `about:blank`
/// and `title` to the reason phrase. A standard member whose value has the
/// wrong JSON type, such as `"detail": 5`, is ignored (RFC 9457,
/// Section 3.1). Every other member is kept as an extension.
///
/// ```
/// use status_core::Problem;
///
/// let problem: Problem =
///     serde_json::from_str(r#"{"status": 404, "detail": 5, "trace_id": "a1"}"#).unwrap();
/// assert_eq!(problem.title(), "Not Found");
/// assert_eq!(problem.detail(), None);
/// assert_eq!(problem.extension("trace_id").and_then(|v| v.as_str()), Some("a1"));
///
/// let error = serde_json::from_str::<Problem>(r#"{"status": 499}"#).unwrap_err();
/// assert!(error.to_string().starts_with("a problem's `status` must be a registered"));
/// ```
impl<'de> Deserialize<'de> for Problem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Problem, D::Error> {
        let mut members = Map::<String, Value>::deserialize(deserializer)?;
        let status = match members.remove("status") {
            Some(Value::Number(number)) => {
                let code = number.as_u64().and_then(|n| u16::try_from(n).ok());
                match code.and_then(|code| Status::try_from(code).ok()) {
                    Some(status) => status,
                    None => {
                        return Err(de::Error::custom(format_args!(
                            "a problem's `status` must be a registered HTTP status code, found {number}"
                        )));
                    }
                }
            }
            Some(other) => {
                return Err(de::Error::custom(format_args!(
                    "a problem's `status` must be a number such as 404, found {other}"
                )));
            }
            None => {
                return Err(de::Error::custom(
                    "a problem needs a `status` member with its HTTP status code, such as \"status\": 404",
                ));
            }
        };
        let mut problem = Problem::new(status);
        if let Some(type_uri) = take_string(&mut members, "type") {
            problem.type_uri = Cow::Owned(type_uri);
        }
        if let Some(title) = take_string(&mut members, "title") {
            problem.title = Cow::Owned(title);
        }
        problem.detail = take_string(&mut members, "detail").map(Cow::Owned);
        problem.instance = take_string(&mut members, "instance").map(Cow::Owned);
        problem.extensions = members;
        Ok(problem)
    }
}

/// Removes a standard member, keeping its value only if it is a string.
fn take_string(members: &mut Map<String, Value>, name: &str) -> Option<String> {
    match members.remove(name) {
        Some(Value::String(value)) => Some(value),
        _ => None,
    }
}
