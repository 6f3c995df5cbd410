//! OpenAPI documentation through utoipa 6, with the `utoipa` feature:
//! `ToSchema` for every generated status enum and for
//! [`Problem`](crate::Problem), and `IntoResponses` for error types deriving
//! [`HttpError`](crate::HttpError).
//!
//! The impls are written by hand against utoipa's traits and builders, and
//! work with the `#[utoipa::path]` and `#[derive(OpenApi)]` of the user's
//! own utoipa 6 dependency.
//!
//! ```
//! use status_core::{Problem, Status};
//! use utoipa::{PartialSchema, ToSchema};
//!
//! assert_eq!(Problem::name(), "Problem");
//! // `Status::name()` is the inherent method, a variant's name.
//! assert_eq!(<Status as ToSchema>::name(), "Status");
//!
//! // A status is an integer, one of the codes the enum has.
//! let schema = serde_json::to_value(Status::schema()).unwrap();
//! assert_eq!(schema["type"], "integer");
//! let codes = schema["enum"].as_array().unwrap();
//! assert!(codes.contains(&404.into()));
//! assert!(!codes.contains(&306.into())); // reserved, never sent
//! ```

/// `ToSchema` for a generated status enum: an integer whose `enum` lists
/// every code the enum has, and no reserved one.
///
/// The schema is named after the enum, so `Status` and a registry's
/// `AppStatus` are two components, and a field of either type in a struct
/// deriving `ToSchema` refers to its own.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa_status {
    ($Name:ident) => {
        impl $crate::__private::utoipa::PartialSchema for $Name {
            fn schema() -> $crate::__private::utoipa::openapi::RefOr<
                $crate::__private::utoipa::openapi::schema::Schema,
            > {
                $crate::__private::utoipa_enabled::status_schema::<$Name>(::core::stringify!($Name))
            }
        }

        impl $crate::__private::utoipa::ToSchema for $Name {
            fn name() -> $crate::__private::utoipa_enabled::Cow<'static, ::core::primitive::str> {
                $crate::__private::utoipa_enabled::Cow::Borrowed(::core::stringify!($Name))
            }
        }
    };
}

/// Without the `utoipa` feature there is nothing to implement.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa_status {
    ($Name:ident) => {};
}

/// `IntoResponses` for a type deriving `HttpError`: one response per status
/// its variants use.
///
/// The last group is what the derive knows of each variant: its status, as
/// the checked macro names it, its name, what its `title` option or its
/// docs say of it (or its name, without either), the `type` and `title` its
/// problem carries, and the names of its extension members.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa_error {
    (
        [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]
        [$({
            status: $status:expr,
            name: $name:expr,
            doc: $doc:expr,
            type: $type_uri:expr,
            title: [$($title:expr)?],
            extensions: [$($extension:expr),* $(,)?],
        }),* $(,)?]
    ) => {
        impl $($generics)* $crate::__private::utoipa::IntoResponses for $($ty)* $($where)* {
            fn responses() -> $crate::__private::utoipa_enabled::Responses {
                $crate::__private::utoipa_enabled::error_responses(&[$(
                    $crate::__private::utoipa_enabled::Variant {
                        code: $status.code(),
                        phrase: $status.phrase(),
                        description: $status.description(),
                        name: $name,
                        doc: $doc,
                        type_uri: $type_uri,
                        title: ::core::option::Option::<&'static ::core::primitive::str>::None
                            $(.or(::core::option::Option::Some($title)))?,
                        extensions: &[$($extension),*],
                    },
                )*])
            }
        }
    };
}

/// Without the `utoipa` feature there is nothing to implement, and the
/// statuses are dropped unexpanded.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa_error {
    ($($input:tt)*) => {};
}

/// What the enabled twins call, and the schema of [`Problem`](crate::Problem).
#[cfg(feature = "utoipa")]
pub mod enabled {
    use alloc::collections::BTreeMap;
    use alloc::format;
    use alloc::string::{String, ToString};

    use serde_json::{Map, Value};
    use utoipa::openapi::example::ExampleBuilder;
    use utoipa::openapi::schema::{
        AdditionalProperties, ObjectBuilder, Ref, Schema, SchemaFormat, Type,
    };
    use utoipa::openapi::{ContentBuilder, RefOr, ResponseBuilder};
    use utoipa::{PartialSchema, ToSchema};

    use crate::generic::HttpStatus;
    use crate::problem::Problem;

    #[doc(hidden)]
    pub use alloc::borrow::Cow;

    /// What `IntoResponses::responses` returns: response objects by status
    /// code.
    #[doc(hidden)]
    pub type Responses = BTreeMap<String, RefOr<utoipa::openapi::Response>>;

    /// What the derive knows of one variant of an error type.
    #[doc(hidden)]
    #[derive(Clone, Copy, Debug)]
    pub struct Variant {
        /// The code of the variant's status.
        pub code: u16,
        /// Its reason phrase.
        pub phrase: &'static str,
        /// Its description, from the codes file.
        pub description: &'static str,
        /// The variant's name, or the struct's.
        pub name: &'static str,
        /// Its `title` option, else the first paragraph of its docs, else
        /// its name.
        pub doc: &'static str,
        /// The `type` of its problem, `about:blank` unless given.
        pub type_uri: &'static str,
        /// The `title` of its problem, where given; the phrase otherwise.
        pub title: Option<&'static str>,
        /// The names of its extension members.
        pub extensions: &'static [&'static str],
    }

    impl Variant {
        /// The body every problem of this variant starts from: its `type`,
        /// `title` and `status`, and each extension member, whose value
        /// exists only at run time and shows as `null`.
        fn example(&self) -> Value {
            let mut body = Map::new();
            body.insert("type".into(), Value::from(self.type_uri));
            body.insert(
                "title".into(),
                Value::from(self.title.unwrap_or(self.phrase)),
            );
            body.insert("status".into(), Value::from(self.code));
            for name in self.extensions {
                body.insert((*name).into(), Value::Null);
            }
            Value::Object(body)
        }
    }

    /// The schema of a status enum `T`, named `name`.
    #[doc(hidden)]
    pub fn status_schema<T: HttpStatus>(name: &str) -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::Integer)
            .description(Some(format!(
                "An HTTP status code, one of those `{name}` has."
            )))
            .enum_values(Some(T::TABLE.all.iter().map(|status| status.code())))
            .into()
    }

    /// The responses of an error type, one per status in ascending order of
    /// code, each a problem.
    ///
    /// A response is described by its status: the reason phrase, then the
    /// codes file's description of it, then one line per variant that
    /// answers with it, its `title` option or the first paragraph of its
    /// docs. The variants go in the description because it is what
    /// documentation viewers show next to the code, and because their
    /// bodies often differ only in `detail`, which is known at run time.
    ///
    /// The example is the body a variant's problem starts from: `type`,
    /// `title`, `status` and the names of its extension members. Where the
    /// variants of one status start from different bodies, because their
    /// `type`, `title` or members differ, each has an example of its own,
    /// named after the variant and summarized by its line.
    #[doc(hidden)]
    pub fn error_responses(variants: &[Variant]) -> Responses {
        let mut sorted = variants.to_vec();
        // Stable, so variants of one status keep the order of the source.
        sorted.sort_by_key(|variant| variant.code);
        let mut responses = Responses::new();
        for group in sorted.chunk_by(|a, b| a.code == b.code) {
            let Some(first) = group.first() else {
                continue;
            };
            let mut description = format!("{}. {}", first.phrase, first.description);
            if group.len() > 1 || !first.doc.is_empty() {
                description.push('\n');
                for variant in group {
                    description.push_str("\n- ");
                    description.push_str(variant.doc);
                }
            }
            let example = first.example();
            let content =
                ContentBuilder::new().schema(Some(Ref::from_schema_name(Problem::name())));
            let content = if group.iter().all(|variant| variant.example() == example) {
                content.example(Some(example))
            } else {
                content.examples_from_iter(group.iter().map(|variant| {
                    let example = ExampleBuilder::new()
                        .summary(variant.doc)
                        .value(Some(variant.example()));
                    (variant.name, example.build())
                }))
            };
            let response = ResponseBuilder::new()
                .description(description)
                .content(Problem::CONTENT_TYPE, content.build());
            responses.insert(first.code.to_string(), response.into());
        }
        responses
    }

    /// A string member that holds a URI reference.
    fn uri_reference(description: &str) -> ObjectBuilder {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::Custom("uri-reference".into())))
            .description(Some(description))
    }

    /// A string member.
    fn string(description: &str) -> ObjectBuilder {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(description))
    }

    /// An RFC 9457 problem details object: the five standard members and
    /// any extension members.
    ///
    /// `type`, `title` and `status` are required because a `Problem` always
    /// writes them; RFC 9457 makes every member optional, and a client
    /// reading other servers' problems should treat them so.
    ///
    /// ```
    /// use status_core::Problem;
    /// use utoipa::PartialSchema;
    ///
    /// let schema = serde_json::to_value(Problem::schema()).unwrap();
    /// assert_eq!(schema["properties"]["type"]["default"], "about:blank");
    /// assert_eq!(schema["properties"]["status"]["type"], "integer");
    /// assert_eq!(schema["properties"]["status"]["maximum"], 599);
    /// assert_eq!(schema["additionalProperties"], true);
    /// ```
    impl PartialSchema for Problem {
        fn schema() -> RefOr<Schema> {
            let type_member = uri_reference(
                "Names the kind of problem; clients compare it to tell problems apart. \
                 `about:blank` says no more than the status code does.",
            )
            .default(Some(Value::from("about:blank")));
            let status = ObjectBuilder::new()
                .schema_type(Type::Integer)
                .description(Some(
                    "The HTTP status code of the response this problem came with.",
                ))
                .minimum(Some(100))
                .maximum(Some(599));
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .description(Some(
                    "Problem details (RFC 9457): what went wrong, in a form a client can \
                     act on. Members beyond the five standard ones are extension members \
                     of the API.",
                ))
                .property("type", type_member)
                .property(
                    "title",
                    string(
                        "A short summary of the kind of problem, the same each time this \
                         `type` occurs; the reason phrase for `about:blank`.",
                    ),
                )
                .property("status", status)
                .property(
                    "detail",
                    string(
                        "What went wrong this time, written to help the client correct \
                         the request.",
                    ),
                )
                .property(
                    "instance",
                    uri_reference("Identifies this occurrence of the problem."),
                )
                .required("type")
                .required("title")
                .required("status")
                .additional_properties(Some(AdditionalProperties::<Schema>::FreeForm(true)))
                .into()
        }
    }

    /// Named `Problem` in the document's components.
    ///
    /// ```
    /// use status_core::Problem;
    /// use utoipa::ToSchema;
    ///
    /// assert_eq!(Problem::name(), "Problem");
    /// ```
    impl ToSchema for Problem {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("Problem")
        }
    }
}
