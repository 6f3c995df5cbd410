//! Responses follow the status's data on content, in axum and actix-web:
//! a status whose data allows no content (204, 205, 304, and a registry's
//! own such code) sends no body, whatever the handler gave; a 2xx of them
//! also drops the headers that describe content; a 304 keeps its other
//! headers; and an interim 1xx, which cannot end a request, answers 500
//! and reaches the server error hook.
#![cfg(all(feature = "axum", feature = "actix-web"))]

use std::sync::Mutex;

use status_core::{HttpError, ServerError, Status, status};

status_core::registry! {
    file = "tests/no-content-codes.toml",
    name = AppStatus,
    macro = app_status,
}

/// An error type whose status is not a final one.
#[derive(Debug, HttpError)]
#[status(103)]
struct TooEarly;

impl std::fmt::Display for TooEarly {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("early")
    }
}

/// What the server error hook has heard.
static REPORTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn record(error: &ServerError<'_>) {
    REPORTED.lock().unwrap().push(error.to_string());
}

/// Sets the hook once per test binary; later calls find it set.
fn hook() {
    let _ = status_core::set_server_error_hook(record);
}

/// Whether the hook heard that `code` was answered as an interim status.
fn reported(code: u16) -> bool {
    let needle = format!("a handler answered {code} ");
    REPORTED.lock().unwrap().iter().any(|r| r.contains(&needle))
}

/// What a client sees of one response.
#[derive(Debug)]
struct Seen {
    code: u16,
    content_type: Option<String>,
    content_length: Option<String>,
    etag: Option<String>,
    body: Vec<u8>,
}

impl Seen {
    /// What a client sees of a response with this `code`, whose headers
    /// `header` looks up, and this `body`.
    fn new<V: AsRef<[u8]>>(code: u16, header: impl Fn(&str) -> Option<V>, body: Vec<u8>) -> Seen {
        let header = |name: &str| {
            header(name)
                .map(|v| String::from_utf8(v.as_ref().to_vec()).expect("a header value is text"))
        };
        Seen {
            code,
            content_type: header("content-type"),
            content_length: header("content-length"),
            etag: header("etag"),
            body,
        }
    }

    /// Asserts that this is the answer to a 304 given JSON and an `ETag`:
    /// no body, and its other headers kept.
    fn assert_not_modified(&self) {
        assert_eq!(self.code, 304);
        assert!(self.body.is_empty(), "{self:?}");
        assert_eq!(self.etag.as_deref(), Some("\"v1\""));
        assert_eq!(self.content_type.as_deref(), Some("application/json"));
    }

    /// Asserts that this answers a handler's interim `code` with a 500
    /// problem, and that the hook heard of it; `what` names the case.
    fn assert_interim_replaced(&self, code: u16, what: &str) {
        assert_eq!(self.code, 500, "{what}");
        assert_eq!(
            self.content_type.as_deref(),
            Some("application/problem+json"),
            "{what}"
        );
        assert!(reported(code), "{what}: {:?}", REPORTED.lock().unwrap());
    }
}

mod axum_responses {
    use super::*;
    use axum::Router;
    use axum::body::Body;
    use axum::http::Request;
    use axum::response::{IntoResponse, Response};
    use axum::routing::get;
    use tower::ServiceExt;

    async fn not_modified() -> Response {
        let mut response = status!(304).json([1, 2, 3]).into_response();
        response
            .headers_mut()
            .insert("etag", "\"v1\"".parse().unwrap());
        response
    }

    fn app() -> Router {
        Router::new()
            .route("/204", get(|| async { status!(204) }))
            .route("/204-json", get(|| async { status!(204).json([1, 2, 3]) }))
            .route("/205-with", get(|| async { status!(205).with("reset") }))
            .route("/304-json", get(not_modified))
            .route("/299-json", get(|| async { app_status!(299).json("x") }))
            .route("/299", get(|| async { app_status!(299) }))
            .route("/103-with", get(|| async { status!(103).with("hint") }))
            .route("/100", get(|| async { status!(100) }))
            .route("/101", get(|| async { Status::SwitchingProtocols }))
            .route("/103-error", get(|| async { Err::<Status, _>(TooEarly) }))
            .route("/200-json", get(|| async { status!(200).json([1]) }))
    }

    async fn see(path: &str) -> Seen {
        let request = Request::get(path).body(Body::empty()).unwrap();
        let (parts, body) = app().oneshot(request).await.unwrap().into_parts();
        let body = axum::body::to_bytes(body, 1 << 16).await.unwrap().to_vec();
        Seen::new(parts.status.as_u16(), |name| parts.headers.get(name), body)
    }

    #[tokio::test]
    async fn statuses_without_content_send_no_body() {
        for path in ["/204", "/204-json", "/205-with", "/299", "/299-json"] {
            let seen = see(path).await;
            let code: u16 = path[1..4].parse().unwrap();
            assert_eq!(seen.code, code, "{path}");
            assert!(seen.body.is_empty(), "{path}: {seen:?}");
            assert_eq!(seen.content_type, None, "{path}");
            // axum's router marks every body of known size with its
            // length, `0` here; hyper leaves it off a 204 on the wire
            // (see tests/integration/tests/wire.rs). No length of the
            // handler's body survives.
            assert!(
                matches!(seen.content_length.as_deref(), None | Some("0")),
                "{path}: {seen:?}"
            );
        }
        let seen = see("/200-json").await;
        assert_eq!((seen.code, seen.body.as_slice()), (200, &b"[1]"[..]));
    }

    #[tokio::test]
    async fn not_modified_keeps_its_headers_and_drops_the_body() {
        see("/304-json").await.assert_not_modified();
    }

    #[tokio::test]
    async fn an_interim_status_answers_500_and_is_reported() {
        hook();
        for (path, code) in [
            ("/103-with", 103),
            ("/100", 100),
            ("/101", 101),
            ("/103-error", 103),
        ] {
            see(path).await.assert_interim_replaced(code, path);
        }
    }
}

mod actix_responses {
    use super::*;
    use actix_web::body::{BoxBody, to_bytes};
    use actix_web::test::TestRequest;
    use actix_web::{HttpResponse, Responder, ResponseError};

    async fn see(response: HttpResponse<BoxBody>) -> Seen {
        let (head, body) = response.into_parts();
        let body = to_bytes(body).await.unwrap().to_vec();
        Seen::new(
            head.status().as_u16(),
            |name| head.headers().get(name),
            body,
        )
    }

    fn respond(responder: impl Responder<Body = BoxBody>) -> HttpResponse {
        responder.respond_to(&TestRequest::default().to_http_request())
    }

    #[tokio::test]
    async fn statuses_without_content_send_no_body() {
        let cases = [
            (204, respond(status!(204))),
            (204, respond(status!(204).json([1, 2, 3]))),
            (205, respond(status!(205).with("reset"))),
            (299, respond(app_status!(299))),
            (299, respond(app_status!(299).json("x"))),
        ];
        for (code, response) in cases {
            let seen = see(response).await;
            assert_eq!(seen.code, code);
            assert!(seen.body.is_empty(), "{code}: {seen:?}");
            assert_eq!(seen.content_type, None, "{code}");
            assert_eq!(seen.content_length, None, "{code}");
        }
        let seen = see(respond(status!(200).json([1]))).await;
        assert_eq!((seen.code, seen.body.as_slice()), (200, &b"[1]"[..]));
    }

    #[tokio::test]
    async fn not_modified_keeps_its_headers_and_drops_the_body() {
        let mut response = respond(status!(304).json([1, 2, 3]));
        response
            .headers_mut()
            .insert("etag".parse().unwrap(), "\"v1\"".parse().unwrap());
        see(response).await.assert_not_modified();
    }

    #[tokio::test]
    async fn an_interim_status_answers_500_and_is_reported() {
        hook();
        let cases = [
            (103, respond(status!(103).with("hint"))),
            (100, respond(status!(100))),
            (101, respond(Status::SwitchingProtocols)),
            (103, TooEarly.error_response()),
        ];
        for (code, response) in cases {
            let what = format!("{code}");
            see(response).await.assert_interim_replaced(code, &what);
        }
        assert_eq!(TooEarly.status_code().as_u16(), 500);
    }
}
