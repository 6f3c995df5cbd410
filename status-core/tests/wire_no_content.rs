//! On the wire: a response whose status allows no content must leave a
//! keep-alive connection ready for the next one. Real axum and actix-web
//! servers on 127.0.0.1 answer two requests on one raw TCP connection:
//! first a status that carries no content, or an interim 1xx, given a
//! body anyway, then an ordinary JSON answer, which must parse as the
//! second response.
//!
//! Every wait is bounded by `LIMIT`, so a server that hangs fails the test
//! instead of stalling it; no assertion depends on timing.
#![cfg(all(feature = "axum", feature = "actix-web"))]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use status_core::{Status, status};

const LIMIT: Duration = Duration::from_secs(20);

/// One response as read off the connection.
#[derive(Debug)]
struct Response {
    code: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Reads one final response, skipping none: an interim 1xx is returned as
/// it is, so the caller sees exactly what the server sent.
fn read_response(reader: &mut BufReader<TcpStream>) -> Response {
    let mut line = String::new();
    reader.read_line(&mut line).expect("a status line");
    let code: u16 = line
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("not a status line: {line:?}"));
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).expect("a header line");
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':').expect("a header");
        headers.push((name.to_owned(), value.trim().to_owned()));
    }
    let mut response = Response {
        code,
        headers,
        body: Vec::new(),
    };
    // RFC 9112, Section 6.3: these never have content, whatever the
    // headers say.
    if code < 200 || code == 204 || code == 304 {
        return response;
    }
    if response
        .header("transfer-encoding")
        .is_some_and(|te| te.contains("chunked"))
    {
        loop {
            let mut size = String::new();
            reader.read_line(&mut size).expect("a chunk size");
            let size = usize::from_str_radix(size.trim(), 16).expect("a hex chunk size");
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk).expect("a chunk");
            if size == 0 {
                break;
            }
            response.body.extend_from_slice(&chunk[..size]);
        }
    } else {
        let length: usize = response
            .header("content-length")
            .unwrap_or_else(|| panic!("no framing, so the body runs to the end: {response:?}"))
            .parse()
            .expect("a length");
        response.body.resize(length, 0);
        reader.read_exact(&mut response.body).expect("the body");
    }
    response
}

/// Sends `GET first`, then `GET /after` on the same connection, and
/// returns both responses.
fn two_on_one_connection(addr: SocketAddr, first: &str) -> (Response, Response) {
    let stream = TcpStream::connect(addr).expect("a connection");
    stream.set_read_timeout(Some(LIMIT)).unwrap();
    let mut writer = stream.try_clone().unwrap();
    let mut reader = BufReader::new(stream);
    let request = |path: &str| format!("GET {path} HTTP/1.1\r\nHost: test\r\n\r\n");
    writer.write_all(request(first).as_bytes()).unwrap();
    let one = read_response(&mut reader);
    writer.write_all(request("/after").as_bytes()).unwrap();
    let two = read_response(&mut reader);
    (one, two)
}

/// Every case against one server.
fn check(addr: SocketAddr) {
    for path in ["/204-json", "/204"] {
        let (one, two) = two_on_one_connection(addr, path);
        assert_eq!(one.code, 204, "{path}: {one:?}");
        assert_eq!(one.header("content-length"), None, "{path}: {one:?}");
        assert_eq!(
            (two.code, two.body.as_slice()),
            (200, &b"[1]"[..]),
            "after {path}"
        );
    }
    let (one, two) = two_on_one_connection(addr, "/205-with");
    assert_eq!(one.code, 205, "{one:?}");
    assert!(one.body.is_empty(), "{one:?}");
    assert_eq!((two.code, two.body.as_slice()), (200, &b"[1]"[..]));
    let (one, two) = two_on_one_connection(addr, "/304-json");
    assert_eq!(one.code, 304, "{one:?}");
    assert_eq!((two.code, two.body.as_slice()), (200, &b"[1]"[..]));
    for path in ["/103-with", "/100", "/101"] {
        let (one, two) = two_on_one_connection(addr, path);
        assert_eq!(one.code, 500, "{path}: {one:?}");
        assert_eq!(
            one.header("content-type"),
            Some("application/problem+json"),
            "{path}"
        );
        assert_eq!(
            (two.code, two.body.as_slice()),
            (200, &b"[1]"[..]),
            "after {path}"
        );
    }
}

mod handlers {
    use super::*;
    use status_core::{JsonBody, WithStatus};

    pub async fn no_content_json() -> WithStatus<JsonBody<[u8; 3]>> {
        status!(204).json([1, 2, 3])
    }
    pub async fn no_content() -> Status {
        status!(204)
    }
    pub async fn reset_with() -> WithStatus<&'static str> {
        status!(205).with("reset")
    }
    pub async fn not_modified_json() -> WithStatus<JsonBody<[u8; 3]>> {
        status!(304).json([1, 2, 3])
    }
    pub async fn early_hints_with() -> WithStatus<&'static str> {
        status!(103).with("hint")
    }
    pub async fn continue_bare() -> Status {
        status!(100)
    }
    pub async fn switching_bare() -> Status {
        status!(101)
    }
    pub async fn after() -> WithStatus<JsonBody<[u8; 1]>> {
        status!(200).json([1])
    }
}

#[test]
fn axum_keeps_the_connection_usable() {
    use axum::Router;
    use axum::routing::get;
    use handlers::*;

    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let app = Router::new()
                .route("/204-json", get(no_content_json))
                .route("/204", get(no_content))
                .route("/205-with", get(reset_with))
                .route("/304-json", get(not_modified_json))
                .route("/103-with", get(early_hints_with))
                .route("/100", get(continue_bare))
                .route("/101", get(switching_bare))
                .route("/after", get(after));
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let _ = sender.send(listener.local_addr().unwrap());
            axum::serve(listener, app).await
        })
    });
    let addr = receiver
        .recv_timeout(LIMIT)
        .expect("the axum server starts");
    check(addr);
}

#[test]
fn actix_web_keeps_the_connection_usable() {
    use actix_web::{App, HttpServer, web};
    use handlers::*;

    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_rt::System::new().block_on(async move {
            let server = HttpServer::new(|| {
                App::new()
                    .route("/204-json", web::get().to(no_content_json))
                    .route("/204", web::get().to(no_content))
                    .route("/205-with", web::get().to(reset_with))
                    .route("/304-json", web::get().to(not_modified_json))
                    .route("/103-with", web::get().to(early_hints_with))
                    .route("/100", web::get().to(continue_bare))
                    .route("/101", web::get().to(switching_bare))
                    .route("/after", web::get().to(after))
            })
            .workers(1)
            .disable_signals()
            .bind(("127.0.0.1", 0))
            .unwrap();
            let _ = sender.send(server.addrs()[0]);
            server.run().await
        })
    });
    let addr = receiver
        .recv_timeout(LIMIT)
        .expect("the actix-web server starts");
    check(addr);
}
