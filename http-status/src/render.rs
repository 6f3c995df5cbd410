//! Text output: a full explanation of one code, one-line listings, and the
//! messages for a query that found nothing.

use std::io::{self, Write};

use status_core::{Redirect, Registration, Status, Vendor};

use crate::known::{Known, Set};
use crate::search::{Hit, Miss};
use crate::style::{self, ERROR, LABEL, NOTE, TITLE};

/// Where the values of an explanation start, after the two-space indent and
/// the label.
const LABEL_WIDTH: usize = 13;

/// Text is wrapped to fit an 80-column terminal.
const WIDTH: usize = 79;

/// Writes everything known about one status.
pub fn explain(out: &mut impl Write, status: Known) -> io::Result<()> {
    let code = style::class(status.class()).bold();
    writeln!(
        out,
        "{code}{}{code:#} {TITLE}{}{TITLE:#}",
        status.code(),
        status.phrase()
    )?;
    writeln!(out)?;
    for line in wrap(status.description(), WIDTH - 2) {
        writeln!(out, "  {line}")?;
    }
    writeln!(out)?;
    match status.vendor() {
        Some(vendor) => explain_vendor(out, status, vendor),
        None => explain_registered(out, status),
    }
}

/// The fields of a code of the IANA registry.
fn explain_registered(out: &mut impl Write, status: Known) -> io::Result<()> {
    let class = status.class();
    field(out, "Class", &format!("{}xx {class}", status.code() / 100))?;
    field(out, "Status line", status.status_line())?;
    // The link is to the first reference, so it goes right under it.
    let mut references: Vec<&str> = status
        .reference()
        .unwrap_or_default()
        .split("; ")
        .filter(|r| !r.is_empty())
        .collect();
    if references.is_empty() {
        references.push("none");
    }
    if let Some(url) = status.reference_url() {
        references.insert(1, url);
    }
    field_lines(out, "Reference", &references)?;
    let required = status
        .required_headers()
        .iter()
        .map(|h| format!("{h} (required)"));
    let recommended = status
        .recommended_headers()
        .iter()
        .map(|h| format!("{h} (recommended)"));
    let headers: Vec<String> = required.chain(recommended).collect();
    let headers = if headers.is_empty() {
        "none required".to_owned()
    } else {
        headers.join(", ")
    };
    field(out, "Headers", &headers)?;
    let cacheable = if status.is_cacheable_by_default() {
        "yes, by default (heuristically cacheable)"
    } else {
        "no, not without explicit freshness information"
    };
    field(out, "Cacheable", cacheable)?;
    let content = if status.allows_content() {
        "allowed"
    } else {
        "not allowed"
    };
    field(out, "Content", content)?;
    if let Some(redirect) = redirect(status) {
        field(out, "Redirect", &redirect)?;
    }
    field(out, "Registry", registration(status.registration()))?;
    if let Some(why) = status.deprecation() {
        let lines = wrap(why, WIDTH - 2 - LABEL_WIDTH);
        field_lines(
            out,
            "",
            &lines.iter().map(String::as_str).collect::<Vec<_>>(),
        )?;
    }
    if !status.aliases().is_empty() {
        let quoted: Vec<String> = status
            .aliases()
            .iter()
            .map(|a| format!("\"{a}\""))
            .collect();
        field(out, "Formerly", &quoted.join(", "))?;
    }
    field_lines(
        out,
        "In Rust",
        &rust(status).iter().map(String::as_str).collect::<Vec<_>>(),
    )
}

/// The fields of a vendor's code: whose it is, where the vendor documents
/// it, whether a client ever sees it, and what a client makes of it.
///
/// The semantics that the IANA registry's codes carry (headers,
/// cacheability, content) are left out: RFC 9110 defines them for its own
/// codes only, and a client applies those of the `x00` code it falls back
/// to.
fn explain_vendor(out: &mut impl Write, status: Known, vendor: &Vendor) -> io::Result<()> {
    let class = status.class();
    field(out, "Class", &format!("{}xx {class}", status.code() / 100))?;
    field(out, "Vendor", vendor.name())?;
    field(out, "Registry", "not in the IANA registry")?;
    field(out, "Source", vendor.source())?;
    field(out, "Sent", &sent(status, vendor))?;
    if let Some(understood) = Status::understand(status.code()) {
        field(
            out,
            "Understood",
            &format!(
                "a client treats it as {understood}, the x00 code of its class \
                 (RFC 9110, Section 15)"
            ),
        )?;
    }
    if vendor.reaches_clients() {
        field(out, "Status line", status.status_line())?;
    }
    field_lines(
        out,
        "In Rust",
        &rust(status).iter().map(String::as_str).collect::<Vec<_>>(),
    )
}

/// Whether a vendor's code reaches clients, and what they get instead.
fn sent(status: Known, vendor: &Vendor) -> String {
    if vendor.reaches_clients() {
        return "yes, to clients, in the status line".to_owned();
    }
    let instead = vendor.sent_as().and_then(|code| Known::from_u16(code).ok());
    match instead {
        Some(instead) => format!(
            "never: {} only logs {}; the client receives {instead}",
            vendor.name(),
            status.code()
        ),
        None => format!(
            "never: {} only logs {}; no response carries it",
            vendor.name(),
            status.code()
        ),
    }
}

/// Writes one line per status, such as `404  Not Found`.
pub fn list(out: &mut impl Write, hits: &[Hit]) -> io::Result<()> {
    for hit in hits {
        writeln!(out, "{}", line(hit))?;
    }
    Ok(())
}

/// One listed status: code, phrase, and in brackets what a reader should
/// know before using it: the vendor of a code that no registry lists, or
/// the registry's status; and the former phrase that a search matched.
pub fn line(hit: &Hit) -> String {
    let status = hit.status;
    let code = style::class(status.class());
    let mut line = format!("{code}{}{code:#}  {}", status.code(), status.phrase());
    let mark = match (status.vendor(), status.registration()) {
        (Some(vendor), _) => Some(vendor.name()),
        (None, Registration::Assigned) => None,
        (None, other) => Some(other.as_str()),
    };
    if let Some(mark) = mark {
        line.push_str(&format!("  {NOTE}[{mark}]{NOTE:#}"));
    }
    if let Some(alias) = hit.alias {
        line.push_str(&format!("  {NOTE}[formerly \"{alias}\"]{NOTE:#}"));
    }
    line
}

/// Writes why a query found nothing, naming the input and suggesting what
/// the user may have meant. Every line goes to `out`, which is standard
/// error.
pub fn miss(out: &mut impl Write, miss: &Miss) -> io::Result<()> {
    const LIST_ALL: &str = "Run 'http-status' with no argument to list every code.";
    match miss {
        Miss::EmptySearch => {
            writeln!(out, "{ERROR}http-status:{ERROR:#} nothing to search for")?;
            writeln!(
                out,
                "Give a code (404), a class (4xx) or words to search for (too many)."
            )?;
            writeln!(out, "{LIST_ALL}")
        }
        Miss::Reserved {
            code,
            why,
            understood,
        } => {
            writeln!(
                out,
                "{ERROR}http-status:{ERROR:#} {code} is reserved and may not be used"
            )?;
            for line in wrap(why, WIDTH) {
                writeln!(out, "{line}")?;
            }
            understands(out, *understood)
        }
        Miss::Unregistered {
            code,
            understood,
            nearest,
        } => {
            if understood.is_some() {
                writeln!(
                    out,
                    "{ERROR}http-status:{ERROR:#} {code} is not a registered status code"
                )?;
                understands(out, *understood)?;
            } else {
                writeln!(
                    out,
                    "{ERROR}http-status:{ERROR:#} {code} is not a status code: \
                     status codes are 100 to 599 (RFC 9110, Section 15)"
                )?;
            }
            suggest(out, "Nearest registered codes:", nearest)
        }
        Miss::NotACode { input, fixes } => {
            writeln!(
                out,
                "{ERROR}http-status:{ERROR:#} {} is not a status code: \
                 status codes are three digits, 100 to 599",
                shown(input)
            )?;
            if fixes.is_empty() {
                writeln!(out, "{LIST_ALL}")
            } else {
                suggest(out, "Did you mean:", fixes)
            }
        }
        Miss::NotAClass { input } => {
            writeln!(
                out,
                "{ERROR}http-status:{ERROR:#} {} is not a class: \
                 the classes are 1xx, 2xx, 3xx, 4xx and 5xx",
                shown(input)
            )
        }
        Miss::NoMatch { query, suggestions } => {
            writeln!(
                out,
                "{ERROR}http-status:{ERROR:#} no status code matches \"{}\"",
                shown(query)
            )?;
            if suggestions.is_empty() {
                writeln!(out, "{LIST_ALL}")
            } else {
                suggest(out, "Did you mean:", suggestions)
            }
        }
    }
}

/// What RFC 9110 tells a client to do with a code it does not recognize.
fn understands(out: &mut impl Write, understood: Option<Status>) -> io::Result<()> {
    match understood {
        Some(status) => writeln!(
            out,
            "A client that receives it treats it as {status},\n\
             the x00 code of its class (RFC 9110, Section 15)."
        ),
        None => Ok(()),
    }
}

fn suggest(out: &mut impl Write, heading: &str, statuses: &[Known]) -> io::Result<()> {
    writeln!(out, "{heading}")?;
    for &status in statuses {
        writeln!(out, "  {}", line(&Hit::plain(status)))?;
    }
    Ok(())
}

fn field(out: &mut impl Write, label: &str, value: &str) -> io::Result<()> {
    let lines = wrap(value, WIDTH - 2 - LABEL_WIDTH);
    field_lines(
        out,
        label,
        &lines.iter().map(String::as_str).collect::<Vec<_>>(),
    )
}

/// A label with one value per line, the values aligned in one column.
fn field_lines(out: &mut impl Write, label: &str, values: &[&str]) -> io::Result<()> {
    let mut label = label;
    for value in values {
        writeln!(out, "  {LABEL}{label:<LABEL_WIDTH$}{LABEL:#}{value}")?;
        label = "";
    }
    Ok(())
}

/// How a client follows the redirect, for 3xx codes only.
fn redirect(status: Known) -> Option<String> {
    if !status.is_redirection() {
        return None;
    }
    let text = match status.redirect() {
        None => "not followed automatically",
        Some(Redirect::PreservesMethod) => {
            "follow Location, repeating the request with the same method and content"
        }
        Some(Redirect::MayChangeToGet) => {
            "follow Location, repeating the request; clients may turn a POST into a GET"
        }
        Some(Redirect::ChangesToGet) => "follow Location with a GET (or HEAD for a HEAD request)",
        // A behaviour added to the library later, in codes.toml's words.
        Some(other) => other.as_str(),
    };
    Some(text.to_owned())
}

fn registration(registration: Registration) -> &'static str {
    match registration {
        Registration::Unused => "unused: reserved so it is never given a meaning",
        other => other.as_str(),
    }
}

/// The ways to write the status in Rust: the macro, the variant and the
/// constants, including those named after former phrases.
///
/// A vendor's code is not in `Status`; it is in the enum that
/// `registry!` generates from a codes file extending its set, called
/// `AppStatus` with `app_status!` in the library's documentation.
fn rust(status: Known) -> Vec<String> {
    let (enum_name, macro_name, mut lines) = match Set::of(status) {
        Some(set) => (
            "AppStatus",
            "app_status",
            vec![format!("extends = [\"iana\", \"{}\"], then", set.name())],
        ),
        None => ("Status", "status", Vec::new()),
    };
    lines.push(format!("{macro_name}!({})", status.code()));
    lines.push(format!("{enum_name}::{}", status.name()));
    for (i, constant) in status.constants().iter().enumerate() {
        let former = if i == 0 { "" } else { " (former phrase)" };
        lines.push(format!("{enum_name}::{constant}{former}"));
    }
    lines
}

/// How many characters of the user's input a message repeats.
const SHOWN: usize = 40;

/// The user's input as a message repeats it: at most [`SHOWN`] characters,
/// then `...` and the full length, and with control characters escaped,
/// so that a pasted megabyte or a stray escape sequence cannot flood or
/// garble the terminal.
pub fn shown(input: &str) -> String {
    let mut out = String::new();
    for c in input.chars().take(SHOWN) {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    let length = input.chars().count();
    if length > SHOWN {
        out.push_str(&format!("... ({length} characters)"));
    }
    out
}

/// Splits text into lines of at most `width` characters, breaking at
/// spaces. A word longer than `width`, such as a URL, gets a line of its
/// own rather than being cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let needed = current.chars().count() + 1 + word.chars().count();
        if !current.is_empty() && needed > width {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explained(status: impl Into<Known>) -> String {
        let mut out = Vec::new();
        explain(&mut out, status.into()).unwrap();
        plain(&String::from_utf8(out).unwrap())
    }

    /// Text as it reaches a reader that shows no colour.
    fn plain(styled: &str) -> String {
        anstream::adapter::strip_str(styled).to_string()
    }

    #[test]
    fn wrapping_keeps_words_whole() {
        assert_eq!(wrap("a bb ccc", 4), ["a bb", "ccc"]);
        assert_eq!(
            wrap("https://example.com/long x", 5),
            ["https://example.com/long", "x"]
        );
        assert_eq!(wrap("", 10), [""]);
        for line in wrap(Status::NotFound.description(), 40) {
            assert!(line.chars().count() <= 40, "{line}");
        }
    }

    #[test]
    fn explanations_fit_the_terminal() {
        for &status in Known::ALL {
            for line in explained(status).lines() {
                // Only an unbreakable word, such as a URL, may overflow,
                // alone in the column of values.
                let value: String = line.chars().skip(2 + LABEL_WIDTH).collect();
                assert!(
                    line.chars().count() <= WIDTH || !value.trim().contains(' '),
                    "{status:?}: {line}"
                );
            }
        }
    }

    #[test]
    #[allow(deprecated)] // 305 is used on purpose
    fn explanations_say_what_matters() {
        let text = explained(Status::MethodNotAllowed);
        assert!(text.starts_with("405 Method Not Allowed\n"), "{text}");
        assert!(text.contains("  Headers      Allow (required)\n"), "{text}");
        let text = explained(Status::PermanentRedirect);
        assert!(text.contains("same method"), "{text}");
        assert!(
            text.contains("  Headers      Location (recommended)\n"),
            "{text}"
        );
        let text = explained(Status::UseProxy);
        assert!(text.contains("deprecated"), "{text}");
        assert!(
            text.contains(
                Status::UseProxy
                    .deprecation()
                    .unwrap()
                    .split(' ')
                    .next()
                    .unwrap()
            )
        );
        let text = explained(Status::ContentTooLarge);
        assert!(text.contains("\"Payload Too Large\""), "{text}");
        assert!(
            text.contains("Status::PAYLOAD_TOO_LARGE (former phrase)"),
            "{text}"
        );
        let text = explained(Status::Ok);
        assert!(!text.contains("Redirect"), "{text}");
    }

    #[test]
    fn codes_are_coloured_by_class() {
        let styled = |status: Status| line(&Hit::plain(status.into()));
        assert!(styled(Status::Ok).starts_with("\u{1b}[32m200\u{1b}[0m"));
        assert!(styled(Status::NotFound).starts_with("\u{1b}[33m404\u{1b}[0m"));
        assert!(styled(Status::BadGateway).starts_with("\u{1b}[31m502\u{1b}[0m"));
    }

    #[test]
    fn input_is_shown_short_and_without_controls() {
        assert_eq!(shown("teapot"), "teapot");
        assert_eq!(shown("a\u{1b}[31m\n"), "a\\u{1b}[31m\\n");
        let long = "é".repeat(1_000_000);
        assert_eq!(
            shown(&long),
            format!("{}... (1000000 characters)", "é".repeat(SHOWN))
        );
    }

    #[test]
    #[allow(deprecated)] // 305 is used on purpose
    fn lines_mark_what_is_not_in_use() {
        assert_eq!(plain(&line(&Hit::plain(Known::NotFound))), "404  Not Found");
        assert_eq!(
            plain(&line(&Hit::plain(Known::UseProxy))),
            "305  Use Proxy  [deprecated]"
        );
        assert_eq!(
            plain(&line(&Hit {
                status: Known::ContentTooLarge,
                alias: Some("Payload Too Large")
            })),
            "413  Content Too Large  [formerly \"Payload Too Large\"]"
        );
        assert_eq!(
            plain(&line(&Hit::plain(Known::ClientClosedRequest))),
            "499  Client Closed Request  [nginx]"
        );
    }

    fn vendor_code(code: u16) -> String {
        explained(Known::from_u16(code).unwrap())
    }

    #[test]
    fn vendor_codes_name_their_vendor_and_what_a_client_sees() {
        let text = vendor_code(499);
        assert!(text.starts_with("499 Client Closed Request\n"), "{text}");
        assert!(text.contains("  Vendor       nginx\n"), "{text}");
        assert!(text.contains("not in the IANA registry"), "{text}");
        assert!(text.contains("no response carries it"), "{text}");
        assert!(
            text.contains("a client treats it as 400 Bad Request"),
            "{text}"
        );
        // It never reaches a client, so it has no status line to show.
        assert!(!text.contains("HTTP/1.1"), "{text}");
        assert!(text.contains("extends = [\"iana\", \"nginx\"]"), "{text}");
        assert!(text.contains("AppStatus::ClientClosedRequest"), "{text}");
        assert!(!text.contains(" Status::"), "{text}");
        assert!(!text.contains(" status!("), "{text}");

        let text = vendor_code(495);
        assert!(
            text.contains("the client receives 400 Bad Request"),
            "{text}"
        );

        let text = vendor_code(520);
        assert!(text.contains("  Vendor       Cloudflare\n"), "{text}");
        assert!(
            text.contains("https://developers.cloudflare.com/"),
            "{text}"
        );
        assert!(text.contains("yes, to clients"), "{text}");
        assert!(text.contains("HTTP/1.1 520"), "{text}");
        assert!(
            text.contains("a client treats it as 500 Internal Server Error"),
            "{text}"
        );
    }
}
