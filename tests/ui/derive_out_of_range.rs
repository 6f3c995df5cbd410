// One digit too many in a derive: the same error and suggestion as status!.
#[derive(Debug, status_core::HttpError)]
enum UserError {
    #[status(4040)]
    NotFound,
}

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no such user")
    }
}

fn main() {}
