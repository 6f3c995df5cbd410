//! `ProblemLayer` with the `tracing` feature and no server error hook: a
//! hidden 5xx is an ERROR event, and a response that breaks the data's
//! rules a WARN event. Events are captured by a small subscriber of our
//! own, set for the test's thread; `#[tokio::test]` runs the service on
//! that thread.
#![cfg(all(feature = "tracing", feature = "axum"))]

mod common;

use std::fmt::{self, Write};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::http::header::CONTENT_TYPE;
use axum::http::{Request, StatusCode};
use axum::response::Response;
use axum::routing::get;
use status_core::{ProblemLayer, status};
use tower::ServiceExt;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// Every event's level and its fields, as `name=value;`.
type Events = Arc<Mutex<Vec<(Level, String)>>>;

struct Capture(Events);

struct Fields<'a>(&'a mut String);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        let _ = write!(self.0, "{}={:?};", field.name(), value);
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        let _ = write!(self.0, "{}={};", field.name(), value);
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

fn app(layer: ProblemLayer) -> Router {
    Router::new()
        .route("/ok", get(|| async { "fine" }))
        .route("/no-allow", get(|| async { status!(405) }))
        .route("/busy", get(common::busy))
        .route("/upstream", get(upstream))
        .route(
            "/empty-with-content",
            get(|| async { (StatusCode::NO_CONTENT, "surprise") }),
        )
        .layer(layer)
}

/// A service's error type as thiserror writes it: the 503 wraps the I/O
/// error that caused it.
#[derive(Debug, thiserror::Error, status_core::HttpError)]
enum UpstreamError {
    #[error("the pricing service did not answer")]
    #[status(503)]
    Unreachable(#[source] std::io::Error),
}

async fn upstream() -> Result<&'static str, UpstreamError> {
    let cause = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "connection refused");
    Err(UpstreamError::Unreachable(cause))
}

/// The response to `GET path` and the events sent while answering it.
async fn get_with_events(layer: ProblemLayer, path: &str) -> (Response, Vec<(Level, String)>) {
    let events = Events::default();
    let _guard = tracing::subscriber::set_default(Capture(Arc::clone(&events)));
    let request = Request::get(path).body(Body::empty()).unwrap();
    let response = app(layer).oneshot(request).await.unwrap();
    let events = events.lock().unwrap().clone();
    (response, events)
}

/// The fields of the only event in `events`, after checking there is one
/// and that it has this `level`.
fn the_one_event(events: &[(Level, String)], level: Level) -> &str {
    assert_eq!(events.len(), 1, "{events:?}");
    let (seen, fields) = &events[0];
    assert_eq!(*seen, level, "{fields}");
    fields
}

/// A derived error's 503 is logged with its message and its source's, and
/// the client sees neither.
#[tokio::test]
async fn a_hidden_derived_error_is_an_error_event_with_its_source_chain() {
    let (response, events) = get_with_events(ProblemLayer::new(), "/upstream").await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body = axum::body::to_bytes(response.into_body(), 4096)
        .await
        .unwrap();
    let body = String::from_utf8(body.to_vec()).unwrap();
    assert!(
        !body.contains("pricing") && !body.contains("refused"),
        "{body}"
    );
    let fields = the_one_event(&events, Level::ERROR);
    assert!(fields.contains("status=503;"), "{fields}");
    assert!(
        fields.contains("error=the pricing service did not answer;"),
        "{fields}"
    );
    assert!(fields.contains("sources=connection refused;"), "{fields}");
}

#[tokio::test]
async fn a_success_sends_no_event() {
    let (response, events) = get_with_events(ProblemLayer::new(), "/ok").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(events, []);
}

#[tokio::test]
async fn a_hidden_server_error_is_an_error_event_with_the_status_and_the_text() {
    let (response, events) = get_with_events(ProblemLayer::new(), "/busy").await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let fields = the_one_event(&events, Level::ERROR);
    assert!(fields.contains("status=503;"), "{fields}");
    assert!(fields.contains("error=queue full at node 3;"), "{fields}");
}

#[tokio::test]
async fn a_method_not_allowed_without_allow_is_a_warning_and_is_not_changed() {
    let (response, events) = get_with_events(ProblemLayer::new(), "/no-allow").await;
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(response.headers().get("allow"), None);
    assert_eq!(response.headers().get(CONTENT_TYPE), None);
    let fields = the_one_event(&events, Level::WARN);
    assert!(fields.contains("status=405;"), "{fields}");
    assert!(fields.contains("header=Allow;"), "{fields}");
    assert!(fields.contains("405 Method Not Allowed"), "{fields}");
}

/// axum's router adds `Allow` to its own 405 outside every layer, so the
/// layer must not report it as missing.
#[tokio::test]
async fn the_routers_own_method_not_allowed_is_not_a_warning() {
    let events = Events::default();
    let _guard = tracing::subscriber::set_default(Capture(Arc::clone(&events)));
    let request = Request::post("/ok").body(Body::empty()).unwrap();
    let response = app(ProblemLayer::new()).oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(response.headers().get("allow").is_some());
    assert_eq!(
        response.headers().get(CONTENT_TYPE).unwrap(),
        "application/problem+json"
    );
    let events = events.lock().unwrap().clone();
    assert_eq!(events, [], "{events:?}");
}

#[tokio::test]
async fn content_on_no_content_is_a_warning() {
    let (response, events) = get_with_events(ProblemLayer::new(), "/empty-with-content").await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let fields = the_one_event(&events, Level::WARN);
    assert!(
        fields.contains("204 No Content response was sent with content"),
        "{fields}"
    );
}

#[tokio::test]
async fn the_check_can_be_turned_off() {
    let layer = ProblemLayer::new().check_headers(false);
    let (response, events) = get_with_events(layer, "/no-allow").await;
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(events, []);
}
