//! Rustdoc text generated from the data.
//!
//! The data is text, not Markdown: what a user writes in `codes.toml` must
//! show as written and never turn into a doctest, raw HTML, a link or a
//! table cell boundary. So every piece of data goes through [`plain`] or
//! [`code_span`] on its way into a doc comment. Descriptions keep one piece of
//! Markdown, `code spans` in backticks, which the shipped data uses for
//! header names.

use std::fmt::Write;

use crate::data::model::{Codes, Entry, Redirect, Registration};
use crate::data::reference::links;

/// The characters that mean something inline in Markdown or HTML. Escaped
/// with a backslash, each shows as itself (CommonMark, Section 2.4).
const SPECIAL: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '#'];

/// Data as one line of literal text. Joining its lines keeps a description
/// from starting a code block (which rustdoc would run as a doctest), a
/// heading, a list or a quote.
pub fn plain(data: &str) -> String {
    let mut out = String::with_capacity(data.len());
    for word in data.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        // A bare URL is linked, as rustdoc would otherwise warn about it.
        if (word.starts_with("https://") || word.starts_with("http://"))
            && !word.contains(['<', '>', '`'])
        {
            let end = word.trim_end_matches(['.', ',', ';', ':', ')']).len();
            let _ = write!(out, "<{}>", &word[..end]);
            escape_into(&mut out, &word[end..]);
        } else {
            escape_into(&mut out, word);
        }
    }
    out
}

fn escape_into(out: &mut String, data: &str) {
    for c in data.chars() {
        if SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Data as a code span that shows it exactly, backticks included. The
/// fence is one backtick longer than the longest run inside (CommonMark,
/// Section 6.1). Not for a table cell, where `|` would end the cell even
/// inside code: use [`plain`] there.
pub fn code_span(data: &str) -> String {
    let data = data.split_whitespace().collect::<Vec<_>>().join(" ");
    let run = data.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(run + 1);
    let pad = if data.starts_with('`') || data.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{data}{pad}{fence}")
}

/// A description: literal text, except that complete `code spans` stay
/// code spans.
pub fn description(data: &str) -> String {
    let flat = data.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(flat.len());
    let mut rest = flat.as_str();
    while let Some(open) = rest.find('`') {
        let after = &rest[open..];
        let fence_len = after.len() - after.trim_start_matches('`').len();
        let body = &after[fence_len..];
        let close = find_run(body, fence_len);
        out.push_str(&plain_piece(&rest[..open]));
        match close {
            Some(end) => {
                out.push_str(&after[..fence_len + end + fence_len]);
                rest = &after[fence_len + end + fence_len..];
            }
            // An unclosed backtick is a literal backtick.
            None => {
                out.push_str(&"\\`".repeat(fence_len));
                rest = body;
            }
        }
    }
    out.push_str(&plain_piece(rest));
    out
}

/// [`plain`] for a piece of a line, keeping its leading and trailing space.
fn plain_piece(piece: &str) -> String {
    let lead = if piece.starts_with(' ') { " " } else { "" };
    let trail = if piece.ends_with(' ') && !piece.trim().is_empty() {
        " "
    } else {
        ""
    };
    format!("{lead}{}{trail}", plain(piece))
}

/// Where a run of exactly `len` backticks starts in `s`.
fn find_run(s: &str, len: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'`' {
            let start = i;
            while i < bytes.len() && bytes[i] == b'`' {
                i += 1;
            }
            if i - start == len {
                return Some(start);
            }
        } else {
            i += 1;
        }
    }
    None
}

/// How a client follows a redirect, in the docs' words.
fn describe_redirect(redirect: Redirect) -> &'static str {
    match redirect {
        Redirect::PreservesMethod => "followed with the same method and content",
        Redirect::MayChangeToGet => {
            "followed; for historical reasons clients may turn a POST into a GET"
        }
        Redirect::ChangesToGet => "followed with GET (HEAD stays HEAD)",
        // The vocabulary may grow a kind this text does not know yet.
        _ => "followed",
    }
}

/// The cited documents as Markdown links.
fn cite(reference: &str) -> String {
    match links(reference) {
        Ok(links) => links
            .iter()
            .map(|l| format!("[{}]({})", plain(&l.text), l.url))
            .collect::<Vec<_>>()
            .join("; "),
        // Validation rejects unlinkable references; show the text regardless.
        Err(_) => plain(reference),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// The rustdoc of one variant: the facts, short, as the `http` crate keeps
/// its per-item docs. The type's own docs hold the examples.
pub fn variant_doc(entry: &Entry) -> String {
    let code = entry.code.value;
    let mut doc = format!(
        "{}: {}\n\n",
        code_span(&format!("{code} {}", entry.phrase.value)),
        description(&entry.description)
    );
    let mut line = |label: &str, value: &str| {
        let _ = writeln!(doc, "- **{label}:** {value}");
    };
    line("Class", &format!("{} ({}xx)", entry.class(), code / 100));
    line("Status line", &code_span(&entry.status_line()));
    if let Some(reference) = &entry.reference {
        line("Defined in", &cite(reference));
    }
    if !entry.aliases.is_empty() {
        let aliases: Vec<String> = entry
            .aliases
            .iter()
            .map(|a| format!("\"{}\"", plain(&a.phrase.value)))
            .collect();
        line("Formerly", &aliases.join(", "));
    }
    for (label, required) in [("Required headers", true), ("Recommended headers", false)] {
        let headers: Vec<String> = entry
            .headers
            .iter()
            .filter(|h| h.required == required)
            .map(|h| match &h.reference {
                Some(r) => format!("{} ({})", code_span(&h.name), cite(r)),
                None => code_span(&h.name),
            })
            .collect();
        if !headers.is_empty() {
            line(label, &headers.join(", "));
        }
    }
    if let Some(redirect) = entry.redirect {
        line("Redirect", describe_redirect(redirect));
    }
    line("Cacheable by default", yes_no(entry.cacheable));
    line("Content allowed", yes_no(entry.content));
    if entry.registration != Registration::Assigned {
        let registry = entry.registration.keyword();
        match &entry.deprecated {
            Some(why) => line("Registry", &format!("{registry}: {}", plain(why))),
            None => line("Registry", registry),
        }
    }
    doc
}

/// The rustdoc of an associated constant of the enum `ty`.
pub fn constant_doc(entry: &Entry, ty: &str) -> String {
    let name = entry.name.as_ref().map_or("", |n| n.value.as_str());
    format!(
        "{}: the same as [`{ty}::{name}`].",
        code_span(&format!("{} {}", entry.code.value, entry.phrase.value))
    )
}

/// The rustdoc of a constant named after an older phrase.
pub fn alias_doc(entry: &Entry, old: &str, ty: &str) -> String {
    let constant = entry.constant.as_ref().map_or("", |c| c.value.as_str());
    format!(
        "{}: the phrase before \"{}\"; the same as [`{ty}::{constant}`].",
        code_span(&format!("{} {old}", entry.code.value)),
        plain(&entry.phrase.value)
    )
}

/// The rustdoc of a generated enum. status-core's `Status` also gets an
/// example; a user's enum does not, so its crate's doctests stay its own.
pub fn enum_summary(ty: &str, count: usize, builtin: bool) -> String {
    let mut doc = format!(
        "An HTTP response status code: one of the {count} codes of its codes file.\n\n\
         The discriminant is the code itself, so `{ty}::NotFound as u16` is 404 where \
         the data has 404. The enum is `#[non_exhaustive]` because registries grow: \
         a `match` needs a `_` arm, and new codes arrive without a breaking change."
    );
    if builtin {
        doc.push_str(
            "\n\nCreate one with [`status!`](crate::status) for a code known when you \
             write it, or [`Status::from_u16`] for one that arrives at run time. \
             [`HttpStatus`](crate::HttpStatus) gives generic code the same API over \
             any enum that `registry!` generates.\n\n\
             ```\nuse status_core::{status, Status};\n\n\
             let status = status!(404);\n\
             assert_eq!(status, Status::NotFound);\n\
             assert_eq!(Status::from_u16(404), Ok(status));\n\
             assert_eq!(status.to_string(), \"404 Not Found\");\n```",
        );
    } else {
        doc.push_str(
            "\n\nGenerated by `status_core::registry!`: it has the runtime API of \
             `status_core::Status`, documented there, and implements \
             `status_core::HttpStatus`.",
        );
    }
    doc
}

/// The rustdoc of a registry's checked macro.
pub fn macro_doc(ty: &str, name: &str) -> String {
    format!(
        "The [`{ty}`] for a code, checked at compile time: `{name}!(404)` expands to \
         the variant for 404, so it works in `const` and `static` items and as a \
         `match` pattern. A code the data does not have is a compile error that \
         suggests the nearest ones. Import it with `use crate::{name};` (from the \
         module that calls `registry!`) to use it in any module."
    )
}

/// A Markdown table of every code, for the crate's front page.
pub fn table(codes: &Codes) -> String {
    let mut doc = String::from(
        "\n\n# Status codes\n\n| Code | Phrase | Variant | Class | Defined in |\n|---|---|---|---|---|\n",
    );
    for entry in &codes.entries {
        let variant = match &entry.name {
            Some(name) if entry.has_variant() => format!("[`{0}`](Status::{0})", name.value),
            _ => "reserved, no variant".to_owned(),
        };
        let reference = entry.reference.as_deref().map_or(String::new(), cite);
        let _ = writeln!(
            doc,
            "| {} | {} | {variant} | {} | {reference} |",
            entry.code.value,
            plain(&entry.phrase.value),
            entry.class()
        );
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::check::testing::with_class_codes as load;

    #[test]
    fn variant_docs_carry_the_facts() {
        let codes = load(
            "[[status]]\ncode = 405\nphrase = \"Method Not Allowed\"\ndescription = \"Wrong method.\"\n\
             reference = \"RFC 9110, Section 15.5.6\"\ncacheable = true\n\
             headers = [{ name = \"Allow\", reference = \"RFC 9110, Section 15.5.6\" }, \
             { name = \"Link\", required = false }]\n",
        )
        .unwrap();
        let doc = variant_doc(codes.get(405).unwrap());
        for part in [
            "`405 Method Not Allowed`: Wrong method.",
            "- **Class:** Client Error (4xx)",
            "- **Status line:** `HTTP/1.1 405 Method Not Allowed`",
            "- **Defined in:** [RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6)",
            "- **Required headers:** `Allow` ([RFC 9110",
            "- **Recommended headers:** `Link`",
            "- **Cacheable by default:** yes",
        ] {
            assert!(doc.contains(part), "{doc}\nlacks {part:?}");
        }
        assert!(
            !doc.contains("Registry"),
            "assigned codes say nothing of the registry"
        );
    }

    #[test]
    fn the_table_lists_reserved_codes_without_a_link() {
        let codes = load(
            "[[status]]\ncode = 305\nphrase = \"Use Proxy\"\ndescription = \"d\"\n\n\
             [[status]]\ncode = 306\nphrase = \"(Unused)\"\ndescription = \"d\"\nreserved = true\n",
        )
        .unwrap();
        let table = table(&codes);
        assert!(
            table.contains("| 305 | Use Proxy | [`UseProxy`](Status::UseProxy) | Redirection |  |")
        );
        assert!(table.contains("| 306 | (Unused) | reserved, no variant | Redirection |  |"));
    }

    #[test]
    fn data_never_becomes_markdown_rustdoc_acts_on() {
        let codes = load(
            "[[status]]\ncode = 404\nphrase = \"Not | Found </script>\"\n\
             description = \"\"\"\nFirst.\n\n```\nfn main() { panic!() }\n```\n\n    indented\n\
             <script>alert(1)</script> [link] *em* see `Allow` and https://example.com/x.\"\"\"\n\
             aliases = [\"Old `Tick\"]\nname = \"NotFound\"\nconstant = \"NOT_FOUND\"\n",
        )
        .unwrap();
        let entry = codes.get(404).unwrap();
        let doc = variant_doc(entry);
        let (summary, rest) = doc.split_once("\n\n").unwrap();
        // The description is one line, so it cannot open a code block
        // (a doctest) or any other block: its fence is an inline code span.
        assert_eq!(
            summary,
            "`404 Not | Found </script>`: First. ``` fn main() { panic!() } ``` indented \
             \\<script\\>alert(1)\\</script\\> \\[link\\] \\*em\\* see `Allow` and \
             <https://example.com/x>."
        );
        assert!(
            !doc.lines().any(|l| l.trim_start().starts_with("```")),
            "{doc}"
        );
        assert!(!rest.contains("<script>"), "{rest}");
        assert!(rest.contains("- **Formerly:** \"Old \\`Tick\""), "{rest}");
        // A phrase with `|` stays in its cell of the front-page table.
        let table = table(&codes);
        assert!(
            table.contains("| 404 | Not \\| Found \\</script\\> | [`NotFound`]"),
            "{table}"
        );
    }

    #[test]
    fn code_spans_hold_any_text() {
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`a"), "`` `a ``");
        assert_eq!(code_span("a|b </p>"), "`a|b </p>`");
        assert_eq!(description("an `open tick"), "an \\`open tick");
        assert_eq!(description("``a ` b`` c"), "``a ` b`` c");
    }
}
