//! axum responses, with the `axum` feature: `IntoResponse` for [`Status`],
//! [`Problem`], [`WithStatus`], [`JsonBody`] and error types deriving
//! [`HttpError`](crate::HttpError).
//!
//! The impls are on axum-core's `IntoResponse`, which axum re-exports, so
//! they work with axum 0.8 and any other crate built on axum-core 0.5.

use ::http::header::CONTENT_TYPE;
use ::http::{HeaderValue, StatusCode};
use alloc::vec::Vec;
use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};

use crate::__private::ErrorStatus;
use crate::problem::Problem;
use crate::respond::{JsonBody, WithStatus, error_problem};
use crate::status::Status;

/// The http status for a code; every code a status type holds is in the
/// 100..=999 that http accepts, and 500 only guards that promise.
fn status_code(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// A response with `bytes` as its body, of the given media type.
fn with_body(code: u16, content_type: &'static str, bytes: Vec<u8>) -> Response {
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = status_code(code);
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// An empty response with this status: `async fn gone() -> Status {
/// status!(410) }`.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use status_core::status;
///
/// let response = status!(410).into_response();
/// assert_eq!(response.status(), http::StatusCode::GONE);
/// ```
impl IntoResponse for Status {
    fn into_response(self) -> Response {
        StatusCode::from(self).into_response()
    }
}

/// The problem as `application/problem+json`, with its status.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use status_core::{status, Problem};
///
/// let response = Problem::new(status!(404)).with_detail("no user 7").into_response();
/// assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// ```
impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        with_body(self.code(), Problem::CONTENT_TYPE, self.to_json())
    }
}

/// The body as `application/json`, with 200 OK; a value that does not
/// serialize answers a 500 problem.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use status_core::JsonBody;
///
/// let response = JsonBody([1, 2]).into_response();
/// assert_eq!(response.headers()["content-type"], "application/json");
/// ```
impl<T: serde::Serialize> IntoResponse for JsonBody<T> {
    fn into_response(self) -> Response {
        match self.to_json() {
            Some(bytes) => with_body(200, "application/json", bytes),
            None => Self::failed().into_response(),
        }
    }
}

/// The body's response with the status replaced, unless the body failed
/// with a 5xx of its own.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use status_core::status;
///
/// let response = status!(201).json([7]).into_response();
/// assert_eq!(response.status(), http::StatusCode::CREATED);
/// assert_eq!(response.headers()["content-type"], "application/json");
/// ```
impl<B: IntoResponse> IntoResponse for WithStatus<B> {
    fn into_response(self) -> Response {
        let code = self.code();
        let mut response = self.into_body().into_response();
        if !response.status().is_server_error() {
            *response.status_mut() = status_code(code);
        }
        response
    }
}

/// The response of an `HttpError` type; what its derive calls.
#[doc(hidden)]
pub fn error_response<E: ErrorStatus + core::fmt::Display + ?Sized>(error: &E) -> Response {
    error_problem(error).into_response()
}
