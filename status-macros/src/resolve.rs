//! `status!(N)`: from a code written in source to the variant that names it.

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::quote;
use syn::Lit;

use crate::model::{Codes, Entry};

/// How a checked macro and its data file are called in messages.
#[derive(Clone, Copy)]
pub struct Names<'a> {
    /// The macro, such as `status` or a registry's `app_status`.
    pub macro_name: &'a str,
    /// The data file, as the user wrote it.
    pub file: &'a str,
}

/// status-core's own `status!` and its data.
pub const STATUS: Names<'static> = Names {
    macro_name: "status",
    file: crate::error::FILE,
};

/// The input is `$crate, <what the user wrote>`: the wrapper in status-core
/// passes `$crate` so the expansion resolves even when the dependency is
/// renamed.
pub fn expand(input: TokenStream, codes: &Codes) -> syn::Result<TokenStream> {
    let mut tokens = input.into_iter();
    let krate = match (tokens.next(), tokens.next()) {
        (Some(krate), Some(TokenTree::Punct(p))) if p.as_char() == ',' => krate,
        _ => {
            return Err(syn::Error::new(
                Span::call_site(),
                "use `status!` from status-core rather than this macro directly",
            ));
        }
    };
    to_variant(quote!(#krate::Status), tokens.collect(), codes, STATUS)
}

/// The path `ty::Variant` for the code the user wrote, or an error that
/// points at it.
pub fn to_variant(
    ty: TokenStream,
    input: TokenStream,
    codes: &Codes,
    names: Names<'_>,
) -> syn::Result<TokenStream> {
    let literal = argument(input, names)?;
    let entry = find(&literal, codes, names)?;
    let name = entry.name.as_ref().map_or("", |n| n.value.as_str());
    let variant = Ident::new(name, literal.span);
    Ok(quote!(#ty::#variant))
}

/// The code the user wrote, with where they wrote it.
pub struct Code {
    pub value: u128,
    pub span: Span,
}

fn usage(names: Names<'_>) -> String {
    format!(
        "write one status code as an integer literal, for example `{}!(404)`",
        names.macro_name
    )
}

/// Checks that the user wrote exactly one integer literal.
pub fn argument(tokens: TokenStream, names: Names<'_>) -> syn::Result<Code> {
    let m = names.macro_name;
    let usage = usage(names);
    let mut args: Vec<Vec<TokenTree>> = vec![Vec::new()];
    for token in tokens {
        match token {
            TokenTree::Punct(p) if p.as_char() == ',' => args.push(Vec::new()),
            token => {
                if let Some(arg) = args.last_mut() {
                    arg.push(token);
                }
            }
        }
    }
    // A trailing comma, as in `status!(404,)`, is harmless.
    if args.len() > 1 && args.last().is_some_and(Vec::is_empty) {
        args.pop();
    }
    if let Some(extra) = args.get(1) {
        let span = extra.first().map_or(Span::call_site(), TokenTree::span);
        return Err(syn::Error::new(
            span,
            format!(
                "`{m}!` takes one status code, found {}; {usage}",
                args.len()
            ),
        ));
    }
    let arg = args.swap_remove(0);
    match arg.as_slice() {
        [] => Err(syn::Error::new(
            Span::call_site(),
            format!("`{m}!` needs a status code; {usage}"),
        )),
        // A literal forwarded by a `macro_rules!` fragment arrives wrapped in
        // an invisible group.
        [TokenTree::Group(g)] if g.delimiter() == Delimiter::None => argument(g.stream(), names),
        [TokenTree::Literal(literal)] => match Lit::new(literal.clone()) {
            Lit::Int(int) => {
                if !matches!(int.suffix(), "" | "u16") {
                    return Err(syn::Error::new(
                        int.span(),
                        format!(
                            "a status code is a `u16`; remove the `{}` suffix",
                            int.suffix()
                        ),
                    ));
                }
                let value = int.base10_parse::<u128>().map_err(|_| {
                    syn::Error::new(
                        int.span(),
                        format!("`{int}` is far too large to be a status code; {usage}"),
                    )
                })?;
                Ok(Code {
                    value,
                    span: int.span(),
                })
            }
            Lit::Str(s) => Err(syn::Error::new(
                s.span(),
                format!(
                    "expected an integer literal, found a string; write the code without quotes: `{m}!({})`",
                    s.value()
                ),
            )),
            other => Err(syn::Error::new(
                other.span(),
                format!("expected an integer literal; {usage}"),
            )),
        },
        tokens => {
            let found: TokenStream = tokens.iter().cloned().collect();
            // Spanning every token underlines all of `-404`, not just the `-`.
            Err(syn::Error::new_spanned(
                &found,
                format!("expected an integer literal, found `{found}`; {usage}"),
            ))
        }
    }
}

/// The entry for a code, or an error that explains why there is none.
pub fn find<'c>(code: &Code, codes: &'c Codes, names: Names<'_>) -> syn::Result<&'c Entry> {
    let file = names.file;
    let fail = |message: String| Err(syn::Error::new(code.span, message));
    let n = code.value;
    if !(100..=999).contains(&n) {
        let hint = match typo_fixes(n, codes).as_slice() {
            [] => String::new(),
            fixes => format!("; did you mean {}?", or_list(fixes)),
        };
        return fail(format!(
            "{n} is not a status code: status codes are three digits, 100..=999{hint}"
        ));
    }
    let n = n as u16;
    match codes.get(n) {
        Some(entry) if entry.has_variant() => Ok(entry),
        Some(entry) => fail(format!(
            "{n} {} is reserved and has no variant: {}",
            entry.phrase.value, entry.description
        )),
        None => fail(format!(
            "{n} is not in {file}; the nearest codes are {}. \
             To use a new code, add a `[[status]]` entry for it to {file}",
            or_list(&nearest(n, codes))
        )),
    }
}

fn describe(entry: &Entry) -> String {
    format!("{} ({})", entry.code.value, entry.phrase.value)
}

fn or_list(entries: &[&Entry]) -> String {
    let items: Vec<String> = entries.iter().map(|e| describe(e)).collect();
    match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// Up to three usable codes closest to `code`, those of its own class first.
pub fn nearest(code: u16, codes: &Codes) -> Vec<&Entry> {
    let mut all: Vec<&Entry> = codes.with_variant().collect();
    all.sort_by_key(|e| {
        (
            e.code.value / 100 != code / 100,
            e.code.value.abs_diff(code),
        )
    });
    all.truncate(3);
    all
}

/// Usable codes one keystroke away from `code`: a digit deleted, inserted,
/// replaced or two swapped. Deletions come first, from the end, since an
/// extra trailing digit is the most common slip.
pub fn typo_fixes(code: u128, codes: &Codes) -> Vec<&Entry> {
    let digits = code.to_string();
    let len = digits.len();
    let mut candidates: Vec<String> = Vec::new();
    for i in (0..len).rev() {
        candidates.push(format!("{}{}", &digits[..i], &digits[i + 1..]));
    }
    for i in 0..=len {
        for d in '0'..='9' {
            candidates.push(format!("{}{d}{}", &digits[..i], &digits[i..]));
        }
    }
    for i in 0..len {
        for d in '0'..='9' {
            candidates.push(format!("{}{d}{}", &digits[..i], &digits[i + 1..]));
        }
    }
    for i in 1..len {
        let mut swapped: Vec<u8> = digits.bytes().collect();
        swapped.swap(i - 1, i);
        candidates.push(String::from_utf8(swapped).unwrap_or_default());
    }
    let mut found: Vec<&Entry> = Vec::new();
    for candidate in candidates {
        if candidate.len() != 3 || candidate.starts_with('0') {
            continue;
        }
        let Ok(n) = candidate.parse::<u16>() else {
            continue;
        };
        if let Some(entry) = codes.get(n).filter(|e| e.has_variant()) {
            if !found.iter().any(|f| f.code.value == n) {
                found.push(entry);
            }
        }
    }
    found.truncate(3);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::testing::with_class_codes as load;

    fn codes() -> Codes {
        let mut text = String::new();
        for (code, phrase) in [
            (200, "OK"),
            (306, "(Unused)"),
            (400, "Bad Request"),
            (404, "Not Found"),
            (429, "Too Many Requests"),
            (431, "Request Header Fields Too Large"),
            (451, "Unavailable For Legal Reasons"),
            (500, "Internal Server Error"),
        ] {
            text += &format!(
                "[[status]]\ncode = {code}\nphrase = \"{phrase}\"\ndescription = \"Why.\"\n"
            );
            if code == 306 {
                text += "reserved = true\n";
            }
        }
        load(&text).unwrap()
    }

    fn message(input: TokenStream) -> String {
        let codes = codes();
        match expand(input, &codes) {
            Ok(tokens) => panic!("expected an error, got `{tokens}`"),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn a_known_code_becomes_a_path_from_the_given_crate() {
        let out = expand(quote!(krate, 404), &codes()).unwrap();
        assert_eq!(out.to_string(), "krate :: Status :: NotFound");
        let out = expand(quote!(krate, 404u16,), &codes()).unwrap();
        assert_eq!(out.to_string(), "krate :: Status :: NotFound");
    }

    #[test]
    fn unknown_codes_suggest_the_nearest_of_their_class() {
        assert_eq!(
            message(quote!(k, 499)),
            "499 is not in codes.toml; the nearest codes are 451 (Unavailable For Legal Reasons), \
             431 (Request Header Fields Too Large) or 429 (Too Many Requests). \
             To use a new code, add a `[[status]]` entry for it to codes.toml"
        );
    }

    #[test]
    fn out_of_range_codes_suggest_likely_typos() {
        let m = message(quote!(k, 4040));
        assert!(
            m.starts_with("4040 is not a status code: status codes are three digits, 100..=999"),
            "{m}"
        );
        assert!(
            m.ends_with("did you mean 404 (Not Found) or 400 (Bad Request)?"),
            "{m}"
        );
        assert!(message(quote!(k, 20)).contains("did you mean 200 (OK)?"));
        assert!(!message(quote!(k, 7)).contains("did you mean"));
        assert!(
            message(quote!(k, 99999999999999999999999999999999999999999)).contains("far too large")
        );
    }

    #[test]
    fn reserved_codes_explain_why() {
        assert_eq!(
            message(quote!(k, 306)),
            "306 (Unused) is reserved and has no variant: Why."
        );
    }

    #[test]
    fn malformed_arguments() {
        assert!(message(quote!(k,)).starts_with("`status!` needs a status code"));
        assert!(
            message(quote!(k, 404, 200)).starts_with("`status!` takes one status code, found 2")
        );
        assert!(
            message(quote!(k, "404")).contains("write the code without quotes: `status!(404)`")
        );
        assert!(
            message(quote!(k, NOT_FOUND))
                .contains("expected an integer literal, found `NOT_FOUND`")
        );
        assert!(message(quote!(k, -404)).contains("expected an integer literal, found `- 404`"));
        assert!(message(quote!(k, 404.0)).contains("expected an integer literal"));
        assert!(message(quote!(k, 404u8)).contains("remove the `u8` suffix"));
        assert!(message(quote!(404)).contains("use `status!` from status-core"));
    }
}
