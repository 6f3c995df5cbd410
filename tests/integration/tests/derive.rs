//! `#[derive(HttpError)]` on the shapes of type a service has: the status
//! each value answers with, and the problem body it becomes in axum.

use axum::response::IntoResponse;
use serde_json::{Value, json};
use status_core::{HttpError, Status};

/// The status and JSON body of a value's axum response.
async fn answer(value: impl IntoResponse) -> (u16, Value) {
    let response = value.into_response();
    let code = response.status().as_u16();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 16)
        .await
        .expect("the body is small");
    let body = serde_json::from_slice(&bytes).expect("the body is JSON");
    (code, body)
}

macro_rules! display {
    ($ty:ty, $text:literal) => {
        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($text)
            }
        }
    };
}

/// Every variant shows its detail, so no variant falls to the default.
#[derive(Debug, HttpError)]
#[http_error(detail)]
enum AllShown {
    #[status(502)]
    Upstream,
    #[status(504)]
    Timeout { after_ms: u64 },
}

impl std::fmt::Display for AllShown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AllShown::Upstream => f.write_str("the upstream did not answer"),
            AllShown::Timeout { after_ms } => write!(f, "no answer after {after_ms} ms"),
        }
    }
}

/// A 4xx that keeps its message from the client.
#[derive(Debug, HttpError)]
#[status(403)]
#[http_error(detail = false)]
struct Forbidden {
    rule: &'static str,
}
display!(Forbidden, "blocked by rule 17");

/// A generic error, with a lifetime and a bound.
#[derive(Debug, HttpError)]
enum Invalid<'a, T: std::fmt::Debug> {
    #[status(422)]
    Field(&'a str, T),
}

impl<T: std::fmt::Debug> std::fmt::Display for Invalid<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Invalid::Field(name, value) => write!(f, "{name} cannot be {value:?}"),
        }
    }
}

/// An error type with no values still derives.
#[derive(Debug, HttpError)]
enum Never {}
display!(Never, "never");

mod renamed {
    // As if the Cargo.toml said `statuses = { package = "status-core" }`.
    extern crate status_core as statuses;

    #[derive(Debug, statuses::HttpError)]
    #[http_error(crate = statuses)]
    #[status(409)]
    pub struct Conflict;
    display!(Conflict, "the name is taken");
}

#[tokio::test]
async fn detail_follows_the_attributes() {
    assert_eq!(AllShown::Upstream.status(), Status::BadGateway);
    let timeout = AllShown::Timeout { after_ms: 30_000 };
    assert_eq!(timeout.status(), Status::GatewayTimeout);
    assert_eq!(
        answer(timeout).await,
        (
            504,
            json!({"type": "about:blank", "title": "Gateway Timeout", "status": 504, "detail": "no answer after 30000 ms"})
        )
    );

    let forbidden = Forbidden { rule: "17" };
    assert_eq!(forbidden.rule, "17");
    assert_eq!(
        answer(forbidden).await,
        (
            403,
            json!({"type": "about:blank", "title": "Forbidden", "status": 403})
        )
    );
}

#[tokio::test]
async fn generic_and_renamed_types_answer() {
    let invalid = Invalid::Field("age", -1);
    assert_eq!(invalid.status(), Status::UnprocessableContent);
    assert_eq!(answer(invalid).await.1["detail"], "age cannot be -1");

    assert_eq!(renamed::Conflict.status(), Status::Conflict);
    assert_eq!(answer(renamed::Conflict).await.0, 409);
}

#[test]
fn status_is_a_const_fn() {
    const STATUS: Status = Forbidden { rule: "x" }.status();
    assert_eq!(STATUS, Status::Forbidden);
    // An uninhabited type has no status to give, and needs none.
    let _: fn(&Never) -> Status = Never::status;
}
