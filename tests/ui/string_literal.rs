// A string is not a code, even when it holds digits.
use status_core::status;

fn main() {
    let _ = status!("404");
    let _ = status!("abc");
}
