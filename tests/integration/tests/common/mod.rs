//! The service that `handlers.rs` and `wire.rs` both test: the same handler
//! functions routed in axum and in actix-web, since every type they return
//! implements both frameworks' response traits.

// Each test binary that includes this module uses only part of it.
#![allow(dead_code)]

pub mod wire;

use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use status_core::{HttpError, JsonBody, Problem, ServerError, Status, WithStatus, status};

status_core::registry! {
    file = "handlers-codes.toml",
    name = AppStatus,
    macro = app_status,
    module = common,
}

/// An error of a registry's status type, checked by the registry's macro.
#[derive(Debug, HttpError)]
#[http_error(status_type = AppStatus, macro = app_status)]
#[status(499)]
pub struct ClientClosed;

impl std::fmt::Display for ClientClosed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the client went away")
    }
}

/// The internal message that must never reach a client.
pub const SECRET: &str = "password=hunter2 at db.internal:5432";

#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct User {
    pub id: u32,
    pub name: String,
}

#[derive(Debug, HttpError)]
pub enum UserError {
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

/// Server errors the hook received, from either framework.
static REPORTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn record(error: &ServerError<'_>) {
    if let Ok(mut reported) = REPORTED.lock() {
        reported.push(error.to_string());
    }
}

/// Sets the server error hook to one that records what it receives. The
/// hook is set once per process; later calls change nothing.
pub fn record_server_errors() {
    let _ = status_core::set_server_error_hook(record);
}

/// What the hook has received so far.
pub fn reported() -> Vec<String> {
    REPORTED.lock().map(|r| r.clone()).unwrap_or_default()
}

pub fn user() -> User {
    User {
        id: 7,
        name: "Ada".to_owned(),
    }
}

pub fn not_found_problem() -> Problem {
    Problem::new(status!(404))
        .with_detail("no user 7")
        .with_instance("/users/7")
        .with_extension("user_id", 7)
}

/// A map whose keys JSON cannot hold, so serialization fails.
fn unserializable() -> std::collections::BTreeMap<(u8, u8), u8> {
    [((1, 2), 3)].into_iter().collect()
}

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

/// Defines `axum_router()` and `actix_routes()`, which route `GET` on each
/// path to its handler in axum and in actix-web: one list, so both
/// frameworks serve the same routes.
macro_rules! get_routes {
    ($($path:literal => $handler:expr),* $(,)?) => {
        /// The routes, in axum.
        pub fn axum_router() -> ::axum::Router {
            ::axum::Router::new()$(.route($path, ::axum::routing::get($handler)))*
        }

        /// The same routes, in actix-web.
        pub fn actix_routes(config: &mut ::actix_web::web::ServiceConfig) {
            config$(.route($path, ::actix_web::web::get().to($handler)))*;
        }
    };
}
// Only some test binaries name it by its path.
#[allow(unused_imports)]
pub(crate) use get_routes;

get_routes! {
    "/bare" => bare,
    "/too-large" => too_large,
    "/json" => created,
    "/problem" => problem,
    "/users/7" => find_user,
    "/database" => database,
    "/maintenance" => maintenance,
    "/broken-json" => broken_json,
    "/registry/bare" => registry_bare,
    "/registry/json" => registry_json,
    "/registry/problem" => registry_problem,
    "/registry/error" => registry_error,
}
