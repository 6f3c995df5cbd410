//! The OpenAPI document of a small utoipa service: a registry with nginx's
//! codes, a schema with a field of each status type, and a handler whose
//! error type derives `HttpError`.
//!
//! The document is written to `openapi.json` under Cargo's temporary
//! directory for integration tests, where the CI validates it against the
//! OpenAPI 3.1 specification.

use serde_json::Value;
use status_core::{HttpError, Problem, Status};
use utoipa::{OpenApi, ToSchema};

status_core::registry! {
    file = "tests/openapi-codes.toml",
    name = EdgeStatus,
    macro = edge_status,
}

/// A user of the service.
#[derive(ToSchema)]
#[allow(dead_code)]
struct User {
    name: String,
    /// The status of the user's last request.
    last_status: Status,
    /// What the edge proxy answered it with.
    edge_status: EdgeStatus,
}

/// Why a user could not be read.
#[derive(Debug, HttpError)]
#[allow(dead_code)]
enum UserError {
    /// No user has this id.
    #[status(404)]
    NotFound(u32),
    #[status(404)]
    Deleted,
    /// The user store is down for maintenance.
    ///
    /// Not part of the summary.
    #[status(503)]
    Maintenance,
}

/// An error of the edge proxy, whose status is one of the registry's.
#[derive(Debug, HttpError)]
#[http_error(status_type = EdgeStatus, macro = edge_status)]
#[status(499)]
struct ClientGone;

impl std::fmt::Display for ClientGone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the client closed the connection")
    }
}

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("user error")
    }
}

#[utoipa::path(
    get,
    path = "/users/{id}",
    params(("id" = u32, Path, description = "The user's id")),
    // utoipa 6.0 leaves out an empty description, which OpenAPI 3.1
    // requires of every response, so the 200 has one. The error type's
    // responses bring their own.
    responses((status = 200, description = "The user", body = User), UserError),
)]
#[allow(dead_code)]
fn get_user() {}

/// Why a purchase failed: problems with `type`, `title` and extension
/// members of their own.
#[derive(Debug, HttpError)]
#[http_error(type = "https://example.com/probs/credit")]
#[allow(dead_code)]
enum CreditError {
    #[status(403)]
    #[http_error(
        type = "https://example.com/probs/out-of-credit",
        title = "You do not have enough credit."
    )]
    OutOfCredit {
        #[http_error(extension)]
        balance: u32,
        #[http_error(extension)]
        accounts: Vec<String>,
    },
    /// The account is frozen.
    #[status(403)]
    Frozen,
    #[status(402)]
    #[http_error(title = "Payment is needed first.")]
    Unpaid,
}

impl std::fmt::Display for CreditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("credit error")
    }
}

#[utoipa::path(
    post,
    path = "/purchases",
    responses((status = 201, description = "The purchase"), CreditError),
)]
#[allow(dead_code)]
fn purchase() {}

#[derive(OpenApi)]
#[openapi(paths(get_user, purchase), components(schemas(User, Problem)))]
struct Api;

/// The document as JSON.
fn document() -> Value {
    serde_json::to_value(Api::openapi()).expect("the document serializes")
}

/// Writes the document where the CI validates it against the OpenAPI 3.1
/// specification: `openapi.json` in Cargo's temporary directory for
/// integration tests.
#[test]
fn the_document_is_written_for_validation() {
    let json = Api::openapi()
        .to_pretty_json()
        .expect("the document serializes");
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("openapi.json");
    std::fs::write(&path, &json).expect("the document is written");
    let read: Value = serde_json::from_slice(&std::fs::read(&path).expect("it reads back"))
        .expect("the document is JSON");
    assert_eq!(read["openapi"], "3.1.0");
    assert_eq!(read, document());
}

/// Follows a `$ref` to a component schema.
fn resolve<'a>(document: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(reference) => {
            let name = reference
                .strip_prefix("#/components/schemas/")
                .expect("a reference to a component schema");
            &document["components"]["schemas"][name]
        }
        None => schema,
    }
}

fn codes(schema: &Value) -> Vec<u64> {
    assert_eq!(schema["type"], "integer");
    schema["enum"]
        .as_array()
        .expect("an enum of codes")
        .iter()
        .map(|code| code.as_u64().expect("a code is an integer"))
        .collect()
}

#[test]
fn the_error_type_lists_one_problem_response_per_status() {
    let document = document();
    let responses = &document["paths"]["/users/{id}"]["get"]["responses"];
    let mut listed: Vec<&str> = responses
        .as_object()
        .expect("responses")
        .keys()
        .map(String::as_str)
        .collect();
    listed.sort_unstable();
    assert_eq!(listed, ["200", "404", "503"]);
    assert_eq!(
        responses["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/User"
    );

    for status in [Status::NotFound, Status::ServiceUnavailable] {
        let response = &responses[status.as_str()];
        let description = response["description"].as_str().expect("a description");
        assert!(
            description.starts_with(&format!("{}. {}", status.phrase(), status.description())),
            "{description}"
        );
        let content = response["content"].as_object().expect("content");
        assert_eq!(
            content.keys().collect::<Vec<_>>(),
            ["application/problem+json"]
        );
        let problem = &content["application/problem+json"];
        assert_eq!(problem["schema"]["$ref"], "#/components/schemas/Problem");
        assert_eq!(problem["example"]["status"], status.code());
        assert_eq!(problem["example"]["title"], status.phrase());
    }

    // Variants that share a status share its response, each on a line of
    // its own: the first paragraph of its docs, or its name.
    let not_found = responses["404"]["description"].as_str().unwrap();
    assert!(
        not_found.ends_with("\n\n- No user has this id.\n- Deleted"),
        "{not_found}"
    );
    let unavailable = responses["503"]["description"].as_str().unwrap();
    assert!(
        unavailable.ends_with("\n\n- The user store is down for maintenance."),
        "{unavailable}"
    );
}

#[test]
fn problem_has_the_five_standard_members_and_allows_extensions() {
    let document = document();
    let problem = &document["components"]["schemas"]["Problem"];
    assert_eq!(problem["type"], "object");
    let members = problem["properties"].as_object().expect("properties");
    let mut names: Vec<&str> = members.keys().map(String::as_str).collect();
    names.sort_unstable();
    assert_eq!(names, ["detail", "instance", "status", "title", "type"]);
    assert_eq!(members["type"]["type"], "string");
    assert_eq!(members["type"]["format"], "uri-reference");
    assert_eq!(members["type"]["default"], "about:blank");
    assert_eq!(members["title"]["type"], "string");
    assert_eq!(members["status"]["type"], "integer");
    assert_eq!(members["status"]["minimum"], 100);
    assert_eq!(members["status"]["maximum"], 599);
    assert_eq!(members["detail"]["type"], "string");
    assert_eq!(members["instance"]["format"], "uri-reference");
    assert_eq!(problem["additionalProperties"], true);
    for member in members.values() {
        assert!(member["description"].is_string(), "{member}");
    }
}

#[test]
fn status_fields_are_integer_enums_of_their_own_codes() {
    let document = document();
    let user = &document["components"]["schemas"]["User"]["properties"];

    let status = codes(resolve(&document, &user["last_status"]));
    assert!(status.contains(&200) && status.contains(&404));
    assert!(!status.contains(&306), "a reserved code is never sent");
    assert!(!status.contains(&499), "499 is not an IANA code");
    assert_eq!(status.len(), Status::ALL.len());

    let edge = codes(resolve(&document, &user["edge_status"]));
    assert!(edge.contains(&499) && edge.contains(&404));
    assert!(!edge.contains(&306));
    assert_eq!(edge.len(), EdgeStatus::ALL.len());
}

#[test]
fn a_registry_status_is_described_from_the_registry() {
    let responses = serde_json::to_value(<ClientGone as utoipa::IntoResponses>::responses())
        .expect("the responses serialize");
    let gone = EdgeStatus::ClientClosedRequest;
    assert_eq!(responses.as_object().map(|r| r.len()), Some(1));
    let description = responses["499"]["description"]
        .as_str()
        .expect("a description");
    assert_eq!(
        description,
        format!(
            "{}. {}\n\n- An error of the edge proxy, whose status is one of the registry's.",
            gone.phrase(),
            gone.description()
        )
    );
    assert_eq!(
        responses["499"]["content"]["application/problem+json"]["schema"]["$ref"],
        "#/components/schemas/Problem"
    );
}

#[test]
fn type_title_and_extension_members_show_in_the_examples() {
    let document = document();
    let responses = &document["paths"]["/purchases"]["post"]["responses"];

    // One variant: its example carries its `type`, `title` and status, and
    // its title is its line of the description.
    let unpaid = &responses["402"];
    assert!(
        unpaid["description"]
            .as_str()
            .expect("a description")
            .ends_with("\n\n- Payment is needed first."),
        "{unpaid}"
    );
    let content = &unpaid["content"]["application/problem+json"];
    assert_eq!(content["schema"]["$ref"], "#/components/schemas/Problem");
    assert_eq!(
        content["example"],
        serde_json::json!({
            "type": "https://example.com/probs/credit",
            "title": "Payment is needed first.",
            "status": 402,
        })
    );

    // Two variants whose bodies differ: an example each, named after the
    // variant, with the extension members' names.
    let forbidden = &responses["403"];
    let description = forbidden["description"].as_str().expect("a description");
    assert!(
        description.ends_with("\n\n- You do not have enough credit.\n- The account is frozen."),
        "{description}"
    );
    let content = &forbidden["content"]["application/problem+json"];
    assert_eq!(content["schema"]["$ref"], "#/components/schemas/Problem");
    assert!(content.get("example").is_none(), "{content}");
    let examples = content["examples"].as_object().expect("examples");
    assert_eq!(examples.len(), 2);
    assert_eq!(
        examples["OutOfCredit"]["summary"],
        "You do not have enough credit."
    );
    assert_eq!(
        examples["OutOfCredit"]["value"],
        serde_json::json!({
            "type": "https://example.com/probs/out-of-credit",
            "title": "You do not have enough credit.",
            "status": 403,
            "balance": null,
            "accounts": null,
        })
    );
    assert_eq!(
        examples["Frozen"]["value"],
        serde_json::json!({
            "type": "https://example.com/probs/credit",
            "title": "Forbidden",
            "status": 403,
        })
    );
}
