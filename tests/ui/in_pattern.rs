// Errors point at the literal in patterns too.
use status_core::{status, Status};

fn is_odd(status: Status) -> bool {
    matches!(status, status!(299))
}

fn main() {
    let _ = is_odd(Status::Ok);
}
