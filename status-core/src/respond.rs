//! What handlers return, shared by the `axum` and `actix-web` features: a
//! status with a body, a JSON body, and how an error type deriving
//! [`HttpError`](crate::HttpError) becomes a [`Problem`].

use alloc::string::ToString;
use core::fmt;
use std::sync::OnceLock;

use crate::external::ErrorStatus;
use crate::problem::Problem;
use crate::status::Status;

/// A response body sent with a status other than the body's own, made by
/// `status.with(body)` and `status.json(value)` on [`Status`] or on any
/// enum that `registry!` generates.
///
/// It is what `(StatusCode, body)` is in axum and
/// `HttpResponse::build(code).body(body)` in actix-web, without naming the
/// framework's status type: `status!(201).json(user)` is the whole answer.
///
/// The status replaces the one the body would have sent, except when the
/// body itself failed with a 5xx (a [`JsonBody`] that could not be
/// serialized answers 500): that failure is kept rather than hidden
/// behind a success code.
///
/// ```
/// use status_core::status;
///
/// let answer = status!(201).json([1, 2, 3]);
/// assert_eq!(answer.code(), 201);
/// assert_eq!(answer.body().0, [1, 2, 3]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WithStatus<B> {
    // The code rather than a `Status`, so that other status types can
    // answer through the same wrapper.
    code: u16,
    reason: &'static str,
    body: B,
}

impl<B> WithStatus<B> {
    /// What the `with` and `json` methods of every status type build. Not
    /// public API: the methods are the way in.
    #[doc(hidden)]
    pub const fn __new(code: u16, reason: &'static str, body: B) -> WithStatus<B> {
        WithStatus { code, reason, body }
    }

    /// The reason phrase of the status, for the status line.
    pub(crate) const fn reason(&self) -> &'static str {
        self.reason
    }

    /// The code of the status the response is sent with.
    ///
    /// ```
    /// use status_core::status;
    ///
    /// assert_eq!(status!(202).with("queued").code(), 202);
    /// ```
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The body.
    ///
    /// ```
    /// use status_core::status;
    ///
    /// assert_eq!(*status!(202).with("queued").body(), "queued");
    /// ```
    pub const fn body(&self) -> &B {
        &self.body
    }

    /// The body, giving up the status.
    ///
    /// ```
    /// use status_core::status;
    ///
    /// assert_eq!(status!(202).with("queued").into_body(), "queued");
    /// ```
    pub fn into_body(self) -> B {
        self.body
    }
}

/// A body sent as `application/json`, serialized with serde_json.
///
/// `status.json(value)` wraps a value in it; on its own it answers 200 OK.
/// A value that fails to serialize, such as a map with non-string keys,
/// answers 500 with a [`Problem`] and no detail, and the serde_json error
/// goes to the [server error hook](set_server_error_hook).
///
/// ```
/// use status_core::JsonBody;
///
/// let body = JsonBody(vec!["a", "b"]);
/// assert_eq!(body.0.len(), 2);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct JsonBody<T>(pub T);

impl<T: serde::Serialize> JsonBody<T> {
    /// The serialized body, or `None` after reporting why there is none;
    /// the caller then answers [`JsonBody::failed`].
    pub(crate) fn to_json(&self) -> Option<alloc::vec::Vec<u8>> {
        serde_json::to_vec(&self.0)
            .map_err(|error| {
                let status = Status::InternalServerError;
                report(status.code(), status.phrase(), &error);
            })
            .ok()
    }

    /// What a body that does not serialize answers.
    pub(crate) fn failed() -> Problem {
        Problem::new(Status::InternalServerError)
    }
}

/// A server error that an [`HttpError`](crate::HttpError) type turned into
/// a response, as the [server error hook](set_server_error_hook) receives
/// it.
///
/// The client sees only the status and, unless the type opted in with
/// `#[http_error(detail)]`, no detail; this holds what was left out.
///
/// ```
/// use status_core::ServerError;
///
/// fn log(error: &ServerError<'_>) {
///     eprintln!("{} {}: {}", error.code(), error.phrase(), error.error());
/// }
/// status_core::set_server_error_hook(log).unwrap();
/// ```
pub struct ServerError<'a> {
    code: u16,
    phrase: &'static str,
    error: &'a dyn fmt::Display,
}

impl ServerError<'_> {
    /// The status code sent, such as 500.
    ///
    /// ```
    /// fn log(error: &status_core::ServerError<'_>) {
    ///     assert!((500..=599).contains(&error.code()));
    /// }
    /// ```
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The reason phrase sent with the code, such as `Internal Server
    /// Error`.
    ///
    /// ```
    /// fn log(error: &status_core::ServerError<'_>) {
    ///     assert!(!error.phrase().is_empty());
    /// }
    /// ```
    pub const fn phrase(&self) -> &'static str {
        self.phrase
    }

    /// The error itself: its `Display` is the message the client did not
    /// get.
    ///
    /// ```
    /// fn log(error: &status_core::ServerError<'_>) {
    ///     let message = error.error().to_string();
    /// }
    /// ```
    pub fn error(&self) -> &dyn fmt::Display {
        self.error
    }
}

/// Writes `500 Internal Server Error: <the error>`.
impl fmt::Display for ServerError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.code, self.phrase, self.error)
    }
}

impl fmt::Debug for ServerError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServerError")
            .field("code", &self.code)
            .field("phrase", &self.phrase)
            .field("error", &format_args!("{}", self.error))
            .finish()
    }
}

/// What receives server errors; unset, they are written to standard
/// error.
static SERVER_ERROR_HOOK: OnceLock<fn(&ServerError<'_>)> = OnceLock::new();

/// Sets the function that receives every 5xx error an
/// [`HttpError`](crate::HttpError) type answers with, and every body that
/// failed to serialize.
///
/// The detail of a server error is kept from the client, so this is where
/// it goes instead: to `tracing`, `log` or a metrics counter. Until a hook
/// is set, each one is written to standard error as `500 Internal Server
/// Error: <the error>`. Set it once, at start-up, before the server takes
/// requests.
///
/// # Errors
///
/// [`HookAlreadySet`] if a hook was set before; the first one stays.
///
/// ```
/// use status_core::{set_server_error_hook, ServerError};
///
/// fn to_log(error: &ServerError<'_>) {
///     // For example: tracing::error!(code = error.code(), "{}", error.error());
///     eprintln!("{error}");
/// }
///
/// assert!(set_server_error_hook(to_log).is_ok());
/// assert!(set_server_error_hook(to_log).is_err());
/// ```
pub fn set_server_error_hook(hook: fn(&ServerError<'_>)) -> Result<(), HookAlreadySet> {
    SERVER_ERROR_HOOK.set(hook).map_err(|_| HookAlreadySet(()))
}

/// The error of [`set_server_error_hook`] when a hook was already set.
///
/// ```
/// use status_core::set_server_error_hook;
///
/// set_server_error_hook(|_| {}).unwrap();
/// let error = set_server_error_hook(|_| {}).unwrap_err();
/// assert!(error.to_string().starts_with("the server error hook is already set"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HookAlreadySet(());

impl fmt::Display for HookAlreadySet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "the server error hook is already set and keeps its first value; \
             call set_server_error_hook once, at start-up",
        )
    }
}

impl core::error::Error for HookAlreadySet {}

/// Hands a server error to the hook, or to standard error.
pub(crate) fn report(code: u16, phrase: &'static str, error: &dyn fmt::Display) {
    let error = ServerError {
        code,
        phrase,
        error,
    };
    match SERVER_ERROR_HOOK.get() {
        Some(hook) => hook(&error),
        None => std::eprintln!("{error}"),
    }
}

/// The problem an `HttpError` type answers with. Server errors go to the
/// hook, and show their detail only where the type opted in.
#[doc(hidden)]
pub fn error_problem<E: ErrorStatus + fmt::Display + ?Sized>(error: &E) -> Problem {
    let (code, phrase) = error.__status_parts();
    let server_error = (500..=599).contains(&code);
    if server_error {
        report(code, phrase, &error);
    }
    let problem = Problem::from_parts(code, phrase);
    if error.__show_detail().unwrap_or(!server_error) {
        problem.with_detail(error.to_string())
    } else {
        problem
    }
}
