//! Reading a codes file into a [`File`] of [`Entry`] values.
//!
//! This step reads what each `[[status]]` table says: syntax, keys, types
//! and keywords. What the values mean together, and every rule about them,
//! is the business of `check`, which this module knows nothing of. Every
//! problem is collected rather than returned at the first, so one build
//! shows all of them.

use crate::collect::Errors;
use crate::data::model::{Alias, At, Entry, File, Header, Pos, Redirect, Registration, VendorKeys};
use crate::data::names;
use crate::data::problem::{DataError, LineIndex};
use crate::data::tables::{self, Item, Value};

/// Every key a `[[status]]` table may hold, with an example of its form.
const KEYS: &[(&str, &str)] = &[
    ("code", "code = 404"),
    ("phrase", "phrase = \"Not Found\""),
    (
        "description",
        "description = \"The server has nothing at this URI.\"",
    ),
    ("reference", "reference = \"RFC 9110, Section 15.5.5\""),
    ("name", "name = \"NotFound\""),
    ("constant", "constant = \"NOT_FOUND\""),
    ("aliases", "aliases = [\"Payload Too Large\"]"),
    ("registry", "registry = \"deprecated\""),
    ("deprecated", "deprecated = \"why it should not be used\""),
    ("reserved", "reserved = true"),
    ("cacheable", "cacheable = true"),
    ("content", "content = false"),
    ("redirect", "redirect = \"preserve-method\""),
    (
        "headers",
        "headers = [{ name = \"Allow\", reference = \"RFC 9110, Section 15.5.6\" }]",
    ),
    ("override", "override = true"),
    ("vendor", "vendor = \"nginx\""),
    (
        "source",
        "source = \"https://nginx.org/en/docs/http/ngx_http_core_module.html\"",
    ),
    ("reaches-clients", "reaches-clients = false"),
    ("sent-as", "sent-as = 400"),
];

const REQUIRED: &[&str] = &["code", "phrase", "description"];

/// The keys a codes file may hold outside its `[[status]]` tables. Reading
/// each is a branch of `parse_file`; this list feeds the typo hint.
const TOP_LEVEL_KEYS: &[&str] = &["extends", "status"];

/// Reads the whole file. Entries that could be read are returned even when
/// errors were found, so the checks can still report their own problems.
pub fn read(text: &str, errors: &mut Errors<DataError>) -> File {
    read_file(text, true, errors)
}

/// The entries of a file and the problems reading them, for tests.
#[cfg(test)]
pub fn parse(text: &str) -> (Vec<Entry>, Vec<DataError>) {
    let mut entries = Vec::new();
    let mut errors = crate::collect::collect(|errors| entries = read(text, errors).entries)
        .err()
        .unwrap_or_default();
    crate::data::problem::sort(&mut errors);
    (entries, errors)
}

/// Reads the whole file, with the top-level keys a user's file may have;
/// `repair` says whether a mistyped `[status]` may still be repaired.
fn read_file(text: &str, repair: bool, errors: &mut Errors<DataError>) -> File {
    let index = LineIndex::new(text);
    let document = tables::parse(text);
    if repair && !document.single_status_tables.is_empty() {
        // Read the file as if each `[status]` were `[[status]]`: that is
        // what was meant, and it spares the user the "duplicate key" errors
        // TOML reports at every other entry. Only those headers change, by
        // one bracket on each side, so every other line stays as it was.
        let mut repaired =
            String::with_capacity(text.len() + 2 * document.single_status_tables.len());
        let mut copied = 0;
        for &open in &document.single_status_tables {
            let close = text[open..].find(']').map_or(text.len(), |e| open + e + 1);
            repaired.push_str(&text[copied..=open]);
            repaired.push('[');
            repaired.push_str(&text[open + 1..close]);
            repaired.push(']');
            copied = close;
        }
        repaired.push_str(&text[copied..]);
        let file = read_file(&repaired, false, errors);
        for &offset in &document.single_status_tables {
            let pos = index.pos(offset);
            errors.push(DataError::new(
                pos,
                format!(
                    "`[status]` declares one table named `status`, but the file is a list of \
                     entries: an array of tables, which TOML writes with double brackets; \
                     write `[[status]]` here, as at every other entry (line {})",
                    pos.line
                ),
            ));
        }
        return file;
    }
    let mut header = File::default();
    let root = document.root;
    if !document.errors.is_empty() {
        errors.extend(document.errors.iter().map(|e| {
            let pos = index.pos(e.offset);
            let message = &e.message;
            DataError::new(
                pos,
                format!("TOML syntax error: {message}; fix the syntax (see https://toml.io)"),
            )
        }));
        return header;
    }

    let mut reader = Reader { index, errors };
    let mut entries = Vec::new();
    let mut found = false;
    for (key, value) in &root {
        if key.name == "extends" {
            header.extends = reader.extends(value);
            continue;
        }
        if key.name != "status" {
            let hint = closest(&key.name, TOP_LEVEL_KEYS.iter().copied())
                .map_or(String::new(), |k| format!("did you mean `{k}`? "));
            reader.error(
                key.start,
                format!(
                    "unknown top-level key `{}`; {hint}a codes file holds `extends = [...]` \
                     and `[[status]]` tables",
                    key.name
                ),
            );
            continue;
        }
        found = true;
        match &value.value {
            Value::Array(tables) => {
                for table in tables.iter() {
                    if let Some(entry) = reader.entry(table) {
                        entries.push(entry);
                    }
                }
            }
            other => reader.error(
                value.start,
                format!(
                    "`status` must be an array of tables written as `[[status]]`, found {}",
                    other.type_str()
                ),
            ),
        }
    }
    if !found && header.extends.is_none() {
        reader.error(
            0,
            "no `[[status]]` entries; add one per code, for example \
             `[[status]]` then `code = 404`, `phrase = \"Not Found\"` and a `description`",
        );
    }
    header.entries = entries;
    header
}

struct Reader<'a, 'e> {
    index: LineIndex<'a>,
    errors: &'e mut Errors<DataError>,
}

impl Reader<'_, '_> {
    fn pos(&self, offset: usize) -> Pos {
        self.index.pos(offset)
    }

    fn error(&mut self, offset: usize, message: impl Into<String>) {
        let pos = self.pos(offset);
        self.errors.push(DataError::new(pos, message));
    }

    fn wrong_type(&mut self, key: &str, value: &Item, expected: &str) {
        let example = KEYS
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(String::new(), |(_, e)| format!(", for example `{e}`"));
        self.error(
            value.start,
            format!(
                "`{key}` must be {expected}, found {}{example}",
                value.value.type_str()
            ),
        );
    }

    /// `extends = ["iana", "nginx"]`: the names, checked against the sets
    /// later, when they are loaded.
    fn extends(&mut self, value: &Item) -> Option<Vec<At<String>>> {
        let Value::Array(items) = &value.value else {
            self.wrong_type("extends", value, "an array of set names");
            return None;
        };
        let mut names = Vec::new();
        for item in items.iter() {
            match &item.value {
                Value::String(name) => names.push(At {
                    value: name.to_string(),
                    pos: self.pos(item.start),
                }),
                other => self.error(
                    item.start,
                    format!(
                        "`extends` lists set names as strings, such as `extends = [\"iana\"]`; \
                         found {}",
                        other.type_str()
                    ),
                ),
            }
        }
        Some(names)
    }

    fn entry(&mut self, table: &Item) -> Option<Entry> {
        let start = table.start;
        let Value::Table(fields) = &table.value else {
            self.wrong_type("status", table, "a table written as `[[status]]`");
            return None;
        };
        let label = fields
            .iter()
            .find(|(k, _)| k.name == "code")
            .and_then(|(_, v)| integer(&v.value))
            .map_or(String::new(), |c| format!(" of the entry for {c}"));

        let mut code = None;
        let mut phrase = None;
        let mut description = None;
        let mut reference = None;
        let mut name = None;
        let mut constant = None;
        let mut aliases = Vec::new();
        let mut registration = Registration::Assigned;
        let mut deprecated = None;
        let mut reserved = false;
        let mut cacheable = false;
        let mut content = None;
        let mut redirect = None;
        let mut headers = Vec::new();
        let mut replaces = false;
        let mut vendor_keys = VendorKeys::default();
        // Keys offered as the fix for a typo; they are not reported missing too.
        let mut suggested = Vec::new();

        let mut keys = Vec::new();
        for (key, value) in fields {
            let at = value.start;
            if let Some((known, _)) = KEYS.iter().find(|(k, _)| *k == key.name) {
                keys.push((*known, self.pos(key.start)));
            }
            match key.name.as_str() {
                "code" => code = self.code(value),
                "phrase" => {
                    phrase = self.text("phrase", value).map(|s| At {
                        value: s,
                        pos: self.pos(at),
                    })
                }
                "description" => description = self.prose("description", value),
                "reference" => reference = self.text("reference", value),
                "name" => name = self.identifier("name", value),
                "constant" => constant = self.identifier("constant", value),
                "aliases" => aliases = self.aliases(value),
                "registry" => {
                    registration = self
                        .keyword("registry", value, &Registration::ALL, Registration::keyword)
                        .unwrap_or_default()
                }
                "deprecated" => deprecated = self.prose("deprecated", value),
                "reserved" => reserved = self.boolean("reserved", value).unwrap_or(false),
                "cacheable" => cacheable = self.boolean("cacheable", value).unwrap_or(false),
                "content" => content = self.boolean("content", value),
                "redirect" => {
                    redirect = self.keyword("redirect", value, &Redirect::ALL, Redirect::keyword)
                }
                "headers" => headers = self.headers(value),
                "override" => replaces = self.boolean("override", value).unwrap_or(false),
                "vendor" => {
                    vendor_keys.name = self.text("vendor", value).map(|v| At {
                        value: v,
                        pos: self.pos(key.start),
                    })
                }
                "source" => {
                    vendor_keys.source = self.text("source", value).map(|v| At {
                        value: v,
                        pos: self.pos(at),
                    })
                }
                "reaches-clients" => {
                    vendor_keys.reaches_clients =
                        self.boolean("reaches-clients", value).map(|v| At {
                            value: v,
                            pos: self.pos(at),
                        })
                }
                "sent-as" => vendor_keys.sent_as = self.integer("sent-as", value),
                unknown => {
                    let intended = closest(unknown, KEYS.iter().map(|(k, _)| *k));
                    suggested.extend(intended);
                    let hint = intended.map_or(String::new(), |k| format!("did you mean `{k}`? "));
                    let known: Vec<&str> = KEYS.iter().map(|(k, _)| *k).collect();
                    self.error(
                        key.start,
                        format!(
                            "unknown key `{unknown}`{label}; {hint}the keys are: {}",
                            known.join(", ")
                        ),
                    );
                }
            }
        }

        let missing: Vec<&str> = REQUIRED
            .iter()
            .copied()
            .filter(|k| !fields.iter().any(|(key, _)| key.name == *k))
            .filter(|k| !suggested.contains(k))
            .collect();
        for key in &missing {
            let example = KEYS.iter().find(|(k, _)| k == key).map_or("", |(_, e)| e);
            self.error(
                start,
                format!("missing required key `{key}`{label}; add a line like `{example}`"),
            );
        }

        let (code, phrase, description) = (code?, phrase?, description?);
        let derived = |derive: fn(&str) -> Option<String>| {
            derive(&phrase.value).map(|value| At {
                value,
                pos: phrase.pos,
            })
        };
        Some(Entry {
            pos: self.pos(start),
            name: name.or_else(|| derived(names::variant_name)),
            constant: constant.or_else(|| derived(names::constant_name)),
            // RFC 9110, Section 15.2: a 1xx response ends at its header section.
            content: content.unwrap_or(code.value >= 200),
            code,
            phrase,
            description,
            reference,
            aliases,
            registration,
            deprecated,
            reserved,
            cacheable,
            redirect,
            headers,
            vendor: None,
            vendor_keys,
            replaces,
            keys,
        })
    }

    /// An integer as written, with where; what it means is for the checks.
    fn integer(&mut self, key: &str, value: &Item) -> Option<At<i64>> {
        match value.value {
            Value::Integer(n) => Some(At {
                value: n,
                pos: self.pos(value.start),
            }),
            _ => {
                self.wrong_type(key, value, "an integer");
                None
            }
        }
    }

    fn code(&mut self, value: &Item) -> Option<At<u16>> {
        let pos = self.pos(value.start);
        let Some(n) = integer(&value.value) else {
            self.wrong_type("code", value, "an integer");
            return None;
        };
        match u16::try_from(n) {
            Ok(code) => Some(At { value: code, pos }),
            Err(_) => {
                self.errors.push(crate::data::problem::out_of_range(pos, n));
                None
            }
        }
    }

    /// A string as written: a phrase or a name is never trimmed into
    /// shape, so what the checks see is what the file says.
    fn text(&mut self, key: &str, value: &Item) -> Option<String> {
        match &value.value {
            Value::String(s) if s.trim().is_empty() => {
                self.error(value.start, format!("`{key}` is empty; write some text"));
                None
            }
            Value::String(s) => Some(s.clone()),
            _ => {
                self.wrong_type(key, value, "a string");
                None
            }
        }
    }

    /// Prose, such as a description: without the blank lines and spaces
    /// around it that a multi-line string tends to bring.
    fn prose(&mut self, key: &str, value: &Item) -> Option<String> {
        self.text(key, value).map(|s| s.trim().to_owned())
    }

    fn boolean(&mut self, key: &str, value: &Item) -> Option<bool> {
        let b = match value.value {
            Value::Boolean(b) => Some(b),
            _ => None,
        };
        if b.is_none() {
            self.wrong_type(key, value, "`true` or `false`");
        }
        b
    }

    /// A `name` or `constant` as written; the checks judge its form.
    fn identifier(&mut self, key: &str, value: &Item) -> Option<At<String>> {
        let text = self.text(key, value)?;
        Some(At {
            value: text,
            pos: self.pos(value.start),
        })
    }

    fn keyword<T: Copy>(
        &mut self,
        key: &str,
        value: &Item,
        allowed: &[T],
        keyword: fn(T) -> &'static str,
    ) -> Option<T> {
        let text = self.text(key, value)?;
        let found = allowed.iter().copied().find(|v| keyword(*v) == text);
        if found.is_none() {
            let list: Vec<String> = allowed
                .iter()
                .map(|v| format!("\"{}\"", keyword(*v)))
                .collect();
            self.error(
                value.start,
                format!("`{key}` = {text:?} is not one of {}", list.join(", ")),
            );
        }
        found
    }

    fn array<'v>(&mut self, key: &str, value: &'v Item, what: &str) -> &'v [Item] {
        match &value.value {
            Value::Array(items) => items,
            _ => {
                self.wrong_type(key, value, what);
                &[]
            }
        }
    }

    fn aliases(&mut self, value: &Item) -> Vec<Alias> {
        self.array("aliases", value, "an array of strings")
            .iter()
            .filter_map(|item| {
                let phrase = self.text("aliases", item)?;
                Some(Alias {
                    constant: names::constant_name(&phrase),
                    phrase: At {
                        value: phrase,
                        pos: self.pos(item.start),
                    },
                })
            })
            .collect()
    }

    fn headers(&mut self, value: &Item) -> Vec<Header> {
        let mut headers = Vec::new();
        for item in self.array("headers", value, "an array of header names or tables") {
            match &item.value {
                Value::String(_) => {
                    if let Some(name) = self.text("headers", item) {
                        headers.push(Header {
                            name,
                            reference: None,
                            required: true,
                            pos: self.pos(item.start),
                        });
                    }
                }
                Value::Table(table) => {
                    let mut name = None;
                    let mut has_name = false;
                    let mut reference = None;
                    let mut required = true;
                    for (k, v) in table {
                        match k.name.as_str() {
                            "name" => {
                                has_name = true;
                                name = self.text("name", v).map(|n| (n, self.pos(v.start)));
                            }
                            "reference" => reference = self.text("reference", v),
                            "required" => {
                                required = self.boolean("required", v).unwrap_or(true);
                            }
                            other => self.error(
                                k.start,
                                format!(
                                    "unknown key `{other}` in a header; a header is \
                                     `{{ name = \"Allow\", reference = \"RFC 9110, Section 15.5.6\" }}`, \
                                     with `required = false` when the reference does not require it"
                                ),
                            ),
                        }
                    }
                    match name {
                        Some((name, pos)) => headers.push(Header {
                            name,
                            reference,
                            required,
                            pos,
                        }),
                        // A `name` that could not be read is reported already.
                        None if has_name => {}
                        None => self.error(
                            item.start,
                            "a header needs a `name`, for example `{ name = \"Allow\" }`",
                        ),
                    }
                }
                _ => self.wrong_type("headers", item, "a header name or table"),
            }
        }
        headers
    }
}

/// The entries of a file that parses, without the checks across entries,
/// for tests of what is generated from data that need not be complete.
#[cfg(test)]
pub fn unchecked(text: &str) -> Result<crate::data::model::Codes, Vec<DataError>> {
    let (entries, errors) = parse(text);
    if errors.is_empty() {
        Ok(crate::data::model::Codes {
            entries,
            extends_iana: false,
        })
    } else {
        Err(errors)
    }
}

fn integer(value: &Value) -> Option<i128> {
    match value {
        Value::Integer(n) => Some(i128::from(*n)),
        _ => None,
    }
}

/// The known word nearest to a typo, if it is near enough to be the intent.
pub use status_vocab::closest;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::check::testing::{assert_single, entry};

    /// Parses only, returning the messages.
    fn problems(text: &str) -> Vec<String> {
        parse(text).1.iter().map(ToString::to_string).collect()
    }

    fn assert_one(text: &str, expected: &[&str]) {
        assert_single(&problems(text), expected);
    }

    #[test]
    fn toml_syntax() {
        assert_one(
            "[[status]]\ncode = 404\nphrase = \"Not Found\ndescription = \"d\"\n",
            &["codes.toml:3:", "TOML syntax error", "fix the syntax"],
        );
    }

    #[test]
    fn unknown_key_suggests_the_intended_one() {
        let text = "[[status]]\ncode = 404\nphrse = \"Not Found\"\nphrase = \"Not Found\"\ndescription = \"d\"\n";
        assert_one(
            text,
            &[
                "codes.toml:3:1:",
                "unknown key `phrse`",
                "entry for 404",
                "did you mean `phrase`?",
            ],
        );
        // The typo is the one problem: the key it was meant to be is not also "missing".
        let text = "[[status]]\ncode = 404\nphrse = \"Not Found\"\ndescription = \"d\"\n";
        assert_one(
            text,
            &[
                "codes.toml:3:1:",
                "unknown key `phrse`",
                "did you mean `phrase`?",
            ],
        );
    }

    #[test]
    fn missing_required_field() {
        assert_one(
            "[[status]]\ncode = 404\nphrase = \"Not Found\"\n",
            &[
                "codes.toml:1:1:",
                "missing required key `description`",
                "entry for 404",
                "add a line like",
            ],
        );
    }

    #[test]
    fn wrong_type() {
        assert_one(
            "[[status]]\ncode = \"404\"\nphrase = \"Not Found\"\ndescription = \"d\"\n",
            &[
                "codes.toml:2:8:",
                "`code` must be an integer, found a string",
                "`code = 404`",
            ],
        );
        assert_one(
            &format!(
                "{}\ncacheable = \"yes\"\n",
                entry("404", "Not Found").trim_end()
            ),
            &[
                "codes.toml:5:13:",
                "`cacheable` must be `true` or `false`, found a string",
            ],
        );
        assert_one(
            "[[status]]\ncode = 404\nphrase = 404\ndescription = \"d\"\n",
            &[
                "codes.toml:3:10:",
                "`phrase` must be a string, found an integer",
            ],
        );
    }

    #[test]
    fn empty_and_foreign_files() {
        assert_one("", &["codes.toml:1:1:", "no `[[status]]` entries"]);
        let found = problems("title = \"codes\"\nstatus = 3\n");
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found[0].contains("unknown top-level key `title`"));
        assert!(found[1].contains("`status` must be an array of tables"));
    }

    #[test]
    fn a_single_bracket_table_is_one_error_at_its_line() {
        let text = entry("404", "Not Found")
            + "[status]\ncode = 405\nphrase = \"Method Not Allowed\"\ndescription = \"d\"\n\n"
            + &entry("406", "Not Acceptable")
            + &entry("407", "Proxy Authentication Required");
        assert_one(
            &text,
            &[
                "codes.toml:6:1:",
                "`[status]` declares one table",
                "array of tables",
                "write `[[status]]` here",
            ],
        );
        // The entry it starts is still read, so nothing else is reported.
        let alone = "[status]\ncode = 404\nphrase = \"Not Found\"\ndescription = \"d\"\n";
        assert_one(alone, &["codes.toml:1:1:", "`[status]` declares one table"]);
        // Other problems still show, at their own positions.
        let typo = text.replace("phrase = \"Not Acceptable\"", "phrse = \"Not Acceptable\"");
        let found = problems(&typo);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found[1].starts_with("codes.toml:13:1: unknown key `phrse`"));
    }

    #[test]
    fn a_header_with_an_empty_name_is_one_error() {
        let text = format!(
            "{}\nheaders = [{{ name = \"\" }}]\n",
            entry("405", "Method Not Allowed").trim_end()
        );
        assert_one(&text, &["codes.toml:5:21:", "`name` is empty"]);
    }

    #[test]
    fn values_that_are_not_allowed() {
        let base = entry("305", "Use Proxy");
        let base = base.trim_end();
        assert_one(
            &format!("{base}\nregistry = \"gone\"\n"),
            &["`registry` = \"gone\" is not one of \"assigned\", \"unused\""],
        );
        assert_one(
            &format!("{base}\nredirect = \"sometimes\"\n"),
            &["`redirect` = \"sometimes\" is not one of \"preserve-method\""],
        );
        let header = problems(&format!("{base}\nheaders = [{{ nam = \"Allow\" }}]\n"));
        assert_eq!(header.len(), 2, "{header:#?}");
        assert!(header[0].contains("a header needs a `name`"));
        assert!(header[1].contains("unknown key `nam` in a header"));
        assert_one(
            &format!("{base}\ndescription2 = \"\"\n"),
            &["unknown key `description2`"],
        );
    }

    #[test]
    fn names_are_read_as_written_and_checked_later() {
        let text = format!(
            "{}\nname = \"not_found\"\n",
            entry("404", "Not Found").trim_end()
        );
        let (entries, errors) = parse(&text);
        assert_eq!(errors, Vec::new());
        assert_eq!(entries[0].name.as_ref().unwrap().value, "not_found");
        assert_eq!(entries[0].pos_of("name").line, 5);
    }

    #[test]
    fn a_mistyped_top_level_key_suggests_the_intended_one() {
        let text = format!("extend = [\"iana\"]\n\n{}", entry("404", "Not Found"));
        assert_one(
            &text,
            &[
                "codes.toml:1:1:",
                "unknown top-level key `extend`; did you mean `extends`?",
            ],
        );
    }
    #[test]
    fn a_header_line_inside_a_string_is_text() {
        let text = "[[status]]\ncode = 404\nphrase = \"Not Found\"\n\
                    description = \"\"\"\n[status]\n\"\"\"\n\
                    deprecated = '''\n[status]\n'''\n";
        let (entries, errors) = parse(text);
        assert_eq!(errors, Vec::new());
        assert_eq!(entries[0].description, "[status]");
        assert_eq!(entries[0].deprecated.as_deref(), Some("[status]"));
    }

    #[test]
    fn a_single_bracket_table_is_found_however_it_is_spaced_or_quoted() {
        for header in ["[ status ]", "[\"status\"]", "['status'] # one entry"] {
            let text = entry("404", "Not Found")
                + header
                + "\n"
                + &entry("405", "Method Not Allowed")["[[status]]\n".len()..];
            let found = problems(&text);
            assert_eq!(found.len(), 1, "{header}: {found:#?}");
            assert!(
                found[0].starts_with("codes.toml:6:1: `[status]` declares one table"),
                "{found:?}"
            );
            assert_eq!(parse(&text).0.len(), 2, "{header}");
        }
    }

    #[test]
    fn thousands_of_problems_are_each_reported_at_their_line() {
        // A hostile file of a megabyte with 10,000 broken entries: every
        // position costs a binary search, not a scan from the start.
        let padding = format!("# {}\n", "x".repeat(70));
        let mut text = String::new();
        for i in 0..10_000 {
            text += &format!("[[status]]\ncode = {}\nphrse = \"x\"\n", 100 + i % 500);
            text += &padding;
        }
        assert!(text.len() > 1_000_000);
        let found = problems(&text);
        // Each entry has a typo for `phrase` and misses its description.
        assert_eq!(found.len(), 20_000);
        assert!(
            found[0].starts_with("codes.toml:1:1: missing required key `description`"),
            "{}",
            found[0]
        );
        assert!(
            found[19_999].starts_with("codes.toml:39999:1: unknown key `phrse`"),
            "{}",
            found[19_999]
        );
    }

    #[test]
    fn a_header_is_required_unless_it_says_otherwise() {
        let base = entry("503", "Service Unavailable");
        let base = base.trim_end();
        let text = format!(
            "{base}\nheaders = [\"Allow\", {{ name = \"Upgrade\" }}, \
             {{ name = \"Retry-After\", required = false }}, {{ name = \"Link\", required = true }}]\n"
        );
        let (entries, errors) = parse(&text);
        assert_eq!(errors, Vec::new());
        let required: Vec<(&str, bool)> = entries[0]
            .headers
            .iter()
            .map(|h| (h.name.as_str(), h.required))
            .collect();
        assert_eq!(
            required,
            [
                ("Allow", true),
                ("Upgrade", true),
                ("Retry-After", false),
                ("Link", true)
            ]
        );
        assert_one(
            &format!("{base}\nheaders = [{{ name = \"Retry-After\", required = \"no\" }}]\n"),
            &["`required`", "`true` or `false`"],
        );
    }

    #[test]
    fn dotted_keys_and_nested_headers_say_how_to_write_them() {
        let base = entry("405", "Method Not Allowed");
        let base = base.trim_end();
        assert_one(
            &format!("{base}\nheaders.name = \"Allow\"\n"),
            &["codes.toml:5:1:", "dotted keys such as `headers.…`"],
        );
        assert_one(
            &format!("{base}\n[[status.headers]]\nname = \"Allow\"\n"),
            &["codes.toml:5:1:", "names one top-level table"],
        );
        // Across lines, with comments and CRLF, an inline table keeps every key.
        let text = format!(
            "{base}\r\nheaders = [ # allowed\r\n  {{ name = \"Allow\", # the field\r\n    \
             reference = 'RFC 9110, Section 15.5.6' }},\r\n]\r\n"
        );
        let (entries, errors) = parse(&text);
        assert_eq!(errors, Vec::new());
        assert_eq!(entries[0].headers[0].name, "Allow");
        assert_eq!(
            entries[0].headers[0].reference.as_deref(),
            Some("RFC 9110, Section 15.5.6")
        );
    }
}
