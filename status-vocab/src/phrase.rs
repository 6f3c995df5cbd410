//! Which characters a reason phrase may hold.
//!
//! RFC 9112, Section 4 writes `reason-phrase = 1*( HTAB / SP / VCHAR /
//! obs-text )`: tabs, spaces, visible ASCII and any byte from 0x80 up. Text
//! beyond ASCII is encoded in UTF-8 as such bytes, so the grammar itself
//! forbids only the ASCII controls other than the tab, among them CR and LF,
//! which would end the status line.
//!
//! A phrase also ends up in logs, terminals, editors and documentation, so
//! this rule refuses more than the grammar: the C1 controls, the line and
//! paragraph separators, and the bidirectional controls, none of which any
//! sensible phrase needs. A CR or LF is refused wherever it stands, at the
//! start and end too: a phrase is never trimmed into shape.

use core::fmt;

/// Why a character may not stand in a reason phrase.
///
/// ```
/// use status_vocab::PhraseFault;
///
/// assert_eq!(PhraseFault::of('\n'), Some(PhraseFault::LineBreak));
/// assert_eq!(PhraseFault::of('\u{7f}'), Some(PhraseFault::Control));
/// assert_eq!(PhraseFault::of('\t'), None);
/// assert_eq!(PhraseFault::of('é'), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PhraseFault {
    /// CR (U+000D) or LF (U+000A), which end the status line: what follows
    /// would be read as a header field.
    LineBreak,
    /// Any other control character but the tab: the rest of C0 (U+0000 to
    /// U+001F), DEL (U+007F) and C1 (U+0080 to U+009F).
    Control,
    /// LINE SEPARATOR (U+2028) or PARAGRAPH SEPARATOR (U+2029), which
    /// break the line in editors and logs that show the phrase.
    LineSeparator,
    /// A bidirectional formatting control (U+061C, U+200E, U+200F, U+202A
    /// to U+202E, U+2066 to U+2069), which can make the phrase display in
    /// an order other than the one it is sent in.
    Bidi,
}

impl PhraseFault {
    /// Why `c` may not stand in a reason phrase, or `None` if it may.
    ///
    /// ```
    /// use status_vocab::PhraseFault;
    ///
    /// assert_eq!(PhraseFault::of('\u{202e}'), Some(PhraseFault::Bidi));
    /// assert_eq!(PhraseFault::of('\u{2028}'), Some(PhraseFault::LineSeparator));
    /// assert_eq!(PhraseFault::of('\u{85}'), Some(PhraseFault::Control));
    /// assert_eq!(PhraseFault::of(' '), None);
    /// ```
    pub const fn of(c: char) -> Option<PhraseFault> {
        match c {
            '\r' | '\n' => Some(PhraseFault::LineBreak),
            '\t' => None,
            '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => Some(PhraseFault::Control),
            '\u{2028}' | '\u{2029}' => Some(PhraseFault::LineSeparator),
            '\u{61c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}' => Some(PhraseFault::Bidi),
            _ => None,
        }
    }

    /// What kind of character it is, such as "line break", to name it in
    /// a message.
    ///
    /// ```
    /// use status_vocab::PhraseFault;
    ///
    /// assert_eq!(PhraseFault::Bidi.describe(), "bidirectional control");
    /// ```
    pub const fn describe(self) -> &'static str {
        match self {
            PhraseFault::LineBreak => "line break",
            PhraseFault::Control => "control character",
            PhraseFault::LineSeparator => "line separator",
            PhraseFault::Bidi => "bidirectional control",
        }
    }

    /// Why such a character has no place in a reason phrase, in a few
    /// words that can follow a colon in a message.
    ///
    /// ```
    /// use status_vocab::PhraseFault;
    ///
    /// assert!(PhraseFault::LineBreak.reason().contains("status line"));
    /// ```
    pub const fn reason(self) -> &'static str {
        match self {
            PhraseFault::LineBreak => {
                "a CR or LF ends the status line, and what follows would be read as a header"
            }
            PhraseFault::Control => {
                "a reason phrase holds tabs, spaces and visible text, no other controls \
                 (`reason-phrase` in RFC 9112, Section 4)"
            }
            PhraseFault::LineSeparator => "it breaks the line wherever the phrase is shown",
            PhraseFault::Bidi => {
                "it can make the phrase display in another order than the one it is sent in"
            }
        }
    }
}

/// The first character of a reason phrase that [`check_phrase`] refuses:
/// which character, where, and why.
///
/// Its `Display` says all three, such as `line break U+000D at character
/// 10: a CR or LF ends the status line, ...`, so a caller can put it after
/// the phrase and its own context.
///
/// ```
/// use status_vocab::{PhraseFault, check_phrase};
///
/// let error = check_phrase("Not Found\r\nSet-Cookie: x").unwrap_err();
/// assert_eq!(error.fault(), PhraseFault::LineBreak);
/// assert_eq!(error.char(), '\r');
/// assert_eq!(error.char_index(), 9);
/// assert_eq!(error.byte_offset(), 9);
/// assert!(error.to_string().starts_with("line break U+000D at character 10: "));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PhraseError {
    fault: PhraseFault,
    char: char,
    char_index: usize,
    byte_offset: usize,
}

impl PhraseError {
    /// Why the character is refused.
    pub const fn fault(&self) -> PhraseFault {
        self.fault
    }

    /// The refused character.
    pub const fn char(&self) -> char {
        self.char
    }

    /// How many characters (not bytes) come before it: 0 for the first.
    /// Messages count from 1, as `Display` does.
    ///
    /// ```
    /// use status_vocab::check_phrase;
    ///
    /// let error = check_phrase("Café\u{7}").unwrap_err();
    /// assert_eq!(error.char_index(), 4);
    /// assert_eq!(error.byte_offset(), 5);
    /// ```
    pub const fn char_index(&self) -> usize {
        self.char_index
    }

    /// Where it starts in the phrase's UTF-8 bytes, for slicing.
    pub const fn byte_offset(&self) -> usize {
        self.byte_offset
    }
}

impl fmt::Display for PhraseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} U+{:04X} at character {}: {}",
            self.fault.describe(),
            u32::from(self.char),
            self.char_index + 1,
            self.fault.reason()
        )
    }
}

impl core::error::Error for PhraseError {}

/// Checks that every character of `phrase` may stand in a reason phrase,
/// and reports the first one that may not.
///
/// Allowed are the tab, the space, visible ASCII and any other text
/// beyond ASCII; refused are the characters of [`PhraseFault`]. The empty
/// phrase passes: the status line may leave the phrase out, and a caller
/// that needs one checks that itself.
///
/// ```
/// use status_vocab::{PhraseFault, check_phrase};
///
/// assert!(check_phrase("I'm a teapot").is_ok());
/// assert!(check_phrase("Tab\there, café, 見つかりません").is_ok());
/// // Never trimmed: a trailing line break is refused like any other.
/// let error = check_phrase("Not Found\n").unwrap_err();
/// assert_eq!((error.fault(), error.char_index()), (PhraseFault::LineBreak, 9));
/// // Usable in constants.
/// const OK: bool = check_phrase("OK").is_ok();
/// assert!(OK);
/// ```
pub const fn check_phrase(phrase: &str) -> Result<(), PhraseError> {
    let bytes = phrase.as_bytes();
    let mut byte_offset = 0;
    let mut char_index = 0;
    while byte_offset < bytes.len() {
        let (c, len) = decode(bytes, byte_offset);
        if let Some(fault) = PhraseFault::of(c) {
            return Err(PhraseError {
                fault,
                char: c,
                char_index,
                byte_offset,
            });
        }
        byte_offset += len;
        char_index += 1;
    }
    Ok(())
}

/// Whether [`check_phrase`] accepts `phrase`.
///
/// ```
/// use status_vocab::is_valid_phrase;
///
/// assert!(is_valid_phrase("Not Found"));
/// assert!(!is_valid_phrase("\u{202e}dnuoF toN"));
/// ```
pub const fn is_valid_phrase(phrase: &str) -> bool {
    check_phrase(phrase).is_ok()
}

/// The character that starts at `at`, a character boundary before the end
/// of `bytes`, which are valid UTF-8; and its length in bytes.
const fn decode(bytes: &[u8], at: usize) -> (char, usize) {
    let first = bytes[at] as u32;
    let (len, mut value) = match first {
        0x00..=0x7f => (1, first),
        0xc0..=0xdf => (2, first & 0x1f),
        0xe0..=0xef => (3, first & 0x0f),
        _ => (4, first & 0x07),
    };
    let mut i = 1;
    while i < len && at + i < bytes.len() {
        value = (value << 6) | (bytes[at + i] as u32 & 0x3f);
        i += 1;
    }
    match char::from_u32(value) {
        Some(c) => (c, len),
        None => (char::REPLACEMENT_CHARACTER, len),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule written out again, from the character categories.
    fn expected(c: char) -> Option<PhraseFault> {
        let bidi = [
            0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
            0x2069,
        ];
        if c == '\r' || c == '\n' {
            Some(PhraseFault::LineBreak)
        } else if c.is_control() && c != '\t' {
            // `is_control` is the general category Cc: C0, DEL and C1.
            Some(PhraseFault::Control)
        } else if c == '\u{2028}' || c == '\u{2029}' {
            Some(PhraseFault::LineSeparator)
        } else if bidi.contains(&u32::from(c)) {
            Some(PhraseFault::Bidi)
        } else {
            None
        }
    }

    #[test]
    fn every_char_is_judged_by_the_rule() {
        let mut refused = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let fault = PhraseFault::of(c);
            assert_eq!(fault, expected(c), "U+{:04X}", u32::from(c));
            refused += usize::from(fault.is_some());
            // Alone, first, in the middle and last, the same verdict.
            let mut buffer = [0u8; 10];
            buffer[..3].copy_from_slice(b"a\xc3\xa9");
            let len = 3 + c.encode_utf8(&mut buffer[3..]).len();
            buffer[len] = b'z';
            let inside = core::str::from_utf8(&buffer[..=len]).unwrap();
            let alone = core::str::from_utf8(&buffer[3..len]).unwrap();
            let first = core::str::from_utf8(&buffer[3..=len]).unwrap();
            let last = core::str::from_utf8(&buffer[..len]).unwrap();
            for (phrase, char_index, byte_offset) in
                [(alone, 0, 0), (first, 0, 0), (inside, 2, 3), (last, 2, 3)]
            {
                match (check_phrase(phrase), fault) {
                    (Ok(()), None) => {}
                    (Err(error), Some(fault)) => {
                        assert_eq!(error.fault(), fault);
                        assert_eq!(error.char(), c);
                        assert_eq!(error.char_index(), char_index);
                        assert_eq!(error.byte_offset(), byte_offset);
                    }
                    (found, _) => panic!("U+{:04X} in {phrase:?}: {found:?}", u32::from(c)),
                }
            }
        }
        // C0 but the tab (31), DEL (1), C1 (32), two separators, 12 bidi
        // controls.
        assert_eq!(refused, 31 + 1 + 32 + 2 + 12);
    }

    #[test]
    fn decoding_finds_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buffer = [0u8; 4];
            let len = c.encode_utf8(&mut buffer).len();
            assert_eq!(decode(&buffer[..len], 0), (c, len));
        }
    }

    #[test]
    fn leading_and_trailing_line_breaks_are_refused_not_trimmed() {
        for phrase in ["\nOK", "\r\nOK", "OK\n", "OK\r\n", "OK\r", "\r", "\n"] {
            let error = check_phrase(phrase).unwrap_err();
            assert_eq!(error.fault(), PhraseFault::LineBreak, "{phrase:?}");
            assert_eq!(
                error.char_index(),
                phrase.find(['\r', '\n']).unwrap(),
                "{phrase:?}"
            );
        }
    }

    #[test]
    fn the_first_fault_is_reported() {
        let error = check_phrase("a\u{200f}b\u{0}").unwrap_err();
        assert_eq!(error.fault(), PhraseFault::Bidi);
        assert_eq!(error.char_index(), 1);
        assert_eq!(error.byte_offset(), 1);
    }

    #[test]
    fn what_the_grammar_allows_passes() {
        let visible: alloc::string::String = (0x21u8..=0x7e).map(char::from).collect();
        for phrase in [
            "",
            " ",
            "\t",
            "Not Found",
            visible.as_str(),
            "\u{a0}\u{fffd}\u{10ffff}",
        ] {
            assert_eq!(check_phrase(phrase), Ok(()), "{phrase:?}");
            assert!(is_valid_phrase(phrase));
        }
    }

    #[test]
    fn the_message_names_the_char_its_place_and_why() {
        let error = check_phrase("Not\u{85}Found").unwrap_err();
        assert_eq!(
            alloc::format!("{error}"),
            "control character U+0085 at character 4: a reason phrase holds tabs, spaces and \
             visible text, no other controls (`reason-phrase` in RFC 9112, Section 4)"
        );
        let error = check_phrase("x\u{2066}").unwrap_err();
        assert_eq!(
            alloc::format!("{error}"),
            "bidirectional control U+2066 at character 2: it can make the phrase display in \
             another order than the one it is sent in"
        );
    }
}
