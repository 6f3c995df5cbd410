//! The sets built into this crate, by the name `extends` uses: the IANA
//! registry, which is status-core's own `Status`, and the vendors' codes,
//! which only registries that name them get.
//!
//! The IANA set is the top-level `codes.toml` of the workspace, the file
//! people edit, reached through the link `status-macros/codes.toml`:
//! `cargo package` stores a link inside the package as the file it points
//! to, so the published crate carries the data. Embedding every set with
//! `include_str!` makes cargo rebuild this crate, and so every crate that
//! expands its macros, whenever one changes.

/// Each built-in set's name and text, in the order of
/// `status_vocab::Set::ALL`.
pub const SETS: &[(&str, &str)] = &[
    ("iana", include_str!("../../codes.toml")),
    ("nginx", include_str!("../../sets/nginx.toml")),
    ("cloudflare", include_str!("../../sets/cloudflare.toml")),
    ("aws-elb", include_str!("../../sets/aws-elb.toml")),
    ("microsoft", include_str!("../../sets/microsoft.toml")),
    ("shopify", include_str!("../../sets/shopify.toml")),
];

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_set_of_the_vocabulary_is_built_in_in_its_order() {
        let names: Vec<&str> = SETS.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, status_vocab::Set::NAMES);
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
}
