//! What status-core's messages suggest when an input is not quite right:
//! the registered codes nearest to an unknown one, the codes one keystroke
//! away from a mistyped one, and the known word closest to a misspelt
//! one.
//!
//! The `status!` macro (through status-macros) and the `http-status`
//! command both suggest these, and this module keeps one copy of the rules
//! for both. It knows no codes itself: callers pass the codes they know.
//!
//! ```
//! # #[cfg(feature = "alloc")] {
//! use status_vocab::{closest, nearest, typo_fixes};
//!
//! let known = [400, 401, 403, 404, 429, 451, 500];
//!
//! // 499 is not registered: the nearest codes of its own class come first.
//! assert_eq!(nearest(499, known).as_slice(), [451, 429, 404]);
//!
//! // 4040 has one digit too many.
//! assert_eq!(typo_fixes("4040", |code| known.contains(&code)).as_slice(), [404, 400]);
//!
//! assert_eq!(closest("phrse", ["code", "phrase", "description"]), Some("phrase"));
//! # }
//! ```

#[cfg(feature = "alloc")]
use alloc::vec::Vec;
use core::ops::Deref;

/// How many codes a suggestion lists at most.
pub const MAX_SUGGESTIONS: usize = 3;

/// Up to [`MAX_SUGGESTIONS`] codes, best first, with no code twice.
///
/// It dereferences to a slice of the codes, so it can be iterated, matched
/// against a slice pattern or compared with an array.
///
/// ```
/// use status_vocab::nearest;
///
/// let suggested = nearest(299, [200, 201, 204, 301]);
/// assert_eq!(suggested.len(), 3);
/// assert_eq!(suggested.first(), Some(&204));
/// assert!(nearest(299, []).is_empty());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Suggestions {
    codes: [u16; MAX_SUGGESTIONS],
    len: usize,
}

impl Suggestions {
    /// The codes, best first.
    ///
    /// ```
    /// use status_vocab::typo_fixes;
    ///
    /// let fixes = typo_fixes("2000", |code| code == 200);
    /// assert_eq!(fixes.as_slice(), [200]);
    /// ```
    pub fn as_slice(&self) -> &[u16] {
        &self.codes[..self.len]
    }

    /// Adds `code` after those already there, unless it is one of them or
    /// the list is full. Returns whether the list is now full.
    fn push(&mut self, code: u16) -> bool {
        if self.len < MAX_SUGGESTIONS && !self.as_slice().contains(&code) {
            self.codes[self.len] = code;
            self.len += 1;
        }
        self.len == MAX_SUGGESTIONS
    }
}

impl Deref for Suggestions {
    type Target = [u16];

    fn deref(&self) -> &[u16] {
        self.as_slice()
    }
}

impl<'a> IntoIterator for &'a Suggestions {
    type Item = &'a u16;
    type IntoIter = core::slice::Iter<'a, u16>;

    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

/// The known codes nearest to `code`: those of its own class (the same
/// hundreds digit) first, then by distance, and among equals in the order
/// given.
///
/// This is what a message offers for a well-formed code that is not
/// registered, such as 499.
///
/// ```
/// use status_vocab::nearest;
///
/// let known = [200, 404, 409, 410, 500, 501];
/// // 412 is closer to 410 and 409 than to 404, and 500 is of another class.
/// assert_eq!(nearest(412, known).as_slice(), [410, 409, 404]);
/// // Without codes of its own class, the nearest of any class.
/// assert_eq!(nearest(302, known).as_slice(), [200, 404, 409]);
/// ```
pub fn nearest(code: u16, known: impl IntoIterator<Item = u16>) -> Suggestions {
    let key = |candidate: u16| (candidate / 100 != code / 100, candidate.abs_diff(code));
    let mut best = Suggestions::default();
    for candidate in known {
        if best.as_slice().contains(&candidate) {
            continue;
        }
        // After every code that is as good, so that ties keep their order.
        let at = best
            .as_slice()
            .iter()
            .position(|&kept| key(candidate) < key(kept))
            .unwrap_or(best.len);
        if at == MAX_SUGGESTIONS {
            continue;
        }
        let last = best.len.min(MAX_SUGGESTIONS - 1);
        best.codes.copy_within(at..last, at + 1);
        best.codes[at] = candidate;
        best.len = (best.len + 1).min(MAX_SUGGESTIONS);
    }
    best
}

/// The codes one keystroke away from `digits` for which `is_known` holds:
/// a digit deleted, inserted or replaced, or two neighbours swapped.
///
/// Deletions come first, from the end, since an extra trailing digit is
/// the most common slip; then insertions, replacements and swaps. A code
/// is three digits without a leading zero, so only inputs of two to four
/// digits can have fixes; anything else, including input that is not all
/// ASCII digits, has none.
///
/// ```
/// use status_vocab::typo_fixes;
///
/// let known = |code: u16| [200, 204, 400, 404].contains(&code);
/// assert_eq!(typo_fixes("4004", known).as_slice(), [400, 404]);
/// assert_eq!(typo_fixes("0404", known).as_slice(), [404]);
/// assert_eq!(typo_fixes("20", known).as_slice(), [200, 204]);
/// assert!(typo_fixes("4_04", known).is_empty());
/// assert!(typo_fixes("99999", known).is_empty());
/// ```
pub fn typo_fixes(digits: &str, mut is_known: impl FnMut(u16) -> bool) -> Suggestions {
    let mut found = Suggestions::default();
    let digits = digits.as_bytes();
    let len = digits.len();
    if !(2..=4).contains(&len) || !digits.iter().all(u8::is_ascii_digit) {
        return found;
    }
    // Each candidate is built in a small buffer; only three-digit ones
    // can be codes.
    let mut consider = |candidate: &[u8]| -> bool {
        match candidate {
            &[a @ b'1'..=b'9', b, c] => {
                let code = [a, b, c]
                    .iter()
                    .fold(0, |n, &d| n * 10 + u16::from(d - b'0'));
                is_known(code) && found.push(code)
            }
            _ => false,
        }
    };
    let mut buffer = [0u8; 5];
    for i in (0..len).rev() {
        buffer[..i].copy_from_slice(&digits[..i]);
        buffer[i..len - 1].copy_from_slice(&digits[i + 1..]);
        if consider(&buffer[..len - 1]) {
            return found;
        }
    }
    for i in 0..=len {
        for d in b'0'..=b'9' {
            buffer[..i].copy_from_slice(&digits[..i]);
            buffer[i] = d;
            buffer[i + 1..=len].copy_from_slice(&digits[i..]);
            if consider(&buffer[..=len]) {
                return found;
            }
        }
    }
    for i in 0..len {
        for d in b'0'..=b'9' {
            buffer[..len].copy_from_slice(digits);
            buffer[i] = d;
            if consider(&buffer[..len]) {
                return found;
            }
        }
    }
    for i in 1..len {
        buffer[..len].copy_from_slice(digits);
        buffer.swap(i - 1, i);
        if consider(&buffer[..len]) {
            return found;
        }
    }
    found
}

/// The word of `known` closest to `typo`, if it is close enough to be
/// what was meant: at most two edits away, or a third of the word's
/// length for longer words. Among equally close words, the first wins.
///
/// It needs the `alloc` feature, as [`edit_distance`] does.
///
/// ```
/// use status_vocab::closest;
///
/// let keys = ["code", "phrase", "description", "reference"];
/// assert_eq!(closest("descripton", keys), Some("description"));
/// assert_eq!(closest("cod", keys), Some("code"));
/// assert_eq!(closest("colour", keys), None);
/// ```
#[cfg(feature = "alloc")]
pub fn closest<'k>(typo: &str, known: impl IntoIterator<Item = &'k str>) -> Option<&'k str> {
    known
        .into_iter()
        .map(|word| (edit_distance(typo, word), word))
        .filter(|&(distance, word)| distance <= 2.max(word.chars().count() / 3))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, word)| word)
}

/// The Levenshtein distance between two strings: how many characters
/// must be inserted, deleted or replaced to turn one into the other.
///
/// It counts `char`s, not bytes, and takes time proportional to the
/// product of the lengths, so callers bound what they compare. It keeps
/// one row of the table on the heap, so it needs the `alloc` feature.
///
/// ```
/// use status_vocab::edit_distance;
///
/// assert_eq!(edit_distance("found", "fund"), 1);
/// assert_eq!(edit_distance("--jsno", "--json"), 2);
/// assert_eq!(edit_distance("", "abc"), 3);
/// assert_eq!(edit_distance("café", "cafe"), 1);
/// ```
#[cfg(feature = "alloc")]
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // One row of the usual table: row[j] is the distance between the part
    // of `a` seen so far and the first `j` characters of `b`.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: [u16; 8] = [200, 204, 400, 401, 403, 404, 429, 500];

    fn known(code: u16) -> bool {
        KNOWN.contains(&code)
    }

    #[test]
    fn nearest_prefers_its_own_class_and_keeps_ties_in_order() {
        assert_eq!(nearest(402, KNOWN).as_slice(), [401, 403, 400]);
        assert_eq!(nearest(250, KNOWN).as_slice(), [204, 200, 400]);
        assert_eq!(nearest(600, KNOWN).as_slice(), [500, 429, 404]);
        // Duplicates in the input are suggested once.
        assert_eq!(nearest(405, [404, 404, 404]).as_slice(), [404]);
    }

    #[test]
    fn typos_are_fixed_deletions_first() {
        assert_eq!(typo_fixes("4040", known).as_slice(), [404, 400]);
        assert_eq!(typo_fixes("2004", known).as_slice(), [200, 204]);
        // A digit missing.
        assert_eq!(typo_fixes("42", known).as_slice(), [429]);
        // A replaced digit, then two swapped; two edits away is too far.
        assert_eq!(typo_fixes("440", known).as_slice(), [400, 404]);
        assert_eq!(typo_fixes("4o4", known).as_slice(), []);
        // Leading zeros never make a code.
        assert_eq!(typo_fixes("040", known).as_slice(), [400]);
    }

    #[test]
    fn typo_fixes_stop_at_three() {
        let mut asked = 0;
        let fixes = typo_fixes("400", |_| {
            asked += 1;
            true
        });
        assert_eq!(fixes.len(), MAX_SUGGESTIONS);
        // Each answer was a new code, so it stopped after three.
        assert_eq!(asked, 3);
    }

    #[test]
    fn any_input_is_safe() {
        for input in ["", "4", "٤٠٤", "4\u{0}4", "4040404040", "é4"] {
            assert!(
                typo_fixes(input, |_| true).len() <= MAX_SUGGESTIONS,
                "{input}"
            );
        }
    }

    #[cfg(feature = "alloc")]
    #[test]
    fn edit_distance_is_symmetric() {
        for (a, b) in [("kitten", "sitting"), ("", "x"), ("phrase", "phrse")] {
            assert_eq!(edit_distance(a, b), edit_distance(b, a));
        }
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[cfg(feature = "alloc")]
    #[test]
    fn closest_needs_to_be_close() {
        assert_eq!(
            closest("redirct", ["registry", "redirect"]),
            Some("redirect")
        );
        assert_eq!(closest("x", ["headers"]), None);
        assert_eq!(closest("anything", []), None);
    }
}
