// One digit too many: the error suggests the likely intent.
use status_core::status;

fn main() {
    let _ = status!(4040);
}
