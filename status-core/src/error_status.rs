//! [`ErrorStatus`]: what the `HttpError` derive implements, and what the
//! framework integrations read, so that neither depends on the other.

/// What the `HttpError` derive implements for an error type, so that the
/// framework glue is written once, in this crate.
pub trait ErrorStatus {
    /// The code and reason phrase of the error's status.
    fn __status_parts(&self) -> (u16, &'static str);
    /// `Some(true)` or `Some(false)` where an attribute chose whether the
    /// client sees the error's `Display`, `None` to decide by class: shown
    /// for 4xx, hidden for 5xx.
    fn __show_detail(&self) -> Option<bool>;
}
