//! Code written for `http::StatusCode`, and for actix-web's, compiles
//! against status-core's types with one changed import: the receivers and
//! conversions that http offers exist here too, for `Status` and for every
//! registry's enum.

use status_core::Status as StatusCode;
use status_core::{ParseStatusError, UnknownStatus};

status_core::registry! {
    file = "tests/hygiene-codes.toml",
    name = AppStatus,
    macro = app_status,
}

#[test]
fn methods_work_as_function_paths_over_references() {
    let codes = [
        StatusCode::OK,
        StatusCode::NOT_FOUND,
        StatusCode::BAD_GATEWAY,
    ];
    let success: Vec<bool> = codes.iter().map(StatusCode::is_success).collect();
    assert_eq!(success, [true, false, false]);
    let numbers: Vec<u16> = codes.iter().map(StatusCode::as_u16).collect();
    assert_eq!(numbers, [200, 404, 502]);
    let texts: Vec<&str> = codes.iter().map(StatusCode::as_str).collect();
    assert_eq!(texts, ["200", "404", "502"]);
    assert_eq!(codes.iter().filter(|c| c.is_server_error()).count(), 1);
    let reasons: Vec<Option<&str>> = codes.iter().map(StatusCode::canonical_reason).collect();
    assert_eq!(reasons[1], Some("Not Found"));
    let mine = [AppStatus::ClientClosedRequest, AppStatus::Ok];
    let client: Vec<bool> = mine.iter().map(AppStatus::is_client_error).collect();
    assert_eq!(client, [true, false]);
    // Still `const`.
    const CODE: u16 = StatusCode::NOT_FOUND.as_u16();
    assert_eq!(CODE, 404);
}

#[test]
fn conversions_from_text_bytes_and_references() {
    assert_eq!(StatusCode::try_from("404"), Ok(StatusCode::NOT_FOUND));
    assert_eq!(
        StatusCode::try_from(&b"503"[..]),
        Ok(StatusCode::SERVICE_UNAVAILABLE)
    );
    assert_eq!(
        StatusCode::try_from("499"),
        Err(ParseStatusError::Unregistered(499))
    );
    assert_eq!(
        StatusCode::try_from(&b"50"[..]),
        Err(ParseStatusError::NotThreeDigits)
    );
    assert_eq!(AppStatus::try_from("499"), Ok(app_status!(499)));
    assert_eq!(
        AppStatus::try_from(&b"499"[..]),
        Ok(AppStatus::ClientClosedRequest)
    );
    let status = StatusCode::NOT_FOUND;
    assert_eq!(u16::from(&status), 404);
    assert_eq!(u16::from(&AppStatus::ClientClosedRequest), 499);
}

/// `?` on both lookups in one function.
fn lookup(code: u16, text: &str) -> Result<(StatusCode, AppStatus), ParseStatusError> {
    Ok((StatusCode::from_u16(code)?, text.parse()?))
}

#[test]
fn unknown_codes_convert_to_parse_errors() {
    assert_eq!(
        lookup(404, "499"),
        Ok((StatusCode::NOT_FOUND, AppStatus::ClientClosedRequest))
    );
    assert_eq!(lookup(499, "404"), Err(ParseStatusError::Unregistered(499)));
    assert_eq!(
        lookup(600, "404"),
        Err(ParseStatusError::NotAStatusCode(600))
    );
    assert_eq!(lookup(404, "4040"), Err(ParseStatusError::NotThreeDigits));
    let unknown: UnknownStatus = StatusCode::from_u16(1000).unwrap_err();
    assert_eq!(
        ParseStatusError::from(unknown),
        ParseStatusError::NotAStatusCode(1000)
    );
}

#[cfg(feature = "actix-web")]
mod actix {
    use super::*;
    use actix_web::HttpResponse;
    use actix_web::http::StatusCode as ActixStatusCode;

    #[test]
    fn statuses_convert_to_and_from_actix_web_and_compare_both_ways() {
        let response = HttpResponse::build(status_core::status!(404).into()).finish();
        assert_eq!(response.status(), ActixStatusCode::NOT_FOUND);
        assert!(response.status() == StatusCode::NOT_FOUND);
        assert!(StatusCode::NOT_FOUND == response.status());
        assert!(response.status() != StatusCode::GONE);
        assert_eq!(
            StatusCode::try_from(ActixStatusCode::GONE),
            Ok(StatusCode::GONE)
        );
        let nginx = ActixStatusCode::from_u16(499).unwrap();
        assert_eq!(StatusCode::try_from(nginx).unwrap_err().code(), 499);

        let closed = app_status!(499);
        let code = ActixStatusCode::from(closed);
        assert_eq!(code.as_u16(), 499);
        assert!(code == closed);
        assert!(closed == code);
        assert_eq!(AppStatus::try_from(nginx), Ok(closed));
        let built = HttpResponse::build(closed.into()).finish();
        assert!(built.status() == closed);
    }
}

/// A problem made from http's (and so axum's) `StatusCode`: our phrase for
/// a code the data has, http's for one it does not.
#[cfg(all(feature = "http", feature = "problem"))]
#[test]
fn problems_take_http_status_codes() {
    let problem = status_core::Problem::new(http::StatusCode::NOT_FOUND);
    assert_eq!(problem.code(), 404);
    assert_eq!(problem.title(), "Not Found");
    let renamed = status_core::Problem::new(http::StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(renamed.title(), "Content Too Large");
}
