//! Holds no code: the tests live in `tests/`. The README's examples are
//! compiled and run here, so they cannot drift from the API.

#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeExamples;
