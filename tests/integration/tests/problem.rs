//! `Problem` as RFC 9457 defines it: the members it writes, and what it
//! accepts and refuses when a client reads one.

use serde_json::{Value, json};
use status_core::{Problem, Status, status};

fn to_json(problem: &Problem) -> Value {
    serde_json::to_value(problem).expect("a problem serializes")
}

fn read(json: Value) -> Result<Problem, String> {
    serde_json::from_value(json).map_err(|e| e.to_string())
}

#[test]
fn a_new_problem_says_what_its_status_says() {
    for status in Status::ALL {
        let problem = Problem::new(*status);
        assert_eq!(
            to_json(&problem),
            json!({"type": "about:blank", "title": status.phrase(), "status": status.code()}),
        );
    }
}

#[test]
fn members_are_written_in_the_rfc_order_then_extensions() {
    let problem = Problem::new(status!(403))
        .with_type("https://example.com/probs/out-of-credit")
        .with_title("You do not have enough credit.")
        .with_detail("Your current balance is 30, but that costs 50.")
        .with_instance("/account/12345/msgs/abc")
        .with_extension("balance", 30)
        .with_extension("accounts", vec!["/account/12345", "/account/67890"]);
    let text = serde_json::to_string(&problem).expect("a problem serializes");
    assert_eq!(
        text,
        concat!(
            r#"{"type":"https://example.com/probs/out-of-credit","#,
            r#""title":"You do not have enough credit.","status":403,"#,
            r#""detail":"Your current balance is 30, but that costs 50.","#,
            r#""instance":"/account/12345/msgs/abc","#,
            r#""accounts":["/account/12345","/account/67890"],"balance":30}"#,
        )
    );
    assert_eq!(read(to_json(&problem)), Ok(problem));
}

#[test]
fn an_extension_cannot_overwrite_a_standard_member() {
    let problem = Problem::new(status!(404))
        .with_extension("status", 200)
        .with_extension("title", "OK")
        .with_extension("hint", "check the id");
    assert_eq!(
        to_json(&problem),
        json!({"type": "about:blank", "title": "Not Found", "status": 404, "hint": "check the id"}),
    );
}

#[test]
fn reading_fills_defaults_keeps_unknown_members_and_ignores_wrong_types() {
    let problem = read(json!({
        "status": 429,
        "type": 12,
        "detail": ["not", "a", "string"],
        "instance": "/req/1",
        "retry_in": 30,
        "nested": {"a": [1, 2]},
    }))
    .expect("a problem with only status is valid");
    assert_eq!(problem.code(), 429);
    assert_eq!(problem.type_uri(), "about:blank");
    assert_eq!(problem.title(), "Too Many Requests");
    assert_eq!(problem.detail(), None);
    assert_eq!(problem.instance(), Some("/req/1"));
    assert_eq!(problem.extension("retry_in"), Some(&json!(30)));
    assert_eq!(problem.extension("nested"), Some(&json!({"a": [1, 2]})));
    assert_eq!(problem.extensions().len(), 2);
}

#[test]
fn reading_refuses_a_missing_wrong_or_unregistered_status() {
    let missing = read(json!({"title": "Not Found"})).unwrap_err();
    assert!(missing.contains("needs a `status` member"), "{missing}");

    let text = read(json!({"status": "404"})).unwrap_err();
    assert!(text.contains("must be a number such as 404"), "{text}");

    for code in [
        json!(499),
        json!(99),
        json!(70000),
        json!(-404),
        json!(404.5),
    ] {
        let error = read(json!({ "status": code })).unwrap_err();
        assert!(
            error.contains("must be a registered HTTP status code"),
            "{error}"
        );
    }

    let not_an_object = read(json!([404])).unwrap_err();
    assert!(not_an_object.contains("expected a map"), "{not_an_object}");
}

#[test]
fn display_gives_code_title_and_detail() {
    let problem = Problem::new(status!(409)).with_detail("the name is taken");
    assert_eq!(problem.to_string(), "409 Conflict: the name is taken");
    let error: &dyn std::error::Error = &problem;
    assert_eq!(error.to_string(), "409 Conflict: the name is taken");
}
