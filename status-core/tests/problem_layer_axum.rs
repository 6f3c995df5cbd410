//! `ProblemLayer` on an axum `Router`: each request goes through the whole
//! router with `tower::ServiceExt::oneshot`.
#![cfg(feature = "axum")]

mod common;

use std::sync::{Arc, Mutex, Once, OnceLock};

use axum::Router;
use axum::body::Body;
use axum::extract::Path;
use axum::http::header::{ALLOW, CONTENT_ENCODING, CONTENT_TYPE, RETRY_AFTER, WWW_AUTHENTICATE};
use axum::http::{Method, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use status_core::{ProblemLayer, ServerError, status};
use tower::ServiceExt;

/// Every message the server error hook received.
static HIDDEN: OnceLock<Arc<Mutex<Vec<String>>>> = OnceLock::new();

fn hidden() -> Vec<String> {
    HIDDEN.get().unwrap().lock().unwrap().clone()
}

fn app() -> Router {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        // A closure that owns where the messages go.
        let seen = Arc::new(Mutex::new(Vec::new()));
        HIDDEN.set(Arc::clone(&seen)).unwrap();
        let hook = move |error: &ServerError<'_>| seen.lock().unwrap().push(error.to_string());
        status_core::set_server_error_hook(hook).unwrap();
    });

    async fn user(Path(id): Path<u32>) -> String {
        format!("user {id}")
    }
    async fn create(axum::Json(value): axum::Json<Value>) -> axum::Json<Value> {
        axum::Json(value)
    }
    Router::new()
        .route("/users/{id}", get(user))
        .route("/users", post(create))
        .route(
            "/crash",
            get(|| async { (StatusCode::INTERNAL_SERVER_ERROR, "password=hunter2") }),
        )
        .route(
            "/own-json",
            get(|| async {
                let body = axum::Json(json!({"error": "name taken"}));
                (StatusCode::BAD_REQUEST, body)
            }),
        )
        .route(
            "/long",
            get(|| async { (StatusCode::BAD_REQUEST, "é".repeat(1000)) }),
        )
        .route(
            "/login",
            get(|| async {
                let challenge = [(WWW_AUTHENTICATE, "Basic realm=\"api\"")];
                (StatusCode::UNAUTHORIZED, challenge)
            }),
        )
        .route("/busy", get(common::busy))
        .route(
            "/gzipped",
            get(|| async {
                let encoding = [(CONTENT_ENCODING, "gzip")];
                // text/plain, as a compression layer leaves the type.
                (StatusCode::BAD_REQUEST, encoding, "not really gzip")
            }),
        )
        .route("/gone", get(|| async { status!(410) }))
        .route("/asked", get(|| async { status!(400).with("as asked") }))
        .route(
            "/upstream",
            get(|| async { StatusCode::from_u16(520).unwrap() }),
        )
        .layer(ProblemLayer::new())
}

async fn send(request: Request<Body>) -> (Response<()>, Vec<u8>) {
    let response = app().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    (Response::from_parts(parts, ()), bytes.to_vec())
}

async fn get_path(path: &str) -> (Response<()>, Vec<u8>) {
    send(Request::get(path).body(Body::empty()).unwrap()).await
}

/// The response's problem, after checking it is one.
fn problem(response: &Response<()>, body: &[u8]) -> Value {
    assert_eq!(
        response.headers()[CONTENT_TYPE],
        "application/problem+json",
        "{}",
        String::from_utf8_lossy(body)
    );
    let problem: Value = serde_json::from_slice(body).unwrap();
    assert_eq!(problem["type"], "about:blank");
    assert_eq!(problem["status"], response.status().as_u16());
    problem
}

/// Asserts that the response is plain text with this `status` and `text`,
/// as the handler gave it.
fn assert_text(response: &Response<()>, body: &[u8], status: StatusCode, text: &str) {
    assert_eq!(response.status(), status);
    assert_eq!(
        response.headers()[CONTENT_TYPE],
        "text/plain; charset=utf-8"
    );
    assert_eq!(body, text.as_bytes());
}

#[tokio::test]
async fn an_unmatched_route_is_a_not_found_problem() {
    let (response, body) = get_path("/nowhere").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let problem = problem(&response, &body);
    assert_eq!(problem["title"], "Not Found");
    assert_eq!(problem.get("detail"), None);
}

#[tokio::test]
async fn a_wrong_method_is_a_problem_that_keeps_allow() {
    let request = Request::delete("/users/7").body(Body::empty()).unwrap();
    let (response, body) = send(request).await;
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(response.headers()[ALLOW], "GET,HEAD");
    assert_eq!(problem(&response, &body)["title"], "Method Not Allowed");
}

#[tokio::test]
async fn broken_json_is_a_problem_with_the_rejection_as_detail() {
    let request = Request::post("/users")
        .header(CONTENT_TYPE, "application/json")
        .body(Body::from("{\"name\": "))
        .unwrap();
    let (response, body) = send(request).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let problem = problem(&response, &body);
    assert_eq!(problem["title"], "Bad Request");
    let detail = problem["detail"].as_str().unwrap();
    assert!(
        detail.starts_with("Failed to parse the request body as JSON"),
        "{detail}"
    );
}

#[tokio::test]
async fn json_without_its_content_type_is_an_unsupported_media_type_problem() {
    let request = Request::post("/users").body(Body::from("{}")).unwrap();
    let (response, body) = send(request).await;
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let problem = problem(&response, &body);
    assert_eq!(problem["title"], "Unsupported Media Type");
    assert!(problem["detail"].as_str().unwrap().contains("Content-Type"));
}

#[tokio::test]
async fn an_unparsable_path_segment_is_a_problem_with_the_rejection_as_detail() {
    let (response, body) = get_path("/users/seven").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let problem = problem(&response, &body);
    let detail = problem["detail"].as_str().unwrap();
    assert!(detail.contains("Cannot parse"), "{detail}");
}

#[tokio::test]
async fn a_plain_text_server_error_hides_its_text_and_hands_it_to_the_hook() {
    let (response, body) = get_path("/crash").await;
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let problem = problem(&response, &body);
    assert_eq!(problem["title"], "Internal Server Error");
    assert_eq!(problem.get("detail"), None);
    assert!(!String::from_utf8_lossy(&body).contains("hunter2"));
    for value in response.headers().values() {
        assert!(!value.to_str().unwrap().contains("hunter2"));
    }
    let expected = "500 Internal Server Error: password=hunter2".to_owned();
    assert!(hidden().contains(&expected), "{:?}", hidden());
}

#[tokio::test]
async fn a_handlers_own_json_error_passes_untouched() {
    let (response, body) = get_path("/own-json").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(response.headers()[CONTENT_TYPE], "application/json");
    assert_eq!(body, br#"{"error":"name taken"}"#);
}

#[tokio::test]
async fn a_success_passes_untouched() {
    let (response, body) = get_path("/users/7").await;
    assert_text(&response, &body, StatusCode::OK, "user 7");
}

#[tokio::test]
async fn the_answer_to_head_is_a_problem_without_a_body() {
    let request = Request::head("/nowhere").body(Body::empty()).unwrap();
    let (response, body) = send(request).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(response.headers()[CONTENT_TYPE], "application/problem+json");
    assert!(body.is_empty());
}

#[tokio::test]
async fn a_long_body_is_cut_at_the_limit_on_a_character_boundary() {
    // 1,000 two-byte characters: the limit of 1,024 bytes falls after 512.
    let (response, body) = get_path("/long").await;
    let problem = problem(&response, &body);
    let detail = problem["detail"].as_str().unwrap();
    assert_eq!(detail, format!("{}…", "é".repeat(512)));
}

#[tokio::test]
async fn an_encoded_text_is_replaced_unread_and_loses_its_encoding() {
    let (response, body) = get_path("/gzipped").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(response.headers().get(CONTENT_ENCODING), None);
    let problem = problem(&response, &body);
    assert_eq!(problem.get("detail"), None);
}

#[tokio::test]
async fn an_unauthorized_problem_keeps_its_challenge() {
    let (response, body) = get_path("/login").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(response.headers()[WWW_AUTHENTICATE], "Basic realm=\"api\"");
    assert_eq!(problem(&response, &body)["title"], "Unauthorized");
}

#[tokio::test]
async fn a_service_unavailable_problem_keeps_retry_after_and_hides_its_text() {
    let (response, body) = get_path("/busy").await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.headers()[RETRY_AFTER], "120");
    let problem = problem(&response, &body);
    assert_eq!(problem.get("detail"), None);
    assert!(hidden().contains(&"503 Service Unavailable: queue full at node 3".to_owned()));
}

#[tokio::test]
async fn a_bare_status_and_a_status_with_a_body_stay_as_asked() {
    let (response, body) = get_path("/gone").await;
    assert_eq!(response.status(), StatusCode::GONE);
    assert_eq!(response.headers().get(CONTENT_TYPE), None);
    assert!(body.is_empty());

    let (response, body) = get_path("/asked").await;
    assert_text(&response, &body, StatusCode::BAD_REQUEST, "as asked");
}

#[tokio::test]
async fn an_unregistered_code_keeps_its_status_with_its_class_as_title() {
    let (response, body) = get_path("/upstream").await;
    assert_eq!(response.status().as_u16(), 520);
    assert_eq!(problem(&response, &body)["title"], "Server Error");
}

#[tokio::test]
async fn a_problem_response_is_not_rewritten() {
    async fn teapot() -> impl IntoResponse {
        status_core::Problem::new(status!(409)).with_detail("name taken")
    }
    let app = Router::new()
        .route("/", get(teapot))
        .layer(ProblemLayer::new());
    let request = Request::builder()
        .method(Method::GET)
        .uri("/")
        .body(Body::empty())
        .unwrap();
    let response = app.oneshot(request).await.unwrap();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    let problem: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(problem["detail"], "name taken");
}
