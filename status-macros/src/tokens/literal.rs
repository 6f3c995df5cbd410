//! The two kinds of Rust literal the macros read: an integer, the code in
//! `status!(404)`, and a string, the path in `file = "codes.toml"`.
//!
//! A literal token carries its source text; these read the value from it
//! following the Rust reference's rules for literal tokens.

use proc_macro2::{Delimiter, Literal, Span, TokenStream, TokenTree};

/// What a literal token is, as far as the macros care.
#[derive(Debug, PartialEq, Eq)]
pub enum Lit {
    /// An integer, such as `404`, `0x194` or `404u16`. `value` is `None`
    /// when the number does not fit in a `u128`.
    Int { value: Option<u128>, suffix: String },
    /// A string, such as `"codes.toml"` or `r"codes.toml"`, with its
    /// escapes resolved.
    Str(String),
    /// Any other literal: a float, a character, bytes, a C string.
    Other,
}

impl Lit {
    /// Reads a literal token.
    pub fn new(literal: &Literal) -> Lit {
        let text = literal.to_string();
        let Some(first) = text.chars().next() else {
            return Lit::Other;
        };
        if first.is_ascii_digit() {
            int(&text)
        } else if first == '"' || text.starts_with("r\"") || text.starts_with("r#") {
            string(&text).map_or(Lit::Other, Lit::Str)
        } else {
            Lit::Other
        }
    }
}

/// A string literal and where it was written.
#[derive(Debug)]
pub struct LitStr {
    value: String,
    span: Span,
}

impl LitStr {
    /// The literal, if `tokens` is one string literal and nothing else.
    pub fn parse(tokens: TokenStream) -> Option<LitStr> {
        let mut tokens = tokens.into_iter();
        match (tokens.next(), tokens.next()) {
            (Some(TokenTree::Literal(literal)), None) => match Lit::new(&literal) {
                Lit::Str(value) => Some(LitStr {
                    value,
                    span: literal.span(),
                }),
                _ => None,
            },
            // A literal forwarded by a `macro_rules!` fragment arrives
            // wrapped in an invisible group.
            (Some(TokenTree::Group(group)), None) if group.delimiter() == Delimiter::None => {
                LitStr::parse(group.stream())
            }
            _ => None,
        }
    }

    /// The string, with its escapes resolved.
    pub fn value(&self) -> String {
        self.value.clone()
    }

    /// Where the literal was written.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// `404`, `4_04`, `0x194`, `0o624`, `0b1_1001_0100`, each with an optional
/// suffix such as `u16`. A decimal point or an exponent makes it a float.
fn int(text: &str) -> Lit {
    let (radix, digits) = match text.get(..2) {
        Some("0x") => (16, &text[2..]),
        Some("0o") => (8, &text[2..]),
        Some("0b") => (2, &text[2..]),
        _ => (10, text),
    };
    let end = digits
        .find(|c: char| !(c.is_digit(radix) || c == '_'))
        .unwrap_or(digits.len());
    let (number, suffix) = digits.split_at(end);
    if radix == 10 && (suffix.starts_with(['.', 'e', 'E']) || suffix.starts_with('f')) {
        return Lit::Other;
    }
    let mut value: Option<u128> = Some(0);
    let mut any = false;
    for digit in number.chars().filter_map(|c| c.to_digit(radix)) {
        any = true;
        value = value
            .and_then(|v| v.checked_mul(u128::from(radix)))
            .and_then(|v| v.checked_add(u128::from(digit)));
    }
    if !any {
        return Lit::Other;
    }
    Lit::Int {
        value,
        suffix: suffix.to_owned(),
    }
}

/// The value of a string literal's text, or `None` if the text is not one.
fn string(text: &str) -> Option<String> {
    if let Some(raw) = text.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw.get(hashes..)?.strip_prefix('"')?;
        let close = format!("\"{}", "#".repeat(hashes));
        let end = body.rfind(&close)?;
        return Some(body[..end].to_owned());
    }
    let body = text.strip_prefix('"')?;
    let body = &body[..body.rfind('"')?];
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            // A string literal keeps a CRLF in its source as LF.
            if c == '\r' && chars.peek() == Some(&'\n') {
                continue;
            }
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            '\\' => out.push('\\'),
            '0' => out.push('\0'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'x' => {
                let hex: String = [chars.next()?, chars.next()?].iter().collect();
                out.push(char::from(u8::from_str_radix(&hex, 16).ok()?));
            }
            'u' => {
                if chars.next()? != '{' {
                    return None;
                }
                let mut hex = String::new();
                loop {
                    match chars.next()? {
                        '}' => break,
                        '_' => {}
                        c => hex.push(c),
                    }
                }
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            // A line continuation: the newline and the whitespace after it
            // are not part of the string.
            '\n' | '\r' => {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(source: &str) -> Lit {
        let tokens: TokenStream = source.parse().unwrap();
        match tokens.into_iter().next() {
            Some(proc_macro2::TokenTree::Literal(l)) => Lit::new(&l),
            other => panic!("not a literal: {other:?}"),
        }
    }

    fn int(value: u128, suffix: &str) -> Lit {
        Lit::Int {
            value: Some(value),
            suffix: suffix.to_owned(),
        }
    }

    #[test]
    fn integers() {
        assert_eq!(lit("404"), int(404, ""));
        assert_eq!(lit("4_04"), int(404, ""));
        assert_eq!(lit("404u16"), int(404, "u16"));
        assert_eq!(lit("404_u8"), int(404, "u8"));
        assert_eq!(lit("0x194"), int(404, ""));
        assert_eq!(lit("0x1e3"), int(0x1e3, ""));
        assert_eq!(lit("0o624"), int(404, ""));
        assert_eq!(lit("0b1_1001_0100"), int(404, ""));
        assert_eq!(
            lit("99999999999999999999999999999999999999999"),
            Lit::Int {
                value: None,
                suffix: String::new()
            }
        );
    }

    #[test]
    fn floats_and_others_are_not_integers() {
        for source in ["404.0", "4e2", "404f32", "'4'", "b\"404\"", "b'4'"] {
            assert_eq!(lit(source), Lit::Other, "{source}");
        }
    }

    #[test]
    fn strings() {
        assert_eq!(lit(r#""codes.toml""#), Lit::Str("codes.toml".to_owned()));
        assert_eq!(
            lit(r#""a\\b\"c\n\t\x41\u{1F600}""#),
            Lit::Str("a\\b\"c\n\tA\u{1F600}".to_owned())
        );
        assert_eq!(lit("\"one \\\n    line\""), Lit::Str("one line".to_owned()));
        assert_eq!(
            lit(r###"r#"say "hi""#"###),
            Lit::Str("say \"hi\"".to_owned())
        );
        assert_eq!(lit(r#"r"C:\codes""#), Lit::Str(r"C:\codes".to_owned()));
    }

    #[test]
    fn a_string_literal_alone() {
        let parse = |source: &str| LitStr::parse(source.parse().unwrap()).map(|l| l.value());
        assert_eq!(parse(r#""codes.toml""#).as_deref(), Some("codes.toml"));
        assert_eq!(parse("3"), None);
        assert_eq!(parse(r#""a" "b""#), None);
        assert_eq!(parse("codes"), None);
    }
}
