//! The data: codes files read, checked, and merged with the sets they
//! extend.
//!
//! [`load`] is the whole pipeline, read → check: `read` turns the text into
//! entries as written (through `tables`, the TOML layer), and `check`
//! applies every rule and merges. Neither knows the other: they meet in
//! the [`model`].

pub mod check;
#[cfg(test)]
mod differential;
pub mod model;
pub mod names;
pub mod problem;
pub mod read;
pub mod reference;
pub mod sets;
mod tables;

use std::sync::OnceLock;

use crate::collect::collect;
use model::{Codes, Kind, Pos};
use problem::DataError;

/// Reads and checks one codes file. The problems are in the order an
/// editor lists them.
pub fn load(text: &str, kind: Kind) -> Result<Codes, Vec<DataError>> {
    collect(|errors| {
        let file = read::read(text, errors);
        check::check(file, kind, set, errors)
    })
    .map_err(|mut problems| {
        problem::sort(&mut problems);
        problems
    })
}

/// Whether a user's file extends the IANA set, read without the checks,
/// for the items generated when the file is invalid.
pub fn extends_iana(text: &str) -> bool {
    let mut found = false;
    // The problems are `load`'s to report; reading goes on past them.
    let _problems = collect(|errors| found = read::read(text, errors).extends_iana());
    found
}

/// The IANA set, status-core's own data, read and checked once. The
/// compiler keeps a proc-macro library loaded for a whole crate, so a
/// thousand `status!` calls read it once.
pub fn iana() -> &'static Result<Codes, Vec<DataError>> {
    static EMPTY: Result<Codes, Vec<DataError>> = Ok(Codes {
        entries: Vec::new(),
        extends_iana: false,
    });
    // `SETS` always holds "iana"; the empty set only spares an `unwrap`.
    set(status_vocab::Set::IANA.name()).unwrap_or(&EMPTY)
}

/// A built-in set by name, read and checked once.
pub fn set(name: &str) -> Option<&'static Result<Codes, Vec<DataError>>> {
    static LOADED: OnceLock<Vec<Result<Codes, Vec<DataError>>>> = OnceLock::new();
    let loaded = LOADED.get_or_init(|| {
        sets::SETS
            .iter()
            .map(|(name, text)| {
                let kind = match *name == status_vocab::Set::IANA.name() {
                    true => Kind::Iana,
                    false => Kind::Vendor,
                };
                load(text, kind).map(|codes| stamp(codes, name))
            })
            .collect()
    });
    sets::SETS
        .iter()
        .position(|(set, _)| *set == name)
        .and_then(|i| loaded.get(i))
}

/// Marks every position in a set's entries as belonging to that set, so
/// that a message about a clash names the right file.
fn stamp(mut codes: Codes, set: &'static str) -> Codes {
    for entry in &mut codes.entries {
        let mark = |pos: &mut Pos| pos.set = Some(set);
        mark(&mut entry.pos);
        mark(&mut entry.code.pos);
        mark(&mut entry.phrase.pos);
        for at in [entry.name.as_mut(), entry.constant.as_mut()]
            .into_iter()
            .flatten()
        {
            mark(&mut at.pos);
        }
        for alias in &mut entry.aliases {
            mark(&mut alias.phrase.pos);
        }
    }
    codes
}

/// A user's file, as `registry!` loads it.
#[cfg(test)]
fn load_registry(text: &str) -> Result<Codes, Vec<DataError>> {
    load(text, Kind::User)
}
#[cfg(test)]
mod tests {
    use super::sets::SETS;
    use super::*;

    #[test]
    fn the_shipped_file_is_valid() {
        let codes = iana().as_ref().unwrap_or_else(|errors| {
            panic!(
                "{}",
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        });
        assert!(
            codes
                .get(404)
                .is_some_and(|e| e.phrase.value == "Not Found")
        );
        assert!(codes.get(306).is_some_and(|e| !e.has_variant()));
        assert!(
            codes.get(104).is_none(),
            "104's temporary registration expired"
        );
    }

    #[test]
    fn every_built_in_set_is_valid() {
        for (name, _) in SETS {
            if let Some(Err(errors)) = set(name) {
                panic!("set {name}: {errors:?}");
            }
        }
    }

    #[test]
    fn vendor_sets_name_their_vendor_and_never_shadow_another_code() {
        let iana = iana().as_ref().unwrap();
        let mut seen: std::collections::BTreeMap<u16, &str> = Default::default();
        for (name, _) in SETS.iter().filter(|(name, _)| *name != "iana") {
            let Some(Ok(codes)) = set(name) else {
                panic!("set {name} is invalid");
            };
            assert!(!codes.entries.is_empty(), "set {name} is empty");
            for entry in &codes.entries {
                let code = entry.code.value;
                let vendor = entry
                    .vendor
                    .as_ref()
                    .unwrap_or_else(|| panic!("{name}: {code} names no vendor"));
                assert!(
                    vendor.source.starts_with("https://") && vendor.source.len() > "https://".len(),
                    "{name}: {code} has no documentation link"
                );
                assert!(
                    iana.get(code).is_none(),
                    "{name}: {code} shadows the IANA code {code}"
                );
                if let Some(other) = seen.insert(code, name) {
                    panic!("{code} is in both {other} and {name}");
                }
            }
        }
        for entry in &iana.entries {
            assert!(
                entry.vendor.is_none(),
                "IANA's {} names a vendor",
                entry.code.value
            );
        }
    }

    #[test]
    fn vendor_sets_extend_a_registry_with_no_entry_of_its_own() {
        let registry = load_registry("extends = [\"iana\", \"nginx\", \"cloudflare\"]\n")
            .unwrap_or_else(|e| panic!("{e:?}"));
        let nginx = registry.get(499).unwrap();
        assert_eq!(nginx.vendor.as_ref().unwrap().name, "nginx");
        assert!(!nginx.vendor.as_ref().unwrap().reaches_clients);
        assert!(registry.get(520).is_some());
        assert!(registry.get(404).is_some());
    }

    fn problems(text: &str) -> Vec<String> {
        match load_registry(text) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(|e| e.render("app.toml")).collect(),
        }
    }

    const CLOSED: &str = "[[status]]\ncode = 499\nphrase = \"Client Closed Request\"\n\
                          description = \"The client went away.\"\n";

    #[test]
    fn extending_iana_adds_the_users_codes_to_every_iana_code() {
        let text = format!("extends = [\"iana\"]\n\n{CLOSED}");
        let registry = load_registry(&text).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(registry.extends_iana);
        let iana = iana().as_ref().unwrap();
        assert_eq!(registry.entries.len(), iana.entries.len() + 1);
        assert!(
            registry
                .entries
                .windows(2)
                .all(|w| w[0].code.value < w[1].code.value)
        );
        let added = registry.get(499).unwrap();
        assert_eq!(added.name.as_ref().unwrap().value, "ClientClosedRequest");
        assert_eq!(added.pos.set, None);
        assert_eq!(registry.get(404).unwrap().pos.set, Some("iana"));
    }

    #[test]
    fn a_file_without_extends_stands_alone() {
        // It must then have the x00 code of every class itself.
        let mut text = String::new();
        for code in [100, 200, 300, 400] {
            text += &format!(
                "[[status]]\ncode = {code}\nphrase = \"Class {code}\"\ndescription = \"d\"\n\n"
            );
        }
        text += CLOSED;
        text += "\n[[status]]\ncode = 500\nphrase = \"Class 500\"\ndescription = \"d\"\n";
        let registry = load_registry(&text).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(!registry.extends_iana);
        assert_eq!(registry.entries.len(), 6);
        let problems = problems(CLOSED);
        assert_eq!(problems.len(), 5, "{problems:#?}");
        assert!(
            problems[0].contains("there is no entry for 100"),
            "{problems:#?}"
        );
    }

    #[test]
    fn repeating_an_inherited_code_needs_override() {
        let text = "extends = [\"iana\"]\n\n[[status]]\ncode = 404\nphrase = \"Nothing Here\"\n\
                    description = \"Ours.\"\n";
        let problems = problems(text);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("app.toml:4:8: 404 is already in the \"iana\" set (as \"Not Found\", at status-core's codes.toml:"),
            "{problems:?}"
        );
        assert!(
            problems[0].contains("add `override = true`"),
            "{problems:?}"
        );

        let fixed = text.replace(
            "description = \"Ours.\"",
            "description = \"Ours.\"\noverride = true",
        );
        let registry = load_registry(&fixed).unwrap_or_else(|e| panic!("{e:?}"));
        let ours = registry.get(404).unwrap();
        assert_eq!(ours.description, "Ours.");
        assert_eq!(ours.name.as_ref().unwrap().value, "NothingHere");
    }

    #[test]
    fn override_without_an_inherited_code_is_an_error() {
        let text = format!("extends = [\"iana\"]\n\n{CLOSED}override = true\n");
        let problems = problems(&text);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with(
                "app.toml:3:1: 499 has `override = true`, but none of \"iana\" has it"
            ),
            "{problems:?}"
        );
    }

    #[test]
    fn an_unknown_or_repeated_set_is_an_error_listing_the_sets() {
        let problems = problems(&format!(
            "extends = [\"iana\", \"ngnix\", \"iana\"]\n\n{CLOSED}"
        ));
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].starts_with(
                "app.toml:1:20: unknown set \"ngnix\" in `extends`; the sets are \"iana\", \"nginx\""
            ),
            "{problems:?}"
        );
        assert!(
            problems[1].starts_with("app.toml:1:29: set \"iana\" is already in `extends`"),
            "{problems:?}"
        );
    }

    #[test]
    fn names_must_be_unique_across_the_merged_codes() {
        let text = "extends = [\"iana\"]\n\n[[status]]\ncode = 499\nphrase = \"Not Found\"\n\
                    description = \"Clash.\"\n";
        let problems = problems(text);
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("app.toml:5:10: variant `NotFound` of 499 is already the variant of 404 (at status-core's codes.toml:")),
            "{problems:?}"
        );
    }

    #[test]
    fn extends_must_be_a_list_of_names() {
        let problems = problems(&format!("extends = \"iana\"\n\n{CLOSED}"));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("`extends` must be an array of set names"),
            "{problems:?}"
        );
    }

    /// A user's file may list its codes in any order; the files shipped
    /// here stay in ascending order, so a reader finds a code where it
    /// belongs.
    #[test]
    fn the_shipped_files_list_codes_in_ascending_order() {
        for (name, text) in SETS {
            let (entries, errors) = read::parse(text);
            assert_eq!(errors, Vec::new(), "{name}");
            for pair in entries.windows(2) {
                assert!(
                    pair[0].code.value < pair[1].code.value,
                    "{name}: {} comes after {}, at line {}",
                    pair[1].code.value,
                    pair[0].code.value,
                    pair[1].pos.line
                );
            }
        }
    }

    #[test]
    fn an_override_may_not_remove_a_code_of_an_extended_set() {
        for (extends, code, phrase) in [
            ("\"iana\"", "404", "Not Found"),
            ("\"iana\", \"nginx\"", "499", "Client Closed Request"),
        ] {
            let text = format!(
                "extends = [{extends}]\n\n[[status]]\ncode = {code}\nphrase = \"{phrase}\"\n\
                 description = \"Ours.\"\noverride = true\nreserved = true\n"
            );
            let problems = problems(&text);
            assert_eq!(problems.len(), 1, "{problems:#?}");
            assert!(
                problems[0].starts_with(&format!(
                    "app.toml:8:1: {code} has `override = true` and `reserved = true`"
                )),
                "{problems:#?}"
            );
        }
        // Replacing the entry without reserving it keeps the code.
        let text = "extends = [\"iana\"]\n[[status]]\ncode = 404\nphrase = \"Gone Away\"\n\
                    description = \"Ours.\"\noverride = true\n";
        let codes = load_registry(text).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(codes.get(404).is_some_and(|e| e.has_variant()));
    }

    #[test]
    fn every_code_of_an_extended_set_stays_a_variant() {
        // Whatever a file does, each code of a set it extends keeps a
        // variant of that code, so a status of the set converts to it.
        let iana = iana().as_ref().unwrap();
        let text = "extends = [\"iana\", \"nginx\"]\n\
                    [[status]]\ncode = 499\nphrase = \"Closed\"\ndescription = \"d\"\noverride = true\n\
                    [[status]]\ncode = 404\nphrase = \"Missing\"\ndescription = \"d\"\noverride = true\n";
        let codes = load_registry(text).unwrap_or_else(|e| panic!("{e:?}"));
        for entry in iana.with_variant() {
            let code = entry.code.value;
            assert!(
                codes.get(code).is_some_and(|e| e.has_variant()),
                "{code} lost its variant"
            );
        }
        assert!(codes.get(499).is_some_and(|e| e.has_variant()));
    }

    #[test]
    fn codes_may_come_in_any_order() {
        let text = format!(
            "extends = [\"iana\"]\n\n{CLOSED}\n[[status]]\ncode = 498\nphrase = \"Token Gone\"\n\
             description = \"d\"\n"
        );
        let codes = load_registry(&text).unwrap_or_else(|e| panic!("{e:?}"));
        let order: Vec<u16> = codes.entries.iter().map(|e| e.code.value).collect();
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(order, sorted);
        assert!(codes.get(498).is_some() && codes.get(499).is_some());
    }
}
