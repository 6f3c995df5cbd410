//! Compile-fail cases of `status!`, `registry!` and `#[derive(HttpError)]`:
//! each `tests/ui/*.rs` must fail to build with exactly the message in the
//! `.stderr` beside it.
//!
//! A `.stderr` pins our messages and the code they point at, so every case
//! here has an error spanned on what the user wrote. An error spanned on
//! the macro call itself, as for `status!()`, comes with a compiler note
//! whose wording changes between releases; the integration test
//! `regenerate.rs` checks that one without pinning the note.
//!
//! Regenerate the expectations with `TRYBUILD=overwrite cargo test -p
//! status-ui-tests` and read the diff before committing.

#[test]
fn status_macro_errors() {
    trybuild::TestCases::new().compile_fail("*.rs");
}
