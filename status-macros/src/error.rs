//! Problems found in `codes.toml`, and how they reach the user.
//!
//! rustc cannot point a span into a non-Rust file, so every message carries
//! `codes.toml:LINE:COLUMN` itself and the compile error sits on the macro
//! call that read the file.

use std::fmt;

use proc_macro2::Span;

use crate::model::Pos;

/// The name users see in messages; the file they edit.
pub const FILE: &str = "codes.toml";

/// One problem in `codes.toml`, with where it is and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub pos: Pos,
    pub message: String,
}

impl DataError {
    pub fn new(pos: Pos, message: impl Into<String>) -> Self {
        DataError {
            pos,
            message: message.into(),
        }
    }
}

/// Puts errors in the order an editor lists them: by set, then line, then
/// column. Every list of errors is sorted through this one function, so
/// the sort is compiled once.
pub fn sort(errors: &mut [DataError]) {
    errors.sort_by_key(|e| (e.pos.set, e.pos.line, e.pos.column));
}

impl DataError {
    /// The message as the user sees it, `file:LINE:COLUMN: what is wrong`,
    /// where `file` is the name of the file being read.
    pub fn render(&self, file: &str) -> String {
        format!(
            "{}:{}:{}: {}",
            file_of(self.pos, file),
            self.pos.line,
            self.pos.column,
            self.message
        )
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(FILE))
    }
}

/// The name of the file a position is in: `file` itself, or the file of the
/// built-in set the position belongs to.
pub fn file_of(pos: Pos, file: &str) -> String {
    match pos.set {
        None => file.to_owned(),
        Some("iana") => "status-core's codes.toml".to_owned(),
        Some(set) => format!("status-core's {set} set"),
    }
}

/// All problems as one compile error, so the user fixes them in one round.
/// `file` names the file being read, as the user wrote it.
pub fn to_syn_error(errors: &[DataError], file: &str, span: Span) -> crate::diagnostic::Error {
    let mut combined: Option<crate::diagnostic::Error> = None;
    for error in errors {
        let next = crate::diagnostic::Error::new(span, error.render(file));
        match &mut combined {
            Some(all) => all.combine(next),
            None => combined = Some(next),
        }
    }
    combined.unwrap_or_else(|| crate::diagnostic::Error::new(span, format!("{file} is invalid")))
}

/// Converts byte offsets into the 1-based line and column an editor shows.
pub struct LineIndex<'a> {
    text: &'a str,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        LineIndex { text }
    }

    pub fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        // A span can end inside a multi-byte character; count whole characters.
        let before = self
            .text
            .get(..offset)
            .unwrap_or_else(|| &self.text[..floor_char_boundary(self.text, offset)]);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Pos {
            set: None,
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_lines_and_character_columns() {
        let index = LineIndex::new("a = 1\nb = \"é\"\nc");
        assert_eq!(
            index.pos(0),
            Pos {
                set: None,
                line: 1,
                column: 1
            }
        );
        assert_eq!(
            index.pos(4),
            Pos {
                set: None,
                line: 1,
                column: 5
            }
        );
        assert_eq!(
            index.pos(6),
            Pos {
                set: None,
                line: 2,
                column: 1
            }
        );
        // After the two-byte `é`, the column counts it as one character.
        assert_eq!(
            index.pos(13),
            Pos {
                set: None,
                line: 2,
                column: 7
            }
        );
        // Inside `é`: rounds down to its start instead of panicking.
        assert_eq!(
            index.pos(11),
            Pos {
                set: None,
                line: 2,
                column: 6
            }
        );
        assert_eq!(
            index.pos(1000),
            Pos {
                set: None,
                line: 3,
                column: 2
            }
        );
    }

    #[test]
    fn messages_name_the_file_line_and_column() {
        let error = DataError::new(
            Pos {
                set: None,
                line: 12,
                column: 8,
            },
            "bad",
        );
        assert_eq!(error.to_string(), "codes.toml:12:8: bad");
    }
}
