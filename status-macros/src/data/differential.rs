//! Codes files in every layout TOML allows, read here and by the `toml`
//! crate directly: every field of every entry must agree, and a file made
//! invalid must fail with an error at a line, never load.
//!
//! The files come from a fixed seed, so a failure is reproducible: the
//! message names the case, and `case(seed)` rebuilds its file.

use toml::de::{DeTable, DeValue};

use crate::data::load;
use crate::data::model::{Codes, Kind};

/// A small xorshift generator: enough variety for layouts, and no
/// dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "Not", "Found", "Gone", "Early", "Hints", "Request", "Timeout", "Payload", "Teapot", "Proxy",
];

/// Text for descriptions and references: quotes, backslashes, `#`, brackets
/// and text beyond ASCII, all of which a layout must carry unchanged.
const PIECES: &[&str] = &[
    "plain",
    "\"quoted\"",
    "back\\slash",
    "# not a comment",
    "[status]",
    "[[status]]",
    "a = b",
    "café",
    "見つかりません",
    "it's",
    "{ brace }",
    "tab\there",
    "RFC 9110",
];

/// The code's digits as letters, so each phrase derives its own names.
fn letters(code: u16) -> String {
    code.to_string()
        .bytes()
        .enumerate()
        .map(|(i, d)| {
            let c = char::from(b'a' + (d - b'0'));
            if i == 0 { c.to_ascii_uppercase() } else { c }
        })
        .collect()
}

/// `text` as a TOML string in one of its four forms, chosen at random
/// among those that can hold it.
fn string(rng: &mut Rng, text: &str) -> String {
    let basic = |text: &str| {
        let mut out = String::from("\"");
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                c if !c.is_ascii() && text.len() % 2 == 0 => {
                    out.push_str(&format!("\\u{:04X}", u32::from(c)));
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
    };
    let literal_ok = !text.contains('\'') && !text.contains('\t');
    let one_line = !text.contains('\n');
    match rng.below(4) {
        1 if literal_ok && one_line => format!("'{text}'"),
        // A multi-line basic string: the newline after the opening
        // quotes is dropped, and so is a line-ending backslash with the
        // whitespace after it.
        2 => {
            let inner = &basic(text)[1..];
            let inner = &inner[..inner.len() - 1];
            match inner.split_once(' ') {
                Some((head, tail)) if !head.ends_with('\\') => {
                    format!("\"\"\"\n{head} \\\n    {tail}\"\"\"")
                }
                _ => format!("\"\"\"\n{inner}\"\"\""),
            }
        }
        3 if literal_ok && !text.ends_with('\'') => format!("'''\n{text}'''"),
        _ => basic(text),
    }
}

/// Blank space, a comment or a line break where TOML allows one inside an
/// array or an inline table.
fn gap(rng: &mut Rng, nl: &str) -> String {
    match rng.below(5) {
        0 => format!(" # {}{nl}  ", rng.pick(PIECES)),
        1 => format!("{nl}    "),
        2 => "  ".to_owned(),
        _ => " ".to_owned(),
    }
}

/// An integer in one of the forms TOML allows for it.
fn integer(rng: &mut Rng, n: u16) -> String {
    match rng.below(5) {
        0 => format!("0x{n:x}"),
        1 => format!("0o{n:o}"),
        2 => format!("+{n}"),
        3 if n >= 100 => format!("{}_{:02}", n / 100, n % 100),
        _ => n.to_string(),
    }
}

/// One valid codes file, and the codes it holds.
fn case(seed: u64) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let nl = if rng.chance(30) { "\r\n" } else { "\n" };
    let mut codes: Vec<u16> = Vec::new();
    while codes.len() < 1 + rng.below(6) {
        let code = 100 + rng.below(500) as u16;
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    let mut out = String::new();
    if rng.chance(50) {
        out += &format!("# A codes file.{nl}{nl}");
    }
    for &code in &codes {
        let mut lines: Vec<String> = Vec::new();
        lines.push(format!("code = {}", integer(&mut rng, code)));
        let phrase = format!("{} {}", rng.pick(WORDS), letters(code));
        lines.push(format!("phrase = {}", string(&mut rng, &phrase)));
        // Over several lines now and then, which a file with CRLF line
        // endings writes with CRLF inside the string too.
        let between = if rng.chance(20) { "\n" } else { " " };
        let description = (0..1 + rng.below(3))
            .map(|_| rng.pick(PIECES))
            .collect::<Vec<_>>()
            .join(between);
        lines.push(format!("description = {}", string(&mut rng, &description)));
        if rng.chance(30) {
            let section = 1 + rng.below(20);
            let reference = format!("RFC 9110, Section 15.{section}");
            lines.push(format!("reference = {}", string(&mut rng, &reference)));
        }
        if rng.chance(30) {
            let aliases: Vec<String> = (0..1 + rng.below(2))
                .map(|i| {
                    let alias = format!("Old {} {}", letters(code), ["Aa", "Bb"][i]);
                    string(&mut rng, &alias)
                })
                .collect();
            let mut array = String::from("[");
            for alias in &aliases {
                array += &gap(&mut rng, nl);
                array += alias;
                array += ",";
            }
            array += &gap(&mut rng, nl);
            array += "]";
            lines.push(format!("aliases = {array}"));
        }
        match rng.below(4) {
            0 => {
                let registration = rng.pick(&["deprecated", "obsoleted"]);
                lines.push(format!("registry = {}", string(&mut rng, registration)));
                let reason = rng.pick(PIECES);
                lines.push(format!("deprecated = {}", string(&mut rng, reason)));
            }
            1 => lines.push(format!("registry = {}", string(&mut rng, "unused"))),
            _ => {}
        }
        for key in ["reserved", "cacheable", "content"] {
            if rng.chance(30) {
                lines.push(format!("{key} = {}", rng.chance(50)));
            }
        }
        if code / 100 == 3 && rng.chance(50) {
            let redirect = rng.pick(&["preserve-method", "may-change-to-get", "change-to-get"]);
            lines.push(format!("redirect = {}", string(&mut rng, redirect)));
        }
        if rng.chance(50) {
            let mut array = String::from("[");
            for (i, name) in ["Allow", "Retry-After", "Location"]
                .iter()
                .take(1 + rng.below(3))
                .enumerate()
            {
                array += &gap(&mut rng, nl);
                if rng.chance(40) {
                    array += &string(&mut rng, name);
                } else {
                    // An inline table, over several lines when the gaps
                    // say so, with a trailing comma now and then.
                    array += "{";
                    array += &gap(&mut rng, nl);
                    array += &format!("name = {}", string(&mut rng, name));
                    if rng.chance(50) {
                        array += ",";
                        array += &gap(&mut rng, nl);
                        let reference = format!("RFC 9110, Section 10.2.{}", i + 1);
                        array += &format!("reference = {}", string(&mut rng, &reference));
                    }
                    if rng.chance(30) {
                        array += ",";
                    }
                    array += &gap(&mut rng, nl);
                    array += "}";
                }
                array += ",";
            }
            array += &gap(&mut rng, nl);
            array += "]";
            lines.push(format!("headers = {array}"));
        }
        // Any order of keys, with comments between them.
        for i in (1..lines.len()).rev() {
            let j = rng.below(i + 1);
            lines.swap(i, j);
        }
        out += &format!(
            "[[status]]{}{nl}",
            if rng.chance(20) { " # entry" } else { "" }
        );
        for line in lines {
            if rng.chance(15) {
                out += &format!("# {}{nl}", rng.pick(PIECES));
            }
            let comment = if rng.chance(20) { " # value" } else { "" };
            out += &format!("{line}{comment}{nl}");
        }
        out += nl;
    }
    if nl == "\r\n" {
        // Line breaks inside the strings were written as `\n` above.
        out = out.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    out
}

fn string_of<'a>(table: &'a DeTable<'_>, key: &str) -> Option<&'a str> {
    table.get(key).and_then(|v| v.get_ref().as_str())
}

fn bool_of(table: &DeTable<'_>, key: &str) -> Option<bool> {
    table.get(key).and_then(|v| v.get_ref().as_bool())
}

/// Every field of every entry agrees with what the `toml` crate reads.
fn assert_same(seed: u64, text: &str, codes: &Codes) {
    let root = DeTable::parse(text).unwrap_or_else(|e| panic!("case {seed}: {e}\n{text}"));
    let Some(DeValue::Array(tables)) = root.get_ref().get("status").map(|v| v.get_ref()) else {
        panic!("case {seed}: no [[status]]\n{text}");
    };
    assert_eq!(codes.entries.len(), tables.len(), "case {seed}\n{text}");
    for table in tables.iter() {
        let table = table.get_ref().as_table().unwrap();
        let written = table.get("code").unwrap().get_ref().as_integer().unwrap();
        let code = u16::from_str_radix(written.as_str(), written.radix()).unwrap();
        let entry = codes
            .get(code)
            .unwrap_or_else(|| panic!("case {seed}: {code} is missing\n{text}"));
        let at = format!("case {seed}, code {code}\n{text}");
        assert_eq!(
            Some(entry.phrase.value.as_str()),
            string_of(table, "phrase"),
            "{at}"
        );
        assert_eq!(
            Some(entry.description.as_str()),
            string_of(table, "description").map(str::trim),
            "{at}"
        );
        assert_eq!(
            entry.reference.as_deref(),
            string_of(table, "reference"),
            "{at}"
        );
        assert_eq!(
            entry.deprecated.as_deref(),
            string_of(table, "deprecated"),
            "{at}"
        );
        assert_eq!(
            entry.registration.keyword(),
            string_of(table, "registry").unwrap_or("assigned"),
            "{at}"
        );
        assert_eq!(
            entry.redirect.map(|r| r.keyword()),
            string_of(table, "redirect"),
            "{at}"
        );
        assert_eq!(
            entry.reserved,
            bool_of(table, "reserved").unwrap_or(false),
            "{at}"
        );
        assert_eq!(
            entry.cacheable,
            bool_of(table, "cacheable").unwrap_or(false),
            "{at}"
        );
        assert_eq!(
            entry.content,
            bool_of(table, "content").unwrap_or(code >= 200),
            "{at}"
        );
        let aliases: Vec<&str> = table
            .get("aliases")
            .and_then(|v| v.get_ref().as_array())
            .map(|items| items.iter().filter_map(|i| i.get_ref().as_str()).collect())
            .unwrap_or_default();
        let read: Vec<&str> = entry
            .aliases
            .iter()
            .map(|a| a.phrase.value.as_str())
            .collect();
        assert_eq!(read, aliases, "{at}");
        let headers: Vec<(&str, Option<&str>)> = table
            .get("headers")
            .and_then(|v| v.get_ref().as_array())
            .map(|items| {
                items
                    .iter()
                    .map(|item| match item.get_ref() {
                        DeValue::String(name) => (name.as_ref(), None),
                        DeValue::Table(header) => (
                            string_of(header, "name").unwrap(),
                            string_of(header, "reference"),
                        ),
                        other => panic!("{at}: {other:?}"),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let read: Vec<(&str, Option<&str>)> = entry
            .headers
            .iter()
            .map(|h| (h.name.as_str(), h.reference.as_deref()))
            .collect();
        assert_eq!(read, headers, "{at}");
        // Every key the file has for the entry, and no other.
        assert_eq!(entry.keys.len(), table.len(), "{at}");
    }
}

/// Ways to break a valid file that no layout can repair: each must fail
/// with an error at a line of the file.
fn mutate(rng: &mut Rng, text: &str) -> String {
    // Before a table header or at the end: never inside a string, array
    // or inline table that spans lines, where the text would be data. The
    // parser says where the headers are.
    let root = DeTable::parse(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let mut places = vec![text.len()];
    if let Some(DeValue::Array(tables)) = root.get_ref().get("status").map(|v| v.get_ref()) {
        places.extend(tables.iter().map(|table| table.span().start));
    }
    let at = places[rng.below(places.len())];
    let mut out = text[..at].to_owned();
    match rng.below(6) {
        // A key written twice in the last entry so far.
        0 => out += "code = 100\ncode = 101\n",
        // A value that is missing.
        1 => out += "phrase =\n",
        // A header that does not close.
        2 => out += "[[status]\n",
        // A string that does not close.
        3 => out += "description = \"open\n",
        // An inline table that does not close.
        4 => out += "headers = [{ name = \"Allow\"\n",
        // Something that is no key at all.
        _ => out += "@ = 1\n",
    }
    out += &text[at..];
    out
}

#[test]
fn every_layout_reads_as_the_toml_crate_reads_it() {
    for seed in 0..3000 {
        let text = case(seed);
        let codes = load(&text, Kind::Vendor).unwrap_or_else(|problems| {
            panic!("case {seed}: {problems:#?}\n{text}");
        });
        assert_same(seed, &text, &codes);
    }
}

#[test]
fn a_broken_file_fails_at_a_line_and_never_loads() {
    let mut rng = Rng(0x5EED);
    for seed in 0..1000 {
        let text = mutate(&mut rng, &case(seed));
        let lines = text.split('\n').count();
        let problems = match load(&text, Kind::Vendor) {
            Ok(_) => panic!("case {seed} loaded:\n{text}"),
            Err(problems) => problems,
        };
        assert!(!problems.is_empty());
        for problem in &problems {
            assert!(
                problem.pos.line >= 1 && problem.pos.line <= lines && problem.pos.column >= 1,
                "case {seed}: {problem}\n{text}"
            );
        }
    }
}

#[test]
fn no_edit_of_a_file_makes_reading_panic() {
    // Characters that open, close or separate something in TOML, or that
    // a position must count as one column.
    const BITS: &[&str] = &[
        "[", "]", "[[", "]]", "{", "}", "\"", "'", "\"\"\"", "'''", "=", ",", ".", "#", "\\", "\n",
        "\r\n", "\r", "\t", " ", "é", "\u{2028}", "0x", "status", "[status]",
    ];
    let mut rng = Rng(0xF0CC);
    for seed in 0..1000 {
        let mut text = case(seed);
        for _ in 0..1 + rng.below(4) {
            let mut at = rng.below(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            if rng.chance(50) {
                text.insert_str(at, rng.pick(BITS));
            } else {
                let mut end = (at + 1 + rng.below(8)).min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                text.replace_range(at..end, "");
            }
        }
        for kind in [Kind::Iana, Kind::Vendor, Kind::User] {
            if let Err(problems) = load(&text, kind) {
                assert!(
                    problems
                        .iter()
                        .all(|p| p.pos.line >= 1 && p.pos.column >= 1),
                    "case {seed}: {problems:#?}"
                );
            }
        }
    }
}
