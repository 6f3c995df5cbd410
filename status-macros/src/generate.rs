//! The code `define_status!` emits: the `Status` enum, its constants and
//! the lookup tables behind the runtime API.
//!
//! The tables are indexed by `code - FIRST`, so every lookup is one bounds
//! check and one load instead of a long `match`.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use crate::docs;
use crate::model::{Codes, Entry};

/// The crate name the generated doc examples import.
const CRATE: &str = "status_core";

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn variant(entry: &Entry) -> Ident {
    ident(
        entry
            .name
            .as_ref()
            .map_or("__Unnamed", |n| n.value.as_str()),
    )
}

fn optional(text: Option<&str>) -> TokenStream {
    match text {
        Some(text) => quote!(Some(#text)),
        None => quote!(None),
    }
}

/// Everything `define_status!` emits for valid data.
pub fn generate(codes: &Codes) -> TokenStream {
    let usable: Vec<&Entry> = codes.usable().collect();
    let enum_def = enum_def(&usable);
    let constants = constants(&usable);
    let tables = tables(&usable);
    let reserved = reserved(codes);
    quote! {
        #enum_def
        #constants
        #tables
        #reserved
    }
}

/// Codes kept in the data without a variant, with why they are reserved.
fn reserved(codes: &Codes) -> TokenStream {
    let rows = codes.entries.iter().filter(|e| !e.is_usable()).map(|e| {
        let code = Literal::u16_unsuffixed(e.code.value);
        let why = &e.description;
        quote!((#code, #why))
    });
    let count = codes.entries.iter().filter(|e| !e.is_usable()).count();
    quote! {
        /// The reserved codes, such as 306, and why each is reserved.
        const RESERVED: [(u16, &str); #count] = [#(#rows),*];
    }
}

fn enum_def(usable: &[&Entry]) -> TokenStream {
    let variants = usable.iter().map(|entry| {
        let doc = docs::variant(entry, CRATE);
        let name = variant(entry);
        let code = Literal::u16_unsuffixed(entry.code.value);
        quote! {
            #[doc = #doc]
            #name = #code,
        }
    });
    let summary = format!(
        "An HTTP response status code: one of the {} usable codes in `codes.toml`.\n\n\
         The discriminant is the code itself, so `Status::NotFound as u16` is 404. \
         The enum is `#[non_exhaustive]` because registries grow: a `match` needs a \
         `_` arm, and new codes arrive without a breaking change.\n\n\
         Create one with [`status!`](crate::status) for a code known when you write \
         it, or [`Status::from_u16`] for one that arrives at run time.\n\n\
         ```\nuse {CRATE}::{{status, Status}};\n\n\
         let status = status!(404);\n\
         assert_eq!(status, Status::NotFound);\n\
         assert_eq!(Status::from_u16(404), Ok(status));\n```",
        usable.len()
    );
    // A `repr` on an enum without variants is an error; that only happens
    // in the fallback after a data error, which has already been reported.
    let repr = (!usable.is_empty()).then(|| quote!(#[repr(u16)]));
    quote! {
        #[doc = #summary]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #repr
        #[non_exhaustive]
        pub enum Status {
            #(#variants)*
        }
    }
}

fn constants(usable: &[&Entry]) -> TokenStream {
    let mut items = Vec::new();
    for entry in usable {
        let name = variant(entry);
        let deprecated = entry
            .deprecated
            .as_deref()
            .map(|why| quote!(#[deprecated(note = #why)]));
        if let Some(constant) = &entry.constant {
            let doc = docs::constant(entry);
            let constant = ident(&constant.value);
            items.push(quote! {
                #[doc = #doc]
                #deprecated
                pub const #constant: Status = Status::#name;
            });
        }
        for alias in &entry.aliases {
            if let Some(constant) = &alias.constant {
                let doc = docs::alias(entry, &alias.phrase.value);
                let constant = ident(constant);
                items.push(quote! {
                    #[doc = #doc]
                    #deprecated
                    pub const #constant: Status = Status::#name;
                });
            }
        }
    }
    let all = usable.iter().map(|e| variant(e));
    quote! {
        impl Status {
            #(#items)*

            /// Every status code, in ascending order.
            ///
            /// ```
            #[doc = concat!(" use ", #CRATE, "::Status;")]
            ///
            /// assert!(Status::ALL.windows(2).all(|w| w[0] < w[1]));
            /// assert!(Status::ALL.iter().all(|s| Status::from_u16(s.code()) == Ok(*s)));
            /// ```
            pub const ALL: &'static [Status] = &[#(Status::#all),*];
        }
    }
}

fn tables(usable: &[&Entry]) -> TokenStream {
    let first = usable.first().map_or(0, |e| e.code.value);
    let last = usable.last().map_or(0, |e| e.code.value);
    let span = if usable.is_empty() {
        0
    } else {
        usize::from(last - first) + 1
    };

    let mut lookup = vec![quote!(None); span];
    // The index type is the smallest that holds every entry and the "none" mark.
    let wide = usable.len() >= usize::from(u8::MAX);
    let none = if wide {
        quote!(u16::MAX)
    } else {
        quote!(u8::MAX)
    };
    let index_type = if wide { quote!(u16) } else { quote!(u8) };
    let mut index = vec![none; span];
    let mut phrases = vec![""; span];
    for (i, entry) in usable.iter().enumerate() {
        let offset = usize::from(entry.code.value - first);
        let name = variant(entry);
        lookup[offset] = quote!(Some(Status::#name));
        phrases[offset] = entry.phrase.value.as_str();
        index[offset] = if wide {
            let i = Literal::u16_unsuffixed(i as u16);
            quote!(#i)
        } else {
            let i = Literal::u8_unsuffixed(i as u8);
            quote!(#i)
        };
    }
    let entries = usable.iter().map(|e| entry(e));
    let first = Literal::u16_unsuffixed(first);
    let count = usable.len();
    quote! {
        /// The smallest code; the tables below start there.
        const FIRST: u16 = #first;

        /// `LOOKUP[code - FIRST]` is the status with that code, if any.
        const LOOKUP: [Option<Status>; #span] = [#(#lookup),*];

        /// `INDEX[code - FIRST]` is the position of the code's entry in
        /// `ENTRIES`, or the type's maximum where there is none.
        const INDEX: [#index_type; #span] = [#(#index),*];

        /// `PHRASES[code - FIRST]` is the code's reason phrase, or `""`
        /// where there is none. A copy of `ENTRIES[i].phrase` indexed like
        /// `LOOKUP`, so `phrase()` is one load instead of two.
        const PHRASES: [&str; #span] = [#(#phrases),*];

        /// The data of every status, in the order of `Status::ALL`.
        const ENTRIES: [Entry; #count] = [#(#entries),*];
    }
}

fn entry(entry: &Entry) -> TokenStream {
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
            let v = format_ident!("{}", r.variant());
            quote!(Some(Redirect::#v))
        }
        None => quote!(None),
    };
    let registration = format_ident!("{}", entry.registry.variant());
    let deprecated = optional(entry.deprecated.as_deref());
    let name = entry.name.as_ref().map_or("", |n| n.value.as_str());
    let constants = entry
        .constant
        .iter()
        .map(|c| c.value.as_str())
        .chain(entry.aliases.iter().filter_map(|a| a.constant.as_deref()));
    quote! {
        Entry {
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
            registration: Registration::#registration,
            deprecated: #deprecated,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::load;

    fn normalized(tokens: TokenStream) -> String {
        tokens
            .to_string()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn tables_are_indexed_by_offset_from_the_first_code() {
        let codes = load(
            "[[status]]\ncode = 200\nphrase = \"OK\"\ndescription = \"d\"\n\n\
             [[status]]\ncode = 202\nphrase = \"Accepted\"\ndescription = \"d\"\n",
        )
        .unwrap();
        let usable: Vec<&Entry> = codes.usable().collect();
        let out = normalized(tables(&usable));
        assert!(out.contains("const FIRST : u16 = 200 ;"), "{out}");
        assert!(
            out.contains("const LOOKUP : [Option < Status > ; 3usize] = [Some (Status :: Ok) , None , Some (Status :: Accepted)]"),
            "{out}"
        );
        assert!(
            out.contains("const INDEX : [u8 ; 3usize] = [0 , u8 :: MAX , 1]"),
            "{out}"
        );
        assert!(
            out.contains(r#"const PHRASES : [& str ; 3usize] = ["OK" , "" , "Accepted"]"#),
            "{out}"
        );
        assert!(out.contains("const ENTRIES : [Entry ; 2usize]"), "{out}");
        assert!(
            out.contains("status_line : \"HTTP/1.1 202 Accepted\""),
            "{out}"
        );
    }

    #[test]
    fn aliases_become_constants_of_the_same_variant() {
        let codes = load(
            "[[status]]\ncode = 413\nphrase = \"Content Too Large\"\ndescription = \"d\"\n\
             aliases = [\"Payload Too Large\"]\n",
        )
        .unwrap();
        let usable: Vec<&Entry> = codes.usable().collect();
        let out = normalized(constants(&usable));
        assert!(
            out.contains("pub const CONTENT_TOO_LARGE : Status = Status :: ContentTooLarge ;"),
            "{out}"
        );
        assert!(
            out.contains("pub const PAYLOAD_TOO_LARGE : Status = Status :: ContentTooLarge ;"),
            "{out}"
        );
    }

    #[test]
    fn reserved_codes_get_no_variant() {
        let codes = load(
            "[[status]]\ncode = 305\nphrase = \"Use Proxy\"\ndescription = \"d\"\n\
             deprecated = \"unsafe\"\n\n\
             [[status]]\ncode = 306\nphrase = \"(Unused)\"\ndescription = \"d\"\nreserved = true\n",
        )
        .unwrap();
        let out = normalized(generate(&codes));
        assert!(out.contains("UseProxy = 305"), "{out}");
        assert!(!out.contains("= 306"), "{out}");
        assert!(
            out.contains(r#"const RESERVED : [(u16 , & str) ; 1usize] = [(306 , "d")] ;"#),
            "{out}"
        );
        assert!(
            out.contains("# [deprecated (note = \"unsafe\")] pub const USE_PROXY"),
            "{out}"
        );
    }

    #[test]
    fn entries_name_their_variant_and_every_constant() {
        let codes = load(
            "[[status]]\ncode = 413\nphrase = \"Content Too Large\"\ndescription = \"d\"\n\
             aliases = [\"Payload Too Large\"]\n\n\
             [[status]]\ncode = 418\nphrase = \"I'm a teapot\"\ndescription = \"d\"\n\
             constant = \"TEAPOT\"\n",
        )
        .unwrap();
        let out = normalized(generate(&codes));
        assert!(
            out.contains(r#"name : "ContentTooLarge" , constants : & ["CONTENT_TOO_LARGE" , "PAYLOAD_TOO_LARGE"]"#),
            "{out}"
        );
        assert!(
            out.contains(r#"name : "ImATeapot" , constants : & ["TEAPOT"]"#),
            "{out}"
        );
        assert!(
            out.contains("const RESERVED : [(u16 , & str) ; 0usize] = [] ;"),
            "{out}"
        );
    }

    #[test]
    fn no_data_still_yields_items_the_runtime_api_can_name() {
        let out = normalized(generate(&Codes::default()));
        assert!(out.contains("pub enum Status { }"), "{out}");
        assert!(!out.contains("repr"), "{out}");
        assert!(
            out.contains("const ENTRIES : [Entry ; 0usize] = [] ;"),
            "{out}"
        );
    }
}
