//! The generated [`Status`] enum and the [`status!`](crate::status) macro.
//!
//! `define_status!` runs the generator behind [`registry!`](crate::registry)
//! over the IANA set that status-macros ships: the enum, its constants, its
//! `HttpStatus` impl with the tables, its `const fn` API and its trait
//! impls all come from there, so `Status` and a user's registry cannot
//! drift apart.

// `status!` is generated with `Status`: one arm per code, so that a
// valid call expands without running a procedural macro.
status_macros::define_status! {
    /// The [`Status`] for a code, checked at compile time.
    ///
    /// `status!(404)` expands to `Status::NotFound`, so it can be used in
    /// `const` and `static` items and as a `match` pattern. A code that is not
    /// in `codes.toml`, a number that is not a status code, a reserved code
    /// such as 306, or anything but three decimal digits alone (`0x194`,
    /// `0404`, `4_04` and a type suffix such as `404u16` included) is a
    /// compile error that says what was wrong and suggests the codes you may
    /// have meant.
    ///
    /// ```
    /// use status_core::{status, Status};
    ///
    /// static CREATED: Status = status!(201);
    ///
    /// let message = match Status::from_u16(404) {
    ///     Ok(status!(200)) => "fine",
    ///     Ok(status!(404)) => "missing",
    ///     _ => "other",
    /// };
    /// assert_eq!(message, "missing");
    /// assert_eq!(CREATED.code(), 201);
    /// ```
    ///
    /// ```compile_fail
    /// // 499 is not a registered status code.
    /// let status = status_core::status!(499);
    /// ```
}
