//! Whole runs of the `http-status` executable, compared with what is
//! written down: the cases in `tests/cmd/` and every console example in
//! the crate's README and the workspace's README, so none of them can
//! drift from the program. `TRYCMD=overwrite` rewrites the expectations
//! from the program's output; read the diff before committing it.

use std::path::Path;

#[test]
fn cases_and_readmes() {
    // A glob that matches nothing runs nothing and passes: make sure the
    // cases are there.
    let cases_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd");
    let markdown = std::fs::read_dir(&cases_dir)
        .expect("tests/cmd is readable")
        .filter(|entry| {
            entry
                .as_ref()
                .is_ok_and(|entry| entry.path().extension().is_some_and(|ext| ext == "md"))
        })
        .count();
    assert!(
        markdown >= 6,
        "only {markdown} cases in {}",
        cases_dir.display()
    );
    let readme = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let workspace_readme = workspace_readme();
    let cases = trycmd::TestCases::new();
    cases
        .register_bin("http-status", Path::new(env!("CARGO_BIN_EXE_http-status")))
        // Colour is tested in `cli.rs`; here it would only depend on the
        // environment of the test run.
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.md")
        .case(readme);
    if let Some(path) = &workspace_readme {
        cases.case(path);
    }
    cases.run();
}

/// The workspace README's examples run the command as `cargo run -q --`.
/// The copy returned has them as `http-status`, which is what that runs.
/// `None` outside the workspace, as in a packaged crate.
fn workspace_readme() -> Option<std::path::PathBuf> {
    let original = Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md");
    let text = std::fs::read_to_string(original).ok()?;
    let copy = Path::new(env!("CARGO_TARGET_TMPDIR")).join("workspace-README.md");
    let text = text.replace("\n$ cargo run -q -- ", "\n$ http-status ");
    assert!(
        !text.contains("\n$ cargo run"),
        "run the command in the README's console examples as `cargo run -q -- ARGS`"
    );
    std::fs::write(&copy, text).expect("the target directory is writable");
    Some(copy)
}
