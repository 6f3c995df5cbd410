//! The impls that status-core's features add to generated items, each
//! integration in one file of `external/`, fanned out from one macro per
//! kind of item:
//!
//! - [`__impl_status_external!`](crate::__impl_status_external) for a status
//!   enum: [`Status`](crate::Status) and every enum that
//!   [`registry!`](crate::registry) generates;
//! - [`__impl_error_external!`](crate::__impl_error_external) for an error
//!   type that derives [`HttpError`](crate::HttpError); with the `problem`
//!   feature, `external/problem.rs` gives it its problem.
//!
//! The generator and the derive emit one call each. Each integration's
//! macro has two twins side by side, one for `#[cfg(feature = "...")]` that
//! writes the impls and one for `#[cfg(not(...))]` that expands to nothing.
//! The `cfg` is evaluated here, in status-core, so a user's crate gets the
//! impls exactly when status-core's features are on and declares no
//! features of its own.
//!
//! # Adding an integration
//!
//! 1. Add the optional dependency and its feature to `Cargo.toml`.
//! 2. Add `external/<name>.rs` with the module docs, the twins of
//!    `__impl_<name>_status!` (and, if derived errors answer through it,
//!    `__impl_<name>_error!`), and under the feature, the helpers they call.
//!    Write every path in the twins absolutely (`::core::...`,
//!    `$crate::__private::...`): they expand in the user's module.
//! 3. Declare the module below, re-export what the twins call through
//!    `crate::__private`, and add a call to the fan-out macros here.
//! 4. Test it with the feature on, in a crate that enables nothing itself.

mod actix;
mod axum;
mod http;
mod problem;
mod respond;
mod serde;
mod utoipa;

#[cfg(feature = "actix-web")]
pub use actix::enabled as actix_enabled;
#[cfg(feature = "axum")]
pub use axum::enabled as axum_enabled;
#[cfg(feature = "http")]
pub use http::enabled as http_enabled;
#[cfg(feature = "serde")]
pub use serde::enabled as serde_enabled;
#[cfg(feature = "utoipa")]
pub use utoipa::enabled as utoipa_enabled;

/// The impls of status-core's features for a generated status enum. The
/// generator emits one call of it after the enum.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_status_external {
    ($Name:ident) => {
        $crate::__impl_serde_status!($Name);
        $crate::__impl_http_status!($Name);
        $crate::__impl_respond_status!($Name);
        $crate::__impl_axum_status!($Name);
        $crate::__impl_actix_status!($Name);
        $crate::__impl_utoipa_status!($Name);
    };
}

/// The impls of status-core's features for a type deriving `HttpError`.
/// The derive emits one call of it.
///
/// The input is `[impl generics] [type] [where clause]`, each as the derive
/// wrote it, then two groups of what the derive read from the attributes:
///
/// - `[{ status: ..., doc: "...", type: "...", title: "...", extensions:
///   ["...", ...] }, ...]`: each variant's status as the checked macro
///   names it, the `title` option or else the first paragraph of its docs
///   or its name, the `type` and `title` to show in an example (`type` is
///   `about:blank` and `title` empty where not given) and the names of its
///   extension members. Only the integrations that document responses
///   expand it, so without them the statuses cost nothing to compile.
/// - the members of each variant's problem, as
///   [`__impl_problem_error!`](crate::__impl_problem_error) takes them.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_error_external {
    (
        [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*] [$($variants:tt)*] [$($members:tt)*]
    ) => {
        $crate::__impl_problem_error!([$($generics)*] [$($ty)*] [$($where)*] [$($members)*]);
        $crate::__impl_axum_error!([$($generics)*] [$($ty)*] [$($where)*]);
        $crate::__impl_actix_error!([$($generics)*] [$($ty)*] [$($where)*]);
        $crate::__impl_utoipa_error!([$($generics)*] [$($ty)*] [$($where)*] [$($variants)*]);
    };
}
