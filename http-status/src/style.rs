//! The colours of the output.
//!
//! Text is always written with these styles; the streams in `main` drop
//! them again unless they go to a terminal that shows colour, and
//! `NO_COLOR` is not set (`CLICOLOR_FORCE` keeps them anywhere).

use anstyle::{AnsiColor, Style};
use status_core::Class;

/// The first line of an explanation, `404 Not Found`.
pub const TITLE: Style = Style::new().bold();

/// The labels of an explanation, `Class`, `Status line`, ...
pub const LABEL: Style = Style::new().bold();

/// What a listing says about a code in brackets, such as `[deprecated]`.
pub const NOTE: Style = AnsiColor::Yellow.on_default();

/// The `http-status:` that starts an error message.
pub const ERROR: Style = AnsiColor::Red.on_default().bold();

/// The colour of a code, by class, so that a listing reads at a glance.
pub const fn class(class: Class) -> Style {
    let color = match class {
        Class::Informational => AnsiColor::Blue,
        Class::Successful => AnsiColor::Green,
        Class::Redirection => AnsiColor::Cyan,
        Class::ClientError => AnsiColor::Yellow,
        Class::ServerError => AnsiColor::Red,
    };
    color.on_default()
}
