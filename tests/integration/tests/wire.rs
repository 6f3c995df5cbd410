//! What only a real connection shows: the status line with its reason
//! phrase exactly as the server writes it, the framing of each response,
//! and a connection that stays open from one request to the next, also
//! after a response whose status allows no content.
//!
//! A real axum server and a real actix-web server listen on 127.0.0.1, on a
//! port the system picks, and serve the routes of `common`. The client is
//! the raw one of `common::wire`: it writes each request by hand and reads
//! the raw bytes back, so nothing between the server and the assertion
//! rewrites the status line. What handlers answer (statuses, bodies, the
//! hook) is checked in process in `handlers.rs`.
//!
//! Every wait is bounded by `common::wire::LIMIT`, so a server that hangs
//! fails the test instead of stalling it; no assertion depends on timing.

mod common;

use std::net::SocketAddr;

use common::wire::{Connection, serve_actix, serve_axum};
use common::*;
use serde_json::json;
use status_core::Status;

/// Each route and the status line its answer must start with. The phrase
/// is RFC 9110's where the framework's own is older (413), and the
/// registry's where the framework has none (499).
const STATUS_LINES: &[(&str, &str)] = &[
    ("/bare", "HTTP/1.1 410 Gone"),
    ("/too-large", "HTTP/1.1 413 Content Too Large"),
    ("/json", "HTTP/1.1 201 Created"),
    ("/problem", "HTTP/1.1 404 Not Found"),
    ("/users/7", "HTTP/1.1 404 Not Found"),
    ("/database", "HTTP/1.1 500 Internal Server Error"),
    ("/maintenance", "HTTP/1.1 503 Service Unavailable"),
    ("/registry/bare", "HTTP/1.1 499 Client Closed Request"),
    ("/registry/json", "HTTP/1.1 499 Client Closed Request"),
    ("/registry/problem", "HTTP/1.1 499 Client Closed Request"),
    ("/registry/error", "HTTP/1.1 499 Client Closed Request"),
    ("/broken-json", "HTTP/1.1 500 Internal Server Error"),
];

/// Asks every route in turn over one kept-alive connection, then one more
/// time with `Connection: close`.
async fn check_wire(addr: SocketAddr) {
    let mut connection = Connection::open(addr).await;
    for &(path, expected) in STATUS_LINES {
        connection
            .send("GET", path, &[("Connection", "keep-alive")], "")
            .await;
        let response = connection.response().await;
        // The status line, reason phrase included, as the server wrote it.
        assert_eq!(response.status_line, expected, "GET {path}");
        // The connection stays open for the next request.
        assert_ne!(
            response.header("connection"),
            Some("close"),
            "GET {path} closed a kept-alive connection"
        );
        match path {
            "/bare" => {
                assert_eq!(response.status_line, Status::Gone.status_line());
                assert_eq!(response.header("content-length"), Some("0"));
                assert!(response.body.is_empty());
            }
            "/json" => {
                assert_eq!(response.header("content-type"), Some("application/json"));
                assert_eq!(response.json(), json!({"id": 7, "name": "Ada"}));
            }
            "/database" => {
                // Neither the body nor any header carries the hidden error.
                let text = String::from_utf8_lossy(&response.bytes);
                assert!(!text.contains("hunter2"), "{text}");
            }
            _ => {}
        }
    }

    // The last request asks to close: the answer comes whole, then the
    // server hangs up.
    connection
        .send("GET", "/registry/bare", &[("Connection", "close")], "")
        .await;
    let last = connection.response().await;
    assert_eq!(last.status_line, "HTTP/1.1 499 Client Closed Request");
    assert!(last.body.is_empty());
    assert!(
        connection.closes().await,
        "the server kept the connection open, or sent more, after `Connection: close`"
    );
}

#[tokio::test]
async fn axum_writes_status_lines_frames_responses_and_keeps_connections_alive() {
    let server = serve_axum(axum_router()).await;
    check_wire(server.addr).await;
}

#[tokio::test]
async fn actix_web_writes_status_lines_frames_responses_and_keeps_connections_alive() {
    let server = serve_actix(|| actix_web::App::new().configure(actix_routes));
    check_wire(server.addr).await;
    server.stop().await;
}

// ---------------------------------------------------------------------
// Statuses without content
// ---------------------------------------------------------------------

/// Handlers that give a body to a status that allows no content, or
/// answer an interim 1xx, and the ordinary answer asked for after them.
mod no_content {
    use status_core::{JsonBody, Status, WithStatus, status};

    pub async fn no_content_json() -> WithStatus<JsonBody<[u8; 3]>> {
        status!(204).json([1, 2, 3])
    }
    pub async fn no_content() -> Status {
        status!(204)
    }
    pub async fn reset_with() -> WithStatus<&'static str> {
        status!(205).with("reset")
    }
    pub async fn not_modified_json() -> WithStatus<JsonBody<[u8; 3]>> {
        status!(304).json([1, 2, 3])
    }
    pub async fn early_hints_with() -> WithStatus<&'static str> {
        status!(103).with("hint")
    }
    pub async fn continue_bare() -> Status {
        status!(100)
    }
    pub async fn switching_bare() -> Status {
        status!(101)
    }
    pub async fn after() -> WithStatus<JsonBody<[u8; 1]>> {
        status!(200).json([1])
    }

    crate::common::get_routes! {
        "/204-json" => no_content_json,
        "/204" => no_content,
        "/205-with" => reset_with,
        "/304-json" => not_modified_json,
        "/103-with" => early_hints_with,
        "/100" => continue_bare,
        "/101" => switching_bare,
        "/after" => after,
    }
}

/// Sends `GET first`, then `GET /after` on the same connection, and
/// returns both responses. The second one parses only if the first left
/// no stray bytes on the connection.
async fn two_on_one_connection(
    addr: SocketAddr,
    first: &str,
) -> (common::wire::Raw, common::wire::Raw) {
    let mut connection = Connection::open(addr).await;
    let one = connection.get(first).await;
    let two = connection.get("/after").await;
    (one, two)
}

/// Every case of statuses without content against one server.
async fn check_no_content(addr: SocketAddr) {
    let after = |two: &common::wire::Raw| (two.code(), two.body.clone());
    let expected_after = (200, b"[1]".to_vec());
    for path in ["/204-json", "/204"] {
        let (one, two) = two_on_one_connection(addr, path).await;
        assert_eq!(one.code(), 204, "{path}: {one:?}");
        assert_eq!(one.header("content-length"), None, "{path}: {one:?}");
        assert_eq!(after(&two), expected_after, "after {path}");
    }
    let (one, two) = two_on_one_connection(addr, "/205-with").await;
    assert_eq!(one.code(), 205, "{one:?}");
    assert!(one.body.is_empty(), "{one:?}");
    assert_eq!(after(&two), expected_after, "after /205-with");
    let (one, two) = two_on_one_connection(addr, "/304-json").await;
    assert_eq!(one.code(), 304, "{one:?}");
    assert_eq!(after(&two), expected_after, "after /304-json");
    for path in ["/103-with", "/100", "/101"] {
        let (one, two) = two_on_one_connection(addr, path).await;
        assert_eq!(one.code(), 500, "{path}: {one:?}");
        assert_eq!(
            one.header("content-type"),
            Some("application/problem+json"),
            "{path}"
        );
        assert_eq!(after(&two), expected_after, "after {path}");
    }
}

#[tokio::test]
async fn axum_keeps_the_connection_usable_after_a_status_without_content() {
    let server = serve_axum(no_content::axum_router()).await;
    check_no_content(server.addr).await;
}

#[tokio::test]
async fn actix_web_keeps_the_connection_usable_after_a_status_without_content() {
    let server = serve_actix(|| actix_web::App::new().configure(no_content::actix_routes));
    check_no_content(server.addr).await;
    server.stop().await;
}
