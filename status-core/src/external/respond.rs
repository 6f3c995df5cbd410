//! `with` and `json` on a generated status enum, with the `axum` or
//! `actix-web` feature: a status with a body, in one expression. The types
//! they build and the helpers the frameworks share are in `crate::respond`.

/// `with` and `json` for a generated status enum.
#[cfg(any(feature = "axum", feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_respond_status {
    ($Name:ident) => {
        impl $Name {
            /// Sends `body` with this status: the framework's own response
            /// for the body, with its status replaced (see `WithStatus`).
            pub const fn with<B>(self, body: B) -> $crate::WithStatus<B> {
                $crate::WithStatus::__new(self as ::core::primitive::u16, self.phrase(), body)
            }

            /// Sends `body` as `application/json` with this status, in one
            /// expression and without the framework's status type (see
            /// `WithStatus` and `JsonBody`).
            pub const fn json<T>(self, body: T) -> $crate::WithStatus<$crate::JsonBody<T>> {
                $crate::WithStatus::__new(
                    self as ::core::primitive::u16,
                    self.phrase(),
                    $crate::JsonBody(body),
                )
            }
        }
    };
}

/// Without a framework feature there is nothing to implement.
#[cfg(not(any(feature = "axum", feature = "actix-web")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_respond_status {
    ($Name:ident) => {};
}
