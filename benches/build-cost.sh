#!/bin/sh
# What status-core costs at build time, measured against the http crate and
# against plain paths. Run by hand, not by CI:
#
#   sh benches/build-cost.sh [runs]
#
# Everything happens in a fresh temporary directory outside the repository,
# each crate with its own target directory; the repository itself is only
# read. Each time is the median of `runs` (default 5) runs. Prints:
#
#   1. a clean debug build of a small binary using status-core, against the
#      same binary using http (target: at most 2.0x); then the same without
#      incremental compilation, which is how cargo builds status-core when
#      it comes from crates.io rather than from a path; then a clean build
#      of the same binary with a `registry!` of its own, against status!
#      alone;
#   2. rebuilding (touch main.rs, cargo build) a crate with 1,000
#      `status!(N)` calls, against the same crate with 1,000
#      `Status::CONSTANT` paths (target: at most 1.1x), and the same for a
#      registry's `app_status!(N)` against `AppStatus::CONSTANT` (target:
#      at most 1.15x);
#   3. the time from an edit of codes.toml to a finished `cargo build` of a
#      crate that depends on status-core, on a copy of the workspace.
#
# Crates are fetched before any timing, so downloads are never measured.
# Both small binaries use the versions pinned in the workspace's Cargo.lock.
set -eu

# Each crate builds into its own target directory; a CARGO_TARGET_DIR
# from the caller would make every "clean" build reuse one.
unset CARGO_TARGET_DIR

runs=${1:-5}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

now() { date +%s.%N; }

# The median of the numbers on standard input.
median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Seconds taken by a command, its output discarded.
seconds() {
    start=$(now)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end=$(now)
    echo "$start $end" | awk '{ printf "%.3f\n", $2 - $1 }'
}

ratio() { echo "$1 $2" | awk '{ printf "%.2f", $1 / $2 }'; }

# new_crate DIR DEPENDENCY-LINE: a binary crate with one dependency.
new_crate() {
    mkdir -p "$1/src"
    cat >"$1/Cargo.toml" <<EOF
[package]
name = "$(basename "$1")"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$2

[workspace]
EOF
    cp "$repo/Cargo.lock" "$1/Cargo.lock"
}

build() { cargo build --quiet --manifest-path "$1/Cargo.toml"; }

# clean_build DIR: removes the crate's target directory and builds it.
clean_build() {
    rm -rf "$1/target"
    build "$1"
}

# clean_build_registry_like DIR: clean_build without incremental
# compilation. Cargo compiles path dependencies such as status-core here
# incrementally, which costs time on a clean build, but a dependency from
# crates.io, such as http, never.
clean_build_registry_like() {
    rm -rf "$1/target"
    CARGO_INCREMENTAL=0 build "$1"
}

# touch_build DIR: marks main.rs as edited and builds the crate.
touch_build() {
    touch "$1/src/main.rs"
    build "$1"
}

# median_of N COMMAND ARGS...: the median seconds of N runs of a command.
median_of() {
    n=$1
    shift
    i=0
    while [ "$i" -lt "$n" ]; do
        seconds "$@"
        i=$((i + 1))
    done | median
}

# compare N STEP DIR-A DIR-B: runs STEP on A and on B in turn, N times
# each, so that a change in the machine's load falls on both alike, and
# sets $a and $b to their median seconds.
compare() {
    : >"$work/a"
    : >"$work/b"
    i=0
    while [ "$i" -lt "$1" ]; do
        seconds "$2" "$3" >>"$work/a"
        seconds "$2" "$4" >>"$work/b"
        i=$((i + 1))
    done
    a=$(median <"$work/a")
    b=$(median <"$work/b")
}

echo "build-cost.sh: $runs runs each, median; $(nproc) cores, $(rustc --version)"
echo

# 1. A clean build of a small binary: status-core against http.
new_crate "$work/with-status-core" "status-core = { path = \"$repo/status-core\" }"
cat >"$work/with-status-core/src/main.rs" <<'EOF'
use status_core::Status;

fn main() {
    let code: u16 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(404);
    match Status::from_u16(code) {
        Ok(status) => println!("{status}"),
        Err(error) => println!("{error}"),
    }
}
EOF
new_crate "$work/with-http" 'http = "1"'
cat >"$work/with-http/src/main.rs" <<'EOF'
use http::StatusCode;

fn main() {
    let code: u16 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(404);
    match StatusCode::from_u16(code).ok().filter(|s| s.canonical_reason().is_some()) {
        Some(status) => println!("{status}"),
        None => println!("{code} is not a registered status code"),
    }
}
EOF
cargo fetch --quiet --manifest-path "$work/with-status-core/Cargo.toml"
cargo fetch --quiet --manifest-path "$work/with-http/Cargo.toml"

compare "$runs" clean_build "$work/with-status-core" "$work/with-http"
echo "1. clean debug build of a small binary"
echo "   status-core: $a s   http: $b s   ratio: $(ratio "$a" "$b") (target <= 2.0)"
compare "$runs" clean_build_registry_like "$work/with-status-core" "$work/with-http"
echo "   without incremental, as from crates.io: status-core: $a s   http: $b s   ratio: $(ratio "$a" "$b")"

# The same binary with a registry of its own that extends the IANA set.
new_crate "$work/with-registry" "status-core = { path = \"$repo/status-core\" }"
cat >"$work/with-registry/codes.toml" <<'EOF'
extends = ["iana"]

[[status]]
code = 499
phrase = "Client Closed Request"
description = "The client closed the connection before the server could send its response."
EOF
cat >"$work/with-registry/src/main.rs" <<'EOF'
status_core::registry! { file = "codes.toml", name = AppStatus, macro = app_status }

fn main() {
    let code: u16 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(404);
    match AppStatus::from_u16(code) {
        Ok(status) => println!("{status}"),
        Err(error) => println!("{error}"),
    }
}
EOF
compare "$runs" clean_build "$work/with-registry" "$work/with-status-core"
echo "   with a registry! of its own: $a s   status! alone: $b s   ratio: $(ratio "$a" "$b")"
echo

# 2. Rebuild with 1,000 status!(N) against 1,000 Status::CONSTANT.
# The code and constant of every status, from the library itself.
new_crate "$work/names-tool" "status-core = { path = \"$repo/status-core\" }"
cat >"$work/names-tool/src/main.rs" <<'EOF'
fn main() {
    for status in status_core::Status::ALL {
        println!("{} {}", status.code(), status.constants()[0]);
    }
}
EOF
cargo run --quiet --manifest-path "$work/names-tool/Cargo.toml" >"$work/names"
[ -s "$work/names" ] || { echo "could not list the status constants" >&2; exit 1; }

# thousand DIR FORMAT [TYPE]: a crate whose main.rs holds 1,000 statuses,
# each written as FORMAT with %s the code and %c the constant. With TYPE
# AppStatus, the crate has a registry extending the IANA set.
thousand() {
    ty=${3:-Status}
    new_crate "$1" "status-core = { path = \"$repo/status-core\" }"
    cp "$work/with-registry/codes.toml" "$1/codes.toml"
    {
        echo '#![allow(deprecated)]'
        if [ "$ty" = AppStatus ]; then
            echo 'status_core::registry! { file = "codes.toml", name = AppStatus, macro = app_status }'
            echo 'const _: AppStatus = app_status!(200);'
        else
            echo 'use status_core::{status, Status};'
            echo 'const _: Status = status!(200);'
        fi
        echo
        echo "static STATUSES: [$ty; 1000] = ["
        awk -v format="$2" '
            { code[NR - 1] = $1; constant[NR - 1] = $2 }
            END {
                for (i = 0; i < 1000; i++) {
                    line = format
                    gsub("%s", code[i % NR], line)
                    gsub("%c", constant[i % NR], line)
                    print "    " line ","
                }
            }' "$work/names"
        echo '];'
        echo
        echo 'fn main() {'
        echo '    let sum: u32 = STATUSES.iter().map(|s| u32::from(s.code())).sum();'
        echo '    println!("{sum}");'
        echo '}'
    } >"$1/src/main.rs"
    build "$1"
}
thousand "$work/macro-calls" 'status!(%s)'
thousand "$work/constants" 'Status::%c'

compare "$runs" touch_build "$work/macro-calls" "$work/constants"
echo "2. rebuild after touching main.rs, 1,000 statuses"
echo "   status!(N): $a s   Status::CONSTANT: $b s   ratio: $(ratio "$a" "$b") (target <= 1.1)"

thousand "$work/registry-calls" 'app_status!(%s)' AppStatus
thousand "$work/registry-constants" 'AppStatus::%c' AppStatus
compare "$runs" touch_build "$work/registry-calls" "$work/registry-constants"
echo "   app_status!(N): $a s   AppStatus::CONSTANT: $b s   ratio: $(ratio "$a" "$b") (target <= 1.15)"
echo

# 3. From an edit of codes.toml to a built dependent crate, on a copy of the
# committed workspace. Each run rewords the description of 404, back and
# forth, so every run is a real change.
mkdir "$work/workspace"
git -C "$repo" archive HEAD | tar -x -C "$work/workspace"
new_crate "$work/dependent" "status-core = { path = \"$work/workspace/status-core\" }"
cp "$work/with-status-core/src/main.rs" "$work/dependent/src/main.rs"
build "$work/dependent"

edit_and_build() {
    codes="$work/workspace/codes.toml"
    if grep -q 'or would rather not say' "$codes"; then
        sed -i 's/or would rather not say/or prefers not to say/' "$codes"
    else
        sed -i 's/or prefers not to say/or would rather not say/' "$codes"
    fi
    build "$work/dependent"
}
edited=$(median_of "$runs" edit_and_build)
touched=$(median_of "$runs" touch_build "$work/dependent")
echo "3. edit codes.toml, then cargo build of a dependent crate"
echo "   ${edited} s (touching only the dependent's main.rs: ${touched} s)"
