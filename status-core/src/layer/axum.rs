//! [`ProblemLayer`] as a tower `Layer`, for axum's `Router::layer`.

use alloc::boxed::Box;
use core::future::{Future, poll_fn};
use core::pin::Pin;
use core::task::{Context, Poll};

use ::http::header::{CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE};
use ::http::{HeaderValue, Method, Request, Response, StatusCode};
use axum_core::BoxError;
use axum_core::body::Body;
use hyper::body::{Body as _, Bytes};
use tower_layer::Layer;
use tower_service::Service;

use super::{AsAsked, Capped, Plan, ProblemLayer, Seen, plan, problem};
use crate::problem::Problem;
use crate::respond::problem_json;

/// Wraps a service, such as an axum `Route`, so that its error responses
/// become problems.
///
/// ```
/// use axum::Router;
/// use axum::routing::get;
/// use status_core::ProblemLayer;
///
/// let app: Router = Router::new()
///     .route("/", get(|| async { "hello" }))
///     .layer(ProblemLayer::new());
/// ```
impl<S> Layer<S> for ProblemLayer {
    type Service = ProblemService<S>;

    fn layer(&self, inner: S) -> ProblemService<S> {
        ProblemService {
            inner,
            layer: *self,
        }
    }
}

/// The service [`ProblemLayer`] wraps another in, with the `axum` feature;
/// see [`ProblemLayer`] for what it does to responses.
///
/// ```
/// use status_core::{ProblemLayer, ProblemService};
/// use tower_layer::Layer;
///
/// let service: ProblemService<()> = ProblemLayer::new().layer(());
/// ```
#[derive(Clone, Copy, Debug)]
pub struct ProblemService<S> {
    inner: S,
    layer: ProblemLayer,
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for ProblemService<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    S::Future: Send + 'static,
    ResBody: hyper::body::Body<Data = Bytes> + Send + 'static,
    ResBody::Error: Into<BoxError>,
{
    type Response = Response<Body>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let head = request.method() == Method::HEAD;
        let layer = self.layer;
        let future = self.inner.call(request);
        Box::pin(async move {
            let response = future.await?;
            Ok(layer.respond(response.map(Body::new), head).await)
        })
    }
}

impl ProblemLayer {
    /// The response to send in place of `response`, after checking it.
    async fn respond(self, response: Response<Body>, head: bool) -> Response<Body> {
        // axum's router answers a wrong method with a 405 of its own and
        // adds `Allow` to it outside every layer, after this one has seen
        // the response; only a 405 a handler made is checked for `Allow`.
        let routers_405 = response.status() == StatusCode::METHOD_NOT_ALLOWED
            && response.extensions().get::<AsAsked>().is_none()
            && response.body().is_end_stream();
        let response = self.rewrite(response, head).await;
        let body = response.body();
        let has_content = !(body.is_end_stream() || body.size_hint().exact() == Some(0));
        let headers = response.headers();
        self.check(
            response.status().as_u16(),
            |name| headers.contains_key(name) || (routers_405 && name == "Allow"),
            has_content,
        );
        response
    }

    /// `response`, or the problem that replaces it.
    async fn rewrite(self, response: Response<Body>, head: bool) -> Response<Body> {
        let (mut parts, mut body) = response.into_parts();
        let seen = Seen {
            code: parts.status.as_u16(),
            as_asked: parts.extensions.get::<AsAsked>().is_some(),
            content_type: parts.headers.get(CONTENT_TYPE).map(HeaderValue::as_bytes),
            empty: body.is_end_stream() || body.size_hint().exact() == Some(0),
            encoded: parts.headers.contains_key(CONTENT_ENCODING),
        };
        let text = match plan(seen) {
            Plan::Keep => return Response::from_parts(parts, body),
            Plan::Empty => Capped::default(),
            Plan::Text => read(&mut body).await,
        }
        .into_text();
        let problem = problem(parts.status.as_u16(), &text);
        parts.headers.remove(CONTENT_LENGTH);
        parts.headers.remove(CONTENT_ENCODING);
        parts.headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static(Problem::CONTENT_TYPE),
        );
        let body = if head {
            Body::empty()
        } else {
            Body::from(problem_json(&problem))
        };
        Response::from_parts(parts, body)
    }
}

/// The first [`ProblemLayer::BODY_LIMIT`] bytes of `body`. A body that
/// fails part-way gives what arrived before.
async fn read(body: &mut Body) -> Capped {
    let mut capped = Capped::default();
    while let Some(Ok(frame)) = poll_fn(|cx| Pin::new(&mut *body).poll_frame(cx)).await {
        if let Ok(data) = frame.into_data() {
            if !capped.push(&data) {
                break;
            }
        }
    }
    capped
}
