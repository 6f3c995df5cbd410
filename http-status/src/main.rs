//! `http-status`: explain HTTP status codes from the command line.
//!
//! ```text
//! http-status 404          explain one code in full
//! http-status 499          explain a vendor's code: nginx's, not IANA's
//! http-status 4xx          list the registered codes of a class
//! http-status nginx        list a vendor's set of codes
//! http-status too many     search phrases, former phrases, vendors and descriptions
//! http-status              list every registered code
//! http-status --json 404   the same as JSON: an object, or an array for lists
//! ```
//!
//! Everything it prints comes from the `status_core` API, so it knows
//! exactly the codes of status-core's `codes.toml` and of the vendor sets
//! that status-core ships, through the registry in `known`. A code in
//! neither, a search that matches nothing and a usage error exit with
//! status 2 and say on standard error what was wrong and what the user
//! may have meant.
//! A closed pipe, as in `http-status | head -1`, ends it quietly with
//! status 0; any other output that cannot be written, as to `/dev/full`,
//! is an error with status 1. Output sent to `/dev/null` is written there
//! like anywhere else. Output is coloured on a terminal, and plain when
//! piped or when `NO_COLOR` is set.

mod args;
mod json;
mod known;
mod render;
mod search;
mod style;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use anstream::AutoStream;

use args::Command;
use search::Found;
use style::ERROR;

/// Exit status when output cannot be written, other than to a closed pipe.
const EXIT_IO: u8 = 1;

/// Exit status for an unknown code, a search that matches nothing and a
/// usage error.
const EXIT_MISS: u8 = 2;

fn main() -> ExitCode {
    let command = match args::parse(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(error) => {
            // Nothing useful is left to do if standard error is gone too.
            let _ = writeln!(
                stderr(),
                "{ERROR}http-status:{ERROR:#} {error}\n{}\n\
                 Try 'http-status --help' for more information.",
                args::USAGE
            );
            return ExitCode::from(EXIT_MISS);
        }
    };
    let mut out = BufWriter::new(AutoStream::auto(io::stdout().lock()));
    let result = run(&mut out, command).and_then(|status| out.flush().map(|()| status));
    ExitCode::from(exit_status(result, &mut stderr()))
}

/// Standard error, with colour only where standard error shows it.
fn stderr() -> AutoStream<io::StderrLock<'static>> {
    AutoStream::auto(io::stderr().lock())
}

/// Carries out the command, writing results to `out` and misses to
/// standard error, and returns the exit status.
fn run(out: &mut impl Write, command: Command) -> io::Result<u8> {
    let (json, query) = match command {
        Command::Help => {
            writeln!(out, "{}", args::HELP)?;
            return Ok(0);
        }
        Command::Version => {
            writeln!(out, "http-status {}", env!("CARGO_PKG_VERSION"))?;
            return Ok(0);
        }
        Command::Run { json, query } => (json, query),
    };
    match search::lookup(query.as_deref()) {
        Ok(Found::One(status)) if json => json::one(out, status)?,
        Ok(Found::One(status)) => render::explain(out, status)?,
        Ok(Found::List(hits)) if json => {
            let statuses: Vec<_> = hits.iter().map(|hit| hit.status).collect();
            json::many(out, &statuses)?;
        }
        Ok(Found::List(hits)) => render::list(out, &hits)?,
        Err(miss) => {
            // Best effort, as for a usage error.
            let _ = render::miss(&mut stderr(), &miss);
            return Ok(EXIT_MISS);
        }
    }
    Ok(0)
}

/// The exit status for the outcome of writing the output.
///
/// A reader that stops early, such as `head -1`, closes the pipe; the
/// writes then fail with `BrokenPipe`. That is how the user asked for less
/// output, not a failure, so it exits 0 without a message. Any other write
/// error is reported on `stderr`.
///
/// Nothing tries to find out where standard output goes. A standard output
/// that was closed at start-up (`>&-`) has been replaced with `/dev/null`
/// by the Rust runtime before `main` runs, and no program can tell that
/// from a `/dev/null` its caller chose on purpose, so both succeed.
fn exit_status(result: io::Result<u8>, stderr: &mut impl Write) -> u8 {
    match result {
        Ok(status) => status,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(error) => {
            let _ = writeln!(
                stderr,
                "{ERROR}http-status:{ERROR:#} cannot write output: {error}"
            );
            EXIT_IO
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_pipe_is_a_clean_exit() {
        let mut stderr = Vec::new();
        assert_eq!(
            exit_status(Err(io::ErrorKind::BrokenPipe.into()), &mut stderr),
            0
        );
        assert_eq!(exit_status(Ok(EXIT_MISS), &mut stderr), EXIT_MISS);
        assert!(stderr.is_empty());
    }

    #[test]
    fn other_write_errors_are_reported() {
        let mut stderr = Vec::new();
        let full = io::Error::new(io::ErrorKind::StorageFull, "disk full");
        assert_eq!(exit_status(Err(full), &mut stderr), EXIT_IO);
        assert_eq!(
            anstream::adapter::strip_bytes(&stderr).into_vec(),
            b"http-status: cannot write output: disk full\n"
        );
    }
}
