//! `#[derive(HttpError)]`: an error type's status, checked at compile time,
//! and its framework responses.
//!
//! The model is read from the attributes first (`Input`), every mistake
//! collected into one error; then `expand` writes the impls. Each
//! `#[status(N)]` becomes a call of the crate's own checked macro with the
//! user's tokens, so a wrong code gets exactly the errors and suggestions
//! of `status!`, pointing at the attribute.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Ident, LitBool, Path, Token, Variant};

use crate::collect::collect;
use crate::macros::or_fallback;

/// What the type-level `#[http_error(...)]` accepts.
const KEYS: &str = "`crate = path`, `status_type = path`, `macro = path` and `detail`";

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

/// One variant (or the struct): its status tokens and detail choice.
struct Arm {
    variant: Option<Ident>,
    /// The tokens inside `#[status(...)]`, spans intact.
    status: TokenStream,
    detail: Option<bool>,
    /// What documentation says of it: the first paragraph of its docs, or
    /// its name.
    doc: String,
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

/// Options of one `#[http_error(...)]`.
#[derive(Default)]
struct Options {
    krate: Option<Path>,
    status_type: Option<Path>,
    macro_path: Option<Path>,
    detail: Option<bool>,
}

fn read(input: &DeriveInput) -> Result<Input<'_>, Vec<syn::Error>> {
    collect(|errors| read_with(input, errors))
}

fn read_with<'a>(input: &'a DeriveInput, errors: &mut Errors) -> Input<'a> {
    let type_options = options(&input.attrs, true, errors);
    let type_status = status(&input.attrs, errors);
    let mut arms = Vec::new();
    let is_enum = match &input.data {
        Data::Enum(data) => {
            for variant in &data.variants {
                arms.push(variant_arm(
                    variant,
                    type_status.as_ref(),
                    type_options.detail,
                    errors,
                ));
            }
            true
        }
        Data::Struct(_) => {
            match &type_status {
                Some(status) => arms.push(Arm {
                    variant: None,
                    status: status.clone(),
                    detail: type_options.detail,
                    doc: doc_or_name(&input.attrs, &input.ident),
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
    type_detail: Option<bool>,
    errors: &mut Errors,
) -> Arm {
    let options = options(&variant.attrs, false, errors);
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
    Arm {
        variant: Some(variant.ident.clone()),
        status,
        detail: options.detail.or(type_detail),
        doc: doc_or_name(&variant.attrs, &variant.ident),
    }
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

/// The `#[http_error(...)]` options among `attrs`. Only `detail` is
/// allowed on a variant.
fn options(attrs: &[Attribute], on_type: bool, errors: &mut Errors) -> Options {
    let mut options = Options::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("http_error")) {
        let result = attr.parse_nested_meta(|meta| {
            let key = &meta.path;
            let path_value = |meta: &syn::meta::ParseNestedMeta<'_>| -> syn::Result<Path> {
                meta.value()?.parse::<Path>()
            };
            if key.is_ident("detail") {
                options.detail = Some(if meta.input.peek(Token![=]) {
                    meta.value()?.parse::<LitBool>()?.value
                } else {
                    true
                });
                return Ok(());
            }
            let slot = if !on_type {
                None
            } else if key.is_ident("crate") {
                Some(&mut options.krate)
            } else if key.is_ident("status_type") {
                Some(&mut options.status_type)
            } else if key.is_ident("macro") {
                Some(&mut options.macro_path)
            } else {
                None
            };
            match slot {
                Some(slot) => {
                    *slot = Some(path_value(&meta)?);
                    Ok(())
                }
                None if on_type => Err(meta.error(format!(
                    "unknown `http_error` option `{}`; the options are {KEYS}",
                    key.to_token_stream()
                ))),
                None => Err(meta.error(format!(
                    "`{}` belongs on the type; on a variant, `http_error` takes only `detail` or `detail = false`",
                    key.to_token_stream()
                ))),
            }
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
    // Each variant's status and docs, for the integrations that document
    // responses; the others drop them unexpanded.
    let documented = input.arms.iter().map(|arm| {
        let status = &arm.status;
        let doc = &arm.doc;
        quote!((#macro_path!(#status), #doc),)
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
        }

        #krate::__impl_error_external! {
            [#impl_generics] [#name #ty_generics] [#where_clause] [#(#documented)*]
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
    options(core::slice::from_ref(attr), true, errors)
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
            "[(:: status_core :: status ! (404) , \"No user has this id.\") , \
             (:: status_core :: status ! (500) , \"Broken\") ,]"
        ));
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
        assert!(out.contains("`crate` belongs on the type"));
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
}
