// Every mistake in a `registry!` call is reported at once, at the key or
// value at fault, before any file is read.
status_core::registry! {
    fle = "codes.toml",
    name = "AppStatus",
    vis = public,
}

fn main() {}
