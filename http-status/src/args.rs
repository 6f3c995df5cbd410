//! The command line: flags and the one query, parsed by hand.

use std::ffi::OsString;
use std::fmt;

use crate::search::edit_distance;

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
pub const USAGE: &str = "Usage: http-status [--json] [CODE | CLASS | WORDS...]";

/// The full `--help` text.
pub const HELP: &str = "\
Explain HTTP status codes.

Usage: http-status [--json] [CODE | CLASS | WORDS...]

Arguments:
  CODE      a status code, such as 404: explain it in full
  CLASS     1xx, 2xx, 3xx, 4xx or 5xx: list the codes of the class
  WORDS     search reason phrases, former phrases and descriptions,
            ignoring case, such as `teapot` or `too many`
  (none)    list every code

Options:
      --json     print JSON: an object for one code, an array for a list
  -h, --help     print this help
  -V, --version  print the version

Exit status: 0 on success; 2 for an unknown code, a search that matches
nothing, or a usage error; 1 if the output cannot be written.

Examples:
  http-status 404
  http-status 4xx
  http-status too many
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
                write!(f, "unknown option '{flag}'")?;
                if let Some(suggestion) = suggestion {
                    write!(f, "; did you mean '{suggestion}'?")?;
                }
                Ok(())
            }
            UsageError::NotUtf8(arg) => write!(f, "argument {arg:?} is not valid UTF-8"),
            UsageError::SeveralCodes(joined) => write!(
                f,
                "expected one code or class, found \"{joined}\"; explain one code at a time"
            ),
        }
    }
}

/// Parses the arguments that follow the program name.
///
/// `-h` and `-V` win as soon as they are seen, like most tools. `--` ends
/// the flags, so `http-status -- -1` searches for "-1". Every other
/// argument is a word of the query.
pub fn parse<I>(args: I) -> Result<Command, UsageError>
where
    I: IntoIterator<Item = OsString>,
{
    let mut json = false;
    let mut words: Vec<String> = Vec::new();
    let mut flags_done = false;
    for arg in args {
        let arg = arg.into_string().map_err(UsageError::NotUtf8)?;
        if flags_done || !arg.starts_with('-') {
            words.push(arg);
            continue;
        }
        match arg.as_str() {
            "--" => flags_done = true,
            "--json" => json = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            _ => {
                let suggestion = FLAGS
                    .into_iter()
                    .filter(|flag| flag.len() > 2)
                    .find(|flag| edit_distance(flag, &arg) <= 2);
                return Err(UsageError::UnknownFlag {
                    flag: arg,
                    suggestion,
                });
            }
        }
    }
    if words.len() > 1 && words.iter().any(|w| looks_like_code(w)) {
        return Err(UsageError::SeveralCodes(words.join(" ")));
    }
    let query = (!words.is_empty()).then(|| words.join(" "));
    Ok(Command::Run { json, query })
}

/// Whether a word reads as a code (`404`) or a class (`4xx`) rather than as
/// a word to search for.
fn looks_like_code(word: &str) -> bool {
    let word = word.trim();
    word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .bytes()
            .all(|b| b.is_ascii_digit() || b.eq_ignore_ascii_case(&b'x'))
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
    }

    #[test]
    fn help_and_version_win() {
        assert_eq!(parse_strs(&["404", "--help"]), Ok(Command::Help));
        assert_eq!(parse_strs(&["-h", "--bogus"]), Ok(Command::Help));
        assert_eq!(parse_strs(&["-V"]), Ok(Command::Version));
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
        let err = parse_strs(&["-x"]).unwrap_err();
        assert_eq!(err.to_string(), "unknown option '-x'");
        assert!(parse_strs(&["-404"]).is_err());
    }

    #[test]
    fn several_codes_are_refused() {
        assert_eq!(
            parse_strs(&["404", "500"]),
            Err(UsageError::SeveralCodes("404 500".into()))
        );
        assert!(parse_strs(&["4xx", "teapot"]).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn arguments_must_be_utf8() {
        use std::os::unix::ffi::OsStringExt;
        let bad = OsString::from_vec(vec![0xff, b'4']);
        assert!(matches!(parse([bad]), Err(UsageError::NotUtf8(_))));
    }
}
