// Field options: `extension` needs a named field that is not a standard
// member, a problem has one `instance`, and each option says where it goes.
#[derive(Debug, status_core::HttpError)]
#[http_error(instance)]
enum UserError {
    #[status(402)]
    OutOfCredit(#[http_error(extension)] u32),
    #[status(409)]
    Taken {
        #[http_error(extension)]
        detail: String,
        #[http_error(extension = "who")]
        owner: String,
    },
    #[status(404)]
    #[http_error(extension)]
    Missing {
        #[http_error(instance)]
        path: String,
        #[http_error(instance)]
        id: u32,
        #[http_error(detail)]
        reason: String,
        #[http_error(colour)]
        shade: u8,
    },
}

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("user error")
    }
}

fn main() {}
