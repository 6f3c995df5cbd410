//! The `http-status` executable, run as a user runs it: arguments in,
//! output, messages and exit status out. Whole outputs are compared in
//! `cmd.rs`; the tests here check properties over every code, JSON
//! against the API, and what happens around the output: pipes, closed
//! descriptors and colour.

use std::process::{Command, Output, Stdio};

use serde_json::Value;
use status_core::Status;

const BIN: &str = env!("CARGO_BIN_EXE_http-status");

/// What one run printed and how it exited.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    /// Asserts a successful run that printed nothing on standard error.
    fn ok(self) -> Run {
        assert_eq!(self.code, Some(0), "stderr: {}", self.stderr);
        assert_eq!(self.stderr, "");
        self
    }

    /// Asserts exit status 2 with nothing on standard output.
    fn miss(self) -> Run {
        assert_eq!(
            self.code,
            Some(2),
            "stdout: {}\nstderr: {}",
            self.stdout,
            self.stderr
        );
        assert_eq!(self.stdout, "");
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        self
    }

    /// Standard output with every run of white space made one space, so a
    /// wrapped description can be found whole.
    fn flat(&self) -> String {
        self.stdout.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The codes at the start of each line of a listing.
    fn listed(&self) -> Vec<u16> {
        self.stdout
            .lines()
            .map(|line| {
                line[..3]
                    .parse()
                    .unwrap_or_else(|_| panic!("not a listing: {line}"))
            })
            .collect()
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("invalid JSON ({e}):\n{}", self.stdout))
    }
}

/// The executable, with the variables that choose colour cleared, so a
/// test sees what a pipe gets whatever the environment of the test run.
fn command() -> Command {
    let mut command = Command::new(BIN);
    for variable in ["NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE"] {
        command.env_remove(variable);
    }
    command
}

fn http_status(args: &[&str]) -> Run {
    run_with(command().args(args))
}

fn run_with(command: &mut Command) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = command.output().expect("the executable runs");
    Run {
        code: status.code(),
        stdout: String::from_utf8(stdout).expect("UTF-8 output"),
        stderr: String::from_utf8(stderr).expect("UTF-8 messages"),
    }
}

#[test]
#[allow(deprecated)] // deprecated codes are used on purpose
fn explains_what_differs_between_codes() {
    let cases: [(&str, &[&str]); 6] = [
        ("405", &["Headers Allow"]),
        ("204", &["Content not allowed", "Cacheable yes"]),
        ("308", &["Headers Location", "same method"]),
        (
            "305",
            &[
                "Registry deprecated",
                Status::UseProxy.deprecation().unwrap(),
            ],
        ),
        (
            "413",
            &[
                "Formerly \"Payload Too Large\"",
                "Status::PAYLOAD_TOO_LARGE",
            ],
        ),
        (
            "418",
            &[
                "Registry unused",
                "Status::IM_A_TEAPOT",
                "RFC 2324, Section 2.3.2",
            ],
        ),
    ];
    for (code, expected) in cases {
        let flat = http_status(&[code]).ok().flat();
        for expected in expected {
            assert!(
                flat.contains(expected),
                "{code}: {expected:?} missing from:\n{flat}"
            );
        }
    }
}

#[test]
fn explains_every_code() {
    for &status in Status::ALL {
        let run = http_status(&[status.as_str()]).ok();
        assert!(
            run.stdout.starts_with(&format!("{status}\n")),
            "{}",
            run.stdout
        );
        assert!(run.flat().contains(status.status_line()), "{}", run.stdout);
    }
}

/// The codes of every vendor set, as the command lists them.
fn vendor_codes() -> Vec<u16> {
    ["nginx", "cloudflare", "aws-elb", "microsoft", "shopify"]
        .iter()
        .flat_map(|set| http_status(&[set]).ok().listed())
        .collect()
}

#[test]
fn explains_every_vendor_code() {
    let codes = vendor_codes();
    for expected in [
        444, 494, 495, 496, 497, 499, 520, 521, 522, 523, 524, 525, 526, 530,
    ] {
        assert!(
            codes.contains(&expected),
            "{expected} is missing: {codes:?}"
        );
    }
    for expected in [460, 463, 464, 561, 440, 449] {
        assert!(
            codes.contains(&expected),
            "{expected} is missing: {codes:?}"
        );
    }
    for code in codes {
        assert!(Status::from_u16(code).is_err(), "{code} is IANA's");
        let code = code.to_string();
        let run = http_status(&[&code]).ok();
        let flat = run.flat();
        assert!(flat.contains("not in the IANA registry"), "{flat}");
        assert!(flat.contains("Source https://"), "{flat}");
        let understood = Status::understand(code.parse().unwrap()).unwrap();
        assert!(
            flat.contains(&format!("a client treats it as {understood}")),
            "{flat}"
        );
        let value = http_status(&["--json", &code]).ok().json();
        assert_eq!(value["iana"], false, "{code}");
        assert_eq!(value["understood"], understood.code(), "{code}");
        assert!(value["vendor"].is_string(), "{code}");
    }
}

#[test]
fn nginx_and_cloudflare_codes_say_whose_they_are() {
    let flat = http_status(&["499"]).ok().flat();
    assert!(flat.starts_with("499 Client Closed Request"), "{flat}");
    assert!(flat.contains("Vendor nginx"), "{flat}");
    assert!(
        flat.contains("a client treats it as 400 Bad Request"),
        "{flat}"
    );
    let flat = http_status(&["520"]).ok().flat();
    assert!(flat.contains("Vendor Cloudflare"), "{flat}");
    assert!(
        flat.contains(
            "Source https://developers.cloudflare.com/support/troubleshooting/\
             http-status-codes/cloudflare-5xx-errors/error-520/"
        ),
        "{flat}"
    );
}

#[test]
fn lists_sets_and_finds_vendor_codes() {
    assert_eq!(
        http_status(&["nginx"]).ok().listed(),
        [444, 494, 495, 496, 497, 499]
    );
    let run = http_status(&["cloudflare"]).ok();
    assert_eq!(run.listed(), [520, 521, 522, 523, 524, 525, 526, 530]);
    assert!(
        run.stdout
            .lines()
            .all(|line| line.ends_with("  [Cloudflare]"))
    );
    assert!(http_status(&["timed", "out"]).ok().listed().contains(&522));
    // Listings of the registry stay the registry's.
    assert!(!http_status(&["5xx"]).ok().listed().contains(&520));
    let value = http_status(&["--json", "nginx"]).ok().json();
    let vendors: Vec<&Value> = value
        .as_array()
        .unwrap()
        .iter()
        .map(|o| &o["vendor"])
        .collect();
    assert!(
        vendors.len() == 6 && vendors.iter().all(|v| *v == "nginx"),
        "{vendors:?}"
    );
}

#[test]
fn lists_every_code_without_an_argument() {
    let run = http_status(&[]).ok();
    let every: Vec<u16> = Status::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(run.listed(), every);
    assert_eq!(run.stdout.lines().next(), Some("100  Continue"));
}

#[test]
fn searches_phrases_and_descriptions() {
    assert_eq!(http_status(&["teapot"]).ok().listed(), [418]);
    assert_eq!(http_status(&["too many"]).ok().listed().first(), Some(&429));
    assert_eq!(
        http_status(&["TOO", "MANY"]).ok().listed().first(),
        Some(&429)
    );
    // A former phrase finds the code, and the listing says why.
    let run = http_status(&["request entity too large"]).ok();
    assert!(
        run.stdout.starts_with("413  Content Too Large  [formerly"),
        "{}",
        run.stdout
    );
    // Descriptions are searched too.
    assert!(
        http_status(&["captive portal"])
            .ok()
            .listed()
            .contains(&511)
    );
}

#[test]
#[allow(deprecated)] // deprecated codes are used on purpose
fn json_for_one_code_is_an_object_with_the_codes_toml_keys() {
    let value = http_status(&["--json", "405"]).ok().json();
    assert_eq!(value["code"], 405);
    assert_eq!(value["phrase"], "Method Not Allowed");
    assert_eq!(value["class"], "Client Error");
    assert_eq!(value["status_line"], "HTTP/1.1 405 Method Not Allowed");
    assert_eq!(value["headers"], serde_json::json!(["Allow"]));
    assert_eq!(value["registry"], "assigned");
    assert_eq!(value["deprecated"], Value::Null);
    assert_eq!(value["redirect"], Value::Null);
    assert_eq!(value["name"], "MethodNotAllowed");
    assert_eq!(value["constant"], "METHOD_NOT_ALLOWED");

    let value = http_status(&["307", "--json"]).ok().json();
    assert_eq!(value["redirect"], "preserve-method");
    let value = http_status(&["--json", "510"]).ok().json();
    assert_eq!(value["registry"], "obsoleted");
    assert_eq!(
        value["deprecated"],
        Status::NotExtended.deprecation().unwrap()
    );
}

#[test]
fn json_for_every_code_matches_the_api() {
    let value = http_status(&["--json"]).ok().json();
    let objects = value.as_array().expect("an array");
    assert_eq!(objects.len(), Status::ALL.len());
    for (object, &status) in objects.iter().zip(Status::ALL) {
        assert_eq!(object["code"], status.code());
        assert_eq!(object["phrase"], status.phrase());
        assert_eq!(
            object["description"],
            status.description(),
            "escaping of {status:?}"
        );
        assert_eq!(object["class"], status.class().to_string());
        assert_eq!(object["status_line"], status.status_line());
        let reference = status.reference();
        assert_eq!(object["reference"], serde_json::json!(reference));
        assert_eq!(object["url"], serde_json::json!(status.reference_url()));
        assert_eq!(object["aliases"], serde_json::json!(status.aliases()));
        let mut headers = status.required_headers().to_vec();
        headers.extend(status.recommended_headers());
        assert_eq!(object["headers"], serde_json::json!(headers));
        assert_eq!(
            object["required_headers"],
            serde_json::json!(status.required_headers())
        );
        assert_eq!(object["cacheable"], status.is_cacheable_by_default());
        assert_eq!(object["content"], status.allows_content());
        assert_eq!(
            object["deprecated"],
            serde_json::json!(status.deprecation())
        );
        assert_eq!(object["iana"], true);
        assert_eq!(object["understood"], status.code());
        assert_eq!(object["vendor"], Value::Null);
    }
}

#[test]
fn json_for_a_class_or_search_is_an_array() {
    let value = http_status(&["--json", "5xx"]).ok().json();
    let codes: Vec<u64> = value
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["code"].as_u64().unwrap())
        .collect();
    assert!(codes.contains(&503) && codes.iter().all(|c| (500..600).contains(c)));
    let value = http_status(&["--json", "teapot"]).ok().json();
    assert_eq!(
        value,
        serde_json::json!([http_status(&["--json", "418"]).json()])
    );
}

#[test]
fn a_huge_query_is_not_repeated_whole() {
    // Linux takes at most 128 KiB in one argument; spread over several
    // arguments the query can be as long as the whole command line.
    let word = "q".repeat(100_000);
    let words = [word.as_str(); 8];
    let run = http_status(&words).miss();
    assert!(run.stderr.len() < 300, "{} bytes", run.stderr.len());
    assert!(
        run.stderr.starts_with(&format!(
            "http-status: no status code matches \"{}...",
            &word[..40]
        )),
        "{}",
        run.stderr
    );
}

/// The forms of output: a listing, JSON of everything, one code
/// explained, one as JSON, and the help.
const FORMS: [&[&str]; 5] = [&[], &["--json"], &["404"], &["--json", "404"], &["--help"]];

/// Runs the executable with `stdout` as its standard output.
fn run_to(args: &[&str], stdout: impl Into<Stdio>) -> Run {
    run_with(command().args(args).stdout(stdout))
}

/// Runs the executable with its standard output on a pipe whose reading
/// end is already closed, so the very first write fails with a broken
/// pipe, however little it writes. (A reader that reads a line and then
/// closes proves less: the whole output may fit in the pipe's buffer
/// before the reader lets go.)
#[cfg(unix)]
fn run_into_closed_pipe(args: &[&str]) -> Output {
    // `true` exits without reading, and the pipe's reading end goes with
    // it; the writing end stays with us, to hand to the executable.
    let mut reader = Command::new("true")
        .stdin(Stdio::piped())
        .spawn()
        .expect("`true` runs");
    let write_end = reader.stdin.take().expect("piped");
    assert!(reader.wait().expect("`true` exits").success());
    command()
        .args(args)
        .stdout(write_end)
        .output()
        .expect("the executable runs")
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    // `http-status | head -0`, in every form of output.
    for args in FORMS {
        let output = run_into_closed_pipe(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

#[cfg(unix)]
#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() {
    // `http-status --json | head -c1`, wired up as a shell would.
    let mut writer = command()
        .arg("--json")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the executable runs");
    let pipe = writer.stdout.take().expect("piped");
    let head = Command::new("head")
        .arg("-c1")
        .stdin(pipe)
        .output()
        .expect("`head` runs");
    assert_eq!(head.stdout, b"[");
    let output = writer.wait_with_output().expect("the executable exits");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!((output.status.code(), &*stderr), (Some(0), ""));
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_does_not_hide_a_miss() {
    let output = run_into_closed_pipe(&["498"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("498 is not a registered"));
}

#[cfg(unix)]
#[test]
fn output_to_dev_null_succeeds_however_it_was_opened() {
    let dev_null = |read: bool| {
        std::fs::OpenOptions::new()
            .read(read)
            .write(true)
            .open("/dev/null")
            .expect("/dev/null opens")
    };
    for args in FORMS {
        // For reading and writing, as Python's `subprocess.DEVNULL` and
        // `daemon(3)` leave it; for writing only, as a shell's `>/dev/null`.
        for read in [true, false] {
            let run = run_to(args, dev_null(read));
            assert_eq!(
                (run.code, run.stderr.as_str()),
                (Some(0), ""),
                "{args:?}, read {read}"
            );
        }
    }
    // `>&-`: the Rust runtime opens `/dev/null` in place of a closed
    // standard output before `main`, so this is the same case.
    let output = Command::new("sh")
        .args(["-c", "exec \"$0\" 404 >&-", BIN])
        .output()
        .expect("sh runs");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_fails_with_one_line() {
    let dev_full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full opens")
    };
    for args in FORMS {
        let run = run_to(args, dev_full());
        assert_eq!(run.code, Some(1), "{args:?}: {}", run.stderr);
        assert!(
            run.stderr
                .starts_with("http-status: cannot write output: No space left on device"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stderr.ends_with('\n'), "{args:?}: {}", run.stderr);
        assert_eq!(run.stderr.lines().count(), 1, "{args:?}: {}", run.stderr);
    }
    // A miss writes nothing to standard output, so it does not notice.
    let run = run_to(&["498"], dev_full());
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(!run.stderr.contains("cannot write"), "{}", run.stderr);
}

const ESC: char = '\u{1b}';

#[test]
fn no_colour_in_a_pipe() {
    for args in [&["404"][..], &["4xx"], &["499"], &["498"], &["--bogus"]] {
        let run = http_status(args);
        assert!(!run.stdout.contains(ESC), "{args:?}: {:?}", run.stdout);
        assert!(!run.stderr.contains(ESC), "{args:?}: {:?}", run.stderr);
    }
}

#[test]
fn colour_when_forced_unless_no_color_is_set() {
    let run = run_with(command().arg("4xx").env("CLICOLOR_FORCE", "1")).ok();
    assert!(
        run.stdout.contains("\u{1b}[33m404\u{1b}[0m  Not Found"),
        "{:?}",
        run.stdout
    );
    let run = run_with(command().arg("498").env("CLICOLOR_FORCE", "1")).miss();
    assert!(run.stderr.starts_with(ESC), "{:?}", run.stderr);

    // NO_COLOR wins over everything (https://no-color.org).
    let run = run_with(
        command()
            .arg("4xx")
            .env("CLICOLOR_FORCE", "1")
            .env("NO_COLOR", "1"),
    )
    .ok();
    assert!(!run.stdout.contains(ESC), "{:?}", run.stdout);
    assert_eq!(run.stdout, http_status(&["4xx"]).stdout);
}
