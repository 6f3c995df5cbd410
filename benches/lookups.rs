//! status-core against the `http` crate, side by side on the same inputs.
//!
//! Every run-time operation is measured on two workloads, and for each
//! workload both libraries run in the same process on the same inputs:
//!
//! - **unpredictable**: 4,096 codes from a fixed-seed xorshift generator.
//!   About half are common codes, a quarter are uniform in `100..600` and a
//!   quarter uniform in `0..1100`, so parsing meets 1-, 2- and 4-digit text
//!   as well as 3-digit text, and lookups meet unregistered and
//!   out-of-range numbers. A proxy or a log reader sees codes like this, in
//!   no fixed order. A branch predictor cannot learn 4,096 random steps, so
//!   a mispredicted branch costs here what it costs in real traffic.
//! - **server**: 4,096 codes as a busy server produces them: mostly `200`,
//!   some `304`, `404` and `301`, in pseudo-random order. Here nearly every
//!   branch is predicted, and what shows is the straight-line cost of the
//!   common case.
//!
//! A library can win one workload by losing the other: a chain of branches
//! that tests for `200` first is fast on the server workload and slow on the
//! unpredictable one, and a table lookup that pays the same on both can
//! look worse than it is when only the easy case is measured. Keeping both
//! shows both costs.
//!
//! The operations, with http's counterpart:
//!
//! | group | status-core | http |
//! |---|---|---|
//! | `from_u16` | `Status::from_u16(c)` | `StatusCode::from_u16(c)` |
//! | `phrase` | its phrase, when registered | `canonical_reason()`, when valid |
//! | `from_bytes` | `Status::from_bytes(b)` | `StatusCode::from_bytes(b)` |
//! | `from_str` | `s.parse::<Status>()` | `s.parse::<StatusCode>()`, which is `from_bytes` |
//! | `format` | `write!(buf, "{status}")` into a reused `String` | the same |
//! | `status_line` | `status.status_line()` | `format!("HTTP/1.1 {} {}", code.as_str(), reason)` |
//!
//! `format` and `status_line` run over the registered codes among the
//! workload's inputs, since only those are statuses. Each input passes
//! through `black_box` on its own and each result is consumed, so the
//! compiler can neither precompute nor vectorise a sweep: one lookup per
//! loop iteration, as a server meets them. `baseline` is that loop with no
//! lookup in it, the floor under every other case.
//!
//! A group is named `<operation>-<workload>`, for example
//! `from_u16-unpredictable`, and holds one case per library.
//!
//! ```text
//! cargo bench -p status-benches --bench lookups
//! cargo bench -p status-benches --bench lookups -- unpredictable   # one workload
//! sh benches/ratios.sh        # ours/http median ratios
//! sh benches/instructions.sh  # the same, in instructions (valgrind)
//! ```
//!
//! With `LOOKUPS_CASE=<group>/<library>` set, the binary skips criterion and
//! runs that case `LOOKUPS_PASSES` times over its inputs, so an instruction
//! counter sees only the lookups (see `instructions.sh`). `LOOKUPS_CASE=list`
//! prints the groups.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, Throughput};
use http::StatusCode;
use status_core::Status;

/// Inputs in each workload.
const INPUTS: usize = 4096;

/// Common codes, each with its weight among 48: what the common half of the
/// unpredictable workload is drawn from.
const COMMON: &[(u16, usize)] = &[
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
];

/// The server workload's codes, each with its weight among 100.
const SERVER: &[(u16, usize)] = &[(200, 80), (304, 8), (404, 7), (301, 5)];

/// A xorshift generator: the same numbers on every run and every machine.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n`. The bias of `%` is far below anything measured.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A code drawn from a weighted list.
    fn weighted(&mut self, list: &[(u16, usize)]) -> u16 {
        let total: usize = list.iter().map(|&(_, weight)| weight).sum();
        let mut pick = self.below(total);
        for &(code, weight) in list {
            if pick < weight {
                return code;
            }
            pick -= weight;
        }
        unreachable!("pick is below the total weight")
    }
}

/// A workload: its name and its inputs, in the order they are looked up.
struct Workload {
    name: &'static str,
    codes: Vec<u16>,
}

/// Half common codes, a quarter uniform in `100..600`, a quarter uniform in
/// `0..1100`.
fn unpredictable() -> Workload {
    let mut rng = Xorshift(0x9e37_79b9_7f4a_7c15);
    let codes = (0..INPUTS)
        .map(|_| match rng.below(4) {
            0 | 1 => rng.weighted(COMMON),
            2 => 100 + rng.below(500) as u16,
            _ => rng.below(1100) as u16,
        })
        .collect();
    Workload {
        name: "unpredictable",
        codes,
    }
}

/// Mostly `200`, some `304`, `404` and `301`.
fn server() -> Workload {
    let mut rng = Xorshift(0x2545_f491_4f6c_dd1d);
    let codes = (0..INPUTS).map(|_| rng.weighted(SERVER)).collect();
    Workload {
        name: "server",
        codes,
    }
}

/// One library's side of one group.
struct Case {
    group: String,
    library: &'static str,
    /// Lookups in one pass.
    lookups: usize,
    /// One pass over the whole workload.
    pass: Box<dyn FnMut()>,
}

/// A case that runs `lookup` on every input, each through `black_box`, and
/// consumes every result. `lookup` also gets a `String` that lives as long
/// as the case, for the cases that format.
fn case<T, R, F>(group: &str, library: &'static str, inputs: &[T], mut lookup: F) -> Case
where
    T: Copy + 'static,
    F: FnMut(T, &mut String) -> R + 'static,
{
    let inputs = inputs.to_vec();
    let mut buffer = String::with_capacity(64);
    Case {
        group: group.to_owned(),
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

/// Every case of one workload, each group's two libraries next to each
/// other.
fn workload_cases(workload: &Workload) -> Vec<Case> {
    let codes = &workload.codes;
    let group = |operation: &str| format!("{operation}-{}", workload.name);
    let ours: Vec<Status> = codes
        .iter()
        .filter_map(|&c| Status::from_u16(c).ok())
        .collect();
    let theirs: Vec<StatusCode> = ours
        .iter()
        .map(|s| StatusCode::from_u16(s.as_u16()).expect("a registered code is valid"))
        .collect();
    // The workload as text. Leaked once, so the cases can copy `&str`s.
    let texts: Vec<&'static str> = codes
        .iter()
        .map(|c| &*Box::leak(c.to_string().into_boxed_str()))
        .collect();

    vec![
        case(&group("baseline"), "black_box", codes, |c, _| c),
        case(&group("from_u16"), OURS, codes, |c, _| {
            Status::from_u16(c).map(|s| s.as_u16())
        }),
        case(&group("from_u16"), HTTP, codes, |c, _| {
            StatusCode::from_u16(c).map(|s| s.as_u16())
        }),
        case(&group("phrase"), OURS, codes, |c, _| {
            Status::from_u16(c).ok().map(Status::phrase)
        }),
        case(&group("phrase"), HTTP, codes, |c, _| {
            StatusCode::from_u16(c).ok()?.canonical_reason()
        }),
        case(&group("from_bytes"), OURS, &texts, |t, _| {
            Status::from_bytes(t.as_bytes()).map(|s| s.as_u16())
        }),
        case(&group("from_bytes"), HTTP, &texts, |t, _| {
            StatusCode::from_bytes(t.as_bytes()).map(|s| s.as_u16())
        }),
        case(&group("from_str"), OURS, &texts, |t, _| {
            t.parse::<Status>().map(|s| s.as_u16())
        }),
        case(&group("from_str"), HTTP, &texts, |t, _| {
            t.parse::<StatusCode>().map(|s| s.as_u16())
        }),
        case(&group("format"), OURS, &ours, display),
        case(&group("format"), HTTP, &theirs, display),
        case(&group("status_line"), OURS, &ours, |s, _| {
            s.status_line().len()
        }),
        case(&group("status_line"), HTTP, &theirs, |s, _| {
            let reason = s.canonical_reason().unwrap_or("");
            format!("HTTP/1.1 {} {}", s.as_str(), reason).len()
        }),
    ]
}

/// Every case of both workloads.
fn cases() -> Vec<Case> {
    [unpredictable(), server()]
        .iter()
        .flat_map(workload_cases)
        .collect()
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
        let name = first.group.clone();
        let mut group = criterion.benchmark_group(&name);
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
        cases.dedup_by(|a, b| a.group == b.group);
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
        .unwrap_or_else(|| panic!("no case {name}; LOOKUPS_CASE=list prints the groups"));
    for _ in 0..passes {
        (case.pass)();
    }
    println!("{}", case.lookups);
}
