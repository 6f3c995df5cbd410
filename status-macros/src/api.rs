//! The runtime API every generated status enum has: inherent `const fn`s
//! that each call one lookup of status-core's `Table`, and the standard
//! trait impls.
//!
//! The docs are written once here. status-core's `Status` gets each with a
//! compiled example; a user's enum gets the same text without it, since an
//! example in generated docs would become one of the user's doctests.

use proc_macro2::TokenStream;
use quote::quote;

use crate::data::model::Entry;
use crate::generate::Target;

/// A doc comment: the text, plus the example for status-core's `Status`.
pub fn doc(text: &str, target: &Target, example: &str) -> String {
    if target.builtin && !example.is_empty() {
        format!("{text}\n\n```\n{example}\n```")
    } else {
        text.to_owned()
    }
}

/// The inherent methods.
pub fn methods(target: &Target) -> TokenStream {
    let Target { krate, name, .. } = target;
    let table = quote!(<#name as #krate::HttpStatus>::TABLE);
    let d = |text: &str, example: &str| doc(text, target, example);

    let from_u16 = d(
        "The status with this code, or an error if the data does not have it.\n\n\
         The same signature as `http::StatusCode::from_u16`, so `?`, `.ok()` and \
         `.map_err(..)` work as they do there. Unlike http, which accepts any number \
         from 100 to 999, an unregistered code is an error; `understand` says what a \
         client makes of one. One table load and one comparison: no search, and no \
         branch on the code.",
        "use status_core::Status;\n\n\
         assert_eq!(Status::from_u16(404), Ok(Status::NotFound));\n\
         assert_eq!(Status::from_u16(499).unwrap_err().code(), 499);\n\
         assert!(Status::from_u16(306).is_err()); // reserved\n\
         assert_eq!(Status::from_u16(200).ok(), Some(Status::Ok));",
    );
    let from_bytes = d(
        "The status whose code is written in `bytes`, which must be exactly three \
         ASCII digits, as in an HTTP/1.1 status line.\n\n\
         Nothing else is accepted: no sign, no whitespace, no fourth digit. Neither \
         allocates nor searches, and works in `const` items.",
        "use status_core::{ParseStatusError, Status};\n\n\
         assert_eq!(Status::from_bytes(b\"404\"), Ok(Status::NotFound));\n\
         assert_eq!(Status::from_bytes(b\"+404\"), Err(ParseStatusError::NotThreeDigits));\n\
         assert_eq!(Status::from_bytes(b\"499\"), Err(ParseStatusError::Unregistered(499)));\n\n\
         const TEAPOT: Result<Status, ParseStatusError> = Status::from_bytes(b\"418\");\n\
         assert_eq!(TEAPOT, Ok(Status::ImATeapot));",
    );
    let understand = d(
        "What a client should make of any code it receives.\n\n\
         RFC 9110, Section 15 says a client must treat a code it does not recognize \
         as the `x00` code of its class. So this returns the status itself when it is \
         known, the class's `x00` status when it is not, and `None` only outside \
         100..=599. Every codes file must hold 100, 200, 300, 400 and 500, so the \
         fallback always exists.",
        "use status_core::Status;\n\n\
         assert_eq!(Status::understand(404), Some(Status::NotFound));\n\
         assert_eq!(Status::understand(499), Some(Status::BadRequest));\n\
         assert_eq!(Status::understand(599), Some(Status::InternalServerError));\n\
         assert_eq!(Status::understand(600), None);",
    );
    let from_phrase = d(
        "The status whose reason phrase, current or former, is `phrase`, compared \
         ignoring ASCII case.",
        "use status_core::Status;\n\n\
         assert_eq!(Status::from_phrase(\"not found\"), Some(Status::NotFound));\n\
         assert_eq!(Status::from_phrase(\"Payload Too Large\"), Some(Status::ContentTooLarge));\n\
         assert_eq!(Status::from_phrase(\"Not Here\"), None);",
    );
    let why_reserved = d(
        "Why the data keeps `code` reserved, if it does.\n\n\
         A reserved code, such as 306, is listed but may not be used, so it has no \
         variant and `from_u16` fails for it as for a code never assigned. This tells \
         the two apart.",
        "use status_core::Status;\n\n\
         assert!(Status::why_reserved(306).is_some());\n\
         assert_eq!(Status::why_reserved(404), None);",
    );
    let name_doc = d(
        "The variant's name, such as `\"NotFound\"`.",
        "use status_core::Status;\n\nassert_eq!(Status::ImATeapot.name(), \"ImATeapot\");",
    );
    let constants = d(
        "The names of the associated constants that hold this status: the one from \
         the current phrase first, then those from former phrases.",
        "use status_core::Status;\n\n\
         assert_eq!(Status::NotFound.constants(), [\"NOT_FOUND\"]);\n\
         assert_eq!(\n    Status::ContentTooLarge.constants(),\n    \
         [\"CONTENT_TOO_LARGE\", \"PAYLOAD_TOO_LARGE\", \"REQUEST_ENTITY_TOO_LARGE\"],\n);",
    );
    let code = d(
        "The numeric code, such as 404.",
        "use status_core::Status;\n\nassert_eq!(Status::NotFound.code(), 404);",
    );
    let as_u16 = d(
        "The numeric code, the same as `code`. It exists so that code written \
         against `http::StatusCode` compiles unchanged.",
        "use status_core::Status;\n\nassert_eq!(Status::NotFound.as_u16(), 404);",
    );
    let as_str = d(
        "The code as three ASCII digits, such as `\"404\"`.",
        "use status_core::Status;\n\nassert_eq!(Status::NotFound.as_str(), \"404\");",
    );
    let phrase = d(
        "The reason phrase, such as `\"Not Found\"`.",
        "use status_core::Status;\n\nassert_eq!(Status::ContentTooLarge.phrase(), \"Content Too Large\");",
    );
    let canonical_reason = d(
        "The reason phrase, as `http::StatusCode::canonical_reason` gives it: always \
         `Some`.\n\n\
         The phrases are RFC 9110's. Where `http` still returns an older phrase, this \
         returns the current one: 413 is \"Content Too Large\" (http: \"Payload Too \
         Large\") and 422 is \"Unprocessable Content\" (http: \"Unprocessable \
         Entity\"); 203 keeps its hyphen, \"Non-Authoritative Information\". For 414 \
         and 416 both give RFC 9110's \"URI Too Long\" and \"Range Not Satisfiable\", \
         not the \"Request-URI Too Long\" and \"Requested Range Not Satisfiable\" of \
         earlier RFCs. Former phrases are in `aliases`, and http's constant names for \
         them, such as `PAYLOAD_TOO_LARGE`, exist here too.",
        "use status_core::Status;\n\n\
         assert_eq!(Status::NotFound.canonical_reason(), Some(\"Not Found\"));\n\
         assert_eq!(Status::ContentTooLarge.canonical_reason(), Some(\"Content Too Large\"));",
    );
    let aliases = d(
        "Former reason phrases. Most codes have none.",
        "use status_core::Status;\n\n\
         assert_eq!(Status::UnprocessableContent.aliases(), [\"Unprocessable Entity\"]);\n\
         assert!(Status::NotFound.aliases().is_empty());",
    );
    let description = d(
        "One or two sentences on what the code means and when it is sent.",
        "use status_core::Status;\n\nassert!(!Status::NotFound.description().is_empty());",
    );
    let status_line = d(
        "The HTTP/1.1 status line, such as `\"HTTP/1.1 404 Not Found\"`, without the \
         trailing CRLF. Stored whole, so writing a response head needs no formatting.",
        "use status_core::Status;\n\n\
         assert_eq!(Status::NotFound.status_line(), \"HTTP/1.1 404 Not Found\");",
    );
    let reference = d(
        "The document and section that define the code, such as \
         `\"RFC 9110, Section 15.5.5\"`, if the data names one.",
        "use status_core::Status;\n\n\
         assert_eq!(Status::NotFound.reference(), Some(\"RFC 9110, Section 15.5.5\"));",
    );
    let reference_url = d(
        "A link to the section that defines the code, when it has a reference.",
        "use status_core::Status;\n\n\
         assert_eq!(\n    Status::NotFound.reference_url(),\n    \
         Some(\"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5\"),\n);",
    );
    let class = d(
        "The class, from the first digit.",
        "use status_core::{Class, Status};\n\n\
         assert_eq!(Status::NotFound.class(), Class::ClientError);",
    );
    let is_informational = d(
        "Whether this is a 1xx code.",
        "use status_core::Status;\n\nassert!(Status::Continue.is_informational());",
    );
    let is_success = d(
        "Whether this is a 2xx code.",
        "use status_core::Status;\n\nassert!(Status::NoContent.is_success());",
    );
    let is_redirection = d(
        "Whether this is a 3xx code.",
        "use status_core::Status;\n\nassert!(Status::NotModified.is_redirection());",
    );
    let is_client_error = d(
        "Whether this is a 4xx code.",
        "use status_core::Status;\n\nassert!(Status::NotFound.is_client_error());",
    );
    let is_server_error = d(
        "Whether this is a 5xx code.",
        "use status_core::Status;\n\nassert!(Status::BadGateway.is_server_error());",
    );
    let cacheable = d(
        "Whether a cache may store a response with this code without explicit \
         freshness information (RFC 9110, Section 15.1: \"heuristically cacheable\"). \
         Defaults to `false` for a code whose entry says nothing.",
        "use status_core::Status;\n\n\
         assert!(Status::NotFound.is_cacheable_by_default());\n\
         assert!(!Status::Created.is_cacheable_by_default());",
    );
    let allows_content = d(
        "Whether a response with this code may carry content. It may not for 1xx, \
         204, 205 and 304 (RFC 9110, Sections 15.2, 15.3.5, 15.3.6 and 15.4.5). \
         Defaults to `false` for 1xx and `true` otherwise.",
        "use status_core::Status;\n\n\
         assert!(Status::Ok.allows_content());\n\
         assert!(!Status::NoContent.allows_content());",
    );
    let required_headers = d(
        "The response header fields the RFCs require, or strongly expect, with this \
         code. The variant's documentation cites the section for each.",
        "use status_core::Status;\n\n\
         assert_eq!(Status::MethodNotAllowed.required_headers(), [\"Allow\"]);\n\
         assert!(Status::Ok.required_headers().is_empty());",
    );
    let redirect = d(
        "How a client follows this code, if it is a redirect to follow. `None` for \
         300, 304 and 305, which are not followed automatically.",
        "use status_core::{Redirect, Status};\n\n\
         assert_eq!(Status::MovedPermanently.redirect(), Some(Redirect::MayChangeToGet));\n\
         assert_eq!(Status::MultipleChoices.redirect(), None);",
    );
    let registration = d(
        "What the IANA registry records for the code.",
        "use status_core::{Registration, Status};\n\n\
         assert_eq!(Status::UseProxy.registration(), Registration::Deprecated);",
    );
    let deprecation = d(
        "Why the code should not be used, for deprecated and obsoleted codes.",
        "use status_core::Status;\n\n\
         assert!(Status::UseProxy.deprecation().is_some());\n\
         assert_eq!(Status::NotFound.deprecation(), None);",
    );
    let vendor = d(
        "Who defines the code, for a code that comes from a vendor's set rather than \
         the IANA registry, such as nginx's 499. `None` for IANA codes and for codes \
         a codes file defines without naming a vendor.",
        "use status_core::Status;\n\nassert!(Status::NotFound.vendor().is_none());",
    );

    quote! {
        #[allow(deprecated)]
        impl #name {
            #[doc = #from_u16]
            #[inline]
            pub const fn from_u16(code: u16) -> ::core::result::Result<#name, #krate::UnknownStatus> {
                let found = #table.slot(code);
                #krate::__private::Table::<#name>::confirm(found, found as u16, code)
            }

            #[doc = #from_bytes]
            #[inline]
            pub const fn from_bytes(bytes: &[u8]) -> ::core::result::Result<#name, #krate::ParseStatusError> {
                #table.from_bytes(bytes)
            }

            #[doc = #understand]
            pub const fn understand(code: u16) -> ::core::option::Option<#name> {
                #table.understand(code)
            }

            #[doc = #from_phrase]
            pub fn from_phrase(phrase: &str) -> ::core::option::Option<#name> {
                #table.from_phrase(phrase)
            }

            #[doc = #why_reserved]
            pub const fn why_reserved(code: u16) -> ::core::option::Option<&'static str> {
                #table.why_reserved(code)
            }

            #[doc = #name_doc]
            pub const fn name(self) -> &'static str {
                #table.entry(self as u16).name
            }

            #[doc = #constants]
            pub const fn constants(self) -> &'static [&'static str] {
                #table.entry(self as u16).constants
            }

            #[doc = #code]
            #[inline]
            pub const fn code(self) -> u16 {
                self as u16
            }

            #[doc = #as_u16]
            #[inline]
            pub const fn as_u16(self) -> u16 {
                self as u16
            }

            #[doc = #as_str]
            #[inline]
            pub const fn as_str(self) -> &'static str {
                #table.entry(self as u16).code
            }

            #[doc = #phrase]
            #[inline]
            pub const fn phrase(self) -> &'static str {
                #table.phrase(self as u16)
            }

            #[doc = #canonical_reason]
            #[inline]
            pub const fn canonical_reason(self) -> ::core::option::Option<&'static str> {
                ::core::option::Option::Some(#table.phrase(self as u16))
            }

            #[doc = #aliases]
            pub const fn aliases(self) -> &'static [&'static str] {
                #table.entry(self as u16).aliases
            }

            #[doc = #description]
            #[inline]
            pub const fn description(self) -> &'static str {
                #table.entry(self as u16).description
            }

            #[doc = #status_line]
            #[inline]
            pub const fn status_line(self) -> &'static str {
                #table.entry(self as u16).status_line
            }

            #[doc = #reference]
            pub const fn reference(self) -> ::core::option::Option<&'static str> {
                #table.entry(self as u16).reference
            }

            #[doc = #reference_url]
            pub const fn reference_url(self) -> ::core::option::Option<&'static str> {
                #table.entry(self as u16).url
            }

            #[doc = #class]
            pub const fn class(self) -> #krate::Class {
                #krate::__private::Table::<#name>::class(self as u16)
            }

            #[doc = #is_informational]
            pub const fn is_informational(self) -> bool {
                matches!(self.class(), #krate::Class::Informational)
            }

            #[doc = #is_success]
            pub const fn is_success(self) -> bool {
                matches!(self.class(), #krate::Class::Successful)
            }

            #[doc = #is_redirection]
            pub const fn is_redirection(self) -> bool {
                matches!(self.class(), #krate::Class::Redirection)
            }

            #[doc = #is_client_error]
            pub const fn is_client_error(self) -> bool {
                matches!(self.class(), #krate::Class::ClientError)
            }

            #[doc = #is_server_error]
            pub const fn is_server_error(self) -> bool {
                matches!(self.class(), #krate::Class::ServerError)
            }

            #[doc = #cacheable]
            pub const fn is_cacheable_by_default(self) -> bool {
                #table.entry(self as u16).cacheable
            }

            #[doc = #allows_content]
            pub const fn allows_content(self) -> bool {
                #table.entry(self as u16).content
            }

            #[doc = #required_headers]
            pub const fn required_headers(self) -> &'static [&'static str] {
                #table.entry(self as u16).headers
            }

            #[doc = #redirect]
            pub const fn redirect(self) -> ::core::option::Option<#krate::Redirect> {
                #table.entry(self as u16).redirect
            }

            #[doc = #registration]
            pub const fn registration(self) -> #krate::Registration {
                #table.entry(self as u16).registration
            }

            #[doc = #deprecation]
            pub const fn deprecation(self) -> ::core::option::Option<&'static str> {
                #table.entry(self as u16).deprecated
            }

            #[doc = #vendor]
            pub const fn vendor(self) -> ::core::option::Option<&'static #krate::Vendor> {
                match &#table.entry(self as u16).vendor {
                    ::core::option::Option::Some(vendor) => ::core::option::Option::Some(vendor),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        }
    }
}

/// The trait impls: formatting, parsing, conversions, comparison with
/// `u16`, and whatever status-core's features add.
pub fn impls(with_variant: &[&Entry], target: &Target) -> TokenStream {
    let Target { krate, name, .. } = target;
    let d = |text: &str, example: &str| doc(text, target, example);
    let display = d(
        "Writes the code and phrase, such as `404 Not Found`.",
        "use status_core::Status;\n\nassert_eq!(Status::NotFound.to_string(), \"404 Not Found\");",
    );
    let from_str = d(
        "Parses exactly three ASCII digits, as `from_bytes` does. Unlike \
         `str::parse::<u16>`, this rejects `\"+404\"`.",
        "use status_core::{ParseStatusError, Status};\n\n\
         assert_eq!(\"503\".parse(), Ok(Status::ServiceUnavailable));\n\
         assert_eq!(\"+404\".parse::<Status>(), Err(ParseStatusError::NotThreeDigits));",
    );
    let try_from = d(
        "The same as `from_u16`.",
        "use status_core::Status;\n\nassert_eq!(Status::try_from(404), Ok(Status::NotFound));",
    );
    let eq_u16 = d(
        "Compares with a bare code, so `status == 404` works.",
        "use status_core::Status;\n\nassert!(Status::NotFound == 404);\nassert!(404 == Status::NotFound);",
    );
    // `Default` is 200 OK, as for `http::StatusCode`, where there is a 200.
    let default = with_variant.iter().find(|e| e.code.value == 200).map(|ok| {
        let variant = proc_macro2::Ident::new(
            ok.name.as_ref().map_or("__Unnamed", |n| n.value.as_str()),
            proc_macro2::Span::call_site(),
        );
        let doc = d(
            "200 OK, as for `http::StatusCode`.",
            "use status_core::Status;\n\nassert_eq!(Status::default(), Status::Ok);",
        );
        quote! {
            #[doc = #doc]
            impl ::core::default::Default for #name {
                fn default() -> #name {
                    #name::#variant
                }
            }
        }
    });
    let iana = (target.extends_iana && !target.builtin).then(|| {
        // What an IANA code maps to if it were missing: 500, which the
        // IANA set has, or the placeholder of invalid data.
        let server_error = with_variant
            .iter()
            .find(|e| e.code.value == 500)
            .and_then(|e| e.name.as_ref())
            .map_or(crate::generate::FALLBACK_VARIANT, |n| n.value.as_str());
        let server_error = proc_macro2::Ident::new(server_error, proc_macro2::Span::call_site());
        quote! {
            /// Every IANA status has its code here, since the data extends
            /// the IANA set.
            impl ::core::convert::From<#krate::Status> for #name {
                fn from(status: #krate::Status) -> #name {
                    match #name::from_u16(status.code()) {
                        ::core::result::Result::Ok(ours) => ours,
                        // Unreachable: the IANA set holds every code of
                        // `Status`, and a codes file cannot drop one.
                        ::core::result::Result::Err(_) => #name::#server_error,
                    }
                }
            }

            /// Fails for a code that only this data has.
            impl ::core::convert::TryFrom<#name> for #krate::Status {
                type Error = #krate::UnknownStatus;

                fn try_from(status: #name) -> ::core::result::Result<#krate::Status, #krate::UnknownStatus> {
                    #krate::Status::from_u16(status.code())
                }
            }
        }
    });
    quote! {
        #[doc = #display]
        impl ::core::fmt::Display for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #krate::__private::display(self.status_line(), f)
            }
        }

        #[doc = #from_str]
        impl ::core::str::FromStr for #name {
            type Err = #krate::ParseStatusError;

            #[inline]
            fn from_str(s: &str) -> ::core::result::Result<#name, #krate::ParseStatusError> {
                #name::from_bytes(s.as_bytes())
            }
        }

        #[doc = #try_from]
        impl ::core::convert::TryFrom<u16> for #name {
            type Error = #krate::UnknownStatus;

            #[inline]
            fn try_from(code: u16) -> ::core::result::Result<#name, #krate::UnknownStatus> {
                #name::from_u16(code)
            }
        }

        impl ::core::convert::From<#name> for u16 {
            #[inline]
            fn from(status: #name) -> u16 {
                status as u16
            }
        }

        #[doc = #eq_u16]
        impl ::core::cmp::PartialEq<u16> for #name {
            #[inline]
            fn eq(&self, code: &u16) -> bool {
                *self as u16 == *code
            }
        }

        impl ::core::cmp::PartialEq<#name> for u16 {
            #[inline]
            fn eq(&self, status: &#name) -> bool {
                *self == *status as u16
            }
        }

        #default
        #iana

        #krate::__impl_serde!(#name);
        #krate::__impl_http!(#name);
        #krate::__impl_respond!(#name);
    }
}
