// `type` must be a URI reference and `title` one line of text; each error
// points at the literal and says what is wrong with it.
#[derive(Debug, status_core::HttpError)]
#[http_error(type = "https://example.com/probs/out of credit")]
enum UserError {
    #[status(404)]
    #[http_error(type = "https://example.com/probs/<missing>")]
    Missing,
    #[status(410)]
    #[http_error(type = "https://example.com/probs/gone%2")]
    Gone,
    #[status(422)]
    #[http_error(type = "1st:invalid")]
    Invalid,
    #[status(429)]
    #[http_error(type = "")]
    Slow,
    #[status(400)]
    #[http_error(title = "Bad\nrequest")]
    Bad,
    #[status(403)]
    #[http_error(title = Forbidden)]
    Forbidden,
}

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("user error")
    }
}

fn main() {}
