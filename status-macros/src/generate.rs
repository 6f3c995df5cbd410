//! The code `registry!` emits: what only the data can say. That is a
//! status enum with its variants' docs, its constants, the table behind its
//! runtime API and its checked macro (a user's `app_status!`, or
//! status-core's own `status!`), plus one call of status-core's
//! `__impl_status_api!`, which writes the runtime API and the standard
//! trait impls, and one of `__impl_status_external!`, which adds the impls
//! of status-core's features.
//!
//! status-core's own `Status` comes out of this same function, so a user's
//! enum and `Status` cannot drift apart.

use proc_macro2::{Ident, Literal, Punct, Spacing, Span, TokenStream};
use quote::{format_ident, quote};

use crate::docs;
use crate::model::{Codes, Entry};

/// What the generated items are called and where they live.
pub struct Target {
    /// The path to status-core: `$crate` as its `registry!` passes it, or
    /// `crate` inside status-core.
    pub krate: TokenStream,
    /// The enum, such as `AppStatus`.
    pub name: Ident,
    /// The enum's visibility, such as `pub` or `pub(crate)`.
    pub vis: TokenStream,
    /// The checked macro, such as `app_status`, or `status` for
    /// status-core's own. `None` generates no macro.
    pub macro_name: Option<Ident>,
    /// Attributes for status-core's `status!`, its documentation among
    /// them. Empty for a registry, whose macro's docs are generated.
    pub macro_attrs: TokenStream,
    /// The module path from the crate root to the `registry!` call, such as
    /// `codes::` or nothing at the root. The checked macro names the enum
    /// through `$crate::` and this.
    pub module: TokenStream,
    /// status-core's own `Status`: its docs carry compiled examples. A
    /// user's enum gets none, so that its crate's doctests stay its own.
    pub builtin: bool,
    /// Whether the data extends the IANA set, so `Status` converts.
    pub extends_iana: bool,
    /// The absolute path of the user's file, which the expansion includes
    /// so that editing it rebuilds the crate.
    pub file: Option<String>,
    /// The data was invalid and its errors are reported: the enum gets one
    /// hidden variant that every call of the checked macro expands to, so
    /// the user sees those errors and no follow-on ones.
    pub fallback: bool,
}

/// The variant of an enum generated from invalid data.
pub const FALLBACK_VARIANT: &str = "__InvalidData";

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The variant of an entry that has one. Validation guarantees a name for
/// every such entry; the placeholder only appears next to a reported error.
fn variant_of(entry: &Entry) -> Ident {
    ident(
        entry
            .name
            .as_ref()
            .map_or("__Unnamed", |n| n.value.as_str()),
    )
}

fn optional(text: Option<&str>) -> TokenStream {
    match text {
        Some(text) => quote!(::core::option::Option::Some(#text)),
        None => quote!(::core::option::Option::None),
    }
}

/// Everything `registry!` emits for valid data.
pub fn generate(codes: &Codes, target: &Target) -> TokenStream {
    let with_variant: Vec<&Entry> = codes.with_variant().collect();
    let enum_def = enum_def(&with_variant, target);
    let constants = constants(&with_variant, target);
    let api = api(codes, &with_variant, target);
    let checked_macro = checked_macro(&with_variant, target);
    let tracked = target.file.as_ref().map(|file| {
        quote! {
            // Makes cargo rebuild this crate whenever the file changes.
            const _: &::core::primitive::str = ::core::include_str!(#file);
        }
    });
    quote! {
        #enum_def
        #constants
        #api
        #checked_macro
        #tracked
    }
}

fn enum_def(with_variant: &[&Entry], target: &Target) -> TokenStream {
    let Target { name, vis, .. } = target;
    let variants = with_variant.iter().map(|entry| {
        let doc = docs::variant_doc(entry);
        let variant = variant_of(entry);
        let code = Literal::u16_unsuffixed(entry.code.value);
        let deprecated = deprecated(entry);
        quote! {
            #[doc = #doc]
            #deprecated
            #variant = #code,
        }
    });
    let fallback = target.fallback.then(|| {
        let variant = ident(FALLBACK_VARIANT);
        quote!(#[doc(hidden)] #variant,)
    });
    let doc = docs::enum_summary(&name.to_string(), with_variant.len(), target.builtin);
    // A `repr` on an enum without variants is an error; that only happens
    // in the fallback after a data error, which has already been reported.
    let repr = (!with_variant.is_empty()).then(|| quote!(#[repr(u16)]));
    quote! {
        #[doc = #doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #repr
        #[non_exhaustive]
        #vis enum #name {
            #(#variants)*
            #fallback
        }
    }
}

/// `#[deprecated]` for an entry whose data says why it should not be used,
/// so that every path to it warns: the variant, its constants and the
/// checked macro.
fn deprecated(entry: &Entry) -> Option<TokenStream> {
    entry
        .deprecated
        .as_deref()
        .map(|why| quote!(#[deprecated(note = #why)]))
}

fn constants(with_variant: &[&Entry], target: &Target) -> TokenStream {
    let name = &target.name;
    let ty = name.to_string();
    let mut items = Vec::new();
    for entry in with_variant {
        let variant = variant_of(entry);
        let deprecated = deprecated(entry);
        if let Some(constant) = &entry.constant {
            let doc = docs::constant_doc(entry, &ty);
            let constant = ident(&constant.value);
            items.push(quote! {
                #[doc = #doc]
                #deprecated
                pub const #constant: #name = #name::#variant;
            });
        }
        for alias in &entry.aliases {
            if let Some(constant) = &alias.constant {
                let doc = docs::alias_doc(entry, &alias.phrase.value, &ty);
                let constant = ident(constant);
                items.push(quote! {
                    #[doc = #doc]
                    #deprecated
                    pub const #constant: #name = #name::#variant;
                });
            }
        }
    }
    quote! {
        #[allow(deprecated)]
        impl #name {
            #(#items)*
        }
    }
}

/// The one call of status-core's `__impl_status_api!`, with the data it
/// cannot know: whether the docs carry examples, the variant of 200 for
/// `Default`, whether the data extends the IANA set, and the table; then
/// the one call of `__impl_status_external!`.
fn api(codes: &Codes, with_variant: &[&Entry], target: &Target) -> TokenStream {
    let Target { krate, name, .. } = target;
    let examples = ident(if target.builtin {
        "examples"
    } else {
        "no_examples"
    });
    let default = with_variant
        .iter()
        .find(|e| e.code.value == 200)
        .map(|ok| variant_of(ok));
    let iana = ident(if target.extends_iana && !target.builtin {
        "extends_iana"
    } else {
        "standalone"
    });
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

fn entry(entry: &Entry, krate: &TokenStream) -> TokenStream {
    let code = entry.code.value.to_string();
    let phrase = &entry.phrase.value;
    let description = &entry.description;
    let status_line = entry.status_line();
    let reference = optional(entry.reference.as_deref());
    let url = entry
        .reference
        .as_deref()
        .and_then(|r| crate::reference::links(r).ok())
        .and_then(|links| links.into_iter().next())
        .map(|link| link.url);
    let url = optional(url.as_deref());
    let aliases = entry.aliases.iter().map(|a| &a.phrase.value);
    let headers = entry.headers.iter().map(|h| &h.name);
    let cacheable = entry.cacheable;
    let content = entry.content;
    let redirect = match entry.redirect {
        Some(r) => {
            let v = format_ident!("{}", r.core_variant());
            quote!(::core::option::Option::Some(#krate::Redirect::#v))
        }
        None => quote!(::core::option::Option::None),
    };
    let registration = format_ident!("{}", entry.registry.core_variant());
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
            cacheable: #cacheable,
            content: #content,
            redirect: #redirect,
            registration: #krate::Registration::#registration,
            deprecated: #deprecated,
            vendor: #vendor,
        }
    }
}

/// The checked macro of a user's registry, such as `app_status!`.
///
/// Each code is one arm, so a valid call is plain `macro_rules!` matching
/// with no proc macro in the loop. The last arm hands anything else to
/// `registry_error!`, which reads the same data and says what is wrong.
/// The arms name the enum through `$crate::`, so the macro works from any
/// module once imported with `use crate::app_status;`.
fn checked_macro(with_variant: &[&Entry], target: &Target) -> Option<TokenStream> {
    let macro_name = target.macro_name.as_ref()?;
    if target.builtin {
        return Some(status_macro(with_variant, target, macro_name));
    }
    let Target {
        krate,
        name,
        module,
        file,
        ..
    } = target;
    let dollar_crate = dollar_crate(name);
    let arms = code_arms(with_variant, &quote!(#dollar_crate::#module #name));
    let file = file.as_deref().unwrap_or_default();
    let doc = docs::macro_doc(&name.to_string(), &macro_name.to_string());
    let import = import(macro_name, krate);
    if target.fallback {
        let variant = ident(FALLBACK_VARIANT);
        return Some(quote! {
            #[doc = #doc]
            macro_rules! #macro_name {
                ($($code:tt)*) => { #dollar_crate::#module #name::#variant };
            }
            #import
        });
    }
    let empty = empty_call(macro_name);
    Some(quote! {
        #[doc = #doc]
        macro_rules! #macro_name {
            () => { ::core::compile_error!(#empty) };
            #(#arms)*
            ($($code:tt)*) => {
                #krate::__private::registry_error! {
                    path = #dollar_crate::#module #name, file = #file, macro = #macro_name; $($code)*
                }
            };
        }
        #import
    })
}

/// `pub(crate) use app_status;`, which lets every module of the crate
/// import the macro by path, as `use crate::app_status;`.
///
/// The name in the `use` carries the hygiene of `krate`, the `$crate` that
/// status-core's `registry!` passed, so the path is read by the rules of
/// status-core's edition. With the user's own span, an edition-2015 crate
/// would read `use app_status;` as a path from the crate root and fail
/// with E0432; the name still finds the user's `macro_rules!`, since a
/// `macro_rules!` context resolves items where the macro was called.
fn import(macro_name: &Ident, krate: &TokenStream) -> TokenStream {
    let span = krate
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |token| token.span());
    let name = Ident::new(&macro_name.to_string(), span.located_at(macro_name.span()));
    quote! {
        #[allow(unused_imports)]
        pub(crate) use #name;
    }
}

/// status-core's `status!`: one arm per code, like a registry's macro, so
/// a valid call is matched without running a procedural macro, which
/// halves what a call costs the build. Anything else goes to
/// `resolve_status!`, which explains the mistake at the user's tokens.
///
/// It is exported from status-core, where `$crate` names status-core. An
/// exported macro that a macro generated cannot be named by path inside
/// its own crate, so status-core itself never calls it.
fn status_macro(with_variant: &[&Entry], target: &Target, macro_name: &Ident) -> TokenStream {
    let Target {
        name, macro_attrs, ..
    } = target;
    let dollar_crate = dollar_crate(name);
    // With invalid data every call goes to `resolve_status!`, which
    // expands to the fallback variant.
    let with_variant = if target.fallback { &[] } else { with_variant };
    let arms = code_arms(with_variant, &quote!(#dollar_crate::#name));
    let empty = empty_call(macro_name);
    quote! {
        #macro_attrs
        #[macro_export]
        macro_rules! #macro_name {
            () => { ::core::compile_error!(#empty) };
            #(#arms)*
            ($($code:tt)*) => {
                #dollar_crate::__private::resolve_status!(#dollar_crate, $($code)*)
            };
        }
    }
}

/// `$crate`, with the span of the enum's name. In a registry that span
/// comes from the user's tokens: with the macro's own span, `$crate` would
/// name status-core, whose `registry!` the call went through. In
/// status-core it is status-core's own.
fn dollar_crate(name: &Ident) -> TokenStream {
    let mut dollar = Punct::new('$', Spacing::Alone);
    dollar.set_span(name.span());
    let krate = Ident::new("crate", name.span());
    quote!(#dollar #krate)
}

/// One `macro_rules!` arm per code, each expanding to `enum_path::Variant`.
fn code_arms(with_variant: &[&Entry], enum_path: &TokenStream) -> Vec<TokenStream> {
    with_variant
        .iter()
        .map(|entry| {
            let code = Literal::u16_unsuffixed(entry.code.value);
            let variant = variant_of(entry);
            quote! {
                (#code) => { #enum_path::#variant };
            }
        })
        .collect()
}

/// The error for a checked macro called with nothing, answered by the
/// macro itself so that it names no private macro of status-core.
fn empty_call(macro_name: &Ident) -> String {
    format!(
        "`{macro_name}!` needs a status code; write one status code as three decimal \
         digits, for example `{macro_name}!(404)`"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::unvalidated as load;

    fn target(builtin: bool) -> Target {
        Target {
            krate: quote!(crate),
            name: ident("Status"),
            vis: quote!(pub),
            macro_name: Some(ident(if builtin { "status" } else { "app_status" })),
            macro_attrs: TokenStream::new(),
            module: TokenStream::new(),
            builtin,
            extends_iana: false,
            file: (!builtin).then(|| "/srv/app/codes.toml".to_owned()),
            fallback: false,
        }
    }

    fn codes(text: &str) -> Codes {
        load(text).unwrap_or_else(|errors| panic!("{errors:?}"))
    }

    const TWO: &str = "[[status]]\ncode = 200\nphrase = \"OK\"\ndescription = \"d\"\n\n\
                       [[status]]\ncode = 202\nphrase = \"Accepted\"\ndescription = \"e\"\n";

    #[test]
    fn the_table_is_indexed_by_offset_from_the_first_code() {
        let codes = codes(TWO);
        let with_variant: Vec<&Entry> = codes.with_variant().collect();
        let actual = table(&codes, &with_variant, &target(true));
        let none = quote!(::core::option::Option::None);
        let entry = |name: &str, constant: &str, code: &str, phrase: &str, description: &str| {
            let status_line = format!("HTTP/1.1 {code} {phrase}");
            quote! {
                crate::__private::Entry {
                    name: #name,
                    constants: &[#constant],
                    code: #code,
                    phrase: #phrase,
                    description: #description,
                    status_line: #status_line,
                    reference: #none,
                    url: #none,
                    aliases: &[],
                    headers: &[],
                    cacheable: false,
                    content: true,
                    redirect: #none,
                    registration: crate::Registration::Assigned,
                    deprecated: #none,
                    vendor: #none,
                }
            }
        };
        let ok = entry("Ok", "OK", "200", "OK", "d");
        let accepted = entry("Accepted", "ACCEPTED", "202", "Accepted", "e");
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
        target.extends_iana = true;
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
    fn aliases_become_constants_of_the_same_variant_and_deprecation_reaches_all() {
        let codes = codes(
            "[[status]]\ncode = 305\nphrase = \"Use Proxy\"\ndescription = \"d\"\n\
             registry = \"deprecated\"\ndeprecated = \"unsafe\"\naliases = [\"Old Proxy\"]\n",
        );
        let with_variant: Vec<&Entry> = codes.with_variant().collect();
        let target = target(false);
        let out = constants(&with_variant, &target).to_string();
        let expected_constant = quote! {
            #[deprecated(note = "unsafe")]
            pub const USE_PROXY: Status = Status::UseProxy;
        };
        let expected_alias = quote! {
            #[deprecated(note = "unsafe")]
            pub const OLD_PROXY: Status = Status::UseProxy;
        };
        assert!(out.contains(&expected_constant.to_string()), "{out}");
        assert!(out.contains(&expected_alias.to_string()), "{out}");
        let enum_out = enum_def(&with_variant, &target).to_string();
        let expected_variant = quote! {
            #[deprecated(note = "unsafe")]
            UseProxy = 305,
        };
        assert!(
            enum_out.contains(&expected_variant.to_string()),
            "{enum_out}"
        );
    }

    #[test]
    fn reserved_codes_get_no_variant_and_no_arm() {
        let codes = codes(
            "[[status]]\ncode = 305\nphrase = \"Use Proxy\"\ndescription = \"d\"\n\n\
             [[status]]\ncode = 306\nphrase = \"(Unused)\"\ndescription = \"why\"\nreserved = true\n",
        );
        let with_variant: Vec<&Entry> = codes.with_variant().collect();
        let target = target(false);
        let table = table(&codes, &with_variant, &target).to_string();
        assert!(
            table.contains(&quote!(&[Status::UseProxy], &[(306, "why")],).to_string()),
            "{table}"
        );
        let actual = checked_macro(&with_variant, &target)
            .map(|t| t.to_string())
            .unwrap_or_default();
        let doc = docs::macro_doc("Status", "app_status");
        let empty = "`app_status!` needs a status code; write one status code as three decimal \
                     digits, for example `app_status!(404)`";
        let expected = quote! {
            #[doc = #doc]
            macro_rules! app_status {
                () => {
                    ::core::compile_error!(#empty)
                };
                (305) => { $crate::Status::UseProxy };
                ($($code:tt)*) => {
                    crate::__private::registry_error! {
                        path = $crate::Status, file = "/srv/app/codes.toml", macro = app_status; $($code)*
                    }
                };
            }
            #[allow(unused_imports)]
            pub(crate) use app_status;
        };
        assert_eq!(actual, expected.to_string());
    }

    #[test]
    fn status_core_exports_status_and_tracks_no_file() {
        let codes = codes(TWO);
        let mut target = target(true);
        target.macro_attrs = quote!(#[doc = "Checked."]);
        let with_variant: Vec<&Entry> = codes.with_variant().collect();
        let actual = checked_macro(&with_variant, &target).unwrap().to_string();
        let expected = quote! {
            #[doc = "Checked."]
            #[macro_export]
            macro_rules! status {
                () => { ::core::compile_error!("`status!` needs a status code; write one status code as three decimal digits, for example `status!(404)`") };
                (200) => { $crate::Status::Ok };
                (202) => { $crate::Status::Accepted };
                ($($code:tt)*) => {
                    $crate::__private::resolve_status!($crate, $($code)*)
                };
            }
        };
        assert_eq!(actual, expected.to_string());
        let out = generate(&codes, &target).to_string();
        assert!(!out.contains("include_str"), "{out}");
    }

    #[test]
    fn a_user_registry_tracks_its_file() {
        let codes = codes(TWO);
        let out = generate(&codes, &target(false)).to_string();
        let tracked = quote!(
            const _: &::core::primitive::str = ::core::include_str!("/srv/app/codes.toml");
        );
        assert!(out.contains(&tracked.to_string()), "{out}");
    }

    #[test]
    fn no_data_still_yields_items_the_runtime_api_can_name() {
        let out = generate(&Codes::default(), &target(true)).to_string();
        let empty = quote! {
            #[non_exhaustive]
            pub enum Status {}
        };
        assert!(out.contains(&empty.to_string()), "{out}");
        assert!(!out.contains("repr"), "{out}");
    }

    #[test]
    fn invalid_data_yields_a_macro_that_adds_no_errors_of_its_own() {
        let mut target = target(false);
        target.fallback = true;
        let out = generate(&Codes::default(), &target).to_string();
        let hidden = quote! {
            #[non_exhaustive]
            pub enum Status {
                #[doc(hidden)]
                __InvalidData,
            }
        };
        assert!(out.contains(&hidden.to_string()), "{out}");
        let arm = quote!(($($code:tt)*) => { $crate::Status::__InvalidData };);
        assert!(out.contains(&arm.to_string()), "{out}");
        assert!(!out.contains("registry_error"), "{out}");
    }
}
