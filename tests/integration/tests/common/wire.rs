//! The one raw HTTP/1.1 client of the wire tests, and the servers it talks
//! to: real axum and actix-web servers on 127.0.0.1, on a port the system
//! picks.
//!
//! The client writes each request by hand and reads the raw bytes back, so
//! nothing between the server and the assertion rewrites the status line,
//! the headers or the framing. One connection carries as many requests as
//! a test sends, one after another.
//!
//! Every wait is bounded by `LIMIT`: connecting, each write and read, the
//! start of a server and the stop of an actix-web one.

// Each test binary that includes this module uses only part of it.
#![allow(dead_code)]

use std::fmt;
use std::net::SocketAddr;
use std::time::Duration;

use actix_web::body::MessageBody;
use actix_web::dev::{ServerHandle, ServiceFactory, ServiceRequest, ServiceResponse};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::task::JoinHandle;
use tokio::time::timeout;

/// How long any one wait may take before the test fails.
pub const LIMIT: Duration = Duration::from_secs(20);

// ---------------------------------------------------------------------
// The servers
// ---------------------------------------------------------------------

/// An axum server on its own task; dropping it stops the server.
pub struct Axum {
    pub addr: SocketAddr,
    task: JoinHandle<std::io::Result<()>>,
}

impl Drop for Axum {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Starts `router` on 127.0.0.1, on the test's runtime.
pub async fn serve_axum(router: axum::Router) -> Axum {
    let listener = timeout(LIMIT, tokio::net::TcpListener::bind("127.0.0.1:0"))
        .await
        .expect("the axum server binds within LIMIT")
        .expect("a free port on 127.0.0.1");
    let addr = listener.local_addr().expect("the bound address");
    let task = tokio::spawn(async move { axum::serve(listener, router).await });
    Axum { addr, task }
}

/// An actix-web server on its own thread, in its own actix runtime.
pub struct Actix {
    pub addr: SocketAddr,
    handle: ServerHandle,
}

impl Actix {
    /// Stops the server, and fails if it does not stop within `LIMIT`.
    pub async fn stop(self) {
        timeout(LIMIT, self.handle.stop(false))
            .await
            .expect("the actix-web server stops");
    }
}

/// Starts an actix-web server with one worker that serves the apps `app`
/// makes, and waits until it listens.
pub fn serve_actix<F, T, B>(app: F) -> Actix
where
    F: Fn() -> actix_web::App<T> + Send + Clone + 'static,
    T: ServiceFactory<
            ServiceRequest,
            Config = (),
            Response = ServiceResponse<B>,
            Error = actix_web::Error,
            InitError = (),
        > + 'static,
    B: MessageBody + 'static,
{
    // The server sends back its address and a handle to stop it once it
    // listens.
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_rt::System::new().block_on(async move {
            let server = actix_web::HttpServer::new(app)
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
    Actix { addr, handle }
}

// ---------------------------------------------------------------------
// The client
// ---------------------------------------------------------------------

/// One response, as the bytes on the wire said it.
pub struct Raw {
    pub status_line: String,
    /// Names in lower case, values as sent.
    pub headers: Vec<(String, String)>,
    /// The content, with any chunked framing removed.
    pub body: Vec<u8>,
    /// The head and the framed content exactly as read.
    pub bytes: Vec<u8>,
}

impl Raw {
    /// The status code of the status line.
    pub fn code(&self) -> u16 {
        self.status_line
            .split(' ')
            .nth(1)
            .and_then(|code| code.parse().ok())
            .unwrap_or_else(|| panic!("not a status line: {:?}", self.status_line))
    }

    /// The value of the header `name`, given in lower case.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", String::from_utf8_lossy(&self.body)))
    }

    /// The response as `curl -i` prints it, without the `date` header.
    pub fn as_curl(&self) -> String {
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

impl fmt::Debug for Raw {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_curl())
    }
}

/// A client connection that writes requests by hand and reads responses
/// off the socket, byte for byte.
pub struct Connection {
    addr: SocketAddr,
    stream: TcpStream,
    /// Bytes read and not yet taken by a response.
    unread: Vec<u8>,
    /// Whether the request last sent was a HEAD, whose answer has no
    /// content whatever its headers say.
    head: bool,
}

impl Connection {
    pub async fn open(addr: SocketAddr) -> Connection {
        let stream = timeout(LIMIT, TcpStream::connect(addr))
            .await
            .unwrap_or_else(|_| panic!("no connection to {addr} within {LIMIT:?}"))
            .expect("the server accepts connections");
        Connection {
            addr,
            stream,
            unread: Vec::new(),
            head: false,
        }
    }

    /// Writes one request: its line, `Host`, the `headers` given, and the
    /// `body` with its `Content-Length` unless it is empty.
    pub async fn send(&mut self, method: &str, path: &str, headers: &[(&str, &str)], body: &str) {
        let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {}\r\n", self.addr);
        for (name, value) in headers {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        if !body.is_empty() {
            request.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        request.push_str("\r\n");
        request.push_str(body);
        timeout(LIMIT, self.stream.write_all(request.as_bytes()))
            .await
            .unwrap_or_else(|_| panic!("{method} {path} not sent within {LIMIT:?}"))
            .expect("the request is sent");
        self.head = method == "HEAD";
    }

    /// Writes `GET path`, with no header but `Host`, and reads its answer.
    pub async fn get(&mut self, path: &str) -> Raw {
        self.send("GET", path, &[], "").await;
        self.response().await
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

    /// Reads one whole response and nothing after it: framed by
    /// `Content-Length` or by chunked transfer coding, or without content
    /// where RFC 9112, Section 6.3 says it has none (the answer to HEAD, a
    /// 1xx, 204 and 304), whatever its headers say. An interim 1xx is
    /// returned as it is, so the caller sees exactly what the server sent.
    pub async fn response(&mut self) -> Raw {
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
        let code = raw.code();
        if self.head || code < 200 || code == 204 || code == 304 {
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

    /// Whether the server closes the connection with nothing more to send.
    pub async fn closes(&mut self) -> bool {
        self.fill().await == 0 && self.unread.is_empty()
    }
}
