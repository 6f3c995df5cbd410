//! Problems found in `codes.toml`, and how they reach the user.
//!
//! rustc cannot point a span into a non-Rust file, so every message carries
//! `codes.toml:LINE:COLUMN` itself and the compile error sits on the macro
//! call that read the file.

use std::cmp::Ordering;
use std::fmt;

use proc_macro2::Span;

use crate::data::model::Pos;
use crate::tokens::error::Error;

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

/// The message for a code no entry may have: one outside 100 to 599.
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
            status_vocab::FIRST_CODE,
            status_vocab::LAST_CODE
        ),
    )
}

/// Puts errors in the order an editor lists them, by set, then line, then
/// column, and drops any reported twice.
pub fn sort(errors: &mut Vec<DataError>) {
    sort_by_key(errors, |e| (e.pos.set, e.pos.line, e.pos.column));
    errors.dedup();
}

/// A stable sort by key. A file may list its entries in any order and hold
/// thousands of problems, so this is a merge sort. It sorts positions
/// rather than items, so that the sort itself is compiled once, not once
/// per element type and key: a caller only compiles a comparison and a
/// loop of swaps.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let swaps = {
        let items = &*items;
        let compare = |a: usize, b: usize| match (items.get(a), items.get(b)) {
            (Some(a), Some(b)) => key(a).cmp(&key(b)),
            _ => Ordering::Equal,
        };
        swaps_to_sort(items.len(), &compare)
    };
    for (a, b) in swaps {
        items.swap(a, b);
    }
}

/// The swaps that put `len` items in the stable order `compare` gives their
/// positions.
fn swaps_to_sort(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<(usize, usize)> {
    // `order[i]`: the position, before sorting, of the item that goes to `i`.
    let order = stable_order(len, compare);
    // `at[p]`: the item now at `p`; `place[i]`: where item `i` now is.
    let mut at: Vec<usize> = (0..len).collect();
    let mut place = at.clone();
    let mut swaps = Vec::new();
    for (i, &item) in order.iter().enumerate() {
        let from = place[item];
        if from != i {
            let displaced = at[i];
            swaps.push((i, from));
            at.swap(i, from);
            place[item] = i;
            place[displaced] = from;
        }
    }
    swaps
}

/// `0..len` in the stable order `compare` gives: a bottom-up merge sort,
/// which merges runs of 1, 2, 4, ... positions until one run is left.
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = Vec::with_capacity(len);
    let mut width = 1;
    while width < len {
        merged.clear();
        for run in order.chunks(2 * width) {
            let (left, right) = run.split_at(width.min(run.len()));
            let (mut l, mut r) = (0, 0);
            while let (Some(&a), Some(&b)) = (left.get(l), right.get(r)) {
                // Equal keys keep their order: the left one goes first.
                if compare(b, a) == Ordering::Less {
                    merged.push(b);
                    r += 1;
                } else {
                    merged.push(a);
                    l += 1;
                }
            }
            merged.extend_from_slice(left.get(l..).unwrap_or_default());
            merged.extend_from_slice(right.get(r..).unwrap_or_default());
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
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

/// Every problem as a compile error at `span`, the macro call that read
/// the file, so the user fixes them in one round. `file` names the file
/// being read, as the user wrote it.
pub fn to_compile_errors(problems: &[DataError], file: &str, span: Span) -> Vec<Error> {
    problems
        .iter()
        .map(|problem| Error::new(span, problem.render(file)))
        .collect()
}

/// Converts byte offsets into the 1-based line and column an editor shows.
///
/// Built once per file in one pass, so that each lookup is a binary search
/// and a count over at most [`STRIDE`] bytes: a file with thousands of
/// problems answers in time linear in their number.
pub struct LineIndex<'a> {
    text: &'a str,
    /// The byte offset where each line starts.
    line_starts: Vec<usize>,
    /// The number of characters before each multiple of [`STRIDE`].
    chars_before: Vec<usize>,
}

/// How many bytes apart the character counts of a [`LineIndex`] are.
const STRIDE: usize = 256;

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        line_starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        );
        let mut chars_before = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut count = 0;
        for chunk in bytes.chunks(STRIDE) {
            chars_before.push(count);
            count += chars_in(chunk);
        }
        chars_before.push(count);
        LineIndex {
            text,
            line_starts,
            chars_before,
        }
    }

    /// The number of characters before `offset`, a character boundary.
    fn chars_upto(&self, offset: usize) -> usize {
        let block = offset / STRIDE;
        self.chars_before.get(block).copied().unwrap_or(0)
            + chars_in(&self.text.as_bytes()[block * STRIDE..offset])
    }

    pub fn pos(&self, offset: usize) -> Pos {
        // A span can end inside a multi-byte character; count whole characters.
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|start| *start <= offset);
        let line_start = self.line_starts[line - 1];
        Pos {
            set: None,
            line,
            column: self.chars_upto(offset) - self.chars_upto(line_start) + 1,
        }
    }
}

/// The characters that start in `bytes`: every byte but UTF-8 continuations.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| (**b & 0xC0) != 0x80).count()
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
    fn sort_by_key_orders_and_keeps_equal_keys_in_place() {
        let mut items = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        sort_by_key(&mut items, |(k, _)| *k);
        assert_eq!(
            items,
            [(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
        let mut empty: [u8; 0] = [];
        sort_by_key(&mut empty, |k| *k);
        // Agrees with the standard sort on a longer, scrambled list.
        let mut ours: Vec<u32> = (0..500).map(|i| (i * 7919) % 503).collect();
        let mut std = ours.clone();
        sort_by_key(&mut ours, |k| *k);
        std.sort();
        assert_eq!(ours, std);
        // Keeps equal keys in place on a longer list too, as the standard
        // stable sort does.
        let mut ours: Vec<(u32, u32)> = (0..300).map(|i| ((i * 7919) % 13, i)).collect();
        let mut std = ours.clone();
        sort_by_key(&mut ours, |&(k, _)| k);
        std.sort_by_key(|&(k, _)| k);
        assert_eq!(ours, std);
    }

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
