//! What handlers return, shared by the `axum` and `actix-web` features: a
//! status with a body, a JSON body, and how an error type deriving
//! [`HttpError`](crate::HttpError) becomes a [`Problem`].

use alloc::boxed::Box;
use core::error::Error;
use core::fmt;
use std::sync::OnceLock;

use crate::class::Class;
use crate::error_status::{ErrorProblem, problem_of};
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
/// The status's data decides whether the body goes out at all. A status
/// that allows no content, such as 204, 205 or 304, is sent without it, so
/// the connection stays in step for the next response; a 2xx of them also
/// loses the headers that describe content, while a 304 keeps its headers.
/// An interim 1xx cannot answer a request: the client gets 500, and the
/// [server error hook](set_server_error_hook) hears which handler status
/// was wrong. The same holds for a bare status, a [`Problem`] and an
/// [`HttpError`](crate::HttpError) type.
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
    /// Whether the status's data allows content.
    content: bool,
    body: B,
}

impl<B> WithStatus<B> {
    /// What the `with` and `json` methods of every status type build, with
    /// the status's code, reason phrase and `allows_content()`. Not public
    /// API: the methods are the way in.
    #[doc(hidden)]
    pub const fn __new(code: u16, reason: &'static str, content: bool, body: B) -> WithStatus<B> {
        WithStatus {
            code,
            reason,
            content,
            body,
        }
    }

    /// What the response may carry, from the status's data.
    pub(crate) const fn content(&self) -> Content {
        Content::of(self.code, self.content)
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

/// A server error whose detail the client did not get, as the
/// [server error hook](set_server_error_hook) receives it: a 5xx that an
/// [`HttpError`](crate::HttpError) type answered with, the text of a 5xx
/// that [`ProblemLayer`](crate::ProblemLayer) kept from the client, or a
/// body that failed to serialize.
///
/// The client sees only the status and, unless the type opted in with
/// `#[http_error(detail)]`, no detail; this holds what was left out. When
/// the error's type implements `std::error::Error`, as thiserror's types
/// do, [`sources`](ServerError::sources) walks the chain of errors that
/// caused it.
///
/// `{}` writes `500 Internal Server Error: <the error>`; the alternate
/// form `{:#}` adds each source after a colon, which is what standard
/// error gets when no hook is set.
///
/// ```
/// use status_core::ServerError;
///
/// fn log(error: &ServerError<'_>) {
///     eprintln!("{} {}: {}", error.code(), error.phrase(), error.error());
///     for cause in error.sources() {
///         eprintln!("  caused by: {cause}");
///     }
/// }
/// status_core::set_server_error_hook(log).unwrap();
/// ```
pub struct ServerError<'a> {
    code: u16,
    phrase: &'static str,
    error: &'a dyn fmt::Display,
    as_error: Option<&'a (dyn Error + 'a)>,
}

impl<'a> ServerError<'a> {
    /// The server error of status `code` and reason `phrase`. `as_error`
    /// is the same error as a `std::error::Error`, where its type
    /// implements it, so that the hook sees its sources. Not public API:
    /// what this crate and the code `HttpError` derives call.
    #[doc(hidden)]
    pub const fn __new(
        code: u16,
        phrase: &'static str,
        error: &'a dyn fmt::Display,
        as_error: Option<&'a (dyn Error + 'a)>,
    ) -> ServerError<'a> {
        ServerError {
            code,
            phrase,
            error,
            as_error,
        }
    }

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

    /// The error as a `std::error::Error`, if its type implements it: to
    /// downcast it, or hand it to a reporter that walks sources itself.
    ///
    /// ```
    /// fn log(error: &status_core::ServerError<'_>) {
    ///     if let Some(error) = error.as_error() {
    ///         let io = error.source().and_then(|s| s.downcast_ref::<std::io::Error>());
    ///     }
    /// }
    /// ```
    pub const fn as_error(&self) -> Option<&'a (dyn Error + 'a)> {
        self.as_error
    }

    /// The errors that caused this one, nearest first: the error's
    /// `source()`, that error's `source()`, and so on. Empty when the
    /// error's type does not implement `std::error::Error` or has no
    /// source.
    ///
    /// ```
    /// fn log(error: &status_core::ServerError<'_>) {
    ///     let causes: Vec<String> = error.sources().map(|e| e.to_string()).collect();
    /// }
    /// ```
    pub fn sources(&self) -> ErrorSources<'a> {
        ErrorSources {
            next: self.as_error.and_then(Error::source),
        }
    }
}

/// The chain of errors behind a [`ServerError`], nearest first; see
/// [`ServerError::sources`].
///
/// ```
/// fn log(error: &status_core::ServerError<'_>) {
///     let depth = error.sources().count();
/// }
/// ```
#[derive(Clone, Debug)]
pub struct ErrorSources<'a> {
    next: Option<&'a (dyn Error + 'static)>,
}

impl<'a> Iterator for ErrorSources<'a> {
    type Item = &'a (dyn Error + 'static);

    fn next(&mut self) -> Option<&'a (dyn Error + 'static)> {
        let current = self.next?;
        self.next = current.source();
        Some(current)
    }
}

/// Writes `500 Internal Server Error: <the error>`, and with `{:#}` each
/// source after it: `: <source>: <its source>`.
impl fmt::Display for ServerError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.code, self.phrase, self.error)?;
        if f.alternate() {
            for source in self.sources() {
                write!(f, ": {source}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Debug for ServerError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServerError")
            .field("code", &self.code)
            .field("phrase", &self.phrase)
            .field("error", &format_args!("{}", self.error))
            .field("sources", &self.sources().collect::<alloc::vec::Vec<_>>())
            .finish()
    }
}

/// What receives server errors.
type Hook = Box<dyn Fn(&ServerError<'_>) + Send + Sync>;

/// The hook, once set; unset, server errors go to the default reporter.
static SERVER_ERROR_HOOK: OnceLock<Hook> = OnceLock::new();

/// Sets what receives every server error whose detail the client does not
/// get: each 5xx an [`HttpError`](crate::HttpError) type answers with,
/// the text of each 5xx [`ProblemLayer`](crate::ProblemLayer) rewrites,
/// every body that failed to serialize, and every interim (1xx) status a
/// handler answered with, which the client got as 500.
///
/// The hook is a function or a closure, so it can carry what it needs: a
/// logger, a channel, a counter. It runs on the thread that builds the
/// response, so it should be quick. Until a hook is set, each error is
/// written to standard error as `500 Internal Server Error: <the error>:
/// <its sources>` (or, with the `tracing` feature, becomes a `tracing`
/// event at ERROR level). Set it once, at start-up, before the server
/// takes requests.
///
/// # Errors
///
/// [`HookAlreadySet`] if a hook was set before; the first one stays.
///
/// ```
/// use std::sync::atomic::{AtomicUsize, Ordering};
/// use std::sync::Arc;
/// use status_core::{set_server_error_hook, ServerError};
///
/// let count = Arc::new(AtomicUsize::new(0));
/// let counted = Arc::clone(&count);
/// let hook = move |error: &ServerError<'_>| {
///     counted.fetch_add(1, Ordering::Relaxed);
///     eprintln!("{error:#}");
/// };
///
/// assert!(set_server_error_hook(hook).is_ok());
/// assert!(set_server_error_hook(|_| {}).is_err());
/// ```
pub fn set_server_error_hook<F>(hook: F) -> Result<(), HookAlreadySet>
where
    F: Fn(&ServerError<'_>) + Send + Sync + 'static,
{
    SERVER_ERROR_HOOK
        .set(Box::new(hook))
        .map_err(|_| HookAlreadySet(()))
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

impl Error for HookAlreadySet {}

/// The problem as a framework sends it: its JSON, without an extension
/// member that did not serialize, whose failure goes to the server error
/// hook so that nothing is lost silently.
pub(crate) fn problem_json(problem: &Problem) -> alloc::vec::Vec<u8> {
    if let Some((name, error)) = problem.unserializable_member() {
        let status = Status::InternalServerError;
        report(
            status.code(),
            status.phrase(),
            &format_args!(
                "the extension member `{name}` of a {} problem did not serialize: {error}",
                problem.code()
            ),
        );
    }
    problem.to_json()
}

/// Hands a server error that is only a message to the hook.
pub(crate) fn report(code: u16, phrase: &'static str, error: &dyn fmt::Display) {
    report_error(&ServerError::__new(code, phrase, error, None));
}

/// Hands a server error to the hook, or to the default reporter: a
/// `tracing` event with the `tracing` feature, standard error without.
pub(crate) fn report_error(error: &ServerError<'_>) {
    match SERVER_ERROR_HOOK.get() {
        Some(hook) => hook(error),
        #[cfg(feature = "tracing")]
        None => tracing::error!(
            status = error.code(),
            error = %error.error(),
            sources = %Chain(error),
            "{error:#}"
        ),
        #[cfg(not(feature = "tracing"))]
        None => std::eprintln!("{error:#}"),
    }
}

/// The sources of a server error, each after `: `, for the `sources`
/// field of its `tracing` event.
#[cfg(feature = "tracing")]
struct Chain<'a, 'b>(&'a ServerError<'b>);

#[cfg(feature = "tracing")]
impl fmt::Display for Chain<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, source) in self.0.sources().enumerate() {
            if i > 0 {
                f.write_str(": ")?;
            }
            write!(f, "{source}")?;
        }
        Ok(())
    }
}

/// The problem an `HttpError` type answers with, as it is sent. A server
/// error goes to the hook, with its sources where its type implements
/// `Error`; the problem is the one `Problem::from` builds.
#[doc(hidden)]
pub fn error_problem<E: ErrorProblem + ?Sized>(error: &E) -> Problem {
    let (code, phrase) = error.__status_parts();
    if Class::of(code) == Some(Class::ServerError) {
        report_error(&ServerError::__new(
            code,
            phrase,
            &error,
            error.__as_error(),
        ));
    }
    problem_of(error)
}

/// What a response with a given status may carry, as the data says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Content {
    /// Content, as the body gives it.
    Allowed,
    /// A final status whose data says it carries no content, such as 204,
    /// 205 and 304: the body is dropped. For a 2xx, which says there is
    /// nothing to show, so are the headers that describe content; a 304's
    /// headers describe the representation the client already has, and stay.
    Forbidden,
    /// A 1xx: an interim response, which a handler cannot send as its
    /// answer. The client gets 500 and the server error hook hears why.
    NotFinal,
}

impl Content {
    /// The rule for a status with this code and `allows_content()`.
    pub(crate) const fn of(code: u16, allows_content: bool) -> Content {
        match Class::of(code) {
            Some(Class::Informational) => Content::NotFinal,
            _ if allows_content => Content::Allowed,
            _ => Content::Forbidden,
        }
    }

    /// The rule for a bare code, such as a [`Problem`]'s: the data of
    /// [`Status`] where it has the code, else content for any final code.
    pub(crate) const fn of_code(code: u16) -> Content {
        let allows_content = match Status::from_u16(code) {
            Ok(status) => status.allows_content(),
            Err(_) => true,
        };
        Content::of(code, allows_content)
    }
}

/// Reports a handler that answered with an interim (1xx) status, a
/// programming error that the client sees as 500.
pub(crate) fn report_not_final(code: u16, reason: &'static str) {
    let status = Status::InternalServerError;
    report(
        status.code(),
        status.phrase(),
        &format_args!(
            "a handler answered {code} {reason}, an interim status that cannot end a \
             request; the client got {status} instead"
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;

    #[derive(Debug)]
    struct ConfigError(std::io::Error);

    impl fmt::Display for ConfigError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("cannot read the config")
        }
    }

    impl Error for ConfigError {
        fn source(&self) -> Option<&(dyn Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn a_server_error_walks_the_sources_of_an_error_type() {
        let error = ConfigError(std::io::Error::other("no such file"));
        let server_error = ServerError::__new(503, "Service Unavailable", &error, Some(&error));
        let sources: Vec<String> = server_error.sources().map(|e| e.to_string()).collect();
        assert_eq!(sources, ["no such file"]);
        assert_eq!(
            server_error.to_string(),
            "503 Service Unavailable: cannot read the config"
        );
        assert_eq!(
            std::format!("{server_error:#}"),
            "503 Service Unavailable: cannot read the config: no such file"
        );
    }

    /// With `tracing` and no hook, a server error is an ERROR event with
    /// its status, the error and every source.
    #[cfg(feature = "tracing")]
    #[test]
    fn without_a_hook_a_server_error_is_a_tracing_error_event() {
        use std::sync::{Arc, Mutex};
        use tracing::field::{Field, Visit};
        use tracing::span::{Attributes, Id, Record};
        use tracing::{Event, Level, Metadata, Subscriber};

        /// Keeps the level and fields of every event.
        struct Capture(Arc<Mutex<Vec<(Level, String)>>>);

        struct Fields<'a>(&'a mut String);

        impl Visit for Fields<'_> {
            fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
                use core::fmt::Write;
                let _ = write!(self.0, "{}={:?};", field.name(), value);
            }
        }

        impl Subscriber for Capture {
            fn enabled(&self, _: &Metadata<'_>) -> bool {
                true
            }
            fn new_span(&self, _: &Attributes<'_>) -> Id {
                Id::from_u64(1)
            }
            fn record(&self, _: &Id, _: &Record<'_>) {}
            fn record_follows_from(&self, _: &Id, _: &Id) {}
            fn event(&self, event: &Event<'_>) {
                let mut fields = String::new();
                event.record(&mut Fields(&mut fields));
                let level = *event.metadata().level();
                self.0.lock().unwrap().push((level, fields));
            }
            fn enter(&self, _: &Id) {}
            fn exit(&self, _: &Id) {}
        }

        let events = Arc::new(Mutex::new(Vec::new()));
        let capture = Capture(Arc::clone(&events));
        let error = ConfigError(std::io::Error::other("no such file"));
        tracing::subscriber::with_default(capture, || {
            report_error(&ServerError::__new(
                503,
                "Service Unavailable",
                &error,
                Some(&error),
            ));
        });
        let events = events.lock().unwrap();
        assert_eq!(events.len(), 1);
        let (level, fields) = &events[0];
        assert_eq!(*level, Level::ERROR);
        assert!(fields.contains("status=503;"), "{fields}");
        assert!(fields.contains("error=cannot read the config;"), "{fields}");
        assert!(fields.contains("sources=no such file;"), "{fields}");
        assert!(
            fields
                .contains("message=503 Service Unavailable: cannot read the config: no such file;"),
            "{fields}"
        );
    }

    #[test]
    fn a_message_has_no_sources() {
        let server_error = ServerError::__new(500, "Internal Server Error", &"boom", None);
        assert_eq!(server_error.sources().count(), 0);
        assert!(server_error.as_error().is_none());
        assert_eq!(
            std::format!("{server_error:#}"),
            "500 Internal Server Error: boom"
        );
    }
}
