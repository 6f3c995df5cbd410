//! `registry!` with a checked macro, `status!` and the derive work in
//! crates of every edition: this builds a tiny edition-2015 crate and a
//! tiny edition-2018 one that use them, in `CARGO_TARGET_TMPDIR`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const CODES: &str = r#"extends = ["iana"]

[[status]]
code = 499
phrase = "Client Closed Request"
description = "The client closed the connection before the server answered."
"#;

/// Uses everything whose expansion names paths: the `use` of the checked
/// macro at the crate root and in a module, `status!`, and the derive. The
/// `const` items make a wrong answer a build error.
const LIB: &str = r#"#[macro_use]
extern crate status_core;

registry! {
    file = "codes.toml",
    name = AppStatus,
    macro = app_status,
}

pub mod inner {
    registry! {
        file = "codes.toml",
        name = InnerStatus,
        macro = inner_status,
        module = inner,
    }

    pub const CLOSED: InnerStatus = inner_status!(499);
}

mod elsewhere {
    use crate::app_status;

    pub const GONE: crate::AppStatus = app_status!(410);
}

#[derive(Debug, HttpError)]
#[http_error(status_type = AppStatus, macro = app_status)]
#[status(499)]
pub struct Closed;

impl ::std::fmt::Display for Closed {
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        f.write_str("closed")
    }
}

const _: () = assert!(app_status!(499).code() == 499);
const _: () = assert!(inner::CLOSED.code() == 499);
const _: () = assert!(elsewhere::GONE.code() == 410);
const _: () = assert!(status!(404).is_client_error());
const _: () = assert!(Closed.status().code() == 499);
"#;

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

#[test]
fn registries_build_in_edition_2015_and_2018() {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("editions");
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    let workspace = core.parent().unwrap();
    let editions = ["2015", "2018"];
    let members: Vec<String> = editions.iter().map(|e| format!("\"e{e}\"")).collect();
    write(
        &root.join("Cargo.toml"),
        &format!(
            "[workspace]\nmembers = [{}]\nresolver = \"2\"\n",
            members.join(", ")
        ),
    );
    // The workspace's lock file, so the build resolves the same versions
    // offline.
    fs::copy(workspace.join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
    for edition in editions {
        let dir = root.join(format!("e{edition}"));
        write(
            &dir.join("Cargo.toml"),
            &format!(
                "[package]\nname = \"e{edition}\"\nversion = \"0.0.0\"\nedition = \"{edition}\"\n\
                 publish = false\n\n[dependencies]\nstatus-core = {{ path = {:?}, features = [\"derive\"] }}\n",
                core.display().to_string()
            ),
        );
        write(&dir.join("codes.toml"), CODES);
        write(&dir.join("src/lib.rs"), LIB);
    }
    let out = Command::new(env!("CARGO"))
        .args(["check", "--workspace", "--offline", "--quiet"])
        .current_dir(&root)
        .env("CARGO_TARGET_DIR", root.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
