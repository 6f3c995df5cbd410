//! `ProblemLayer` on an actix-web `App`, through `actix_web::test`.
#![cfg(feature = "actix-web")]

use std::sync::{Mutex, Once};

use actix_web::body::MessageBody;
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{ALLOW, CONTENT_TYPE, RETRY_AFTER, WWW_AUTHENTICATE};
use actix_web::test::{self, TestRequest};
use actix_web::{App, HttpResponse, web};
use serde_json::{Value, json};
use status_core::{ProblemLayer, ServerError, status};

/// Every message the server error hook received.
static HIDDEN: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn record(error: &ServerError<'_>) {
    HIDDEN.lock().unwrap().push(error.to_string());
}

fn hidden() -> Vec<String> {
    HIDDEN.lock().unwrap().clone()
}

async fn user(id: web::Path<u32>) -> String {
    format!("user {id}")
}

async fn create(value: web::Json<Value>) -> web::Json<Value> {
    value
}

/// Sends one request to the test app.
async fn send(request: TestRequest) -> ServiceResponse<impl MessageBody> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| status_core::set_server_error_hook(record).unwrap());

    let app = test::init_service(
        App::new()
            .wrap(ProblemLayer::new())
            .service(web::resource("/users/{id}").route(web::get().to(user)))
            .route("/users", web::post().to(create))
            .route(
                "/crash",
                web::get()
                    .to(|| async { HttpResponse::InternalServerError().body("password=hunter2") }),
            )
            .route(
                "/own-json",
                web::get().to(|| async {
                    HttpResponse::BadRequest().json(json!({"error": "name taken"}))
                }),
            )
            .route(
                "/long",
                web::get().to(|| async { HttpResponse::BadRequest().body("é".repeat(1000)) }),
            )
            .route(
                "/login",
                web::get().to(|| async {
                    HttpResponse::Unauthorized()
                        .insert_header((WWW_AUTHENTICATE, "Basic realm=\"api\""))
                        .finish()
                }),
            )
            .route(
                "/busy",
                web::get().to(|| async {
                    HttpResponse::ServiceUnavailable()
                        .insert_header((RETRY_AFTER, "120"))
                        .content_type("text/plain")
                        .body("queue full at node 3")
                }),
            )
            .route("/gone", web::get().to(|| async { status!(410) })),
    )
    .await;
    app.call(request.to_request()).await.unwrap()
}

/// The status, headers and body of a response.
async fn parts(
    response: ServiceResponse<impl MessageBody>,
) -> (StatusCode, actix_web::http::header::HeaderMap, Vec<u8>) {
    let status = response.status();
    let headers = response.headers().clone();
    let body = test::read_body(response).await.to_vec();
    (status, headers, body)
}

/// The problem of a response with these parts, after checking it is one
/// with this `status`.
fn as_problem(
    (code, headers, body): &(StatusCode, actix_web::http::header::HeaderMap, Vec<u8>),
    status: u16,
) -> Value {
    assert_eq!(code.as_u16(), status, "{}", String::from_utf8_lossy(body));
    assert_eq!(
        headers.get(CONTENT_TYPE).unwrap(),
        "application/problem+json"
    );
    let problem: Value = serde_json::from_slice(body).unwrap();
    assert_eq!(problem["type"], "about:blank");
    assert_eq!(problem["status"], status);
    problem
}

/// The problem of the test app's response to `request`, after checking it
/// is one with this `status`.
async fn problem(request: TestRequest, status: u16) -> (actix_web::http::header::HeaderMap, Value) {
    let parts = parts(send(request).await).await;
    let problem = as_problem(&parts, status);
    (parts.1, problem)
}

#[actix_rt::test]
async fn an_unmatched_route_is_a_not_found_problem() {
    let (_, problem) = problem(TestRequest::get().uri("/nowhere"), 404).await;
    assert_eq!(problem["title"], "Not Found");
    assert_eq!(problem.get("detail"), None);
}

#[actix_rt::test]
async fn a_wrong_method_is_a_problem_that_keeps_allow() {
    let (headers, problem) = problem(TestRequest::delete().uri("/users/7"), 405).await;
    assert_eq!(problem["title"], "Method Not Allowed");
    assert_eq!(headers.get(ALLOW).unwrap(), "GET");
}

#[actix_rt::test]
async fn broken_json_is_a_problem_with_the_rejection_as_detail() {
    let request = TestRequest::post()
        .uri("/users")
        .insert_header((CONTENT_TYPE, "application/json"))
        .set_payload("{\"name\": ");
    let (_, problem) = problem(request, 400).await;
    assert_eq!(problem["title"], "Bad Request");
    let detail = problem["detail"].as_str().unwrap();
    assert!(detail.starts_with("Json deserialize error"), "{detail}");
}

#[actix_rt::test]
async fn an_unparsable_path_segment_is_a_problem_with_the_rejection_as_detail() {
    // actix-web answers a path that does not deserialize with 404.
    let (_, problem) = problem(TestRequest::get().uri("/users/seven"), 404).await;
    let detail = problem["detail"].as_str().unwrap();
    assert!(detail.contains("seven"), "{detail}");
}

#[actix_rt::test]
async fn a_plain_text_server_error_hides_its_text_and_hands_it_to_the_hook() {
    let (headers, problem) = problem(TestRequest::get().uri("/crash"), 500).await;
    assert_eq!(problem["title"], "Internal Server Error");
    assert_eq!(problem.get("detail"), None);
    assert!(!problem.to_string().contains("hunter2"));
    for (_, value) in headers.iter() {
        assert!(!value.to_str().unwrap().contains("hunter2"));
    }
    let expected = "500 Internal Server Error: password=hunter2".to_owned();
    assert!(hidden().contains(&expected), "{:?}", hidden());
}

#[actix_rt::test]
async fn a_handlers_own_json_error_passes_untouched() {
    let (code, headers, body) = parts(send(TestRequest::get().uri("/own-json")).await).await;
    assert_eq!(code, StatusCode::BAD_REQUEST);
    assert_eq!(headers.get(CONTENT_TYPE).unwrap(), "application/json");
    assert_eq!(body, br#"{"error":"name taken"}"#);
}

#[actix_rt::test]
async fn a_success_passes_untouched() {
    let (code, _, body) = parts(send(TestRequest::get().uri("/users/7")).await).await;
    assert_eq!(code, StatusCode::OK);
    assert_eq!(body, b"user 7");
}

#[actix_rt::test]
async fn the_answer_to_head_is_a_problem_without_a_body() {
    let request = TestRequest::default()
        .method(actix_web::http::Method::HEAD)
        .uri("/nowhere");
    let (code, headers, body) = parts(send(request).await).await;
    assert_eq!(code, StatusCode::NOT_FOUND);
    assert_eq!(
        headers.get(CONTENT_TYPE).unwrap(),
        "application/problem+json"
    );
    assert!(body.is_empty());
}

#[actix_rt::test]
async fn a_long_body_is_cut_at_the_limit_on_a_character_boundary() {
    let (_, problem) = problem(TestRequest::get().uri("/long"), 400).await;
    let detail = problem["detail"].as_str().unwrap();
    assert_eq!(detail, format!("{}…", "é".repeat(512)));
}

#[actix_rt::test]
async fn an_unauthorized_problem_keeps_its_challenge() {
    let (headers, problem) = problem(TestRequest::get().uri("/login"), 401).await;
    assert_eq!(
        headers.get(WWW_AUTHENTICATE).unwrap(),
        "Basic realm=\"api\""
    );
    assert_eq!(problem["title"], "Unauthorized");
}

#[actix_rt::test]
async fn a_service_unavailable_problem_keeps_retry_after_and_hides_its_text() {
    let (headers, problem) = problem(TestRequest::get().uri("/busy"), 503).await;
    assert_eq!(headers.get(RETRY_AFTER).unwrap(), "120");
    assert_eq!(problem.get("detail"), None);
    assert!(hidden().contains(&"503 Service Unavailable: queue full at node 3".to_owned()));
}

#[actix_rt::test]
async fn a_bare_status_stays_as_asked() {
    let (code, headers, body) = parts(send(TestRequest::get().uri("/gone")).await).await;
    assert_eq!(code, StatusCode::GONE);
    assert_eq!(headers.get(CONTENT_TYPE), None);
    assert!(body.is_empty());
}

#[actix_rt::test]
async fn a_problem_is_a_handler_error_and_an_extractor_error_handlers_answer() {
    use actix_web::error::JsonPayloadError;
    use status_core::Problem;

    async fn find(id: web::Path<u32>) -> Result<String, Problem> {
        Err(Problem::new(status!(404))
            .with_detail(format!("no user {id}"))
            .with_extension("errors", [("#/id", "unknown")]))
    }
    fn json_problem(error: JsonPayloadError, _: &actix_web::HttpRequest) -> actix_web::Error {
        Problem::new(status!(422))
            .with_detail(error.to_string())
            .into()
    }
    let app = test::init_service(
        App::new()
            .wrap(ProblemLayer::new())
            .app_data(web::JsonConfig::default().error_handler(json_problem))
            .route("/users/{id}", web::get().to(find))
            .route("/users", web::post().to(create)),
    )
    .await;

    let request = TestRequest::get().uri("/users/9").to_request();
    let response = app.call(request).await.unwrap();
    let problem = as_problem(&parts(response).await, 404);
    assert_eq!(problem["detail"], "no user 9");
    assert_eq!(problem["errors"], json!([["#/id", "unknown"]]));

    let request = TestRequest::post()
        .uri("/users")
        .insert_header((CONTENT_TYPE, "application/json"))
        .set_payload("[");
    let response = app.call(request.to_request()).await.unwrap();
    let problem = as_problem(&parts(response).await, 422);
    assert_eq!(problem["title"], "Unprocessable Content");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .starts_with("Json deserialize error")
    );
}

#[actix_rt::test]
async fn an_unregistered_code_keeps_its_status_with_its_class_as_title() {
    let app = test::init_service(App::new().wrap(ProblemLayer::new()).route(
        "/upstream",
        web::get().to(|| async { HttpResponse::new(StatusCode::from_u16(520).unwrap()) }),
    ))
    .await;
    let request = TestRequest::get().uri("/upstream").to_request();
    let problem = as_problem(&parts(app.call(request).await.unwrap()).await, 520);
    assert_eq!(problem["title"], "Server Error");
}
