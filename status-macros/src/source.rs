//! Where the data comes from: the sets built into this crate, each parsed
//! once per compiler process, and a user's codes file merged with the sets
//! it extends.

use std::sync::OnceLock;

use crate::error::DataError;
use crate::model::{At, Codes, Entry, Pos};

/// The built-in sets, by the name `extends` uses: the IANA registry, which
/// is status-core's own `Status`, and the vendors' codes, which only
/// registries that name them get. Embedding them makes cargo rebuild this
/// crate, and so every crate that expands its macros, whenever one changes.
pub const SETS: &[(&str, &str)] = &[
    ("iana", include_str!("../codes.toml")),
    ("nginx", include_str!("../sets/nginx.toml")),
    ("cloudflare", include_str!("../sets/cloudflare.toml")),
    ("aws-elb", include_str!("../sets/aws-elb.toml")),
    ("microsoft", include_str!("../sets/microsoft.toml")),
    ("shopify", include_str!("../sets/shopify.toml")),
];

/// The parsed and validated IANA set, status-core's own data. The compiler
/// keeps a proc-macro library loaded for a whole crate, so a thousand
/// `status!` calls parse it once.
pub fn codes() -> &'static Result<Codes, Vec<DataError>> {
    set("iana").unwrap_or_else(|| unreachable_set())
}

/// A built-in set by name, parsed and validated once.
pub fn set(name: &str) -> Option<&'static Result<Codes, Vec<DataError>>> {
    static PARSED: OnceLock<Vec<Result<Codes, Vec<DataError>>>> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| {
        SETS.iter()
            .map(|(name, text)| load(text, *name == "iana").map(|codes| stamp(codes, name)))
            .collect()
    });
    SETS.iter()
        .position(|(set, _)| *set == name)
        .and_then(|i| parsed.get(i))
}

/// `SETS` always holds "iana"; this only keeps `codes()` free of `unwrap`.
fn unreachable_set() -> &'static Result<Codes, Vec<DataError>> {
    static EMPTY: Result<Codes, Vec<DataError>> = Ok(Codes {
        entries: Vec::new(),
    });
    &EMPTY
}

/// In status-core's own workspace, checks that the `codes.toml` people
/// edit, at the top, is the data this crate embedded through its link
/// `status-macros/codes.toml`, and makes the caller's crate track that
/// file.
///
/// Returns nothing for a published status-core, which has no workspace
/// around it; otherwise tokens that include the top-level file, plus an
/// error if the two differ. They differ when a tool replaced the link with
/// a copy (`sed -i`, an editor's atomic save, `cp -L`, a checkout without
/// links), or when a target directory shared with another checkout holds a
/// status-macros built from that checkout's data.
pub fn workspace_copy_check(manifest_dir: &std::path::Path) -> Option<Result<String, String>> {
    let root = manifest_dir.parent()?;
    let top = root.join("codes.toml");
    if !root.join("status-macros").join("Cargo.toml").is_file() || !top.is_file() {
        return None;
    }
    let path = top.to_string_lossy().into_owned();
    let same = std::fs::read_to_string(&top).is_ok_and(|text| text == SETS[0].1);
    if same {
        Some(Ok(path))
    } else {
        Some(Err(format!(
            "{path} differs from the data status-macros was built with; \
             status-macros/codes.toml must be a link to ../codes.toml: restore it with \
             `ln -sf ../codes.toml status-macros/codes.toml` (where links are not \
             available, copy the file over it), or, if the link is intact, this target \
             directory was last used by another checkout: run `cargo clean -p status-macros`"
        )))
    }
}

/// Parses and validates one codes file that extends nothing: a complete
/// one, or a set that others extend, which needs no `x00` codes.
pub fn load(text: &str, complete: bool) -> Result<Codes, Vec<DataError>> {
    let (entries, errors) = crate::parse::parse(text);
    match complete {
        true => crate::validate::validate(entries, errors),
        false => crate::validate::validate_set(entries, errors),
    }
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

/// The names of the built-in sets, for messages.
fn set_names() -> String {
    SETS.iter()
        .map(|(name, _)| format!("\"{name}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A user's codes file, merged with the sets it extends.
pub struct Registry {
    pub codes: Codes,
    /// Whether the file extends the IANA set, so its enum converts to and
    /// from status-core's `Status`.
    pub extends_iana: bool,
}

/// Parses a user's codes file, merges it with the sets named by its
/// `extends`, and validates the result.
///
/// A code that two extended sets both define is an error naming both,
/// unless the file has its own entry for it with `override = true`. A code
/// the file repeats from a set is an error unless that entry says
/// `override = true`, in which case it replaces the set's.
pub fn load_registry(text: &str) -> Result<Registry, Vec<DataError>> {
    let (preamble, own, mut errors) = crate::parse::parse_file(text);
    let extends = preamble.extends.unwrap_or_default();

    // Each inherited code with the sets that define it, in `extends` order.
    let mut inherited: Vec<(u16, Vec<(&'static str, &'static Entry)>)> = Vec::new();
    let mut named: Vec<&At<String>> = Vec::new();
    for name in &extends {
        if let Some(first) = named.iter().find(|n| n.value == name.value) {
            errors.push(DataError::new(
                name.pos,
                format!(
                    "set \"{}\" is already in `extends` (at column {}); list each set once",
                    name.value, first.pos.column
                ),
            ));
            continue;
        }
        named.push(name);
        let Some((set_name, _)) = SETS.iter().find(|(set, _)| *set == name.value) else {
            errors.push(DataError::new(
                name.pos,
                format!(
                    "unknown set \"{}\" in `extends`; the sets are {}",
                    name.value,
                    set_names()
                ),
            ));
            continue;
        };
        match set(set_name) {
            Some(Ok(codes)) => {
                for entry in &codes.entries {
                    let code = entry.code.value;
                    match inherited.iter_mut().find(|(c, _)| *c == code) {
                        Some((_, sets)) => sets.push((set_name, entry)),
                        None => inherited.push((code, vec![(set_name, entry)])),
                    }
                }
            }
            // The built-in sets are tested to be valid; say so if one is not.
            _ => errors.push(DataError::new(
                name.pos,
                format!("the built-in set \"{set_name}\" is invalid; please report this"),
            )),
        }
    }

    let mut replaced: Vec<u16> = Vec::new();
    let mut kept_own = Vec::new();
    for entry in own {
        let code = entry.code.value;
        let sets = inherited.iter().find(|(c, _)| *c == code).map(|(_, s)| s);
        match (sets, entry.replaces) {
            (Some(_), true) => {
                replaced.push(code);
                kept_own.push(entry);
            }
            (Some(sets), false) => {
                let (set, theirs) = sets[0];
                errors.push(DataError::new(
                    entry.code.pos,
                    format!(
                        "{code} is already in the \"{set}\" set (as \"{}\", at {}); \
                         to replace that entry with yours, add `override = true`, \
                         or delete yours",
                        theirs.phrase.value,
                        location(theirs.pos)
                    ),
                ));
            }
            (None, true) => {
                let sets = if extends.is_empty() {
                    "this file extends no set".to_owned()
                } else {
                    format!(
                        "none of {} has it",
                        extends
                            .iter()
                            .map(|n| format!("\"{}\"", n.value))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                errors.push(DataError::new(
                    entry.pos,
                    format!(
                        "{code} has `override = true`, but {sets}, so there is nothing \
                         to override; remove `override`"
                    ),
                ));
                kept_own.push(entry);
            }
            (None, false) => kept_own.push(entry),
        }
    }

    let mut taken = Vec::new();
    for (code, sets) in &inherited {
        if replaced.contains(code) {
            continue;
        }
        if let [(first, theirs), (second, other), ..] = sets.as_slice() {
            let pos = extends
                .iter()
                .find(|n| n.value == *second)
                .map_or(Pos::default(), |n| n.pos);
            errors.push(DataError::new(
                pos,
                format!(
                    "{code} is defined by both \"{first}\" (\"{}\") and \"{second}\" (\"{}\"); \
                     add your own `[[status]]` entry for {code} with `override = true` \
                     to say which one you mean",
                    theirs.phrase.value, other.phrase.value
                ),
            ));
        }
        taken.push(sets[0].1.clone());
    }

    let codes = crate::validate::validate_with(kept_own, taken, errors)?;
    Ok(Registry {
        codes,
        extends_iana: extends.iter().any(|n| n.value == "iana"),
    })
}

fn location(pos: Pos) -> String {
    format!(
        "{}:{}:{}",
        crate::error::file_of(pos, crate::error::FILE),
        pos.line,
        pos.column
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_file_is_valid() {
        let codes = codes().as_ref().unwrap_or_else(|errors| {
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
    fn the_workspace_check_compares_the_top_level_file_with_the_embedded_one() {
        let dir = std::env::temp_dir().join(format!("status-copy-check-{}", std::process::id()));
        let core = dir.join("status-core");
        std::fs::create_dir_all(dir.join("status-macros")).unwrap();
        std::fs::create_dir_all(&core).unwrap();
        // No workspace around it, as for a published crate: no check.
        assert_eq!(workspace_copy_check(&core), None);

        std::fs::write(dir.join("status-macros").join("Cargo.toml"), "").unwrap();
        std::fs::write(dir.join("codes.toml"), SETS[0].1).unwrap();
        let path = dir.join("codes.toml").to_string_lossy().into_owned();
        assert_eq!(workspace_copy_check(&core), Some(Ok(path.clone())));

        std::fs::write(dir.join("codes.toml"), format!("{}\n# edited\n", SETS[0].1)).unwrap();
        let error = workspace_copy_check(&core).unwrap().unwrap_err();
        assert!(
            error.starts_with(&format!("{path} differs from the data")),
            "{error}"
        );
        assert!(
            error.contains("ln -sf ../codes.toml status-macros/codes.toml"),
            "{error}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
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
        let iana = codes().as_ref().unwrap();
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
        let nginx = registry.codes.get(499).unwrap();
        assert_eq!(nginx.vendor.as_ref().unwrap().name, "nginx");
        assert!(!nginx.vendor.as_ref().unwrap().reaches_clients);
        assert!(registry.codes.get(520).is_some());
        assert!(registry.codes.get(404).is_some());
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
        let iana = codes().as_ref().unwrap();
        assert_eq!(registry.codes.entries.len(), iana.entries.len() + 1);
        assert!(
            registry
                .codes
                .entries
                .windows(2)
                .all(|w| w[0].code.value < w[1].code.value)
        );
        let added = registry.codes.get(499).unwrap();
        assert_eq!(added.name.as_ref().unwrap().value, "ClientClosedRequest");
        assert_eq!(added.pos.set, None);
        assert_eq!(registry.codes.get(404).unwrap().pos.set, Some("iana"));
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
        assert_eq!(registry.codes.entries.len(), 6);
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
        let ours = registry.codes.get(404).unwrap();
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
}
