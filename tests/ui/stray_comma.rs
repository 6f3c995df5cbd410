// A stray comma is pointed at; extra codes are counted.
use status_core::status;

fn main() {
    let _ = status!(404,,);
    let _ = status!(, 404);
    let _ = status!(404, 410, 429);
}
