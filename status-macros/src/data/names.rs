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

/// Why a phrase yields no name of the given case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Underivable {
    /// The first word does not start with an ASCII letter, as in `"3D"`.
    NoLeadingLetter,
    /// A letter or digit outside ASCII, as in `"Não Encontrado"`: dropping
    /// it would give `NOEncontrado`, and spelling it in ASCII would put
    /// words in the user's mouth.
    NotAscii(char),
    /// The name would be a Rust keyword, as `Self` is.
    Keyword(&'static str),
}

/// The Rust keywords that a name of either [`Case`] can spell; every other
/// keyword is lowercase.
const KEYWORDS: &[&str] = &["Self"];

/// The words of a phrase, when they make an identifier.
fn usable_words(phrase: &str) -> Result<Vec<String>, Underivable> {
    if let Some(c) = phrase
        .chars()
        .find(|c| c.is_alphanumeric() && !c.is_ascii())
    {
        return Err(Underivable::NotAscii(c));
    }
    let words = words(phrase);
    let first = words.first().and_then(|w| w.chars().next());
    match first {
        Some(c) if c.is_ascii_alphabetic() => Ok(words),
        _ => Err(Underivable::NoLeadingLetter),
    }
}

fn derive(phrase: &str, case: Case) -> Result<String, Underivable> {
    let words = usable_words(phrase)?;
    let name = match case {
        Case::UpperCamel => words
            .iter()
            .map(|w| {
                let mut chars = w.chars();
                let first = chars.next().map(|c| c.to_ascii_uppercase());
                first
                    .into_iter()
                    .chain(chars.map(|c| c.to_ascii_lowercase()))
                    .collect::<String>()
            })
            .collect(),
        Case::ScreamingSnake => words.join("_").to_ascii_uppercase(),
    };
    match KEYWORDS.iter().find(|k| **k == name) {
        Some(keyword) => Err(Underivable::Keyword(keyword)),
        None => Ok(name),
    }
}

/// The `UpperCamelCase` variant name for a phrase.
pub fn variant_name(phrase: &str) -> Option<String> {
    derive(phrase, Case::UpperCamel).ok()
}

/// The `SCREAMING_SNAKE_CASE` constant name for a phrase.
pub fn constant_name(phrase: &str) -> Option<String> {
    derive(phrase, Case::ScreamingSnake).ok()
}

/// Why [`variant_name`] or [`constant_name`] gave nothing, in words for an
/// error message; empty if a name derives.
pub fn why_underivable(phrase: &str, case: Case) -> String {
    match derive(phrase, case) {
        Ok(_) => String::new(),
        Err(Underivable::NoLeadingLetter) => "an identifier needs a letter first".to_owned(),
        Err(Underivable::NotAscii(c)) => format!(
            "it has {c:?}, a character outside ASCII, and names are derived only from ASCII \
             letters and digits"
        ),
        Err(Underivable::Keyword(keyword)) => {
            format!("the name would be `{keyword}`, which is a Rust keyword")
        }
    }
}

/// Whether `s` is a Rust keyword that [`is_identifier`] would otherwise let
/// through.
pub fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
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
            Case::UpperCamel => first.is_ascii_uppercase() && !s.contains('_') && !is_keyword(s),
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
            assert_eq!(variant_name(phrase).as_deref(), Some(name), "{phrase}");
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
            assert_eq!(constant_name(phrase).as_deref(), Some(name), "{phrase}");
        }
    }

    #[test]
    fn phrases_without_a_leading_letter_yield_nothing() {
        for phrase in ["", "   ", "!!!", "3D Printing", "(200)"] {
            assert_eq!(variant_name(phrase), None, "{phrase:?}");
            assert_eq!(
                why_underivable(phrase, Case::UpperCamel),
                "an identifier needs a letter first"
            );
        }
        assert_eq!(constant_name("42"), None);
        assert_eq!(constant_name("(Unused)").as_deref(), Some("UNUSED"));
    }

    #[test]
    fn letters_outside_ascii_yield_nothing_rather_than_a_mangled_name() {
        assert_eq!(variant_name("Não Encontrado"), None);
        assert_eq!(constant_name("Não Encontrado"), None);
        assert_eq!(variant_name("Zu groß"), None);
        assert!(why_underivable("Não Encontrado", Case::UpperCamel).contains("'ã'"));
        // Punctuation outside ASCII still separates or joins words.
        assert_eq!(
            variant_name("I\u{2019}m a teapot").as_deref(),
            Some("ImATeapot")
        );
        assert_eq!(
            variant_name("Not Found \u{2014} Gone").as_deref(),
            Some("NotFoundGone")
        );
    }

    #[test]
    fn keywords_are_refused_as_keywords() {
        assert_eq!(variant_name("Self"), None);
        assert_eq!(variant_name("self"), None);
        assert!(why_underivable("self", Case::UpperCamel).contains("keyword"));
        // As a constant, `SELF` is an ordinary identifier.
        assert_eq!(constant_name("Self").as_deref(), Some("SELF"));
        assert!(!is_identifier("Self", Case::UpperCamel));
        assert!(is_keyword("Self"));
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
