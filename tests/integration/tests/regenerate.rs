//! End to end on a copy of the workspace: a user crate that renamed the
//! dependency builds, an edit to `codes.toml` reaches it through a plain
//! `cargo build`, an invalid file fails the build with messages that
//! name `codes.toml:LINE:COLUMN`, and `status!()` names no private macro.
//!
//! The copy lives in cargo's temporary directory for tests
//! (`CARGO_TARGET_TMPDIR`, inside the target directory) and is removed
//! afterwards. Its target directory stays there between runs, so only the
//! first run pays for building the dependencies, and `cargo clean` removes
//! it with everything else.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const APP_MANIFEST: &str = r#"[package]
name = "renamed-user"
version = "0.0.0"
edition = "2024"
publish = false

[workspace]

[dependencies]
sc = { package = "status-core", path = "../workspace/status-core" }
"#;

const APP_MAIN: &str = r#"use sc::{status, Status};

const MISSING: Status = status!(404);
static CREATED: Status = sc::status!(201);

fn kind(status: Status) -> &'static str {
    match status {
        status!(404) => "missing",
        status!(201) => "created",
        _ => "other",
    }
}

fn main() {
    let added = Status::from_u16(599).map_or("none", Status::phrase);
    println!("{} {} {}", kind(MISSING), kind(CREATED), added);
}
"#;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("the tests crate is at tests/integration in the workspace")
        .to_path_buf()
}

/// Cargo's temporary directory for integration tests, inside the target
/// directory.
fn tmp() -> &'static Path {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
}

/// A directory that is removed when the test ends, whether it passes or not.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Where the copy's builds go: kept between runs, never inside the copy.
fn target_dir() -> PathBuf {
    tmp().join("regenerate-target")
}

/// Copies what a build of status-core reads: the manifests, sources and data.
fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if matches!(name.to_str(), Some("target" | ".git")) {
            continue;
        }
        let (source, dest) = (entry.path(), to.join(&name));
        let kind = fs::symlink_metadata(&source).unwrap().file_type();
        if kind.is_symlink() {
            copy_link(&source, &dest);
        } else if kind.is_dir() {
            copy_tree(&source, &dest);
        } else {
            fs::copy(&source, &dest).unwrap();
        }
    }
}

/// Keeps a symbolic link a link, as a checkout makes it.
#[cfg(unix)]
fn copy_link(source: &Path, dest: &Path) {
    std::os::unix::fs::symlink(fs::read_link(source).unwrap(), dest).unwrap();
}

/// Where links need privileges, the copy holds the file the link names;
/// [`write_codes`] keeps it in step.
#[cfg(not(unix))]
fn copy_link(source: &Path, dest: &Path) {
    fs::copy(source, dest).unwrap();
}

/// Writes the copy's `codes.toml`, and the package's copy of it if that is
/// a file rather than a link to it.
fn write_codes(workspace: &Path, text: &str) {
    fs::write(workspace.join("codes.toml"), text).unwrap();
    let packaged = workspace.join("status-macros").join("codes.toml");
    let is_link = fs::symlink_metadata(&packaged).is_ok_and(|m| m.file_type().is_symlink());
    if packaged.exists() && !is_link {
        fs::write(packaged, text).unwrap();
    }
}

fn cargo(args: &[&str], dir: &Path, target: &Path) -> Output {
    Command::new(env!("CARGO"))
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs")
}

fn run_app(app: &Path, target: &Path) -> String {
    let out = cargo(&["run", "--quiet", "--offline"], app, target);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the user crate failed:\n{stderr}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn edits_to_codes_toml_reach_a_plain_build_and_bad_data_fails_it() {
    let root = workspace_root();
    let scratch = Scratch(tmp().join(format!("regenerate-{}", std::process::id())));
    let copy = scratch.0.join("workspace");
    let app = scratch.0.join("app");
    let _ = fs::remove_dir_all(&scratch.0);
    copy_tree(&root, &copy);
    fs::create_dir_all(app.join("src")).unwrap();
    fs::write(app.join("Cargo.toml"), APP_MANIFEST).unwrap();
    fs::write(app.join("src/main.rs"), APP_MAIN).unwrap();
    // Reuse the lock file so the copy resolves the same versions offline.
    fs::copy(root.join("Cargo.lock"), app.join("Cargo.lock")).unwrap();
    let target = target_dir();

    // A renamed dependency still resolves `status!`, in consts, statics and patterns.
    assert_eq!(run_app(&app, &target), "missing created none\n");

    // The minimal entry, and nothing else, makes a new code usable.
    let codes = copy.join("codes.toml");
    let original = fs::read_to_string(&codes).unwrap();
    let added = format!(
        "{original}\n[[status]]\ncode = 599\nphrase = \"Example Timeout\"\n\
         description = \"An example code added by the test.\"\n"
    );
    write_codes(&copy, &added);
    assert_eq!(run_app(&app, &target), "missing created Example Timeout\n");

    // Two mistakes at once: both are reported, each with its position.
    let broken = added.replacen("phrase = \"Not Found\"", "phrse = \"Not Found\"", 1)
        + "\n[[status]]\ncode = 599\nphrase = \"Again\"\ndescription = \"A duplicate.\"\n";
    write_codes(&copy, &broken);
    let out = cargo(&["build", "--offline"], &app, &target);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "an invalid codes.toml must fail the build"
    );
    let line_of = |needle: &str| broken.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let typo = format!(
        "codes.toml:{}:1: unknown key `phrse` of the entry for 404; did you mean `phrase`?",
        line_of("phrse =")
    );
    assert!(stderr.contains(&typo), "missing {typo:?} in:\n{stderr}");
    let duplicate_line = broken
        .lines()
        .enumerate()
        .filter(|(_, l)| *l == "code = 599")
        .nth(1)
        .unwrap()
        .0
        + 1;
    let duplicate = format!("codes.toml:{duplicate_line}:8: code 599 appears twice");
    assert!(
        stderr.contains(&duplicate),
        "missing {duplicate:?} in:\n{stderr}"
    );
    // Nothing piles up behind these two: not even the now "missing" phrase.
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(stderr.matches("error: codes.toml:").count(), 2, "{stderr}");

    // `status!()` is answered by the macro the user called, and no private
    // path shows, not even in the compiler's notes. Only our message and
    // its place are pinned: the notes' wording changes between releases.
    write_codes(&copy, &original);
    fs::write(
        app.join("src/main.rs"),
        "fn main() {\n    let _ = sc::status!();\n}\n",
    )
    .unwrap();
    let out = cargo(&["build", "--offline"], &app, &target);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "`status!()` must not build");
    assert!(
        stderr.contains(
            "error: `status!` needs a status code; \
             write one status code as three decimal digits, for example `status!(404)`"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("src/main.rs:2:13"), "{stderr}");
    assert!(!stderr.contains("__private"), "{stderr}");
}

/// A tool that replaces `status-macros/codes.toml`, a link to the top-level
/// file, with a copy (`sed -i`, an editor's atomic save, `cp -L`) used to
/// leave later edits of the top-level file silently ignored. Now the build
/// fails and says how to restore the link.
#[cfg(unix)]
#[test]
fn a_broken_link_to_codes_toml_fails_the_build_instead_of_using_old_data() {
    let root = workspace_root();
    let scratch = Scratch(tmp().join(format!("link-{}", std::process::id())));
    let copy = scratch.0.join("workspace");
    let _ = fs::remove_dir_all(&scratch.0);
    copy_tree(&root, &copy);
    let target = target_dir();
    let build = || cargo(&["build", "--offline", "-p", "status-core"], &copy, &target);
    let out = build();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let top = copy.join("codes.toml");
    let packaged = copy.join("status-macros").join("codes.toml");
    let original = fs::read_to_string(&top).unwrap();
    fs::remove_file(&packaged).unwrap();
    fs::write(&packaged, &original).unwrap();
    let edited = original.replacen("phrase = \"Not Found\"", "phrase = \"Not Here\"", 1);
    assert_ne!(edited, original);
    fs::write(&top, edited).unwrap();

    let out = build();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "old data must not build:\n{stderr}");
    assert!(
        stderr.contains("differs from the data status-macros was built with")
            && stderr.contains("ln -sf ../codes.toml status-macros/codes.toml"),
        "{stderr}"
    );
}
