//! From a query to the statuses it names, or to why there are none and
//! what the user may have meant.
//!
//! A code, a search and a set name reach every known code, the vendors'
//! included. The listing of every code and of a class holds the IANA
//! registry alone, as `status_core::Status` does: vendor codes are listed
//! by their set (`nginx`) or found by a search.

use status_core::{Class, Status};
use status_vocab::MAX_SUGGESTIONS;

use crate::known::{self, Known, Set};

/// What a query found.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    /// A code given by number: explained in full.
    One(Known),
    /// Every code, a class, a set or search results: listed one per line.
    List(Vec<Hit>),
}

/// One listed status.
#[derive(Debug, PartialEq, Eq)]
pub struct Hit {
    pub status: Known,
    /// The former phrase that matched a search, when the current phrase
    /// did not, so the listing can say why 413 answers "payload too large".
    pub alias: Option<&'static str>,
}

impl Hit {
    pub fn plain(status: Known) -> Hit {
        Hit {
            status,
            alias: None,
        }
    }
}

/// Why a query found nothing, with what to suggest instead.
#[derive(Debug, PartialEq, Eq)]
pub enum Miss {
    /// An empty or blank search, such as `http-status ""`.
    EmptySearch,
    /// A code that `codes.toml` keeps as reserved, with no variant (306).
    Reserved {
        code: u16,
        /// Why it is reserved, from `codes.toml`.
        why: &'static str,
        /// What a client makes of it: the `x00` code of its class.
        understood: Option<Status>,
    },
    /// Three digits, 100..=999, that are neither a registered code nor a
    /// vendor's.
    Unregistered {
        code: u16,
        /// What a client makes of it; `None` above 599.
        understood: Option<Status>,
        /// The closest registered codes, those of its own class first.
        nearest: Vec<Known>,
    },
    /// Digits that cannot be a status code at all, such as `4040` or `42`.
    NotACode {
        input: String,
        /// Codes one keystroke away, such as 404 for `4040`.
        fixes: Vec<Known>,
    },
    /// Something shaped like a class that is not one, such as `6xx` or `4x`.
    NotAClass { input: String },
    /// Words that match no phrase, former phrase or description.
    NoMatch {
        query: String,
        /// Phrases spelled nearly like the query.
        suggestions: Vec<Known>,
    },
}

/// Resolves the query: `None` lists every registered code, digits are a
/// code, `4xx` a class, a set's name (`nginx`) lists the set, and anything
/// else is a search.
pub fn lookup(query: Option<&str>) -> Result<Found, Miss> {
    let Some(query) = query else {
        return Ok(Found::List(known::iana().map(Hit::plain).collect()));
    };
    let query = query.trim();
    if query.is_empty() {
        Err(Miss::EmptySearch)
    } else if query.bytes().all(|b| b.is_ascii_digit()) {
        code(query).map(Found::One)
    } else if is_class_like(query) {
        class(query).map(|class| {
            let hits = known::iana().filter(|s| s.class() == class);
            Found::List(hits.map(Hit::plain).collect())
        })
    } else if looks_numeric(query) {
        Err(not_plain_digits(query))
    } else if let Some(set) = Set::named(query) {
        Ok(Found::List(set.codes().map(Hit::plain).collect()))
    } else {
        search(query).map(Found::List)
    }
}

/// The status for a string of ASCII digits: a registered code or a
/// vendor's.
fn code(digits: &str) -> Result<Known, Miss> {
    let value = match digits.parse::<u16>() {
        Ok(value) if digits.len() == 3 && value >= 100 => value,
        _ => {
            return Err(Miss::NotACode {
                input: digits.to_owned(),
                fixes: typo_fixes(digits),
            });
        }
    };
    if let Ok(status) = Known::from_u16(value) {
        return Ok(status);
    }
    let understood = Status::understand(value);
    if let Some(why) = Status::why_reserved(value) {
        Err(Miss::Reserved {
            code: value,
            why,
            understood,
        })
    } else {
        Err(Miss::Unregistered {
            code: value,
            understood,
            nearest: nearest(value),
        })
    }
}

/// A digit followed by digits and `x`, ending in `x`: meant as a class,
/// even when it is not one (`4x`, `6xx`). `0x194` is not one: it ends in a
/// digit, so it is taken for a number.
pub fn is_class_like(query: &str) -> bool {
    let mut bytes = query.trim().bytes();
    bytes.next().is_some_and(|b| b.is_ascii_digit())
        && query.trim().ends_with(['x', 'X'])
        && bytes.all(|b| b.is_ascii_digit() || b.eq_ignore_ascii_case(&b'x'))
}

/// Whether a word is written as a number, though perhaps not as a status
/// code: `404`, but also `-404`, `+1`, `4_04`, `4.04` or `0x194`. Such a
/// word is meant as a code, so it is reported as a bad one instead of
/// being searched for (where `-` and `_` would read as spaces and the
/// digits would match inside descriptions).
pub fn looks_numeric(word: &str) -> bool {
    let word = word.trim();
    let unsigned = word.strip_prefix(['-', '+']).unwrap_or(word);
    let radix_digits = ["0x", "0X", "0o", "0O", "0b", "0B"]
        .into_iter()
        .find_map(|prefix| unsigned.strip_prefix(prefix));
    match radix_digits {
        Some(digits) => {
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_hexdigit() || b == b'_')
        }
        None => {
            unsigned.starts_with(|c: char| c.is_ascii_digit())
                && unsigned
                    .bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'_' | b'.' | b','))
        }
    }
}

/// The miss for a number that is not three plain digits, such as `-404`
/// or `4_04`, suggesting the code its digits spell if there is one.
fn not_plain_digits(input: &str) -> Miss {
    let digits: String = input.chars().filter(char::is_ascii_digit).collect();
    let fixes = match code(&digits) {
        Ok(status) => vec![status],
        Err(_) => typo_fixes(&digits),
    };
    Miss::NotACode {
        input: input.to_owned(),
        fixes,
    }
}

/// The class written as `1xx` to `5xx`, in either case.
fn class(query: &str) -> Result<Class, Miss> {
    let not_a_class = || Miss::NotAClass {
        input: query.to_owned(),
    };
    match query.as_bytes() {
        [digit, x1, x2] if x1.eq_ignore_ascii_case(&b'x') && x2.eq_ignore_ascii_case(&b'x') => {
            Class::of(u16::from(digit - b'0') * 100).ok_or_else(not_a_class)
        }
        _ => Err(not_a_class()),
    }
}

/// How well a status matches a search; lower sorts first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// The query is the phrase or a former phrase.
    Exact,
    /// The query is part of the phrase or a former phrase.
    InPhrase,
    /// The query is part of the name of the vendor that defines the code.
    InVendor,
    /// The query is part of the description.
    InDescription,
    /// Each word of the query is somewhere in the entry.
    AllWords,
}

/// Every status whose phrase, former phrases, vendor or description contain
/// the query, ignoring case, apostrophes and hyphens. The best matches come
/// first, then ascending codes.
fn search(query: &str) -> Result<Vec<Hit>, Miss> {
    let needle = normalize(query);
    if needle.is_empty() {
        // Only punctuation, such as `'`: nothing left to look for.
        return Err(Miss::EmptySearch);
    }
    let words: Vec<&str> = needle.split(' ').collect();
    let mut hits: Vec<(Rank, Hit)> = Vec::new();
    for &status in Known::ALL {
        let phrase = normalize(status.phrase());
        let aliases: Vec<String> = status.aliases().iter().map(|a| normalize(a)).collect();
        let vendor = status
            .vendor()
            .map(|v| normalize(v.name()))
            .unwrap_or_default();
        let description = normalize(status.description());
        let alias_hit = |test: &dyn Fn(&str) -> bool| {
            status
                .aliases()
                .iter()
                .zip(&aliases)
                .find(|(_, a)| test(a))
                .map(|(alias, _)| *alias)
        };
        let found = if phrase == needle {
            Some((Rank::Exact, None))
        } else if let Some(alias) = alias_hit(&|a| a == needle) {
            Some((Rank::Exact, Some(alias)))
        } else if phrase.contains(&needle) {
            Some((Rank::InPhrase, None))
        } else if let Some(alias) = alias_hit(&|a| a.contains(&needle)) {
            Some((Rank::InPhrase, Some(alias)))
        } else if vendor.contains(&needle) {
            Some((Rank::InVendor, None))
        } else if description.contains(&needle) {
            Some((Rank::InDescription, None))
        } else {
            let everything = [phrase.as_str(), &aliases.join(" "), &vendor, &description].join(" ");
            words
                .iter()
                .all(|w| everything.contains(w))
                .then_some((Rank::AllWords, None))
        };
        if let Some((rank, alias)) = found {
            hits.push((rank, Hit { status, alias }));
        }
    }
    if hits.is_empty() {
        return Err(Miss::NoMatch {
            query: query.to_owned(),
            suggestions: spelled_like(&needle),
        });
    }
    hits.sort_by_key(|(rank, hit)| (*rank, hit.status));
    Ok(hits.into_iter().map(|(_, hit)| hit).collect())
}

/// Text reduced to what a search compares: lowercase, apostrophes dropped
/// (`im a teapot` finds "I'm a teapot"), hyphens and runs of white space
/// made one space (`multi status` finds "Multi-Status").
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let cleaned = text
        .chars()
        .filter(|c| !matches!(c, '\'' | '\u{2019}'))
        .map(|c| if matches!(c, '-' | '_') { ' ' } else { c });
    for word in cleaned.collect::<String>().split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Statuses whose phrase, or a run of words in it, is spelled nearly like
/// the query: `not fund` suggests 404 Not Found.
fn spelled_like(needle: &str) -> Vec<Known> {
    // Comparing costs the product of the lengths, and no phrase is spelled
    // nearly like a paragraph.
    const LONGEST: usize = 64;
    if needle.len() > LONGEST {
        return Vec::new();
    }
    let width = needle.split(' ').count();
    let allowed = (needle.chars().count() / 3).max(1);
    let mut close: Vec<(usize, Known)> = Vec::new();
    for &status in Known::ALL {
        let best = std::iter::once(status.phrase())
            .chain(status.aliases().iter().copied())
            .flat_map(|phrase| {
                let words: Vec<String> = normalize(phrase).split(' ').map(str::to_owned).collect();
                let runs: Vec<String> = if words.len() <= width {
                    vec![words.join(" ")]
                } else {
                    words.windows(width).map(|run| run.join(" ")).collect()
                };
                runs
            })
            .map(|run| status_vocab::edit_distance(&run, needle))
            .min();
        if let Some(distance) = best.filter(|&d| d <= allowed) {
            close.push((distance, status));
        }
    }
    close.sort();
    close
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, status)| status)
        .collect()
}

/// The registered codes closest to an unknown one, those of its own class
/// first, as the `status!` macro suggests them.
fn nearest(code: u16) -> Vec<Known> {
    let codes = Status::ALL.iter().map(|status| status.code());
    statuses(&status_vocab::nearest(code, codes))
}

/// Registered codes one keystroke away from `digits`, as the `status!`
/// macro suggests them.
fn typo_fixes(digits: &str) -> Vec<Known> {
    let fixes = status_vocab::typo_fixes(digits, |code| Status::from_u16(code).is_ok());
    statuses(&fixes)
}

/// The statuses for codes known to be registered.
fn statuses(codes: &[u16]) -> Vec<Known> {
    codes
        .iter()
        .filter_map(|&code| Status::from_u16(code).ok())
        .map(Known::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(found: Result<Found, Miss>) -> Vec<u16> {
        match found {
            Ok(Found::List(hits)) => hits.iter().map(|h| h.status.code()).collect(),
            other => panic!("expected a list, got {other:?}"),
        }
    }

    #[test]
    fn digits_are_a_code() {
        assert_eq!(lookup(Some("404")), Ok(Found::One(Known::NotFound)));
        assert_eq!(lookup(Some(" 418 ")), Ok(Found::One(Known::ImATeapot)));
    }

    #[test]
    fn unregistered_codes_name_what_a_client_understands() {
        let Err(Miss::Unregistered {
            code,
            understood,
            nearest,
        }) = lookup(Some("498"))
        else {
            panic!("498 is in no registry and no set");
        };
        assert_eq!(code, 498);
        assert_eq!(understood, Some(Status::BadRequest));
        assert!(nearest.iter().all(|s| s.is_client_error()), "{nearest:?}");
        assert_eq!(nearest.len(), MAX_SUGGESTIONS);

        let Err(Miss::Unregistered { understood, .. }) = lookup(Some("600")) else {
            panic!("600 is not a status code");
        };
        assert_eq!(understood, None);
    }

    #[test]
    fn vendor_codes_are_found_by_number() {
        let Ok(Found::One(status)) = lookup(Some("499")) else {
            panic!("499 is nginx's");
        };
        assert_eq!(status.vendor().map(|v| v.name()), Some("nginx"));
        let Ok(Found::One(status)) = lookup(Some("520")) else {
            panic!("520 is Cloudflare's");
        };
        assert_eq!(status.vendor().map(|v| v.name()), Some("Cloudflare"));
    }

    #[test]
    fn set_names_list_their_codes() {
        assert_eq!(codes(lookup(Some("nginx"))), [444, 494, 495, 496, 497, 499]);
        assert_eq!(codes(lookup(Some("AWS-ELB"))), [460, 463, 464, 561]);
    }

    #[test]
    fn searches_find_vendor_codes() {
        assert_eq!(codes(lookup(Some("timed out"))), [522]);
        assert!(codes(lookup(Some("client closed"))).contains(&499));
        // A vendor's name is searched, not only a set's.
        let found = codes(lookup(Some("elastic load balancing")));
        assert_eq!(found, [460, 463, 464, 561]);
        let found = codes(lookup(Some("exchange")));
        assert!(found.contains(&440), "{found:?}");
    }

    #[test]
    fn classes_and_the_full_listing_hold_registered_codes_only() {
        assert!(!codes(lookup(Some("4xx"))).contains(&499));
        assert!(!codes(lookup(None)).contains(&520));
    }

    #[test]
    fn reserved_codes_are_told_apart() {
        let Err(Miss::Reserved {
            code,
            why,
            understood,
        }) = lookup(Some("306"))
        else {
            panic!("306 is reserved");
        };
        assert_eq!((code, understood), (306, Some(Status::MultipleChoices)));
        assert!(why.contains("Switch Proxy"), "{why}");
    }

    #[test]
    fn typos_in_long_codes_are_fixed() {
        let Err(Miss::NotACode { fixes, .. }) = lookup(Some("4040")) else {
            panic!("4040 is not a code");
        };
        assert_eq!(fixes.first(), Some(&Known::NotFound));
        let Err(Miss::NotACode { fixes, .. }) = lookup(Some("0404")) else {
            panic!("0404 is not a code");
        };
        assert!(fixes.contains(&Known::NotFound), "{fixes:?}");
        assert!(matches!(
            lookup(Some("99999999")),
            Err(Miss::NotACode { .. })
        ));
        assert!(matches!(lookup(Some("099")), Err(Miss::NotACode { .. })));
        let long = "4".repeat(100_000);
        assert_eq!(
            lookup(Some(&long)),
            Err(Miss::NotACode {
                input: long.clone(),
                fixes: vec![]
            })
        );
    }

    #[test]
    fn numbers_that_are_not_three_digits_are_bad_codes() {
        for input in ["-404", "+404", "4_04", "4.04", "0x194", "-0x194"] {
            let Err(Miss::NotACode { fixes, .. }) = lookup(Some(input)) else {
                panic!("{input} was not taken for a code");
            };
            if !input.contains('x') {
                assert_eq!(fixes, [Known::NotFound], "{input}");
            }
        }
        assert!(matches!(
            lookup(Some("-1")),
            Err(Miss::NotACode { fixes, .. }) if fixes.is_empty()
        ));
        // Words with digits in them are still searched for.
        assert!(!looks_numeric("2 fa") && !looks_numeric("404s") && !looks_numeric("-"));
    }

    #[test]
    fn classes_list_their_codes() {
        let found = codes(lookup(Some("4xx")));
        assert!(found.contains(&404));
        assert!(found.iter().all(|c| (400..500).contains(c)));
        assert_eq!(codes(lookup(Some("2XX"))), codes(lookup(Some("2xx"))));
        assert_eq!(
            lookup(Some("6xx")),
            Err(Miss::NotAClass {
                input: "6xx".into()
            })
        );
        assert_eq!(
            lookup(Some("4x")),
            Err(Miss::NotAClass { input: "4x".into() })
        );
        assert!(is_class_like("4XX") && !is_class_like("0x1") && !is_class_like("x"));
    }

    #[test]
    fn nothing_lists_everything() {
        assert_eq!(codes(lookup(None)).len(), Status::ALL.len());
    }

    #[test]
    fn searches_rank_phrases_first() {
        assert_eq!(codes(lookup(Some("teapot"))), [418]);
        assert_eq!(codes(lookup(Some("TOO MANY"))).first(), Some(&429));
        assert_eq!(codes(lookup(Some("not found"))).first(), Some(&404));
        assert_eq!(codes(lookup(Some("im a teapot"))), [418]);
        assert!(codes(lookup(Some("multi status"))).contains(&207));
    }

    #[test]
    fn former_phrases_are_searched_and_reported() {
        let Ok(Found::List(hits)) = lookup(Some("payload too large")) else {
            panic!("413 was Payload Too Large");
        };
        assert_eq!(
            hits[0],
            Hit {
                status: Known::ContentTooLarge,
                alias: Some("Payload Too Large")
            }
        );
    }

    #[test]
    fn empty_and_failed_searches_are_misses() {
        assert_eq!(lookup(Some("")), Err(Miss::EmptySearch));
        assert_eq!(lookup(Some("  ")), Err(Miss::EmptySearch));
        assert_eq!(lookup(Some("'")), Err(Miss::EmptySearch));
        let Err(Miss::NoMatch { suggestions, .. }) = lookup(Some("not fund")) else {
            panic!("nothing says 'not fund'");
        };
        assert_eq!(suggestions.first(), Some(&Known::NotFound));
        assert_eq!(
            lookup(Some("xyzzy plugh")),
            Err(Miss::NoMatch {
                query: "xyzzy plugh".into(),
                suggestions: vec![]
            })
        );
    }

    #[test]
    fn long_queries_stay_cheap() {
        let long = "q".repeat(100_000);
        assert_eq!(
            lookup(Some(&long)),
            Err(Miss::NoMatch {
                query: long.clone(),
                suggestions: vec![]
            })
        );
    }
}
