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
use alloc::boxed::Box;
use alloc::string::{String, ToString};
use core::fmt;

use ::serde::de::{Deserialize, Deserializer};
use ::serde::ser::{self, Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

use crate::class::Class;
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
/// problem bodies, follows RFC 9457: every member is optional, a standard
/// member whose value has the wrong JSON type is ignored, any status code
/// is kept, and every member it does not know is kept as an extension. A
/// problem read and written again has the members it was read with.
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
    // `None` for a member a problem was read without; `Problem::new`
    // sets `type_uri`, `title` and `status`.
    type_uri: Option<Cow<'static, str>>,
    title: Option<Cow<'static, str>>,
    status: Option<u16>,
    // The code the problem is sent with: `status`, or 500 for a problem
    // read without one. The code and not a `Status`, so that problems of
    // other status types, and codes no data has, can share this one.
    code: u16,
    // The reason phrase for the status line, which `title` may replace in
    // the body.
    reason: &'static str,
    detail: Option<Cow<'static, str>>,
    instance: Option<Cow<'static, str>>,
    extensions: Map<String, Value>,
    // The first extension member that did not serialize, and why.
    unserializable: Option<Box<(String, String)>>,
}

impl Problem {
    /// The media type of a problem serialized as JSON (RFC 9457,
    /// Section 3).
    pub const CONTENT_TYPE: &'static str = "application/problem+json";

    /// A problem that says what `status` says: `type` is `about:blank`,
    /// `title` is the reason phrase and `status` the code.
    ///
    /// `status` is a [`Status`], a status of any enum `registry!`
    /// generates, or with the `http` feature an `http::StatusCode` (see
    /// [`ProblemStatus`]). Nothing is allocated until a member is set to a
    /// `String`.
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
    pub fn new<S: ProblemStatus>(status: S) -> Problem {
        let (code, phrase) = status.__code_and_phrase();
        Problem::from_parts(code, phrase)
    }

    /// A problem for a status given as its code and reason phrase.
    pub(crate) fn from_parts(code: u16, phrase: &'static str) -> Problem {
        Problem {
            type_uri: Some(Cow::Borrowed(ABOUT_BLANK)),
            title: Some(Cow::Borrowed(phrase)),
            status: Some(code),
            code,
            reason: phrase,
            detail: None,
            instance: None,
            extensions: Map::new(),
            unserializable: None,
        }
    }

    /// A problem read without `status`, sent with [`Problem::UNSTATED`]:
    /// nothing but the members read.
    fn unstated() -> Problem {
        let (code, reason) = Problem::UNSTATED.__code_and_phrase();
        Problem {
            type_uri: None,
            title: None,
            status: None,
            code,
            reason,
            detail: None,
            instance: None,
            extensions: Map::new(),
            unserializable: None,
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
        self.type_uri = Some(type_uri.into());
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
        self.title = Some(title.into());
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
    /// The value is anything serde can serialize: numbers, strings, a
    /// list of field errors, a struct of your own that derives
    /// `Serialize`, or a `Value` built with `serde_json::json!`. A name of a
    /// standard member (`type`, `title`, `status`, `detail`, `instance`)
    /// is not an extension: such an entry is kept but never serialized, so
    /// it cannot contradict the member of that name. Use the `with_*`
    /// method for the member instead.
    ///
    /// ```
    /// use serde::Serialize;
    /// use status_core::{status, Problem};
    ///
    /// #[derive(Serialize)]
    /// struct FieldError {
    ///     pointer: &'static str,
    ///     detail: &'static str,
    /// }
    ///
    /// let problem = Problem::new(status!(422))
    ///     .with_extension("retry", false)
    ///     .with_extension("errors", [FieldError { pointer: "#/age", detail: "must be positive" }]);
    /// assert_eq!(problem.extension("errors").unwrap()[0]["pointer"], "#/age");
    /// ```
    ///
    /// # A value that does not serialize
    ///
    /// Such as a map whose keys are not strings. The member is left out, and
    /// the problem keeps the failure rather than losing it: serializing the
    /// problem is then an error that names the member and says why, and as
    /// a framework response (`axum`, `actix-web`) the problem is sent
    /// without the member while the failure goes to the
    /// [server error hook](crate::set_server_error_hook), as a body that
    /// does not serialize does. Only the first failure is kept.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// use status_core::{status, Problem};
    ///
    /// let by_pair = BTreeMap::from([((1, 2), "a")]);
    /// let problem = Problem::new(status!(400)).with_extension("pairs", by_pair);
    /// assert_eq!(problem.extension("pairs"), None);
    /// let error = serde_json::to_string(&problem).unwrap_err().to_string();
    /// assert!(error.starts_with("the extension member `pairs` did not serialize: "), "{error}");
    /// ```
    #[must_use]
    pub fn with_extension<T: Serialize>(mut self, name: impl Into<String>, value: T) -> Problem {
        let name = name.into();
        match serde_json::to_value(value) {
            Ok(value) => {
                self.extensions.insert(name, value);
            }
            Err(error) => {
                self.extensions.remove(&name);
                if self.unserializable.is_none() {
                    self.unserializable = Some(Box::new((name, error.to_string())));
                }
            }
        }
        self
    }

    /// The `type` member, `about:blank` unless set; a problem read
    /// without `type` means `about:blank` too (RFC 9457, Section 3.1.1).
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// assert_eq!(Problem::new(status!(400)).type_uri(), "about:blank");
    /// ```
    pub fn type_uri(&self) -> &str {
        self.type_uri.as_deref().unwrap_or(ABOUT_BLANK)
    }

    /// The `title` member, the reason phrase unless set. For a problem
    /// read without `title`, the reason phrase of the status it is sent
    /// with.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// assert_eq!(Problem::new(status!(422)).title(), "Unprocessable Content");
    /// ```
    pub fn title(&self) -> &str {
        self.title.as_deref().unwrap_or(self.reason)
    }

    /// The status code the problem is sent with.
    ///
    /// It is the `status` member: the code [`Problem::new`] was given, or
    /// the one a problem was read with, registered or not. A problem read
    /// without `status` (which RFC 9457 allows) is sent with
    /// [`Problem::UNSTATED`], 500; [`Problem::status`] tells the two apart.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// assert_eq!(Problem::new(status!(503)).code(), 503);
    /// let read: Problem = serde_json::from_str(r#"{"title": "Out of credit"}"#).unwrap();
    /// assert_eq!(read.code(), 500);
    /// ```
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The `status` member as the problem carries it: `None` for a problem
    /// read without one, or with one that is not a number from 100 to 599.
    ///
    /// RFC 9457 makes the member optional and advisory: the status of the
    /// HTTP response is the one that counts. A client reading a problem
    /// takes the status from the response when this is `None`.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// assert_eq!(Problem::new(status!(404)).status(), Some(404));
    /// let read: Problem = serde_json::from_str(r#"{"status": "404"}"#).unwrap();
    /// assert_eq!(read.status(), None);
    /// let upstream: Problem = serde_json::from_str(r#"{"status": 520}"#).unwrap();
    /// assert_eq!(upstream.status(), Some(520));
    /// ```
    pub const fn status(&self) -> Option<u16> {
        self.status
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

    /// The problem as JSON bytes, leaving out an extension member that did
    /// not serialize. Frameworks send it through `respond::problem_json`,
    /// which reports that member's failure.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub(crate) fn to_json(&self) -> alloc::vec::Vec<u8> {
        // Strings, numbers and `Value`s always serialize; the fallback
        // only keeps this free of panics.
        serde_json::to_vec(&Written(self)).unwrap_or_else(|_| alloc::vec::Vec::from(&b"{}"[..]))
    }

    /// The name of the extension member given to
    /// [`with_extension`](Problem::with_extension) that did not serialize,
    /// and why, if one did not.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub(crate) fn unserializable_member(&self) -> Option<(&str, &str)> {
        self.unserializable
            .as_deref()
            .map(|(name, error)| (name.as_str(), error.as_str()))
    }

    /// The code the problem is sent with when it was read without
    /// `status`: 500 Internal Server Error, the status of an error no one
    /// classified. Its `title`, when none was read, is that status's
    /// phrase.
    ///
    /// ```
    /// use status_core::{status, Problem};
    ///
    /// assert_eq!(Problem::UNSTATED, status!(500));
    /// ```
    pub const UNSTATED: Status = Status::InternalServerError;
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
        write!(f, "{} {}", self.code, self.title())?;
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

/// Writes the standard members in RFC 9457's order, then the extension
/// members. A member a problem was read without, or `detail` and
/// `instance` when unset, is left out, so a problem read and written again
/// has the members it had.
///
/// # Errors
///
/// If an extension member given to [`Problem::with_extension`] did not
/// serialize: the error names it and says why.
impl Serialize for Problem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if let Some(failure) = &self.unserializable {
            let (name, error) = &**failure;
            return Err(ser::Error::custom(format_args!(
                "the extension member `{name}` did not serialize: {error}"
            )));
        }
        Written(self).serialize(serializer)
    }
}

/// A problem's members, without the check for an extension member that
/// did not serialize.
struct Written<'a>(&'a Problem);

impl Serialize for Written<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let problem = self.0;
        let mut map = serializer.serialize_map(None)?;
        if let Some(type_uri) = &problem.type_uri {
            map.serialize_entry("type", type_uri)?;
        }
        if let Some(title) = &problem.title {
            map.serialize_entry("title", title)?;
        }
        if let Some(status) = &problem.status {
            map.serialize_entry("status", status)?;
        }
        if let Some(detail) = &problem.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = &problem.instance {
            map.serialize_entry("instance", instance)?;
        }
        for (name, value) in &problem.extensions {
            if !STANDARD_MEMBERS.contains(&name.as_str()) {
                map.serialize_entry(name, value)?;
            }
        }
        map.end()
    }
}

/// Reads a problem body as RFC 9457 says.
///
/// Every member is optional. A standard member whose value has the wrong
/// JSON type, such as `"detail": 5` or `"status": "404"`, is ignored
/// (RFC 9457, Section 3.1), and so is a `status` that is not a whole
/// number from 100 to 599. Any status code in that range is kept,
/// registered or not, such as a 520 from an upstream. Every other member
/// is kept as an extension. Only a body that is not a JSON object is an
/// error.
///
/// Written again, the problem has the members it was read with. A
/// problem read without `status` is sent with [`Problem::UNSTATED`]; see
/// [`Problem::code`] and [`Problem::status`].
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
/// let upstream: Problem = serde_json::from_str(r#"{"status": 520}"#).unwrap();
/// assert_eq!(upstream.code(), 520);
/// assert_eq!(serde_json::to_string(&upstream).unwrap(), r#"{"status":520}"#);
/// ```
impl<'de> Deserialize<'de> for Problem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Problem, D::Error> {
        let mut members = Map::<String, Value>::deserialize(deserializer)?;
        let status = match members.remove("status") {
            Some(Value::Number(number)) => number
                .as_u64()
                .and_then(|code| u16::try_from(code).ok())
                .filter(|&code| status_vocab::is_in_range(code)),
            _ => None,
        };
        let mut problem = Problem::unstated();
        if let Some(code) = status {
            problem.status = Some(code);
            problem.code = code;
            problem.reason = phrase_of(code);
        }
        problem.type_uri = take_string(&mut members, "type").map(Cow::Owned);
        problem.title = take_string(&mut members, "title").map(Cow::Owned);
        problem.detail = take_string(&mut members, "detail").map(Cow::Owned);
        problem.instance = take_string(&mut members, "instance").map(Cow::Owned);
        problem.extensions = members;
        Ok(problem)
    }
}

/// The reason phrase for a code from 100 to 599: the data's, or for a code
/// it does not have, the name of its class.
fn phrase_of(code: u16) -> &'static str {
    match Status::from_u16(code) {
        Ok(status) => status.phrase(),
        Err(_) => Class::of(code).map_or("", Class::as_str),
    }
}

/// Removes a standard member, keeping its value only if it is a string.
fn take_string(members: &mut Map<String, Value>, name: &str) -> Option<String> {
    match members.remove(name) {
        Some(Value::String(value)) => Some(value),
        _ => None,
    }
}

/// A status a [`Problem`] can be made for: what [`Problem::new`] takes.
///
/// It is implemented for [`Status`] and every enum `registry!` generates,
/// whose phrase becomes the title, and with the `http` feature for
/// `http::StatusCode`: a code `codes.toml` has gets the data's phrase, and
/// any other the phrase http knows, or the name of its class.
///
/// ```
/// use status_core::{status, Problem};
///
/// assert_eq!(Problem::new(status!(404)).title(), "Not Found");
/// ```
///
/// ```
/// # #[cfg(feature = "http")] {
/// use status_core::Problem;
///
/// let problem = Problem::new(http::StatusCode::PAYLOAD_TOO_LARGE);
/// assert_eq!(problem.title(), "Content Too Large"); // the data's, not http's
/// let upstream = Problem::new(http::StatusCode::from_u16(520).unwrap());
/// assert_eq!((upstream.code(), upstream.title()), (520, "Server Error"));
/// # }
/// ```
pub trait ProblemStatus {
    /// The code and the reason phrase. Not public API: `Problem::new` is
    /// the way in.
    #[doc(hidden)]
    fn __code_and_phrase(self) -> (u16, &'static str);
}

impl<S: HttpStatus> ProblemStatus for S {
    fn __code_and_phrase(self) -> (u16, &'static str) {
        (self.code(), self.phrase())
    }
}

#[cfg(feature = "http")]
impl ProblemStatus for ::http::StatusCode {
    fn __code_and_phrase(self) -> (u16, &'static str) {
        let code = self.as_u16();
        let phrase = match (Status::from_u16(code), self.canonical_reason()) {
            (Ok(status), _) => status.phrase(),
            (Err(_), Some(phrase)) => phrase,
            (Err(_), None) => Class::of(code).map_or("", Class::as_str),
        };
        (code, phrase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;
    use serde_json::json;

    fn round_trip(json: Value) {
        let problem: Problem = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(serde_json::to_value(&problem).unwrap(), json);
    }

    /// RFC 9457, Section 3, as printed there.
    #[test]
    fn the_out_of_credit_example_round_trips() {
        round_trip(json!({
            "type": "https://example.com/probs/out-of-credit",
            "title": "You do not have enough credit.",
            "detail": "Your current balance is 30, but that costs 50.",
            "instance": "/account/12345/msgs/abc",
            "balance": 30,
            "accounts": ["/account/12345", "/account/67890"]
        }));
    }

    /// RFC 9457, Section 3, as printed there.
    #[test]
    fn the_validation_error_example_round_trips() {
        round_trip(json!({
            "type": "https://example.net/validation-error",
            "title": "Your request is not valid.",
            "errors": [
                {"detail": "must be a positive integer", "pointer": "#/age"},
                {"detail": "must be 'green', 'red' or 'blue'", "pointer": "#/profile/color"}
            ]
        }));
    }

    #[test]
    fn a_status_of_the_wrong_type_or_range_is_ignored_and_any_code_kept() {
        for ignored in [
            json!("404"),
            json!(99),
            json!(600),
            json!(70000),
            json!(-404),
            json!(404.5),
            json!(null),
        ] {
            let problem: Problem = serde_json::from_value(json!({ "status": ignored })).unwrap();
            assert_eq!(problem.status(), None, "{ignored}");
            assert_eq!(problem.code(), 500);
            assert_eq!(problem.title(), "Internal Server Error");
            assert_eq!(serde_json::to_value(&problem).unwrap(), json!({}));
        }
        let upstream: Problem = serde_json::from_value(json!({"status": 520})).unwrap();
        assert_eq!((upstream.status(), upstream.code()), (Some(520), 520));
        assert_eq!(upstream.title(), "Server Error");
        let nginx: Problem = serde_json::from_value(json!({"status": 499})).unwrap();
        assert_eq!(nginx.code(), 499);
        assert!(serde_json::from_value::<Problem>(json!([404])).is_err());
    }

    #[test]
    fn a_new_problem_writes_type_title_and_status() {
        let problem = Problem::new(Status::Gone);
        let written = serde_json::to_value(&problem).unwrap();
        assert_eq!(
            written,
            json!({"type": "about:blank", "title": "Gone", "status": 410})
        );
        let read: Problem = serde_json::from_value(written).unwrap();
        assert_eq!(read, problem);
    }

    #[test]
    fn an_extension_takes_any_serializable_value() {
        let problem = Problem::new(Status::BadRequest)
            .with_extension("errors", vec![("#/age", 1)])
            .with_extension("ok", Some(true));
        assert_eq!(problem.extension("errors"), Some(&json!([["#/age", 1]])));
        assert_eq!(problem.extension("ok"), Some(&json!(true)));
    }

    #[test]
    fn an_extension_that_does_not_serialize_is_kept_as_an_error() {
        let mut keys = alloc::collections::BTreeMap::new();
        keys.insert(vec![1], 2);
        let problem = Problem::new(Status::BadRequest)
            .with_extension("keys", 1)
            .with_extension("keys", keys);
        assert_eq!(problem.extension("keys"), None);
        let error = serde_json::to_string(&problem).unwrap_err().to_string();
        assert!(
            error.starts_with("the extension member `keys` did not serialize"),
            "{error}"
        );
    }
}
