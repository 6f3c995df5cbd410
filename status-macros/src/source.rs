//! The embedded `codes.toml`, parsed once per compiler process.

use std::sync::OnceLock;

use crate::error::DataError;
use crate::model::Codes;

/// Embedding the file makes cargo rebuild this crate, and so every crate
/// that expands its macros, whenever `codes.toml` changes.
const TEXT: &str = include_str!("../codes.toml");

/// The parsed and validated data. The compiler keeps a proc-macro library
/// loaded for a whole crate, so a thousand `status!` calls parse it once.
pub fn codes() -> &'static Result<Codes, Vec<DataError>> {
    static CODES: OnceLock<Result<Codes, Vec<DataError>>> = OnceLock::new();
    CODES.get_or_init(|| load(TEXT))
}

/// Parses and validates a `codes.toml` text.
pub fn load(text: &str) -> Result<Codes, Vec<DataError>> {
    let (entries, errors) = crate::parse::parse(text);
    crate::validate::validate(entries, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_file_is_valid() {
        let codes = codes().as_ref().unwrap_or_else(|errors| {
            panic!(
                "{}",
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        });
        assert!(
            codes
                .get(404)
                .is_some_and(|e| e.phrase.value == "Not Found")
        );
        assert!(codes.get(306).is_some_and(|e| e.reserved));
        assert!(
            codes.get(104).is_none(),
            "104's temporary registration expired"
        );
    }
}
