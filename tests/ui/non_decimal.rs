// A status code is written as three decimal digits, as `"404".parse()`
// accepts it; other forms of 404 are quoted back as written.
use status_core::status;

fn main() {
    let _ = status!(0x194);
    let _ = status!(0o624);
    let _ = status!(0404);
    let _ = status!(4_04);
    let _ = status!(0x4040);
}
