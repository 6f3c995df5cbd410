//! The one way this crate collects errors, so a user fixes every mistake
//! in one round.
//!
//! An [`Errors`] exists only inside [`collect`], which lends it to a
//! closure and then looks at it: any error makes the whole step fail. No
//! code can make one, fill it and drop it unread, so no error can be
//! forgotten, and no check is needed at run time to make sure of it.

/// The errors found so far by one step, such as reading a codes file or a
/// derive's attributes.
#[derive(Debug)]
pub struct Errors<E> {
    found: Vec<E>,
}

impl<E> Errors<E> {
    /// Records one error and goes on.
    pub fn push(&mut self, error: E) {
        self.found.push(error);
    }

    /// Records the error of a step that failed and returns its value, if it
    /// had one.
    pub fn ok<T>(&mut self, result: Result<T, E>) -> Option<T> {
        result.map_err(|error| self.push(error)).ok()
    }

    /// Records every error of a step that found several.
    pub fn extend(&mut self, errors: impl IntoIterator<Item = E>) {
        self.found.extend(errors);
    }

    /// Whether nothing is wrong so far: checks that only make sense on
    /// data without other problems look at this.
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }
}

/// Runs `step` with an empty [`Errors`], and returns what it built, or
/// every error it recorded, in the order recorded.
pub fn collect<E, T>(step: impl FnOnce(&mut Errors<E>) -> T) -> Result<T, Vec<E>> {
    let mut errors = Errors { found: Vec::new() };
    let value = step(&mut errors);
    match errors.found.is_empty() {
        true => Ok(value),
        false => Err(errors.found),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_error_fails_the_step_and_every_error_is_kept() {
        assert_eq!(collect::<&str, _>(|_| 1), Ok(1));
        let result = collect(|errors| {
            errors.push("first");
            assert!(!errors.is_empty());
            let value: Option<u8> = errors.ok(Err("second"));
            errors.extend(["third", "fourth"]);
            value
        });
        assert_eq!(result, Err(vec!["first", "second", "third", "fourth"]));
        assert_eq!(collect::<&str, _>(|errors| errors.ok(Ok(2))), Ok(Some(2)));
    }
}
