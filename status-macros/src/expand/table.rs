//! The data behind the runtime API: the `Table` every method reads,
//! passed in the one call of status-core's `__impl_status_api!`, followed
//! by the one call of `__impl_status_external!`.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::{FALLBACK_VARIANT, Kind, Registry, Target, ident, variant_of};
use crate::data::model::{Codes, Entry};

/// The one call of status-core's `__impl_status_api!`, with the data it
/// cannot know: whether the docs carry examples, the variant of 200 for
/// `Default`, whether the data extends the IANA set, and the table; then
/// the one call of `__impl_status_external!`.
pub fn api(codes: &Codes, with_variant: &[&Entry], target: &Target) -> TokenStream {
    let Target { krate, name, .. } = target;
    let (examples, iana) = match &target.kind {
        Kind::Status { .. } => ("examples", "standalone"),
        Kind::Registry(Registry {
            extends_iana: true, ..
        }) => ("no_examples", "extends_iana"),
        Kind::Registry(_) => ("no_examples", "standalone"),
    };
    let (examples, iana) = (ident(examples), ident(iana));
    let default = with_variant
        .iter()
        .find(|e| e.code.value == 200)
        .map(|ok| variant_of(ok));
    let table = table(codes, with_variant, target);
    quote! {
        #krate::__impl_status_api! {
            #name,
            #examples,
            default: [#default],
            iana: #iana,
            table: #table,
        }
        #krate::__impl_status_external!(#name);
    }
}

/// The `Table` the runtime API reads, as the enum's `HttpStatus` impl
/// holds it: an expression. Lookups by code are indexed by `code - first`.
fn table(codes: &Codes, with_variant: &[&Entry], target: &Target) -> TokenStream {
    let Target { krate, name, .. } = target;
    let first = with_variant.first().map_or(0, |e| e.code.value);
    let last = with_variant.last().map_or(0, |e| e.code.value);
    let span = if with_variant.is_empty() {
        0
    } else {
        usize::from(last - first) + 1
    };

    let mut lookup = vec![quote!(::core::option::Option::None); span];
    let mut index = vec![quote!(::core::primitive::u16::MAX); span];
    let mut phrases = vec![""; span];
    for (i, entry) in with_variant.iter().enumerate() {
        let offset = usize::from(entry.code.value - first);
        let variant = variant_of(entry);
        lookup[offset] = quote!(::core::option::Option::Some(#name::#variant));
        phrases[offset] = entry.phrase.value.as_str();
        // At most 500 entries, so the position always fits.
        let i = Literal::u16_unsuffixed(u16::try_from(i).unwrap_or(u16::MAX));
        index[offset] = quote!(#i);
    }
    let entries = with_variant.iter().map(|e| entry(e, krate));
    let first = Literal::u16_unsuffixed(first);
    // Any value of the enum: the first status, or the placeholder of
    // invalid data, which has none.
    let other = with_variant
        .first()
        .map_or_else(|| ident(FALLBACK_VARIANT), |e| variant_of(e));
    let reserved = codes.entries.iter().filter(|e| !e.has_variant()).map(|e| {
        let code = Literal::u16_unsuffixed(e.code.value);
        let why = &e.description;
        quote!((#code, #why))
    });
    let all = with_variant.iter().map(|e| variant_of(e));
    quote! {
        #krate::__private::Table::new(
            #name::#other,
            #first,
            &[#(#lookup),*],
            &[#(#index),*],
            &[#(#phrases),*],
            &[#(#entries),*],
            &[#(#name::#all),*],
            &[#(#reserved),*],
        )
    }
}

/// One `Entry` of the table: every string the runtime API returns,
/// precomputed.
fn entry(entry: &Entry, krate: &TokenStream) -> TokenStream {
    let code = entry.code.value.to_string();
    let phrase = &entry.phrase.value;
    let description = &entry.description;
    let status_line = entry.status_line();
    let reference = optional(entry.reference.as_deref());
    let url = entry
        .reference
        .as_deref()
        .and_then(|r| crate::data::reference::links(r).ok())
        .and_then(|links| links.into_iter().next())
        .map(|link| link.url);
    let url = optional(url.as_deref());
    let aliases = entry.aliases.iter().map(|a| &a.phrase.value);
    // The required fields first, so that they are a prefix of `headers`.
    let required = entry.headers.iter().filter(|h| h.required);
    let recommended = entry.headers.iter().filter(|h| !h.required);
    let headers = required.chain(recommended).map(|h| &h.name);
    let required = entry.headers.iter().filter(|h| h.required).count();
    let cacheable = entry.cacheable;
    let content = entry.content;
    let redirect = match entry.redirect {
        Some(r) => {
            let v = format_ident!("{}", r.variant_name());
            quote!(::core::option::Option::Some(#krate::Redirect::#v))
        }
        None => quote!(::core::option::Option::None),
    };
    let registration = format_ident!("{}", entry.registration.variant_name());
    let deprecated = optional(entry.deprecated.as_deref());
    let name = entry.name.as_ref().map_or("", |n| n.value.as_str());
    let constants = entry
        .constant
        .iter()
        .map(|c| c.value.as_str())
        .chain(entry.aliases.iter().filter_map(|a| a.constant.as_deref()));
    let vendor = match &entry.vendor {
        Some(v) => {
            let (vendor, source, reaches) = (&v.name, &v.source, v.reaches_clients);
            let sent_as = match v.sent_as {
                Some(code) => {
                    let code = Literal::u16_unsuffixed(code);
                    quote!(::core::option::Option::Some(#code))
                }
                None => quote!(::core::option::Option::None),
            };
            let set = match entry.pos.set {
                Some(set) => quote!(::core::option::Option::Some(#set)),
                None => quote!(::core::option::Option::None),
            };
            quote!(::core::option::Option::Some(#krate::Vendor::__new(
                #vendor, #source, #reaches, #sent_as, #set
            )))
        }
        None => quote!(::core::option::Option::None),
    };
    quote! {
        #krate::__private::Entry {
            name: #name,
            constants: &[#(#constants),*],
            code: #code,
            phrase: #phrase,
            description: #description,
            status_line: #status_line,
            reference: #reference,
            url: #url,
            aliases: &[#(#aliases),*],
            headers: &[#(#headers),*],
            required: #required,
            cacheable: #cacheable,
            content: #content,
            redirect: #redirect,
            registration: #krate::Registration::#registration,
            deprecated: #deprecated,
            vendor: #vendor,
        }
    }
}

fn optional(text: Option<&str>) -> TokenStream {
    match text {
        Some(text) => quote!(::core::option::Option::Some(#text)),
        None => quote!(::core::option::Option::None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expand::tests::{TWO, codes, target};

    #[test]
    fn the_table_is_indexed_by_offset_from_the_first_code() {
        let codes = codes(TWO);
        let with_variant: Vec<&Entry> = codes.with_variant().collect();
        let actual = table(&codes, &with_variant, &target(true));
        // Written out in full: built by `entry`, or by a template of it,
        // the expectation would agree with any mistake `entry` makes.
        let ok = quote! {
            crate::__private::Entry {
                name: "Ok",
                constants: &["OK"],
                code: "200",
                phrase: "OK",
                description: "d",
                status_line: "HTTP/1.1 200 OK",
                reference: ::core::option::Option::None,
                url: ::core::option::Option::None,
                aliases: &[],
                headers: &[],
                required: 0usize,
                cacheable: false,
                content: true,
                redirect: ::core::option::Option::None,
                registration: crate::Registration::Assigned,
                deprecated: ::core::option::Option::None,
                vendor: ::core::option::Option::None,
            }
        };
        let accepted = quote! {
            crate::__private::Entry {
                name: "Accepted",
                constants: &["ACCEPTED"],
                code: "202",
                phrase: "Accepted",
                description: "e",
                status_line: "HTTP/1.1 202 Accepted",
                reference: ::core::option::Option::None,
                url: ::core::option::Option::None,
                aliases: &[],
                headers: &[],
                required: 0usize,
                cacheable: false,
                content: true,
                redirect: ::core::option::Option::None,
                registration: crate::Registration::Assigned,
                deprecated: ::core::option::Option::None,
                vendor: ::core::option::Option::None,
            }
        };
        let expected = quote! {
            crate::__private::Table::new(
                Status::Ok,
                200,
                &[
                    ::core::option::Option::Some(Status::Ok),
                    ::core::option::Option::None,
                    ::core::option::Option::Some(Status::Accepted)
                ],
                &[0, ::core::primitive::u16::MAX, 1],
                &["OK", "", "Accepted"],
                &[#ok, #accepted],
                &[Status::Ok, Status::Accepted],
                &[],
            )
        };
        assert_eq!(actual.to_string(), expected.to_string());
    }

    #[test]
    fn the_api_is_one_call_with_the_data_and_one_fan_out() {
        let codes = codes(TWO);
        let with_variant: Vec<&Entry> = codes.with_variant().collect();
        for (builtin, examples) in [(true, "examples"), (false, "no_examples")] {
            let target = target(builtin);
            let table = table(&codes, &with_variant, &target);
            let examples = ident(examples);
            let expected = quote! {
                crate::__impl_status_api! {
                    Status,
                    #examples,
                    default: [Ok],
                    iana: standalone,
                    table: #table,
                }
                crate::__impl_status_external!(Status);
            };
            let actual = api(&codes, &with_variant, &target);
            assert_eq!(actual.to_string(), expected.to_string());
        }
        let mut target = target(false);
        if let Kind::Registry(registry) = &mut target.kind {
            registry.extends_iana = true;
        }
        let out = api(&codes, &with_variant, &target).to_string();
        assert!(out.contains("iana : extends_iana"), "{out}");
        let without_ok = codes.with_variant().skip(1).collect::<Vec<_>>();
        let out = api(&codes, &without_ok, &target).to_string();
        assert!(out.contains("default : [] ,"), "{out}");
    }

    #[test]
    fn an_entry_holds_every_precomputed_string() {
        let codes = codes(
            "[[status]]\ncode = 413\nphrase = \"Content Too Large\"\ndescription = \"d\"\n\
             reference = \"RFC 9110, Section 15.5.14\"\naliases = [\"Payload Too Large\"]\n",
        );
        let actual = entry(&codes.entries[0], &quote!(krate));
        let expected = quote! {
            krate::__private::Entry {
                name: "ContentTooLarge",
                constants: &["CONTENT_TOO_LARGE", "PAYLOAD_TOO_LARGE"],
                code: "413",
                phrase: "Content Too Large",
                description: "d",
                status_line: "HTTP/1.1 413 Content Too Large",
                reference: ::core::option::Option::Some("RFC 9110, Section 15.5.14"),
                url: ::core::option::Option::Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14"),
                aliases: &["Payload Too Large"],
                headers: &[],
                required: 0usize,
                cacheable: false,
                content: true,
                redirect: ::core::option::Option::None,
                registration: krate::Registration::Assigned,
                deprecated: ::core::option::Option::None,
                vendor: ::core::option::Option::None,
            }
        };
        assert_eq!(actual.to_string(), expected.to_string());
    }

    #[test]
    fn required_headers_come_first_and_are_counted() {
        let codes = codes(
            "[[status]]\ncode = 503\nphrase = \"Service Unavailable\"\ndescription = \"d\"\n\
             headers = [{ name = \"Retry-After\", required = false }, \"Upgrade\"]\n",
        );
        let out = entry(&codes.entries[0], &quote!(krate)).to_string();
        let expected = quote!(headers: &["Upgrade", "Retry-After"], required: 1usize,).to_string();
        assert!(out.contains(&expected), "{out}");
    }

    #[test]
    fn reserved_codes_get_no_variant_but_their_reason() {
        let codes = codes(
            "[[status]]\ncode = 305\nphrase = \"Use Proxy\"\ndescription = \"d\"\n\n\
             [[status]]\ncode = 306\nphrase = \"(Unused)\"\ndescription = \"why\"\nreserved = true\n",
        );
        let with_variant: Vec<&Entry> = codes.with_variant().collect();
        let table = table(&codes, &with_variant, &target(false)).to_string();
        assert!(
            table.contains(&quote!(&[Status::UseProxy], &[(306, "why")],).to_string()),
            "{table}"
        );
    }
}
