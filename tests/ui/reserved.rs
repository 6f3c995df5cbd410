// 306 is reserved by RFC 9110 and has no variant.
use status_core::status;

fn main() {
    let _ = status!(306);
}
