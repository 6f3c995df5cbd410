// A status code is three decimal digits alone: every type suffix is
// refused, `u16` included, and the message quotes what was written.
use status_core::status;

fn main() {
    let _ = status!(404u8);
    let _ = status!(404u16);
    let _ = status!(404_u16);
}
