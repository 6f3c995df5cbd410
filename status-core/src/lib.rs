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
//!   use the `http` feature's types. Turns on `derive` and `problem`, and
//!   links `std` as the axum feature does.
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

#[cfg(feature = "actix-web")]
mod actix;
#[cfg(feature = "axum")]
mod axum;
mod class;
mod generic;
pub mod guide;
#[cfg(feature = "http")]
mod http;
mod parse;
#[cfg(feature = "problem")]
mod problem;
#[cfg(any(feature = "axum", feature = "actix-web"))]
mod respond;
mod semantics;
#[cfg(feature = "serde")]
mod serde;
mod status;
mod table;
mod vendor;

pub use class::Class;
pub use generic::HttpStatus;
pub use parse::{ParseStatusError, UnknownStatus};
#[cfg(feature = "problem")]
pub use problem::Problem;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub use respond::{HookAlreadySet, JsonBody, ServerError, WithStatus, set_server_error_hook};
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
/// `#[http_error(...)]` on the type takes:
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
/// - `detail` or `detail = false`: the default for every variant; a
///   variant's own `#[http_error(detail)]` overrides it.
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
    pub use crate::table::{Entry, Table, display};
    pub use status_macros::{registry, registry_error, resolve_status};

    #[cfg(feature = "http")]
    pub use crate::http::to_http;
    #[cfg(feature = "serde")]
    pub use crate::serde::{deserialize, serialize};
    #[cfg(feature = "http")]
    pub use ::http;
    #[cfg(feature = "serde")]
    pub use ::serde;

    #[cfg(feature = "actix-web")]
    pub use crate::actix::{
        error_response as actix_error_response, error_status_code,
        status_response as actix_status_response,
    };
    #[cfg(feature = "axum")]
    pub use crate::axum::{
        error_response as axum_error_response, status_response as axum_status_response,
    };
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub use crate::respond::error_problem;
    #[cfg(feature = "actix-web")]
    pub use actix_web;
    #[cfg(feature = "axum")]
    pub use axum_core;

    /// What the `HttpError` derive implements for an error type, so that
    /// the framework glue is written once, in this crate.
    pub trait ErrorStatus {
        /// The code and reason phrase of the error's status.
        fn __status_parts(&self) -> (u16, &'static str);
        /// `Some(true)` or `Some(false)` where an attribute chose whether
        /// the client sees the error's `Display`, `None` to decide by
        /// class: shown for 4xx, hidden for 5xx.
        fn __show_detail(&self) -> Option<bool>;
    }

    /// The framework impls of a type deriving `HttpError`, for the
    /// features that are on. `HttpError` emits a call to this from the
    /// user's crate, so that crate needs no features of its own.
    ///
    /// The input is `[impl generics] [type] [where clause]`, each as the
    /// derive wrote it.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __http_error_impls {
        ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
            $crate::__http_error_axum!([$($generics)*] [$($ty)*] [$($where)*]);
            $crate::__http_error_actix!([$($generics)*] [$($ty)*] [$($where)*]);
        };
    }

    /// Without a framework feature there is nothing to implement.
    #[cfg(not(any(feature = "axum", feature = "actix-web")))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __http_error_impls {
        ($($input:tt)*) => {};
    }

    #[cfg(feature = "axum")]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __http_error_axum {
        ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
            impl $($generics)* $crate::__private::axum_core::response::IntoResponse
                for $($ty)* $($where)*
            {
                fn into_response(self) -> $crate::__private::axum_core::response::Response {
                    $crate::__private::axum_error_response(&self)
                }
            }
        };
    }

    #[cfg(not(feature = "axum"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __http_error_axum {
        ($($input:tt)*) => {};
    }

    #[cfg(feature = "actix-web")]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __http_error_actix {
        ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
            impl $($generics)* $crate::__private::actix_web::ResponseError for $($ty)* $($where)* {
                fn status_code(&self) -> $crate::__private::actix_web::http::StatusCode {
                    $crate::__private::error_status_code(self)
                }

                fn error_response(
                    &self,
                ) -> $crate::__private::actix_web::HttpResponse {
                    $crate::__private::actix_error_response(self)
                }
            }
        };
    }

    #[cfg(not(feature = "actix-web"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __http_error_actix {
        ($($input:tt)*) => {};
    }
}

// Without their feature, the impls the generator asks for are none. A
// user's crate thus gets them exactly when status-core's features are on,
// with no features of its own.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {};
}

#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($ty:ident) => {};
}

// `with`, `json` and the framework impls of a status enum: `Status` and
// every enum `registry!` generates, whose generator calls `__impl_respond!`.
// Without a framework feature they expand to nothing.
#[cfg(any(feature = "axum", feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_respond {
    ($ty:ident) => {
        impl $ty {
            /// Sends `body` with this status: the framework's own response
            /// for the body, with its status replaced (see `WithStatus`).
            pub const fn with<B>(self, body: B) -> $crate::WithStatus<B> {
                $crate::WithStatus::__new(self as u16, self.phrase(), body)
            }

            /// Sends `body` as `application/json` with this status, in one
            /// expression and without the framework's status type (see
            /// `WithStatus` and `JsonBody`).
            pub const fn json<T>(self, body: T) -> $crate::WithStatus<$crate::JsonBody<T>> {
                $crate::WithStatus::__new(self as u16, self.phrase(), $crate::JsonBody(body))
            }
        }

        $crate::__impl_axum_status!($ty);
        $crate::__impl_actix_status!($ty);
    };
}

#[cfg(not(any(feature = "axum", feature = "actix-web")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_respond {
    ($ty:ident) => {};
}

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_status {
    ($ty:ident) => {
        /// An empty response with this status.
        impl $crate::__private::axum_core::response::IntoResponse for $ty {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::axum_status_response(self as u16, self.phrase())
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_status {
    ($ty:ident) => {};
}

#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_status {
    ($ty:ident) => {
        /// An empty response with this status.
        impl $crate::__private::actix_web::Responder for $ty {
            type Body = $crate::__private::actix_web::body::BoxBody;

            fn respond_to(
                self,
                _: &$crate::__private::actix_web::HttpRequest,
            ) -> $crate::__private::actix_web::HttpResponse {
                $crate::__private::actix_status_response(self as u16, self.phrase())
            }
        }
    };
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_status {
    ($ty:ident) => {};
}

/// Generates a status enum and its checked macro from a crate's own codes
/// file, in the same format as status-core's `codes.toml`.
///
/// A service with codes of its own, such as the 499 in its nginx logs or a
/// 498 its API returns, keeps them in a `codes.toml` next to its
/// `Cargo.toml` and calls this once:
///
/// ```toml
/// extends = ["iana"]        # start from status-core's own codes; omit it to stand alone
///
/// [[status]]
/// code = 499
/// phrase = "Client Closed Request"
/// description = "The client closed the connection before the server could send its response."
/// ```
///
/// ```
/// # mod doc { // The example's file lives beside status-core's Cargo.toml.
/// status_core::registry! {
///     file = "examples/codes.toml", // relative to the crate's Cargo.toml
///     name = AppStatus,             // the generated enum
///     macro = app_status,           // the generated checked macro
/// #   module = doc,
/// }
/// # }
/// # use doc::{AppStatus, app_status};
/// # fn main() {
///
/// // Checked at compile time against the file: `app_status!(497)` is an
/// // error that names the nearest codes in it.
/// const CLOSED: AppStatus = app_status!(499);
/// assert_eq!(CLOSED.code(), 499);
/// assert_eq!(CLOSED.phrase(), "Client Closed Request");
/// assert_eq!(AppStatus::CLIENT_CLOSED_REQUEST, CLOSED);
///
/// // The whole runtime API of `Status`, over the user's data.
/// assert_eq!(AppStatus::from_u16(499), Ok(AppStatus::ClientClosedRequest));
/// assert_eq!("404".parse::<AppStatus>(), Ok(AppStatus::NotFound));
/// assert_eq!(AppStatus::understand(498), Some(AppStatus::BadRequest));
///
/// // Extending "iana" makes it convert to and from `Status`.
/// assert_eq!(AppStatus::from(status_core::Status::NotFound), AppStatus::NotFound);
/// assert!(status_core::Status::try_from(CLOSED).is_err());
/// # }
/// ```
///
/// # Keys
///
/// - `file` (required): the codes file, relative to the directory of the
///   calling crate's `Cargo.toml`. Editing it rebuilds the crate on the
///   next `cargo build`, as editing a source file does.
/// - `name` (required): the enum.
/// - `macro`: the checked macro, such as `app_status`. Import it with
///   `use crate::app_status;` to use it in any module of the crate; it
///   cannot be used from other crates, which use the enum instead.
/// - `vis`: the enum's visibility, `pub` unless given: `pub(crate)`,
///   `pub(super)`, `pub(in path)`, or `private` for the calling module only.
/// - `module`: where the call is, such as `module = http::codes`, when it is
///   not at the crate root. The checked macro names the enum by its path
///   from the crate root; without this key, a call inside a module fails to
///   compile with an error at `name`.
///
/// # What it generates
///
/// The enum has the shape of [`Status`]: `#[repr(u16)]`, `#[non_exhaustive]`,
/// the same derives, variants and constants named the same way, and docs
/// from the file's descriptions. It has the same `const fn` API, implements
/// [`HttpStatus`], `Display`, `FromStr`, `TryFrom<u16>`, `From<_> for u16`,
/// `==` with `u16` and, where the data has 200, `Default`. The impls of
/// status-core's features, such as `serde` and `http`, appear whenever those
/// features are on. With `extends = ["iana"]` it also converts:
/// `From<Status>` and `TryFrom<_> for Status`.
///
/// # The file
///
/// Every rule of status-core's own `codes.toml` applies, and every problem
/// is a compile error at `codes.toml:LINE:COLUMN` in the user's file. On
/// top of those:
///
/// - `extends` names built-in sets: `"iana"`, status-core's own data, and
///   the vendors' codes that no registry lists, `"nginx"`, `"cloudflare"`,
///   `"aws-elb"`, `"microsoft"` and `"shopify"`. A vendor's code carries
///   its vendor, the vendor's documentation and whether it reaches
///   clients, through `vendor()`. No vendor set redefines an IANA code, and
///   no two sets share a code.
/// - A code that an extended set already has is an error, unless the
///   entry says `override = true`; then it replaces the set's entry, as a
///   description of 404 in the service's own words would.
/// - A code that two extended sets both define is an error naming both,
///   unless the file has its own entry for it with `override = true`.
/// - The codes 100, 200, 300, 400 and 500 must be there, from a set or
///   from the file, since `understand` falls back to them.
#[macro_export]
macro_rules! registry {
    ($($input:tt)*) => {
        $crate::__private::registry! { $crate; $($input)* }
    };
}
