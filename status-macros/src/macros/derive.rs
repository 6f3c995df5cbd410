//! `#[derive(HttpError)]`: an error type's status, checked at compile time,
//! and its framework responses.
//!
//! The model is read from the attributes first (`Input`), every mistake
//! collected into one error; then `expand` writes the impls. Each
//! `#[status(N)]` becomes a call of the crate's own checked macro with the
//! user's tokens, so a wrong code gets exactly the errors and suggestions
//! of `status!`, pointing at the attribute.
//!
//! The problem's members (`type`, `title`, the `instance` and extension
//! fields) are data here: `type` and `title` are checked, each variant's
//! pattern binds the fields they read by reference, and status-core's
//! `__impl_problem_error!` writes the code that sets them, with the
//! `problem` feature only. Options say where they go ([`Place`]), so a
//! misplaced one is told where it belongs.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Fields, Ident, LitBool, LitStr, Path, Token, Variant};

use crate::collect::collect;
use crate::macros::or_fallback;

/// Where an `#[http_error(...)]` sits, which decides what it may say.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// On the enum or the struct.
    Type,
    /// On a variant of an enum.
    Variant,
    /// On a field of a variant or of a struct.
    Field,
}

impl Place {
    /// The options this place takes, as a user writes them.
    const fn keys(self) -> &'static str {
        match self {
            Place::Type => {
                "`crate = path`, `status_type = path`, `macro = path`, `detail`, \
                 `type = \"uri\"` and `title = \"text\"`"
            }
            Place::Variant => "`detail`, `type = \"uri\"` and `title = \"text\"`",
            Place::Field => "`extension` (on a named field) and `instance`",
        }
    }

    /// The place as a sentence names it.
    const fn name(self) -> &'static str {
        match self {
            Place::Type => "the type",
            Place::Variant => "a variant",
            Place::Field => "a field",
        }
    }

    /// Where an option that does not belong at this place goes, if it is
    /// an option at all.
    fn home_of(key: &str) -> Option<&'static str> {
        match key {
            "crate" | "status_type" | "macro" => Some("on the type"),
            "detail" | "type" | "title" => Some("on a variant or on the type"),
            "extension" | "instance" => Some("on a field"),
            _ => None,
        }
    }

    /// Whether `key` is an option of this place.
    fn takes(self, key: &str) -> bool {
        match self {
            Place::Type => matches!(
                key,
                "crate" | "status_type" | "macro" | "detail" | "type" | "title"
            ),
            Place::Variant => matches!(key, "detail" | "type" | "title"),
            Place::Field => matches!(key, "extension" | "instance"),
        }
    }
}

/// The error for an option that `place` does not take: where it goes, or
/// for an unknown one, every option by place.
fn misplaced(key: &str, place: Place) -> String {
    match Place::home_of(key) {
        Some(home) => format!(
            "`{key}` goes {home}, not on {}; on {}, `http_error` takes {}",
            place.name(),
            place.name(),
            place.keys()
        ),
        None => format!(
            "unknown `http_error` option `{key}`; on the type, `http_error` takes {}; \
             on a variant, {}; on a field, {}",
            Place::Type.keys(),
            Place::Variant.keys(),
            Place::Field.keys()
        ),
    }
}

/// Everything the derive needs, read from the input.
struct Input<'a> {
    name: &'a Ident,
    generics: &'a syn::Generics,
    /// The path of status-core, `::status_core` unless renamed.
    krate: Path,
    /// The status type `status()` returns, `<krate>::Status` by default.
    status_type: Option<Path>,
    /// The checked macro that names a status, `<krate>::status` by default.
    macro_path: Option<Path>,
    /// One arm per variant, or one for a struct.
    arms: Vec<Arm>,
    is_enum: bool,
}

/// One variant (or the struct): its status tokens, detail choice and the
/// members its problem carries.
struct Arm {
    variant: Option<Ident>,
    /// The variant's name, or the struct's.
    name: String,
    /// The tokens inside `#[status(...)]`, spans intact.
    status: TokenStream,
    detail: Option<bool>,
    /// What documentation says of it: the first paragraph of its docs, or
    /// its name.
    doc: String,
    /// The `type` of its problem, its own or the type's.
    type_uri: Option<String>,
    /// The `title` of its problem, its own or the type's.
    title: Option<String>,
    /// The field whose `Display` is the problem's `instance`.
    instance: Option<Field>,
    /// The extension members: each name and the field it comes from.
    extensions: Vec<(String, Field)>,
}

/// A field the problem reads, as a pattern binds it.
#[derive(Clone)]
struct Field {
    /// Its name, or its index in a tuple, as the pattern spells it.
    member: TokenStream,
    /// The name the pattern binds it to, spanned at the field so that a
    /// missing `Serialize` or `Display` points there.
    binding: Ident,
}

/// Expands the derive, or reports every mistake in the attributes at once.
pub fn expand(input: TokenStream) -> TokenStream {
    let input = match syn::parse2::<DeriveInput>(input) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    // The type still gets a `status()` so that code calling it does not
    // add follow-on errors to the real ones.
    or_fallback(read(&input).map(|model| generate(&model)), || {
        fallback(&input)
    })
}

/// The errors of the attributes, all reported in one build.
type Errors = crate::collect::Errors<syn::Error>;

/// Options of the `#[http_error(...)]` attributes of one place.
#[derive(Default)]
struct Options {
    krate: Option<Path>,
    status_type: Option<Path>,
    macro_path: Option<Path>,
    detail: Option<bool>,
    type_uri: Option<String>,
    title: Option<String>,
    /// `extension` on a field, with its span.
    extension: Option<Span>,
    /// `instance` on a field, with its span.
    instance: Option<Span>,
}

fn read(input: &DeriveInput) -> Result<Input<'_>, Vec<syn::Error>> {
    collect(|errors| read_with(input, errors))
}

fn read_with<'a>(input: &'a DeriveInput, errors: &mut Errors) -> Input<'a> {
    let type_options = options(&input.attrs, Place::Type, errors);
    let type_status = status(&input.attrs, errors);
    let mut arms = Vec::new();
    let is_enum = match &input.data {
        Data::Enum(data) => {
            for variant in &data.variants {
                arms.push(variant_arm(
                    variant,
                    type_status.as_ref(),
                    &type_options,
                    errors,
                ));
            }
            true
        }
        Data::Struct(data) => {
            let (instance, extensions) = fields(&data.fields, errors);
            match &type_status {
                Some(status) => arms.push(Arm {
                    variant: None,
                    name: input.ident.to_string(),
                    status: status.clone(),
                    detail: type_options.detail,
                    doc: doc_or_name(&input.attrs, &input.ident),
                    type_uri: type_options.type_uri.clone(),
                    title: type_options.title.clone(),
                    instance,
                    extensions,
                }),
                None => errors.push(syn::Error::new(
                    input.ident.span(),
                    format!(
                        "`{}` needs a status: add `#[status(500)]`, with its code, above the struct",
                        input.ident
                    ),
                )),
            }
            false
        }
        Data::Union(data) => {
            errors.push(syn::Error::new(
                data.union_token.span(),
                "`HttpError` is derived for enums and structs, not unions",
            ));
            false
        }
    };
    Input {
        name: &input.ident,
        generics: &input.generics,
        krate: type_options
            .krate
            .unwrap_or_else(|| syn::parse_quote!(::status_core)),
        status_type: type_options.status_type,
        macro_path: type_options.macro_path,
        arms,
        is_enum,
    }
}

fn variant_arm(
    variant: &Variant,
    type_status: Option<&TokenStream>,
    type_options: &Options,
    errors: &mut Errors,
) -> Arm {
    let options = options(&variant.attrs, Place::Variant, errors);
    let status = match (status(&variant.attrs, errors), type_status) {
        (Some(own), _) => own,
        (None, Some(shared)) => shared.clone(),
        (None, None) => {
            errors.push(syn::Error::new(
                variant.ident.span(),
                format!(
                    "variant `{}` has no status: add `#[status(N)]` with its code to it, \
                     or one `#[status(N)]` on the enum for every variant without its own",
                    variant.ident
                ),
            ));
            TokenStream::new()
        }
    };
    let (instance, extensions) = fields(&variant.fields, errors);
    Arm {
        variant: Some(variant.ident.clone()),
        name: variant.ident.to_string(),
        status,
        detail: options.detail.or(type_options.detail),
        doc: doc_or_name(&variant.attrs, &variant.ident),
        type_uri: options.type_uri.or_else(|| type_options.type_uri.clone()),
        title: options.title.or_else(|| type_options.title.clone()),
        instance,
        extensions,
    }
}

/// The names of a problem's standard members, which an extension member
/// cannot take.
const STANDARD_MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// The `instance` field and the extension members among `fields`.
fn fields(fields: &Fields, errors: &mut Errors) -> (Option<Field>, Vec<(String, Field)>) {
    let mut instance = None;
    let mut extensions = Vec::new();
    for (index, field) in fields.iter().enumerate() {
        let options = options(&field.attrs, Place::Field, errors);
        let member = match &field.ident {
            Some(ident) => Field {
                member: ident.to_token_stream(),
                binding: format_ident!("__http_error_{}", ident.unraw(), span = ident.span()),
            },
            None => Field {
                member: proc_macro2::Literal::usize_unsuffixed(index).to_token_stream(),
                binding: format_ident!("__http_error_{}", index, span = field.span()),
            },
        };
        if let Some(span) = options.instance {
            match instance {
                None => instance = Some(member.clone()),
                Some(_) => errors.push(syn::Error::new(
                    span,
                    "a second `instance` field; a problem has one `instance`, so mark one field",
                )),
            }
        }
        if let Some(span) = options.extension {
            match &field.ident {
                Some(ident) => {
                    let name = ident.unraw().to_string();
                    if STANDARD_MEMBERS.contains(&name.as_str()) {
                        let hint = if name == "instance" {
                            "mark the field `#[http_error(instance)]` instead"
                        } else {
                            "rename the field"
                        };
                        errors.push(syn::Error::new(
                            ident.span(),
                            format!(
                                "an extension member cannot be named `{name}`, a standard \
                                 member of a problem; {hint}"
                            ),
                        ));
                    } else {
                        extensions.push((name, member));
                    }
                }
                None => errors.push(syn::Error::new(
                    span,
                    "`extension` needs a named field, whose name the member takes, and this \
                     field has none; name it (`Variant { balance: u32 }`), or add the member \
                     to the problem yourself: `Problem::from(&error).with_extension(\"balance\", value)`",
                )),
            }
        }
    }
    (instance, extensions)
}

/// The first paragraph of the `///` docs among `attrs`, its lines joined
/// by spaces, or `name` where there are none.
fn doc_or_name(attrs: &[Attribute], name: &Ident) -> String {
    let mut paragraph = String::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("doc")) {
        let syn::Meta::NameValue(meta) = &attr.meta else {
            continue;
        };
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) = &meta.value
        else {
            continue;
        };
        let line = text.value();
        let line = line.trim();
        if line.is_empty() {
            if paragraph.is_empty() {
                continue;
            }
            break;
        }
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(line);
    }
    if paragraph.is_empty() {
        name.to_string()
    } else {
        paragraph
    }
}

/// The tokens of the one `#[status(...)]` among `attrs`, if any.
fn status(attrs: &[Attribute], errors: &mut Errors) -> Option<TokenStream> {
    let mut found: Option<TokenStream> = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("status")) {
        match &attr.meta {
            syn::Meta::List(list) if found.is_none() => found = Some(list.tokens.clone()),
            syn::Meta::List(_) => errors.push(syn::Error::new_spanned(
                attr,
                "a second `#[status]`; keep one status per variant",
            )),
            _ => errors.push(syn::Error::new_spanned(
                attr,
                "write the status code in parentheses: `#[status(404)]`",
            )),
        }
    }
    found
}

/// Why `text` is no URI reference (RFC 3986, Section 4.1) fit for a
/// problem's `type`, if it is not one.
fn uri_reference_error(text: &str) -> Option<String> {
    if text.is_empty() {
        return Some(
            "`type` is empty; leave it out for `about:blank`, or give a URI such as \
             \"https://example.com/probs/out-of-credit\""
                .into(),
        );
    }
    let bytes = text.as_bytes();
    for (at, c) in text.char_indices() {
        let problem = if c == ' ' {
            "a space, which a URI cannot hold; write it as `%20`".to_owned()
        } else if c.is_control() {
            format!(
                "the control character U+{:04X}, which a URI cannot hold",
                u32::from(c)
            )
        } else if !c.is_ascii() {
            format!("`{c}`, which a URI cannot hold; percent-encode its UTF-8 bytes")
        } else if !(c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c)) {
            format!(
                "`{c}`, which a URI cannot hold; write it as `%{:02X}`",
                u32::from(c)
            )
        } else if c == '%'
            && !(bytes.get(at + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(at + 2).is_some_and(u8::is_ascii_hexdigit))
        {
            "a `%` that starts no escape; a `%` is followed by two hex digits, and is \
             itself written `%25`"
                .to_owned()
        } else {
            continue;
        };
        return Some(format!("`type` must be a URI reference; it has {problem}"));
    }
    // Before the first `/`, `?` or `#`, a colon ends a scheme.
    let head = text.split(['/', '?', '#']).next().unwrap_or_default();
    if let Some((scheme, _)) = head.split_once(':') {
        let valid = scheme
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
        if !valid {
            return Some(format!(
                "`type` must be a URI reference; `{scheme}:` is no scheme (a letter, then \
                 letters, digits, `+`, `-` or `.`), such as `https:`"
            ));
        }
    }
    None
}

/// Why `text` cannot be a problem's `title`, if it cannot.
fn title_error(text: &str) -> Option<String> {
    if text.is_empty() {
        return Some("`title` is empty; leave it out for the status's reason phrase".into());
    }
    text.chars().find(|c| c.is_control()).map(|c| {
        format!(
            "`title` has the control character U+{:04X}; a title is one line of plain text",
            u32::from(c)
        )
    })
}

/// A string option's literal, checked by `check`.
fn text_value(
    meta: &syn::meta::ParseNestedMeta<'_>,
    key: &str,
    example: &str,
    check: fn(&str) -> Option<String>,
) -> syn::Result<String> {
    let value = meta.value()?;
    let literal: LitStr = value.parse().map_err(|error| {
        syn::Error::new(
            error.span(),
            format!("`{key}` takes a string literal: `{key} = \"{example}\"`"),
        )
    })?;
    match check(&literal.value()) {
        Some(message) => Err(syn::Error::new_spanned(&literal, message)),
        None => Ok(literal.value()),
    }
}

/// The `#[http_error(...)]` options among `attrs`, which sit at `place`.
fn options(attrs: &[Attribute], place: Place, errors: &mut Errors) -> Options {
    let mut options = Options::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("http_error")) {
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.to_token_stream().to_string();
            if !place.takes(&key) {
                return Err(meta.error(misplaced(&key, place)));
            }
            let path_value = |meta: &syn::meta::ParseNestedMeta<'_>| -> syn::Result<Path> {
                meta.value()?.parse::<Path>()
            };
            let flag = |meta: &syn::meta::ParseNestedMeta<'_>| -> syn::Result<Span> {
                if meta.input.peek(Token![=]) {
                    return Err(meta.error(format!(
                        "`{key}` takes no value: write `#[http_error({key})]` on the field"
                    )));
                }
                Ok(meta.path.span())
            };
            match key.as_str() {
                "detail" => {
                    options.detail = Some(if meta.input.peek(Token![=]) {
                        meta.value()?.parse::<LitBool>()?.value
                    } else {
                        true
                    });
                }
                "crate" => options.krate = Some(path_value(&meta)?),
                "status_type" => options.status_type = Some(path_value(&meta)?),
                "macro" => options.macro_path = Some(path_value(&meta)?),
                "type" => {
                    options.type_uri = Some(text_value(
                        &meta,
                        "type",
                        "https://example.com/probs/out-of-credit",
                        uri_reference_error,
                    )?);
                }
                "title" => {
                    options.title = Some(text_value(
                        &meta,
                        "title",
                        "You do not have enough credit",
                        title_error,
                    )?);
                }
                "extension" => options.extension = Some(flag(&meta)?),
                "instance" => options.instance = Some(flag(&meta)?),
                _ => return Err(meta.error(misplaced(&key, place))),
            }
            Ok(())
        });
        if let Err(error) = result {
            errors.push(error);
        }
    }
    options
}

fn generate(input: &Input<'_>) -> TokenStream {
    let Input {
        name,
        generics,
        krate,
        ..
    } = input;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let status_type = status_type(input);
    let macro_path = match &input.macro_path {
        Some(path) => path.to_token_stream(),
        None => quote!(#krate::status),
    };
    let pattern = |arm: &Arm| match &arm.variant {
        Some(variant) => quote!(Self::#variant { .. }),
        None => quote!(Self { .. }),
    };
    let status_arms = input.arms.iter().map(|arm| {
        let pattern = pattern(arm);
        let status = &arm.status;
        // The user's tokens keep their spans, so the checked macro's errors
        // point at the attribute.
        quote!(#pattern => #macro_path!(#status),)
    });
    // Each variant's status and what documents it, for the integrations
    // that document responses; the others drop them unexpanded.
    let documented = input.arms.iter().map(|arm| {
        let status = &arm.status;
        let name = &arm.name;
        let doc = arm.title.as_ref().unwrap_or(&arm.doc);
        let type_uri = arm.type_uri.as_deref().unwrap_or("about:blank");
        let title = &arm.title;
        let extensions = arm.extensions.iter().map(|(name, _)| name);
        quote!({
            status: #macro_path!(#status),
            name: #name,
            doc: #doc,
            type: #type_uri,
            title: [#title],
            extensions: [#(#extensions),*],
        },)
    });
    // Each variant's members, for its problem with the `problem` feature.
    let members = input.arms.iter().map(|arm| {
        let path = match &arm.variant {
            Some(variant) => quote!(Self::#variant),
            None => quote!(Self),
        };
        // A field that is both the instance and a member is bound once.
        let mut bound: Vec<&Field> = arm.instance.iter().collect();
        for (_, field) in &arm.extensions {
            if !bound.iter().any(|seen| seen.binding == field.binding) {
                bound.push(field);
            }
        }
        let bindings = bound
            .iter()
            .map(|Field { member, binding }| quote!(#member: ref #binding,));
        let type_uri = &arm.type_uri;
        let title = &arm.title;
        let instance = arm.instance.as_ref().map(|field| &field.binding);
        let extensions = arm.extensions.iter().map(|(name, field)| {
            let binding = &field.binding;
            quote!((#name, #binding))
        });
        quote! {
            #path { #(#bindings)* .. } => {
                type: [#type_uri],
                title: [#title],
                instance: [#instance],
                extensions: [#(#extensions),*],
            }
        }
    });
    let detail_arms = input.arms.iter().filter_map(|arm| {
        let pattern = pattern(arm);
        arm.detail
            .map(|show| quote!(#pattern => ::core::option::Option::Some(#show),))
    });
    // Every kind of variant, and a struct, matches `{ .. }` without moving
    // a field out.
    let scrutinee = quote!(*self);
    let doc = format!(
        "The HTTP status this error answers with, from its `#[status]` attribute{}.",
        if input.is_enum { "s" } else { "" }
    );
    quote! {
        impl #impl_generics #name #ty_generics #where_clause {
            #[doc = #doc]
            #[allow(dead_code)]
            pub const fn status(&self) -> #status_type {
                match #scrutinee {
                    #(#status_arms)*
                }
            }
        }

        impl #impl_generics #krate::__private::ErrorStatus for #name #ty_generics #where_clause {
            fn __status_parts(&self) -> (::core::primitive::u16, &'static ::core::primitive::str) {
                let status = self.status();
                (status.code(), status.phrase())
            }

            #[allow(unreachable_patterns)]
            fn __show_detail(&self) -> ::core::option::Option<::core::primitive::bool> {
                match #scrutinee {
                    #(#detail_arms)*
                    _ => ::core::option::Option::None,
                }
            }

            // The borrow is what makes the fallback apply.
            #[allow(clippy::needless_borrow)]
            fn __as_error(&self) -> ::core::option::Option<&(dyn ::core::error::Error + '_)> {
                // One of the two is unused, whichever the type calls for.
                #[allow(unused_imports)]
                use #krate::__private::{ViaError as _, ViaNothing as _};
                (&#krate::__private::AsError(self)).__as_error()
            }
        }

        #krate::__impl_error_external! {
            [#impl_generics] [#name #ty_generics] [#where_clause]
            [#(#documented)*]
            [#(#members)*]
        }
    }
}

fn status_type(input: &Input<'_>) -> TokenStream {
    let krate = &input.krate;
    match &input.status_type {
        Some(path) => path.to_token_stream(),
        None => quote!(#krate::Status),
    }
}

/// A `status()` that compiles, for a type whose attributes were wrong.
fn fallback(input: &DeriveInput) -> TokenStream {
    let name = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let mut options = Options::default();
    // The errors are `read`'s to report: this only salvages the paths.
    let _reported = collect(|errors| {
        for attr in &input.attrs {
            if attr.path().is_ident("http_error") {
                let mut one = options_of(attr, errors);
                options.krate = one.krate.take().or(options.krate.take());
                options.status_type = one.status_type.take().or(options.status_type.take());
            }
        }
    });
    let krate = options
        .krate
        .unwrap_or_else(|| syn::parse_quote!(::status_core));
    let status_type = match options.status_type {
        Some(path) => path.to_token_stream(),
        None => quote!(#krate::Status),
    };
    quote! {
        impl #impl_generics #name #ty_generics #where_clause {
            #[allow(dead_code)]
            pub fn status(&self) -> #status_type {
                ::core::unreachable!()
            }
        }
    }
}

fn options_of(attr: &Attribute, errors: &mut Errors) -> Options {
    options(core::slice::from_ref(attr), Place::Type, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expanded(input: TokenStream) -> String {
        expand(input).to_string()
    }

    #[test]
    fn each_variant_calls_the_checked_macro_with_its_own_tokens() {
        let out = expanded(quote! {
            enum E {
                #[status(404)]
                Missing(u32),
                #[status(500)]
                #[http_error(detail)]
                Broken { reason: String },
            }
        });
        assert!(out.contains("Self :: Missing { .. } => :: status_core :: status ! (404)"));
        assert!(out.contains("Self :: Broken { .. } => :: status_core :: status ! (500)"));
        assert!(
            out.contains("Self :: Broken { .. } => :: core :: option :: Option :: Some (true)")
        );
        assert!(!out.contains("Self :: Missing { .. } => :: core :: option"));
        assert!(out.contains(":: status_core :: __impl_error_external !"));
    }

    #[test]
    fn each_status_goes_to_the_integrations_with_its_first_doc_paragraph() {
        let out = expanded(quote! {
            enum E {
                /// No user has
                /// this id.
                ///
                /// Not in the summary.
                #[status(404)]
                Missing,
                #[status(500)]
                Broken,
            }
        });
        assert!(out.contains(
            "{ status : :: status_core :: status ! (404) , name : \"Missing\" , \
             doc : \"No user has this id.\" , type : \"about:blank\" , title : [] , \
             extensions : [] , } ,"
        ));
        assert!(out.contains("doc : \"Broken\""));
    }

    #[test]
    fn a_type_level_status_covers_variants_without_one() {
        let out = expanded(quote! {
            #[status(400)]
            enum E {
                A,
                #[status(409)]
                B,
            }
        });
        assert!(out.contains("Self :: A { .. } => :: status_core :: status ! (400)"));
        assert!(out.contains("Self :: B { .. } => :: status_core :: status ! (409)"));
    }

    #[test]
    fn a_renamed_crate_and_a_registry_type_are_used_everywhere() {
        let out = expanded(quote! {
            #[http_error(crate = my::core, status_type = crate::AppStatus, macro = crate::app_status)]
            #[status(499)]
            struct Closed;
        });
        assert!(out.contains("pub const fn status (& self) -> crate :: AppStatus"));
        assert!(out.contains("Self { .. } => crate :: app_status ! (499)"));
        assert!(out.contains("my :: core :: __private :: ErrorStatus"));
        assert!(out.contains("my :: core :: __impl_error_external !"));
        assert!(!out.contains("status_core"));
    }

    #[test]
    fn every_missing_status_is_reported_at_once() {
        let out = expanded(quote! {
            enum E {
                A,
                #[status(404)]
                B,
                C,
            }
        });
        assert!(out.contains("variant `A` has no status"));
        assert!(out.contains("variant `C` has no status"));
        // The fallback keeps `status()` so that callers add no errors.
        assert!(out.contains("pub fn status"));
    }

    #[test]
    fn a_struct_needs_a_status_and_unknown_options_are_named() {
        let out = expanded(quote! {
            #[http_error(crate = x, colour = red)]
            struct S;
        });
        assert!(out.contains("`S` needs a status"));
        assert!(out.contains("unknown `http_error` option `colour`"));
    }

    #[test]
    fn type_options_are_refused_on_a_variant() {
        let out = expanded(quote! {
            enum E {
                #[status(404)]
                #[http_error(crate = x)]
                A,
            }
        });
        assert!(out.contains(
            "`crate` goes on the type, not on a variant; on a variant, `http_error` takes \
             `detail`, `type = \\\"uri\\\"` and `title = \\\"text\\\"`"
        ));
    }

    #[test]
    fn detail_can_be_turned_off_and_generics_are_kept() {
        let out = expanded(quote! {
            #[status(422)]
            #[http_error(detail = false)]
            enum E<T: Clone> where T: Copy {
                A(T),
            }
        });
        assert!(out.contains("Some (false)"));
        assert!(out.contains("impl < T : Clone > E < T > where T : Copy"));
        assert!(out.contains("[< T : Clone >] [E < T >] [where T : Copy]"));
    }

    #[test]
    fn members_bind_the_fields_they_read_once() {
        let out = expanded(quote! {
            #[http_error(type = "https://example.com/probs/credit", title = "No credit")]
            enum E {
                #[status(403)]
                #[http_error(title = "Out of credit")]
                Out {
                    #[http_error(extension, instance)]
                    r#ref: String,
                    #[http_error(extension)]
                    balance: u32,
                    cost: u32,
                },
                #[status(410)]
                Gone(u8, #[http_error(instance)] String),
            }
        });
        assert!(out.contains(
            "Self :: Out { r#ref : ref __http_error_ref , balance : ref __http_error_balance , .. } => { \
             type : [\"https://example.com/probs/credit\"] , title : [\"Out of credit\"] , \
             instance : [__http_error_ref] , \
             extensions : [(\"ref\" , __http_error_ref) , (\"balance\" , __http_error_balance)] , }"
        ), "{out}");
        assert!(
            out.contains(
                "Self :: Gone { 1 : ref __http_error_1 , .. } => { \
             type : [\"https://example.com/probs/credit\"] , title : [\"No credit\"] , \
             instance : [__http_error_1] , extensions : [] , }"
            ),
            "{out}"
        );
        assert!(out.contains(
            "name : \"Out\" , doc : \"Out of credit\" , type : \"https://example.com/probs/credit\" , \
             title : [\"Out of credit\"] , extensions : [\"ref\" , \"balance\"] ,"
        ), "{out}");
    }

    #[test]
    fn a_type_is_a_uri_reference() {
        for good in [
            "https://example.com/probs/out-of-credit",
            "/probs/out-of-credit",
            "urn:example:out-of-credit",
            "tag:example.com,2026:credit",
            "about:blank",
            "https://example.com/a%20b?x=1#top",
            "probs/a:b",
        ] {
            assert_eq!(uri_reference_error(good), None, "{good}");
        }
        for (bad, says) in [
            ("", "empty"),
            ("a b", "a space"),
            ("a\tb", "U+0009"),
            ("https://example.com/é", "`é`"),
            ("a\"b", "`%22`"),
            ("a%zz", "a `%` that starts no escape"),
            ("a%2", "a `%` that starts no escape"),
            (":x", "`:` is no scheme"),
            ("1a:x", "`1a:` is no scheme"),
        ] {
            let error = uri_reference_error(bad).unwrap_or_default();
            assert!(error.contains(says), "{bad}: {error}");
        }
    }

    #[test]
    fn a_title_is_one_line_of_text() {
        assert_eq!(title_error("You do not have enough credit."), None);
        assert!(title_error("").is_some_and(|e| e.contains("empty")));
        assert!(title_error("a\r\nb").is_some_and(|e| e.contains("U+000D")));
        assert!(title_error("a\u{85}").is_some_and(|e| e.contains("U+0085")));
    }
}
