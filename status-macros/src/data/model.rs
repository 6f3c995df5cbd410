//! The data model of `codes.toml`: one [`Entry`] per status code, with every
//! optional field already resolved to its default.

/// A position in `codes.toml`, 1-based, as editors show it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    /// The built-in set the position is in, such as `"iana"`; `None` for
    /// the file being read.
    pub set: Option<&'static str>,
    pub line: usize,
    pub column: usize,
}

/// A value together with where it was written, so a check can point at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct At<T> {
    pub value: T,
    pub pos: Pos,
}

pub use status_vocab::{Redirect, Registration};

/// A response header field that goes with a code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub name: String,
    pub reference: Option<String>,
    /// Whether the reference requires the field (a MUST), as it does
    /// `Allow` on 405; `required = false` in the data for one it only
    /// recommends or allows, as RFC 6585 does `Retry-After` on 429.
    pub required: bool,
    /// Where the name was written.
    pub pos: Pos,
}

/// One `[[status]]` table of `codes.toml`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Where the `[[status]]` table starts.
    pub pos: Pos,
    pub code: At<u16>,
    pub phrase: At<String>,
    pub description: String,
    pub reference: Option<String>,
    /// The variant name: given, or derived from the phrase. `None` when the
    /// phrase yields no identifier (the checks report it).
    pub name: Option<At<String>>,
    /// The associated constant: given, or derived from the phrase.
    pub constant: Option<At<String>>,
    /// Older phrases, each with the constant derived from it.
    pub aliases: Vec<Alias>,
    /// What the IANA registry records: the file's `registry` key.
    pub registration: Registration,
    pub deprecated: Option<String>,
    pub reserved: bool,
    pub cacheable: bool,
    pub content: bool,
    pub redirect: Option<Redirect>,
    pub headers: Vec<Header>,
    /// Where each key of the table was written, so that a check about one
    /// key can point at it.
    pub keys: Vec<(&'static str, Pos)>,
    /// Set for a code from a vendor's set rather than the IANA registry,
    /// by the checks, from `vendor_keys`.
    pub vendor: Option<Vendor>,
    /// The vendor keys as written, which only make sense together.
    pub vendor_keys: VendorKeys,
    /// `override = true`: the entry replaces the same code of a set that
    /// the file extends.
    pub replaces: bool,
}

/// The keys that describe a vendor's code, each with where it was
/// written, before the checks turn them into a [`Vendor`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VendorKeys {
    /// `vendor`, at its key.
    pub name: Option<At<String>>,
    /// `source`, the vendor's page that defines the code, at its value.
    pub source: Option<At<String>>,
    /// `reaches-clients`, at its value.
    pub reaches_clients: Option<At<bool>>,
    /// `sent-as`, as written: the checks say whether it is a code.
    pub sent_as: Option<At<i64>>,
}

/// Who defines a code outside the IANA registry, and whether clients see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vendor {
    pub name: String,
    /// The vendor's own page that defines the code.
    pub source: String,
    pub reaches_clients: bool,
    /// What a client receives instead, for a code that does not reach it.
    pub sent_as: Option<u16>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    pub phrase: At<String>,
    pub constant: Option<String>,
}

impl Entry {
    /// Whether this entry becomes a variant: every entry but a reserved one.
    pub fn has_variant(&self) -> bool {
        !self.reserved
    }

    /// Where `key` was written, or the start of the table if it was not.
    pub fn pos_of(&self, key: &str) -> Pos {
        self.keys
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(self.pos, |(_, pos)| *pos)
    }

    /// `HTTP/1.1 404 Not Found`.
    pub fn status_line(&self) -> String {
        format!("HTTP/1.1 {} {}", self.code.value, self.phrase.value)
    }

    /// The class name, from the first digit.
    pub fn class(&self) -> &'static str {
        status_vocab::Class::of(self.code.value).map_or("Unclassified", status_vocab::Class::as_str)
    }
}

/// A codes file as read: what it extends and its own entries, in the order
/// of the file, not yet checked.
#[derive(Clone, Debug, Default)]
pub struct File {
    /// The sets named by `extends = [...]`, each with where it was written;
    /// `None` without the key.
    pub extends: Option<Vec<At<String>>>,
    /// The entries that could be read, in the order of the file.
    pub entries: Vec<Entry>,
}

impl File {
    /// Whether the file extends the IANA set.
    pub fn extends_iana(&self) -> bool {
        self.extends
            .iter()
            .flatten()
            .any(|set| set.value == status_vocab::Set::IANA.name())
    }
}

/// Which rules a codes file follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// status-core's own IANA set, which stands alone: it has every `x00`
    /// code.
    Iana,
    /// A vendor's set that registries extend: the `x00` codes come from the
    /// sets it is merged with.
    Vendor,
    /// A user's file for `registry!`: it may extend sets, and with them has
    /// every `x00` code.
    User,
}

/// The whole file, checked and merged with the sets it extends, in
/// ascending order of code.
#[derive(Clone, Debug, Default)]
pub struct Codes {
    /// Every entry, in ascending order of code.
    pub entries: Vec<Entry>,
    /// Whether the file extends the IANA set, so its enum converts to and
    /// from status-core's `Status`.
    pub extends_iana: bool,
}

impl Codes {
    /// The entries that become variants, in ascending order of code.
    pub fn with_variant(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.has_variant())
    }

    pub fn get(&self, code: u16) -> Option<&Entry> {
        self.entries
            .binary_search_by_key(&code, |e| e.code.value)
            .ok()
            .map(|i| &self.entries[i])
    }
}
