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
///   `Content-Type` and `Content-Length` change.
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
use axum::routing::get;
use status_core::ProblemLayer;

async fn user(Path(id): Path<u32>) -> String {
    format!("user {id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // `GET /users/x` answers 400 with a problem whose detail says why
    // `x` is not a number; `GET /nowhere` a 404 problem; `POST /users/7`
    // a 405 problem that keeps `Allow: GET,HEAD`.
    let app = Router::new()
        .route("/users/{id}", get(user))
        .layer(ProblemLayer::new());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
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

/// What to do with a response of status `code`, given how it was made,
/// its `Content-Type` and whether its body is known to be empty.
fn plan(code: u16, as_asked: bool, content_type: Option<&[u8]>, empty: bool) -> Plan {
    if code < 400 || as_asked {
        Plan::Keep
    } else if empty {
        Plan::Empty
    } else if content_type.is_none_or(is_plain_text) {
        Plan::Text
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

    #[test]
    fn only_plain_or_empty_error_responses_not_made_as_asked_are_replaced() {
        let text = Some(&b"text/plain; charset=utf-8"[..]);
        assert_eq!(plan(404, false, None, true), Plan::Empty);
        assert_eq!(plan(400, false, text, false), Plan::Text);
        assert_eq!(plan(500, false, None, false), Plan::Text);
        assert_eq!(plan(410, true, None, true), Plan::Keep);
        assert_eq!(plan(200, false, text, false), Plan::Keep);
        assert_eq!(plan(399, false, None, true), Plan::Keep);
        let json = Some(&b"application/json"[..]);
        assert_eq!(plan(400, false, json, false), Plan::Keep);
        assert_eq!(plan(400, false, json, true), Plan::Empty);
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
