//! A service's own status codes: `codes.toml` beside this file extends the
//! IANA set with 499, and `registry!` turns it into `AppStatus` and the
//! checked `app_status!`.
//!
//! ```sh
//! cargo run -p status-core --example app_status -- 499
//! ```

status_core::registry! {
    file = "examples/codes.toml", // relative to the crate's Cargo.toml
    name = AppStatus,             // the generated enum
    macro = app_status,           // the generated checked macro
}

/// The status a handler answers with when the client went away.
const CLIENT_GONE: AppStatus = app_status!(499);

fn main() {
    let code = std::env::args()
        .nth(1)
        .unwrap_or_else(|| CLIENT_GONE.as_str().to_owned());
    match code.parse::<AppStatus>() {
        Ok(status) => {
            println!("{status}");
            println!("{}", status.description());
        }
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(2);
        }
    }
}
