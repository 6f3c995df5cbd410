//! What handlers answer with status-core's types, in axum and in
//! actix-web, asked in process: `tower::ServiceExt::oneshot` hands each
//! request to the axum router and `actix_web::test` to the actix-web app,
//! so no socket is opened. The status, the content type and the body of
//! every answer are checked, and the server error hook is checked to get
//! what a 5xx hides.
//!
//! What only a real connection shows, the status line with its reason
//! phrase, the framing and keep-alive, is checked in `wire.rs`.

mod common;

use std::future::Future;

use common::*;
use serde_json::{Value, json};
use status_core::Problem;

/// One answer as a client would see it.
struct Answer {
    status: u16,
    content_type: Option<String>,
    body: String,
}

impl Answer {
    /// What a client sees of an answer with this `status`, `content_type`
    /// header value and `body`.
    fn new(status: u16, content_type: Option<&[u8]>, body: &[u8]) -> Answer {
        Answer {
            status,
            content_type: content_type
                .map(|v| std::str::from_utf8(v).unwrap_or("(not text)").to_owned()),
            body: String::from_utf8(body.to_vec()).expect("the body is text"),
        }
    }

    /// The JSON of a problem, after checking that the answer has this
    /// `status` and the problem's content type.
    fn problem(&self, status: u16) -> Value {
        assert_eq!(self.status, status, "{}", self.body);
        assert_eq!(
            self.content_type.as_deref(),
            Some("application/problem+json"),
            "{}",
            self.body
        );
        self.json()
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.body))
    }
}

/// The checks both frameworks must pass, route by route. `get` sends
/// `GET path` to the framework under test.
async fn check_service<F, A>(mut get: F)
where
    F: FnMut(&'static str) -> A,
    A: Future<Output = Answer>,
{
    record_server_errors();

    // A bare status: no body.
    let bare = get("/bare").await;
    assert_eq!(bare.status, 410);
    assert_eq!(bare.body, "");

    let too_large = get("/too-large").await;
    assert_eq!(too_large.status, 413);

    // A status with a JSON body.
    let created = get("/json").await;
    assert_eq!(created.status, 201);
    assert_eq!(created.content_type.as_deref(), Some("application/json"));
    assert_eq!(created.json(), json!({"id": 7, "name": "Ada"}));

    // A problem, read back as the type a client would use.
    let problem = get("/problem").await;
    assert_eq!(
        problem.problem(404),
        json!({
            "type": "about:blank",
            "title": "Not Found",
            "status": 404,
            "detail": "no user 7",
            "instance": "/users/7",
            "user_id": 7,
        })
    );
    let read: Problem = serde_json::from_str(&problem.body).expect("a problem body reads back");
    assert_eq!(read, not_found_problem());

    // A 4xx error: its Display is the detail.
    let client_error = get("/users/7").await;
    assert_eq!(
        client_error.problem(404),
        json!({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "no user 7"})
    );

    // A 5xx error: no detail, and the message is nowhere in the response;
    // the hook got it instead.
    let server_error = get("/database").await;
    assert_eq!(
        server_error.problem(500),
        json!({"type": "about:blank", "title": "Internal Server Error", "status": 500})
    );
    assert!(!server_error.body.contains("hunter2"));
    assert!(
        reported()
            .iter()
            .any(|r| r == &format!("500 Internal Server Error: database: {SECRET}")),
        "the hook did not receive the database error: {:?}",
        reported()
    );

    // A 5xx that opted in to showing its detail.
    let maintenance = get("/maintenance").await;
    assert_eq!(maintenance.status, 503);
    assert_eq!(
        maintenance.json()["detail"],
        "down for maintenance until 06:00"
    );

    // A registry's status answers like `Status`, as a bare status, with a
    // JSON body, as a problem and from an error type.
    let closed = get("/registry/bare").await;
    assert_eq!(closed.status, 499);
    assert_eq!(closed.body, "");
    let json = get("/registry/json").await;
    assert_eq!(json.status, 499);
    assert_eq!(json.content_type.as_deref(), Some("application/json"));
    assert_eq!(json.json(), json!(["gone"]));
    let problem = get("/registry/problem").await;
    assert_eq!(problem.status, 499);
    assert_eq!(
        problem.json(),
        json!({"type": "about:blank", "title": "Client Closed Request", "status": 499})
    );
    let error = get("/registry/error").await;
    assert_eq!(error.status, 499);
    assert_eq!(
        error.json(),
        json!({"type": "about:blank", "title": "Client Closed Request", "status": 499, "detail": "the client went away"})
    );

    // A body that does not serialize is a 500 problem, not a 201.
    let broken = get("/broken-json").await;
    assert_eq!(broken.problem(500)["status"], 500);
}

mod axum_service {
    use super::*;
    use axum::body::Body;
    use axum::http::{Request, header};
    use tower::ServiceExt;

    /// The largest body any route answers with, and more.
    const BODY_LIMIT: usize = 1 << 16;

    async fn get(path: &'static str) -> Answer {
        let request = Request::get(path)
            .body(Body::empty())
            .expect("a GET request builds");
        let response = axum_router()
            .oneshot(request)
            .await
            .unwrap_or_else(|e| match e {});
        let (parts, body) = response.into_parts();
        let bytes = axum::body::to_bytes(body, BODY_LIMIT)
            .await
            .expect("the body is small and arrives");
        let content_type = parts.headers.get(header::CONTENT_TYPE);
        Answer::new(
            parts.status.as_u16(),
            content_type.map(|v| v.as_bytes()),
            &bytes,
        )
    }

    #[tokio::test]
    async fn axum_answers_with_statuses_problems_and_errors() {
        check_service(get).await;
    }
}

mod actix_service {
    use super::*;
    use actix_web::body::MessageBody;
    use actix_web::dev::ServiceResponse;
    use actix_web::http::header;
    use actix_web::{App, test};

    async fn answer<B: MessageBody>(response: ServiceResponse<B>) -> Answer {
        let status = response.status().as_u16();
        let content_type = response.headers().get(header::CONTENT_TYPE).cloned();
        let bytes = test::read_body(response).await;
        Answer::new(status, content_type.as_ref().map(|v| v.as_bytes()), &bytes)
    }

    #[actix_rt::test]
    async fn actix_web_answers_with_statuses_problems_and_errors() {
        let app = test::init_service(App::new().configure(actix_routes)).await;
        let app = &app;
        check_service(move |path| async move {
            let request = test::TestRequest::get().uri(path).to_request();
            answer(test::call_service(app, request).await).await
        })
        .await;
    }
}
