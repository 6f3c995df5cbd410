// Constants are written as paths, not passed to status!.
use status_core::status;

fn main() {
    let _ = status!(NOT_FOUND);
}
