//! [`ProblemLayer`]: middleware that turns the plain error responses of a
//! framework, and of handlers that answer with bare text, into RFC 9457
//! problems, for axum (a tower `Layer`) and actix-web (a `Transform`).
//!
//! What is decided here is the same for both frameworks: which responses
//! are rewritten, what the problem says, how much of a body is read. The
//! framework modules only take responses apart and put them together.

use alloc::string::String;
use alloc::vec::Vec;

use crate::class::Class;
use crate::problem::Problem;
use crate::respond::report;
use crate::status::Status;

#[cfg(feature = "actix-web")]
mod actix;
#[cfg(feature = "axum")]
mod axum;

#[cfg(feature = "axum")]
pub use self::axum::ProblemService;
#[cfg(feature = "actix-web")]
pub use actix::ProblemMiddleware;

/// Middleware that makes every error response an RFC 9457 problem.
///
/// A service's errors come from more places than its handlers: the router
/// answers an unmatched route with an empty 404 and a wrong method with an
/// empty 405, an extractor rejects broken JSON or an unparsable path
/// segment with a line of plain text, and a handler may answer
/// `(StatusCode::INTERNAL_SERVER_ERROR, "...")`. Behind `ProblemLayer`
/// each of them reaches the client as `application/problem+json`, so the
/// service speaks one error format.
///
/// With the `axum` feature it is a tower `Layer`, for
/// `Router::layer(ProblemLayer::new())`; with the `actix-web` feature it is
/// an actix `Transform`, for `App::wrap(ProblemLayer::new())`.
///
/// # What it rewrites
///
/// A response with a status of 400 or more whose body is empty or
/// `text/plain` (or has no `Content-Type` at all) becomes a problem with
/// the same status, `type` `about:blank` and the status's reason phrase
/// from `codes.toml` as `title`. A code the data does not have, such as a
/// 520 from an upstream, gets the phrase of its class, `Server Error`.
///
/// - On a 4xx, the text of the body becomes `detail`: it is the framework's
///   rejection message, which tells the client what to fix.
/// - On a 5xx, the text never reaches the client. It goes to the
///   [server error hook](crate::set_server_error_hook) instead, as the
///   hidden detail of a derived error does.
/// - The response keeps its headers and extensions: `Allow` on a 405,
///   `WWW-Authenticate` on a 401, `Retry-After` on a 503. Only
///   `Content-Type`, `Content-Length` and `Content-Encoding` change. An
///   encoded text, such as one a compression layer inside this one
///   gzipped, is replaced without being read.
/// - The answer to a `HEAD` request gets the problem's headers and no
///   body.
///
/// # What it leaves alone
///
/// - Every response below 400.
/// - A body of any other media type, such as a handler's own JSON error
///   or a [`Problem`].
/// - A response status-core made from a bare status: `status!(410)`, a
///   status of an enum `registry!` generates, or `status.with(body)`. The
///   handler asked for exactly that response, so an empty 410 stays
///   empty. status-core's responders mark such responses, so the layer
///   tells them apart by how they were made, not by their bodies.
///
/// # Responses checked against the data
///
/// The layer sees every final response, and `codes.toml` knows what each
/// status asks of one. So it reports, and never changes, a response that
/// breaks such a rule:
///
/// - a header the RFCs require for its status is missing
///   ([`Status::required_headers`]): a 405 without `Allow`, a 401 without
///   `WWW-Authenticate`, a 407 without `Proxy-Authenticate`, a 101 or 426
///   without `Upgrade`, a 206 without `Content-Range`;
/// - it has content, on a status that allows none
///   ([`Status::allows_content`]): 204, 205 and 304.
///
/// The report names the status and the header as the data spells it. With
/// the `tracing` feature it is an event at WARN level, with the fields
/// `status` and `header`; without it, a line on standard error in debug
/// builds and nothing in release builds. Headers the RFCs only recommend
/// or allow ([`Status::recommended_headers`]), such as `Location` on a
/// redirect or `Retry-After` on a 503, are never reported. Turn the check
/// off with [`check_headers(false)`](ProblemLayer::check_headers) where an
/// API leaves a required one out knowingly, such as a 206 with several
/// parts, whose `Content-Range` is in each part.
///
/// # Reading bodies
///
/// Only the bodies of the error responses it rewrites are read, and only
/// their first [`BODY_LIMIT`](ProblemLayer::BODY_LIMIT) bytes. A longer
/// text is cut at the last character boundary within the limit and ends
/// with `…`, in `detail` or in what the hook receives; the rest of the
/// body is never read. Bytes that are not UTF-8 are replaced with `�`.
#[cfg_attr(
    feature = "axum",
    doc = r#"
# A whole axum service

```no_run
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::get;
use status_core::{ProblemLayer, ServerError};

async fn user(Path(id): Path<u32>) -> String {
    format!("user {id}")
}

async fn report() -> (StatusCode, &'static str) {
    // The client gets a 500 problem without this text; the hook gets it.
    (StatusCode::INTERNAL_SERVER_ERROR, "disk /var/reports is full")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    status_core::set_server_error_hook(|error: &ServerError<'_>| eprintln!("{error:#}"))
        .expect("set once, at start-up");

    // `GET /users/x` answers 400 with a problem whose detail says why `x`
    // is not a number, `GET /nowhere` a 404 problem, and `DELETE /users/7`
    // a 405 problem that keeps `Allow: GET,HEAD`.
    let app = Router::new()
        .route("/users/{id}", get(user))
        .route("/report", get(report))
        .layer(ProblemLayer::new());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
```
"#
)]
#[cfg_attr(
    feature = "actix-web",
    doc = r#"
# An actix-web service

```no_run
use actix_web::{App, HttpServer, web};
use status_core::ProblemLayer;

async fn user(id: web::Path<u32>) -> String {
    format!("user {id}")
}

fn main() -> std::io::Result<()> {
    // `GET /nowhere` answers a 404 problem, and `GET /users/x` a 404
    // problem whose detail says why `x` did not match.
    let server = HttpServer::new(|| {
        App::new()
            .wrap(ProblemLayer::new())
            .route("/users/{id}", web::get().to(user))
    });
    actix_rt::System::new().block_on(server.bind(("127.0.0.1", 8080))?.run())
}
```
"#
)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ProblemLayer {
    check_headers: bool,
}

impl ProblemLayer {
    /// How many bytes of a plain-text error body the layer reads at most.
    ///
    /// Framework rejection messages are one line; a longer body is cut (see
    /// [Reading bodies](ProblemLayer#reading-bodies)).
    ///
    /// ```
    /// assert_eq!(status_core::ProblemLayer::BODY_LIMIT, 1024);
    /// ```
    pub const BODY_LIMIT: usize = 1024;

    /// The layer, with the header check on.
    ///
    /// ```
    /// use status_core::ProblemLayer;
    ///
    /// assert_eq!(ProblemLayer::new(), ProblemLayer::default());
    /// ```
    pub const fn new() -> ProblemLayer {
        ProblemLayer {
            check_headers: true,
        }
    }

    /// Turns the check of every final response against `codes.toml` on
    /// (the default) or off (see
    /// [Responses checked against the data](ProblemLayer#responses-checked-against-the-data)).
    ///
    /// Turn it off for an API that breaks a rule knowingly, such as one
    /// that answers bearer-token clients 401 without `WWW-Authenticate`.
    ///
    /// ```
    /// use status_core::ProblemLayer;
    ///
    /// let quiet = ProblemLayer::new().check_headers(false);
    /// assert!(!quiet.checks_headers());
    /// ```
    #[must_use]
    pub const fn check_headers(self, on: bool) -> ProblemLayer {
        ProblemLayer { check_headers: on }
    }

    /// Whether the layer checks final responses against the data.
    ///
    /// ```
    /// use status_core::ProblemLayer;
    ///
    /// assert!(ProblemLayer::new().checks_headers());
    /// ```
    pub const fn checks_headers(self) -> bool {
        self.check_headers
    }

    /// Reports each rule of the data that a final response of status
    /// `code` breaks, if the check is on. `has_header` says whether the
    /// response has a header, by its name as the data spells it.
    fn check(self, code: u16, has_header: impl Fn(&str) -> bool, has_content: bool) {
        if self.check_headers {
            for broken in broken_rules(code, has_header, has_content) {
                warn(code, &broken);
            }
        }
    }
}

/// A rule of `codes.toml` that a response breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Broken {
    /// The status goes with this header, and the response has none.
    MissingHeader(Status, &'static str),
    /// The status allows no content, and the response has some.
    Content(Status),
}

impl core::fmt::Display for Broken {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Broken::MissingHeader(status, header) => write!(
                f,
                "a {} {} response was sent without the `{header}` header that \
                 codes.toml says it requires; add the header, or turn the check off \
                 with ProblemLayer::check_headers(false)",
                status.code(),
                status.phrase(),
            ),
            Broken::Content(status) => write!(
                f,
                "a {} {} response was sent with content, which the status does not \
                 allow; send it with an empty body",
                status.code(),
                status.phrase(),
            ),
        }
    }
}

/// The rules of `codes.toml` that a response of status `code` breaks: each
/// header the data requires for the status that the response lacks, and
/// content on a status that allows none. A code the data does not have
/// breaks none.
fn broken_rules(
    code: u16,
    has_header: impl Fn(&str) -> bool,
    has_content: bool,
) -> impl Iterator<Item = Broken> {
    let status = Status::from_u16(code).ok();
    let headers = status.map_or(&[][..], Status::required_headers);
    let missing = headers
        .iter()
        .filter(move |name| !has_header(name))
        .filter_map(move |name| Some(Broken::MissingHeader(status?, name)));
    let content = status.filter(|status| has_content && !status.allows_content());
    missing.chain(content.map(Broken::Content))
}

/// Reports a broken rule: a WARN event with the `tracing` feature,
/// otherwise a line on standard error in debug builds.
fn warn(code: u16, broken: &Broken) {
    #[cfg(feature = "tracing")]
    match broken {
        Broken::MissingHeader(_, header) => {
            tracing::warn!(status = code, header = *header, "{broken}");
        }
        Broken::Content(_) => tracing::warn!(status = code, "{broken}"),
    }
    #[cfg(not(feature = "tracing"))]
    if cfg!(debug_assertions) {
        let _ = code;
        std::eprintln!("warning: {broken}");
    }
}

impl Default for ProblemLayer {
    /// The same as [`ProblemLayer::new`].
    fn default() -> ProblemLayer {
        ProblemLayer::new()
    }
}

/// The mark status-core's responders put on a response made from a bare
/// status or `status.with(body)`: the handler asked for exactly this
/// response, and [`ProblemLayer`] passes it through.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AsAsked;

/// What the layer does with the body of a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Plan {
    /// Pass the response through as it is.
    Keep,
    /// Replace it with a problem; the body is empty.
    Empty,
    /// Replace it with a problem, reading the body's text first.
    Text,
}

/// How a response looks to [`plan`].
#[derive(Clone, Copy, Debug)]
struct Seen<'a> {
    code: u16,
    /// Whether status-core's responders marked it [`AsAsked`].
    as_asked: bool,
    content_type: Option<&'a [u8]>,
    /// Whether its body is known to be empty.
    empty: bool,
    /// Whether it has a `Content-Encoding`, such as `gzip`, so that its
    /// bytes are not the text.
    encoded: bool,
}

/// What to do with a response.
fn plan(seen: Seen<'_>) -> Plan {
    if seen.code < 400 || seen.as_asked {
        Plan::Keep
    } else if seen.empty {
        Plan::Empty
    } else if seen.content_type.is_none_or(is_plain_text) {
        // An encoded text is replaced unread: decoding it is not worth
        // its cost on an error path.
        if seen.encoded {
            Plan::Empty
        } else {
            Plan::Text
        }
    } else {
        Plan::Keep
    }
}

/// Whether a `Content-Type` value is `text/plain`, with or without
/// parameters, in any case.
fn is_plain_text(content_type: &[u8]) -> bool {
    const PLAIN: &[u8] = b"text/plain";
    let value = content_type.trim_ascii_start();
    value.len() >= PLAIN.len()
        && value[..PLAIN.len()].eq_ignore_ascii_case(PLAIN)
        && matches!(value.get(PLAIN.len()), None | Some(b';' | b' ' | b'\t'))
}

/// Collects the chunks of a body, up to [`ProblemLayer::BODY_LIMIT`]
/// bytes.
#[derive(Debug, Default)]
struct Capped {
    bytes: Vec<u8>,
    cut: bool,
}

impl Capped {
    /// Adds a chunk; `false` once the limit is reached and the rest of the
    /// body need not be read.
    fn push(&mut self, chunk: &[u8]) -> bool {
        let room = ProblemLayer::BODY_LIMIT - self.bytes.len();
        if chunk.len() > room {
            self.bytes.extend_from_slice(&chunk[..room]);
            self.cut = true;
            false
        } else {
            self.bytes.extend_from_slice(chunk);
            true
        }
    }

    /// The text read, trimmed; past the limit, cut at a character
    /// boundary and ended with `…`.
    fn into_text(mut self) -> String {
        if self.cut {
            // A character split by the limit is dropped, not replaced.
            if let Err(error) = core::str::from_utf8(&self.bytes) {
                if error.error_len().is_none() {
                    self.bytes.truncate(error.valid_up_to());
                }
            }
        }
        let text = String::from_utf8_lossy(&self.bytes);
        let mut text = String::from(text.trim());
        if self.cut {
            text.push('…');
        }
        text
    }
}

/// The problem that replaces an error response of status `code`, whose
/// body said `text`.
///
/// The title is the phrase `codes.toml` gives the code, or for a code it
/// does not have, the name of its class. A 4xx shows the text as
/// `detail`; a 5xx hands it to the server error hook.
fn problem(code: u16, text: &str) -> Problem {
    let phrase = match Status::from_u16(code) {
        Ok(status) => status.phrase(),
        Err(_) => Class::of(code).map_or("Error", Class::as_str),
    };
    let problem = Problem::from_parts(code, phrase);
    if text.is_empty() {
        problem
    } else if code >= 500 {
        report(code, phrase, &text);
        problem
    } else {
        problem.with_detail(String::from(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;
    use alloc::vec::Vec;

    #[test]
    fn a_missing_header_of_the_data_is_a_broken_rule() {
        let none = |_: &str| false;
        let broken: Vec<_> = broken_rules(405, none, false).collect();
        assert_eq!(
            broken,
            [Broken::MissingHeader(Status::MethodNotAllowed, "Allow")]
        );
        let text = broken[0].to_string();
        assert!(
            text.starts_with(
                "a 405 Method Not Allowed response was sent without the `Allow` header"
            )
        );

        let broken: Vec<_> = broken_rules(401, none, true).collect();
        assert_eq!(
            broken,
            [Broken::MissingHeader(
                Status::Unauthorized,
                "WWW-Authenticate"
            )]
        );
        let broken: Vec<_> = broken_rules(407, none, true).collect();
        assert_eq!(
            broken,
            [Broken::MissingHeader(
                Status::ProxyAuthenticationRequired,
                "Proxy-Authenticate"
            )]
        );

        let allow = |name: &str| name == "Allow";
        assert_eq!(broken_rules(405, allow, true).count(), 0);
        // Headers the RFCs recommend or allow but do not require.
        for code in [201, 301, 302, 303, 307, 308, 416, 429, 503] {
            assert_eq!(broken_rules(code, none, true).count(), 0, "{code}");
        }
        assert_eq!(broken_rules(404, none, true).count(), 0);
        assert_eq!(broken_rules(520, none, true).count(), 0);
    }

    #[test]
    fn content_on_a_status_that_allows_none_is_a_broken_rule() {
        let none = |_: &str| false;
        let broken: Vec<_> = broken_rules(204, none, true).collect();
        assert_eq!(broken, [Broken::Content(Status::NoContent)]);
        assert!(
            broken[0]
                .to_string()
                .starts_with("a 204 No Content response was sent with content")
        );
        assert_eq!(broken_rules(204, none, false).count(), 0);
        assert_eq!(broken_rules(200, none, true).count(), 0);
    }

    #[test]
    fn only_plain_or_empty_error_responses_not_made_as_asked_are_replaced() {
        let text = Some(&b"text/plain; charset=utf-8"[..]);
        let json = Some(&b"application/json"[..]);
        let seen = |code, as_asked, content_type, empty| Seen {
            code,
            as_asked,
            content_type,
            empty,
            encoded: false,
        };
        assert_eq!(plan(seen(404, false, None, true)), Plan::Empty);
        assert_eq!(plan(seen(400, false, text, false)), Plan::Text);
        assert_eq!(plan(seen(500, false, None, false)), Plan::Text);
        assert_eq!(plan(seen(410, true, None, true)), Plan::Keep);
        assert_eq!(plan(seen(200, false, text, false)), Plan::Keep);
        assert_eq!(plan(seen(399, false, None, true)), Plan::Keep);
        assert_eq!(plan(seen(400, false, json, false)), Plan::Keep);
        assert_eq!(plan(seen(400, false, json, true)), Plan::Empty);
        let gzipped = Seen {
            encoded: true,
            ..seen(500, false, text, false)
        };
        assert_eq!(plan(gzipped), Plan::Empty);
    }

    #[test]
    fn plain_text_is_recognised_with_parameters_and_in_any_case() {
        assert!(is_plain_text(b"text/plain"));
        assert!(is_plain_text(b"Text/Plain;charset=utf-8"));
        assert!(is_plain_text(b" text/plain ; charset=utf-8"));
        assert!(!is_plain_text(b"text/plainer"));
        assert!(!is_plain_text(b"text/html"));
        assert!(!is_plain_text(b"text/pla"));
    }

    #[test]
    fn a_body_past_the_limit_is_cut_at_a_character_boundary() {
        let mut capped = Capped::default();
        // 1023 bytes of `a`, then `é` (two bytes) straddles the limit.
        assert!(capped.push(&[b'a'; 1023]));
        assert!(!capped.push("éé".as_bytes()));
        let text = capped.into_text();
        assert_eq!(text.len(), 1023 + '…'.len_utf8());
        assert!(text.ends_with("a…"));

        let mut capped = Capped::default();
        assert!(capped.push(&[b'b'; 1024]));
        assert_eq!(capped.into_text().len(), 1024);
    }

    #[test]
    fn text_is_trimmed_and_bad_bytes_replaced() {
        let mut capped = Capped::default();
        capped.push(b" bad \xff input\n");
        assert_eq!(capped.into_text(), "bad \u{fffd} input");
    }

    #[test]
    fn a_client_error_shows_its_text_and_an_unknown_code_gets_its_class() {
        let bad = problem(400, "expected a number");
        assert_eq!(bad.title(), "Bad Request");
        assert_eq!(bad.detail(), Some("expected a number"));

        let upstream = problem(520, "");
        assert_eq!(upstream.code(), 520);
        assert_eq!(upstream.title(), "Server Error");
        assert_eq!(problem(499, "").title(), "Client Error");
    }
}
