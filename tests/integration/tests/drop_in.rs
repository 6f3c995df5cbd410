//! Code written against `http::StatusCode`, compiled with status-core's
//! `Status` in its place. The only change from the http version is the
//! import below: if any method, trait or constant that such code relies on
//! goes missing, this file stops compiling.

use status_core::Status as StatusCode;

use std::collections::HashMap;
use std::error::Error;
use std::fmt;

/// A response as a small service might model it.
#[derive(Debug, Default)]
struct Response {
    status: StatusCode,
    body: String,
}

impl Response {
    fn new(status: StatusCode, body: impl Into<String>) -> Response {
        Response {
            status,
            body: body.into(),
        }
    }
}

/// A handler that answers from a store.
fn get_user(users: &HashMap<u32, &str>, id: u32) -> Response {
    match users.get(&id) {
        Some(name) => Response::new(StatusCode::OK, *name),
        None => Response::new(StatusCode::NOT_FOUND, format!("no user {id}")),
    }
}

/// A handler that validates its input.
fn create_user(name: &str) -> Response {
    if name.is_empty() {
        return Response::new(StatusCode::UNPROCESSABLE_ENTITY, "name is empty");
    }
    if name.len() > 64 {
        return Response::new(StatusCode::PAYLOAD_TOO_LARGE, "name is too long");
    }
    Response::new(StatusCode::CREATED, name)
}

/// Reads the status an upstream service reported as a number.
fn upstream_status(code: u16) -> Result<StatusCode, Box<dyn Error>> {
    let status = StatusCode::from_u16(code)?;
    Ok(status)
}

/// Reads the status from the text of a status line, such as
/// `HTTP/1.1 503 Service Unavailable`.
fn status_from_line(line: &str) -> Result<StatusCode, Box<dyn Error>> {
    let code = line.split(' ').nth(1).ok_or("no status code")?;
    Ok(StatusCode::from_bytes(code.as_bytes())?)
}

#[derive(Debug, PartialEq)]
enum ProxyError {
    BadUpstreamStatus(u16),
}

impl fmt::Display for ProxyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProxyError::BadUpstreamStatus(code) => write!(f, "upstream sent {code}"),
        }
    }
}

impl Error for ProxyError {}

fn checked_upstream(code: u16) -> Result<StatusCode, ProxyError> {
    StatusCode::from_u16(code).map_err(|_| ProxyError::BadUpstreamStatus(code))
}

/// How long a client waits before it retries, the way retry middleware
/// decides.
fn retry_after_seconds(status: StatusCode) -> Option<u32> {
    match status {
        StatusCode::TOO_MANY_REQUESTS => Some(60),
        StatusCode::BAD_GATEWAY | StatusCode::GATEWAY_TIMEOUT => Some(1),
        StatusCode::SERVICE_UNAVAILABLE => Some(30),
        _ => None,
    }
}

fn log_line(response: &Response) -> String {
    format!(
        "{} {} ({} bytes, {})",
        response.status.as_u16(),
        response.status.canonical_reason().unwrap_or("<unknown>"),
        response.body.len(),
        response.status,
    )
}

#[test]
fn handlers_return_the_statuses_http_code_expects() {
    let users = HashMap::from([(7, "ada")]);
    let found = get_user(&users, 7);
    assert_eq!(found.status, StatusCode::OK);
    assert!(found.status.is_success());
    assert_eq!(found.status, 200);

    let missing = get_user(&users, 8);
    assert_eq!(missing.status, 404);
    assert!(missing.status == 404);
    assert!(404 == missing.status);
    assert!(missing.status.is_client_error());
    assert_eq!(missing.body, "no user 8");

    assert_eq!(create_user("").status.as_u16(), 422);
    assert_eq!(create_user(&"x".repeat(65)).status.as_u16(), 413);
    assert_eq!(create_user("ada").status, StatusCode::CREATED);
}

#[test]
fn the_default_response_is_200() {
    let response = Response::default();
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(StatusCode::default().as_u16(), 200);
}

#[test]
fn question_mark_works_on_from_u16_and_parsing() {
    assert_eq!(
        upstream_status(503).unwrap(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    let error = upstream_status(499).unwrap_err();
    assert_eq!(error.to_string(), "499 is not a registered status code");

    assert_eq!(
        status_from_line("HTTP/1.1 503 Service Unavailable").unwrap(),
        503
    );
    assert!(status_from_line("HTTP/1.1 5x3 Oops").is_err());
    assert!(status_from_line("garbage").is_err());

    assert_eq!(checked_upstream(418), Ok(StatusCode::IM_A_TEAPOT));
    assert_eq!(
        checked_upstream(1000),
        Err(ProxyError::BadUpstreamStatus(1000))
    );
    assert_eq!(StatusCode::from_u16(204).ok(), Some(StatusCode::NO_CONTENT));
    assert_eq!(StatusCode::from_u16(600).ok(), None);
}

#[test]
fn matching_on_constants_and_display_behave_as_with_http() {
    assert_eq!(
        retry_after_seconds(StatusCode::from_u16(503).unwrap()),
        Some(30)
    );
    assert_eq!(
        retry_after_seconds(StatusCode::from_u16(429).unwrap()),
        Some(60)
    );
    assert_eq!(retry_after_seconds(StatusCode::NOT_FOUND), None);

    let line = log_line(&Response::new(StatusCode::NOT_FOUND, "nope"));
    assert_eq!(line, "404 Not Found (4 bytes, 404 Not Found)");
    assert_eq!(StatusCode::NOT_FOUND.as_str(), "404");
    assert_eq!(StatusCode::NOT_FOUND.to_string(), "404 Not Found");
}

#[test]
fn http_and_status_core_compare_both_ways() {
    let ours = StatusCode::NOT_FOUND;
    let theirs = http::StatusCode::NOT_FOUND;
    assert!(ours == theirs);
    assert!(theirs == ours);
    assert!(ours != http::StatusCode::OK);
    assert!(http::StatusCode::OK != ours);
}
