//! Real axum and actix-web servers on 127.0.0.1, each on a port the system
//! picks, answering with status-core's types; a real HTTP client checks the
//! status line, the content type and the body of every answer.
//!
//! Every wait is bounded: the client gives up after `LIMIT`, and so does the
//! wait for the actix-web server to start.

use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use status_core::{HttpError, JsonBody, Problem, ServerError, Status, WithStatus, status};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

status_core::registry! {
    file = "handlers-codes.toml",
    name = AppStatus,
    macro = app_status,
}

/// An error of a registry's status type, checked by the registry's macro.
#[derive(Debug, HttpError)]
#[http_error(status_type = AppStatus, macro = app_status)]
#[status(499)]
struct ClientClosed;

impl std::fmt::Display for ClientClosed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the client went away")
    }
}

/// How long any one request may take before the test fails.
const LIMIT: Duration = Duration::from_secs(20);

/// The internal message that must never reach a client.
const SECRET: &str = "password=hunter2 at db.internal:5432";

#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct User {
    id: u32,
    name: String,
}

#[derive(Debug, HttpError)]
enum UserError {
    #[status(404)]
    NotFound(u32),
    #[status(500)]
    Database(String),
    #[status(503)]
    #[http_error(detail)]
    Maintenance { until: &'static str },
}

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UserError::NotFound(id) => write!(f, "no user {id}"),
            UserError::Database(message) => write!(f, "database: {message}"),
            UserError::Maintenance { until } => write!(f, "down for maintenance until {until}"),
        }
    }
}

/// Server errors the hook received, from either server.
static REPORTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn record(error: &ServerError<'_>) {
    if let Ok(mut reported) = REPORTED.lock() {
        reported.push(error.to_string());
    }
}

fn reported() -> Vec<String> {
    REPORTED.lock().map(|r| r.clone()).unwrap_or_default()
}

fn user() -> User {
    User {
        id: 7,
        name: "Ada".to_owned(),
    }
}

fn not_found_problem() -> Problem {
    Problem::new(status!(404))
        .with_detail("no user 7")
        .with_instance("/users/7")
        .with_extension("user_id", 7)
}

/// One answer as the client saw it.
struct Answer {
    status_line: String,
    status: u16,
    content_type: Option<String>,
    body: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.body))
    }
}

/// Sends `GET path` twice: with reqwest for the status, headers and body,
/// and over a bare socket for the status line exactly as the server wrote
/// it, which reqwest does not expose.
async fn get(addr: SocketAddr, path: &str) -> Answer {
    let client = reqwest::Client::builder()
        .no_proxy()
        .timeout(LIMIT)
        .build()
        .expect("a client without TLS or proxies builds");
    let response = client
        .get(format!("http://{addr}{path}"))
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap_or("(not text)").to_owned());
    let body = response.text().await.expect("the body arrives");
    let status_line = tokio::time::timeout(LIMIT, status_line(addr, path))
        .await
        .unwrap_or_else(|_| panic!("no status line for {path} within {LIMIT:?}"));
    Answer {
        status_line,
        status,
        content_type,
        body,
    }
}

async fn status_line(addr: SocketAddr, path: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .expect("the server accepts connections");
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream
        .write_all(request.as_bytes())
        .await
        .expect("the request is sent");
    let mut response = Vec::new();
    stream
        .read_to_end(&mut response)
        .await
        .expect("the response is read");
    let text = String::from_utf8_lossy(&response);
    text.lines().next().unwrap_or_default().to_owned()
}

/// The checks both frameworks must pass, route by route.
async fn check_server(addr: SocketAddr) {
    let _ = status_core::set_server_error_hook(record);

    // A bare status: the status line and no body.
    let bare = get(addr, "/bare").await;
    assert_eq!(bare.status_line, Status::Gone.status_line());
    assert_eq!(bare.status, 410);
    assert_eq!(bare.body, "");

    // The phrase is RFC 9110's, where the framework's own is older.
    let too_large = get(addr, "/too-large").await;
    assert_eq!(too_large.status_line, "HTTP/1.1 413 Content Too Large");

    // A status with a JSON body.
    let created = get(addr, "/json").await;
    assert_eq!(created.status_line, "HTTP/1.1 201 Created");
    assert_eq!(created.content_type.as_deref(), Some("application/json"));
    assert_eq!(created.json(), json!({"id": 7, "name": "Ada"}));

    // A problem, read back as the type a client would use.
    let problem = get(addr, "/problem").await;
    assert_eq!(problem.status_line, "HTTP/1.1 404 Not Found");
    assert_eq!(
        problem.content_type.as_deref(),
        Some("application/problem+json")
    );
    assert_eq!(
        problem.json(),
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
    let client_error = get(addr, "/users/7").await;
    assert_eq!(client_error.status_line, "HTTP/1.1 404 Not Found");
    assert_eq!(
        client_error.content_type.as_deref(),
        Some("application/problem+json")
    );
    assert_eq!(
        client_error.json(),
        json!({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "no user 7"})
    );

    // A 5xx error: no detail, and the message is nowhere in the response;
    // the hook got it instead.
    let server_error = get(addr, "/database").await;
    assert_eq!(
        server_error.status_line,
        "HTTP/1.1 500 Internal Server Error"
    );
    assert_eq!(
        server_error.content_type.as_deref(),
        Some("application/problem+json")
    );
    assert_eq!(
        server_error.json(),
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
    let maintenance = get(addr, "/maintenance").await;
    assert_eq!(maintenance.status_line, "HTTP/1.1 503 Service Unavailable");
    assert_eq!(
        maintenance.json()["detail"],
        "down for maintenance until 06:00"
    );

    // A registry's status answers like `Status`, as a bare status, with a
    // JSON body, as a problem and from an error type.
    let closed = get(addr, "/registry/bare").await;
    assert_eq!(closed.status_line, "HTTP/1.1 499 Client Closed Request");
    assert_eq!(closed.body, "");
    let json = get(addr, "/registry/json").await;
    assert_eq!(json.status, 499);
    assert_eq!(json.content_type.as_deref(), Some("application/json"));
    assert_eq!(json.json(), json!(["gone"]));
    let problem = get(addr, "/registry/problem").await;
    assert_eq!(
        problem.json(),
        json!({"type": "about:blank", "title": "Client Closed Request", "status": 499})
    );
    let error = get(addr, "/registry/error").await;
    assert_eq!(error.status, 499);
    assert_eq!(
        error.json(),
        json!({"type": "about:blank", "title": "Client Closed Request", "status": 499, "detail": "the client went away"})
    );

    // A body that does not serialize is a 500 problem, not a 201.
    let broken = get(addr, "/broken-json").await;
    assert_eq!(broken.status_line, "HTTP/1.1 500 Internal Server Error");
    assert_eq!(
        broken.content_type.as_deref(),
        Some("application/problem+json")
    );
    assert_eq!(broken.json()["status"], 500);
}

/// A map whose keys JSON cannot hold, so serialization fails.
fn unserializable() -> std::collections::BTreeMap<(u8, u8), u8> {
    [((1, 2), 3)].into_iter().collect()
}

/// The handlers both servers route to: the same functions answer in axum
/// and in actix-web, since every type they return implements both
/// frameworks' response traits.
mod handlers {
    use super::*;

    pub async fn bare() -> Status {
        status!(410)
    }

    pub async fn too_large() -> Status {
        status!(413)
    }

    pub async fn created() -> WithStatus<JsonBody<User>> {
        status!(201).json(user())
    }

    pub async fn problem() -> Problem {
        not_found_problem()
    }

    pub async fn find_user() -> Result<WithStatus<JsonBody<User>>, UserError> {
        Err(UserError::NotFound(7))
    }

    pub async fn database() -> Result<Status, UserError> {
        Err(UserError::Database(SECRET.to_owned()))
    }

    pub async fn maintenance() -> Result<Status, UserError> {
        Err(UserError::Maintenance { until: "06:00" })
    }

    pub async fn registry_bare() -> AppStatus {
        app_status!(499)
    }

    pub async fn registry_json() -> WithStatus<JsonBody<[&'static str; 1]>> {
        app_status!(499).json(["gone"])
    }

    pub async fn registry_problem() -> Problem {
        Problem::new(app_status!(499))
    }

    pub async fn registry_error() -> Result<AppStatus, ClientClosed> {
        Err(ClientClosed)
    }

    pub async fn broken_json() -> WithStatus<JsonBody<std::collections::BTreeMap<(u8, u8), u8>>> {
        status!(201).json(unserializable())
    }
}

mod axum_server {
    use super::handlers::*;
    use super::*;
    use axum::Router;
    use axum::routing::get;

    #[tokio::test]
    async fn axum_answers_with_statuses_problems_and_errors() {
        let app = Router::new()
            .route("/bare", get(bare))
            .route("/too-large", get(too_large))
            .route("/json", get(created))
            .route("/problem", get(problem))
            .route("/users/7", get(find_user))
            .route("/database", get(database))
            .route("/maintenance", get(maintenance))
            .route("/broken-json", get(broken_json))
            .route("/registry/bare", get(registry_bare))
            .route("/registry/json", get(registry_json))
            .route("/registry/problem", get(registry_problem))
            .route("/registry/error", get(registry_error));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free port on 127.0.0.1");
        let addr = listener.local_addr().expect("the bound address");
        tokio::spawn(async move { axum::serve(listener, app).await });
        check_server(addr).await;
    }
}

mod actix_server {
    use super::handlers::*;
    use super::*;
    use actix_web::{App, HttpServer, web};

    /// Starts the server on its own thread and actix runtime, and returns
    /// its address once it listens.
    fn start() -> SocketAddr {
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            actix_rt::System::new().block_on(async move {
                let server = HttpServer::new(|| {
                    App::new()
                        .route("/bare", web::get().to(bare))
                        .route("/too-large", web::get().to(too_large))
                        .route("/json", web::get().to(created))
                        .route("/problem", web::get().to(problem))
                        .route("/users/7", web::get().to(find_user))
                        .route("/database", web::get().to(database))
                        .route("/maintenance", web::get().to(maintenance))
                        .route("/broken-json", web::get().to(broken_json))
                        .route("/registry/bare", web::get().to(registry_bare))
                        .route("/registry/json", web::get().to(registry_json))
                        .route("/registry/problem", web::get().to(registry_problem))
                        .route("/registry/error", web::get().to(registry_error))
                })
                .workers(1)
                .disable_signals()
                .bind(("127.0.0.1", 0))
                .expect("a free port on 127.0.0.1");
                let _ = sender.send(server.addrs()[0]);
                server.run().await
            })
        });
        receiver
            .recv_timeout(LIMIT)
            .expect("the actix-web server starts")
    }

    #[tokio::test]
    async fn actix_web_answers_with_statuses_problems_and_errors() {
        let addr = start();
        check_server(addr).await;
    }
}
