//! JSON output, written by hand: an object per status, with the keys and
//! values `codes.toml` uses, plus what the API derives from them.

use std::io::{self, Write};

use status_core::{Redirect, Status};

/// Writes one status as a JSON object, followed by a newline.
pub fn one(out: &mut impl Write, status: Status) -> io::Result<()> {
    object(out, status, "")?;
    writeln!(out)
}

/// Writes the statuses as a JSON array of objects, followed by a newline.
pub fn many(out: &mut impl Write, statuses: &[Status]) -> io::Result<()> {
    if statuses.is_empty() {
        return writeln!(out, "[]");
    }
    writeln!(out, "[")?;
    for (i, &status) in statuses.iter().enumerate() {
        write!(out, "  ")?;
        object(out, status, "  ")?;
        writeln!(out, "{}", if i + 1 < statuses.len() { "," } else { "" })?;
    }
    writeln!(out, "]")
}

/// A JSON value, as far as this output needs one.
enum Value<'a> {
    Number(u16),
    Bool(bool),
    Str(&'a str),
    OptStr(Option<&'a str>),
    Strs(&'a [&'a str]),
}

/// Writes `{ ... }` with one key per line, each indented by `indent` plus
/// two spaces, without a trailing newline.
fn object(out: &mut impl Write, status: Status, indent: &str) -> io::Result<()> {
    let class = status.class().to_string();
    let reference = status.reference();
    let fields: [(&str, Value<'_>); 16] = [
        ("code", Value::Number(status.code())),
        ("phrase", Value::Str(status.phrase())),
        ("class", Value::Str(&class)),
        ("description", Value::Str(status.description())),
        ("reference", Value::OptStr(reference)),
        ("url", Value::OptStr(status.reference_url())),
        ("status_line", Value::Str(status.status_line())),
        ("aliases", Value::Strs(status.aliases())),
        ("registry", Value::Str(status.registration().as_str())),
        ("deprecated", Value::OptStr(status.deprecation())),
        ("cacheable", Value::Bool(status.is_cacheable_by_default())),
        ("content", Value::Bool(status.allows_content())),
        (
            "redirect",
            Value::OptStr(status.redirect().map(Redirect::as_str)),
        ),
        ("headers", Value::Strs(status.required_headers())),
        ("name", Value::Str(status.name())),
        (
            "constant",
            Value::OptStr(status.constants().first().copied()),
        ),
    ];
    writeln!(out, "{{")?;
    for (i, (key, value)) in fields.iter().enumerate() {
        write!(out, "{indent}  ")?;
        string(out, key)?;
        write!(out, ": ")?;
        match value {
            Value::Number(n) => write!(out, "{n}")?,
            Value::Bool(b) => write!(out, "{b}")?,
            Value::Str(s) | Value::OptStr(Some(s)) => string(out, s)?,
            Value::OptStr(None) => write!(out, "null")?,
            Value::Strs(items) => {
                write!(out, "[")?;
                for (j, item) in items.iter().enumerate() {
                    if j > 0 {
                        write!(out, ", ")?;
                    }
                    string(out, item)?;
                }
                write!(out, "]")?;
            }
        }
        writeln!(out, "{}", if i + 1 < fields.len() { "," } else { "" })?;
    }
    write!(out, "{indent}}}")
}

/// Writes `s` as a JSON string: quoted, with `"`, `\` and control
/// characters escaped (RFC 8259, Section 7). Everything else, non-ASCII
/// included, is written as UTF-8.
fn string(out: &mut impl Write, s: &str) -> io::Result<()> {
    write!(out, "\"")?;
    let mut rest = s;
    while let Some(at) = rest.find(|c: char| matches!(c, '"' | '\\') || c.is_control()) {
        out.write_all(&rest.as_bytes()[..at])?;
        let c = rest[at..].chars().next().unwrap_or_default();
        match c {
            '"' => write!(out, "\\\"")?,
            '\\' => write!(out, "\\\\")?,
            '\n' => write!(out, "\\n")?,
            '\r' => write!(out, "\\r")?,
            '\t' => write!(out, "\\t")?,
            // Other C0 and C1 controls and DEL: JSON requires escaping
            // only U+0000..=U+001F, but a terminal is better off without
            // raw controls of any kind.
            c => write!(out, "\\u{:04x}", u32::from(c))?,
        }
        rest = &rest[at + c.len_utf8()..];
    }
    out.write_all(rest.as_bytes())?;
    write!(out, "\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(s: &str) -> String {
        let mut out = Vec::new();
        string(&mut out, s).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(quoted("I'm a teapot"), r#""I'm a teapot""#);
        assert_eq!(quoted(r#"say "hi" \ bye"#), r#""say \"hi\" \\ bye""#);
        assert_eq!(quoted("a\nb\tc\r"), r#""a\nb\tc\r""#);
        assert_eq!(quoted("\u{0}\u{1f}\u{7f}"), r#""\u0000\u001f\u007f""#);
        assert_eq!(quoted("§ 15 – café"), "\"§ 15 – café\"");
        assert_eq!(quoted(""), r#""""#);
    }

    #[test]
    fn objects_have_every_key_once() {
        let mut out = Vec::new();
        one(&mut out, Status::PermanentRedirect).unwrap();
        let text = String::from_utf8(out).unwrap();
        for key in [
            "code",
            "phrase",
            "redirect",
            "headers",
            "status_line",
            "url",
            "constant",
        ] {
            assert_eq!(
                text.matches(&format!("\"{key}\": ")).count(),
                1,
                "{key} in {text}"
            );
        }
        assert!(text.contains("\"redirect\": \"preserve-method\""), "{text}");
        assert!(text.contains("\"headers\": [\"Location\"]"), "{text}");
        assert!(text.ends_with("}\n"), "{text}");
    }

    #[test]
    fn empty_lists_are_empty_arrays() {
        let mut out = Vec::new();
        many(&mut out, &[]).unwrap();
        assert_eq!(out, b"[]\n");
    }
}
