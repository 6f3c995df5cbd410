//! Every error a problem: a real axum server and a real actix-web server,
//! each wrapped in `ProblemLayer`, asked over a bare TCP socket for each
//! kind of error a service produces, from the router, an extractor or a
//! handler.
//!
//! Both servers listen on 127.0.0.1, on a port the system picks, and run
//! the same cases. The client writes each request by hand and reads the
//! raw bytes back, so what is asserted is what a client receives.
//!
//! The server error hook is set once per process, so one hook serves both
//! tests: it records what it receives in `RECEIVED`, and each server's
//! hidden messages name their framework, so each test finds its own.
//!
//! Run with `--nocapture` to see every exchange, in the shape `curl -i`
//! prints it.
//!
//! Every wait is bounded by `LIMIT`: connecting, each read, the start of
//! the actix-web server and its stop.

use std::net::SocketAddr;
use std::sync::{Mutex, Once};
use std::time::Duration;

use serde::Serialize;
use serde_json::{Value, json};
use status_core::{HttpError, Problem, ProblemLayer, ServerError, status};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::timeout;

/// How long any one wait may take before the test fails.
const LIMIT: Duration = Duration::from_secs(20);

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

/// One response, as the bytes on the wire said it.
struct Raw {
    status_line: String,
    /// Names in lower case, values as sent.
    headers: Vec<(String, String)>,
    /// The content, with any chunked framing removed.
    body: Vec<u8>,
    /// The head and the framed content exactly as read.
    bytes: Vec<u8>,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", String::from_utf8_lossy(&self.body)))
    }

    /// The response as `curl -i` prints it, without the `date` header.
    fn as_curl(&self) -> String {
        let mut text = format!("{}\n", self.status_line);
        for (name, value) in &self.headers {
            if name != "date" {
                text.push_str(&format!("{name}: {value}\n"));
            }
        }
        text.push('\n');
        text.push_str(&String::from_utf8_lossy(&self.body));
        text
    }
}

/// A client connection that writes requests by hand and reads responses
/// off the socket, byte for byte, keeping the connection open between
/// them.
struct Connection {
    addr: SocketAddr,
    stream: TcpStream,
    /// Bytes read and not yet taken by a response.
    unread: Vec<u8>,
    /// Which server it talks to, for the messages.
    framework: &'static str,
}

impl Connection {
    async fn open(addr: SocketAddr, framework: &'static str) -> Connection {
        let stream = timeout(LIMIT, TcpStream::connect(addr))
            .await
            .unwrap_or_else(|_| panic!("no connection to {addr} within {LIMIT:?}"))
            .expect("the server accepts connections");
        Connection {
            addr,
            stream,
            unread: Vec::new(),
            framework,
        }
    }

    /// Sends one request and reads its whole response. A `body` is sent as
    /// `application/json`.
    async fn ask(&mut self, method: &str, path: &str, body: Option<&str>) -> Raw {
        let mut request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: keep-alive\r\n",
            self.addr
        );
        if let Some(body) = body {
            request.push_str(&format!(
                "Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            ));
        } else {
            request.push_str("\r\n");
        }
        timeout(LIMIT, self.stream.write_all(request.as_bytes()))
            .await
            .unwrap_or_else(|_| panic!("{method} {path} not sent within {LIMIT:?}"))
            .expect("the request is sent");
        let response = self.response(method == "HEAD").await;

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

    /// Reads more bytes into `unread`; the number read, 0 once the server
    /// has closed the connection.
    async fn fill(&mut self) -> usize {
        let mut chunk = [0; 4096];
        let n = timeout(LIMIT, self.stream.read(&mut chunk))
            .await
            .unwrap_or_else(|_| panic!("no bytes from the server within {LIMIT:?}"))
            .expect("the socket reads");
        self.unread.extend_from_slice(&chunk[..n]);
        n
    }

    /// Takes the first `n` unread bytes, reading until there are that many.
    async fn take(&mut self, n: usize) -> Vec<u8> {
        while self.unread.len() < n {
            assert!(
                self.fill().await > 0,
                "the server closed the connection inside a response"
            );
        }
        self.unread.drain(..n).collect()
    }

    /// Takes one line, with its CRLF.
    async fn line(&mut self) -> Vec<u8> {
        loop {
            if let Some(end) = self.unread.windows(2).position(|w| w == b"\r\n") {
                return self.unread.drain(..end + 2).collect();
            }
            assert!(
                self.fill().await > 0,
                "the server closed the connection inside a line"
            );
        }
    }

    /// Reads one whole response, framed by `Content-Length` or by chunked
    /// transfer coding; the answer to a HEAD request has no content,
    /// whatever its headers say.
    async fn response(&mut self, head: bool) -> Raw {
        let mut bytes = Vec::new();
        let status_line = self.line().await;
        bytes.extend_from_slice(&status_line);
        let status_line = String::from_utf8(status_line)
            .expect("the status line is text")
            .trim_end()
            .to_owned();
        let mut headers = Vec::new();
        loop {
            let line = self.line().await;
            bytes.extend_from_slice(&line);
            if line == b"\r\n" {
                break;
            }
            let line = String::from_utf8(line).expect("a header line is text");
            let (name, value) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("a header line without a colon: {line:?}"));
            headers.push((name.to_ascii_lowercase(), value.trim().to_owned()));
        }
        let mut raw = Raw {
            status_line,
            headers,
            body: Vec::new(),
            bytes,
        };
        if head {
            return raw;
        }
        let chunked = raw
            .header("transfer-encoding")
            .is_some_and(|v| v.eq_ignore_ascii_case("chunked"));
        if let Some(length) = raw.header("content-length") {
            assert!(!chunked, "both Content-Length and chunked");
            let length: usize = length.parse().expect("Content-Length is a number");
            raw.body = self.take(length).await;
            raw.bytes.extend_from_slice(&raw.body);
        } else if chunked {
            loop {
                let size_line = self.line().await;
                raw.bytes.extend_from_slice(&size_line);
                let size = std::str::from_utf8(&size_line)
                    .ok()
                    .and_then(|s| s.trim_end().split(';').next())
                    .and_then(|s| usize::from_str_radix(s.trim(), 16).ok())
                    .unwrap_or_else(|| panic!("a bad chunk size line: {size_line:?}"));
                let chunk = self.take(size + 2).await;
                raw.bytes.extend_from_slice(&chunk);
                assert!(chunk.ends_with(b"\r\n"), "a chunk without its CRLF");
                if size == 0 {
                    break;
                }
                raw.body.extend_from_slice(&chunk[..size]);
            }
        } else {
            panic!(
                "{}: no Content-Length and not chunked, so the end of the content is unknown",
                raw.status_line
            );
        }
        raw
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
    let json = assert_problem(&r, "GET /ledger", 500, "Internal Server Error", None);
    assert_eq!(json.as_object().map(|m| m.len()), Some(3), "{json}");
    let secret = ledger_secret(framework);
    assert_hidden(&r, &secret, "GET /ledger");
    let hooked = received_with(&secret);
    assert_eq!(hooked.len(), 1, "the hook got the derived 500 once");
    assert_eq!(
        (hooked[0].code, hooked[0].phrase),
        (500, "Internal Server Error")
    );
    assert_eq!(hooked[0].error, format!("ledger query failed: {secret}"));

    // A plain-text 500 from the handler: the same problem, and the text
    // goes to the hook.
    let r = c.ask("GET", "/plain", None).await;
    let json = assert_problem(&r, "GET /plain", 500, "Internal Server Error", None);
    assert_eq!(json.as_object().map(|m| m.len()), Some(3), "{json}");
    let secret = plain_secret(framework);
    assert_hidden(&r, &secret, "GET /plain");
    let hooked = received_with(&secret);
    assert_eq!(hooked.len(), 1, "the hook got the plain-text 500 once");
    assert_eq!(hooked[0].code, 500);
    assert_eq!(hooked[0].error, secret);
    assert!(hooked[0].sources.is_empty());

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
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port on 127.0.0.1");
    let addr = listener.local_addr().expect("the bound address");
    let server = tokio::spawn(async move { axum::serve(listener, axum_app()).await });
    check_problems(addr, "axum").await;
    server.abort();
}

#[tokio::test]
async fn actix_web_behind_problem_layer_answers_every_error_with_a_problem() {
    use actix_web::{App, HttpServer};

    set_hook();
    // The server runs on its own thread, in its own actix runtime, and
    // sends back its address and a handle to stop it once it listens.
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_rt::System::new().block_on(async move {
            let server =
                HttpServer::new(|| App::new().wrap(ProblemLayer::new()).configure(actix_app))
                    .workers(1)
                    .disable_signals()
                    .bind(("127.0.0.1", 0))
                    .expect("a free port on 127.0.0.1");
            let addr = server.addrs()[0];
            let server = server.run();
            let _ = sender.send((addr, server.handle()));
            server.await
        })
    });
    let (addr, handle) = receiver
        .recv_timeout(LIMIT)
        .expect("the actix-web server starts");
    check_problems(addr, "actix-web").await;
    timeout(LIMIT, handle.stop(false))
        .await
        .expect("the actix-web server stops");
}
