//! Expand: the code a status enum's macro emits, which is what only the
//! data can say. That is the enum with its variants' docs and its
//! constants (`variants`), the table behind its runtime API with the one
//! call of status-core's `__impl_status_api!` and the one of
//! `__impl_status_external!` (`table`), its checked macro (a user's
//! `app_status!`, or status-core's own `status!`, in `checked_macro`), and
//! the rustdoc text made from the data (`docs`).
//!
//! status-core's own `Status` comes out of the same [`generate`] as a
//! user's enum, so the two cannot drift apart.

mod checked_macro;
pub mod docs;
mod table;
mod variants;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::data::model::{Codes, Entry};

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
    /// Whose enum it is.
    pub kind: Kind,
}

/// Whose enum is generated: status-core's own or a user's.
pub enum Kind {
    /// status-core's `Status`. Its docs carry compiled examples, and its
    /// `status!` is exported from status-core.
    Status {
        /// Attributes for `status!`, its documentation among them.
        macro_attrs: TokenStream,
    },
    /// A user's enum from `registry!`. It gets no examples, so that its
    /// crate's doctests stay its own, and its checked macro's docs are
    /// generated.
    Registry(Registry),
}

/// What a user's `registry!` call says beyond the names.
pub struct Registry {
    /// The module path from the crate root to the `registry!` call, such as
    /// `codes::` or nothing at the root. The checked macro names the enum
    /// through `$crate::` and this.
    pub module: TokenStream,
    /// Whether the data extends the IANA set, so `Status` converts.
    pub extends_iana: bool,
    /// The absolute path of the user's file. With valid data the expansion
    /// includes it, so that editing it rebuilds the crate, and the checked
    /// macro's last arm reads it to explain a mistake.
    pub file: String,
}

/// The data to generate from.
#[derive(Clone, Copy)]
pub enum Data<'a> {
    /// Checked data.
    Valid(&'a Codes),
    /// The data was invalid or unreadable and its errors are reported: the
    /// enum gets one hidden variant that every call of the checked macro
    /// expands to, so the user sees those errors and no follow-on ones.
    Invalid,
}

/// The variant of an enum generated from invalid data.
pub const FALLBACK_VARIANT: &str = "__InvalidData";

/// Everything the enum's macro emits.
pub fn generate(data: Data<'_>, target: &Target) -> TokenStream {
    let none = Codes::default();
    let codes = match data {
        Data::Valid(codes) => codes,
        Data::Invalid => &none,
    };
    let with_variant: Vec<&Entry> = codes.with_variant().collect();
    let enum_def = variants::enum_def(&with_variant, data, target);
    let constants = variants::constants(&with_variant, target);
    let api = table::api(codes, &with_variant, target);
    let checked_macro = checked_macro::checked_macro(&with_variant, data, target);
    let tracked = match (data, &target.kind) {
        (Data::Valid(_), Kind::Registry(Registry { file, .. })) => Some(quote! {
            // Makes cargo rebuild this crate whenever the file changes.
            const _: &::core::primitive::str = ::core::include_str!(#file);
        }),
        _ => None,
    };
    quote! {
        #enum_def
        #constants
        #api
        #checked_macro
        #tracked
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::read::unchecked as load;

    /// status-core's own target, or a user's at the crate root.
    pub fn target(builtin: bool) -> Target {
        Target {
            krate: quote!(crate),
            name: ident("Status"),
            vis: quote!(pub),
            macro_name: Some(ident(if builtin { "status" } else { "app_status" })),
            kind: if builtin {
                Kind::Status {
                    macro_attrs: TokenStream::new(),
                }
            } else {
                Kind::Registry(Registry {
                    module: TokenStream::new(),
                    extends_iana: false,
                    file: "/srv/app/codes.toml".to_owned(),
                })
            },
        }
    }

    pub fn codes(text: &str) -> Codes {
        load(text).unwrap_or_else(|errors| panic!("{errors:?}"))
    }

    pub const TWO: &str = "[[status]]\ncode = 200\nphrase = \"OK\"\ndescription = \"d\"\n\n\
                           [[status]]\ncode = 202\nphrase = \"Accepted\"\ndescription = \"e\"\n";

    #[test]
    fn status_core_tracks_no_file() {
        let codes = codes(TWO);
        let out = generate(Data::Valid(&codes), &target(true)).to_string();
        assert!(!out.contains("include_str"), "{out}");
    }

    #[test]
    fn a_user_registry_tracks_its_file() {
        let codes = codes(TWO);
        let out = generate(Data::Valid(&codes), &target(false)).to_string();
        let tracked = quote!(
            const _: &::core::primitive::str = ::core::include_str!("/srv/app/codes.toml");
        );
        assert!(out.contains(&tracked.to_string()), "{out}");
        let out = generate(Data::Invalid, &target(false)).to_string();
        assert!(!out.contains("include_str"), "{out}");
    }

    #[test]
    fn no_data_still_yields_items_the_runtime_api_can_name() {
        let out = generate(Data::Valid(&Codes::default()), &target(true)).to_string();
        let empty = quote! {
            #[non_exhaustive]
            pub enum Status {}
        };
        assert!(out.contains(&empty.to_string()), "{out}");
        assert!(!out.contains("repr"), "{out}");
    }

    #[test]
    fn invalid_data_yields_a_macro_that_adds_no_errors_of_its_own() {
        let out = generate(Data::Invalid, &target(false)).to_string();
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
