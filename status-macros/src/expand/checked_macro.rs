//! The checked macro: a user's `app_status!`, or status-core's own
//! `status!`, with one `macro_rules!` arm per code.

use proc_macro2::{Ident, Literal, Punct, Spacing, Span, TokenStream};
use quote::quote;

use super::{Data, FALLBACK_VARIANT, Kind, Registry, Target, docs, ident, variant_of};
use crate::data::model::Entry;

/// The checked macro of a user's registry, such as `app_status!`.
///
/// Each code is one arm, so a valid call is plain `macro_rules!` matching
/// with no proc macro in the loop. The last arm hands anything else to
/// `registry_error!`, which reads the same data and says what is wrong.
/// The arms name the enum through `$crate::`, so the macro works from any
/// module once imported with `use crate::app_status;`.
pub fn checked_macro(
    with_variant: &[&Entry],
    data: Data<'_>,
    target: &Target,
) -> Option<TokenStream> {
    let macro_name = target.macro_name.as_ref()?;
    let Registry { module, file, .. } = match &target.kind {
        Kind::Status { macro_attrs } => {
            return Some(status_macro(
                with_variant,
                data,
                target,
                macro_attrs,
                macro_name,
            ));
        }
        Kind::Registry(registry) => registry,
    };
    let Target { krate, name, .. } = target;
    let dollar_crate = dollar_crate(name);
    let arms = code_arms(with_variant, &quote!(#dollar_crate::#module #name));
    let doc = docs::macro_doc(&name.to_string(), &macro_name.to_string());
    let import = import(macro_name, krate);
    if let Data::Invalid = data {
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
fn status_macro(
    with_variant: &[&Entry],
    data: Data<'_>,
    target: &Target,
    macro_attrs: &TokenStream,
    macro_name: &Ident,
) -> TokenStream {
    let name = &target.name;
    let dollar_crate = dollar_crate(name);
    // With invalid data every call goes to `resolve_status!`, which
    // expands to the fallback variant.
    let with_variant = match data {
        Data::Valid(_) => with_variant,
        Data::Invalid => &[],
    };
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
    use crate::expand::tests::{TWO, codes, target};

    #[test]
    fn reserved_codes_get_no_variant_and_no_arm() {
        let codes = codes(
            "[[status]]\ncode = 305\nphrase = \"Use Proxy\"\ndescription = \"d\"\n\n\
             [[status]]\ncode = 306\nphrase = \"(Unused)\"\ndescription = \"why\"\nreserved = true\n",
        );
        let with_variant: Vec<&Entry> = codes.with_variant().collect();
        let target = target(false);
        let actual = checked_macro(&with_variant, Data::Valid(&codes), &target)
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
    fn status_core_exports_status() {
        let codes = codes(TWO);
        let mut target = target(true);
        target.kind = Kind::Status {
            macro_attrs: quote!(#[doc = "Checked."]),
        };
        let with_variant: Vec<&Entry> = codes.with_variant().collect();
        let actual = checked_macro(&with_variant, Data::Valid(&codes), &target)
            .unwrap()
            .to_string();
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
    }
}
