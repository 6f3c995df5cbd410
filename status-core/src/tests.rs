//! Unit tests of the generated `Status` and its tables. `status!` is not
//! used here: an exported macro that a macro generated cannot be named by
//! path inside its own crate; the tests crate calls it as users do.

use crate::Status;

#[test]
fn constants_and_aliases_name_the_same_variant() {
    assert_eq!(Status::NOT_FOUND, Status::NotFound);
    assert_eq!(Status::PAYLOAD_TOO_LARGE, Status::ContentTooLarge);
    assert_eq!(Status::REQUEST_ENTITY_TOO_LARGE, Status::ContentTooLarge);
    assert_eq!(Status::UNPROCESSABLE_ENTITY, Status::UnprocessableContent);
}

/// The lookups read tables built at compile time, with masks and
/// substitutes instead of branches; every input must still get the answer
/// that the list of statuses gives.
#[test]
fn lookups_agree_with_the_list_of_statuses_for_every_input() {
    use crate::{HttpStatus, ParseStatusError, UnknownStatus};

    for code in 0..=u16::MAX {
        let listed = Status::ALL.iter().copied().find(|s| s.code() == code);
        let expected = listed.ok_or(UnknownStatus::new(code));
        assert_eq!(Status::from_u16(code), expected, "{code}");
        assert_eq!(<Status as HttpStatus>::from_u16(code), expected, "{code}");
        if code < 1000 {
            let text = [
                b'0' + (code / 100) as u8,
                b'0' + (code / 10 % 10) as u8,
                b'0' + (code % 10) as u8,
            ];
            let parsed = listed.ok_or(ParseStatusError::unknown(code));
            assert_eq!(Status::from_bytes(&text), parsed, "{code}");
        }
    }
    for text in [
        &b""[..],
        b"4",
        b"40",
        b"4040",
        b"/00",
        b"40:",
        b"4 4",
        b"\xff04",
    ] {
        assert_eq!(
            Status::from_bytes(text),
            Err(ParseStatusError::NotThreeDigits),
            "{text:?}"
        );
    }
}
