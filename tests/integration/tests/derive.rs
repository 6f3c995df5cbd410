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

    // Generic and renamed types have their problem too.
    let problem = status_core::Problem::from(&Invalid::Field("age", -1));
    assert_eq!(problem.detail(), Some("age cannot be -1"));
    assert_eq!(status_core::Problem::from(renamed::Conflict).code(), 409);
}

/// A struct takes the members' options on the type and its fields.
#[derive(Debug, HttpError)]
#[status(429)]
#[http_error(type = "/probs/slow-down", title = "Slow down.")]
struct SlowDown {
    #[http_error(extension)]
    retry_after_s: u32,
    #[http_error(instance)]
    request: http::Uri,
}
display!(SlowDown, "too many requests");

#[tokio::test]
async fn a_struct_is_sent_as_the_problem_it_converts_to() {
    let slow = || SlowDown {
        retry_after_s: 5,
        request: http::Uri::from_static("/users?page=2"),
    };
    let expected = json!({
        "type": "/probs/slow-down",
        "title": "Slow down.",
        "status": 429,
        "detail": "too many requests",
        "instance": "/users?page=2",
        "retry_after_s": 5,
    });
    assert_eq!(
        serde_json::to_value(status_core::Problem::from(slow())).unwrap(),
        expected
    );
    assert_eq!(answer(slow()).await, (429, expected));
}

#[test]
fn status_is_a_const_fn() {
    const STATUS: Status = Forbidden { rule: "x" }.status();
    assert_eq!(STATUS, Status::Forbidden);
    // An uninhabited type has no status to give, and needs none.
    let _: fn(&Never) -> Status = Never::status;
}

/// Every server error the hook heard, as `{:#}` writes it: the error and
/// its sources. The first call sets the hook, once for the whole test
/// binary, so a test calls this before it sends what the hook should hear.
fn heard() -> &'static std::sync::Mutex<Vec<String>> {
    static HEARD: std::sync::OnceLock<std::sync::Mutex<Vec<String>>> = std::sync::OnceLock::new();
    HEARD.get_or_init(|| {
        status_core::set_server_error_hook(|error| {
            heard().lock().unwrap().push(format!("{error:#}"));
        })
        .expect("only this test binary sets the hook");
        std::sync::Mutex::new(Vec::new())
    })
}

/// Whether the hook heard exactly `message`.
fn was_heard(message: &str) -> bool {
    heard().lock().unwrap().iter().any(|heard| heard == message)
}

/// An error as a service writes it with thiserror, with every option.
#[derive(Debug, thiserror::Error, HttpError)]
#[http_error(type = "https://example.com/probs/account", title = "Account problem")]
enum AccountError {
    /// The balance does not cover the cost.
    #[error("your balance is {balance}, but that costs {cost}")]
    #[status(403)]
    #[http_error(
        type = "https://example.com/probs/out-of-credit",
        title = "You do not have enough credit."
    )]
    OutOfCredit {
        #[http_error(extension)]
        balance: u32,
        #[http_error(extension)]
        accounts: Vec<&'static str>,
        cost: u32,
        #[http_error(instance)]
        at: String,
    },
    #[error("account {0} is closed")]
    #[status(410)]
    Closed(#[http_error(instance)] &'static str),
    #[error("the ledger cannot be read")]
    #[status(503)]
    Ledger {
        #[source]
        cause: std::io::Error,
        #[http_error(extension)]
        retry_after_s: u8,
    },
}

#[test]
fn a_problem_from_an_error_has_every_member_its_options_give() {
    let error = AccountError::OutOfCredit {
        balance: 30,
        accounts: vec!["/account/12345", "/account/67890"],
        cost: 50,
        at: "/account/12345/msgs/abc".into(),
    };
    let problem = status_core::Problem::from(&error);
    assert_eq!(
        serde_json::to_value(&problem).unwrap(),
        json!({
            "type": "https://example.com/probs/out-of-credit",
            "title": "You do not have enough credit.",
            "status": 403,
            "detail": "your balance is 30, but that costs 50",
            "instance": "/account/12345/msgs/abc",
            "balance": 30,
            "accounts": ["/account/12345", "/account/67890"],
        })
    );
    assert_eq!(status_core::Problem::from(error), problem);

    // The type's `type` and `title` serve a variant without its own.
    let closed = status_core::Problem::from(AccountError::Closed("/account/7"));
    assert_eq!(closed.type_uri(), "https://example.com/probs/account");
    assert_eq!(closed.title(), "Account problem");
    assert_eq!(closed.instance(), Some("/account/7"));
    assert_eq!(closed.detail(), Some("account /account/7 is closed"));
}

#[tokio::test]
async fn a_problem_from_a_server_error_hides_it_and_only_sending_reports_it() {
    let ledger = || AccountError::Ledger {
        cause: std::io::Error::other("disk 3 is gone"),
        retry_after_s: 30,
    };
    let expected = json!({
        "type": "https://example.com/probs/account",
        "title": "Account problem",
        "status": 503,
        "retry_after_s": 30,
    });
    let message = "503 Service Unavailable: the ledger cannot be read: disk 3 is gone";
    heard();

    let problem = status_core::Problem::from(ledger());
    assert_eq!(serde_json::to_value(&problem).unwrap(), expected);
    assert!(!was_heard(message), "building the problem reports nothing");

    // Sent, the same problem goes out, and the hook hears the error with
    // its source.
    assert_eq!(answer(ledger()).await, (503, expected));
    assert!(was_heard(message), "{:?}", heard().lock().unwrap());
}

/// A server error that is no `std::error::Error`: only `Debug` and
/// `Display`.
#[derive(Debug, HttpError)]
#[status(500)]
struct PlainFailure;
display!(PlainFailure, "the plain failure");

#[tokio::test]
async fn a_type_without_error_reaches_the_hook_without_sources() {
    heard();
    assert_eq!(answer(PlainFailure).await.0, 500);
    assert!(was_heard("500 Internal Server Error: the plain failure"));
    assert_eq!(
        status_core::Problem::from(&PlainFailure),
        status_core::Problem::new(Status::InternalServerError)
    );
}
