//! The tables a generated status enum is looked up in, and the lookups
//! themselves, written once for every enum `registry!` generates,
//! [`Status`](crate::Status) included.
//!
//! The generator fills a [`Table`] per enum. The enum's inherent `const fn`s
//! and its [`HttpStatus`](crate::HttpStatus) impl are one-line calls into
//! it, so a fix here reaches every registry.

use core::fmt;

use crate::class::Class;
use crate::parse::{ParseStatusError, UnknownStatus};
use crate::semantics::{Redirect, Registration};
use crate::vendor::Vendor;

/// Everything a `codes.toml` says about one code, as the generated tables
/// hold it. Strings are precomputed so no method formats at run time.
#[doc(hidden)]
#[derive(Debug)]
pub struct Entry {
    pub name: &'static str,
    pub constants: &'static [&'static str],
    pub code: &'static str,
    pub phrase: &'static str,
    pub description: &'static str,
    pub status_line: &'static str,
    pub reference: Option<&'static str>,
    pub url: Option<&'static str>,
    pub aliases: &'static [&'static str],
    pub headers: &'static [&'static str],
    pub cacheable: bool,
    pub content: bool,
    pub redirect: Option<Redirect>,
    pub registration: Registration,
    pub deprecated: Option<&'static str>,
    pub vendor: Option<Vendor>,
}

/// How many three-digit numbers there are: `parsed` has an answer for each.
const THREE_DIGITS: usize = 1000;

/// The generated data of one status enum `S`.
///
/// `lookup`, `index` and `phrases` are indexed by `code - first`, so every
/// lookup by code is one bounds check and one load. `entries` and `all` are
/// parallel, in ascending order of code. `parsed` holds the answer of
/// `from_bytes` for each of the 1,000 three-digit inputs, so parsing is a
/// digit check and one load, whatever the input.
#[doc(hidden)]
pub struct Table<S: 'static> {
    pub first: u16,
    pub lookup: &'static [Option<S>],
    pub index: &'static [u16],
    pub phrases: &'static [&'static str],
    pub entries: &'static [Entry],
    pub all: &'static [S],
    pub reserved: &'static [(u16, &'static str)],
    pub parsed: [Result<S, ParseStatusError>; THREE_DIGITS],
}

impl<S: Copy> Table<S> {
    /// The table for the generated data, with `parsed` computed from
    /// `lookup` at compile time.
    #[allow(clippy::too_many_arguments)]
    pub const fn new(
        first: u16,
        lookup: &'static [Option<S>],
        index: &'static [u16],
        phrases: &'static [&'static str],
        entries: &'static [Entry],
        all: &'static [S],
        reserved: &'static [(u16, &'static str)],
    ) -> Table<S> {
        let mut parsed = [Err(ParseStatusError::NotThreeDigits); THREE_DIGITS];
        let mut code = 0;
        while code < THREE_DIGITS {
            let offset = (code as u16).wrapping_sub(first) as usize;
            parsed[code] = match if offset < lookup.len() {
                lookup[offset]
            } else {
                None
            } {
                Some(status) => Ok(status),
                None => Err(ParseStatusError::unknown(code as u16)),
            };
            code += 1;
        }
        Table {
            first,
            lookup,
            index,
            phrases,
            entries,
            all,
            reserved,
            parsed,
        }
    }

    /// The status with this code.
    #[inline]
    pub const fn from_u16(&self, code: u16) -> Result<S, UnknownStatus> {
        let offset = code.wrapping_sub(self.first) as usize;
        if offset < self.lookup.len() {
            if let Some(status) = self.lookup[offset] {
                return Ok(status);
            }
        }
        Err(UnknownStatus::new(code))
    }

    /// The status written as exactly three ASCII digits.
    #[inline]
    pub const fn from_bytes(&self, bytes: &[u8]) -> Result<S, ParseStatusError> {
        let &[a, b, c] = bytes else {
            return Err(ParseStatusError::NotThreeDigits);
        };
        // A byte below b'0' wraps round to a large value, so one comparison
        // per byte checks both ends of the digit range. `|` rather than
        // `||` makes it one branch, which input in no fixed order cannot
        // teach the predictor.
        let (a, b, c) = (
            a.wrapping_sub(b'0'),
            b.wrapping_sub(b'0'),
            c.wrapping_sub(b'0'),
        );
        if (a > 9) | (b > 9) | (c > 9) {
            return Err(ParseStatusError::NotThreeDigits);
        }
        self.parsed[a as usize * 100 + b as usize * 10 + c as usize]
    }

    /// The status itself when known, else the `x00` status of its class.
    pub const fn understand(&self, code: u16) -> Option<S> {
        match self.from_u16(code) {
            Ok(status) => Some(status),
            Err(_) => match Class::of(code) {
                Some(class) => match self.from_u16(class.first_code()) {
                    Ok(status) => Some(status),
                    Err(_) => None,
                },
                None => None,
            },
        }
    }

    /// The status whose current or former phrase is `phrase`, ignoring
    /// ASCII case.
    pub fn from_phrase(&self, phrase: &str) -> Option<S> {
        self.entries
            .iter()
            .zip(self.all)
            .find(|(entry, _)| {
                entry.phrase.eq_ignore_ascii_case(phrase)
                    || entry.aliases.iter().any(|a| a.eq_ignore_ascii_case(phrase))
            })
            .map(|(_, status)| *status)
    }

    /// Why `code` is reserved, if the data keeps it reserved.
    pub const fn why_reserved(&self, code: u16) -> Option<&'static str> {
        let mut i = 0;
        while i < self.reserved.len() {
            if self.reserved[i].0 == code {
                return Some(self.reserved[i].1);
            }
            i += 1;
        }
        None
    }

    /// The entry of a code that has a status. Codes come from a value of
    /// `S`, so they are always in the tables.
    #[inline]
    pub const fn entry(&self, code: u16) -> &'static Entry {
        let entries: &'static [Entry] = self.entries;
        &entries[self.index[code.wrapping_sub(self.first) as usize] as usize]
    }

    /// The reason phrase of a code that has a status: one load.
    #[inline]
    pub const fn phrase(&self, code: u16) -> &'static str {
        self.phrases[code.wrapping_sub(self.first) as usize]
    }

    /// The class of a code that has a status.
    #[inline]
    pub const fn class(code: u16) -> Class {
        match Class::of(code) {
            Some(class) => class,
            // Unreachable: codes files only admit 100..=599.
            None => Class::ServerError,
        }
    }
}

/// What every generated status line starts with.
const STATUS_LINE_PREFIX: &str = "HTTP/1.1 ";

/// Writes `404 Not Found`: the status line without its `HTTP/1.1 ` prefix,
/// padded as the formatter asks.
#[doc(hidden)]
pub fn display(status_line: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.pad(
        status_line
            .get(STATUS_LINE_PREFIX.len()..)
            .unwrap_or(status_line),
    )
}
