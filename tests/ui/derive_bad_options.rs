// Unknown options are named with the list of options; a type-level option
// on a variant says where it belongs.
#[derive(Debug, status_core::HttpError)]
#[http_error(colour = red)]
enum UserError {
    #[status(404)]
    #[http_error(crate = status_core)]
    NotFound,
}

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("user error")
    }
}

fn main() {}
