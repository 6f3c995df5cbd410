//! actix-web responses, with the `actix-web` feature: `Responder` for
//! [`Status`], [`Problem`], [`WithStatus`] and [`JsonBody`], and the
//! `ResponseError` that [`HttpError`](crate::HttpError) derives.
//!
//! actix-web 4 is built on `http` 0.2, so this module uses only the types
//! actix-web re-exports, never those of the `http` feature (`http` 1.x).
//! Every status enum converts to and from actix-web's own `StatusCode` and
//! compares with it, both ways:
//!
//! ```
//! use actix_web::HttpResponse;
//! use actix_web::http::StatusCode;
//! use status_core::{status, Status};
//!
//! let response = HttpResponse::build(status!(404).into()).finish();
//! assert!(response.status() == status!(404));
//! assert!(status!(404) == response.status());
//! assert_eq!(Status::try_from(StatusCode::GONE), Ok(Status::Gone));
//! assert!(Status::try_from(StatusCode::from_u16(499).unwrap()).is_err());
//! ```
//!
//! A status is an empty response.
//!
//! ```
//! use actix_web::Responder;
//! use actix_web::test::TestRequest;
//! use status_core::status;
//!
//! let response = status!(410).respond_to(&TestRequest::default().to_http_request());
//! assert_eq!(response.status().as_u16(), 410);
//! ```

/// `Responder` for a generated status enum: an empty response with the
/// status.
#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_status {
    ($Name:ident) => {
        /// An empty response with this status.
        impl $crate::__private::actix_web::Responder for $Name {
            type Body = $crate::__private::actix_web::body::BoxBody;

            fn respond_to(
                self,
                _: &$crate::__private::actix_web::HttpRequest,
            ) -> $crate::__private::actix_web::HttpResponse {
                $crate::__private::actix_enabled::status_response(
                    self as ::core::primitive::u16,
                    self.phrase(),
                    self.allows_content(),
                )
            }
        }

        /// actix-web's own `StatusCode` (from http 0.2), so that
        /// `HttpResponse::build(status.into())` works.
        impl ::core::convert::From<$Name> for $crate::__private::actix_web::http::StatusCode {
            #[inline]
            fn from(status: $Name) -> $crate::__private::actix_web::http::StatusCode {
                $crate::__private::actix_enabled::status_code(status as ::core::primitive::u16)
            }
        }

        /// The status with the code of actix-web's `StatusCode`; fails for a
        /// code the data does not have.
        impl ::core::convert::TryFrom<$crate::__private::actix_web::http::StatusCode> for $Name {
            type Error = $crate::UnknownStatus;

            #[inline]
            fn try_from(
                code: $crate::__private::actix_web::http::StatusCode,
            ) -> ::core::result::Result<$Name, $crate::UnknownStatus> {
                $Name::from_u16(code.as_u16())
            }
        }

        /// Compares with actix-web's `StatusCode` by code.
        impl ::core::cmp::PartialEq<$crate::__private::actix_web::http::StatusCode> for $Name {
            #[inline]
            fn eq(
                &self,
                other: &$crate::__private::actix_web::http::StatusCode,
            ) -> ::core::primitive::bool {
                *self as ::core::primitive::u16 == other.as_u16()
            }
        }

        /// Compares actix-web's `StatusCode` with a status by code, so
        /// `response.status() == status` works.
        impl ::core::cmp::PartialEq<$Name> for $crate::__private::actix_web::http::StatusCode {
            #[inline]
            fn eq(&self, other: &$Name) -> ::core::primitive::bool {
                self.as_u16() == *other as ::core::primitive::u16
            }
        }
    };
}

/// Without the `actix-web` feature there is nothing to implement.
#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_status {
    ($Name:ident) => {};
}

/// `ResponseError` for a type deriving `HttpError`: its status and its
/// problem.
#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_error {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        impl $($generics)* $crate::__private::actix_web::ResponseError for $($ty)* $($where)* {
            fn status_code(&self) -> $crate::__private::actix_web::http::StatusCode {
                $crate::__private::actix_enabled::error_status_code(self)
            }

            fn error_response(&self) -> $crate::__private::actix_web::HttpResponse {
                $crate::__private::actix_enabled::error_response(self)
            }
        }
    };
}

/// Without the `actix-web` feature there is nothing to implement.
#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_error {
    ($($input:tt)*) => {};
}

/// What the enabled twins call, and the responses of status-core's own
/// types.
#[cfg(feature = "actix-web")]
pub mod enabled {
    use actix_web::body::{BoxBody, MessageBody};
    use actix_web::http::StatusCode;
    use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderValue};
    use actix_web::{HttpRequest, HttpResponse, Responder};
    use alloc::vec::Vec;

    use crate::class::Class;
    use crate::error_status::{ErrorProblem, ErrorStatus};
    use crate::problem::Problem;
    use crate::respond::{
        Content, JsonBody, WithStatus, error_problem, problem_json, report_not_final,
    };
    use crate::status::Status;

    /// actix-web's status for a code; every code a status type holds is in the
    /// 100..=999 that it accepts, and 500 only guards that promise.
    #[doc(hidden)]
    #[inline]
    pub fn status_code(code: u16) -> StatusCode {
        StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// Sets the status and its reason phrase. actix-web writes its own
    /// phrase, or `<unknown status code>` for a code it has none for, such as a
    /// registry's 499, unless the response names one.
    fn set_status<B>(response: &mut HttpResponse<B>, code: u16, reason: &'static str) {
        *response.status_mut() = status_code(code);
        response.head_mut().reason = Some(reason);
    }

    /// `response` sent with this status, as the status's data allows:
    /// without its body where the status carries no content, and as a 500
    /// problem, reported to the server error hook, for an interim 1xx.
    fn finish<B: MessageBody + 'static>(
        response: HttpResponse<B>,
        code: u16,
        reason: &'static str,
        content: Content,
    ) -> HttpResponse {
        let mut response = match content {
            Content::Allowed => response.map_into_boxed_body(),
            Content::Forbidden => {
                let mut response = response.set_body(BoxBody::new(()));
                let headers = response.headers_mut();
                headers.remove(CONTENT_LENGTH);
                if Class::of(code) == Some(Class::Successful) {
                    headers.remove(CONTENT_TYPE);
                }
                response
            }
            Content::NotFinal => {
                report_not_final(code, reason);
                return problem_response(&Problem::new(Status::InternalServerError));
            }
        };
        set_status(&mut response, code, reason);
        response
    }

    /// The problem as `application/problem+json`, with its status.
    fn problem_response(problem: &Problem) -> HttpResponse {
        with_body(
            problem.code(),
            problem.reason(),
            Problem::CONTENT_TYPE,
            problem_json(problem),
        )
    }

    /// A response with `bytes` as its body, of the given media type.
    fn with_body(
        code: u16,
        reason: &'static str,
        content_type: &'static str,
        bytes: Vec<u8>,
    ) -> HttpResponse {
        let mut response = HttpResponse::with_body(status_code(code), bytes);
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        finish(response, code, reason, Content::of_code(code))
    }

    /// An empty response with the status of this code: what a status enum's
    /// `Responder` calls, with the status's `allows_content()`.
    #[doc(hidden)]
    pub fn status_response(code: u16, reason: &'static str, allows_content: bool) -> HttpResponse {
        let mut response = finish(
            HttpResponse::new(status_code(code)),
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
    /// use actix_web::Responder;
    /// use actix_web::test::TestRequest;
    /// use status_core::{status, Problem};
    ///
    /// let problem = Problem::new(status!(404)).with_detail("no user 7");
    /// let response = problem.respond_to(&TestRequest::default().to_http_request());
    /// assert_eq!(response.status().as_u16(), 404);
    /// let content_type = response.headers().get("content-type").unwrap();
    /// assert_eq!(content_type, "application/problem+json");
    /// ```
    impl Responder for Problem {
        type Body = BoxBody;

        fn respond_to(self, _: &HttpRequest) -> HttpResponse {
            problem_response(&self)
        }
    }

    /// A problem is an actix-web error, so `Result<_, Problem>` is a handler's
    /// result and `?` turns a problem into the response. The response is the
    /// problem as `application/problem+json` with its status, as its
    /// `Responder` sends it.
    ///
    /// It is also what an extractor's error handler returns to answer with a
    /// problem instead of actix-web's plain text: `JsonConfig`, `PathConfig`,
    /// `QueryConfig` and `FormConfig` each take one.
    ///
    /// ```
    /// use actix_web::error::{JsonPayloadError, PathError};
    /// use actix_web::{App, HttpRequest, web};
    /// use status_core::{status, Problem};
    ///
    /// async fn find(id: web::Path<u32>) -> Result<String, Problem> {
    ///     match *id {
    ///         7 => Ok("user 7".to_owned()),
    ///         id => Err(Problem::new(status!(404)).with_detail(format!("no user {id}"))),
    ///     }
    /// }
    ///
    /// fn json_problem(error: JsonPayloadError, _: &HttpRequest) -> actix_web::Error {
    ///     let status = match error {
    ///         JsonPayloadError::ContentType => status!(415),
    ///         JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
    ///             status!(413)
    ///         }
    ///         _ => status!(400),
    ///     };
    ///     Problem::new(status).with_detail(error.to_string()).into()
    /// }
    ///
    /// fn path_problem(error: PathError, _: &HttpRequest) -> actix_web::Error {
    ///     Problem::new(status!(404)).with_detail(error.to_string()).into()
    /// }
    ///
    /// let app = App::new()
    ///     .app_data(web::JsonConfig::default().error_handler(json_problem))
    ///     .app_data(web::PathConfig::default().error_handler(path_problem))
    ///     .route("/users/{id}", web::get().to(find));
    /// ```
    impl actix_web::ResponseError for Problem {
        fn status_code(&self) -> StatusCode {
            final_status_code(self.code())
        }

        fn error_response(&self) -> HttpResponse {
            problem_response(self)
        }
    }

    /// The body as `application/json`, with 200 OK; a value that does not
    /// serialize answers a 500 problem.
    ///
    /// ```
    /// use actix_web::Responder;
    /// use actix_web::test::TestRequest;
    /// use status_core::JsonBody;
    ///
    /// let response = JsonBody([1, 2]).respond_to(&TestRequest::default().to_http_request());
    /// let content_type = response.headers().get("content-type").unwrap();
    /// assert_eq!(content_type, "application/json");
    /// ```
    impl<T: serde::Serialize> Responder for JsonBody<T> {
        type Body = BoxBody;

        fn respond_to(self, request: &HttpRequest) -> HttpResponse {
            match self.to_json() {
                Some(bytes) => with_body(200, "OK", "application/json", bytes),
                None => Self::failed().respond_to(request),
            }
        }
    }

    /// The body's response with the status replaced, unless the body failed
    /// with a 5xx of its own.
    ///
    /// ```
    /// use actix_web::Responder;
    /// use actix_web::test::TestRequest;
    /// use status_core::status;
    ///
    /// let response = status!(201).json([7]).respond_to(&TestRequest::default().to_http_request());
    /// assert_eq!(response.status().as_u16(), 201);
    /// ```
    impl<B: Responder> Responder for WithStatus<B>
    where
        B::Body: 'static,
    {
        type Body = BoxBody;

        fn respond_to(self, request: &HttpRequest) -> HttpResponse {
            let (code, reason, content) = (self.code(), self.reason(), self.content());
            let response = self.into_body().respond_to(request);
            if response.status().is_server_error() {
                return response.map_into_boxed_body();
            }
            let mut response = finish(response, code, reason, content);
            response.extensions_mut().insert(crate::layer::AsAsked);
            response
        }
    }

    /// The status of an `HttpError` type, for `ResponseError::status_code`.
    #[doc(hidden)]
    pub fn error_status_code<E: ErrorStatus + ?Sized>(error: &E) -> StatusCode {
        final_status_code(error.__status_parts().0)
    }

    /// The status a response with this code goes out with: the code, or
    /// 500 for an interim 1xx (see `finish`).
    fn final_status_code(code: u16) -> StatusCode {
        match Content::of_code(code) {
            // The response is a 500: see `finish`.
            Content::NotFinal => StatusCode::INTERNAL_SERVER_ERROR,
            Content::Allowed | Content::Forbidden => status_code(code),
        }
    }

    /// The response of an `HttpError` type, for
    /// `ResponseError::error_response`.
    #[doc(hidden)]
    pub fn error_response<E: ErrorProblem + ?Sized>(error: &E) -> HttpResponse {
        problem_response(&error_problem(error))
    }
}
