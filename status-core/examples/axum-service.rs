//! A small axum service that answers with status-core's types: one route
//! for each class a final response can have (1xx codes are interim and
//! never the answer to a handler), with the headers each code calls for.
//!
//! ```sh
//! cargo run -p status-core --example axum-service --features axum
//! curl -i http://127.0.0.1:3000/users/7
//! ```
//!
//! It listens on 127.0.0.1, on the port in `PORT` or 3000.

use std::fmt;

use axum::Router;
use axum::extract::Path;
use axum::http::HeaderMap;
use axum::http::header::{ETAG, IF_NONE_MATCH, LOCATION, RETRY_AFTER};
use axum::response::IntoResponse;
use axum::routing::get;
use serde_json::{Value, json};
use status_core::{HttpError, JsonBody, Problem, ServerError, Status, WithStatus, status};

/// What can go wrong in this service, and the status each answers with.
#[derive(Debug, HttpError)]
enum ApiError {
    /// The client's mistake: the detail tells them what to fix.
    #[status(404)]
    NoSuchUser(u32),
    /// The server's: the client sees only 500, the hook sees the message.
    #[status(500)]
    Database(&'static str),
    /// Announced downtime: worth telling the client when to come back.
    #[status(503)]
    #[http_error(detail)]
    Maintenance,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::NoSuchUser(id) => write!(f, "there is no user {id}"),
            ApiError::Database(message) => write!(f, "database: {message}"),
            ApiError::Maintenance => f.write_str("down for maintenance, back in 10 minutes"),
        }
    }
}

/// The one user this service knows, and its entity tag.
const USER_ID: u32 = 7;
const USER_ETAG: &str = "\"v1\"";

/// 2xx: the user, with an entity tag for conditional requests.
/// 3xx: 304 Not Modified when the client's copy is current.
/// 4xx: a 404 problem for any other id.
async fn user(Path(id): Path<u32>, headers: HeaderMap) -> Result<impl IntoResponse, ApiError> {
    if id != USER_ID {
        return Err(ApiError::NoSuchUser(id));
    }
    // RFC 9110, Section 15.4.5: a 304 repeats the ETag a 200 would send.
    let etag = [(ETAG, USER_ETAG)];
    if headers
        .get(IF_NONE_MATCH)
        .is_some_and(|tag| tag == USER_ETAG)
    {
        return Ok((etag, status!(304)).into_response());
    }
    Ok((etag, status!(200).json(json!({"id": id, "name": "Ada"}))).into_response())
}

/// 2xx: 201 Created, with the `Location` that 201 calls for.
async fn create_user() -> impl IntoResponse {
    (
        [(LOCATION, "/users/8")],
        status!(201).json(json!({"id": 8, "name": "Grace"})),
    )
}

/// 4xx: 429 with `Retry-After`, as RFC 6585 asks, and a problem body.
async fn limited() -> impl IntoResponse {
    (
        [(RETRY_AFTER, "30")],
        Problem::new(status!(429))
            .with_detail("at most 10 requests a minute; try again in 30 seconds")
            .with_extension("limit_per_minute", 10),
    )
}

/// 5xx: 503 with `Retry-After`, from an error type that shows its detail.
async fn maintenance() -> impl IntoResponse {
    ([(RETRY_AFTER, "600")], ApiError::Maintenance)
}

/// 5xx: a 500 whose message stays on the server.
async fn report() -> Result<WithStatus<JsonBody<Value>>, ApiError> {
    Err(ApiError::Database("connection refused at 10.0.0.5:5432"))
}

/// A bare status: 204 No Content, which must not carry a body.
async fn health() -> Status {
    status!(204)
}

/// Where server errors go: a real service would use `tracing` or `log`.
fn log_server_error(error: &ServerError<'_>) {
    eprintln!("server error: {error}");
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    // Set once, before serving; a second call would return an error.
    if let Err(error) = status_core::set_server_error_hook(log_server_error) {
        eprintln!("{error}");
    }
    let app = Router::new()
        .route("/health", get(health))
        .route("/users", axum::routing::post(create_user))
        .route("/users/{id}", get(user))
        .route("/limited", get(limited))
        .route("/maintenance", get(maintenance))
        .route("/report", get(report));
    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".to_owned());
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await?;
    eprintln!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app).await
}
