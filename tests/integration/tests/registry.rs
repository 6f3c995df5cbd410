//! `registry!` in real crates outside the workspace, built with cargo as a
//! user builds them:
//!
//! - a crate that renamed the dependency, with a registry at its root and a
//!   second one inside a module, and a library with a registry of its own
//!   that it depends on;
//! - an edit to its `codes.toml`, and nothing else, reaching the next
//!   `cargo run` in debug and in release;
//! - mistakes in the call, the data and the checked macro failing the build
//!   with messages that name the user's file and point at the mistake.
//!
//! The crates and their shared target directory live in cargo's temporary
//! directory for tests, so only the first run pays for building the
//! dependencies. One test runs every step, since they share that target
//! directory and each step builds on the one before.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Where status-core is, for the crates' path dependencies.
fn status_core() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .map(|root| root.join("status-core"))
        .expect("the tests crate is at tests/integration in the workspace")
}

fn manifest(name: &str, deps: &str) -> String {
    let status_core = status_core();
    format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [workspace]\n\n[dependencies]\n\
         sc = {{ package = \"status-core\", path = {:?} }}\n{deps}",
        status_core.display().to_string()
    )
}

const LIB_CODES: &str = r#"# A library's own codes: it stands alone, without the IANA set.
[[status]]
code = 100
phrase = "Continue"
description = "Go on."

[[status]]
code = 200
phrase = "OK"
description = "Fine."

[[status]]
code = 300
phrase = "Multiple Choices"
description = "Pick one."

[[status]]
code = 400
phrase = "Bad Request"
description = "Wrong."

[[status]]
code = 498
phrase = "Token Expired"
description = "The token has expired."

[[status]]
code = 500
phrase = "Internal Server Error"
description = "Broken."
"#;

const LIB_RS: &str = r#"sc::registry! {
    file = "codes.toml",
    name = LibStatus,
    macro = lib_status,
}

pub const EXPIRED: LibStatus = lib_status!(498);
"#;

const APP_CODES: &str = r#"extends = ["iana"]

[[status]]
code = 404
phrase = "Not Found"
description = "Nothing here, said in the app's own words."
override = true

[[status]]
code = 499
phrase = "Client Closed Request"
description = "FIRST"
"#;

const INNER_CODES: &str = r#"# Every code a client of a Cloudflare-fronted service may meet.
extends = ["iana", "cloudflare"]
"#;

const APP_MAIN: &str = r#"sc::registry! {
    file = "codes.toml",      // relative to the crate's Cargo.toml
    name = AppStatus,         // the generated enum
    macro = app_status,       // the generated checked macro
}

mod edge {
    sc::registry! {
        file = "inner.toml",
        name = EdgeStatus,
        macro = edge_status,
        vis = pub(crate),
        module = edge,
    }
}

mod handlers {
    use crate::{AppStatus, app_status};

    pub const CLOSED: AppStatus = app_status!(499);

    pub fn kind(status: AppStatus) -> &'static str {
        match status {
            app_status!(499) => "closed",
            app_status!(404) => "missing",
            _ => "other",
        }
    }
}

static MISSING: AppStatus = app_status!(404);

fn main() {
    use edge::edge_status;
    let closed = handlers::CLOSED;
    let iana = sc::Status::try_from(closed).map_or("not iana".to_owned(), |s| s.to_string());
    let edge = edge_status!(520);
    let vendor = edge.vendor().map_or("none", |v| v.name());
    println!(
        "{} {} | {} | {} | {} | {} {} | {}",
        handlers::kind(closed),
        handlers::kind(MISSING),
        closed.description(),
        MISSING.description(),
        iana,
        edge,
        vendor,
        lib::EXPIRED,
    );
}
"#;

/// The crates of this test, under cargo's temporary directory.
struct Crates {
    root: PathBuf,
    target: PathBuf,
}

impl Crates {
    fn new() -> Crates {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("registry");
        let target = root.join("target");
        let crates = Crates { root, target };
        crates.write("lib/Cargo.toml", &manifest("lib", ""));
        crates.write("lib/codes.toml", LIB_CODES);
        crates.write("lib/src/lib.rs", LIB_RS);
        crates.write(
            "app/Cargo.toml",
            &manifest("app", "lib = { path = \"../lib\" }\n"),
        );
        crates.write("app/codes.toml", APP_CODES);
        crates.write("app/inner.toml", INNER_CODES);
        crates.write("app/src/main.rs", APP_MAIN);
        crates
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.root.join(path);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).expect("the test directory is writable");
        }
        // Only write what changed, so that cargo sees the edits of a step
        // and nothing else.
        if fs::read_to_string(&path).ok().as_deref() != Some(text) {
            fs::write(&path, text).expect("the test directory is writable");
        }
    }

    fn cargo(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO"))
            .args(args)
            .current_dir(self.root.join("app"))
            .env("CARGO_TARGET_DIR", &self.target)
            .env_remove("RUSTFLAGS")
            .output()
            .expect("cargo runs")
    }

    /// Runs the app and returns what it printed.
    fn run(&self, profile: &[&str]) -> String {
        let mut args = vec!["run", "--quiet"];
        args.extend(profile);
        let output = self.cargo(&args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "cargo run failed:\n{stderr}");
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    }

    /// Builds the app with the file at `path` changed to `text`, which must
    /// fail, then puts the file back; returns the compiler's errors.
    fn errors_with(&self, path: &str, text: &str) -> String {
        let original = fs::read_to_string(self.root.join(path)).expect("the file was written");
        self.write(path, text);
        let stderr = self.errors();
        self.write(path, &original);
        stderr
    }

    /// Builds the app, which must fail, and returns the compiler's errors.
    fn errors(&self) -> String {
        let output = self.cargo(&["build", "--quiet"]);
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(!output.status.success(), "the build should fail");
        // rustc says "proc macro panicked"; a `const` that fails on purpose
        // says "evaluation panicked" with its message, which is fine.
        assert!(
            !stderr.contains("macro panicked"),
            "a macro panicked:\n{stderr}"
        );
        stderr
    }
}

/// Why 305 is deprecated, as status-core's data says and every warning
/// about it repeats.
fn sc_reason_of_305() -> String {
    #[allow(deprecated)] // read on purpose
    let reason = status_core::Status::UseProxy.deprecation();
    reason.expect("305 is deprecated").to_owned()
}

/// The `error:` lines of compiler output.
fn error_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("error"))
        .filter(|l| !l.starts_with("error: could not compile"))
        .collect()
}

#[test]
fn registries_build_follow_edits_and_explain_mistakes() {
    let crates = Crates::new();

    // Both registries of the app, the library's and status-core's `Status`
    // live side by side in one build.
    let expected = "closed missing | FIRST | Nothing here, said in the app's own words. | \
                    not iana | 520 Web Server Returns an Unknown Error Cloudflare | 498 Token Expired";
    assert_eq!(crates.run(&[]), expected);

    // Editing only the data reaches the next build, in debug and release.
    crates.write("app/codes.toml", &APP_CODES.replace("FIRST", "SECOND"));
    assert_eq!(crates.run(&[]), expected.replace("FIRST", "SECOND"));
    assert_eq!(
        crates.run(&["--release"]),
        expected.replace("FIRST", "SECOND")
    );
    crates.write("app/codes.toml", &APP_CODES.replace("FIRST", "THIRD"));
    assert_eq!(
        crates.run(&["--release"]),
        expected.replace("FIRST", "THIRD")
    );
    crates.write("app/codes.toml", APP_CODES);

    // A code the data does not have: an error at the literal that names the
    // user's file, the vendor set that has the code, and the nearest of its
    // codes.
    crates.write(
        "app/src/main.rs",
        &APP_MAIN.replace("app_status!(499);", "app_status!(497);"),
    );
    let stderr = crates.errors();
    assert_eq!(
        error_lines(&stderr),
        [
            "error: 497 is not in codes.toml; it is nginx's HTTP Request Sent to HTTPS Port: \
             add \"nginx\" to `extends` in codes.toml to get it, or add a `[[status]]` entry \
             of your own. The nearest codes are 499 (Client Closed Request), \
             451 (Unavailable For Legal Reasons) or 431 (Request Header Fields Too Large)"
        ],
        "{stderr}"
    );
    assert!(stderr.contains("src/main.rs:20:47"), "{stderr}");

    // No code at all: the macro the user called answers, and no private
    // path of status-core shows, not even in the compiler's notes.
    crates.write(
        "app/src/main.rs",
        &APP_MAIN.replace("app_status!(499);", "app_status!();"),
    );
    let stderr = crates.errors();
    assert_eq!(
        error_lines(&stderr),
        [
            "error: `app_status!` needs a status code; write one status code as three decimal \
             digits, for example `app_status!(404)`"
        ],
        "{stderr}"
    );
    assert!(!stderr.contains("__private"), "{stderr}");
    crates.write("app/src/main.rs", APP_MAIN);

    // Bad data: one error per problem, at the user's file, line and column,
    // and nothing else.
    let stderr = crates.errors_with(
        "app/codes.toml",
        &APP_CODES
            .replace("override = true\n", "")
            .replace("code = 499", "code = 4990"),
    );
    let errors = error_lines(&stderr);
    assert_eq!(errors.len(), 2, "{stderr}");
    assert!(
        errors[0].starts_with(
            "error: codes.toml:4:8: 404 is already in the \"iana\" set (as \"Not Found\", at status-core's codes.toml:"
        ),
        "{stderr}"
    );
    assert!(
        errors[1].starts_with("error: codes.toml:9:8: code 4990 is outside 100 to 599"),
        "{stderr}"
    );

    // An unknown set and a missing file say what exists and where they looked.
    let stderr = crates.errors_with(
        "app/inner.toml",
        &INNER_CODES.replace("\"cloudflare\"]", "\"cloudflare\", \"ngnix\"]"),
    );
    assert_eq!(
        error_lines(&stderr),
        [
            "error: inner.toml:2:34: unknown set \"ngnix\" in `extends`; the sets are \"iana\", \
             \"nginx\", \"cloudflare\", \"aws-elb\", \"microsoft\", \"shopify\""
        ],
        "{stderr}"
    );
    let stderr = crates.errors_with(
        "app/src/main.rs",
        &APP_MAIN.replace("\"inner.toml\"", "\"missing.toml\""),
    );
    let missing = crates.root.join("app").join("missing.toml");
    let errors = error_lines(&stderr);
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(
        errors[0].starts_with(&format!("error: cannot read {}", missing.display())),
        "{stderr}"
    );

    // A byte that is not UTF-8 is reported where it is, and nothing else:
    // the registry's items are still there for the code that uses them.
    let mut bytes = INNER_CODES.as_bytes().to_vec();
    let at = INNER_CODES
        .find("Cloudflare")
        .expect("the file names Cloudflare")
        + "Cloud".len();
    bytes.insert(at, 0xFF);
    fs::write(crates.root.join("app").join("inner.toml"), bytes)
        .expect("the test directory is writable");
    let stderr = crates.errors();
    crates.write("app/inner.toml", INNER_CODES);
    assert_eq!(
        error_lines(&stderr),
        [format!(
            "error: inner.toml:1:{}: the byte 0xFF is not UTF-8; a codes file is UTF-8 text",
            at + 1
        )],
        "{stderr}"
    );

    // Every path to a deprecated code warns, with the reason the data
    // gives: status-core's `status!`, variant and constant, and the
    // registry's checked macro, variant and constant. Only our reason is
    // counted, not the compiler's wording around it.
    crates.write(
        "app/src/main.rs",
        &format!(
            "{APP_MAIN}\n\
             const _: sc::Status = sc::status!(305);\n\
             const _: sc::Status = sc::Status::UseProxy;\n\
             const _: sc::Status = sc::Status::USE_PROXY;\n\
             const _: AppStatus = app_status!(305);\n\
             const _: AppStatus = AppStatus::UseProxy;\n\
             const _: AppStatus = AppStatus::USE_PROXY;\n"
        ),
    );
    let output = crates.cargo(&["build"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let reason = sc_reason_of_305();
    assert_eq!(stderr.matches(reason.as_str()).count(), 6, "{stderr}");
    crates.write("app/src/main.rs", APP_MAIN);

    // A registry inside a module needs `module`; without it the error says
    // where the enum was looked for, and which `module` to write.
    let stderr = crates.errors_with(
        "app/src/main.rs",
        &APP_MAIN.replace("        module = edge,\n", ""),
    );
    assert!(
        stderr.contains("EdgeStatus") && stderr.contains("crate root"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`registry!` is called in module `edge`: add `module = edge`"),
        "{stderr}"
    );
    // A `module` that names another module says which one to write.
    let stderr = crates.errors_with(
        "app/src/main.rs",
        &APP_MAIN.replace("        module = edge,\n", "        module = edges,\n"),
    );
    assert!(
        stderr.contains("but says `module = edges`: write `module = edge`"),
        "{stderr}"
    );

    assert_eq!(crates.run(&[]), expected);
}
