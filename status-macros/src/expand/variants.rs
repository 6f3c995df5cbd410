//! The enum itself: its variants with their docs, its discriminants, and
//! its associated constants, each carrying the entry's deprecation.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{Data, FALLBACK_VARIANT, Kind, Target, docs, ident, variant_of};
use crate::data::model::Entry;

/// The enum: one variant per entry that has one, its discriminant the
/// code, and the hidden variant of invalid data.
pub fn enum_def(with_variant: &[&Entry], data: Data<'_>, target: &Target) -> TokenStream {
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
    let fallback = matches!(data, Data::Invalid).then(|| {
        let variant = ident(FALLBACK_VARIANT);
        quote!(#[doc(hidden)] #variant,)
    });
    let builtin = matches!(target.kind, Kind::Status { .. });
    let doc = docs::enum_summary(&name.to_string(), with_variant.len(), builtin);
    // A `repr` on an enum without variants is an error; that only happens
    // in the fallback after a data error, which has already been reported.
    let repr = (!with_variant.is_empty()).then(|| quote!(#[repr(u16)]));
    quote! {
        #[doc = #doc]
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::fmt::Debug,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
        )]
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
///
/// rustdoc renders the note as Markdown, so the data's text is escaped as
/// in the docs: a `*` or a `<b>` in a codes file shows as written.
pub fn deprecated(entry: &Entry) -> Option<TokenStream> {
    entry.deprecated.as_deref().map(|why| {
        let note = docs::plain(why);
        quote!(#[deprecated(note = #note)])
    })
}

/// The associated constants: one per entry with a `constant`, and one per
/// alias, each naming the entry's variant.
pub fn constants(with_variant: &[&Entry], target: &Target) -> TokenStream {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expand::tests::{codes, target};

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
        let enum_out = enum_def(&with_variant, Data::Valid(&codes), &target).to_string();
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
    fn markdown_in_a_deprecation_note_is_escaped() {
        let codes = codes(
            "[[status]]\ncode = 305\nphrase = \"Use Proxy\"\ndescription = \"d\"\n\
             registry = \"deprecated\"\ndeprecated = \"*never* use <b>it</b>, see [x](y)\"\n",
        );
        let with_variant: Vec<&Entry> = codes.with_variant().collect();
        let target = target(false);
        let note = r"\*never\* use \<b\>it\</b\>, see \[x\](y)";
        let expected = quote!(#[deprecated(note = #note)]).to_string();
        let variant = enum_def(&with_variant, Data::Valid(&codes), &target).to_string();
        assert!(variant.contains(&expected), "{variant}");
        let constant = constants(&with_variant, &target).to_string();
        assert!(constant.contains(&expected), "{constant}");
        let doc = docs::variant_doc(with_variant[0]);
        assert!(doc.contains(note), "{doc}");
    }
}
