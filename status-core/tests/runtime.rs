//! The runtime API of status-core, checked exhaustively where the input
//! space allows and against the RFC 9110 data everywhere else.

use status_core::{
    Class, HttpStatus, ParseStatusError, Redirect, Registration, Status, UnknownStatus,
};

/// xorshift64*: a fixed seed makes every run test the same inputs, so a
/// failure can be reproduced.
struct Rng(u64);

impl Rng {
    fn new() -> Rng {
        Rng(0x9E37_79B9_7F4A_7C15)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() >> 32) as usize % n
    }
}

/// Whether `code` is one of `Status::ALL`, found by a linear search that
/// shares nothing with the lookup tables.
fn in_all(code: u16) -> bool {
    Status::ALL.iter().any(|s| s.code() == code)
}

/// What `Status::from_bytes` must return, worked out the slow, obvious way.
fn expected_parse(bytes: &[u8]) -> Result<u16, ParseStatusError> {
    if bytes.len() != 3 || !bytes.iter().all(u8::is_ascii_digit) {
        return Err(ParseStatusError::NotThreeDigits);
    }
    let code = bytes.iter().fold(0u16, |n, b| n * 10 + u16::from(b - b'0'));
    if !(100..=599).contains(&code) {
        Err(ParseStatusError::NotAStatusCode(code))
    } else if !in_all(code) {
        Err(ParseStatusError::Unregistered(code))
    } else {
        Ok(code)
    }
}

fn check_parse(bytes: &[u8]) {
    let actual = Status::from_bytes(bytes).map(Status::code);
    assert_eq!(actual, expected_parse(bytes), "from_bytes({bytes:?})");
}

// ----- lookups by number -------------------------------------------------

#[test]
fn from_u16_agrees_with_all_for_every_u16() {
    let mut known = vec![false; 1 << 16];
    for status in Status::ALL {
        known[usize::from(status.code())] = true;
    }
    let mut found = 0;
    for n in 0..=u16::MAX {
        match Status::from_u16(n) {
            Ok(status) => {
                assert!(
                    known[usize::from(n)],
                    "from_u16({n}) = {status:?}, not in ALL"
                );
                assert_eq!(status.code(), n);
                assert_eq!(status as u16, n, "the discriminant is the code");
                found += 1;
            }
            Err(error) => {
                assert!(
                    !known[usize::from(n)],
                    "from_u16({n}) is an error but ALL has it"
                );
                assert_eq!(error.code(), n);
                assert_eq!(error.class(), Class::of(n));
            }
        }
        // The trait's lookup, which generic code calls, answers the same.
        assert_eq!(
            <Status as HttpStatus>::from_u16(n),
            Status::from_u16(n),
            "HttpStatus::from_u16({n})"
        );
    }
    assert_eq!(found, Status::ALL.len());
}

#[test]
fn all_is_sorted_without_duplicates_and_within_range() {
    assert!(Status::ALL.windows(2).all(|w| w[0].code() < w[1].code()));
    assert!(Status::ALL.iter().all(|s| (100..=599).contains(&s.code())));
    // Every class has its x00 code, which `understand` relies on.
    for class in Class::ALL {
        assert!(in_all(class.first_code()), "{class:?} has no x00 status");
    }
}

#[test]
fn understand_falls_back_to_the_class() {
    for n in 0..=u16::MAX {
        let understood = Status::understand(n);
        match Class::of(n) {
            None => assert_eq!(understood, None, "understand({n})"),
            Some(class) => {
                let status = understood.unwrap_or_else(|| panic!("understand({n}) is None"));
                assert_eq!(status.class(), class, "understand({n})");
                match Status::from_u16(n) {
                    Ok(known) => assert_eq!(status, known, "a known code maps to itself"),
                    Err(_) => assert_eq!(status.code(), class.first_code(), "understand({n})"),
                }
            }
        }
    }
    assert_eq!(Status::understand(499), Some(Status::BadRequest));
    assert_eq!(Status::understand(306), Some(Status::MultipleChoices));
    assert_eq!(Status::understand(99), None);
    assert_eq!(Status::understand(600), None);
}

// ----- parsing -------------------------------------------------------------

#[test]
fn from_bytes_over_every_string_of_up_to_three_bytes() {
    check_parse(b"");
    for a in 0..=u8::MAX {
        check_parse(&[a]);
        for b in 0..=u8::MAX {
            check_parse(&[a, b]);
            for c in 0..=u8::MAX {
                check_parse(&[a, b, c]);
            }
        }
    }
}

#[test]
fn from_bytes_over_four_bytes_of_digits_signs_and_spaces() {
    // The bytes next to the digits ('/' and ':') catch off-by-one range
    // checks; the others are what real input puts around a number.
    let alphabet = b"0123456789/:+- \t\r\n\0\xff";
    for &a in alphabet {
        for &b in alphabet {
            for &c in alphabet {
                for &d in alphabet {
                    let bytes = [a, b, c, d];
                    assert_eq!(
                        Status::from_bytes(&bytes),
                        Err(ParseStatusError::NotThreeDigits),
                        "{bytes:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn from_bytes_over_random_strings() {
    let mut rng = Rng::new();
    let mut buffer = [0u8; 8];
    let mut accepted = 0;
    for _ in 0..4_000_000 {
        let len = rng.below(buffer.len() + 1);
        let bits = rng.next();
        for (i, byte) in buffer[..len].iter_mut().enumerate() {
            let r = (bits >> (8 * i)) as u8;
            // Three in four bytes are digits, so many strings get as far as
            // the lookup.
            *byte = if r & 3 == 0 { r } else { b'0' + r % 10 };
        }
        check_parse(&buffer[..len]);
        accepted += usize::from(Status::from_bytes(&buffer[..len]).is_ok());
    }
    assert!(accepted > 0, "the generator never produced a known code");
}

#[test]
fn from_str_over_random_strings() {
    // Non-ASCII digits and lookalikes must be rejected like any other
    // character: Arabic-Indic four, fullwidth zero, superscript two.
    let alphabet = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+", "-", " ", "x", "é", "\u{664}",
        "\u{ff10}", "\u{b2}", "\0",
    ];
    let mut rng = Rng::new();
    let mut accepted = 0;
    for _ in 0..500_000 {
        let len = rng.below(6);
        let s: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        let parsed = s.parse::<Status>();
        assert_eq!(
            parsed.map(Status::code),
            expected_parse(s.as_bytes()),
            "{s:?}"
        );
        accepted += usize::from(parsed.is_ok());
    }
    assert!(accepted > 0, "the generator never produced a known code");
}

#[test]
fn rejects_what_is_not_three_digits_of_a_known_code() {
    use ParseStatusError::*;

    for (input, error) in [
        ("", NotThreeDigits),
        ("+404", NotThreeDigits),
        ("-404", NotThreeDigits),
        (" 404", NotThreeDigits),
        ("404 ", NotThreeDigits),
        ("4040", NotThreeDigits),
        ("0404", NotThreeDigits),
        ("40", NotThreeDigits),
        ("4O4", NotThreeDigits),
        ("\u{664}04", NotThreeDigits),
        ("000", NotAStatusCode(0)),
        ("099", NotAStatusCode(99)),
        ("600", NotAStatusCode(600)),
        ("999", NotAStatusCode(999)),
        ("499", Unregistered(499)),
        ("306", Unregistered(306)),
    ] {
        assert_eq!(input.parse::<Status>(), Err(error), "{input:?}");
        assert_eq!(
            Status::from_bytes(input.as_bytes()),
            Err(error),
            "{input:?}"
        );
    }
    // The reason not to build on `str::parse::<u16>`.
    assert_eq!("+404".parse::<u16>(), Ok(404));
}

#[test]
fn from_bytes_is_usable_in_constants() {
    const OK: Result<Status, ParseStatusError> = Status::from_bytes(b"200");
    const BAD: Result<Status, ParseStatusError> = Status::from_bytes(b"2OO");
    assert_eq!(OK, Ok(Status::Ok));
    assert_eq!(BAD, Err(ParseStatusError::NotThreeDigits));
}

#[test]
fn errors_say_what_was_wrong() {
    let message = |s: &str| s.parse::<Status>().unwrap_err().to_string();
    assert_eq!(
        message("4040"),
        "a status code must be exactly three ASCII digits"
    );
    assert_eq!(
        message("099"),
        r#""099" is not a status code: status codes range from 100 to 599"#
    );
    assert_eq!(message("499"), r#""499" is not a registered status code"#);

    let unknown = |n: u16| Status::try_from(n).unwrap_err().to_string();
    assert_eq!(unknown(499), "499 is not a registered status code");
    assert_eq!(
        unknown(1000),
        "1000 is not a status code: status codes range from 100 to 599"
    );

    assert_eq!("499".parse::<Status>().unwrap_err().code(), Some(499));
    assert_eq!("600".parse::<Status>().unwrap_err().code(), Some(600));
    assert_eq!("abc".parse::<Status>().unwrap_err().code(), None);
}

#[test]
fn error_types_are_ordinary_errors() {
    fn is_error<E: std::error::Error + Clone + Copy + Eq + Send + Sync + 'static>(_: &E) {}

    let parse = "499".parse::<Status>().unwrap_err();
    let unknown: UnknownStatus = Status::try_from(499).unwrap_err();
    is_error(&parse);
    is_error(&unknown);

    let boxed: Box<dyn std::error::Error> = Box::new(parse);
    assert_eq!(boxed.to_string(), parse.to_string());
    assert!(boxed.source().is_none());
    assert_eq!(parse, ParseStatusError::Unregistered(499));
    assert_eq!(unknown.code(), 499);
    assert_eq!(format!("{unknown:?}"), "UnknownStatus { code: 499 }");
}

// ----- round trips -----------------------------------------------------------

#[test]
fn every_status_round_trips() {
    for &status in Status::ALL {
        let code = status.code();
        assert_eq!(status.as_str().parse(), Ok(status));
        assert_eq!(status.as_str(), format!("{code:03}"));
        assert_eq!(Status::from_u16(code), Ok(status));
        assert_eq!(Status::try_from(code), Ok(status));
        assert_eq!(u16::from(status), code);
        assert_eq!(Status::from_phrase(status.phrase()), Some(status));
        assert_eq!(
            Status::from_phrase(&status.phrase().to_ascii_uppercase()),
            Some(status)
        );
        for alias in status.aliases() {
            assert_eq!(Status::from_phrase(alias), Some(status), "alias {alias:?}");
        }
    }
}

#[test]
fn display_and_status_line() {
    for &status in Status::ALL {
        let display = status.to_string();
        assert_eq!(display, format!("{} {}", status.code(), status.phrase()));
        assert_eq!(status.status_line(), format!("HTTP/1.1 {display}"));
        // Width and alignment are honoured.
        assert_eq!(format!("{status:>50}"), format!("{display:>50}"));
    }
    assert_eq!(Status::NotFound.to_string(), "404 Not Found");
    assert_eq!(Status::ImATeapot.status_line(), "HTTP/1.1 418 I'm a teapot");
}

#[test]
fn constants_and_aliases_name_the_same_variant() {
    assert_eq!(Status::NOT_FOUND, Status::NotFound);
    assert_eq!(Status::PAYLOAD_TOO_LARGE, Status::ContentTooLarge);
    assert_eq!(Status::REQUEST_ENTITY_TOO_LARGE, Status::ContentTooLarge);
    assert_eq!(Status::UNPROCESSABLE_ENTITY, Status::UnprocessableContent);
}

#[test]
fn former_phrases_are_aliases() {
    assert_eq!(
        Status::ContentTooLarge.aliases(),
        ["Payload Too Large", "Request Entity Too Large"]
    );
    assert_eq!(
        Status::from_phrase("request-uri too long"),
        Some(Status::UriTooLong)
    );
    assert_eq!(
        Status::from_phrase("Requested Range Not Satisfiable"),
        Some(Status::RangeNotSatisfiable)
    );
    assert_eq!(
        Status::from_phrase("Moved Temporarily"),
        Some(Status::Found)
    );
    assert_eq!(
        Status::from_phrase("Unprocessable Entity"),
        Some(Status::UnprocessableContent)
    );
    assert_eq!(Status::from_phrase(""), None);
    assert_eq!(Status::from_phrase("Not  Found"), None);
}

// ----- semantics -----------------------------------------------------------

/// The codes with `property`, in ascending order.
fn codes_where(property: impl Fn(Status) -> bool) -> Vec<u16> {
    Status::ALL
        .iter()
        .copied()
        .filter(|&s| property(s))
        .map(Status::code)
        .collect()
}

#[test]
fn heuristically_cacheable_codes_are_those_of_rfc_9110() {
    // RFC 9110, Section 15.1, plus 451 (RFC 7725, Section 3).
    assert_eq!(
        codes_where(Status::is_cacheable_by_default),
        [
            200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501
        ]
    );
}

#[test]
fn content_is_forbidden_for_1xx_204_205_and_304() {
    for &status in Status::ALL {
        let forbidden = status.is_informational() || matches!(status.code(), 204 | 205 | 304);
        assert_eq!(status.allows_content(), !forbidden, "{status}");
    }
}

/// Which header fields RFC 9110 and RFC 6585 name for each code, and
/// whether they require them (MUST) or only recommend or allow them
/// (SHOULD, MAY).
#[test]
fn required_and_recommended_headers() {
    let required: &[(u16, &[&str])] = &[
        (101, &["Upgrade"]),
        (206, &["Content-Range"]),
        (401, &["WWW-Authenticate"]),
        (405, &["Allow"]),
        (407, &["Proxy-Authenticate"]),
        (426, &["Upgrade"]),
    ];
    let recommended: &[(u16, &[&str])] = &[
        (201, &["Location"]),
        (301, &["Location"]),
        (302, &["Location"]),
        (303, &["Location"]),
        (307, &["Location"]),
        (308, &["Location"]),
        (416, &["Content-Range"]),
        (429, &["Retry-After"]),
        (503, &["Retry-After"]),
    ];
    let of = |list: &'static [(u16, &'static [&'static str])], code: u16| {
        list.iter()
            .find(|(c, _)| *c == code)
            .map_or(&[][..], |(_, headers)| *headers)
    };
    for &status in Status::ALL {
        let code = status.code();
        assert_eq!(status.required_headers(), of(required, code), "{status}");
        assert_eq!(
            status.recommended_headers(),
            of(recommended, code),
            "{status}"
        );
        assert_eq!(
            HttpStatus::required_headers(status),
            status.required_headers()
        );
        assert_eq!(
            HttpStatus::recommended_headers(status),
            status.recommended_headers()
        );
    }
}

#[test]
fn redirects() {
    for &status in Status::ALL {
        let expected = match status.code() {
            307 | 308 => Some(Redirect::PreservesMethod),
            301 | 302 => Some(Redirect::MayChangeToGet),
            303 => Some(Redirect::ChangesToGet),
            _ => None,
        };
        assert_eq!(status.redirect(), expected, "{status}");
        if let Some(redirect) = expected {
            assert_eq!(redirect.may_change_method(), status.code() < 307);
            assert!(
                status.recommended_headers().contains(&"Location"),
                "{status}"
            );
        }
    }
}

#[test]
fn deprecated_and_obsoleted_codes_say_why() {
    let use_proxy = Status::from_u16(305).unwrap();
    let not_extended = Status::from_u16(510).unwrap();
    assert_eq!(use_proxy.registration(), Registration::Deprecated);
    assert_eq!(not_extended.registration(), Registration::Obsoleted);
    assert!(
        use_proxy
            .deprecation()
            .is_some_and(|why| why.contains("proxy"))
    );
    assert!(
        not_extended
            .deprecation()
            .is_some_and(|why| why.contains("Historic"))
    );

    assert_eq!(codes_where(|s| s.deprecation().is_some()), [305, 510]);
    assert_eq!(
        codes_where(|s| s.registration() == Registration::Unused),
        [418]
    );
    for &status in Status::ALL {
        let discouraged = matches!(
            status.registration(),
            Registration::Deprecated | Registration::Obsoleted
        );
        assert_eq!(status.deprecation().is_some(), discouraged, "{status}");
    }
}

#[test]
fn class_predicates_agree_with_class_of() {
    for &status in Status::ALL {
        let class = Class::of(status.code()).unwrap();
        assert_eq!(status.class(), class);
        let predicates = [
            (status.is_informational(), Class::Informational),
            (status.is_success(), Class::Successful),
            (status.is_redirection(), Class::Redirection),
            (status.is_client_error(), Class::ClientError),
            (status.is_server_error(), Class::ServerError),
        ];
        for (holds, of) in predicates {
            assert_eq!(holds, class == of, "{status} is_{of:?}");
        }
        assert!(class.codes().contains(&status.code()));
    }
}

/// Every status carries the words of its `codes.toml` entry, and every
/// entry that is not reserved is a status. The file is read here with a
/// TOML parser that shares nothing with the macro that generated `Status`,
/// so a table built from the wrong entry, a dropped alias or a lost
/// reference shows.
#[test]
fn every_status_is_documented() {
    use toml::Value;

    let data: toml::Table = include_str!("../../codes.toml")
        .parse()
        .expect("codes.toml is TOML");
    let entries = data["status"].as_array().expect("[[status]] entries");
    let mut documented = Vec::new();
    for entry in entries {
        let text = |key: &str| entry.get(key).and_then(Value::as_str);
        let code = entry["code"]
            .as_integer()
            .and_then(|c| u16::try_from(c).ok())
            .expect("a code is a number");
        if entry.get("reserved").and_then(Value::as_bool) == Some(true) {
            assert!(Status::from_u16(code).is_err(), "{code} is reserved");
            continue;
        }
        let status = Status::from_u16(code)
            .unwrap_or_else(|_| panic!("{code} is in codes.toml but is not a status"));
        assert_eq!(Some(status.phrase()), text("phrase"), "{status:?}");
        assert_eq!(Some(status.description()), text("description"), "{status}");
        let aliases: Vec<&str> = entry
            .get("aliases")
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|alias| {
                alias
                    .as_str()
                    .or_else(|| alias.get("phrase").and_then(Value::as_str))
                    .expect("an alias has a phrase")
            })
            .collect();
        assert_eq!(status.aliases(), aliases, "{status}");

        // Every IANA code here cites the section that defines it, and the
        // link goes to that section of that RFC.
        let reference = status
            .reference()
            .unwrap_or_else(|| panic!("{status} cites no reference"));
        assert_eq!(Some(reference), text("reference"), "{status}");
        let first = reference.split(';').next().unwrap_or_default();
        let (rfc, section) = first
            .strip_prefix("RFC ")
            .and_then(|rest| rest.split_once(", Section "))
            .unwrap_or_else(|| panic!("{status}: {first:?} is not `RFC N, Section S`"));
        assert_eq!(
            status.reference_url(),
            Some(format!("https://www.rfc-editor.org/rfc/rfc{rfc}#section-{section}").as_str()),
            "{status}"
        );
        documented.push(status);
    }
    assert_eq!(documented, Status::ALL, "statuses missing from codes.toml");
}
