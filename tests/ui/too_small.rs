// Status codes have three digits.
use status_core::status;

fn main() {
    let _ = status!(7);
}
