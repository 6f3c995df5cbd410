//! The command line: flags and the one query, read with lexopt.

use std::ffi::OsString;
use std::fmt;

use lexopt::Arg;

use crate::render::shown;
use crate::search;

/// What the user asked for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// `-h`, `--help`.
    Help,
    /// `-V`, `--version`.
    Version,
    /// Explain, list or search, as text or JSON.
    Run {
        /// `--json`.
        json: bool,
        /// The positional arguments joined by spaces, or `None` when there
        /// are none (which lists every code). `Some("")` is an empty search,
        /// which is an error reported later, with the other misses.
        query: Option<String>,
    },
}

/// The flags, for the usage text and for suggesting a fix to a typo.
const FLAGS: [&str; 5] = ["--json", "--help", "-h", "--version", "-V"];

/// The one-line synopsis, shown in the help and after a usage error.
pub const USAGE: &str = "Usage: http-status [--json] [CODE | CLASS | SET | WORDS...]";

/// The full `--help` text.
pub const HELP: &str = "\
Explain HTTP status codes.

Usage: http-status [--json] [CODE | CLASS | SET | WORDS...]

Arguments:
  CODE      a status code, such as 404, or a vendor's, such as nginx's 499:
            explain it in full
  CLASS     1xx, 2xx, 3xx, 4xx or 5xx: list the registered codes of the
            class
  SET       nginx, cloudflare, aws-elb, microsoft or shopify: list the codes
            that vendor uses outside the IANA registry
  WORDS     search reason phrases, former phrases, vendors and
            descriptions, ignoring case, such as `teapot` or `timed out`
  (none)    list every registered code

Registered codes are those of the IANA HTTP Status Code Registry. A
vendor's code is explained and found by a search too, marked with its
vendor, but listed only with its set.

Options:
      --json     print JSON: an object for one code, an array for a list
  -h, --help     print this help
  -V, --version  print the version
      --         end the options: what follows is the query, even if it
                 starts with '-'

Output is coloured on a terminal. NO_COLOR=1 turns colour off, and
CLICOLOR_FORCE=1 keeps it when the output is piped.

Exit status: 0 on success; 2 for an unknown code, a search that matches
nothing, or a usage error; 1 if the output cannot be written.

Examples:
  http-status 404
  http-status 4xx
  http-status too many
  http-status 499
  http-status cloudflare
  http-status --json 429";

/// A command line that cannot be run.
#[derive(Debug, PartialEq, Eq)]
pub enum UsageError {
    /// An argument that starts with `-` but is not a known flag.
    UnknownFlag {
        flag: String,
        /// A known flag one or two keystrokes away, such as `--json` for
        /// `--jsno`.
        suggestion: Option<&'static str>,
    },
    /// A value given to a flag that takes none, such as `--json=yes`.
    FlagValue(String),
    /// Any other mistake lexopt finds, in its words.
    Other(String),
    /// An argument that is not valid UTF-8, so can be neither a code nor
    /// a search.
    NotUtf8(OsString),
    /// Several arguments, at least one of them a code or a class, such as
    /// `404 500`: the search for "404 500" could only fail.
    SeveralCodes(String),
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UsageError::UnknownFlag { flag, suggestion } => {
                write!(f, "unknown option '{}'", shown(flag))?;
                match suggestion {
                    Some(suggestion) => write!(f, "; did you mean '{suggestion}'?"),
                    // `-1` or `-404`: more likely a code than a flag.
                    None if !flag.starts_with("--") => write!(
                        f,
                        "\nTo look up or search for something that starts with '-', \
                         put '--' before it: http-status -- {}",
                        shown(flag)
                    ),
                    None => Ok(()),
                }
            }
            UsageError::FlagValue(flag) => {
                write!(f, "option '{}' takes no value", shown(flag))
            }
            UsageError::Other(message) => f.write_str(message),
            UsageError::NotUtf8(arg) => write!(
                f,
                "argument \"{}\" is not valid UTF-8",
                shown(&arg.to_string_lossy())
            ),
            UsageError::SeveralCodes(joined) => write!(
                f,
                "expected one code or class, found \"{}\"; explain one code at a time",
                shown(joined)
            ),
        }
    }
}

/// Parses the arguments that follow the program name.
///
/// Every argument is read before anything is decided, so the order of
/// flags never changes the outcome: `-h` (or `-V`) anywhere before `--`
/// prints the help (or the version), even next to a mistake, and
/// otherwise the first mistake is reported. `--` ends the flags, so
/// `http-status -- -1` looks up "-1". An argument with spaces in it counts
/// as the words it holds, so a quoted `"4xx 5xx"` means what `4xx 5xx`
/// does.
pub fn parse<I>(args: I) -> Result<Command, UsageError>
where
    I: IntoIterator<Item = OsString>,
{
    let mut parser = lexopt::Parser::from_args(args);
    let (mut json, mut help, mut version) = (false, false, false);
    let mut words: Vec<String> = Vec::new();
    let mut any_value = false;
    let mut mistake: Option<UsageError> = None;
    loop {
        let arg = match parser.next() {
            Ok(Some(arg)) => arg,
            Ok(None) => break,
            Err(lexopt::Error::UnexpectedValue { option, .. }) => {
                mistake.get_or_insert(UsageError::FlagValue(option));
                continue;
            }
            // `next` gives no other error today.
            Err(other) => {
                mistake.get_or_insert(UsageError::Other(other.to_string()));
                continue;
            }
        };
        match arg {
            Arg::Short('h') | Arg::Long("help") => help = true,
            Arg::Short('V') | Arg::Long("version") => version = true,
            Arg::Long("json") => json = true,
            Arg::Value(value) => {
                any_value = true;
                match value.into_string() {
                    Ok(value) => words.extend(value.split_whitespace().map(str::to_owned)),
                    Err(value) => {
                        mistake.get_or_insert(UsageError::NotUtf8(value));
                    }
                }
            }
            Arg::Short(c) => {
                // The rest of the argument, so `-404` is reported whole.
                let rest = parser.optional_value().unwrap_or_default();
                let flag = format!("-{c}{}", rest.to_string_lossy());
                mistake.get_or_insert_with(|| unknown_flag(flag));
            }
            Arg::Long(name) => {
                let flag = format!("--{name}");
                mistake.get_or_insert_with(|| unknown_flag(flag));
            }
        }
    }
    if help {
        return Ok(Command::Help);
    }
    if version {
        return Ok(Command::Version);
    }
    if let Some(mistake) = mistake {
        return Err(mistake);
    }
    if words.len() > 1 && words.iter().any(|w| looks_like_code(w)) {
        return Err(UsageError::SeveralCodes(words.join(" ")));
    }
    let query = any_value.then(|| words.join(" "));
    Ok(Command::Run { json, query })
}

/// The error for a flag we do not know, with a fix if one is close.
fn unknown_flag(flag: String) -> UsageError {
    let long_flags = FLAGS.into_iter().filter(|known| known.starts_with("--"));
    let suggestion = status_vocab::closest(&flag, long_flags);
    UsageError::UnknownFlag { flag, suggestion }
}

/// Whether a word reads as a code (`404`, and mistakes such as `-1` or
/// `4_04`) or a class (`4xx`) rather than as a word to search for.
fn looks_like_code(word: &str) -> bool {
    search::looks_numeric(word) || search::is_class_like(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Command, UsageError> {
        parse(args.iter().map(OsString::from))
    }

    fn run(json: bool, query: Option<&str>) -> Command {
        Command::Run {
            json,
            query: query.map(str::to_owned),
        }
    }

    #[test]
    fn the_help_names_every_set() {
        for set in crate::known::Set::all() {
            assert!(HELP.contains(set.name()), "{}", set.name());
        }
        assert!(HELP.contains(USAGE));
    }

    #[test]
    fn no_arguments_lists_everything() {
        assert_eq!(parse_strs(&[]), Ok(run(false, None)));
        assert_eq!(parse_strs(&["--json"]), Ok(run(true, None)));
    }

    #[test]
    fn words_join_into_one_query_and_flags_go_anywhere() {
        assert_eq!(
            parse_strs(&["too", "many"]),
            Ok(run(false, Some("too many")))
        );
        assert_eq!(parse_strs(&["404", "--json"]), Ok(run(true, Some("404"))));
        assert_eq!(parse_strs(&[""]), Ok(run(false, Some(""))));
        assert_eq!(parse_strs(&["  "]), Ok(run(false, Some(""))));
    }

    #[test]
    fn quoted_words_count_as_the_words_they_hold() {
        assert_eq!(parse_strs(&["too many"]), parse_strs(&["too", "many"]));
        assert_eq!(
            parse_strs(&["4xx 5xx"]),
            Err(UsageError::SeveralCodes("4xx 5xx".into()))
        );
        assert_eq!(parse_strs(&["4xx 5xx"]), parse_strs(&["4xx", "5xx"]));
    }

    #[test]
    fn help_and_version_win() {
        assert_eq!(parse_strs(&["404", "--help"]), Ok(Command::Help));
        assert_eq!(parse_strs(&["-V"]), Ok(Command::Version));
    }

    #[test]
    fn the_order_of_flags_does_not_matter() {
        assert_eq!(parse_strs(&["-h", "--bogus"]), Ok(Command::Help));
        assert_eq!(parse_strs(&["--bogus", "-h"]), Ok(Command::Help));
        assert_eq!(parse_strs(&["--bogus", "--version"]), Ok(Command::Version));
        assert_eq!(parse_strs(&["--version", "--help"]), Ok(Command::Help));
        assert_eq!(
            parse_strs(&["--", "--help"]),
            Ok(run(false, Some("--help")))
        );
    }

    #[test]
    fn double_dash_ends_the_flags() {
        assert_eq!(
            parse_strs(&["--", "--json"]),
            Ok(run(false, Some("--json")))
        );
    }

    #[test]
    fn unknown_flags_are_errors_with_a_suggestion() {
        let err = parse_strs(&["--jsno"]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown option '--jsno'; did you mean '--json'?"
        );
        let err = parse_strs(&["--xyzzy"]).unwrap_err();
        assert_eq!(err.to_string(), "unknown option '--xyzzy'");
        let err = parse_strs(&["--json=yes"]).unwrap_err();
        assert_eq!(err.to_string(), "option '--json' takes no value");
    }

    #[test]
    fn a_dash_and_digits_is_reported_whole_with_a_hint() {
        let err = parse_strs(&["-404"]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown option '-404'\n\
             To look up or search for something that starts with '-', \
             put '--' before it: http-status -- -404"
        );
        assert!(
            parse_strs(&["-1"])
                .unwrap_err()
                .to_string()
                .contains("http-status -- -1")
        );
        assert_eq!(parse_strs(&["--", "-1"]), Ok(run(false, Some("-1"))));
    }

    #[test]
    fn long_arguments_are_not_repeated_whole() {
        let long = format!("--{}", "x".repeat(100_000));
        let message = parse_strs(&[&long]).unwrap_err().to_string();
        assert!(message.len() < 200, "{message}");
    }

    #[test]
    fn several_codes_are_refused() {
        assert_eq!(
            parse_strs(&["404", "500"]),
            Err(UsageError::SeveralCodes("404 500".into()))
        );
        assert!(parse_strs(&["4xx", "teapot"]).is_err());
        assert!(parse_strs(&["teapot", "--", "-1"]).is_err());
        assert!(parse_strs(&["4_04", "x"]).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn arguments_must_be_utf8() {
        use std::os::unix::ffi::OsStringExt;
        let bad = OsString::from_vec(vec![0xff, b'4']);
        assert!(matches!(parse([bad]), Err(UsageError::NotUtf8(_))));
    }
}
