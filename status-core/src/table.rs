//! The tables a generated status enum is looked up in, and the lookups
//! themselves, written once for every enum `registry!` generates,
//! [`Status`](crate::Status) included.
//!
//! The generator fills a [`Table`] per enum. The enum's inherent `const fn`s,
//! which `__impl_status_api!` in `public.rs` writes, and its
//! [`HttpStatus`](crate::HttpStatus) impl are one-line calls into it, so a
//! fix here reaches every registry.

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
    /// Every header field the data names, the required ones first.
    pub headers: &'static [&'static str],
    /// How many of `headers`, from the start, are required.
    pub required: usize,
    pub cacheable: bool,
    pub content: bool,
    pub redirect: Option<Redirect>,
    pub registration: Registration,
    pub deprecated: Option<&'static str>,
    pub vendor: Option<Vendor>,
}

impl Entry {
    /// The header fields the data marks as required.
    #[inline]
    pub const fn required_headers(&self) -> &'static [&'static str] {
        match self.headers.split_at_checked(self.required) {
            Some((required, _)) => required,
            None => self.headers,
        }
    }

    /// The header fields the data names without requiring them.
    #[inline]
    pub const fn recommended_headers(&self) -> &'static [&'static str] {
        match self.headers.split_at_checked(self.required) {
            Some((_, recommended)) => recommended,
            None => &[],
        }
    }

    /// The vendor, borrowed for as long as the table lives.
    #[inline]
    pub const fn vendor(&'static self) -> Option<&'static Vendor> {
        match &self.vendor {
            Some(vendor) => Some(vendor),
            None => None,
        }
    }
}

/// How many three-digit numbers there are: `parsed` has an answer for
/// each, and one more, at this index, for input that is not three digits.
const THREE_DIGITS: usize = 1000;

/// What a byte that is not an ASCII digit adds to the number in
/// [`Table::from_bytes`]: more than any three digits sum to, so the sum
/// is below 1,000 exactly when all three bytes are digits.
const NOT_A_DIGIT: u16 = THREE_DIGITS as u16;

/// What each byte adds to a three-digit number as its first, second and
/// third digit: the digit times 100, 10 or 1, or [`NOT_A_DIGIT`]. One load
/// per byte checks it and weighs it, with no branch.
const HUNDREDS: &[u16; 256] = &digit_values(100);
const TENS: &[u16; 256] = &digit_values(10);
const UNITS: &[u16; 256] = &digit_values(1);

/// The value of every byte as a digit of this weight.
const fn digit_values(weight: u16) -> [u16; 256] {
    let mut values = [NOT_A_DIGIT; 256];
    let mut digit = 0;
    while digit < 10 {
        values[b'0' as usize + digit] = digit as u16 * weight;
        digit += 1;
    }
    values
}

/// How many slots `by_code` has: a power of two, so that a code finds its
/// slot with a mask, and above every status code.
const SLOTS: usize = 1024;

/// The generated data of one status enum `S`.
///
/// `lookup`, `index` and `phrases` are indexed by `code - first`, so every
/// lookup by code is one bounds check and one load. `entries` and `all` are
/// parallel, in ascending order of code.
///
/// `by_code` and `parsed` are computed from `lookup` at compile time, so
/// that looking up run-time input needs as few branches as possible: a
/// branch predictor cannot learn input in no fixed order, and every
/// mispredicted branch costs more than the lookup itself.
/// `by_code[code % 1024]` is the status with that code if there is one,
/// and otherwise any status with a different code, so a number is a code
/// exactly when the status in its slot has it. `parsed` holds the answer of
/// `from_bytes` for each of the 1,000 three-digit inputs, and at index
/// 1,000 the answer for three bytes that are not all digits, so parsing is
/// a length check and four table loads, whatever the bytes.
#[doc(hidden)]
pub struct Table<S: 'static> {
    pub first: u16,
    pub lookup: &'static [Option<S>],
    pub index: &'static [u16],
    pub phrases: &'static [&'static str],
    pub entries: &'static [Entry],
    pub all: &'static [S],
    pub reserved: &'static [(u16, &'static str)],
    pub by_code: [S; SLOTS],
    pub parsed: [Result<S, ParseStatusError>; THREE_DIGITS + 1],
}

impl<S: Copy> Table<S> {
    /// The table for the generated data, with `by_code` and `parsed`
    /// computed from `lookup` at compile time. `other` is any value of `S`,
    /// for data that has no status at all.
    #[allow(clippy::too_many_arguments)]
    pub const fn new(
        other: S,
        first: u16,
        lookup: &'static [Option<S>],
        index: &'static [u16],
        phrases: &'static [&'static str],
        entries: &'static [Entry],
        all: &'static [S],
        reserved: &'static [(u16, &'static str)],
    ) -> Table<S> {
        // A slot with no status of its own holds any status of the data:
        // that status's code is registered, so it is not the slot's. Only
        // data with no status at all, which the build has already reported
        // as an error, falls back to `other`.
        let mut filler = other;
        let mut i = 0;
        while i < lookup.len() {
            if let Some(status) = lookup[i] {
                filler = status;
                break;
            }
            i += 1;
        }
        let mut by_code = [filler; SLOTS];
        // `parsed[THREE_DIGITS]` keeps `NotThreeDigits`.
        let mut parsed = [Err(ParseStatusError::NotThreeDigits); THREE_DIGITS + 1];
        let mut code = 0;
        while code < SLOTS {
            let offset = (code as u16).wrapping_sub(first) as usize;
            let found = if offset < lookup.len() {
                lookup[offset]
            } else {
                None
            };
            if let Some(status) = found {
                by_code[code] = status;
            }
            if code < THREE_DIGITS {
                parsed[code] = match found {
                    Some(status) => Ok(status),
                    None => Err(ParseStatusError::unknown(code as u16)),
                };
            }
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
            by_code,
            parsed,
        }
    }

    /// The status with this code, for generic and `const` callers that
    /// cannot name `S`'s code; the generated `from_u16` uses
    /// [`slot`](Table::slot) and [`confirm`](Table::confirm) instead.
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

    /// The status in the slot for `code`: the status with that code if
    /// there is one, otherwise a status with another code. One load, with
    /// no branch and no bounds check.
    #[inline]
    pub const fn slot(&self, code: u16) -> S {
        self.by_code[code as usize % SLOTS]
    }

    /// `found` if its code, `found_code`, is `code`, else the error for
    /// `code`. Given `slot(code)`, this is `from_u16(code)`.
    ///
    /// It takes the code of `found` from the caller, which knows the
    /// concrete type, because a generic `const fn` cannot ask `S` for it.
    /// After one comparison, both outcomes hold `code` itself, so the
    /// compiler emits a compare and a set, not a branch.
    #[inline]
    pub const fn confirm(found: S, found_code: u16, code: u16) -> Result<S, UnknownStatus> {
        if found_code == code {
            Ok(found)
        } else {
            Err(UnknownStatus::new(code))
        }
    }

    /// The status written as exactly three ASCII digits.
    ///
    /// The length check is a branch, as in http: reading three bytes of a
    /// shorter input cannot be done without one, and choosing a stand-in
    /// input instead compiles to a branch too, with more work behind it.
    /// What follows has no branch: each byte's weight as a digit comes
    /// from a table, and their sum, or `THREE_DIGITS` if some byte was not a
    /// digit, indexes `parsed`. Comparing each byte with `'0'..='9'`
    /// instead took 14 more instructions per lookup (rustc 1.95), and a
    /// branch that input in no fixed order mispredicts.
    #[inline]
    pub const fn from_bytes(&self, bytes: &[u8]) -> Result<S, ParseStatusError> {
        let &[a, b, c] = bytes else {
            return Err(ParseStatusError::NotThreeDigits);
        };
        let number =
            HUNDREDS[a as usize] as usize + TENS[b as usize] as usize + UNITS[c as usize] as usize;
        // A conditional move, not a branch.
        let index = if number < THREE_DIGITS {
            number
        } else {
            THREE_DIGITS
        };
        self.parsed[index]
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

#[cfg(test)]
mod tests {
    use super::{HUNDREDS, NOT_A_DIGIT, TENS, THREE_DIGITS, UNITS};
    use crate::{HttpStatus, ParseStatusError, Status};

    /// `from_bytes` relies on the sum of three weights being below 1,000
    /// exactly when all three bytes are digits, and on `parsed` answering
    /// 1,000 and above with `NotThreeDigits`.
    #[test]
    fn digit_tables_weigh_digits_and_rule_out_everything_else() {
        for byte in 0..=u8::MAX {
            let digit = byte.wrapping_sub(b'0');
            for (table, weight) in [(HUNDREDS, 100), (TENS, 10), (UNITS, 1)] {
                let expected = if digit < 10 {
                    u16::from(digit) * weight
                } else {
                    NOT_A_DIGIT
                };
                assert_eq!(table[usize::from(byte)], expected, "{byte} weighs {weight}");
            }
        }
        let nines =
            HUNDREDS[usize::from(b'9')] + TENS[usize::from(b'9')] + UNITS[usize::from(b'9')];
        assert!(usize::from(nines) < THREE_DIGITS);
        assert!(usize::from(NOT_A_DIGIT) >= THREE_DIGITS);
        let table = <Status as HttpStatus>::TABLE;
        assert_eq!(table.parsed.len(), THREE_DIGITS + 1);
        assert_eq!(
            table.parsed[THREE_DIGITS],
            Err(ParseStatusError::NotThreeDigits)
        );
    }
}
