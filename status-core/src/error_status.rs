//! [`ErrorStatus`]: what the `HttpError` derive implements, and what the
//! framework integrations read, so that neither depends on the other.
//! With the `problem` feature, [`ErrorProblem`] adds the members a derived
//! error's attributes give its problem.

use core::error::Error;

/// What the `HttpError` derive implements for an error type, so that the
/// framework glue is written once, in this crate.
pub trait ErrorStatus {
    /// The code and reason phrase of the error's status.
    fn __status_parts(&self) -> (u16, &'static str);
    /// `Some(true)` or `Some(false)` where an attribute chose whether the
    /// client sees the error's `Display`, `None` to decide by class: shown
    /// for 4xx, hidden for 5xx.
    fn __show_detail(&self) -> Option<bool>;
    /// The error as a `core::error::Error` where its type implements it,
    /// so that the server error hook sees its sources; `None` otherwise.
    /// The derive decides which with [`AsError`].
    fn __as_error(&self) -> Option<&(dyn Error + '_)>;
}

/// Tells, in the code the derive generates, whether an error type
/// implements `core::error::Error`, without requiring it to.
///
/// `(&AsError(self)).__as_error()` finds [`ViaError`]'s method, which takes
/// `AsError` by reference, before [`ViaNothing`]'s, which takes
/// `&AsError` by reference: Rust tries the receiver as it is before it
/// borrows it again. The first applies only where the type implements
/// `Error`, and gives `Some(self)`; the second applies to every type and
/// gives `None`. For a generic type the answer is the one its impl's
/// bounds allow.
#[derive(Clone, Copy, Debug)]
pub struct AsError<'a, T: ?Sized>(pub &'a T);

/// The method [`AsError`] finds first, for a type that implements `Error`.
pub trait ViaError<'a> {
    /// `Some` of the error.
    fn __as_error(&self) -> Option<&'a (dyn Error + 'a)>;
}

impl<'a, T: Error + 'a> ViaError<'a> for AsError<'a, T> {
    #[inline]
    fn __as_error(&self) -> Option<&'a (dyn Error + 'a)> {
        Some(self.0)
    }
}

/// The method [`AsError`] falls back to, for any type.
pub trait ViaNothing<'a> {
    /// `None`: the type is no `Error`, so it has no sources to show.
    fn __as_error(&self) -> Option<&'a (dyn Error + 'a)>;
}

impl<'a, T: ?Sized> ViaNothing<'a> for &AsError<'a, T> {
    #[inline]
    fn __as_error(&self) -> Option<&'a (dyn Error + 'a)> {
        None
    }
}

#[cfg(feature = "problem")]
pub use problem::{ErrorProblem, problem_of, with_instance};

#[cfg(feature = "problem")]
mod problem {
    use alloc::string::ToString;
    use core::fmt;

    use super::ErrorStatus;
    use crate::class::Class;
    use crate::problem::Problem;

    /// The members an error type's `#[http_error(...)]` options add to its
    /// problem: `type`, `title`, `instance` and extension members. The
    /// derive implements it, with the `problem` feature, through
    /// `__impl_problem_error!`.
    pub trait ErrorProblem: ErrorStatus + fmt::Display {
        /// `problem` with the members of this value's variant.
        fn __members(&self, problem: Problem) -> Problem;
    }

    /// The problem an error type answers with, before anything is sent:
    /// its status, its `Display` as `detail` where shown (4xx unless
    /// `detail = false`, 5xx only with `detail`), and the members of its
    /// options. Reports nothing: only sending the problem reaches the
    /// server error hook.
    #[doc(hidden)]
    pub fn problem_of<E: ErrorProblem + ?Sized>(error: &E) -> Problem {
        let (code, phrase) = error.__status_parts();
        let problem = Problem::from_parts(code, phrase);
        let problem = if error
            .__show_detail()
            .unwrap_or(Class::of(code) != Some(Class::ServerError))
        {
            problem.with_detail(error.to_string())
        } else {
            problem
        };
        error.__members(problem)
    }

    /// Sets `instance` from a field's `Display`.
    #[doc(hidden)]
    pub fn with_instance<T: fmt::Display + ?Sized>(problem: Problem, instance: &T) -> Problem {
        problem.with_instance(instance.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::fmt;

    #[derive(Debug)]
    struct Plain;

    #[derive(Debug)]
    struct Failure;

    impl fmt::Display for Failure {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("failure")
        }
    }

    impl Error for Failure {}

    // The borrow is what makes the fallback apply.
    #[allow(clippy::needless_borrow)]
    #[test]
    fn only_an_error_type_is_seen_as_an_error() {
        assert!((&AsError(&Failure)).__as_error().is_some());
        assert!((&AsError(&Plain)).__as_error().is_none());
        assert!((&AsError("text")).__as_error().is_none());
    }
}
