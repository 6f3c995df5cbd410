//! The problem of a type deriving [`HttpError`](crate::HttpError), with the
//! `problem` feature: the members its options give (`type`, `title`,
//! `instance`, extension members), and `From` the error for
//! [`Problem`](crate::Problem), so code can build the problem that would be
//! sent, adjust it or log it. No framework is needed.

/// `ErrorProblem`, `From<E>` and `From<&E>` for `Problem`, for a type
/// deriving `HttpError`.
///
/// The last group has one arm per variant (or one for a struct): its
/// pattern, which binds the fields the options name by reference, then the
/// members: `type` and `title` literals, the binding of the `instance`
/// field, and each extension member's name and binding. An empty group
/// means the option was not given.
#[cfg(feature = "problem")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem_error {
    (
        [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]
        [$(
            $pattern:pat => {
                type: [$($type_uri:expr)?],
                title: [$($title:expr)?],
                instance: [$($instance:expr)?],
                extensions: [$(($name:expr, $value:expr)),* $(,)?],
            }
        )*]
    ) => {
        impl $($generics)* $crate::__private::ErrorProblem for $($ty)* $($where)* {
            fn __members(&self, problem: $crate::Problem) -> $crate::Problem {
                match *self {
                    $($pattern => {
                        $(let problem = problem.with_type($type_uri);)?
                        $(let problem = problem.with_title($title);)?
                        $(let problem = $crate::__private::with_instance(problem, $instance);)?
                        $(let problem = problem.with_extension($name, $value);)*
                        problem
                    })*
                }
            }
        }

        /// The problem this error is sent as, without sending it: the
        /// server error hook hears nothing, and a 5xx's detail is hidden
        /// as in the response.
        impl $($generics)* ::core::convert::From<$($ty)*> for $crate::Problem $($where)* {
            fn from(error: $($ty)*) -> $crate::Problem {
                $crate::__private::problem_of(&error)
            }
        }

        /// The problem this error is sent as, without sending it: the
        /// server error hook hears nothing, and a 5xx's detail is hidden
        /// as in the response.
        impl $($generics)* ::core::convert::From<&$($ty)*> for $crate::Problem $($where)* {
            fn from(error: &$($ty)*) -> $crate::Problem {
                $crate::__private::problem_of(error)
            }
        }
    };
}

/// Without the `problem` feature there is nothing to implement, and the
/// members are dropped unexpanded.
#[cfg(not(feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem_error {
    ($($input:tt)*) => {};
}
