//! [`ProblemLayer`] as an actix-web `Transform`, for `App::wrap`.

use alloc::boxed::Box;
use core::future::{Future, Ready, poll_fn, ready};
use core::pin::Pin;

use actix_web::body::{BodySize, BoxBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::http::Method;
use actix_web::http::header::{CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, HeaderValue};
use actix_web::{Error, HttpResponse};

use super::{AsAsked, Capped, Plan, ProblemLayer, Seen, plan, problem};
use crate::problem::Problem;
use crate::respond::problem_json;

/// Wraps an actix-web service so that its error responses become problems.
///
/// ```
/// use actix_web::{App, web};
/// use status_core::ProblemLayer;
///
/// let app = App::new()
///     .wrap(ProblemLayer::new())
///     .route("/", web::get().to(|| async { "hello" }));
/// ```
impl<S, B> Transform<S, ServiceRequest> for ProblemLayer
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<BoxBody>;
    type Error = Error;
    type Transform = ProblemMiddleware<S>;
    type InitError = ();
    type Future = Ready<Result<ProblemMiddleware<S>, ()>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(ProblemMiddleware {
            service,
            layer: *self,
        }))
    }
}

/// The service [`ProblemLayer`] wraps another in, with the `actix-web`
/// feature; see [`ProblemLayer`] for what it does to responses.
///
/// It is what `App::wrap(ProblemLayer::new())` builds; there is no other
/// way to make one.
///
/// ```
/// use actix_web::{App, HttpResponse, test, web};
/// use status_core::ProblemLayer;
///
/// # actix_rt::System::new().block_on(async {
/// let app = test::init_service(
///     App::new()
///         .wrap(ProblemLayer::new())
///         .route("/", web::get().to(HttpResponse::Ok)),
/// )
/// .await;
/// let response = test::call_service(&app, test::TestRequest::get().uri("/x").to_request()).await;
/// let content_type = response.headers().get("content-type").unwrap();
/// assert_eq!(content_type, "application/problem+json");
/// # });
/// ```
#[derive(Debug)]
pub struct ProblemMiddleware<S> {
    service: S,
    layer: ProblemLayer,
}

impl<S, B> Service<ServiceRequest> for ProblemMiddleware<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    S::Future: 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<BoxBody>;
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<ServiceResponse<BoxBody>, Error>>>>;

    forward_ready!(service);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        let head = request.method() == Method::HEAD;
        let layer = self.layer;
        let future = self.service.call(request);
        Box::pin(async move {
            let response = future.await?.map_into_boxed_body();
            let (request, response) = response.into_parts();
            let response = layer.respond_actix(response, head).await;
            Ok(ServiceResponse::new(request, response))
        })
    }
}

impl ProblemLayer {
    /// The response to send in place of `response`, after checking it.
    async fn respond_actix(self, response: HttpResponse, head: bool) -> HttpResponse {
        let response = self.rewrite_actix(response, head).await;
        let has_content = !matches!(response.body().size(), BodySize::None | BodySize::Sized(0));
        let headers = response.headers();
        self.check(
            response.status().as_u16(),
            |name| headers.contains_key(name),
            has_content,
        );
        response
    }

    /// `response`, or the problem that replaces it.
    async fn rewrite_actix(self, response: HttpResponse, head: bool) -> HttpResponse {
        let code = response.status().as_u16();
        let seen = Seen {
            code,
            as_asked: response.extensions().get::<AsAsked>().is_some(),
            content_type: response
                .headers()
                .get(CONTENT_TYPE)
                .map(HeaderValue::as_bytes),
            empty: matches!(response.body().size(), BodySize::None | BodySize::Sized(0)),
            encoded: response.headers().contains_key(CONTENT_ENCODING),
        };
        let (mut response, body) = match plan(seen) {
            Plan::Keep => return response,
            Plan::Empty => (response.into_parts().0, Capped::default()),
            Plan::Text => {
                let (response, body) = response.into_parts();
                (response, read(body).await)
            }
        };
        let problem = problem(code, &body.into_text());
        let headers = response.headers_mut();
        headers.remove(CONTENT_LENGTH);
        headers.remove(CONTENT_ENCODING);
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static(Problem::CONTENT_TYPE),
        );
        if head {
            response.set_body(BoxBody::new(()))
        } else {
            response.set_body(BoxBody::new(problem_json(&problem)))
        }
    }
}

/// The first [`ProblemLayer::BODY_LIMIT`] bytes of `body`. A body that
/// fails part-way gives what arrived before.
async fn read(body: BoxBody) -> Capped {
    let mut body = core::pin::pin!(body);
    let mut capped = Capped::default();
    while let Some(Ok(chunk)) = poll_fn(|cx| body.as_mut().poll_next(cx)).await {
        if !capped.push(&chunk) {
            break;
        }
    }
    capped
}
