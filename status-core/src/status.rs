pub(crate) struct Entry {
    pub code: &'static str,
    pub phrase: &'static str,
    pub description: &'static str,
    pub status_line: &'static str,
    pub display: &'static str,
    pub reference: Option<&'static str>,
    pub url: Option<&'static str>,
    pub aliases: &'static [&'static str],
    pub headers: &'static [&'static str],
    pub cacheable: bool,
    pub content: bool,
    pub redirect: Option<Redirect>,
    pub registration: Registration,
    pub deprecated: Option<&'static str>,
}
pub enum Redirect { PreservesMethod, MayChangeToGet, ChangesToGet }
pub enum Registration { Assigned, Unused, Deprecated, Obsoleted }

status_macros::define_status!();
