//! status-core next to the rest of the ecosystem: serde formats, both
//! human-readable (JSON) and binary (postcard), and the `http` crate.

use std::collections::BTreeMap;

use http::StatusCode;
use status_core::{ParseStatusError, Status};

// ----- serde: JSON, a human-readable format -------------------------------

#[test]
fn json_writes_the_number() {
    assert_eq!(serde_json::to_string(&Status::NotFound).unwrap(), "404");
    assert_eq!(
        serde_json::to_string(&[Status::Ok, Status::SeeOther]).unwrap(),
        "[200,303]"
    );
}

#[test]
fn json_reads_the_number_or_the_three_digit_string() {
    assert_eq!(
        serde_json::from_str::<Status>("404").unwrap(),
        Status::NotFound
    );
    assert_eq!(
        serde_json::from_str::<Status>(r#""404""#).unwrap(),
        Status::NotFound
    );
    assert_eq!(
        serde_json::from_str::<Vec<Status>>(r#"[200, "201"]"#).unwrap(),
        [Status::Ok, Status::Created]
    );
}

#[test]
fn json_round_trips_every_status() {
    for &status in Status::ALL {
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, status.as_str());
        assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), status);
    }
}

#[test]
fn json_map_keys_round_trip() {
    // JSON object keys are strings, which is why human-readable formats
    // accept "404" as well as 404.
    let map = BTreeMap::from([(Status::NotFound, "missing"), (Status::Ok, "fine")]);
    let json = serde_json::to_string(&map).unwrap();
    assert_eq!(json, r#"{"200":"fine","404":"missing"}"#);
    let back: BTreeMap<Status, &str> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, map);
}

#[test]
fn json_rejects_what_is_not_a_registered_code() {
    let error = |json: &str| {
        serde_json::from_str::<Status>(json)
            .unwrap_err()
            .to_string()
    };

    assert_eq!(
        error("499"),
        "invalid value: integer `499`, expected a registered HTTP status code at line 1 column 3"
    );
    assert_eq!(
        error(r#""abc""#),
        r#"invalid value: string "abc", expected a registered HTTP status code at line 1 column 5"#
    );
    assert!(error("-404").starts_with("invalid value: integer `-404`"));
    assert!(error("70000").starts_with("invalid value: integer `70000`"));
    assert!(error(r#""+404""#).starts_with(r#"invalid value: string "+404""#));
    assert!(error(r#""499""#).starts_with(r#"invalid value: string "499""#));
    assert!(error(r#"" 404""#).starts_with("invalid value"));
    assert!(error("404.0").starts_with("invalid type: floating point `404.0`"));
    assert!(error("true").starts_with("invalid type: boolean `true`"));
    assert!(error("null").starts_with("invalid type: null"));
}

// ----- serde: postcard, a binary format ----------------------------------

#[test]
fn postcard_round_trips_every_status() {
    for &status in Status::ALL {
        let bytes = postcard::to_allocvec(&status).unwrap();
        // The same bytes as the bare number: no tag, no string.
        assert_eq!(bytes, postcard::to_allocvec(&status.code()).unwrap());
        assert_eq!(postcard::from_bytes::<Status>(&bytes).unwrap(), status);
    }
}

#[test]
fn postcard_round_trips_a_sequence() {
    let statuses = vec![
        Status::Continue,
        Status::NotFound,
        Status::NetworkAuthenticationRequired,
    ];
    let bytes = postcard::to_allocvec(&statuses).unwrap();
    assert_eq!(
        postcard::from_bytes::<Vec<Status>>(&bytes).unwrap(),
        statuses
    );
}

#[test]
fn postcard_rejects_unknown_codes() {
    for code in [0, 99, 306, 499, 600, u16::MAX] {
        let bytes = postcard::to_allocvec(&code).unwrap();
        assert!(postcard::from_bytes::<Status>(&bytes).is_err(), "{code}");
    }
    // A binary format asks for a number, so a string is not read as one.
    let bytes = postcard::to_allocvec("404").unwrap();
    assert!(postcard::from_bytes::<Status>(&bytes).is_err());
}

// ----- the http crate ------------------------------------------------------

/// Codes `http` names that `codes.toml` deliberately leaves out, with why.
/// None at present: every code `http` knows is registered with IANA.
const OMITTED: &[u16] = &[];

/// Codes whose phrase here differs from `http`'s `canonical_reason`. Our
/// phrases follow RFC 9110 and the IANA registry. `former` says whether
/// `http`'s phrase is one we keep as an alias, because some RFC used it.
struct Renamed {
    code: u16,
    http: &'static str,
    ours: &'static str,
    former: bool,
}

const RENAMED: &[Renamed] = &[
    // RFC 9110, RFC 7231 and RFC 2616 all hyphenate it; `http` drops the
    // hyphen, which no RFC does, so it is not an alias.
    Renamed {
        code: 203,
        http: "Non Authoritative Information",
        ours: "Non-Authoritative Information",
        former: false,
    },
    // RFC 9110, Section 15.5.14 renamed RFC 7231's "Payload Too Large".
    Renamed {
        code: 413,
        http: "Payload Too Large",
        ours: "Content Too Large",
        former: true,
    },
    // RFC 9110, Section 15.5.21 renamed RFC 4918's "Unprocessable Entity".
    Renamed {
        code: 422,
        http: "Unprocessable Entity",
        ours: "Unprocessable Content",
        former: true,
    },
];

/// Every code in 100..=999 with the phrase `http` gives it, if it knows it.
fn http_codes() -> impl Iterator<Item = (StatusCode, &'static str)> {
    (100..=999).filter_map(|n| {
        let code = StatusCode::from_u16(n).unwrap();
        code.canonical_reason().map(|reason| (code, reason))
    })
}

#[test]
fn every_code_http_knows_is_registered_with_the_same_phrase() {
    let mut renamed_seen = Vec::new();
    for (code, reason) in http_codes() {
        let n = code.as_u16();
        let Ok(status) = Status::from_u16(n) else {
            assert!(
                OMITTED.contains(&n),
                "http knows {n} {reason}, codes.toml does not"
            );
            continue;
        };
        assert!(
            !OMITTED.contains(&n),
            "{n} is listed as omitted but is registered"
        );
        match RENAMED.iter().find(|r| r.code == n) {
            Some(renamed) => {
                assert_eq!(reason, renamed.http, "http's phrase for {n} changed");
                assert_eq!(status.phrase(), renamed.ours);
                assert_eq!(status.aliases().contains(&reason), renamed.former, "{n}");
                renamed_seen.push(n);
            }
            None => assert_eq!(status.phrase(), reason, "{n}"),
        }
    }
    let listed: Vec<u16> = RENAMED.iter().map(|r| r.code).collect();
    assert_eq!(renamed_seen, listed, "a listed difference no longer exists");
}

#[test]
fn every_registered_code_is_known_to_http() {
    // Not required, but a code `http` lacks deserves a look: it may be new,
    // or wrong.
    for &status in Status::ALL {
        let code = StatusCode::from(status);
        assert!(
            code.canonical_reason().is_some(),
            "http does not know {status}"
        );
    }
    assert_eq!(http_codes().count(), Status::ALL.len() + OMITTED.len());
}

/// Asserts that each constant `http` defines exists here under the same
/// name, for the same code.
macro_rules! same_constants {
    ($($name:ident),* $(,)?) => {{
        let mut count = 0;
        $(
            #[allow(deprecated)] // USE_PROXY and NOT_EXTENDED
            let ours = Status::$name;
            assert_eq!(StatusCode::from(ours), StatusCode::$name, stringify!($name));
            count += 1;
        )*
        count
    }};
}

#[test]
fn constants_have_the_names_http_gives_them() {
    let count = same_constants![
        CONTINUE,
        SWITCHING_PROTOCOLS,
        PROCESSING,
        EARLY_HINTS,
        OK,
        CREATED,
        ACCEPTED,
        NON_AUTHORITATIVE_INFORMATION,
        NO_CONTENT,
        RESET_CONTENT,
        PARTIAL_CONTENT,
        MULTI_STATUS,
        ALREADY_REPORTED,
        IM_USED,
        MULTIPLE_CHOICES,
        MOVED_PERMANENTLY,
        FOUND,
        SEE_OTHER,
        NOT_MODIFIED,
        USE_PROXY,
        TEMPORARY_REDIRECT,
        PERMANENT_REDIRECT,
        BAD_REQUEST,
        UNAUTHORIZED,
        PAYMENT_REQUIRED,
        FORBIDDEN,
        NOT_FOUND,
        METHOD_NOT_ALLOWED,
        NOT_ACCEPTABLE,
        PROXY_AUTHENTICATION_REQUIRED,
        REQUEST_TIMEOUT,
        CONFLICT,
        GONE,
        LENGTH_REQUIRED,
        PRECONDITION_FAILED,
        PAYLOAD_TOO_LARGE,
        URI_TOO_LONG,
        UNSUPPORTED_MEDIA_TYPE,
        RANGE_NOT_SATISFIABLE,
        EXPECTATION_FAILED,
        IM_A_TEAPOT,
        MISDIRECTED_REQUEST,
        UNPROCESSABLE_ENTITY,
        LOCKED,
        FAILED_DEPENDENCY,
        TOO_EARLY,
        UPGRADE_REQUIRED,
        PRECONDITION_REQUIRED,
        TOO_MANY_REQUESTS,
        REQUEST_HEADER_FIELDS_TOO_LARGE,
        UNAVAILABLE_FOR_LEGAL_REASONS,
        INTERNAL_SERVER_ERROR,
        NOT_IMPLEMENTED,
        BAD_GATEWAY,
        SERVICE_UNAVAILABLE,
        GATEWAY_TIMEOUT,
        HTTP_VERSION_NOT_SUPPORTED,
        VARIANT_ALSO_NEGOTIATES,
        INSUFFICIENT_STORAGE,
        LOOP_DETECTED,
        NOT_EXTENDED,
        NETWORK_AUTHENTICATION_REQUIRED,
    ];
    // The list above is every constant http 1.5 has.
    assert_eq!(count, http_codes().count());

    assert_eq!(Status::PAYLOAD_TOO_LARGE, Status::ContentTooLarge);
    assert_eq!(Status::UNPROCESSABLE_ENTITY, Status::UnprocessableContent);
    assert_eq!(Status::UNPROCESSABLE_ENTITY.code(), 422);
}

#[test]
fn conversions_round_trip() {
    for &status in Status::ALL {
        let code = StatusCode::from(status);
        assert_eq!(code.as_u16(), status.code());
        assert_eq!(Status::try_from(code), Ok(status));
    }
    for n in 100..=999 {
        let code = StatusCode::from_u16(n).unwrap();
        match Status::try_from(code) {
            Ok(status) => assert_eq!(Ok(status), Status::from_u16(n)),
            Err(error) => {
                assert!(Status::from_u16(n).is_err());
                assert_eq!(error.code(), n);
            }
        }
    }
    let error = Status::try_from(StatusCode::from_u16(499).unwrap()).unwrap_err();
    assert_eq!(error.to_string(), "499 is not a registered status code");
}

#[test]
fn parsing_accepts_only_what_http_accepts() {
    // http accepts any three digits from 100 to 999; we accept the
    // registered subset and say why we reject the rest. The exhaustive
    // sweep of three bytes is in runtime.rs; here every three-digit input
    // and the bytes around the digits are enough to compare the two.
    let alphabet = b"0123456789/:+ a\xff";
    for &a in alphabet {
        for &b in alphabet {
            for &c in alphabet {
                let bytes = [a, b, c];
                let theirs = StatusCode::from_bytes(&bytes);
                match Status::from_bytes(&bytes) {
                    Ok(status) => {
                        assert_eq!(theirs.unwrap(), StatusCode::from(status), "{bytes:?}")
                    }
                    Err(ParseStatusError::NotThreeDigits) => assert!(theirs.is_err()),
                    Err(ParseStatusError::NotAStatusCode(n)) => {
                        assert_eq!(theirs.is_ok(), n >= 600, "{bytes:?}");
                    }
                    Err(error) => {
                        assert_eq!(theirs.unwrap().as_u16(), error.code().unwrap());
                    }
                }
            }
        }
    }
}
