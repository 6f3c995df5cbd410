//! The Rust names a status goes by, for the "In Rust" lines and JSON.

use status_core::Status;

/// The variant name, such as `NotFound`: the `Debug` output of a variant.
pub fn variant(status: Status) -> String {
    format!("{status:?}")
}

/// The associated constant derived from a phrase, such as `NOT_FOUND` for
/// "Not Found" or `IM_A_TEAPOT` for "I'm a teapot".
///
/// This follows the rule `status-macros` applies to each phrase and former
/// phrase: apostrophes join, every other character that is not an ASCII
/// letter or digit separates words, and the words are joined by `_` in
/// upper case. `codes.toml` may override a constant with `constant = "..."`;
/// no entry does, and the tests below check the derived names against the
/// real constants.
pub fn constant(phrase: &str) -> Option<String> {
    let joined: String = phrase
        .chars()
        .filter(|c| !matches!(c, '\'' | '\u{2019}'))
        .collect();
    let words: Vec<&str> = joined
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let starts_with_letter = words
        .first()?
        .starts_with(|c: char| c.is_ascii_alphabetic());
    starts_with_letter.then(|| words.join("_").to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks each constant named here: the derived name of some phrase or
    /// former phrase is that constant's name, and it belongs to the status
    /// the constant holds.
    macro_rules! check_constants {
        ($($constant:ident),* $(,)?) => {$(
            #[allow(deprecated)]
            let expected = Status::$constant;
            let name = stringify!($constant);
            let derived = std::iter::once(expected.phrase())
                .chain(expected.aliases().iter().copied())
                .filter_map(constant)
                .collect::<Vec<_>>();
            assert!(derived.iter().any(|d| d == name), "{name}: derived {derived:?}");
        )*};
    }

    #[test]
    fn derived_constants_exist() {
        check_constants!(
            OK,
            NOT_FOUND,
            IM_A_TEAPOT,
            HTTP_VERSION_NOT_SUPPORTED,
            NON_AUTHORITATIVE_INFORMATION,
            MULTI_STATUS,
            IM_USED,
            URI_TOO_LONG,
            REQUEST_URI_TOO_LONG,
            CONTENT_TOO_LARGE,
            PAYLOAD_TOO_LARGE,
            REQUEST_ENTITY_TOO_LARGE,
            UNPROCESSABLE_CONTENT,
            UNPROCESSABLE_ENTITY,
            RANGE_NOT_SATISFIABLE,
            REQUESTED_RANGE_NOT_SATISFIABLE,
            FOUND,
            MOVED_TEMPORARILY,
            USE_PROXY,
            NOT_EXTENDED,
            TOO_MANY_REQUESTS,
        );
    }

    #[test]
    fn variants_are_debug_names() {
        assert_eq!(variant(Status::NotFound), "NotFound");
        assert_eq!(variant(Status::ImATeapot), "ImATeapot");
    }

    #[test]
    fn phrases_without_a_leading_letter_have_no_constant() {
        assert_eq!(constant("(Unused)").as_deref(), Some("UNUSED"));
        assert_eq!(constant("3D"), None);
        assert_eq!(constant(""), None);
    }
}
