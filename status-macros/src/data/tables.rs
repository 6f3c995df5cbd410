//! The TOML of a codes file, read by the `toml` crate into tables of values
//! that remember where they start.
//!
//! A codes file is a root table of plain keys and `[[status]]` tables,
//! whose values are scalars, arrays and inline tables. The `toml` crate
//! reads any TOML; this module keeps the values of that shape and turns
//! anything else into an error that says how to write the same thing in
//! the file's shape: a dotted key, or a table header that names a table
//! inside an entry. Everything is judged by what the parser found, never by
//! the raw lines, so text inside a string is only ever text.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use crate::data::problem::LineIndex;

/// A key, as decoded, and the byte offset where it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    pub name: String,
    pub start: usize,
}

/// A value and the byte offset where it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub value: Value,
    pub start: usize,
}

/// A table's keys and values, in the order of the file.
pub type Table = Vec<(Key, Item)>;

/// Puts a table's keys in the order they are written.
fn by_position(table: &mut Table) {
    crate::data::problem::sort_by_key(table, |(key, _)| key.start);
}

/// A TOML value. Floats and date-times are kept only as what they are: no
/// key of a codes file takes one, so they only ever appear in an error.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    String(String),
    Integer(i64),
    Float,
    Boolean(bool),
    DateTime,
    Array(Vec<Item>),
    Table(Table),
}

impl Value {
    /// The type's name with its article, as errors show it: "found a
    /// string", "found an integer".
    pub fn type_str(&self) -> &'static str {
        match self {
            Value::String(_) => "a string",
            Value::Integer(_) => "an integer",
            Value::Float => "a float",
            Value::Boolean(_) => "a boolean",
            Value::DateTime => "a date-time",
            Value::Array(_) => "an array",
            Value::Table(_) => "a table",
        }
    }
}

/// A syntax error: the byte offset it points at and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub offset: usize,
    pub message: String,
}

/// A whole document as read.
#[derive(Debug, Default)]
pub struct Document {
    /// The root table. Complete only when `errors` is empty.
    pub root: Table,
    /// Syntax errors and values outside a codes file's shape, in no
    /// particular order.
    pub errors: Vec<SyntaxError>,
    /// The byte offset of every `[status]` header: a single table where
    /// the file's other entries are `[[status]]`, an array of tables. Each
    /// is found from what the parser read, never from the raw lines.
    pub single_status_tables: Vec<usize>,
}

/// Reads a whole document.
pub fn parse(text: &str) -> Document {
    let (root, errors) = DeTable::parse_recoverable(text);
    let mut singles = Vec::new();
    let mut syntax = Vec::new();
    let mut index = None;
    for error in errors {
        let span = error.span().unwrap_or(0..0);
        let message = error.message();
        if message == "duplicate key" {
            // The key of a `[status]` written among `[[status]]` tables.
            if let Some(open) = single_header(text, span.clone(), "status") {
                singles.push(open);
                continue;
            }
            let index = index.get_or_insert_with(|| LineIndex::new(text));
            syntax.push(duplicate(text, index, root.get_ref(), span.start));
            continue;
        }
        syntax.push(SyntaxError {
            offset: span.start,
            message: message.to_owned(),
        });
    }
    let mut reader = Reader {
        text,
        errors: syntax,
    };
    let mut table = Table::with_capacity(root.get_ref().len());
    for (key, value) in root.get_ref().iter() {
        if key.get_ref() == "status" && matches!(value.get_ref(), DeValue::Table(_)) {
            if let Some(open) = single_header(text, key.span(), "status") {
                singles.push(open);
            }
        }
        if let Some(item) = reader.value(value.span(), value.get_ref(), Place::Root) {
            table.push((key_at(key.get_ref(), key.span()), item));
        }
    }
    by_position(&mut table);
    crate::data::problem::sort_by_key(&mut singles, |&line| line);
    singles.dedup();
    Document {
        root: table,
        errors: reader.errors,
        single_status_tables: singles,
    }
}

/// Where a value sits, which decides whether a table there may come from a
/// header rather than braces.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    /// A value of the root table: `[name]` makes a table here.
    Root,
    /// An item of an array that is a value of the root table: `[[name]]`
    /// makes the tables here.
    RootArray,
    /// Anywhere inside an entry: only inline tables belong here.
    Inside,
}

/// The offset of the `[` of a header `[name]` (one bracket) whose key is
/// at `key`, if the key is `name` and is written in such a header.
fn single_header(text: &str, key: Range<usize>, name: &str) -> Option<usize> {
    let written = text.get(key.clone())?;
    if unquote(written) != name {
        return None;
    }
    let before = text.get(..key.start)?.trim_end_matches([' ', '\t']);
    let open = before.strip_suffix('[')?;
    if open.ends_with('[') {
        return None;
    }
    let after = text.get(key.end..)?.trim_start_matches([' ', '\t']);
    if !after.starts_with(']') || after.starts_with("]]") {
        return None;
    }
    Some(open.len())
}

/// A key as written, without the quotes of a quoted key.
fn unquote(written: &str) -> &str {
    let quoted = |q: char| {
        written
            .strip_prefix(q)
            .and_then(|rest| rest.strip_suffix(q))
    };
    quoted('"').or_else(|| quoted('\'')).unwrap_or(written)
}

/// The message for a key defined twice, naming the line of the first
/// definition where the tables of the file show it.
fn duplicate(text: &str, index: &LineIndex<'_>, root: &DeTable<'_>, offset: usize) -> SyntaxError {
    let written = text
        .get(offset..)
        .map(|rest| {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len());
            let quoted = rest.starts_with(['"', '\'']);
            match quoted {
                true => rest[1..].find(&rest[..1]).map_or(rest, |e| &rest[..e + 2]),
                false => &rest[..end],
            }
        })
        .unwrap_or_default();
    let name = unquote(written);
    let header = text
        .get(..offset)
        .is_some_and(|before| before.trim_end_matches([' ', '\t']).ends_with('['));
    let first = first_definition(root, name, offset).map(|start| index.pos(start).line);
    let (what, fix) = match header {
        true => ("the table", "remove one of the two"),
        false => ("the key", "keep one of the two"),
    };
    let place = first.map_or("above".to_owned(), |line| format!("on line {line}"));
    SyntaxError {
        offset,
        message: format!(
            "duplicate key `{}`: {what} is already defined {place}; {fix}",
            name.escape_debug()
        ),
    }
}

/// Where `name` is first defined before `offset`: in the `[[status]]`
/// table that holds `offset`, or in the root table.
fn first_definition(root: &DeTable<'_>, name: &str, offset: usize) -> Option<usize> {
    if let Some(DeValue::Array(tables)) = root.get("status").map(|v| v.get_ref()) {
        // The tables are in the order of the file: the last one starting
        // before `offset` holds it.
        let i = tables[..].partition_point(|t| t.span().start < offset);
        if let Some(DeValue::Table(table)) = i.checked_sub(1).map(|i| tables[i].get_ref()) {
            let first = table.get_key_value(name).map(|(k, _)| k.span().start);
            if let Some(start) = first.filter(|start| *start < offset) {
                return Some(start);
            }
        }
    }
    root.get_key_value(name)
        .map(|(k, _)| k.span().start)
        .filter(|start| *start < offset)
}

fn key_at(name: &str, span: Range<usize>) -> Key {
    Key {
        name: name.to_owned(),
        start: span.start,
    }
}

struct Reader<'t> {
    text: &'t str,
    errors: Vec<SyntaxError>,
}

impl Reader<'_> {
    fn error(&mut self, offset: usize, message: impl Into<String>) {
        self.errors.push(SyntaxError {
            offset,
            message: message.into(),
        });
    }

    /// The first byte of a value as written: `{` for an inline table, `[`
    /// for a header.
    fn first_byte(&self, start: usize) -> Option<u8> {
        self.text.as_bytes().get(start).copied()
    }

    fn value(&mut self, span: Range<usize>, value: &DeValue<'_>, place: Place) -> Option<Item> {
        let start = span.start;
        let value = match value {
            DeValue::String(s) => Value::String(s.to_string()),
            DeValue::Integer(n) => match i64::from_str_radix(n.as_str(), n.radix()) {
                Ok(n) => Value::Integer(n),
                Err(_) => {
                    let written = self.text.get(span).unwrap_or(n.as_str());
                    self.error(
                        start,
                        format!("`{written}` does not fit in a TOML integer, which is 64-bit"),
                    );
                    return None;
                }
            },
            DeValue::Float(_) => Value::Float,
            DeValue::Boolean(b) => Value::Boolean(*b),
            DeValue::Datetime(_) => Value::DateTime,
            DeValue::Array(items) => {
                let inner = match place {
                    Place::Root => Place::RootArray,
                    _ => Place::Inside,
                };
                Value::Array(
                    items
                        .iter()
                        .filter_map(|item| self.value(item.span(), item.get_ref(), inner))
                        .collect(),
                )
            }
            DeValue::Table(table) => {
                let inline = self.first_byte(start) == Some(b'{');
                let header = self.first_byte(start) == Some(b'[');
                match place {
                    _ if inline => {}
                    Place::Root | Place::RootArray if header => {}
                    _ if header => {
                        self.error(
                            start,
                            "a table header in a codes file names one top-level table, such \
                             as `[[status]]`; for a value inside an entry, write it on the \
                             entry's own lines, such as `headers = [{ name = \"Allow\" }]`",
                        );
                        return None;
                    }
                    _ => {
                        let written = self.text.get(span).unwrap_or_default();
                        self.error(
                            start,
                            format!(
                                "dotted keys such as `{}.…` are not used in a codes file; \
                                 write each key on its own line, and a table's keys inside \
                                 it, such as `headers = [{{ name = \"Allow\" }}]`",
                                unquote(written)
                            ),
                        );
                        return None;
                    }
                }
                let mut fields = Table::with_capacity(table.len());
                for (key, value) in table.iter() {
                    if let Some(item) = self.value(value.span(), value.get_ref(), Place::Inside) {
                        fields.push((key_at(key.get_ref(), key.span()), item));
                    }
                }
                by_position(&mut fields);
                Value::Table(fields)
            }
        };
        Some(Item { value, start })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Table {
        let document = parse(text);
        assert_eq!(document.errors, Vec::new(), "{text}");
        document.root
    }

    fn messages(text: &str) -> Vec<(usize, String)> {
        parse(text)
            .errors
            .into_iter()
            .map(|e| (e.offset, e.message))
            .collect()
    }

    fn value(text: &str) -> Value {
        let root = ok(text);
        assert_eq!(root.len(), 1, "{root:?}");
        root[0].1.value.clone()
    }

    #[test]
    fn scalars_of_every_form() {
        assert_eq!(value("a = \"x\\u00e9\\n\""), Value::String("xé\n".into()));
        assert_eq!(value("a = 'C:\\path'"), Value::String("C:\\path".into()));
        assert_eq!(
            value("a = \"\"\"\nline one\nline two\"\"\""),
            Value::String("line one\nline two".into())
        );
        assert_eq!(
            value("a = '''\nraw \\n'''"),
            Value::String("raw \\n".into())
        );
        assert_eq!(value("a = -1_000"), Value::Integer(-1000));
        assert_eq!(value("a = +42"), Value::Integer(42));
        assert_eq!(value("a = 0x1F"), Value::Integer(31));
        assert_eq!(value("a = 0o17"), Value::Integer(15));
        assert_eq!(value("a = 0b101"), Value::Integer(5));
        assert_eq!(value("a = true"), Value::Boolean(true));
        assert_eq!(value("a = 1e3"), Value::Float);
        assert_eq!(value("a = 1979-05-27T07:32:00Z"), Value::DateTime);
    }

    #[test]
    fn keys_values_and_positions() {
        let root = ok("# codes\n\"quoted key\" = [1, { x = 2 }, ]  # trailing\nb = {}\n");
        assert_eq!(root[0].0.name, "quoted key");
        assert_eq!(root[0].0.start, 8);
        assert_eq!(root[0].1.start, 23);
        let Value::Array(items) = &root[0].1.value else {
            panic!("{root:?}")
        };
        assert_eq!(items[0].value, Value::Integer(1));
        let Value::Table(inline) = &items[1].value else {
            panic!("{items:?}")
        };
        assert_eq!(inline[0].0.name, "x");
        assert_eq!(root[1].1.value, Value::Table(Vec::new()));
    }

    #[test]
    fn array_tables_collect_their_keys() {
        let root = ok("extends = [\"iana\"]\n\n[[status]]\ncode = 404\n\n[[status]]\ncode = 405\n");
        assert_eq!(root.len(), 2);
        assert_eq!(root[1].0.name, "status");
        let Value::Array(tables) = &root[1].1.value else {
            panic!("{root:?}")
        };
        assert_eq!(tables.len(), 2);
        assert_eq!(tables[1].start, 43);
        let Value::Table(second) = &tables[1].value else {
            panic!("{tables:?}")
        };
        assert_eq!(second[0].1.value, Value::Integer(405));
        // A single-bracket table is a table of its own.
        let root = ok("[meta]\nx = 1\n");
        assert_eq!(root[0].0.name, "meta");
        assert!(matches!(&root[0].1.value, Value::Table(t) if t.len() == 1));
    }

    /// The one error `text` has: its offset and its message, which must
    /// contain `expected`.
    fn single(text: &str, expected: &str) -> (usize, String) {
        let mut found = messages(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        let (offset, message) = found.remove(0);
        assert!(message.contains(expected), "{text:?}: {message}");
        (offset, message)
    }

    #[test]
    fn a_key_written_twice_is_an_error_at_the_second() {
        let (offset, message) = single("[[status]]\ncode = 1\ncode = 2\n", "duplicate key `code`");
        assert_eq!(offset, 20);
        assert!(message.contains("already defined on line 2"), "{message}");
        single("a = { b = 1, b = 2 }\n", "duplicate key `b`");
        single(
            "status = 1\n[[status]]\ncode = 2\n",
            "the table is already defined",
        );
        single("[meta]\n[meta]\n", "duplicate key `meta`");
    }

    #[test]
    fn dotted_keys_and_headers_say_how_to_write_them() {
        let (offset, _) = single("[[status]]\nheaders.name = \"Allow\"\n", "dotted keys");
        assert_eq!(offset, 11);
        let (offset, _) = single(
            "[[status]]\ncode = 1\n[[status.headers]]\nname = \"Allow\"\n",
            "names one top-level table",
        );
        assert_eq!(offset, 20);
    }

    #[test]
    fn syntax_errors_point_at_the_problem() {
        // An unclosed string: the closing quote is missing at the line's end.
        let found = single("a = \"open\nb = 2\n", "");
        assert_eq!(found, (9, "invalid basic string, expected `\"`".to_owned()));
        single("a = 12abc\n", "string values must be quoted");
        single("a = 99999999999999999999\n", "64-bit");
        single("a = \"\\q\"\n", "escape");
        single("a = 1\u{7}\n", "");
        // A header with an empty key: the parser's error, and no other.
        single("[[]]\n", "cannot be empty");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = format!("a = {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
        assert!(!messages(&text).is_empty());
        let text = format!("a = {}\n", "{ b = ".repeat(10_000));
        assert!(!messages(&text).is_empty());
    }

    #[test]
    fn no_input_panics() {
        for text in [
            "",
            "[",
            "[[",
            "[[]]",
            "[a",
            "a",
            "a =",
            "a = [",
            "a = {",
            "a = { b",
            "= 1",
            "[[a]]\n[a]",
            "a.b",
            "[a.]",
            "\"",
            "'''",
            "a = [1,,2]",
            "a = {,}",
            "[[status]] x = 1",
        ] {
            let _ = parse(text);
        }
    }
}
