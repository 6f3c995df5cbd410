//! `status!` used from inside this crate, where `$crate` is `crate`.

use crate::Status;

const GONE: Status = crate::status!(410);

#[test]
fn status_resolves_inside_the_defining_crate() {
    assert_eq!(GONE, Status::Gone);
    let kind = match Status::from_u16(404) {
        Ok(crate::status!(404)) => "missing",
        _ => "other",
    };
    assert_eq!(kind, "missing");
}

#[test]
fn constants_and_aliases_name_the_same_variant() {
    assert_eq!(Status::NOT_FOUND, Status::NotFound);
    assert_eq!(Status::PAYLOAD_TOO_LARGE, Status::ContentTooLarge);
    assert_eq!(Status::REQUEST_ENTITY_TOO_LARGE, Status::ContentTooLarge);
    assert_eq!(Status::UNPROCESSABLE_ENTITY, Status::UnprocessableContent);
}
