//! status-core's `Status` and `status!(N)`: the enum from the IANA set,
//! and from a code written in source to the variant that names it. A
//! registry's checked macro explains its mistakes with the same code.

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::quote;

use crate::data::model::{Codes, Entry};
use crate::data::problem::{FILE, to_compile_errors};
use crate::data::{self, sets};
use crate::expand::{self, Data, Kind, Target};
use crate::macros::{or_fallback, without_data};
use crate::tokens::error::{Error, Result};
use crate::tokens::literal::Lit;

/// `define_status!`: status-core's `Status` from the IANA set, and its
/// `status!` macro with the attributes given, such as its documentation.
///
/// Invalid data yields every problem as a compile error, plus an enum
/// without codes, so that the rest of status-core does not bury them under
/// follow-on errors.
pub fn define(input: TokenStream) -> TokenStream {
    let target = Target {
        krate: quote!(crate),
        name: Ident::new("Status", Span::call_site()),
        vis: quote!(pub),
        macro_name: Some(Ident::new("status", Span::call_site())),
        kind: Kind::Status {
            // The attributes written in the call, `status!`'s documentation.
            macro_attrs: input,
        },
    };
    let expansion = define_with(&target);
    or_fallback(expansion, || without_data(&target))
}

fn define_with(target: &Target) -> std::result::Result<TokenStream, Vec<Error>> {
    let mut out = TokenStream::new();
    // Inside status-core's own workspace, the top-level codes.toml must be
    // the data embedded here; the expansion includes it so that editing it
    // always rebuilds status-core, and so always runs this check.
    let copy_check = std::env::var_os("CARGO_MANIFEST_DIR")
        .and_then(|dir| sets::workspace_copy_check(std::path::Path::new(&dir)));
    match copy_check {
        Some(Ok(path)) => out.extend(quote!(
            const _: &str = ::core::include_str!(#path);
        )),
        Some(Err(message)) => return Err(vec![Error::new(Span::call_site(), message)]),
        None => {}
    }
    let codes = data::iana()
        .as_ref()
        .map_err(|problems| to_compile_errors(problems, FILE, Span::call_site()))?;
    out.extend(expand::generate(Data::Valid(codes), target));
    Ok(out)
}

/// `resolve_status!($crate, N)`: the variant for code `N`.
///
/// With invalid data, whose errors `define_status!` reports, every call
/// expands to the fallback variant, so those errors are all the user sees.
pub fn resolve(input: TokenStream) -> TokenStream {
    match data::iana() {
        // A mistake in the call: its error alone, in expression position.
        Ok(codes) => expand(input, codes).unwrap_or_else(Error::into_compile_error),
        Err(_) => {
            let krate: TokenStream = input
                .into_iter()
                .take_while(|t| !matches!(t, TokenTree::Punct(p) if p.as_char() == ','))
                .collect();
            or_fallback(Err(Vec::<Error>::new()), || {
                let variant = Ident::new(expand::FALLBACK_VARIANT, Span::call_site());
                quote!(#krate::Status::#variant)
            })
        }
    }
}

/// `codes_table!()`: a Markdown table of every code, as a string literal
/// for `#![doc = ...]`; empty when the data is invalid.
pub fn codes_table() -> TokenStream {
    let table = match data::iana() {
        Ok(codes) => expand::docs::table(codes),
        Err(_) => String::new(),
    };
    quote!(#table)
}

/// How a checked macro and its data file are called in messages.
#[derive(Clone, Copy)]
pub struct Names<'a> {
    /// The macro, such as `status` or a registry's `app_status`.
    pub macro_name: &'a str,
    /// The data file, as the user wrote it.
    pub file: &'a str,
    /// Whether the file is the user's own, which they can add codes to,
    /// rather than status-core's.
    pub own_file: bool,
}

/// status-core's own `status!` and its data.
pub const STATUS: Names<'static> = Names {
    macro_name: "status",
    file: FILE,
    own_file: false,
};

/// The input is `$crate, <what the user wrote>`: the wrapper in status-core
/// passes `$crate` so the expansion resolves even when the dependency is
/// renamed.
pub fn expand(input: TokenStream, codes: &Codes) -> Result<TokenStream> {
    let mut tokens = input.into_iter();
    let krate = match (tokens.next(), tokens.next()) {
        (Some(krate), Some(TokenTree::Punct(p))) if p.as_char() == ',' => krate,
        _ => {
            return Err(Error::new(
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
) -> Result<TokenStream> {
    let literal = argument(input, names)?;
    let entry = find(&literal, codes, names)?;
    let name = entry.name.as_ref().map_or("", |n| n.value.as_str());
    let variant = Ident::new(name, literal.span);
    Ok(quote!(#ty::#variant))
}

/// The code the user wrote, with where they wrote it.
pub struct Code {
    /// The digits as written: exactly three unless the code is out of range.
    pub digits: String,
    pub span: Span,
}

fn usage(names: Names<'_>) -> String {
    format!(
        "write one status code as three decimal digits, for example `{}!(404)`",
        names.macro_name
    )
}

/// Status codes as this macro and the run-time parsers agree on them.
const RANGE: &str = "100 to 599";

/// Checks that the user wrote exactly one integer literal of plain decimal
/// digits, as `"404".parse()` would accept them.
pub fn argument(tokens: TokenStream, names: Names<'_>) -> Result<Code> {
    let m = names.macro_name;
    let usage = usage(names);
    let mut args: Vec<Vec<TokenTree>> = vec![Vec::new()];
    let mut commas: Vec<Span> = Vec::new();
    for token in tokens {
        match token {
            TokenTree::Punct(p) if p.as_char() == ',' => {
                commas.push(p.span());
                args.push(Vec::new());
            }
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
    // An empty argument is a stray comma: point at the comma itself.
    if args.len() > 1 {
        if let Some(i) = args.iter().position(Vec::is_empty) {
            // The comma that ends the empty argument.
            let comma = commas.get(i).copied();
            return Err(Error::new(
                comma.unwrap_or_else(Span::call_site),
                format!("unexpected `,`; {usage}"),
            ));
        }
        let extra = &args[1];
        return Err(Error::new(
            extra[0].span(),
            format!(
                "`{m}!` takes one status code, found {}; {usage}",
                args.len()
            ),
        ));
    }
    let arg = args.swap_remove(0);
    match arg.as_slice() {
        [] => Err(Error::new(
            Span::call_site(),
            format!("`{m}!` needs a status code; {usage}"),
        )),
        // A literal forwarded by a `macro_rules!` fragment arrives wrapped in
        // an invisible group.
        [TokenTree::Group(g)] if g.delimiter() == Delimiter::None => argument(g.stream(), names),
        [TokenTree::Literal(literal)] => match Lit::new(literal) {
            Lit::Int { value, suffix } => {
                let span = literal.span();
                let written = literal.to_string();
                if !suffix.is_empty() {
                    let hint = match value {
                        Some(n) if u16::try_from(n).is_ok_and(status_vocab::is_in_range) => {
                            format!("`{m}!({n})`")
                        }
                        _ => format!("for example `{m}!(404)`"),
                    };
                    return Err(Error::new(
                        span,
                        format!(
                            "`{written}` has the type suffix `{suffix}`; a status code is \
                             written as three decimal digits alone, as in `\"404\".parse()`: \
                             {hint}"
                        ),
                    ));
                }
                let digits = written.as_str();
                let leading_zero = digits.len() > 1 && digits.starts_with('0');
                if !digits.bytes().all(|b| b.is_ascii_digit()) || leading_zero {
                    return Err(Error::new(span, not_decimal(digits, value, m)));
                }
                Ok(Code {
                    digits: digits.to_owned(),
                    span,
                })
            }
            Lit::Str(value) => {
                let hint = if value.len() == 3 && value.bytes().all(|b| b.is_ascii_digit()) {
                    format!("write the code without quotes: `{m}!({value})`")
                } else {
                    usage.clone()
                };
                Err(Error::new(
                    literal.span(),
                    format!("expected a status code, found a string; {hint}"),
                ))
            }
            Lit::Other => Err(Error::new(
                literal.span(),
                format!("expected a status code, found `{literal}`; {usage}"),
            )),
        },
        [TokenTree::Punct(minus), TokenTree::Literal(number)] if minus.as_char() == '-' => {
            Err(Error::new_spanned(
                &arg.iter().cloned().collect::<TokenStream>(),
                format!(
                    "`-{number}` is not a status code: status codes are three digits, {RANGE}; \
                     {usage}"
                ),
            ))
        }
        tokens => {
            let found: TokenStream = tokens.iter().cloned().collect();
            // Spanning every token underlines all of `a + b`, not just the `a`.
            Err(Error::new_spanned(
                &found,
                format!("expected a status code, found `{found}`; {usage}"),
            ))
        }
    }
}

/// Why a literal such as `0x194`, `0404` or `4_04` is refused, quoting it
/// as written and giving the decimal form when there is one.
fn not_decimal(written: &str, value: Option<u128>, m: &str) -> String {
    let hint = match value {
        Some(n) if u16::try_from(n).is_ok_and(status_vocab::is_in_range) => {
            format!("; for {n}, write `{m}!({n})`")
        }
        _ => format!("; for example `{m}!(404)`"),
    };
    format!(
        "`{written}` is not how a status code is written: a status code is three decimal \
         digits, with no prefix, leading zero or `_`, as in `\"404\".parse()`{hint}"
    )
}

/// The entry for a code, or an error that explains why there is none.
pub fn find<'c>(code: &Code, codes: &'c Codes, names: Names<'_>) -> Result<&'c Entry> {
    let fail = |message: String| Err(Error::new(code.span, message));
    let digits = &code.digits;
    let n = match digits.parse::<u16>() {
        Ok(n) if digits.len() == 3 && status_vocab::is_in_range(n) => n,
        _ => {
            let why = if digits.len() == 3 {
                "RFC 9110 defines classes only for 1xx to 5xx, so status codes run from"
            } else {
                "status codes are three digits,"
            };
            let hint = match typo_fixes(digits, codes).as_slice() {
                [] => String::new(),
                fixes => format!("; did you mean {}?", or_list(fixes)),
            };
            return fail(format!(
                "{digits} is not a status code: {why} {RANGE}{hint}"
            ));
        }
    };
    match codes.get(n) {
        Some(entry) if entry.has_variant() => Ok(entry),
        Some(entry) => fail(format!(
            "{n} {} is reserved and has no variant: {}",
            entry.phrase.value, entry.description
        )),
        None => fail(not_in_file(n, codes, names)),
    }
}

/// Why a code in range is missing, and how to get it: from the vendor set
/// that has it, or as a code of one's own.
fn not_in_file(n: u16, codes: &Codes, names: Names<'_>) -> String {
    let file = names.file;
    let nearest = or_list(&nearest(n, codes));
    let vendor = status_vocab::Set::ALL
        .iter()
        .filter(|set| !set.is_iana())
        .find_map(|set| {
            let entry = data::set(set.name())?.as_ref().ok()?.get(n)?;
            Some((set.name(), entry.vendor.as_ref()?.name.as_str(), entry))
        });
    match (vendor, names.own_file) {
        (Some((set, vendor, entry)), false) => format!(
            "{n} is {vendor}'s {}, from the \"{set}\" set, not an IANA code, so `Status` has \
             no variant for it. To use it, generate an enum of your own with \
             `status_core::registry!` from a codes file with `extends = [\"iana\", \"{set}\"]`. \
             The nearest IANA codes are {nearest}",
            entry.phrase.value
        ),
        (Some((set, vendor, entry)), true) => format!(
            "{n} is not in {file}; it is {vendor}'s {}: add \"{set}\" to `extends` in {file} \
             to get it, or add a `[[status]]` entry of your own. The nearest codes are {nearest}",
            entry.phrase.value
        ),
        (None, false) => format!(
            "{n} is not in {file}, the IANA codes `Status` holds; the nearest codes are \
             {nearest}. For a code of your own, generate an enum with \
             `status_core::registry!` from a codes file with `extends = [\"iana\"]` and a \
             `[[status]]` entry for it"
        ),
        (None, true) => format!(
            "{n} is not in {file}; the nearest codes are {nearest}. \
             To use a new code, add a `[[status]]` entry for it to {file}"
        ),
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
    let usable = codes.with_variant().map(|entry| entry.code.value);
    entries(&status_vocab::nearest(code, usable), codes)
}

/// Usable codes one keystroke away from `code`: a digit deleted, inserted,
/// replaced or two swapped, with deletions from the end first.
pub fn typo_fixes<'c>(digits: &str, codes: &'c Codes) -> Vec<&'c Entry> {
    let usable = |n| codes.get(n).is_some_and(Entry::has_variant);
    entries(&status_vocab::typo_fixes(digits, usable), codes)
}

fn entries<'c>(found: &[u16], codes: &'c Codes) -> Vec<&'c Entry> {
    found.iter().filter_map(|&n| codes.get(n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::check::testing::with_class_codes as load;

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
        let out = expand(quote!(krate, 404,), &codes()).unwrap();
        assert_eq!(out.to_string(), "krate :: Status :: NotFound");
    }

    #[test]
    fn unknown_codes_suggest_the_nearest_of_their_class() {
        assert_eq!(
            message(quote!(k, 498)),
            "498 is not in codes.toml, the IANA codes `Status` holds; the nearest codes are \
             451 (Unavailable For Legal Reasons), 431 (Request Header Fields Too Large) or \
             429 (Too Many Requests). For a code of your own, generate an enum with \
             `status_core::registry!` from a codes file with `extends = [\"iana\"]` and a \
             `[[status]]` entry for it"
        );
        let own = Names {
            macro_name: "app_status",
            file: "app.toml",
            own_file: true,
        };
        let code = Code {
            digits: "498".to_owned(),
            span: Span::call_site(),
        };
        let m = find(&code, &codes(), own).err().unwrap().to_string();
        assert!(
            m.ends_with("To use a new code, add a `[[status]]` entry for it to app.toml"),
            "{m}"
        );
    }

    #[test]
    fn a_vendors_code_names_its_set_and_how_to_get_it() {
        let m = message(quote!(k, 499));
        assert!(
            m.starts_with(
                "499 is nginx's Client Closed Request, from the \"nginx\" set, not an IANA code"
            ),
            "{m}"
        );
        assert!(m.contains("`status_core::registry!`"), "{m}");
        assert!(m.contains("`extends = [\"iana\", \"nginx\"]`"), "{m}");
        let own = Names {
            macro_name: "app_status",
            file: "app.toml",
            own_file: true,
        };
        let code = Code {
            digits: "499".to_owned(),
            span: Span::call_site(),
        };
        let m = find(&code, &codes(), own).err().unwrap().to_string();
        assert!(
            m.starts_with("499 is not in app.toml; it is nginx's Client Closed Request: add \"nginx\" to `extends` in app.toml"),
            "{m}"
        );
    }

    #[test]
    fn out_of_range_codes_suggest_likely_typos() {
        assert_eq!(
            message(quote!(k, 4040)),
            "4040 is not a status code: status codes are three digits, 100 to 599; \
             did you mean 404 (Not Found) or 400 (Bad Request)?"
        );
        assert!(message(quote!(k, 20)).contains("did you mean 200 (OK)?"));
        assert!(!message(quote!(k, 7)).contains("did you mean"));
        assert!(message(quote!(k, 0)).starts_with("0 is not a status code"));
        let huge = message(quote!(k, 99999999999999999999999999999999999999999));
        assert!(
            huge.starts_with("99999999999999999999999999999999999999999 is not a status code"),
            "{huge}"
        );
    }

    #[test]
    fn codes_of_three_digits_beyond_5xx_get_no_advice_to_add_them() {
        let m = message(quote!(k, 600));
        assert!(
            m.starts_with(
                "600 is not a status code: RFC 9110 defines classes only for 1xx to 5xx, \
                 so status codes run from 100 to 599"
            ),
            "{m}"
        );
        assert!(!m.contains("[[status]]"), "{m}");
        assert!(!m.contains("999"), "{m}");
        assert!(message(quote!(k, 999)).contains("run from 100 to 599"));
    }

    #[test]
    fn only_plain_decimal_digits_are_a_code() {
        for (written, quoted) in [
            (quote!(k, 0x194), "`0x194`"),
            (quote!(k, 0o624), "`0o624`"),
            (quote!(k, 0b110010100), "`0b110010100`"),
            (quote!(k, 0404), "`0404`"),
            (quote!(k, 4_04), "`4_04`"),
        ] {
            let m = message(written);
            assert!(
                m.starts_with(&format!("{quoted} is not how a status code is written")),
                "{m}"
            );
            assert!(m.ends_with("for 404, write `status!(404)`"), "{m}");
        }
        // No decimal to suggest: the literal is quoted as written, not as 16448.
        let m = message(quote!(k, 0x4040));
        assert!(m.starts_with("`0x4040` is not how"), "{m}");
        assert!(!m.contains("16448"), "{m}");
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
            message(quote!(k, 404, 200, 201,))
                .starts_with("`status!` takes one status code, found 3")
        );
        assert!(
            message(quote!(k, "404")).contains("write the code without quotes: `status!(404)`")
        );
        let m = message(quote!(k, "abc"));
        assert!(
            m.starts_with("expected a status code, found a string"),
            "{m}"
        );
        assert!(!m.contains("status!(abc)"), "{m}");
        assert!(
            message(quote!(k, NOT_FOUND)).contains("expected a status code, found `NOT_FOUND`")
        );
        assert!(message(quote!(k, -404)).starts_with("`-404` is not a status code"));
        assert!(message(quote!(k, 404.0)).contains("expected a status code, found `404.0`"));
        // Every suffix, `u16` included, quoted as written.
        for (input, written, suffix) in [
            (quote!(k, 404u8), "404u8", "u8"),
            (quote!(k, 404u16), "404u16", "u16"),
            (quote!(k, 404_u16), "404_u16", "u16"),
            (quote!(k, 4_04u16), "4_04u16", "u16"),
        ] {
            let m = message(input);
            assert!(
                m.starts_with(&format!("`{written}` has the type suffix `{suffix}`")),
                "{m}"
            );
            assert!(m.ends_with("`status!(404)`"), "{m}");
        }
        assert!(message(quote!(404)).contains("use `status!` from status-core"));
    }

    #[test]
    fn a_stray_comma_is_named_as_such() {
        for input in [quote!(k, , 404), quote!(k, 404, , 410), quote!(k, 404, ,)] {
            let m = message(input);
            assert!(m.starts_with("unexpected `,`"), "{m}");
        }
        // One trailing comma is allowed, as in any macro call.
        assert!(expand(quote!(k, 404,), &codes()).is_ok());
    }
}
