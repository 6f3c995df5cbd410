//! Rust identifiers derived from reason phrases.
//!
//! `"I'm a teapot"` becomes the variant `ImATeapot` and the constant
//! `IM_A_TEAPOT`; `"HTTP Version Not Supported"` becomes
//! `HttpVersionNotSupported`, following the API guidelines' rule that
//! acronyms are words.

/// The words of a phrase: apostrophes join (`I'm` is one word), every other
/// non-alphanumeric character separates.
fn words(phrase: &str) -> Vec<String> {
    phrase
        .chars()
        .filter(|c| !matches!(c, '\'' | '\u{2019}'))
        .collect::<String>()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `None` when the phrase has no letters to start an identifier with.
fn usable_words(phrase: &str) -> Option<Vec<String>> {
    let words = words(phrase);
    let first = words.first()?.chars().next()?;
    first.is_ascii_alphabetic().then_some(words)
}

/// The `UpperCamelCase` variant name for a phrase.
pub fn variant(phrase: &str) -> Option<String> {
    let name: String = usable_words(phrase)?
        .iter()
        .map(|w| {
            let mut chars = w.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first
                .into_iter()
                .chain(chars.map(|c| c.to_ascii_lowercase()))
                .collect::<String>()
        })
        .collect();
    (name != "Self").then_some(name)
}

/// The `SCREAMING_SNAKE_CASE` constant name for a phrase.
pub fn constant(phrase: &str) -> Option<String> {
    Some(usable_words(phrase)?.join("_").to_ascii_uppercase())
}

/// Whether `s` can be written as a plain Rust identifier of the given case.
pub fn is_identifier(s: &str, case: Case) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let body_ok = s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    body_ok
        && match case {
            Case::UpperCamel => first.is_ascii_uppercase() && !s.contains('_') && s != "Self",
            Case::ScreamingSnake => {
                first.is_ascii_uppercase() && !s.chars().any(|c| c.is_ascii_lowercase())
            }
        }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    UpperCamel,
    ScreamingSnake,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_treat_acronyms_as_words() {
        for (phrase, name) in [
            ("OK", "Ok"),
            ("Not Found", "NotFound"),
            ("I'm a teapot", "ImATeapot"),
            ("URI Too Long", "UriTooLong"),
            ("HTTP Version Not Supported", "HttpVersionNotSupported"),
            (
                "Non-Authoritative Information",
                "NonAuthoritativeInformation",
            ),
            ("Multi-Status", "MultiStatus"),
            ("IM Used", "ImUsed"),
            ("Request-URI Too Long", "RequestUriTooLong"),
        ] {
            assert_eq!(variant(phrase).as_deref(), Some(name), "{phrase}");
        }
    }

    #[test]
    fn constants_follow_the_http_crate() {
        for (phrase, name) in [
            ("OK", "OK"),
            ("I'm a teapot", "IM_A_TEAPOT"),
            (
                "Non-Authoritative Information",
                "NON_AUTHORITATIVE_INFORMATION",
            ),
            ("Payload Too Large", "PAYLOAD_TOO_LARGE"),
            ("HTTP Version Not Supported", "HTTP_VERSION_NOT_SUPPORTED"),
        ] {
            assert_eq!(constant(phrase).as_deref(), Some(name), "{phrase}");
        }
    }

    #[test]
    fn phrases_without_a_leading_letter_yield_nothing() {
        for phrase in ["", "   ", "!!!", "3D Printing", "(200)", "Self"] {
            assert_eq!(variant(phrase), None, "{phrase:?}");
        }
        assert_eq!(constant("42"), None);
        assert_eq!(constant("(Unused)").as_deref(), Some("UNUSED"));
    }

    #[test]
    fn identifiers_are_checked_by_case() {
        assert!(is_identifier("NotFound", Case::UpperCamel));
        assert!(!is_identifier("not_found", Case::UpperCamel));
        assert!(!is_identifier("Not Found", Case::UpperCamel));
        assert!(!is_identifier("", Case::UpperCamel));
        assert!(is_identifier("NOT_FOUND", Case::ScreamingSnake));
        assert!(is_identifier("TOO_EARLY_2", Case::ScreamingSnake));
        assert!(!is_identifier("NotFound", Case::ScreamingSnake));
        assert!(!is_identifier("_X", Case::ScreamingSnake));
    }
}
