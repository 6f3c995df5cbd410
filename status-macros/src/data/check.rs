//! Every rule about a codes file's data, in one place: how a file merges
//! with the sets it extends, range and uniqueness of codes, the identifiers
//! the generator needs, the text that goes into a status line or the
//! documentation, the vendor keys, and keys that contradict each other.
//! [`check`] is the one entry point; each rule adds to the errors and goes
//! on, so one build shows every problem.

use crate::collect::Errors;
use crate::data::model::{At, Codes, Entry, File, Kind, Pos, Registration, Vendor};
use crate::data::names::{self, Case};
use crate::data::problem::{DataError, FILE, file_of, out_of_range};

/// A built-in set by name, checked: how `check` finds what `extends` names
/// without depending on where the sets come from.
pub type Sets = fn(&str) -> Option<&'static Result<Codes, Vec<DataError>>>;

/// Checks a file that has been read, merges it with the sets it extends
/// and returns the entries in ascending order of code. Whatever is wrong
/// is in `errors`; the entries are then only what could be salvaged.
pub fn check(file: File, kind: Kind, sets: Sets, errors: &mut Errors<DataError>) -> Codes {
    let extends_iana = file.extends_iana();
    let File {
        extends,
        mut entries,
    } = file;
    for entry in &mut entries {
        entry.vendor = vendor(entry, errors);
    }
    let (own, inherited) = match kind {
        Kind::User => merge(extends.unwrap_or_default(), entries, sets, errors),
        Kind::Iana | Kind::Vendor => {
            if let Some(first) = extends.iter().flatten().next() {
                errors.push(DataError::new(
                    first.pos,
                    "a built-in set extends no other set; remove `extends`",
                ));
            }
            (entries, Vec::new())
        }
    };
    Codes {
        entries: check_merged(own, inherited, kind, errors),
        extends_iana,
    }
}

/// The rules over a file's own entries and those it inherits from the
/// sets it extends, which are valid on their own. Range and each entry's
/// keys are the file's own business; identifiers must be unique across
/// everything that ends up in one enum, and every `x00` code must be there.
fn check_merged(
    own: Vec<Entry>,
    inherited: Vec<Entry>,
    kind: Kind,
    errors: &mut Errors<DataError>,
) -> Vec<Entry> {
    check_codes(&own, errors);
    for entry in &own {
        check_entry(entry, errors);
    }
    let mut entries = own;
    entries.extend(inherited);
    crate::data::problem::sort_by_key(&mut entries, |e| e.code.value);
    check_identifiers(&entries, errors);
    // A missing `x00` code is only worth saying about data without other
    // problems: an entry that could not be read, or a mistyped code, would
    // show up as one too.
    if kind != Kind::Vendor && errors.is_empty() {
        check_class_codes(&entries, errors);
    }
    entries
}

/// Merges a user's entries with the sets named by its `extends`: returns
/// the file's own entries and the inherited ones it does not replace.
///
/// A code that two extended sets both define is an error naming both,
/// unless the file has its own entry for it with `override = true`. A code
/// the file repeats from a set is an error unless that entry says
/// `override = true`, in which case it replaces the set's.
fn merge(
    extends: Vec<At<String>>,
    own: Vec<Entry>,
    sets: Sets,
    errors: &mut Errors<DataError>,
) -> (Vec<Entry>, Vec<Entry>) {
    // Indexed by code: the sets that define it, in `extends` order.
    let mut inherited: Vec<Vec<(&'static str, &'static Entry)>> = Vec::new();
    let mut named: Vec<&At<String>> = Vec::new();
    for name in &extends {
        if let Some(first) = named.iter().find(|n| n.value == name.value) {
            errors.push(DataError::new(
                name.pos,
                format!(
                    "set \"{}\" is already in `extends` (at column {}); list each set once",
                    name.value, first.pos.column
                ),
            ));
            continue;
        }
        named.push(name);
        let Some(set) = status_vocab::Set::named(&name.value) else {
            errors.push(DataError::new(
                name.pos,
                format!(
                    "unknown set \"{}\" in `extends`; the sets are {}",
                    name.value,
                    set_names()
                ),
            ));
            continue;
        };
        match sets(set.name()) {
            Some(Ok(codes)) => {
                for entry in &codes.entries {
                    let code = usize::from(entry.code.value);
                    if inherited.len() <= code {
                        inherited.resize_with(code + 1, Vec::new);
                    }
                    if let Some(sets) = inherited.get_mut(code) {
                        sets.push((set.name(), entry));
                    }
                }
            }
            // The built-in sets are tested to be valid; say so if one is not.
            _ => errors.push(DataError::new(
                name.pos,
                format!(
                    "the built-in set \"{}\" is invalid; please report this",
                    set.name()
                ),
            )),
        }
    }

    // Indexed by code, like `inherited`: whether the file replaces it.
    let mut replaced = vec![false; inherited.len()];
    let mut kept_own = Vec::new();
    for entry in own {
        let code = entry.code.value;
        let sets = inherited
            .get(usize::from(code))
            .and_then(|sets| sets.first());
        match (sets, entry.replaces) {
            (Some(&(set, _)), true) => {
                if entry.reserved {
                    reserved_override(&entry, set, errors);
                }
                if let Some(flag) = replaced.get_mut(usize::from(code)) {
                    *flag = true;
                }
                kept_own.push(entry);
            }
            (Some(&(set, theirs)), false) => {
                errors.push(DataError::new(
                    entry.code.pos,
                    format!(
                        "{code} is already in the \"{set}\" set (as \"{}\", at {}); \
                         to replace that entry with yours, add `override = true`, \
                         or delete yours",
                        theirs.phrase.value,
                        at(theirs.pos)
                    ),
                ));
            }
            (None, true) => {
                let sets = if extends.is_empty() {
                    "this file extends no set".to_owned()
                } else {
                    format!(
                        "none of {} has it",
                        extends
                            .iter()
                            .map(|n| format!("\"{}\"", n.value))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                errors.push(DataError::new(
                    entry.pos,
                    format!(
                        "{code} has `override = true`, but {sets}, so there is nothing \
                         to override; remove `override`"
                    ),
                ));
                kept_own.push(entry);
            }
            (None, false) => kept_own.push(entry),
        }
    }

    let mut taken = Vec::new();
    for (code, sets) in inherited.iter().enumerate() {
        let Ok(code) = u16::try_from(code) else {
            break;
        };
        if sets.is_empty() || replaced.get(usize::from(code)) == Some(&true) {
            continue;
        }
        if let [(first, theirs), (second, other), ..] = sets.as_slice() {
            let pos = extends
                .iter()
                .find(|n| n.value == *second)
                .map_or(Pos::default(), |n| n.pos);
            errors.push(DataError::new(
                pos,
                format!(
                    "{code} is defined by both \"{first}\" (\"{}\") and \"{second}\" (\"{}\"); \
                     add your own `[[status]]` entry for {code} with `override = true` \
                     to say which one you mean",
                    theirs.phrase.value, other.phrase.value
                ),
            ));
        }
        if let Some((_, entry)) = sets.first() {
            taken.push((*entry).clone());
        }
    }
    (kept_own, taken)
}

/// `override = true` with `reserved = true` would take a code of a set
/// away from the enum: a status of that set would then have nothing to
/// convert to. Refused, so that no status ever converts to another code.
fn reserved_override(entry: &Entry, set: &str, errors: &mut Errors<DataError>) {
    let code = entry.code.value;
    errors.push(DataError::new(
        entry.pos_of("reserved"),
        format!(
            "{code} has `override = true` and `reserved = true`, which would remove \
             the \"{set}\" set's {code} from this enum, so a {set} status of {code} \
             could not convert to it; remove `reserved = true` to replace the entry, \
             or remove your entry to keep the set's"
        ),
    ));
}

/// The names of the built-in sets, for messages.
fn set_names() -> String {
    status_vocab::Set::NAMES
        .iter()
        .map(|name| format!("\"{name}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The keys that say who defines a code outside the IANA registry, checked
/// together: `vendor` needs `source` and `reaches-clients`, and `sent-as`
/// only makes sense for a code that does not reach clients.
fn vendor(entry: &Entry, errors: &mut Errors<DataError>) -> Option<Vendor> {
    let keys = &entry.vendor_keys;
    let Some(name) = &keys.name else {
        for (key, found) in [
            ("source", keys.source.as_ref().map(|s| s.pos)),
            (
                "reaches-clients",
                keys.reaches_clients.as_ref().map(|r| r.pos),
            ),
            ("sent-as", keys.sent_as.as_ref().map(|s| s.pos)),
        ] {
            if let Some(found) = found {
                errors.push(DataError::new(
                    found,
                    format!(
                        "`{key}` describes a vendor's code; add `vendor = \"...\"` \
                         naming who defines it, or remove `{key}`"
                    ),
                ));
            }
        }
        return None;
    };
    let mut valid = check_text("vendor", &name.value, entry.code.value, name.pos, errors);
    let (Some(source), Some(reaches_clients)) = (&keys.source, &keys.reaches_clients) else {
        let missing = match (&keys.source, &keys.reaches_clients) {
            (None, None) => "`source` and `reaches-clients`",
            (None, Some(_)) => "`source`",
            _ => "`reaches-clients`",
        };
        errors.push(DataError::new(
            name.pos,
            format!(
                "a vendor's code needs {missing}: the page of the vendor's own documentation \
                 that defines it, and whether clients ever receive it; add for example \
                 `source = \"https://...\"` and `reaches-clients = false`"
            ),
        ));
        return None;
    };
    if let Err(why) = check_source(&source.value) {
        errors.push(DataError::new(
            source.pos,
            format!(
                "`source` must be an https:// address of the vendor's own documentation; \
                 {why}"
            ),
        ));
        valid = false;
    }
    let mut sent_as = None;
    if let Some(written) = &keys.sent_as {
        match u16::try_from(written.value) {
            Ok(code) if status_vocab::is_in_range(code) => sent_as = Some(code),
            _ => {
                errors.push(DataError::new(
                    written.pos,
                    format!(
                        "`sent-as = {}` is not a status code; use a code from 100 to 599",
                        written.value
                    ),
                ));
                valid = false;
            }
        }
        if reaches_clients.value {
            errors.push(DataError::new(
                written.pos,
                "`sent-as` names what clients receive instead of a code that never reaches \
                 them; remove it, or set `reaches-clients = false`",
            ));
        }
    }
    valid.then(|| Vendor {
        name: name.value.clone(),
        source: source.value.clone(),
        reaches_clients: reaches_clients.value,
        sent_as,
    })
}

/// Why `source` is not a link the documentation can show as it is: an
/// `https://` address with a host, and no space, quote, angle bracket or
/// control character, any of which would end or break the link.
pub fn check_source(source: &str) -> Result<(), &'static str> {
    let Some(rest) = source.strip_prefix("https://") else {
        return Err("it does not start with `https://`");
    };
    if rest.is_empty() || rest.starts_with('/') {
        return Err("it names no host");
    }
    match source
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`'))
    {
        true => Err(
            "it holds a space, quote, angle bracket or control character, which would break the link",
        ),
        false => Ok(()),
    }
}

/// Text that reaches documentation and messages, such as a description or
/// a vendor's name: any text but control characters, which would break
/// the line it is shown on or hide what follows. A description may span
/// lines, in a file with either line ending: the tab, LF and CR are its
/// only controls.
fn check_text(what: &str, text: &str, code: u16, pos: Pos, errors: &mut Errors<DataError>) -> bool {
    let multiline = what == "description";
    let fault = text.chars().enumerate().find(|&(_, c)| {
        let allowed = c == '\t' || (multiline && matches!(c, '\n' | '\r'));
        (c.is_control() && !allowed)
            || status_vocab::PhraseFault::of(c).is_some_and(|f| {
                matches!(
                    f,
                    status_vocab::PhraseFault::Bidi | status_vocab::PhraseFault::LineSeparator
                )
            })
    });
    let Some((i, c)) = fault else {
        return true;
    };
    errors.push(DataError::new(
        pos,
        format!(
            "{what} of {code} holds the control character U+{:04X} at character {}; \
             remove it",
            u32::from(c),
            i + 1
        ),
    ));
    false
}

/// Requires the `x00` code of every class, 100 to 500, each with a variant.
///
/// A client treats a code it does not recognise as the `x00` code of its
/// class (RFC 9110, Section 15), and `Status::understand` answers with that
/// variant. It runs over the final list of entries, in ascending order,
/// after any merging of files.
fn check_class_codes(entries: &[Entry], errors: &mut Errors<DataError>) {
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
}

fn at(pos: Pos) -> String {
    format!("{}:{}:{}", file_of(pos, FILE), pos.line, pos.column)
}

/// Every code in range and written once. Their order is free: the
/// entries are sorted after the checks.
fn check_codes(entries: &[Entry], errors: &mut Errors<DataError>) {
    // Where each code in range was first seen, indexed by the code.
    let mut seen: Vec<Option<Pos>> = vec![None; usize::from(status_vocab::LAST_CODE) + 1];
    for entry in entries {
        let code = entry.code.value;
        if !status_vocab::is_in_range(code) {
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
fn check_identifiers(entries: &[Entry], errors: &mut Errors<DataError>) {
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
fn is_written_well(
    name: &At<String>,
    key: &str,
    case: Case,
    errors: &mut Errors<DataError>,
) -> bool {
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
/// `taken` is sorted by name.
fn claim<'e>(
    taken: &mut Vec<(&'e str, Owner)>,
    name: &'e str,
    owner: Owner,
    errors: &mut Errors<DataError>,
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
    let first = match taken.binary_search_by(|(taken, _)| (*taken).cmp(name)) {
        Ok(i) => taken.get(i).map(|(_, first)| first),
        Err(i) => {
            taken.insert(i, (name, owner));
            return;
        }
    };
    match first {
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
        None => {}
    }
}

/// A reason phrase or alias goes into the status line, logs and the
/// documentation: status-vocab's rule says which characters it may hold,
/// and it is never trimmed into shape.
fn check_phrase(what: &str, phrase: &str, code: u16, pos: Pos, errors: &mut Errors<DataError>) {
    if let Err(error) = status_vocab::check_phrase(phrase) {
        errors.push(DataError::new(
            pos,
            format!("{what} {phrase:?} of {code} holds the {error}; remove it"),
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

fn check_header(code: u16, header: &crate::data::model::Header, errors: &mut Errors<DataError>) {
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
        if let Err(part) = crate::data::reference::links(reference) {
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

fn check_entry(entry: &Entry, errors: &mut Errors<DataError>) {
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
    check_text(
        "description",
        &entry.description,
        code,
        entry.pos_of("description"),
        errors,
    );
    match (entry.registration, &entry.deprecated) {
        (Registration::Deprecated | Registration::Obsoleted, None) => errors.push(DataError::new(
            entry.pos_of("registry"),
            format!(
                "{code} is marked `registry = \"{}\"` but has no reason; \
                 add `deprecated = \"why it should not be used\"`",
                entry.registration.keyword()
            ),
        )),
        (Registration::Assigned, Some(_)) => errors.push(DataError::new(
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
        if let Err(part) = crate::data::reference::links(reference) {
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
    use crate::collect::collect;
    use crate::data::read::parse;

    /// The entries of a file that stands alone, checked, after the problems
    /// reading them.
    pub fn check_alone(
        entries: Vec<Entry>,
        errors: Vec<DataError>,
    ) -> Result<Codes, Vec<DataError>> {
        check_as(entries, Vec::new(), errors, Kind::Iana)
    }

    /// The same for a set that registries extend, which needs no `x00`
    /// codes.
    pub fn check_vendor_set(
        entries: Vec<Entry>,
        errors: Vec<DataError>,
    ) -> Result<Codes, Vec<DataError>> {
        check_as(entries, Vec::new(), errors, Kind::Vendor)
    }

    /// The same for a file's own entries and those it inherits.
    pub fn check_user(
        own: Vec<Entry>,
        inherited: Vec<Entry>,
        errors: Vec<DataError>,
    ) -> Result<Codes, Vec<DataError>> {
        check_as(own, inherited, errors, Kind::User)
    }

    fn check_as(
        mut own: Vec<Entry>,
        inherited: Vec<Entry>,
        found: Vec<DataError>,
        kind: Kind,
    ) -> Result<Codes, Vec<DataError>> {
        collect(|errors| {
            errors.extend(found);
            for entry in &mut own {
                entry.vendor = vendor(entry, errors);
            }
            Codes {
                entries: check_merged(own, inherited, kind, errors),
                extends_iana: false,
            }
        })
        .map_err(|mut problems| {
            crate::data::problem::sort(&mut problems);
            problems
        })
    }

    /// What the `x00` rule alone says about `entries`.
    pub fn check_class_codes(entries: &[Entry]) -> Vec<DataError> {
        collect(|errors| super::check_class_codes(entries, errors))
            .err()
            .unwrap_or_default()
    }

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
    /// the order, as merging another file would, and checks the result.
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
        check_alone(entries, errors)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{assert_single, entry, with_class_codes};
    use super::testing::{check_alone, check_class_codes, check_user, check_vendor_set};

    /// Reads and checks, returning the messages only.
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
    fn entries_may_come_in_any_order_and_are_sorted() {
        let text = entry("499", "Client Closed Request")
            + &entry("410", "Gone")
            + &entry("404", "Not Found");
        let codes = with_class_codes(&text).unwrap_or_else(|e| panic!("{e:?}"));
        let order: Vec<u16> = codes.entries.iter().map(|e| e.code.value).collect();
        assert_eq!(order, [100, 200, 300, 400, 404, 410, 499, 500]);
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
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(found[0].contains("unknown key `bogus`"));
        assert!(found[1].contains("missing required key `description` of the entry for 500"));
        // A duplicate is reported once, not again as a clash of its names.
        assert!(found[2].contains("code 404 appears twice"));
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
            "a CR or LF ends the status line",
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
        let (entries, errors) = crate::data::read::parse(
            &(entry("100", "Continue")
                + &entry("200", "OK")
                + &entry("404", "Not Found")
                + &entry("500", "Internal Server Error")),
        );
        assert!(errors.is_empty());
        let found: Vec<String> = check_alone(entries, errors)
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
        let (entries, errors) = crate::data::read::parse(&entry("499", "Client Closed Request"));
        assert!(check_vendor_set(entries, errors).is_ok());
        // Only the file being read is pointed at, never a set it extends.
        let (mut inherited, _) = crate::data::read::parse(&entry("499", "Client Closed Request"));
        inherited[0].pos.set = Some("nginx");
        let (own, _) = crate::data::read::parse(&(entry("100", "Continue") + &entry("200", "OK")));
        let found = check_user(own, inherited, Vec::new()).unwrap_err();
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
    fn phrases_are_never_trimmed_and_refuse_every_control() {
        for (phrase, written) in [
            ("Not Found\\r\\n", "U+000D at character 10"),
            ("\\nNot Found", "U+000A at character 1"),
            ("Not\\u0085Found", "U+0085"),
            ("Not\\u009bFound", "U+009B"),
            ("Not\\u2028Found", "U+2028"),
            ("Not\\u2029Found", "U+2029"),
            ("\\u202eNot Found", "U+202E"),
            ("Not\\u061cFound", "U+061C"),
            ("Not\\u200eFound", "U+200E"),
            ("Not\\u2066Found", "U+2066"),
        ] {
            assert_one(
                &entry("404", phrase),
                &["codes.toml:3:10:", written, "remove it"],
            );
        }
        // Text beyond ASCII stays, as obs-text allows.
        let fine = format!(
            "{}\nname = \"Fine\"\nconstant = \"FINE\"\n",
            entry("404", "Não Encontrado").trim_end()
        );
        assert_eq!(problems(&fine), Vec::<String>::new());
    }

    #[test]
    fn descriptions_vendors_and_sources_are_checked_for_their_use() {
        let base = "[[status]]\ncode = 499\nphrase = \"Client Closed Request\"\n";
        let vendor = "vendor = \"nginx\"\nreaches-clients = false\n";
        let found = problems(&format!(
            "{base}description = \"Gone\\u001b[2J\"\n{vendor}source = \"https://nginx.org/\"\n"
        ));
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].contains("description of 499 holds the control character U+001B"));
        // A description may span lines; a vendor's name may not.
        assert_eq!(
            problems(&format!(
                "{base}description = \"\"\"\nOne.\nTwo.\"\"\"\n{vendor}source = \"https://nginx.org/\"\n"
            )),
            Vec::<String>::new()
        );
        let found = problems(&format!(
            "{base}description = \"d\"\nvendor = \"ng\\ninx\"\nreaches-clients = false\n\
             source = \"https://nginx.org/\"\n"
        ));
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].contains("vendor of 499 holds the control character U+000A"));
        for (source, why) in [
            ("http://nginx.org/", "does not start with `https://`"),
            ("https://", "names no host"),
            ("https:///path", "names no host"),
            ("https://nginx.org/a b", "space, quote, angle bracket"),
            (
                "https://nginx.org/\\\"onclick",
                "space, quote, angle bracket",
            ),
            ("https://nginx.org/<script>", "space, quote, angle bracket"),
        ] {
            let found = problems(&format!(
                "{base}description = \"d\"\n{vendor}source = \"{source}\"\n"
            ));
            assert_eq!(found.len(), 1, "{source}: {found:#?}");
            assert!(found[0].contains(why), "{source}: {found:#?}");
        }
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
