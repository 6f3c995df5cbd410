#![no_std]
mod status;
pub use status::*;

#[doc(hidden)]
pub mod __private {
    pub use status_macros::resolve_status;
}

#[macro_export]
macro_rules! status {
    ($($code:tt)*) => {
        $crate::__private::resolve_status!($crate, $($code)*)
    };
}
