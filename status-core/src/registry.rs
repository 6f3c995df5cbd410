//! [`registry!`](crate::registry): a status enum and its checked macro
//! from a crate's own codes file.

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
