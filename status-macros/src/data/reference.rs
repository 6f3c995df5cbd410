//! References such as `RFC 9110, Section 15.5.5`, and the links they make.

const RFC_BASE: &str = "https://www.rfc-editor.org/rfc/rfc";

/// One cited document part and its URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub text: String,
    pub url: String,
}

/// Splits a reference at `;` and links each part. On failure, returns the
/// part that is not of a form we can link.
pub fn links(reference: &str) -> Result<Vec<Link>, String> {
    reference
        .split(';')
        .map(str::trim)
        .map(|part| link(part).ok_or_else(|| part.to_owned()))
        .collect()
}

fn link(part: &str) -> Option<Link> {
    let rest = part.strip_prefix("RFC ")?;
    let (number, anchor) = match rest.split_once(", ") {
        None => (rest, None),
        Some((number, place)) => {
            let anchor = if let Some(section) = place.strip_prefix("Section ") {
                format!("section-{}", dotted(section, |c| c.is_ascii_digit())?)
            } else if let Some(appendix) = place.strip_prefix("Appendix ") {
                format!(
                    "appendix-{}",
                    dotted(appendix, |c| c.is_ascii_alphanumeric())?
                )
            } else {
                return None;
            };
            (number, Some(anchor))
        }
    };
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let url = match anchor {
        Some(anchor) => format!("{RFC_BASE}{number}#{anchor}"),
        None => format!("{RFC_BASE}{number}"),
    };
    Some(Link {
        text: part.to_owned(),
        url,
    })
}

/// `15.5.5` or `B.1`: dot-separated, non-empty pieces.
fn dotted(s: &str, allowed: fn(char) -> bool) -> Option<&str> {
    s.split('.')
        .all(|piece| !piece.is_empty() && piece.chars().all(allowed))
        .then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(reference: &str) -> Result<Vec<String>, String> {
        links(reference).map(|l| l.into_iter().map(|l| l.url).collect())
    }

    #[test]
    fn sections_appendices_and_whole_documents_link() {
        assert_eq!(
            urls("RFC 9110, Section 15.5.5").unwrap(),
            ["https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"]
        );
        assert_eq!(
            urls("RFC 7231, Appendix B").unwrap(),
            ["https://www.rfc-editor.org/rfc/rfc7231#appendix-B"]
        );
        assert_eq!(
            urls("RFC 9110, Section 15.5.19; RFC 2324").unwrap(),
            [
                "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19",
                "https://www.rfc-editor.org/rfc/rfc2324"
            ]
        );
    }

    #[test]
    fn other_forms_are_rejected_with_the_offending_part() {
        assert_eq!(urls("the web"), Err("the web".to_owned()));
        assert_eq!(urls("RFC 9110; RFC x"), Err("RFC x".to_owned()));
        assert_eq!(
            urls("RFC 9110, Section 15..5"),
            Err("RFC 9110, Section 15..5".to_owned())
        );
        assert_eq!(
            urls("RFC 9110, Chapter 1"),
            Err("RFC 9110, Chapter 1".to_owned())
        );
        assert_eq!(urls(""), Err(String::new()));
    }
}
