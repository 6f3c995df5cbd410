//! Compile-fail cases of `status!`: each `tests/ui/*.rs` must fail to build
//! with exactly the message in the `.stderr` beside it.
//!
//! Regenerate the expectations with `TRYBUILD=overwrite cargo test -p
//! status-tests --test ui` and read the diff before committing.

#[test]
fn status_macro_errors() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
