//! What only a real connection shows: the status line with its reason
//! phrase exactly as the server writes it, the framing of each response,
//! and a connection that stays open from one request to the next.
//!
//! A real axum server and a real actix-web server listen on 127.0.0.1, on a
//! port the system picks, and serve the routes of `common`. The client is
//! a bare TCP socket: it writes each request by hand and reads the raw
//! bytes back, so nothing between the server and the assertion rewrites
//! the status line. What handlers answer (statuses, bodies, the hook) is
//! checked in process in `handlers.rs`.
//!
//! Every wait is bounded by `LIMIT`: connecting, each read, the start of
//! the actix-web server and its stop.

mod common;

use std::net::SocketAddr;
use std::time::Duration;

use common::*;
use serde_json::{Value, json};
use status_core::Status;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::timeout;

/// How long any one wait may take before the test fails.
const LIMIT: Duration = Duration::from_secs(20);

/// Each route and the status line its answer must start with. The phrase
/// is RFC 9110's where the framework's own is older (413), and the
/// registry's where the framework has none (499).
const STATUS_LINES: &[(&str, &str)] = &[
    ("/bare", "HTTP/1.1 410 Gone"),
    ("/too-large", "HTTP/1.1 413 Content Too Large"),
    ("/json", "HTTP/1.1 201 Created"),
    ("/problem", "HTTP/1.1 404 Not Found"),
    ("/users/7", "HTTP/1.1 404 Not Found"),
    ("/database", "HTTP/1.1 500 Internal Server Error"),
    ("/maintenance", "HTTP/1.1 503 Service Unavailable"),
    ("/registry/bare", "HTTP/1.1 499 Client Closed Request"),
    ("/registry/json", "HTTP/1.1 499 Client Closed Request"),
    ("/registry/problem", "HTTP/1.1 499 Client Closed Request"),
    ("/registry/error", "HTTP/1.1 499 Client Closed Request"),
    ("/broken-json", "HTTP/1.1 500 Internal Server Error"),
];

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
}

/// A client connection that writes requests by hand and reads responses
/// off the socket, byte for byte.
struct Connection {
    addr: SocketAddr,
    stream: TcpStream,
    /// Bytes read and not yet taken by a response.
    unread: Vec<u8>,
}

impl Connection {
    async fn open(addr: SocketAddr) -> Connection {
        let stream = timeout(LIMIT, TcpStream::connect(addr))
            .await
            .unwrap_or_else(|_| panic!("no connection to {addr} within {LIMIT:?}"))
            .expect("the server accepts connections");
        Connection {
            addr,
            stream,
            unread: Vec::new(),
        }
    }

    /// Writes `GET path`, asking the server to close the connection after
    /// its answer when `close` is set and to keep it open otherwise.
    async fn send(&mut self, path: &str, close: bool) {
        let connection = if close { "close" } else { "keep-alive" };
        let request = format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: {connection}\r\n\r\n",
            self.addr
        );
        timeout(LIMIT, self.stream.write_all(request.as_bytes()))
            .await
            .unwrap_or_else(|_| panic!("GET {path} not sent within {LIMIT:?}"))
            .expect("the request is sent");
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
    /// transfer coding, and nothing after it.
    async fn response(&mut self) -> Raw {
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

    /// Whether the server closes the connection with nothing more to send.
    async fn closes(&mut self) -> bool {
        self.fill().await == 0 && self.unread.is_empty()
    }
}

/// Asks every route in turn over one kept-alive connection, then one more
/// time with `Connection: close`.
async fn check_wire(addr: SocketAddr) {
    let mut connection = Connection::open(addr).await;
    for &(path, expected) in STATUS_LINES {
        connection.send(path, false).await;
        let response = connection.response().await;
        // The status line, reason phrase included, as the server wrote it.
        assert_eq!(response.status_line, expected, "GET {path}");
        // The connection stays open for the next request.
        assert_ne!(
            response.header("connection"),
            Some("close"),
            "GET {path} closed a kept-alive connection"
        );
        match path {
            "/bare" => {
                assert_eq!(response.status_line, Status::Gone.status_line());
                assert_eq!(response.header("content-length"), Some("0"));
                assert!(response.body.is_empty());
            }
            "/json" => {
                assert_eq!(response.header("content-type"), Some("application/json"));
                assert_eq!(response.json(), json!({"id": 7, "name": "Ada"}));
            }
            "/database" => {
                // Neither the body nor any header carries the hidden error.
                let text = String::from_utf8_lossy(&response.bytes);
                assert!(!text.contains("hunter2"), "{text}");
            }
            _ => {}
        }
    }

    // The last request asks to close: the answer comes whole, then the
    // server hangs up.
    connection.send("/registry/bare", true).await;
    let last = connection.response().await;
    assert_eq!(last.status_line, "HTTP/1.1 499 Client Closed Request");
    assert!(last.body.is_empty());
    assert!(
        connection.closes().await,
        "the server kept the connection open, or sent more, after `Connection: close`"
    );
}

#[tokio::test]
async fn axum_writes_status_lines_frames_responses_and_keeps_connections_alive() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port on 127.0.0.1");
    let addr = listener.local_addr().expect("the bound address");
    let server = tokio::spawn(async move { axum::serve(listener, axum_router()).await });
    check_wire(addr).await;
    server.abort();
}

#[tokio::test]
async fn actix_web_writes_status_lines_frames_responses_and_keeps_connections_alive() {
    use actix_web::{App, HttpServer};

    // The server runs on its own thread, in its own actix runtime, and
    // sends back its address and a handle to stop it once it listens.
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_rt::System::new().block_on(async move {
            let server = HttpServer::new(|| App::new().configure(actix_routes))
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
    check_wire(addr).await;
    timeout(LIMIT, handle.stop(false))
        .await
        .expect("the actix-web server stops");
}
