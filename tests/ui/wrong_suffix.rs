// Status codes are u16; other integer types are refused.
use status_core::status;

fn main() {
    let _ = status!(404u8);
}
