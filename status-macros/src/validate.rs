//! Checks across entries: range, order, uniqueness, the identifiers the
//! generator needs, the text that goes into a status line, and keys that
//! contradict each other. Each check adds to the error list and goes on.

use crate::error::{DataError, FILE};
use crate::model::{At, Codes, Entry, Pos, Registry};
use crate::names::{self, Case};

/// The codes RFC 9110, Section 15 gives a class to.
pub const RANGE: std::ops::RangeInclusive<u16> = 100..=599;

/// The message for a code no entry may have.
pub fn out_of_range(pos: Pos, code: impl Into<i128>) -> DataError {
    let code = code.into();
    let why = if (600..=999).contains(&code) {
        "it is three digits, but RFC 9110 defines classes only for 1xx to 5xx"
    } else {
        "a status code is three digits whose first digit is 1 to 5"
    };
    DataError::new(
        pos,
        format!(
            "code {code} is outside {} to {}: {why}; use a code in that range",
            RANGE.start(),
            RANGE.end()
        ),
    )
}

/// Runs every check and returns the entries that passed parsing, or all
/// problems found.
pub fn validate(entries: Vec<Entry>, errors: Vec<DataError>) -> Result<Codes, Vec<DataError>> {
    validate_with(entries, Vec::new(), errors)
}

/// Checks a set that registries extend, such as a vendor's codes: every
/// check of [`validate`] but [`check_class_codes`], since the `x00` codes
/// come from the sets it is merged with.
pub fn validate_set(entries: Vec<Entry>, errors: Vec<DataError>) -> Result<Codes, Vec<DataError>> {
    check(entries, Vec::new(), errors, false)
}

/// Checks a file's own entries together with those it inherits from the
/// sets it extends, which are valid on their own. Range, order and each
/// entry's keys are the file's own business; identifiers must be unique
/// across everything that ends up in one enum.
///
/// [`check_class_codes`] runs last, over the merged entries, and only on
/// data without other problems: an entry that could not be read, or a
/// mistyped code, would otherwise also show up as a missing `x00` code.
pub fn validate_with(
    own: Vec<Entry>,
    inherited: Vec<Entry>,
    errors: Vec<DataError>,
) -> Result<Codes, Vec<DataError>> {
    check(own, inherited, errors, true)
}

fn check(
    own: Vec<Entry>,
    inherited: Vec<Entry>,
    mut errors: Vec<DataError>,
    complete: bool,
) -> Result<Codes, Vec<DataError>> {
    check_codes(&own, &mut errors);
    for entry in &own {
        check_entry(entry, &mut errors);
    }
    let entries = if inherited.is_empty() {
        own
    } else {
        let mut all = inherited;
        all.extend(own);
        crate::error::sort_by_key(&mut all, |e| e.code.value);
        all
    };
    check_identifiers(&entries, &mut errors);
    if complete && errors.is_empty() {
        errors = check_class_codes(&entries);
    }
    if errors.is_empty() {
        Ok(Codes { entries })
    } else {
        crate::error::sort(&mut errors);
        errors.dedup();
        Err(errors)
    }
}

/// Requires the `x00` code of every class, 100 to 500, each with a variant.
///
/// A client treats a code it does not recognise as the `x00` code of its
/// class (RFC 9110, Section 15), and `Status::understand` answers with that
/// variant. It runs over the final list of entries, in ascending order,
/// after any merging of files.
pub fn check_class_codes(entries: &[Entry]) -> Vec<DataError> {
    let mut errors = Vec::new();
    for class in 1..=5u16 {
        let x00 = class * 100;
        match entries.iter().find(|e| e.code.value == x00) {
            Some(entry) if entry.reserved => errors.push(DataError::new(
                entry.pos_of("reserved"),
                format!(
                    "{x00} is reserved, but it needs a variant: a client treats every {class}xx \
                     code it does not know as {x00} (RFC 9110, Section 15); remove `reserved = true`"
                ),
            )),
            Some(_) => {}
            None => {
                // Point into the file being read, not into a set it extends.
                let mut own = entries.iter().filter(|e| e.pos.set.is_none());
                let next = own.clone().find(|e| e.code.value > x00);
                let (pos, place) = match (next, own.next_back()) {
                    (Some(next), _) => (next.pos, format!("before the entry for {}", next.code.value)),
                    (None, Some(last)) => (last.pos, "after this entry".to_owned()),
                    (None, None) => (
                        Pos {
                            line: 1,
                            column: 1,
                            set: None,
                        },
                        "to the file".to_owned(),
                    ),
                };
                errors.push(DataError::new(
                    pos,
                    format!(
                        "there is no entry for {x00}: a client treats every {class}xx code it \
                         does not know as {x00} (RFC 9110, Section 15), so each class needs its \
                         x00 code; add a `[[status]]` entry with `code = {x00}` {place}, \
                         or add \"iana\" to `extends`"
                    ),
                ));
            }
        }
    }
    errors
}

fn at(pos: Pos) -> String {
    format!(
        "{}:{}:{}",
        crate::error::file_of(pos, FILE),
        pos.line,
        pos.column
    )
}

fn check_codes(entries: &[Entry], errors: &mut Vec<DataError>) {
    // Where each code in `RANGE` was first seen, indexed by the code.
    let mut seen: Vec<Option<Pos>> = vec![None; usize::from(*RANGE.end()) + 1];
    let mut highest: Option<&Entry> = None;
    for entry in entries {
        let code = entry.code.value;
        if !RANGE.contains(&code) {
            // Its order and uniqueness mean nothing until it is fixed.
            errors.push(out_of_range(entry.code.pos, code));
            continue;
        }
        if let Some(first) = seen[usize::from(code)] {
            errors.push(DataError::new(
                entry.code.pos,
                format!(
                    "code {code} appears twice (first at {}); keep one entry and delete the other",
                    at(first)
                ),
            ));
            continue;
        }
        seen[usize::from(code)] = Some(entry.code.pos);
        match highest {
            Some(prev) if code < prev.code.value => errors.push(DataError::new(
                entry.code.pos,
                format!(
                    "code {code} is out of order: it comes after {} (at {}); \
                     entries must be in ascending order, so move it before {}",
                    prev.code.value,
                    at(prev.code.pos),
                    prev.code.value
                ),
            )),
            _ => highest = Some(entry),
        }
    }
}

/// Who took an identifier first.
struct Owner {
    entry: usize,
    code: u16,
    pos: Pos,
    kind: &'static str,
}

/// Variants and associated constants share `Status::`, so one namespace
/// holds both.
fn check_identifiers(entries: &[Entry], errors: &mut Vec<DataError>) {
    // A list rather than a map: a file has at most a few thousand names, and
    // a linear search over them costs less than compiling a hash map.
    let mut taken: Vec<(&str, Owner)> = Vec::new();
    for (i, entry) in entries.iter().enumerate().filter(|(_, e)| e.has_variant()) {
        let code = entry.code.value;
        let phrase = &entry.phrase.value;
        let owner = |pos, kind| Owner {
            entry: i,
            code,
            pos,
            kind,
        };
        match &entry.name {
            Some(name) if !is_written_well(name, "name", Case::UpperCamel, errors) => {}
            Some(name) => claim(&mut taken, &name.value, owner(name.pos, "variant"), errors),
            None => errors.push(DataError::new(
                entry.phrase.pos,
                format!(
                    "phrase {phrase:?} of {code} yields no Rust name: {}; \
                     add `name = \"SomeName\"` and `constant = \"SOME_NAME\"` to the entry",
                    names::why_underivable(phrase, Case::UpperCamel)
                ),
            )),
        }
        match &entry.constant {
            Some(constant)
                if !is_written_well(constant, "constant", Case::ScreamingSnake, errors) => {}
            Some(constant) => claim(
                &mut taken,
                &constant.value,
                owner(constant.pos, "constant"),
                errors,
            ),
            // Reported once, with the variant above, when both are missing.
            None if entry.name.is_some() => errors.push(DataError::new(
                entry.phrase.pos,
                format!(
                    "phrase {phrase:?} of {code} yields no constant name: {}; \
                     add `constant = \"SOME_NAME\"`",
                    names::why_underivable(phrase, Case::ScreamingSnake)
                ),
            )),
            None => {}
        }
        for alias in &entry.aliases {
            match &alias.constant {
                Some(constant) => claim(
                    &mut taken,
                    constant,
                    owner(alias.phrase.pos, "constant"),
                    errors,
                ),
                None => errors.push(DataError::new(
                    alias.phrase.pos,
                    format!(
                        "alias {:?} of {code} yields no constant name: {}; \
                         remove it or reword it",
                        alias.phrase.value,
                        names::why_underivable(&alias.phrase.value, Case::ScreamingSnake)
                    ),
                )),
            }
        }
    }
}

/// Whether a `name` or `constant` is a plain Rust identifier of its case;
/// if not, says why. Names derived from a phrase always are.
fn is_written_well(name: &At<String>, key: &str, case: Case, errors: &mut Vec<DataError>) -> bool {
    let text = &name.value;
    let problem = if names::is_keyword(text) {
        format!("`{key}` = {text:?} is a Rust keyword; choose another name")
    } else if !names::is_identifier(text, case) {
        let form = match case {
            Case::UpperCamel => "an UpperCamelCase Rust identifier such as `NotFound`",
            Case::ScreamingSnake => "a SCREAMING_SNAKE_CASE Rust identifier such as `NOT_FOUND`",
        };
        format!("`{key}` = {text:?} is not {form}")
    } else {
        return true;
    };
    errors.push(DataError::new(name.pos, problem));
    false
}

/// Records `name` as taken by `owner`, or reports why it cannot be.
fn claim<'e>(
    taken: &mut Vec<(&'e str, Owner)>,
    name: &'e str,
    owner: Owner,
    errors: &mut Vec<DataError>,
) {
    let Owner {
        code, pos, kind, ..
    } = owner;
    let key = if kind == "variant" {
        "name"
    } else {
        "constant"
    };
    if name == "ALL" {
        errors.push(DataError::new(
            pos,
            format!(
                "{kind} `ALL` of {code} would clash with `Status::ALL`, the list of every status; \
                 give it another `{key}`"
            ),
        ));
        return;
    }
    match taken
        .iter()
        .find(|(taken, _)| *taken == name)
        .map(|(_, o)| o)
    {
        // A duplicated code is reported as such; its names clash by nature.
        Some(first) if first.entry != owner.entry && first.code == code => {}
        Some(first) => errors.push(DataError::new(
            pos,
            format!(
                "{kind} `{name}` of {code} is already the {} of {} (at {}); \
                 give one of them another `{key}` or phrase",
                first.kind,
                first.code,
                at(first.pos)
            ),
        )),
        None => taken.push((name, owner)),
    }
}

/// The first character RFC 9112, Section 4 does not allow in a
/// `reason-phrase`, which is `1*( HTAB / SP / VCHAR / obs-text )`.
///
/// Characters beyond ASCII are encoded in UTF-8 as bytes 0x80 to 0xFF, all
/// of which are `obs-text`; what remains forbidden are the ASCII controls
/// other than the tab, among them CR and LF, which would end the status line.
pub fn reason_phrase_fault(phrase: &str) -> Option<(usize, char)> {
    phrase
        .chars()
        .enumerate()
        .find(|&(_, c)| !(c == '\t' || c == ' ' || c.is_ascii_graphic() || !c.is_ascii()))
}

fn check_phrase(what: &str, phrase: &str, code: u16, pos: Pos, errors: &mut Vec<DataError>) {
    if let Some((at, c)) = reason_phrase_fault(phrase) {
        errors.push(DataError::new(
            pos,
            format!(
                "{what} {phrase:?} of {code} holds the control character U+{:04X} at character {}; \
                 a reason phrase may hold only tabs, spaces, visible ASCII characters and \
                 non-ASCII text (`reason-phrase` in RFC 9112, Section 4), since a CR or LF \
                 would end the status line; remove it",
                u32::from(c),
                at + 1
            ),
        ));
    }
}

/// Whether `name` is a `token`, the form of a field name (RFC 9110,
/// Sections 5.1 and 5.6.2).
pub fn is_field_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

fn check_header(code: u16, header: &crate::model::Header, errors: &mut Vec<DataError>) {
    if !is_field_name(&header.name) {
        errors.push(DataError::new(
            header.pos,
            format!(
                "header {:?} of {code} is not a field name: a field name is a `token` \
                 (RFC 9110, Section 5.1), letters, digits and !#$%&'*+-.^_`|~ with no \
                 space, such as \"Retry-After\"",
                header.name
            ),
        ));
    }
    if let Some(reference) = &header.reference {
        if let Err(part) = crate::reference::links(reference) {
            errors.push(DataError::new(
                header.pos,
                format!(
                    "reference {part:?} of header {:?} of {code} is not of the form \
                     \"RFC 9110, Section 15.5.5\" or \"RFC 9110\"",
                    header.name
                ),
            ));
        }
    }
}

fn check_entry(entry: &Entry, errors: &mut Vec<DataError>) {
    let code = entry.code.value;
    check_phrase(
        "phrase",
        &entry.phrase.value,
        code,
        entry.phrase.pos,
        errors,
    );
    for alias in &entry.aliases {
        check_phrase("alias", &alias.phrase.value, code, alias.phrase.pos, errors);
    }
    match (entry.registry, &entry.deprecated) {
        (Registry::Deprecated | Registry::Obsoleted, None) => errors.push(DataError::new(
            entry.pos_of("registry"),
            format!(
                "{code} is marked `registry = \"{}\"` but has no reason; \
                 add `deprecated = \"why it should not be used\"`",
                entry.registry.as_str()
            ),
        )),
        (Registry::Assigned, Some(_)) => errors.push(DataError::new(
            entry.pos_of("deprecated"),
            format!(
                "{code} has `deprecated` but its `registry` is \"assigned\" (the default); \
                 if the registry deprecates it, add `registry = \"deprecated\"` or \"obsoleted\", \
                 otherwise remove `deprecated`"
            ),
        )),
        _ => {}
    }
    if entry.reserved {
        for key in ["name", "constant"] {
            if entry.keys.iter().any(|(k, _)| *k == key) {
                errors.push(DataError::new(
                    entry.pos_of(key),
                    format!(
                        "{code} is reserved, so it has no variant and no constant to give a \
                         `{key}`; remove `{key}`, or remove `reserved = true` to make it usable"
                    ),
                ));
            }
        }
    }
    if entry.redirect.is_some() && code / 100 != 3 {
        errors.push(DataError::new(
            entry.pos_of("redirect"),
            format!("{code} has `redirect`, but only 3xx codes redirect; remove the key"),
        ));
    }
    for header in &entry.headers {
        check_header(code, header, errors);
    }
    if let Some(reference) = &entry.reference {
        if let Err(part) = crate::reference::links(reference) {
            errors.push(DataError::new(
                entry.pos_of("reference"),
                format!(
                    "reference {part:?} of {code} is not of the form \"RFC 9110, Section 15.5.5\" \
                     or \"RFC 9110\"; join several with \"; \""
                ),
            ));
        }
    }
}

/// Loading for tests whose data is about something else than the `x00`
/// codes.
#[cfg(test)]
pub mod testing {
    use super::*;
    use crate::parse::parse;

    /// A minimal entry for `code`, as test input.
    pub fn entry(code: &str, phrase: &str) -> String {
        format!("[[status]]\ncode = {code}\nphrase = \"{phrase}\"\ndescription = \"d\"\n\n")
    }

    /// Asserts that `found` is one problem, whose message has every part.
    pub fn assert_single(found: &[String], expected: &[&str]) {
        assert_eq!(found.len(), 1, "expected one problem, got {found:#?}");
        for part in expected {
            assert!(found[0].contains(part), "{:?} lacks {part:?}", found[0]);
        }
    }

    /// Parses `text`, adds the `x00` codes it lacks where they belong in
    /// the order, as merging another file would, and validates the result.
    pub fn with_class_codes(text: &str) -> Result<Codes, Vec<DataError>> {
        let (mut entries, errors) = parse(text);
        let mut extra = String::new();
        for code in [100, 200, 300, 400, 500] {
            if !entries.iter().any(|e| e.code.value == code) {
                extra += &format!(
                    "[[status]]\ncode = {code}\nphrase = \"Class {code}\"\ndescription = \"x00\"\n"
                );
            }
        }
        let (added, added_errors) = parse(&extra);
        assert_eq!(added_errors, Vec::new());
        for entry in added {
            let at = entries
                .iter()
                .position(|e| e.code.value > entry.code.value)
                .unwrap_or(entries.len());
            entries.insert(at, entry);
        }
        validate(entries, errors)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{assert_single, entry, with_class_codes};
    use super::{check_class_codes, validate, validate_set, validate_with};

    /// Parses and validates, returning the messages only.
    fn problems(text: &str) -> Vec<String> {
        match with_class_codes(text) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    fn assert_one(text: &str, expected: &[&str]) {
        assert_single(&problems(text), expected);
    }

    #[test]
    fn a_minimal_entry_is_complete() {
        let codes = with_class_codes(&entry("599", "Example Phrase")).expect("valid");
        let e = codes.get(599).unwrap();
        assert_eq!(
            e.name.as_ref().map(|n| n.value.as_str()),
            Some("ExamplePhrase")
        );
        assert_eq!(
            e.constant.as_ref().map(|n| n.value.as_str()),
            Some("EXAMPLE_PHRASE")
        );
        assert!(e.content && !e.cacheable && e.headers.is_empty() && e.redirect.is_none());
        let codes = with_class_codes(&entry("199", "Example")).unwrap();
        assert!(!codes.get(199).unwrap().content, "1xx carries no content");
    }

    #[test]
    fn duplicate_code() {
        let text = entry("404", "Not Found") + &entry("404", "Missing");
        assert_one(
            &text,
            &[
                "codes.toml:7:8:",
                "code 404 appears twice (first at codes.toml:2:8)",
            ],
        );
    }

    #[test]
    fn code_out_of_range() {
        assert_one(
            &entry("99", "Low"),
            &["codes.toml:2:8:", "code 99 is outside 100 to 599"],
        );
        assert_one(&entry("4040", "Typo"), &["code 4040 is outside 100 to 599"]);
        assert_one(&entry("600", "Six"), &["classes only for 1xx to 5xx"]);
        assert_one(&entry("70000", "Huge"), &["code 70000 is outside"]);
        assert_one(&entry("-1", "Negative"), &["code -1 is outside"]);
    }

    #[test]
    fn codes_out_of_order() {
        let text = entry("410", "Gone") + &entry("404", "Not Found");
        assert_one(
            &text,
            &[
                "codes.toml:7:8:",
                "code 404 is out of order",
                "move it before 410",
            ],
        );
    }

    #[test]
    fn same_identifier_twice() {
        let text = entry("404", "Not Found") + &entry("405", "Not-Found");
        let found = problems(&text);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found[0].contains("variant `NotFound` of 405 is already the variant of 404"));
        assert!(found[1].contains("constant `NOT_FOUND` of 405 is already the constant of 404"));
    }

    #[test]
    fn alias_colliding_with_a_constant() {
        let text = entry("404", "Not Found")
            + "[[status]]\ncode = 410\nphrase = \"Gone\"\ndescription = \"d\"\naliases = [\"Not Found\"]\n";
        assert_one(
            &text,
            &[
                "codes.toml:10:12:",
                "constant `NOT_FOUND` of 410 is already the constant of 404",
            ],
        );
    }

    #[test]
    fn identifiers_that_clash_with_generated_or_own_names() {
        assert_one(
            &entry("299", "All"),
            &[
                "constant `ALL` of 299 would clash with `Status::ALL`",
                "give it another `constant`",
            ],
        );
        // Variants and constants share `Status::`.
        let text = entry("200", "OK")
            + "[[status]]\ncode = 410\nphrase = \"Gone\"\ndescription = \"d\"\nname = \"OK\"\n";
        assert_one(
            &text,
            &["variant `OK` of 410 is already the constant of 200 (at codes.toml:3:10)"],
        );
        // An alias that spells the current phrase again.
        let text = "[[status]]\ncode = 404\nphrase = \"Not Found\"\ndescription = \"d\"\n\
                    aliases = [\"Not-Found\"]\n";
        assert_one(
            text,
            &["constant `NOT_FOUND` of 404 is already the constant of 404"],
        );
    }

    #[test]
    fn phrase_without_identifier() {
        assert_one(
            &entry("404", "404!"),
            &[
                "codes.toml:3:10:",
                "yields no Rust name: an identifier needs a letter first",
                "add `name =",
            ],
        );
        // An explicit name and constant fix it.
        let fixed = format!(
            "{}\nname = \"Four\"\nconstant = \"FOUR\"\n",
            entry("404", "404!").trim_end()
        );
        assert_eq!(problems(&fixed), Vec::<String>::new());
    }

    #[test]
    fn reserved_entries_need_no_identifier() {
        let text = format!("{}\nreserved = true\n", entry("306", "(306)").trim_end());
        assert_eq!(problems(&text), Vec::<String>::new());
    }

    #[test]
    fn every_problem_is_reported_in_one_pass() {
        let text = entry("404", "Not Found")
            + "[[status]]\ncode = 200\nphrase = \"OK\"\ndescription = \"d\"\nbogus = 1\n\n"
            + "[[status]]\ncode = 500\nphrase = \"Oops\"\n\n"
            + &entry("404", "Not Found");
        let found = problems(&text);
        assert_eq!(found.len(), 4, "{found:#?}");
        assert!(
            found[0].contains("code 200 is out of order"),
            "{}",
            found[0]
        );
        assert!(found[1].contains("unknown key `bogus`"));
        assert!(found[2].contains("missing required key `description` of the entry for 500"));
        // A duplicate is reported once, not again as a clash of its names.
        assert!(found[3].contains("code 404 appears twice"));
    }

    #[test]
    fn values_that_contradict_the_rules() {
        let base = entry("305", "Use Proxy");
        let base = base.trim_end();
        assert_one(
            &format!("{base}\nregistry = \"deprecated\"\n"),
            &["codes.toml:5:1:", "has no reason", "add `deprecated ="],
        );
        assert_one(
            &format!("{base}\nname = \"not_found\"\n"),
            &[
                "codes.toml:5:8:",
                "is not an UpperCamelCase Rust identifier",
            ],
        );
        assert_one(
            &format!("{base}\nconstant = \"NotFound\"\n"),
            &["is not a SCREAMING_SNAKE_CASE Rust identifier"],
        );
        assert_one(
            &format!("{base}\nreference = \"the web\"\n"),
            &[
                "codes.toml:5:1:",
                "reference \"the web\" of 305 is not of the form",
            ],
        );
    }
    #[test]
    fn phrases_follow_the_reason_phrase_grammar() {
        let found = problems(&entry("404", "Not Found\\r\\nSet-Cookie: x=1"));
        assert_eq!(found.len(), 1, "{found:#?}");
        for part in [
            "codes.toml:3:10:",
            "U+000D at character 10",
            "`reason-phrase` in RFC 9112, Section 4",
            "remove it",
        ] {
            assert!(found[0].contains(part), "{:?} lacks {part:?}", found[0]);
        }
        assert_one(&entry("404", "Not\\u0000Found"), &["U+0000"]);
        assert_one(&entry("404", "Not\\u007fFound"), &["U+007F"]);
        // Aliases reach `from_phrase` and the docs: the same rule.
        let alias = format!(
            "{}\naliases = [\"Old\\nPhrase\"]\n",
            entry("404", "Not Found").trim_end()
        );
        assert_one(&alias, &["alias \"Old\\nPhrase\" of 404", "U+000A"]);
        // HTAB, SP, VCHAR and obs-text (any text beyond ASCII) are allowed.
        let fine = format!(
            "{}\nname = \"Fine\"\nconstant = \"FINE\"\n",
            entry("404", "Tab\\there ~!|` caf\u{e9}").trim_end()
        );
        assert_eq!(problems(&fine), Vec::<String>::new());
    }

    #[test]
    fn every_class_needs_its_x00_code() {
        let (entries, errors) = crate::parse::parse(
            &(entry("100", "Continue")
                + &entry("200", "OK")
                + &entry("404", "Not Found")
                + &entry("500", "Internal Server Error")),
        );
        assert!(errors.is_empty());
        let found: Vec<String> = validate(entries, errors)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(
            found[0].starts_with("codes.toml:11:1: there is no entry for 300")
                && found[0].contains("before the entry for 404"),
            "{}",
            found[0]
        );
        assert!(
            found[1].contains("there is no entry for 400"),
            "{}",
            found[1]
        );
        // One check over the final list, as a registry merging files needs;
        // a set that registries extend is checked without it.
        assert!(check_class_codes(&[]).len() == 5);
        let (entries, errors) = crate::parse::parse(&entry("499", "Client Closed Request"));
        assert!(validate_set(entries, errors).is_ok());
        // Only the file being read is pointed at, never a set it extends.
        let (mut inherited, _) = crate::parse::parse(&entry("499", "Client Closed Request"));
        inherited[0].pos.set = Some("nginx");
        let (own, _) = crate::parse::parse(&(entry("100", "Continue") + &entry("200", "OK")));
        let found = validate_with(own, inherited, Vec::new()).unwrap_err();
        assert!(found.iter().all(|e| e.pos.set.is_none()), "{found:#?}");
        assert_eq!(found[0].pos.line, 6, "{found:#?}");
        assert!(
            found[0]
                .message
                .ends_with("after this entry, or add \"iana\" to `extends`"),
            "{found:#?}"
        );
        let reserved = format!("{}\nreserved = true\n", entry("500", "Oops").trim_end());
        assert_one(
            &reserved,
            &["codes.toml:5:1:", "500 is reserved, but it needs a variant"],
        );
    }

    #[test]
    fn a_mistyped_code_is_one_error() {
        // Not also "out of order" after 404, nor a missing 500.
        let text = entry("404", "Not Found") + &entry("0", "Internal Server Error");
        assert_one(&text, &["codes.toml:7:8:", "code 0 is outside 100 to 599"]);
    }

    #[test]
    fn phrases_that_derive_no_good_name() {
        assert_one(
            &entry("404", "N\u{e3}o Encontrado"),
            &[
                "codes.toml:3:10:",
                "a character outside ASCII",
                "add `name = \"SomeName\"` and `constant = \"SOME_NAME\"`",
            ],
        );
        assert_one(&entry("404", "Self"), &["`Self`, which is a Rust keyword"]);
        let explicit = format!("{}\nname = \"Self\"\n", entry("404", "Me").trim_end());
        assert_one(
            &explicit,
            &["codes.toml:5:8:", "`name` = \"Self\" is a Rust keyword"],
        );
    }

    #[test]
    fn keys_that_contradict_each_other_are_reported_at_the_key() {
        let base = entry("404", "Not Found");
        let base = base.trim_end();
        assert_one(
            &format!("{base}\ndeprecated = \"old\"\n"),
            &[
                "codes.toml:5:1:",
                "`deprecated` but its `registry` is \"assigned\"",
            ],
        );
        // An unused code may say why.
        assert_eq!(
            problems(&format!(
                "{base}\nregistry = \"unused\"\ndeprecated = \"old\"\n"
            )),
            Vec::<String>::new()
        );
        let reserved = format!("{}\nreserved = true\n", entry("306", "(Unused)").trim_end());
        assert_one(
            &format!("{reserved}name = \"Unused\"\n"),
            &["codes.toml:6:1:", "306 is reserved", "remove `name`"],
        );
        assert_one(
            &format!("{reserved}constant = \"UNUSED\"\n"),
            &["codes.toml:6:1:", "remove `constant`"],
        );
        assert_one(
            &format!("{base}\ncacheable = true\nredirect = \"change-to-get\"\n"),
            &["codes.toml:6:1:", "only 3xx codes redirect"],
        );
    }

    #[test]
    fn header_names_are_field_names() {
        let base = entry("405", "Method Not Allowed");
        let base = base.trim_end();
        assert_one(
            &format!("{base}\nheaders = [\"Allow\\r\\nSet-Cookie: x=1\"]\n"),
            &[
                "codes.toml:5:12:",
                "is not a field name",
                "RFC 9110, Section 5.1",
            ],
        );
        assert_one(
            &format!("{base}\nheaders = [{{ name = \"Retry After\" }}]\n"),
            &[
                "codes.toml:5:21:",
                "header \"Retry After\" of 405 is not a field name",
            ],
        );
        assert_one(
            &format!("{base}\nheaders = [{{ name = \"Allow\", reference = \"the RFC\" }}]\n"),
            &["reference \"the RFC\" of header \"Allow\" of 405 is not of the form"],
        );
        let fine = format!("{base}\nheaders = [\"Allow\", {{ name = \"X-Custom_1!\" }}]\n");
        assert_eq!(problems(&fine), Vec::<String>::new());
    }
}
