//! axum responses, with the `axum` feature: `IntoResponse` for [`Status`],
//! [`Problem`], [`WithStatus`], [`JsonBody`] and error types deriving
//! [`HttpError`](crate::HttpError).
//!
//! The impls are on axum-core's `IntoResponse`, which axum re-exports, so
//! they work with axum 0.8 and any other crate built on axum-core 0.5.
//! A status is an empty response: `async fn gone() -> Status { status!(410) }`.
//!
//! ```
//! use axum_core::response::IntoResponse;
//! use status_core::status;
//!
//! let response = status!(410).into_response();
//! assert_eq!(response.status(), http::StatusCode::GONE);
//! ```

/// `IntoResponse` for a generated status enum: an empty response with the
/// status.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_status {
    ($Name:ident) => {
        /// An empty response with this status.
        impl $crate::__private::axum_core::response::IntoResponse for $Name {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::axum_enabled::status_response(
                    self as ::core::primitive::u16,
                    self.phrase(),
                    self.allows_content(),
                )
            }
        }
    };
}

/// Without the `axum` feature there is nothing to implement.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_status {
    ($Name:ident) => {};
}

/// `IntoResponse` for a type deriving `HttpError`: its problem.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_error {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        impl $($generics)* $crate::__private::axum_core::response::IntoResponse
            for $($ty)* $($where)*
        {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::axum_enabled::error_response(&self)
            }
        }
    };
}

/// Without the `axum` feature there is nothing to implement.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_error {
    ($($input:tt)*) => {};
}

/// What the enabled twins call, and the responses of status-core's own
/// types.
#[cfg(feature = "axum")]
pub mod enabled {
    use ::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
    use ::http::{HeaderValue, StatusCode};
    use alloc::vec::Vec;
    use axum_core::body::Body;
    use axum_core::response::{IntoResponse, Response};
    use hyper::ext::ReasonPhrase;

    use crate::class::Class;
    use crate::error_status::ErrorProblem;
    use crate::problem::Problem;
    use crate::respond::{
        Content, JsonBody, WithStatus, error_problem, problem_json, report_not_final,
    };
    use crate::status::Status;

    /// The http status for a code; every code a status type holds is in the
    /// 100..=999 that http accepts, and 500 only guards that promise.
    fn status_code(code: u16) -> StatusCode {
        StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// Sets the status, and the reason phrase where http's differs from ours.
    ///
    /// hyper writes http's phrase, or `<none>` for a code http has none for,
    /// such as a registry's 499, unless the response carries its own. So the
    /// phrase goes along only where it changes the status line: no allocation
    /// for the common codes.
    fn set_status(response: &mut Response, code: u16, reason: &'static str) {
        let status = status_code(code);
        *response.status_mut() = status;
        response.extensions_mut().remove::<ReasonPhrase>();
        if status.canonical_reason() != Some(reason) && is_valid_reason(reason) {
            response
                .extensions_mut()
                .insert(ReasonPhrase::from_static(reason.as_bytes()));
        }
    }

    /// `response` sent with this status, as the status's data allows:
    /// without its body where the status carries no content, and as a 500
    /// problem, reported to the server error hook, for an interim 1xx.
    fn finish(
        mut response: Response,
        code: u16,
        reason: &'static str,
        content: Content,
    ) -> Response {
        match content {
            Content::Allowed => {}
            Content::Forbidden => {
                *response.body_mut() = Body::empty();
                let headers = response.headers_mut();
                headers.remove(CONTENT_LENGTH);
                if Class::of(code) == Some(Class::Successful) {
                    headers.remove(CONTENT_TYPE);
                }
            }
            Content::NotFinal => {
                report_not_final(code, reason);
                return Problem::new(Status::InternalServerError).into_response();
            }
        }
        set_status(&mut response, code, reason);
        response
    }

    /// Whether hyper accepts `reason` as a reason phrase (RFC 9112,
    /// Section 4): tabs, spaces, visible ASCII and obs-text.
    const fn is_valid_reason(reason: &str) -> bool {
        let bytes = reason.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if !(b == b'\t' || b == b' ' || (b >= 0x21 && b != 0x7f)) {
                return false;
            }
            i += 1;
        }
        true
    }

    /// A response with `bytes` as its body, of the given media type.
    fn with_body(
        code: u16,
        reason: &'static str,
        content_type: &'static str,
        bytes: Vec<u8>,
    ) -> Response {
        let mut response = Response::new(Body::from(bytes));
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        finish(response, code, reason, Content::of_code(code))
    }

    /// An empty response with the status of this code: what a status enum's
    /// `IntoResponse` calls, with the status's `allows_content()`.
    #[doc(hidden)]
    pub fn status_response(code: u16, reason: &'static str, allows_content: bool) -> Response {
        let mut response = finish(
            ().into_response(),
            code,
            reason,
            Content::of(code, allows_content),
        );
        response.extensions_mut().insert(crate::layer::AsAsked);
        response
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
            with_body(
                self.code(),
                self.reason(),
                Problem::CONTENT_TYPE,
                problem_json(&self),
            )
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
                Some(bytes) => with_body(200, "OK", "application/json", bytes),
                None => Self::failed().into_response(),
            }
        }
    }

    /// The body's response with the status replaced, unless the body failed
    /// with a 5xx of its own. A status whose data allows no content drops
    /// the body.
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
            let (code, reason, content) = (self.code(), self.reason(), self.content());
            let response = self.into_body().into_response();
            if response.status().is_server_error() {
                return response;
            }
            let mut response = finish(response, code, reason, content);
            response.extensions_mut().insert(crate::layer::AsAsked);
            response
        }
    }

    /// The response of an `HttpError` type; what its derive calls.
    #[doc(hidden)]
    pub fn error_response<E: ErrorProblem + ?Sized>(error: &E) -> Response {
        error_problem(error).into_response()
    }
}
