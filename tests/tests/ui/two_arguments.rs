use status_core::status;

fn main() {
    let _ = status!(404, 410);
}
