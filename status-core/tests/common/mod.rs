//! Handlers that more than one test of `ProblemLayer` on axum routes.

use axum::http::StatusCode;
use axum::http::header::RETRY_AFTER;
use axum::response::IntoResponse;

/// A 503 with `Retry-After` and a plain-text reason, which the layer hides
/// from the client and hands to the hook or to tracing.
pub async fn busy() -> impl IntoResponse {
    let retry = [(RETRY_AFTER, "120")];
    (
        StatusCode::SERVICE_UNAVAILABLE,
        retry,
        "queue full at node 3",
    )
}
