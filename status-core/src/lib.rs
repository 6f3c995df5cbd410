//! HTTP status codes as a typed enum, generated at compile time from one
//! data file, `codes.toml`.
//!
//! ```
//! use status_core::{status, Class, Status};
//!
//! // A code written in source is checked when it compiles: `status!(499)`
//! // is an error that names the nearest real codes.
//! let not_found = status!(404);
//! assert_eq!(not_found, Status::NotFound);
//! assert_eq!(not_found.code(), 404);
//! assert_eq!(not_found.phrase(), "Not Found");
//! assert_eq!(not_found.class(), Class::ClientError);
//!
//! // A code that arrives at run time is looked up in the registry.
//! assert_eq!(Status::from_u16(404), Ok(not_found));
//! assert!(Status::from_u16(499).is_err());
//! ```
//!
//! # Handlers
//!
//! `status!` expands to a variant, so it works anywhere a constant does:
//! in `const` items, in `match` patterns, and in a crate that renamed this
//! dependency.
//!
//! ```
//! use status_core::{status, Status};
//!
//! const GONE: Status = status!(410);
//!
//! fn retry_later(status: Status) -> bool {
//!     matches!(status, status!(429) | status!(503))
//! }
//!
//! assert!(retry_later(Status::TooManyRequests));
//! assert!(!retry_later(GONE));
//! ```
//!
//! # Features
//!
//! The crate is `#![no_std]` whatever the features, and allocates only for
//! `Problem` and the responses of the framework features.
//! Its error types implement `core::error::Error`, which `std` users see as
//! `std::error::Error`. No feature is on by default; the optional ones are:
//!
//! - `serde`: serializes a status as its number.
//!   Deserializes from the number, and in human-readable formats also from
//!   the three-digit string.
//! - `http`: conversions to and from `http::StatusCode`.
//! - `derive`: `#[derive(HttpError)]`, an error type's status checked at
//!   compile time. Adds nothing to build but syn's parser for derive input
//!   in the macro crate. The framework features turn it on.
//! - `problem`: `Problem`, RFC 9457 problem details, with serde's
//!   `Serialize` and `Deserialize`. It needs an allocator (`alloc`, not
//!   `std`) and adds `serde` and `serde_json` (without its `std` feature)
//!   for extension members. Turns on `serde`.
//! - `axum`: handlers return a [`Status`], a `Problem`, a status with a
//!   body (`status.json(value)`, `status.with(body)`) or an error type that
//!   derives `HttpError`; each implements axum's `IntoResponse`. Built on
//!   axum-core 0.5 (axum 0.8), and on hyper 1 (`http1` only) to send
//!   reason phrases that http does not know. Turns on `derive`, `problem`
//!   and `http`, and links `std` for the server error hook.
//! - `actix-web`: the same for actix-web 4, through `Responder` and
//!   `ResponseError`. actix-web 4 uses `http` 0.2, so this feature does not
//!   use the `http` feature's types; it converts every status to and from
//!   actix-web's own `StatusCode` and compares with it both ways. Turns on
//!   `derive` and `problem`, and links `std` as the axum feature does.
//! - `tracing`: with `axum` or `actix-web`, where no server error hook is
//!   set, each hidden 5xx becomes a `tracing` event at ERROR level with
//!   fields `status`, `error` and `sources` (the whole source chain)
//!   instead of a line on standard error, and `ProblemLayer` reports a
//!   response that breaks the data's rules at WARN. Built on tracing 0.1,
//!   without its `attributes` feature.
//! - `utoipa`: OpenAPI documents with utoipa 6. Every status enum and
//!   `Problem` is a `ToSchema`, and an error type deriving `HttpError` is
//!   an `IntoResponses` that lists its problem responses. Needs Rust 1.88,
//!   utoipa 6's minimum, where the rest of the crate needs 1.85. Turns on
//!   `problem`.
//!
//! With either framework feature, a response carries content only where
//! its status's data allows it: 204, 205 and 304 go out without a body, and
//! an interim 1xx, which cannot end a request, answers 500 and reaches the
//! server error hook.
//!
//! # Errors as responses
//!
//! `#[derive(HttpError)]`, with the `derive` feature, gives an error type
//! its status, checked at compile time as `status!` checks it, and with a
//! framework feature makes it a problem response. See `HttpError`.
#![doc = status_macros::codes_table!()]
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "problem")]
extern crate alloc;
#[cfg(any(feature = "axum", feature = "actix-web"))]
extern crate std;

mod class;
mod error_status;
#[cfg(doc)]
pub mod example_generated;
mod external;
mod generic;
pub mod guide;
#[cfg(any(feature = "axum", feature = "actix-web"))]
mod layer;
mod parse;
#[cfg(feature = "problem")]
mod problem;
mod public;
mod registry;
#[cfg(any(feature = "axum", feature = "actix-web"))]
mod respond;
mod semantics;
mod status;
mod table;
mod vendor;

pub use class::Class;
pub use generic::HttpStatus;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub use layer::ProblemLayer;
#[cfg(feature = "actix-web")]
pub use layer::ProblemMiddleware;
#[cfg(feature = "axum")]
pub use layer::ProblemService;
pub use parse::{ParseStatusError, UnknownStatus};
#[cfg(feature = "problem")]
pub use problem::{Problem, ProblemStatus};
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub use respond::{
    ErrorSources, HookAlreadySet, JsonBody, ServerError, WithStatus, set_server_error_hook,
};
pub use semantics::{Redirect, Registration};
pub use status::Status;
/// Derives an error type's HTTP status, checked at compile time, and with
/// the `axum` or `actix-web` feature makes the error a response.
///
/// Put `#[status(N)]` on each variant, or once on the type for every
/// variant without its own, or on a struct. Each code is checked as
/// [`status!`] checks it, with the same errors and suggestions, pointing at
/// the attribute: `#[status(4040)]` fails to compile and suggests 404.
///
/// The derive generates `const fn status(&self) -> Status`. With a
/// framework feature the type also answers requests: axum's
/// `IntoResponse`, or actix-web's `ResponseError` (which needs `Debug` and
/// `Display`). The response is a `Problem` with the status, whose
/// `detail` is:
///
/// - for 4xx and other codes below 500, the error's `Display`: the client
///   needs it to fix the request;
/// - for 5xx, absent, so that a database error or a file path never reaches
///   the client. The error goes instead to the hook set with
///   `set_server_error_hook`, or to standard error if none is set.
///
/// `#[http_error(detail)]` on a variant or the type sends the `Display` of
/// a 5xx too, and `#[http_error(detail = false)]` keeps it from a 4xx.
/// Options give the problem its other members too, `type`, `title`,
/// `instance` and extension members: see [Options](#options).
///
/// With the `utoipa` feature the type is also a `utoipa::IntoResponses`,
/// so `responses((status = 200, body = User), UserError)` in
/// `#[utoipa::path]` documents every status it answers with: one
/// `application/problem+json` response of the `Problem` schema per status,
/// described by the reason phrase and the codes file's description of it.
/// Variants that share a status share its response, and each adds a line
/// to its description: its `title` option, or else the first paragraph of
/// the variant's docs (of the struct's, for a struct), or its name where it
/// has neither. The lines go in the description because it is what
/// documentation viewers show next to each code. The response's example is
/// the body a variant's problem starts from: its `type`, its `title` and
/// its status, and each extension member by name, with `null` for the
/// value that only exists at run time. Where the variants of one status
/// start from different bodies, each has an example of its own, named after
/// the variant. Those docs and titles become part of the published API
/// description, so write them for its readers.
///
/// ```
/// use status_core::{HttpError, Status};
///
/// #[derive(Debug, HttpError)]
/// enum UserError {
///     #[status(404)]
///     NotFound(u32),
///     #[status(409)]
///     NameTaken { name: String },
///     #[status(500)]
///     Database(String),
/// }
///
/// impl std::fmt::Display for UserError {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         match self {
///             UserError::NotFound(id) => write!(f, "no user {id}"),
///             UserError::NameTaken { name } => write!(f, "the name {name} is taken"),
///             UserError::Database(message) => write!(f, "database: {message}"),
///         }
///     }
/// }
///
/// assert_eq!(UserError::NotFound(7).status(), Status::NotFound);
/// assert_eq!(UserError::Database("timeout".into()).status().code(), 500);
/// ```
///
/// A wrong code does not compile:
///
/// ```compile_fail
/// #[derive(Debug, status_core::HttpError)]
/// #[status(4040)] // error: 4040 is not a status code ...; did you mean 404 (Not Found)?
/// struct Missing;
///
/// impl std::fmt::Display for Missing {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         f.write_str("missing")
///     }
/// }
/// ```
///
/// # Options
///
/// `#[http_error(...)]` takes options in three places. An option that is
/// unknown, or in a place that does not take it, fails to compile with the
/// list of what goes where.
///
/// On the type (the enum, or the struct):
///
/// - `crate = path`: where status-core is, for a crate that renamed the
///   dependency (`statuses = { package = "status-core", ... }` in
///   `Cargo.toml` needs `#[http_error(crate = ::statuses)]`). The default is
///   `::status_core`.
/// - `status_type = path` and `macro = path`: the status type `status()`
///   returns and the checked macro that names its codes, for an enum that
///   [`registry!`] generates from your own `codes.toml`, such as
///   `#[http_error(status_type = AppStatus, macro = app_status)]`; each
///   `#[status(N)]` is then checked against your file. The defaults are
///   `Status` and `status!`.
/// - `detail` or `detail = false`, `type = "..."` and `title = "..."`: the
///   default for every variant; a variant's own option overrides it.
///
/// On a variant:
///
/// - `detail` or `detail = false`: whether the client sees the error's
///   `Display` as `detail`. By default 4xx do and 5xx do not.
/// - `type = "https://example.com/probs/out-of-credit"`: the problem's
///   `type`, a URI reference that names the kind of problem and that
///   clients compare to tell problems apart. It is checked when the code
///   compiles: no spaces, control characters or other characters a URI
///   cannot hold (percent-encode them), and a valid scheme before a colon.
///   Without it, `type` is `about:blank`.
/// - `title = "You do not have enough credit."`: the problem's `title`, a
///   short summary of that kind of problem, on one line. Without it, the
///   title is the reason phrase; RFC 9457 asks that a problem of type
///   `about:blank` keep it, so give a `title` together with a `type`.
///
/// On a field, of a variant or of a struct:
///
/// - `extension`: the field goes out as an extension member named after the
///   field (`r#ref` as `ref`). Its value is serialized through serde's
///   `Serialize`, by `Problem::with_extension`, so a value that fails to
///   serialize is handled as that method says: left out, and reported. Only
///   a named field can be one, and not one named after a standard member
///   (`type`, `title`, `status`, `detail` or `instance`).
/// - `instance`: the field's `Display` is the problem's `instance`, a URI
///   of this occurrence such as the request path. One field per variant.
///
/// Every member but `detail` is sent whatever the status, 5xx included: a
/// field marked `extension` or `instance` reaches the client, so mark none
/// that holds what a 5xx should hide.
///
/// With the `problem` feature, the type also needs `Display` (its
/// `detail`), an `extension` field `Serialize` and an `instance` field
/// `Display`; an error points at the field that lacks it.
///
/// # The problem, before it is sent
///
/// With the `problem` feature, `Problem` implements `From<E>` and
/// `From<&E>` for the type, no framework needed: code can build the
/// problem the error is sent as, then adjust or log it. It is the problem
/// the response carries: the detail of a 5xx is hidden the same way.
/// Building it reports nothing; only sending a 5xx reaches the server
/// error hook.
///
/// # Server errors and their sources
///
/// The type needs only `Debug` and `Display`. Where it also implements
/// `std::error::Error`, as a thiserror type does, the server error hook
/// gets it as one, with its chain of sources: see `ServerError::sources`
/// and `ServerError::as_error`. A generic type is seen as an `Error` when
/// its bounds alone make it one.
///
/// A service's error type, written with thiserror, with every member:
///
/// ```
/// # #[cfg(feature = "problem")]
/// # fn main() {
/// use status_core::{HttpError, Problem, Status};
///
/// #[derive(Debug, thiserror::Error, HttpError)]
/// #[http_error(type = "https://example.com/probs/account", title = "Your account cannot do that.")]
/// enum AccountError {
///     #[error("your balance is {balance}, but that costs {cost}")]
///     #[status(403)]
///     #[http_error(
///         type = "https://example.com/probs/out-of-credit",
///         title = "You do not have enough credit."
///     )]
///     OutOfCredit {
///         #[http_error(extension)]
///         balance: u32,
///         #[http_error(extension)]
///         accounts: Vec<String>,
///         cost: u32,
///         #[http_error(instance)]
///         request: String,
///     },
///     #[error("account {0} is closed")]
///     #[status(410)]
///     Closed(#[http_error(instance)] String),
///     // A 5xx: the client sees the type and title only; the hook gets
///     // the message and the io::Error behind it.
///     #[error("the ledger cannot be read")]
///     #[status(503)]
///     Ledger(#[from] std::io::Error),
/// }
///
/// let error = AccountError::OutOfCredit {
///     balance: 30,
///     accounts: vec!["/account/12345".into(), "/account/67890".into()],
///     cost: 50,
///     request: "/account/12345/msgs/abc".into(),
/// };
/// assert_eq!(error.status(), Status::Forbidden);
/// let problem = Problem::from(&error);
/// assert_eq!(problem.type_uri(), "https://example.com/probs/out-of-credit");
/// assert_eq!(problem.title(), "You do not have enough credit.");
/// assert_eq!(problem.detail(), Some("your balance is 30, but that costs 50"));
/// assert_eq!(problem.instance(), Some("/account/12345/msgs/abc"));
/// assert_eq!(problem.extension("balance"), Some(&30.into()));
///
/// let closed = Problem::from(AccountError::Closed("/account/7".into()));
/// assert_eq!(closed.type_uri(), "https://example.com/probs/account");
///
/// let ledger = Problem::from(AccountError::Ledger(std::io::Error::other("disk 3")));
/// assert_eq!((ledger.code(), ledger.detail()), (503, None));
/// # }
/// # #[cfg(not(feature = "problem"))]
/// # fn main() {}
/// ```
///
/// A `type` that is no URI does not compile:
///
/// ```compile_fail
/// #[derive(Debug, status_core::HttpError)]
/// #[status(403)]
/// #[http_error(type = "out of credit")] // error: `type` must be a URI reference; it has a space ...
/// struct OutOfCredit;
///
/// impl std::fmt::Display for OutOfCredit {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         f.write_str("out of credit")
///     }
/// }
/// ```
///
/// ```
/// // As if the Cargo.toml said `statuses = { package = "status-core" }`.
/// extern crate status_core as statuses;
///
/// #[derive(Debug, statuses::HttpError)]
/// #[http_error(crate = statuses)]
/// #[status(503)]
/// struct Maintenance;
///
/// impl std::fmt::Display for Maintenance {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         f.write_str("down for maintenance")
///     }
/// }
///
/// assert_eq!(Maintenance.status(), statuses::Status::ServiceUnavailable);
/// ```
#[cfg(feature = "derive")]
pub use status_macros::HttpError;
pub use vendor::Vendor;

/// What generated code and this crate's macros refer to. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::error_status::{AsError, ErrorStatus, ViaError, ViaNothing};
    #[cfg(feature = "problem")]
    pub use crate::error_status::{ErrorProblem, problem_of, with_instance};
    pub use crate::registry::Misplaced;
    pub use crate::table::{Entry, Table, display};
    pub use status_macros::{registry, registry_error, resolve_status};

    #[cfg(feature = "actix-web")]
    pub use crate::external::actix_enabled;
    #[cfg(feature = "axum")]
    pub use crate::external::axum_enabled;
    #[cfg(feature = "http")]
    pub use crate::external::http_enabled;
    #[cfg(feature = "serde")]
    pub use crate::external::serde_enabled;
    #[cfg(feature = "utoipa")]
    pub use crate::external::utoipa_enabled;
    #[cfg(feature = "http")]
    pub use ::http;
    #[cfg(feature = "serde")]
    pub use ::serde;
    #[cfg(feature = "actix-web")]
    pub use actix_web;
    #[cfg(feature = "axum")]
    pub use axum_core;
    #[cfg(feature = "utoipa")]
    pub use utoipa;
}
