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

/// A value together with where it was written, so validation can point at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct At<T> {
    pub value: T,
    pub pos: Pos,
}

/// What the IANA registry says about a code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Registry {
    #[default]
    Assigned,
    Unused,
    Deprecated,
    Obsoleted,
}

impl Registry {
    /// Every value, for looking up what `codes.toml` wrote.
    pub const ALL: &[Registry] = &[
        Registry::Assigned,
        Registry::Unused,
        Registry::Deprecated,
        Registry::Obsoleted,
    ];

    /// The keyword `codes.toml` writes for it: `registry = "unused"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Registry::Assigned => "assigned",
            Registry::Unused => "unused",
            Registry::Deprecated => "deprecated",
            Registry::Obsoleted => "obsoleted",
        }
    }

    /// The name of the matching `Registration` variant in status-core.
    pub fn core_variant(self) -> &'static str {
        match self {
            Registry::Assigned => "Assigned",
            Registry::Unused => "Unused",
            Registry::Deprecated => "Deprecated",
            Registry::Obsoleted => "Obsoleted",
        }
    }
}

/// How a client follows a redirect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Redirect {
    PreserveMethod,
    MayChangeToGet,
    ChangeToGet,
}

impl Redirect {
    /// Every value, for looking up what `codes.toml` wrote.
    pub const ALL: &[Redirect] = &[
        Redirect::PreserveMethod,
        Redirect::MayChangeToGet,
        Redirect::ChangeToGet,
    ];

    /// The keyword `codes.toml` writes for it: `redirect = "change-to-get"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Redirect::PreserveMethod => "preserve-method",
            Redirect::MayChangeToGet => "may-change-to-get",
            Redirect::ChangeToGet => "change-to-get",
        }
    }

    /// The name of the matching `Redirect` variant in status-core.
    pub fn core_variant(self) -> &'static str {
        match self {
            Redirect::PreserveMethod => "PreservesMethod",
            Redirect::MayChangeToGet => "MayChangeToGet",
            Redirect::ChangeToGet => "ChangesToGet",
        }
    }
}

/// A response header field that goes with a code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub name: String,
    pub reference: Option<String>,
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
    /// phrase yields no identifier (validation reports it).
    pub name: Option<At<String>>,
    /// The associated constant: given, or derived from the phrase.
    pub constant: Option<At<String>>,
    /// Older phrases, each with the constant derived from it.
    pub aliases: Vec<Alias>,
    pub registry: Registry,
    pub deprecated: Option<String>,
    pub reserved: bool,
    pub cacheable: bool,
    pub content: bool,
    pub redirect: Option<Redirect>,
    pub headers: Vec<Header>,
    /// Where each key of the table was written, so that a check about one
    /// key can point at it.
    pub keys: Vec<(&'static str, Pos)>,
    /// Set for a code from a vendor's set rather than the IANA registry.
    pub vendor: Option<Vendor>,
    /// `override = true`: the entry replaces the same code of a set that
    /// the file extends.
    pub replaces: bool,
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
        class_of(self.code.value)
    }
}

/// The class name of a code in 100..=599 (RFC 9110, Section 15).
pub fn class_of(code: u16) -> &'static str {
    match code / 100 {
        1 => "Informational",
        2 => "Successful",
        3 => "Redirection",
        4 => "Client Error",
        5 => "Server Error",
        _ => "Unclassified",
    }
}

/// The whole file, validated.
#[derive(Clone, Debug, Default)]
pub struct Codes {
    pub entries: Vec<Entry>,
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
