//! The TOML of a codes file, read into tables of values that remember where
//! they start.
//!
//! `toml_parser` lexes the text, parses it into a flat list of events and
//! decodes keys and scalars; this module builds the tables from those
//! events. A codes file is a root table of plain keys and `[[status]]`
//! tables, whose values are scalars, arrays and inline tables, so this
//! builds that much of TOML's table model and no more: a dotted key or a
//! dotted table header is an error that says how to write the same thing in
//! the file's shape. Everything TOML forbids in that shape, such as a key
//! written twice, is an error too.
//!
//! Building the tables here rather than through the `toml` crate's document
//! layer keeps that crate, and the code it would instantiate, out of every
//! build of status-core.

use toml_parser::decoder::ScalarKind;
use toml_parser::parser::{Event, EventKind, RecursionGuard, ValidateWhitespace};
use toml_parser::{ErrorSink, Expected, ParseError, Source};

use crate::error::LineIndex;

/// How deeply arrays and inline tables may nest. A codes file needs two
/// levels; the limit only keeps hostile input from exhausting the stack.
const MAX_DEPTH: u32 = 32;

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

/// Reads a whole document. The root table is returned even when there are
/// errors, but is only worth reading when there are none. Errors are in the
/// order they were found, which is not always the order of the file.
pub fn parse(text: &str) -> (Table, Vec<SyntaxError>) {
    let source = Source::new(text);
    let tokens = source.lex().into_vec();
    let mut events: Vec<Event> = Vec::with_capacity(tokens.len());
    let mut errors = Errors(Vec::new());
    {
        let mut whitespace = ValidateWhitespace::new(&mut events, source);
        let mut guard = RecursionGuard::new(&mut whitespace, MAX_DEPTH);
        toml_parser::parser::parse_document(&tokens, &mut guard, &mut errors);
    }
    let mut builder = Builder {
        source,
        events,
        next: 0,
        errors,
    };
    let root = builder.document();
    (root, builder.errors.0)
}

/// Collects the parser's and the decoder's errors as messages.
struct Errors(Vec<SyntaxError>);

impl ErrorSink for Errors {
    fn report_error(&mut self, error: ParseError) {
        let offset = error
            .unexpected()
            .or(error.context())
            .map_or(0, |span| span.start());
        let mut message = error.description().to_owned();
        for (i, expected) in error.expected().unwrap_or_default().iter().enumerate() {
            message.push_str(if i == 0 { ", expected " } else { " or " });
            message.push_str(&describe(expected));
        }
        self.0.push(SyntaxError { offset, message });
    }
}

fn describe(expected: &Expected) -> String {
    match expected {
        Expected::Literal("\n") => "a new line".to_owned(),
        Expected::Literal(literal) => format!("`{}`", literal.escape_debug()),
        Expected::Description(description) => (*description).to_owned(),
        _ => "something else".to_owned(),
    }
}

/// What may come between the items of an array or an inline table.
const BETWEEN_ITEMS: &[EventKind] = &[
    EventKind::Whitespace,
    EventKind::Newline,
    EventKind::Comment,
    EventKind::ValueSep,
];

/// Where the key/value lines after a table header go.
#[derive(Clone, Copy)]
enum Target {
    Root,
    /// The last table of the array of tables at this index of the root.
    LastOf(usize),
    /// The table at this index of the root.
    Table(usize),
    /// Nowhere: the header was an error, already reported.
    Nowhere,
}

struct Builder<'i> {
    source: Source<'i>,
    events: Vec<Event>,
    next: usize,
    errors: Errors,
}

impl Builder<'_> {
    fn error(&mut self, offset: usize, message: impl Into<String>) {
        self.errors.0.push(SyntaxError {
            offset,
            message: message.into(),
        });
    }

    fn peek(&self) -> Option<EventKind> {
        self.events.get(self.next).map(Event::kind)
    }

    fn bump(&mut self) -> Option<Event> {
        let event = self.events.get(self.next).copied();
        self.next += usize::from(event.is_some());
        event
    }

    /// Skips events of the given kinds.
    fn skip(&mut self, kinds: &[EventKind]) {
        while self.peek().is_some_and(|k| kinds.contains(&k)) {
            self.next += 1;
        }
    }

    fn skip_whitespace(&mut self) {
        self.skip(&[EventKind::Whitespace]);
    }

    fn document(&mut self) -> Table {
        let mut root = Table::new();
        // The root indexes of the arrays `[[name]]` headers made: only those
        // take more tables from a header.
        let mut header_arrays = Vec::new();
        let mut target = Target::Root;
        while let Some(event) = self.bump() {
            match event.kind() {
                EventKind::StdTableOpen | EventKind::ArrayTableOpen => {
                    let array = event.kind() == EventKind::ArrayTableOpen;
                    let keys = self.header();
                    target = self.open_table(&mut root, &mut header_arrays, array, keys, event);
                }
                EventKind::SimpleKey => {
                    let Some((key, value)) = self.key_value(event) else {
                        continue;
                    };
                    let table = match target {
                        Target::Root => Some(&mut root),
                        Target::LastOf(i) => match &mut root[i].1.value {
                            Value::Array(tables) => match tables.last_mut() {
                                Some(Item {
                                    value: Value::Table(table),
                                    ..
                                }) => Some(table),
                                _ => None,
                            },
                            _ => None,
                        },
                        Target::Table(i) => match &mut root[i].1.value {
                            Value::Table(table) => Some(table),
                            _ => None,
                        },
                        Target::Nowhere => None,
                    };
                    if let Some(table) = table {
                        insert(table, key, value, self.source.input(), &mut self.errors);
                    }
                }
                // Anything else is either trivia or already reported by the
                // parser.
                _ => {}
            }
        }
        root
    }

    /// The keys of a table header, up to its closing bracket.
    fn header(&mut self) -> Vec<Key> {
        self.skip_whitespace();
        let keys = match self.bump() {
            Some(event) if event.kind() == EventKind::SimpleKey => self.key_path(event),
            _ => Vec::new(),
        };
        while let Some(kind) = self.peek() {
            if matches!(kind, EventKind::Newline) {
                break;
            }
            self.next += 1;
            if matches!(kind, EventKind::StdTableClose | EventKind::ArrayTableClose) {
                break;
            }
        }
        keys
    }

    fn open_table(
        &mut self,
        root: &mut Table,
        header_arrays: &mut Vec<usize>,
        array: bool,
        keys: Vec<Key>,
        open: Event,
    ) -> Target {
        let start = open.span().start();
        let mut keys = keys.into_iter();
        let key = match (keys.next(), keys.next()) {
            (Some(key), None) => key,
            (Some(_), Some(_)) => {
                self.error(
                    start,
                    "a table header in a codes file names one top-level table, such as \
                     `[[status]]`; for a value inside an entry, write it on the entry's own \
                     lines, such as `headers = [{ name = \"Allow\" }]`",
                );
                return Target::Nowhere;
            }
            // A header with no key the parser could read, reported already.
            (None, _) => return Target::Nowhere,
        };
        let existing = root.iter().position(|(k, _)| k.name == key.name);
        match existing {
            Some(i) if array && header_arrays.contains(&i) => {
                if let Value::Array(tables) = &mut root[i].1.value {
                    tables.push(Item {
                        value: Value::Table(Table::new()),
                        start,
                    });
                }
                Target::LastOf(i)
            }
            Some(i) => {
                let first = LineIndex::new(self.source.input())
                    .pos(root[i].0.start)
                    .line;
                self.error(
                    key.start,
                    duplicate(&key.name, first, "the table", "remove one of the two"),
                );
                Target::Nowhere
            }
            None => {
                let value = if array {
                    header_arrays.push(root.len());
                    Value::Array(vec![Item {
                        value: Value::Table(Table::new()),
                        start,
                    }])
                } else {
                    Value::Table(Table::new())
                };
                root.push((key, Item { value, start }));
                if array {
                    Target::LastOf(root.len() - 1)
                } else {
                    Target::Table(root.len() - 1)
                }
            }
        }
    }

    /// `key = value`, from its first key on. `None` when it could not be
    /// read; the reason is reported.
    fn key_value(&mut self, first: Event) -> Option<(Key, Item)> {
        let keys = self.key_path(first);
        self.skip_whitespace();
        if self.peek() != Some(EventKind::KeyValSep) {
            // The parser has reported the missing `=`.
            return None;
        }
        self.next += 1;
        self.skip_whitespace();
        let value = self.value()?;
        let mut keys = keys.into_iter();
        match (keys.next(), keys.next()) {
            (Some(key), None) => Some((key, value)),
            (Some(key), Some(_)) => {
                self.error(
                    key.start,
                    format!(
                        "dotted keys such as `{}.…` are not used in a codes file; write each \
                         key on its own line, and a table's keys inside it, such as \
                         `headers = [{{ name = \"Allow\" }}]`",
                        key.name
                    ),
                );
                None
            }
            (None, _) => None,
        }
    }

    /// A key and any keys dotted after it.
    fn key_path(&mut self, first: Event) -> Vec<Key> {
        let mut keys = vec![self.key(first)];
        loop {
            let save = self.next;
            self.skip_whitespace();
            if self.peek() != Some(EventKind::KeySep) {
                self.next = save;
                return keys;
            }
            self.next += 1;
            self.skip_whitespace();
            match self.bump() {
                Some(event) if event.kind() == EventKind::SimpleKey => keys.push(self.key(event)),
                _ => return keys,
            }
        }
    }

    fn key(&mut self, event: Event) -> Key {
        let mut name = String::new();
        if let Some(raw) = self.source.get(event) {
            raw.decode_key(&mut name, &mut self.errors);
        }
        Key {
            name,
            start: event.span().start(),
        }
    }

    /// The value at the next event, with all it contains.
    fn value(&mut self) -> Option<Item> {
        let event = self.bump()?;
        let start = event.span().start();
        let value = match event.kind() {
            EventKind::Scalar => self.scalar(event)?,
            EventKind::ArrayOpen => Value::Array(self.array()),
            EventKind::InlineTableOpen => Value::Table(self.inline_table()),
            // An error token or a misplaced event, reported by the parser.
            _ => return None,
        };
        Some(Item { value, start })
    }

    fn scalar(&mut self, event: Event) -> Option<Value> {
        let raw = self.source.get(event)?;
        let mut text = String::new();
        let mut errors = Vec::new();
        let kind = raw.decode_scalar(&mut text, &mut errors);
        let valid = errors.is_empty();
        for error in errors {
            self.errors.report_error(error);
        }
        if !valid {
            return None;
        }
        Some(match kind {
            ScalarKind::String => Value::String(text),
            ScalarKind::Boolean(b) => Value::Boolean(b),
            ScalarKind::Float => Value::Float,
            ScalarKind::DateTime => Value::DateTime,
            ScalarKind::Integer(radix) => match i64::from_str_radix(&text, radix.value()) {
                Ok(n) => Value::Integer(n),
                Err(_) => {
                    self.error(
                        event.span().start(),
                        format!(
                            "`{}` does not fit in a TOML integer, which is 64-bit",
                            raw.as_str()
                        ),
                    );
                    return None;
                }
            },
        })
    }

    fn array(&mut self) -> Vec<Item> {
        let mut items = Vec::new();
        loop {
            self.skip(BETWEEN_ITEMS);
            match self.peek() {
                None => return items,
                Some(EventKind::ArrayClose) => {
                    self.next += 1;
                    return items;
                }
                Some(_) => items.extend(self.value()),
            }
        }
    }

    fn inline_table(&mut self) -> Table {
        let mut table = Table::new();
        loop {
            self.skip(BETWEEN_ITEMS);
            let Some(event) = self.bump() else {
                return table;
            };
            match event.kind() {
                EventKind::InlineTableClose => return table,
                EventKind::SimpleKey => {
                    if let Some((key, value)) = self.key_value(event) {
                        insert(
                            &mut table,
                            key,
                            value,
                            self.source.input(),
                            &mut self.errors,
                        );
                    }
                }
                // Reported by the parser.
                _ => {}
            }
        }
    }
}

/// Adds `key = value` to a table, unless the key is there already.
fn insert(table: &mut Table, key: Key, value: Item, text: &str, errors: &mut Errors) {
    match table.iter().find(|(k, _)| k.name == key.name) {
        Some((first, _)) => errors.0.push(SyntaxError {
            offset: key.start,
            message: duplicate(
                &key.name,
                LineIndex::new(text).pos(first.start).line,
                "the key",
                "keep one of the two",
            ),
        }),
        None => table.push((key, value)),
    }
}

fn duplicate(name: &str, first_line: usize, what: &str, fix: &str) -> String {
    format!(
        "duplicate key `{}`: {what} is already defined on line {first_line}; {fix}",
        name.escape_debug()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Table {
        let (root, errors) = parse(text);
        assert_eq!(errors, Vec::new(), "{text}");
        root
    }

    fn messages(text: &str) -> Vec<(usize, String)> {
        parse(text)
            .1
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
        assert_eq!(
            found,
            (9, "invalid basic string, expected `\\\"`".to_owned())
        );
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
