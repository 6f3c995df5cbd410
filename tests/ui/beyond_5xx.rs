// Three digits, but no class: no advice to add it to the data.
use status_core::status;

fn main() {
    let _ = status!(600);
}
