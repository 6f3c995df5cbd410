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
///   from the crate root; without this key, or with another module than the
///   call's, the build fails with an error at `name` that says which
///   `module` to write.
///
/// # What it generates
///
/// The enum has the shape of [`Status`](crate::Status): `#[repr(u16)]`,
/// `#[non_exhaustive]`, the same derives, variants and constants named the
/// same way, and docs from the file's descriptions. It has the same
/// `const fn` API, implements [`HttpStatus`](crate::HttpStatus), `Display`,
/// `FromStr`, `TryFrom<u16>`, `TryFrom<&str>`, `TryFrom<&[u8]>`,
/// `From<_> for u16` (by value and by reference), `==`
/// with `u16` and, where the data has 200, `Default`. The impls of
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

/// What to do when `registry!` is called in another module than its
/// `module` key says. The checked macro names the enum by its path from
/// the crate root, so without the right key every call of the macro fails
/// with "cannot find `AppStatus` in `$crate`"; the expansion compares the
/// two in a `const` and fails with this message beside that error.
#[doc(hidden)]
pub struct Misplaced {
    text: [u8; Misplaced::CAPACITY],
    len: usize,
}

impl Misplaced {
    /// Room for the message with module paths of any sensible length.
    const CAPACITY: usize = 1024;

    /// `None` when `module_path` (what `module_path!()` says where
    /// `registry!` is called) is the crate's `module`, the path the call
    /// gave, empty at the crate root. The first segment of `module_path`
    /// is the crate's name, which a doctest changes, so it is left out.
    #[must_use]
    pub const fn check(module_path: &str, module: &str, name: &str) -> Option<Self> {
        let here = after_crate_name(module_path);
        if str_eq(here, module) {
            return None;
        }
        let mut out = Self {
            text: [0; Self::CAPACITY],
            len: 0,
        };
        if here.is_empty() {
            out.push("`registry!` is called at the crate root, but says `module = ");
            out.push(module);
            out.push("`: remove `module`, which is for a call inside a module");
        } else {
            out.push("`registry!` is called in module `");
            out.push(here);
            if module.is_empty() {
                out.push("`: add `module = ");
            } else {
                out.push("`, but says `module = ");
                out.push(module);
                out.push("`: write `module = ");
            }
            out.push(here);
            out.push(
                "`, the path of this module from the crate root, so that the checked macro finds `",
            );
            out.push(name);
            out.push("`");
        }
        Some(out)
    }

    /// The message.
    #[must_use]
    pub const fn message(&self) -> &str {
        let (text, _) = self.text.split_at(self.len);
        match core::str::from_utf8(text) {
            Ok(text) => text,
            // Cut inside a character of an unusually long path.
            Err(_) => {
                "`registry!` is called in another module than `module` says: write `module = path::to::here`, the path of the calling module from the crate root"
            }
        }
    }

    /// Appends as much of `s` as fits.
    const fn push(&mut self, s: &str) {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() && self.len < Self::CAPACITY {
            self.text[self.len] = bytes[i];
            self.len += 1;
            i += 1;
        }
    }
}

/// `module_path!()` without its first segment, the crate's name.
const fn after_crate_name(path: &str) -> &str {
    let bytes = path.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == b':' && bytes[i + 1] == b':' {
            let (_, rest) = bytes.split_at(i + 2);
            // After `::`, so on a character boundary.
            return match core::str::from_utf8(rest) {
                Ok(rest) => rest,
                Err(_) => "",
            };
        }
        i += 1;
    }
    ""
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    extern crate std;

    use std::string::{String, ToString};

    use super::Misplaced;

    fn message(module_path: &str, module: &str) -> Option<String> {
        Misplaced::check(module_path, module, "AppStatus").map(|m| m.message().to_string())
    }

    #[test]
    fn the_crate_name_is_left_out() {
        assert_eq!(message("app", ""), None);
        assert_eq!(message("rust_out::codes", "codes"), None);
        assert_eq!(message("app::http::codes", "http::codes"), None);
    }

    #[test]
    fn each_mistake_says_what_to_write() {
        assert_eq!(
            message("app::codes", "").as_deref(),
            Some(
                "`registry!` is called in module `codes`: add `module = codes`, the path of this \
                 module from the crate root, so that the checked macro finds `AppStatus`"
            )
        );
        assert_eq!(
            message("app::http::codes", "http").as_deref(),
            Some(
                "`registry!` is called in module `http::codes`, but says `module = http`: write \
                 `module = http::codes`, the path of this module from the crate root, so that \
                 the checked macro finds `AppStatus`"
            )
        );
        assert_eq!(
            message("app", "codes").as_deref(),
            Some(
                "`registry!` is called at the crate root, but says `module = codes`: remove \
                 `module`, which is for a call inside a module"
            )
        );
    }

    #[test]
    fn a_long_path_is_cut_to_whole_characters_or_a_general_message() {
        let long = std::format!("app::{}", "é".repeat(600));
        let m = message(&long, "").unwrap_or_default();
        assert!(m.starts_with("`registry!` is called in "), "{m}");
    }
}
