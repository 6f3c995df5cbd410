//! Rustdoc text generated from the data.

use std::fmt::Write;

use crate::model::{Codes, Entry, Registry};
use crate::reference::links;

/// The cited documents as Markdown links.
fn cite(reference: &str) -> String {
    match links(reference) {
        Ok(links) => links
            .iter()
            .map(|l| format!("[{}]({})", l.text, l.url))
            .collect::<Vec<_>>()
            .join("; "),
        // Validation rejects unlinkable references; show the text regardless.
        Err(_) => reference.to_owned(),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// The rustdoc of one variant.
pub fn variant(entry: &Entry, crate_name: &str) -> String {
    let code = entry.code.value;
    let mut doc = format!("`{code} {}`: {}\n\n", entry.phrase.value, entry.description);
    let mut line = |label: &str, value: &str| {
        let _ = writeln!(doc, "- **{label}:** {value}");
    };
    line("Class", &format!("{} ({}xx)", entry.class(), code / 100));
    line("Status line", &format!("`{}`", entry.status_line()));
    if let Some(reference) = &entry.reference {
        line("Defined in", &cite(reference));
    }
    if !entry.aliases.is_empty() {
        let aliases: Vec<String> = entry
            .aliases
            .iter()
            .map(|a| format!("\"{}\"", a.phrase.value))
            .collect();
        line("Formerly", &aliases.join(", "));
    }
    if !entry.headers.is_empty() {
        let headers: Vec<String> = entry
            .headers
            .iter()
            .map(|h| match &h.reference {
                Some(r) => format!("`{}` ({})", h.name, cite(r)),
                None => format!("`{}`", h.name),
            })
            .collect();
        line("Headers to send", &headers.join(", "));
    }
    if let Some(redirect) = entry.redirect {
        line("Redirect", redirect.describe());
    }
    line("Cacheable by default", yes_no(entry.cacheable));
    line("Content allowed", yes_no(entry.content));
    if entry.registry != Registry::Assigned {
        let registry = entry.registry.variant().to_lowercase();
        match &entry.deprecated {
            Some(why) => line("Registry", &format!("{registry}: {why}")),
            None => line("Registry", &registry),
        }
    }
    let name = entry.name.as_ref().map_or("", |n| n.value.as_str());
    let _ = write!(
        doc,
        "\n# Example\n\n```\nuse {crate_name}::{{status, Status}};\n\n\
         let status = status!({code});\n\
         assert_eq!(status, Status::{name});\n\
         assert_eq!(status.code(), {code});\n```\n"
    );
    doc
}

/// The rustdoc of an associated constant.
pub fn constant(entry: &Entry) -> String {
    let name = entry.name.as_ref().map_or("", |n| n.value.as_str());
    format!(
        "`{} {}`: the same as [`Status::{name}`].",
        entry.code.value, entry.phrase.value
    )
}

/// The rustdoc of a constant named after an older phrase.
pub fn alias(entry: &Entry, old: &str) -> String {
    let constant = entry.constant.as_ref().map_or("", |c| c.value.as_str());
    format!(
        "`{} {old}`: the phrase before \"{}\"; the same as [`Status::{constant}`].",
        entry.code.value, entry.phrase.value
    )
}

/// A Markdown table of every code, for the crate's front page.
pub fn table(codes: &Codes) -> String {
    let mut doc = String::from(
        "\n\n# Status codes\n\n| Code | Phrase | Variant | Class | Defined in |\n|---|---|---|---|---|\n",
    );
    for entry in &codes.entries {
        let variant = match &entry.name {
            Some(name) if entry.is_usable() => format!("[`{0}`](Status::{0})", name.value),
            _ => "reserved, no variant".to_owned(),
        };
        let reference = entry.reference.as_deref().map_or(String::new(), cite);
        let _ = writeln!(
            doc,
            "| {} | {} | {variant} | {} | {reference} |",
            entry.code.value,
            entry.phrase.value,
            entry.class()
        );
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::load;

    #[test]
    fn variant_docs_carry_the_facts_and_a_compiled_example() {
        let codes = load(
            "[[status]]\ncode = 405\nphrase = \"Method Not Allowed\"\ndescription = \"Wrong method.\"\n\
             reference = \"RFC 9110, Section 15.5.6\"\ncacheable = true\n\
             headers = [{ name = \"Allow\", reference = \"RFC 9110, Section 15.5.6\" }]\n",
        )
        .unwrap();
        let doc = variant(&codes.entries[0], "status_core");
        for part in [
            "`405 Method Not Allowed`: Wrong method.",
            "- **Class:** Client Error (4xx)",
            "- **Status line:** `HTTP/1.1 405 Method Not Allowed`",
            "- **Defined in:** [RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6)",
            "- **Headers to send:** `Allow` ([RFC 9110",
            "- **Cacheable by default:** yes",
            "let status = status!(405);\nassert_eq!(status, Status::MethodNotAllowed);",
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
}
