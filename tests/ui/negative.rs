// A negative number is two tokens and never a status code.
use status_core::status;

fn main() {
    let _ = status!(-404);
}
