//! Every error a problem: a real axum server and a real actix-web server,
//! each wrapped in `ProblemLayer`, asked over a bare TCP socket for each
//! kind of error a service produces, from the router, an extractor or a
//! handler.
//!
//! Both servers listen on 127.0.0.1, on a port the system picks, and run
//! the same cases. The client is the raw one of `common/wire.rs`: it
//! writes each request by hand and reads the raw bytes back, so what is
//! asserted is what a client receives.
//!
//! The server error hook is set once per process, so one hook serves both
//! tests: it records what it receives in `RECEIVED`, and each server's
//! hidden messages name their framework, so each test finds its own.
//!
//! Run with `--nocapture` to see every exchange, in the shape `curl -i`
//! prints it.
//!
//! Every wait is bounded by the `LIMIT` of `common/wire.rs`: connecting,
//! each read, the start of a server and the stop of the actix-web one.

#[path = "common/wire.rs"]
mod wire;

use std::net::SocketAddr;
use std::sync::{Mutex, Once};

use serde::Serialize;
use serde_json::{Value, json};
use status_core::{HttpError, Problem, ProblemLayer, ServerError, status};
use wire::{Raw, serve_actix, serve_axum};

/// The internal text that a 5xx must never show a client.
const SECRET: &str = "password=hunter2 at ledger.internal:5432";

// ---------------------------------------------------------------------
// The hook
// ---------------------------------------------------------------------

/// What the server error hook received once.
#[derive(Clone, Debug)]
struct Received {
    code: u16,
    phrase: &'static str,
    error: String,
    sources: Vec<String>,
}

/// Everything the hook received, from both servers.
static RECEIVED: Mutex<Vec<Received>> = Mutex::new(Vec::new());

/// Sets the one hook of the process: a closure that records each hidden
/// server error with its source chain.
fn set_hook() {
    static SET: Once = Once::new();
    SET.call_once(|| {
        status_core::set_server_error_hook(|error: &ServerError<'_>| {
            let received = Received {
                code: error.code(),
                phrase: error.phrase(),
                error: error.error().to_string(),
                sources: error.sources().map(ToString::to_string).collect(),
            };
            if let Ok(mut all) = RECEIVED.lock() {
                all.push(received);
            }
        })
        .expect("no other code in this test binary sets the hook");
    });
}

/// What the hook received whose message contains `text`.
fn received_with(text: &str) -> Vec<Received> {
    RECEIVED
        .lock()
        .map(|all| {
            all.iter()
                .filter(|r| r.error.contains(text))
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

// ---------------------------------------------------------------------
// The service, the same for both frameworks
// ---------------------------------------------------------------------

/// The errors of the service, as a thiserror user writes them, with the
/// status of each derived.
#[derive(Debug, thiserror::Error, HttpError)]
enum AccountError {
    #[error("account {0} is frozen until its owner confirms their address")]
    #[status(403)]
    Frozen(u32),
    #[error("ledger query failed: {secret}")]
    #[status(500)]
    Ledger {
        secret: String,
        #[source]
        cause: std::io::Error,
    },
}

/// One field that failed validation, as a client reads it.
#[derive(Serialize)]
struct FieldError {
    pointer: &'static str,
    detail: &'static str,
}

/// What the `/signup` handler answers: a 422 problem with the field
/// errors as an extension member.
fn signup_problem() -> Problem {
    Problem::new(status!(422))
        .with_detail("2 fields are invalid")
        .with_extension(
            "errors",
            vec![
                FieldError {
                    pointer: "#/email",
                    detail: "must contain @",
                },
                FieldError {
                    pointer: "#/age",
                    detail: "must be 18 or more",
                },
            ],
        )
}

/// The message a framework's derived 500 hides.
fn ledger_secret(framework: &str) -> String {
    format!("{SECRET} ({framework})")
}

/// The text a framework's plain-text 500 hides.
fn plain_secret(framework: &str) -> String {
    format!("disk full writing {SECRET} ({framework})")
}

/// The handler's own JSON error, which passes untouched.
fn own_json_error() -> Value {
    json!({"error": "coupon_expired", "expired_on": "2026-11-30"})
}

fn ledger_error(framework: &str) -> AccountError {
    AccountError::Ledger {
        secret: ledger_secret(framework),
        cause: std::io::Error::new(std::io::ErrorKind::TimedOut, "read timed out after 5 s"),
    }
}

/// The axum service.
fn axum_app() -> axum::Router {
    use axum::Json;
    use axum::extract::Path;
    use axum::http::StatusCode;
    use axum::http::header::{RETRY_AFTER, WWW_AUTHENTICATE};
    use axum::routing::{get, post};

    async fn account(Path(id): Path<u32>) -> String {
        format!("account {id}")
    }
    async fn create(Json(body): Json<Value>) -> Json<Value> {
        Json(body)
    }
    async fn frozen() -> Result<String, AccountError> {
        Err(AccountError::Frozen(7))
    }
    async fn ledger() -> Result<String, AccountError> {
        Err(ledger_error("axum"))
    }
    async fn plain() -> (StatusCode, String) {
        (StatusCode::INTERNAL_SERVER_ERROR, plain_secret("axum"))
    }
    async fn coupon() -> (StatusCode, Json<Value>) {
        (StatusCode::BAD_REQUEST, Json(own_json_error()))
    }
    async fn signup() -> Result<String, Problem> {
        Err(signup_problem())
    }
    async fn login() -> impl axum::response::IntoResponse {
        (
            StatusCode::UNAUTHORIZED,
            [(WWW_AUTHENTICATE, r#"Bearer realm="accounts""#)],
            "the token has expired",
        )
    }
    async fn busy() -> impl axum::response::IntoResponse {
        (StatusCode::SERVICE_UNAVAILABLE, [(RETRY_AFTER, "120")])
    }

    axum::Router::new()
        .route("/accounts/{id}", get(account))
        .route("/accounts", post(create))
        .route("/frozen", get(frozen))
        .route("/ledger", get(ledger))
        .route("/plain", get(plain))
        .route("/coupon", get(coupon))
        .route("/signup", post(signup))
        .route("/login", get(login))
        .route("/busy", get(busy))
        .layer(ProblemLayer::new())
}

/// The actix-web service.
fn actix_app(config: &mut actix_web::web::ServiceConfig) {
    use actix_web::http::header::{RETRY_AFTER, WWW_AUTHENTICATE};
    use actix_web::{HttpResponse, web};

    async fn account(id: web::Path<u32>) -> String {
        format!("account {id}")
    }
    async fn create(body: web::Json<Value>) -> web::Json<Value> {
        body
    }
    async fn frozen() -> Result<String, AccountError> {
        Err(AccountError::Frozen(7))
    }
    async fn ledger() -> Result<String, AccountError> {
        Err(ledger_error("actix-web"))
    }
    async fn plain() -> HttpResponse {
        HttpResponse::InternalServerError().body(plain_secret("actix-web"))
    }
    async fn coupon() -> HttpResponse {
        HttpResponse::BadRequest().json(own_json_error())
    }
    async fn signup() -> Result<String, Problem> {
        Err(signup_problem())
    }
    async fn login() -> HttpResponse {
        HttpResponse::Unauthorized()
            .insert_header((WWW_AUTHENTICATE, r#"Bearer realm="accounts""#))
            .body("the token has expired")
    }
    async fn busy() -> HttpResponse {
        HttpResponse::ServiceUnavailable()
            .insert_header((RETRY_AFTER, "120"))
            .finish()
    }

    // `App::route` makes a resource that only its method matches, so a
    // wrong method would be a 404; a resource with routes answers 405.
    config
        .service(web::resource("/accounts/{id}").route(web::get().to(account)))
        .service(web::resource("/accounts").route(web::post().to(create)))
        // actix-web's `get()` does not answer HEAD; this route does both.
        .service(
            web::resource("/frozen")
                .route(web::get().to(frozen))
                .route(web::head().to(frozen)),
        )
        .route("/ledger", web::get().to(ledger))
        .route("/plain", web::get().to(plain))
        .route("/coupon", web::get().to(coupon))
        .route("/signup", web::post().to(signup))
        .route("/login", web::get().to(login))
        .route("/busy", web::get().to(busy));
}

// ---------------------------------------------------------------------
// The client
// ---------------------------------------------------------------------

/// A kept-alive connection to one server that prints every exchange in
/// the shape `curl -i` shows it.
struct Connection {
    inner: wire::Connection,
    /// Which server it talks to, for the messages.
    framework: &'static str,
}

impl Connection {
    async fn open(addr: SocketAddr, framework: &'static str) -> Connection {
        Connection {
            inner: wire::Connection::open(addr).await,
            framework,
        }
    }

    /// Sends one request and reads its whole response. A `body` is sent as
    /// `application/json`.
    async fn ask(&mut self, method: &str, path: &str, body: Option<&str>) -> Raw {
        let mut headers = vec![("Connection", "keep-alive")];
        if body.is_some() {
            headers.push(("Content-Type", "application/json"));
        }
        self.inner
            .send(method, path, &headers, body.unwrap_or(""))
            .await;
        let response = self.inner.response().await;

        let data = body.map_or(String::new(), |b| {
            format!(" -H 'Content-Type: application/json' -d '{b}'")
        });
        let flag = match method {
            "GET" => String::new(),
            "HEAD" => " -I".to_owned(),
            _ => format!(" -X {method}"),
        };
        let curl = if method == "HEAD" { "curl" } else { "curl -i" };
        println!(
            "[{}]\n$ {curl}{flag}{data} http://127.0.0.1:3000{path}\n{}",
            self.framework,
            response.as_curl()
        );
        response
    }
}

// ---------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------

/// Asserts that `response` is a problem with this status line, `type`
/// `about:blank`, `title` the phrase of `codes.toml`, `status` the code,
/// and a `detail` that `detail` accepts, or none where it is `None`;
/// returns its JSON.
fn assert_problem(
    response: &Raw,
    request: &str,
    code: u16,
    phrase: &str,
    detail: Option<&dyn Fn(&str) -> bool>,
) -> Value {
    assert_eq!(
        response.status_line,
        format!("HTTP/1.1 {code} {phrase}"),
        "{request}"
    );
    assert_eq!(
        response.header("content-type"),
        Some("application/problem+json"),
        "{request}"
    );
    let json = response.json();
    let members = json.as_object().expect("a problem is a JSON object");
    assert_eq!(members["type"], "about:blank", "{request}");
    assert_eq!(members["title"], phrase, "{request}");
    assert_eq!(members["status"], code, "{request}");
    match detail {
        Some(fits) => {
            let text = members
                .get("detail")
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("{request}: no `detail` in {json}"));
            assert!(fits(text), "{request}: unexpected detail {text:?}");
        }
        None => assert!(
            !members.contains_key("detail"),
            "{request}: a `detail` where none belongs: {json}"
        ),
    }
    json
}

/// Asserts that no byte of `response`, head or body, carries `secret`.
fn assert_hidden(response: &Raw, secret: &str, request: &str) {
    let text = String::from_utf8_lossy(&response.bytes);
    assert!(
        !text.contains(secret),
        "{request} leaked {secret:?}: {text}"
    );
    assert!(!text.contains("hunter2"), "{request} leaked: {text}");
}

/// Asserts that `response` is a 500 problem with no member but `type`,
/// `title` and `status`, and that no byte of it carries `secret`; returns
/// what the hook received of `secret`, after checking it did so once.
fn assert_hidden_500(response: &Raw, request: &str, secret: &str) -> Received {
    let json = assert_problem(response, request, 500, "Internal Server Error", None);
    assert_eq!(json.as_object().map(|m| m.len()), Some(3), "{json}");
    assert_hidden(response, secret, request);
    let mut hooked = received_with(secret);
    assert_eq!(hooked.len(), 1, "{request}: the hook got the 500 once");
    hooked.remove(0)
}

/// Asks a server, wrapped in `ProblemLayer`, for every case, over one
/// kept-alive connection.
async fn check_problems(addr: SocketAddr, framework: &'static str) {
    let axum = framework == "axum";
    let mut c = Connection::open(addr, framework).await;

    // An unmatched route: the router's empty 404 becomes a problem.
    let r = c.ask("GET", "/nowhere", None).await;
    let json = assert_problem(&r, "GET /nowhere", 404, "Not Found", None);
    assert_eq!(json.as_object().map(|m| m.len()), Some(3), "{json}");

    // A wrong method: a 405 problem that keeps the framework's `Allow`.
    let r = c.ask("DELETE", "/accounts/7", None).await;
    assert_problem(&r, "DELETE /accounts/7", 405, "Method Not Allowed", None);
    let allow = if axum { "GET,HEAD" } else { "GET" };
    assert_eq!(r.header("allow"), Some(allow), "DELETE /accounts/7");

    // Broken JSON: the extractor's text becomes `detail`.
    let r = c.ask("POST", "/accounts", Some(r#"{"name":"#)).await;
    let mentions_json: &dyn Fn(&str) -> bool = &|d| d.to_ascii_lowercase().contains("json");
    assert_problem(
        &r,
        "POST /accounts",
        400,
        "Bad Request",
        Some(mentions_json),
    );

    // A path segment that does not parse: axum rejects it with a 400,
    // actix-web with a 404; either way the reason is `detail`.
    let r = c.ask("GET", "/accounts/seven", None).await;
    let names_segment: &dyn Fn(&str) -> bool = &|d| d.contains("seven");
    if axum {
        assert_problem(
            &r,
            "GET /accounts/seven",
            400,
            "Bad Request",
            Some(names_segment),
        );
    } else {
        let says_why: &dyn Fn(&str) -> bool = &|d| d.contains("u32") || d.contains("parse");
        assert_problem(&r, "GET /accounts/seven", 404, "Not Found", Some(says_why));
    }

    // A derived 403: its `Display` is `detail`.
    let r = c.ask("GET", "/frozen", None).await;
    let json = assert_problem(
        &r,
        "GET /frozen",
        403,
        "Forbidden",
        Some(&|d| d == "account 7 is frozen until its owner confirms their address"),
    );
    assert_eq!(json.as_object().map(|m| m.len()), Some(4), "{json}");

    // HEAD on the same route: the problem's headers and no body. The next
    // response on the connection reads cleanly only if none was sent.
    let r = c.ask("HEAD", "/frozen", None).await;
    assert_eq!(r.status_line, "HTTP/1.1 403 Forbidden", "HEAD /frozen");
    assert_eq!(
        r.header("content-type"),
        Some("application/problem+json"),
        "HEAD /frozen"
    );

    // A derived 500: no `detail`, nothing of the message anywhere in the
    // response; the hook gets the message and its source.
    let r = c.ask("GET", "/ledger", None).await;
    assert_eq!(
        r.status_line, "HTTP/1.1 500 Internal Server Error",
        "HEAD /frozen sent a body that this response was read from"
    );
    let secret = ledger_secret(framework);
    let hooked = assert_hidden_500(&r, "GET /ledger", &secret);
    assert_eq!((hooked.code, hooked.phrase), (500, "Internal Server Error"));
    assert_eq!(hooked.error, format!("ledger query failed: {secret}"));
    assert_eq!(hooked.sources, ["read timed out after 5 s"]);

    // A plain-text 500 from the handler: the same problem, and the text
    // goes to the hook.
    let r = c.ask("GET", "/plain", None).await;
    let secret = plain_secret(framework);
    let hooked = assert_hidden_500(&r, "GET /plain", &secret);
    assert_eq!(hooked.code, 500);
    assert_eq!(hooked.error, secret);
    assert!(hooked.sources.is_empty());

    // The handler's own JSON 400 passes untouched.
    let r = c.ask("GET", "/coupon", None).await;
    assert_eq!(r.status_line, "HTTP/1.1 400 Bad Request", "GET /coupon");
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.json(), own_json_error());

    // `Result<_, Problem>` with field errors as an extension member.
    let r = c.ask("POST", "/signup", Some(r#"{"email":"ada"}"#)).await;
    assert_eq!(r.status_line, "HTTP/1.1 422 Unprocessable Content");
    assert_eq!(
        r.header("content-type"),
        Some("application/problem+json"),
        "POST /signup"
    );
    assert_eq!(
        r.json(),
        json!({
            "type": "about:blank",
            "title": "Unprocessable Content",
            "status": 422,
            "detail": "2 fields are invalid",
            "errors": [
                {"pointer": "#/email", "detail": "must contain @"},
                {"pointer": "#/age", "detail": "must be 18 or more"},
            ],
        })
    );

    // A 401 keeps `WWW-Authenticate`; its text is `detail`.
    let r = c.ask("GET", "/login", None).await;
    assert_problem(
        &r,
        "GET /login",
        401,
        "Unauthorized",
        Some(&|d| d == "the token has expired"),
    );
    assert_eq!(
        r.header("www-authenticate"),
        Some(r#"Bearer realm="accounts""#)
    );

    // A 503 keeps `Retry-After`.
    let r = c.ask("GET", "/busy", None).await;
    let json = assert_problem(&r, "GET /busy", 503, "Service Unavailable", None);
    assert_eq!(json.as_object().map(|m| m.len()), Some(3), "{json}");
    assert_eq!(r.header("retry-after"), Some("120"));
}

#[tokio::test]
async fn axum_behind_problem_layer_answers_every_error_with_a_problem() {
    set_hook();
    let server = serve_axum(axum_app()).await;
    check_problems(server.addr, "axum").await;
}

#[tokio::test]
async fn actix_web_behind_problem_layer_answers_every_error_with_a_problem() {
    use actix_web::App;

    set_hook();
    let server = serve_actix(|| App::new().wrap(ProblemLayer::new()).configure(actix_app));
    check_problems(server.addr, "actix-web").await;
    server.stop().await;
}
