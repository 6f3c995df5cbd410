//! `registry!`: a user's codes file turned into the user's own enum and
//! checked macro.
//!
//! The input is `$crate; key = value, ...`: status-core's wrapper passes
//! `$crate` first so that the expansion names status-core even when the
//! dependency is renamed.

use std::path::{Path, PathBuf};

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned};

use crate::collect::collect;
use crate::data;
use crate::data::model::Kind as DataKind;
use crate::data::problem::{DataError, LineIndex, to_compile_errors};
use crate::expand::{Data, Kind, Registry, Target, generate};
use crate::macros::status::{Names, to_variant};
use crate::macros::{or_fallback, without_data};
use crate::tokens::error::{Error, Result};
use crate::tokens::literal::LitStr;

/// Every key `registry!` takes, with an example of its form.
const KEYS: &[(&str, &str)] = &[
    ("file", "file = \"codes.toml\""),
    ("name", "name = AppStatus"),
    ("macro", "macro = app_status"),
    ("vis", "vis = pub(crate)"),
    ("module", "module = http::codes"),
];

/// What the user asked for.
pub struct Options {
    pub krate: TokenStream,
    /// The file as written, and the literal for error spans.
    pub file: LitStr,
    pub name: Ident,
    pub macro_name: Option<Ident>,
    pub vis: TokenStream,
    /// The module path from the crate root, each segment followed by `::`.
    pub module: TokenStream,
}

/// Splits `$crate; rest` into the crate path and the rest.
pub fn split_krate(input: TokenStream) -> Result<(TokenStream, TokenStream)> {
    let mut krate = TokenStream::new();
    let mut tokens = input.into_iter();
    for token in tokens.by_ref() {
        match &token {
            TokenTree::Punct(p) if p.as_char() == ';' => {
                return Ok((krate, tokens.collect()));
            }
            _ => krate.extend([token]),
        }
    }
    Err(Error::new(
        Span::call_site(),
        "use `registry!` from status-core rather than this macro directly",
    ))
}

/// `key = value` pairs separated by commas, each value kept as tokens.
fn pairs(input: TokenStream) -> Result<Vec<(Ident, TokenStream)>> {
    let mut groups: Vec<Vec<TokenTree>> = vec![Vec::new()];
    for token in input {
        match token {
            TokenTree::Punct(p) if p.as_char() == ',' => groups.push(Vec::new()),
            token => {
                if let Some(group) = groups.last_mut() {
                    group.push(token);
                }
            }
        }
    }
    let mut out = Vec::new();
    for group in groups.into_iter().filter(|g| !g.is_empty()) {
        let mut tokens = group.into_iter();
        match (tokens.next(), tokens.next()) {
            (Some(TokenTree::Ident(key)), Some(TokenTree::Punct(eq))) if eq.as_char() == '=' => {
                out.push((key, tokens.collect()));
            }
            (Some(first), _) => {
                return Err(Error::new(
                    first.span(),
                    format!(
                        "expected `key = value`, such as `file = \"codes.toml\"`; the keys are {}",
                        key_list()
                    ),
                ));
            }
            (None, _) => {}
        }
    }
    Ok(out)
}

fn key_list() -> String {
    KEYS.iter()
        .map(|(k, _)| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn single_ident(key: &Ident, value: TokenStream) -> Result<Ident> {
    let mut tokens = value.clone().into_iter();
    match (tokens.next(), tokens.next()) {
        (Some(TokenTree::Ident(ident)), None) => Ok(ident),
        _ => Err(error_at(
            key,
            &value,
            format!(
                "`{key}` takes one identifier, such as `{}`",
                example(&key.to_string())
            ),
        )),
    }
}

fn example(key: &str) -> &'static str {
    KEYS.iter().find(|(k, _)| *k == key).map_or("", |(_, e)| *e)
}

fn error_at(key: &Ident, value: &TokenStream, message: String) -> Error {
    match value.clone().into_iter().next() {
        Some(first) => Error::new(first.span(), message),
        None => Error::new(key.span(), message),
    }
}

/// Reads the options, reporting every problem at once.
pub fn options(krate: TokenStream, input: TokenStream) -> std::result::Result<Options, Vec<Error>> {
    // A missing key is reported over what the user wrote, so the message
    // points at their call rather than into status-core's macro.
    let first = input
        .clone()
        .into_iter()
        .next()
        .map_or(Span::call_site(), |t| t.span());
    let pairs = pairs(input).map_err(|error| vec![error])?;
    let mut file = None;
    let mut name = None;
    let mut macro_name = None;
    let mut vis = None;
    let mut module = None;
    let mut seen: Vec<String> = Vec::new();
    collect(|errors| {
        for (key, value) in pairs {
            let k = key.to_string();
            if seen.contains(&k) {
                errors.push(Error::new(
                    key.span(),
                    format!("`{k}` is given twice; keep one"),
                ));
                continue;
            }
            seen.push(k.clone());
            let result = match k.as_str() {
                "file" => LitStr::parse(value.clone())
                    .map(|lit| file = Some(lit))
                    .ok_or_else(|| {
                        error_at(
                            &key,
                            &value,
                            "`file` takes a string literal, the path of the codes file relative \
                         to the crate's Cargo.toml, such as `file = \"codes.toml\"`"
                                .to_owned(),
                        )
                    }),
                "name" => single_ident(&key, value).map(|i| name = Some(i)),
                "macro" => single_ident(&key, value).map(|i| macro_name = Some(i)),
                "vis" => visibility(&key, value).map(|v| vis = Some(v)),
                "module" => module_path(&key, value).map(|m| module = Some(m)),
                other => {
                    let hint = status_vocab::closest(other, KEYS.iter().map(|(k, _)| *k))
                        .map_or(String::new(), |k| format!("did you mean `{k}`? "));
                    Err(Error::new(
                        key.span(),
                        format!(
                            "unknown key `{other}` in `registry!`; {hint}the keys are {}",
                            key_list()
                        ),
                    ))
                }
            };
            errors.ok(result);
        }
        // A key given with a bad value has been reported already.
        for key in ["file", "name"] {
            if !seen.iter().any(|k| k == key) {
                errors.push(Error::new(
                    first,
                    format!("`registry!` needs `{key}`, for example `{}`", example(key)),
                ));
            }
        }
    })?;
    match (file, name) {
        (Some(file), Some(name)) => Ok(Options {
            krate,
            file,
            name,
            macro_name,
            vis: vis.unwrap_or_else(|| quote!(pub)),
            module: module.unwrap_or_default(),
        }),
        _ => Err(vec![Error::new(
            Span::call_site(),
            "`registry!` needs `file` and `name`",
        )]),
    }
}

/// `pub`, `pub(crate)`, `pub(super)`, `pub(in path)`, or `private` for an
/// enum seen only in its own module.
fn visibility(key: &Ident, value: TokenStream) -> Result<TokenStream> {
    let tokens: Vec<TokenTree> = value.clone().into_iter().collect();
    match tokens.as_slice() {
        [TokenTree::Ident(i)] if i == "private" => Ok(TokenStream::new()),
        [TokenTree::Ident(i)] if i == "pub" => Ok(value),
        [TokenTree::Ident(i), TokenTree::Group(g)]
            if i == "pub" && g.delimiter() == Delimiter::Parenthesis =>
        {
            Ok(value)
        }
        _ => Err(error_at(
            key,
            &value,
            "`vis` takes a visibility: `pub`, `pub(crate)`, `pub(super)`, `pub(in path)`, \
             or `private`"
                .to_owned(),
        )),
    }
}

/// `module = codes::http`, the path from the crate root to the module that
/// calls `registry!`. A leading `crate::` is allowed.
fn module_path(key: &Ident, value: TokenStream) -> Result<TokenStream> {
    let mut segments: Vec<Ident> = Vec::new();
    let mut expect_ident = true;
    let mut tokens = value.clone().into_iter().peekable();
    while let Some(token) = tokens.next() {
        match (&token, expect_ident) {
            (TokenTree::Ident(i), true) => {
                segments.push(i.clone());
                expect_ident = false;
            }
            (TokenTree::Punct(p), false)
                if p.as_char() == ':'
                    && matches!(tokens.next(), Some(TokenTree::Punct(q)) if q.as_char() == ':') =>
            {
                expect_ident = true;
            }
            _ => {
                return Err(error_at(
                    key,
                    &value,
                    "`module` takes the path from the crate root to the module that calls \
                     `registry!`, such as `module = http::codes`"
                        .to_owned(),
                ));
            }
        }
    }
    if segments.first().is_some_and(|s| s == "crate") {
        segments.remove(0);
    }
    if expect_ident || segments.is_empty() {
        return Err(error_at(
            key,
            &value,
            "`module` takes a path such as `module = http::codes`; leave it out at the crate root"
                .to_owned(),
        ));
    }
    Ok(quote!(#(#segments ::)*))
}

/// The file's absolute path: `file` joined to the crate's directory.
fn resolve_path(file: &LitStr) -> Result<PathBuf> {
    let dir = std::env::var_os("CARGO_MANIFEST_DIR").ok_or_else(|| {
        Error::new(
            file.span(),
            "CARGO_MANIFEST_DIR is not set, so `file` cannot be found; build with cargo",
        )
    })?;
    Ok(Path::new(&dir).join(file.value()))
}

/// Reads the file, or says where it looked. A file that is not UTF-8 is
/// reported at the first byte that is not, as `file:LINE:COLUMN`.
fn read(file: &LitStr, path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|error| {
        Error::new(
            file.span(),
            format!(
                "cannot read {}: {error}; `file` is relative to the directory of the crate's \
                 Cargo.toml",
                path.display()
            ),
        )
    })?;
    String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        let bytes = error.as_bytes();
        let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        let pos = LineIndex::new(before).pos(valid);
        let byte = bytes.get(valid).copied().unwrap_or_default();
        Error::new(
            file.span(),
            DataError::new(
                pos,
                format!("the byte 0x{byte:02X} is not UTF-8; a codes file is UTF-8 text"),
            )
            .render(&file.value()),
        )
    })
}

/// The whole expansion of `registry!`.
pub fn expand(input: TokenStream) -> TokenStream {
    let options = match split_krate(input)
        .map_err(|error| vec![error])
        .and_then(|(krate, rest)| options(krate, rest))
    {
        Ok(options) => options,
        Err(errors) => return or_fallback(Err(errors), TokenStream::new),
    };
    let target = |extends_iana: bool, file: String| Target {
        krate: options.krate.clone(),
        name: options.name.clone(),
        vis: options.vis.clone(),
        macro_name: options.macro_name.clone(),
        kind: Kind::Registry(Registry {
            module: options.module.clone(),
            extends_iana,
            file,
        }),
    };
    let file = &options.file;
    let mut text = None;
    let expansion = resolve_path(file)
        .and_then(|path| Ok((read(file, &path)?, path)))
        .map_err(|error| vec![error])
        .and_then(|(read, path)| {
            let codes = data::load(&read, DataKind::User);
            text = Some(read);
            let codes = codes
                .map_err(|problems| to_compile_errors(&problems, &file.value(), file.span()))?;
            let path = path.to_string_lossy().into_owned();
            let mut out = generate(Data::Valid(&codes), &target(codes.extends_iana, path));
            out.extend(placement_check(&options));
            Ok(out)
        });
    or_fallback(expansion, || {
        // The enum converts to and from `Status` as the file says, so code
        // that relies on that adds no errors of its own.
        let extends_iana = text.as_deref().is_some_and(data::extends_iana);
        without_data(&target(extends_iana, String::new()))
    })
}

/// The checked macro names the enum as `$crate::module::Name`, which only
/// works where `module` says where `registry!` was called. A proc macro
/// cannot see its module, but its expansion can: this compares
/// `module_path!()` with `module` in a `const` that fails, at `name`, with
/// a message that says which `module` to write.
fn placement_check(options: &Options) -> TokenStream {
    let Options {
        krate,
        name,
        module,
        ..
    } = options;
    let module = module
        .to_string()
        .split("::")
        .map(|segment| segment.trim().trim_start_matches("r#").to_owned())
        .filter(|segment| !segment.is_empty())
        .collect::<Vec<_>>()
        .join("::");
    let ty = name.to_string();
    // Resolved as status-core's tokens are, but reported at `name`.
    let span = krate
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |token| token.span())
        .located_at(name.span());
    quote_spanned! {span=>
        const _: () = if let ::core::option::Option::Some(misplaced) =
            #krate::__private::Misplaced::check(::core::module_path!(), #module, #ty)
        {
            ::core::panic!("{}", misplaced.message());
        };
    }
}

/// The last arm of a registry's checked macro: input that matched no code.
/// Reads the same file and says what is wrong, pointing at what the user
/// wrote; where the input does name a code, such as a literal forwarded by
/// another `macro_rules!`, it expands to the variant like the arms do.
///
/// The input is `path = $crate::Name, file = "/abs/codes.toml", name = Name,
/// macro = app_status; <what the user wrote>`.
pub fn expand_error(input: TokenStream) -> TokenStream {
    match explain(input) {
        Ok(tokens) => tokens,
        Err(error) => error.into_compile_error(),
    }
}

fn explain(input: TokenStream) -> Result<TokenStream> {
    let (head, user) = split_krate(input)?;
    let mut path = None;
    let mut file = None;
    let mut macro_name = None;
    for (key, value) in pairs(head)? {
        match key.to_string().as_str() {
            "path" => path = Some(value),
            "file" => file = LitStr::parse(value),
            "macro" => macro_name = Some(value.to_string()),
            _ => {}
        }
    }
    let (Some(path), Some(file), Some(macro_name)) = (path, file, macro_name) else {
        return Err(Error::new(
            Span::call_site(),
            "this macro is generated by `registry!`; call the registry's own macro",
        ));
    };
    let absolute = file.value();
    let shown = Path::new(&absolute)
        .file_name()
        .map_or(absolute.clone(), |f| f.to_string_lossy().into_owned());
    let text = read(&file, Path::new(&absolute))?;
    let names = Names {
        macro_name: &macro_name,
        file: &shown,
        own_file: true,
    };
    match data::load(&text, DataKind::User) {
        Ok(codes) => to_variant(path, user, &codes, names),
        Err(_) => Err(Error::new(
            Span::call_site(),
            format!("{shown} is invalid; fix the errors reported at `registry!`"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(input: TokenStream) -> std::result::Result<Options, String> {
        options(quote!(krate), input).map_err(|errors| {
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        })
    }

    #[test]
    fn the_documented_form_is_read() {
        let options = parse(quote!(file = "codes.toml", name = AppStatus, macro = app_status,))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(options.file.value(), "codes.toml");
        assert_eq!(options.name.to_string(), "AppStatus");
        assert_eq!(
            options.macro_name.map(|m| m.to_string()).as_deref(),
            Some("app_status")
        );
        assert_eq!(options.vis.to_string(), "pub");
        assert!(options.module.is_empty());
    }

    #[test]
    fn visibility_and_module_are_optional_keys() {
        let options = parse(quote!(
            file = "codes.toml", name = AppStatus, vis = pub(crate), module = crate::http::codes
        ))
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(options.vis.to_string(), quote!(pub(crate)).to_string());
        assert_eq!(
            options.module.to_string(),
            quote!(http::codes::).to_string()
        );
        let private = parse(quote!(file = "c.toml", name = A, vis = private)).unwrap();
        assert!(private.vis.is_empty());
    }

    fn message(input: TokenStream) -> String {
        match parse(input) {
            Ok(options) => panic!("expected an error, got `{}`", options.name),
            Err(messages) => messages,
        }
    }

    #[test]
    fn every_mistake_is_reported_at_once() {
        let m = message(quote!(fle = "codes.toml", name = "AppStatus", vis = public));
        let lines: Vec<&str> = m.lines().collect();
        assert_eq!(lines.len(), 4, "{m}");
        assert!(
            lines[0].starts_with("unknown key `fle` in `registry!`; did you mean `file`?"),
            "{m}"
        );
        assert!(lines[1].starts_with("`name` takes one identifier"), "{m}");
        assert!(lines[2].starts_with("`vis` takes a visibility"), "{m}");
        assert!(lines[3].starts_with("`registry!` needs `file`"), "{m}");
    }

    #[test]
    fn bad_module_paths_and_repeated_keys_are_errors() {
        assert!(message(quote!(file = "a", name = A, module = a::)).contains("`module` takes"));
        assert!(message(quote!(file = "a", name = A, module = a.b)).contains("`module` takes"));
        assert!(message(quote!(file = "a", name = A, name = B)).contains("`name` is given twice"));
        assert!(message(quote!(file = 3, name = A)).contains("`file` takes a string literal"));
    }

    #[test]
    fn the_placement_check_compares_the_module_as_module_path_writes_it() {
        let options = parse(quote!(file = "a", name = A, module = crate::http::r#type))
            .unwrap_or_else(|e| panic!("{e}"));
        let expected = quote! {
            const _: () = if let ::core::option::Option::Some(misplaced) =
                krate::__private::Misplaced::check(::core::module_path!(), "http::type", "A")
            {
                ::core::panic!("{}", misplaced.message());
            };
        };
        assert_eq!(placement_check(&options).to_string(), expected.to_string());
        let root = parse(quote!(file = "a", name = A)).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            placement_check(&root)
                .to_string()
                .contains(r#"module_path ! () , "" , "A""#)
        );
    }

    #[test]
    fn the_crate_path_comes_before_a_semicolon() {
        let (krate, rest) = split_krate(quote!(some::path; file = "a")).unwrap();
        assert_eq!(krate.to_string(), quote!(some::path).to_string());
        assert_eq!(rest.to_string(), quote!(file = "a").to_string());
        assert!(split_krate(quote!(file = "a")).is_err());
    }

    #[test]
    fn a_file_that_is_not_utf8_is_reported_at_its_byte() {
        let path = std::env::temp_dir().join(format!("status-utf8-{}.toml", std::process::id()));
        std::fs::write(
            &path,
            b"[[status]]\ncode = 404\nphrase = \"Not \xFF Found\"\n",
        )
        .unwrap();
        let file = LitStr::parse(quote!("app.toml")).unwrap();
        let error = read(&file, &path).unwrap_err();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(
            error.to_string(),
            "app.toml:3:15: the byte 0xFF is not UTF-8; a codes file is UTF-8 text"
        );
    }
}
