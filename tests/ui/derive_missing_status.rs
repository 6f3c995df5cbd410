// Every variant without a status is reported in one build, and callers of
// `status()` add no errors of their own.
#[derive(Debug, status_core::HttpError)]
enum UserError {
    NotFound,
    #[status(409)]
    Conflict,
    Database(String),
}

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("user error")
    }
}

fn main() {
    let _ = UserError::Conflict.status();
}
