//! status-core against the `http` crate, side by side on the same inputs.
//!
//! Every group runs both libraries over one mixed workload: mostly common
//! codes, some rare ones, some that are well-formed but unregistered, and
//! some that are not status codes at all. Each input passes through
//! `black_box` on its own and each result's code is consumed, so the
//! compiler can neither precompute nor vectorise a sweep: one lookup per
//! loop iteration, as a server meets them. `baseline` is that loop with no
//! lookup in it, the floor under every other case.
//!
//! ```text
//! cargo bench -p status-core --bench lookups
//! sh status-core/benches/ratios.sh        # ours/http median ratios
//! sh status-core/benches/instructions.sh  # the same, in instructions (valgrind)
//! ```
//!
//! With `LOOKUPS_CASE=<group>/<library>` set, the binary skips criterion and
//! runs that case `LOOKUPS_PASSES` times over the workload, so an
//! instruction counter sees only the lookups (see `instructions.sh`).
//! `LOOKUPS_CASE=list` prints the groups.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, Throughput};
use http::StatusCode;
use status_core::Status;

/// The workload: each code with how many times it appears in 64 lookups.
const WORKLOAD: &[(u16, usize)] = &[
    // Common: 48 of 64.
    (200, 16),
    (404, 6),
    (304, 6),
    (301, 3),
    (302, 2),
    (500, 3),
    (201, 2),
    (204, 2),
    (400, 2),
    (401, 1),
    (403, 1),
    (307, 1),
    (429, 1),
    (502, 1),
    (503, 1),
    // Rare: 8.
    (100, 1),
    (103, 1),
    (207, 1),
    (226, 1),
    (418, 1),
    (421, 1),
    (451, 1),
    (508, 1),
    // Well-formed but not registered (306 is reserved): 4.
    (499, 1),
    (299, 1),
    (520, 1),
    (306, 1),
    // Not status codes: 4.
    (0, 1),
    (99, 1),
    (1000, 1),
    (65535, 1),
];

/// Text that is not three digits, added to the parse workload.
const MALFORMED: &[&str] = &["4o4", "", " 200", "20x"];

/// The workload's codes in a fixed pseudo-random order, so that branches
/// see a realistic mix rather than long runs of one code.
fn codes() -> Vec<u16> {
    let mut codes: Vec<u16> = WORKLOAD
        .iter()
        .flat_map(|&(code, times)| std::iter::repeat_n(code, times))
        .collect();
    // Fisher-Yates with a fixed xorshift seed: the same order every run.
    let mut state: u32 = 0x9e37_79b9;
    for i in (1..codes.len()).rev() {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        codes.swap(i, state as usize % (i + 1));
    }
    codes
}

/// One library's side of one group.
struct Case {
    group: &'static str,
    library: &'static str,
    /// Lookups in one pass.
    lookups: usize,
    /// One pass over the whole workload.
    pass: Box<dyn FnMut()>,
}

/// A case that runs `lookup` on every input, each through `black_box`, and
/// consumes every result. `lookup` also gets a `String` that lives as long
/// as the case, for the cases that format.
fn case<T, R, F>(group: &'static str, library: &'static str, inputs: &[T], mut lookup: F) -> Case
where
    T: Copy + 'static,
    F: FnMut(T, &mut String) -> R + 'static,
{
    let inputs = inputs.to_vec();
    let mut buffer = String::with_capacity(64);
    Case {
        group,
        library,
        lookups: inputs.len(),
        pass: Box::new(move || {
            for &input in &inputs {
                black_box(lookup(black_box(input), &mut buffer));
            }
        }),
    }
}

const OURS: &str = "status-core";
const HTTP: &str = "http";

/// Every case, each group's two libraries next to each other.
fn cases() -> Vec<Case> {
    let codes = codes();
    let ours: Vec<Status> = codes
        .iter()
        .filter_map(|&c| Status::from_u16(c).ok())
        .collect();
    let theirs: Vec<StatusCode> = ours
        .iter()
        .map(|s| StatusCode::from_u16(s.code()).expect("a registered code is valid"))
        .collect();
    // The workload as text, plus some that is not three digits.
    let mut texts: Vec<&'static str> = codes
        .iter()
        .map(|c| &*Box::leak(c.to_string().into_boxed_str()))
        .collect();
    texts.extend(MALFORMED);

    vec![
        case("baseline", "black_box", &codes, |c, _| c),
        case("from_u16", OURS, &codes, |c, _| {
            Status::from_u16(c).ok().map(Status::code)
        }),
        case("from_u16", HTTP, &codes, |c, _| {
            StatusCode::from_u16(c).ok().map(|s| s.as_u16())
        }),
        case("phrase", OURS, &codes, |c, _| {
            Status::from_u16(c).ok().map(Status::phrase)
        }),
        case("phrase", HTTP, &codes, |c, _| {
            StatusCode::from_u16(c).ok()?.canonical_reason()
        }),
        case("from_bytes", OURS, &texts, |t, _| {
            Status::from_bytes(t.as_bytes()).map(Status::code)
        }),
        case("from_bytes", HTTP, &texts, |t, _| {
            StatusCode::from_bytes(t.as_bytes()).map(|s| s.as_u16())
        }),
        case("from_str", OURS, &texts, |t, _| {
            t.parse::<Status>().map(Status::code)
        }),
        case("from_str", HTTP, &texts, |t, _| {
            t.parse::<StatusCode>().map(|s| s.as_u16())
        }),
        case("format", OURS, &ours, display),
        case("format", HTTP, &theirs, display),
        case("status_line", OURS, &ours, |s, _| s.status_line().len()),
        case("status_line", HTTP, &theirs, |s, _| {
            let reason = s.canonical_reason().unwrap_or("");
            format!("HTTP/1.1 {} {}", s.as_str(), reason).len()
        }),
    ]
}

/// Writes `value` into the cleared `buffer` as `{value}` and returns the
/// length written.
fn display(value: impl std::fmt::Display, buffer: &mut String) -> usize {
    buffer.clear();
    write!(buffer, "{value}").expect("a String accepts any text");
    buffer.len()
}

fn main() {
    if let Ok(case) = std::env::var("LOOKUPS_CASE") {
        count(&case);
        return;
    }
    let mut criterion = Criterion::default().configure_from_args();
    let mut cases = cases().into_iter().peekable();
    while let Some(first) = cases.peek() {
        let mut group = criterion.benchmark_group(first.group);
        let name = first.group;
        while let Some(mut case) = cases.next_if(|case| case.group == name) {
            group.throughput(Throughput::Elements(case.lookups as u64));
            group.bench_function(case.library, |b| b.iter(&mut case.pass));
        }
        group.finish();
    }
    criterion.final_summary();
}

/// Runs one case `LOOKUPS_PASSES` times (default 0) for an instruction
/// counter, and prints how many lookups one pass makes. `list` prints the
/// groups instead.
fn count(name: &str) {
    let mut cases = cases();
    if name == "list" {
        cases.dedup_by_key(|case| case.group);
        for case in cases {
            println!("{}", case.group);
        }
        return;
    }
    let passes: usize = std::env::var("LOOKUPS_PASSES")
        .map_or(0, |p| p.parse().expect("LOOKUPS_PASSES is a number"));
    let mut case = cases
        .into_iter()
        .find(|case| format!("{}/{}", case.group, case.library) == name)
        .unwrap_or_else(|| panic!("no case {name}"));
    for _ in 0..passes {
        (case.pass)();
    }
    println!("{}", case.lookups);
}
