// A code that codes.toml does not have, on a struct.
#[derive(Debug, status_core::HttpError)]
#[status(499)]
struct ClientClosed;

impl std::fmt::Display for ClientClosed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the client closed the connection")
    }
}

fn main() {}
