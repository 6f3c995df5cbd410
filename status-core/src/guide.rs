//! Guides: how to use status-core, one topic a page.
//!
//! Each page is a Markdown file in `src/docs/` that rustdoc includes here,
//! so every example in it is compiled and run as a doctest. The modules
//! hold no items.
//!
//! | page | what it covers |
//! |---|---|
//! | [`handlers`] | statuses, bodies and problems as axum and actix-web responses |
//! | [`errors`] | `#[derive(HttpError)]`, `Problem` and the server error hook |
//! | [`openapi`] | an OpenAPI document whose error responses come from the error types |
//! | [`own_codes`] | a crate's own `codes.toml` and `registry!` |
//! | [`vendor_codes`] | nginx's, Cloudflare's and other vendors' codes |
//! | [`from_http`] | moving code from `http::StatusCode`, and what changes |
//! | [`data_rules`] | the codes file format and every rule the build checks |
//!
//! The handler and error pages need the `axum` and `actix-web` features,
//! the OpenAPI page `axum` and `utoipa`, and the `http` page the `http`
//! feature; without them each shows a one-line note. docs.rs builds with every feature, so it shows them in
//! full.

/// Statuses, bodies and problems as axum and actix-web responses.
pub mod handlers {
    #![cfg_attr(
        all(feature = "axum", feature = "actix-web"),
        doc = include_str!("docs/handlers.md")
    )]
    #![cfg_attr(
        not(all(feature = "axum", feature = "actix-web")),
        doc = "This guide's examples need the `axum` and `actix-web` features."
    )]
}

/// Error types as responses: `#[derive(HttpError)]`, `Problem` and the
/// server error hook.
pub mod errors {
    #![cfg_attr(
        all(feature = "axum", feature = "actix-web"),
        doc = include_str!("docs/errors.md")
    )]
    #![cfg_attr(
        not(all(feature = "axum", feature = "actix-web")),
        doc = "This guide's examples need the `axum` and `actix-web` features."
    )]
}

/// An OpenAPI document, with utoipa, whose error responses come from the
/// error types.
pub mod openapi {
    #![cfg_attr(
        all(feature = "axum", feature = "utoipa"),
        doc = include_str!("docs/openapi.md")
    )]
    #![cfg_attr(
        not(all(feature = "axum", feature = "utoipa")),
        doc = "This guide's examples need the `axum` and `utoipa` features."
    )]
}

/// A crate's own status codes, from its own `codes.toml`, with `registry!`.
pub mod own_codes {
    #![doc = include_str!("docs/own_codes.md")]
}

/// Codes that vendors define outside the IANA registry, as opt-in sets.
pub mod vendor_codes {
    #![doc = include_str!("docs/vendor_codes.md")]
}

/// Moving code from `http::StatusCode` to `Status`, and what changes.
pub mod from_http {
    #![cfg_attr(feature = "http", doc = include_str!("docs/from_http.md"))]
    #![cfg_attr(
        not(feature = "http"),
        doc = "This guide's examples need the `http` feature."
    )]
}

/// The codes file format, and every rule the build checks.
pub mod data_rules {
    #![doc = include_str!("docs/data_rules.md")]
}
