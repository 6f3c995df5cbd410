#!/bin/sh
# What the `axum` feature costs a typical axum service at build time: the
# same small service (axum, tokio, serde) written twice, once on axum's own
# `StatusCode` and once on status-core with its `axum` feature, each built
# clean, in turn, without incremental compilation (as cargo builds
# dependencies from crates.io). Target: at most 1.05x. Run by hand:
#
#   sh benches/axum-service-cost.sh [runs]
#
#   sh benches/axum-service-cost.sh [runs] [other-checkout]
#
# Everything happens in a fresh temporary directory; the repository is only
# read. Crates are fetched before any timing. Prints the median and range of
# `runs` (default 7) builds of each, and their ratio. With the path of
# another checkout of this repository, such as an earlier commit, the
# service is also built on that checkout's status-core, in the same turns,
# so that before and after meet the same load.
set -eu
unset CARGO_TARGET_DIR

runs=${1:-7}
repo=$(cd "$(dirname "$0")/.." && pwd)
other=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

now() { date +%s.%N; }
median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
range() { sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.2f-%.2f", lo, hi }'; }

# service DIR STATUS-CORE-LINE: the service's manifest, with or without
# status-core.
service() {
    mkdir -p "$1/src"
    cat >"$1/Cargo.toml" <<TOML
[package]
name = "$(basename "$1")"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
axum = { version = "0.8", default-features = false, features = ["http1", "tokio", "json"] }
tokio = { version = "1", default-features = false, features = ["macros", "rt", "net"] }
serde = { version = "1", features = ["derive"] }
$2

[workspace]
TOML
    cp "$repo/Cargo.lock" "$1/Cargo.lock"
}

service "$work/on-axum" ""
cat >"$work/on-axum/src/main.rs" <<'RS'
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct User {
    id: u32,
    name: String,
}

#[derive(Debug)]
enum ApiError {
    NoSuchUser(u32),
    Database(String),
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::NoSuchUser(id) => write!(f, "there is no user {id}"),
            ApiError::Database(message) => write!(f, "database: {message}"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = match self {
            ApiError::NoSuchUser(_) => StatusCode::NOT_FOUND,
            ApiError::Database(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        (status, self.to_string()).into_response()
    }
}

async fn user(Path(id): Path<u32>) -> Result<Json<User>, ApiError> {
    match id {
        7 => Ok(Json(User { id, name: "Ada".into() })),
        0 => Err(ApiError::Database("pool exhausted".into())),
        _ => Err(ApiError::NoSuchUser(id)),
    }
}

async fn create(Json(user): Json<User>) -> (StatusCode, Json<User>) {
    (StatusCode::CREATED, Json(user))
}

async fn delete(Path(_id): Path<u32>) -> StatusCode {
    StatusCode::NO_CONTENT
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let app = Router::new()
        .route("/users/{id}", get(user).delete(delete))
        .route("/users", axum::routing::post(create));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
RS

service "$work/on-status-core" "status-core = { path = \"$repo/status-core\", features = [\"axum\"] }"
cat >"$work/on-status-core/src/main.rs" <<'RS'
use axum::extract::Path;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use status_core::{HttpError, Status, status};

#[derive(Serialize, Deserialize)]
struct User {
    id: u32,
    name: String,
}

#[derive(Debug, HttpError)]
enum ApiError {
    #[status(404)]
    NoSuchUser(u32),
    #[status(500)]
    Database(String),
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::NoSuchUser(id) => write!(f, "there is no user {id}"),
            ApiError::Database(message) => write!(f, "database: {message}"),
        }
    }
}

async fn user(Path(id): Path<u32>) -> Result<Json<User>, ApiError> {
    match id {
        7 => Ok(Json(User { id, name: "Ada".into() })),
        0 => Err(ApiError::Database("pool exhausted".into())),
        _ => Err(ApiError::NoSuchUser(id)),
    }
}

async fn create(Json(user): Json<User>) -> impl IntoResponse {
    status!(201).json(user)
}

async fn delete(Path(_id): Path<u32>) -> Status {
    status!(204)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let app = Router::new()
        .route("/users/{id}", get(user).delete(delete))
        .route("/users", axum::routing::post(create));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
RS

dirs="$work/on-axum $work/on-status-core"
if [ -n "$other" ]; then
    other=$(cd "$other" && pwd)
    service "$work/on-other" "status-core = { path = \"$other/status-core\", features = [\"axum\"] }"
    cp "$work/on-status-core/src/main.rs" "$work/on-other/src/main.rs"
    dirs="$dirs $work/on-other"
fi

for dir in $dirs; do
    cargo fetch --quiet --manifest-path "$dir/Cargo.toml"
    # One build first, so that a compile error fails here and not in a timing.
    CARGO_INCREMENTAL=0 cargo build --quiet --offline --manifest-path "$dir/Cargo.toml"
done

seconds() {
    rm -rf "$1/target"
    start=$(now)
    CARGO_INCREMENTAL=0 cargo build --quiet --offline --manifest-path "$1/Cargo.toml" >/dev/null 2>&1 ||
        { echo "failed: build of $1" >&2; exit 1; }
    end=$(now)
    echo "$start $end" | awk '{ printf "%.3f\n", $2 - $1 }'
}

echo "axum-service-cost.sh: $runs clean builds of each in turn; $(nproc) cores, $(rustc --version)"
: >"$work/a"
: >"$work/b"
: >"$work/c"
i=0
while [ "$i" -lt "$runs" ]; do
    seconds "$work/on-status-core" >>"$work/a"
    seconds "$work/on-axum" >>"$work/b"
    [ -z "$other" ] || seconds "$work/on-other" >>"$work/c"
    i=$((i + 1))
done
a=$(median <"$work/a")
b=$(median <"$work/b")
printf 'status-core with axum: %.2f s (%s)\n' "$a" "$(range <"$work/a")"
printf "axum's own StatusCode: %.2f s (%s)\n" "$b" "$(range <"$work/b")"
echo "$a $b" | awk '{ printf "ratio: %.3f (target: at most 1.05)\n", $1 / $2 }'
if [ -n "$other" ]; then
    c=$(median <"$work/c")
    printf 'status-core of %s with axum: %.2f s (%s)\n' "$other" "$c" "$(range <"$work/c")"
    echo "$c $b" | awk '{ printf "its ratio: %.3f\n", $1 / $2 }'
fi
