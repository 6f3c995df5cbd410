//! The sets of codes that status-core ships, as a codes file's `extends`
//! names them.

use crate::semantics::str_eq;

/// A set of codes that status-core ships: the IANA registry, or the codes
/// one vendor uses outside it, such as nginx's 499.
///
/// A codes file builds on sets with `extends = ["iana", "nginx"]`; a
/// vendor's code remembers its set, so a tool can say where it came from.
///
/// ```
/// use status_vocab::Set;
///
/// let names: Vec<&str> = Set::ALL.iter().map(|set| set.name()).collect();
/// assert_eq!(names, ["iana", "nginx", "cloudflare", "aws-elb", "microsoft", "shopify"]);
/// assert_eq!(Set::named("aws-elb").map(Set::vendor), Some("AWS Elastic Load Balancing"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Set {
    name: &'static str,
    vendor: &'static str,
}

impl Set {
    /// The IANA HTTP Status Code Registry, the set every other extends.
    pub const IANA: Set = Set::new("iana", "IANA");

    /// Every set, the IANA registry first, then the vendors' sets in the
    /// order the documentation lists them.
    pub const ALL: [Set; 6] = [
        Set::IANA,
        Set::new("nginx", "nginx"),
        Set::new("cloudflare", "Cloudflare"),
        Set::new("aws-elb", "AWS Elastic Load Balancing"),
        Set::new("microsoft", "Microsoft"),
        Set::new("shopify", "Shopify"),
    ];

    /// The names of every set, in the order of [`Set::ALL`], for a
    /// message that lists them.
    ///
    /// ```
    /// use status_vocab::Set;
    ///
    /// assert_eq!(Set::NAMES[1], "nginx");
    /// ```
    pub const NAMES: [&'static str; 6] = {
        let mut names = [""; 6];
        let mut i = 0;
        while i < names.len() {
            names[i] = Set::ALL[i].name;
            i += 1;
        }
        names
    };

    const fn new(name: &'static str, vendor: &'static str) -> Set {
        Set { name, vendor }
    }

    /// The set called `name`, as `extends` writes it; case matters.
    ///
    /// ```
    /// use status_vocab::Set;
    ///
    /// assert_eq!(Set::named("iana"), Some(Set::IANA));
    /// assert_eq!(Set::named("ngnix"), None);
    /// assert_eq!(Set::named("Nginx"), None);
    /// ```
    pub const fn named(name: &str) -> Option<Set> {
        let mut i = 0;
        while i < Set::ALL.len() {
            if str_eq(Set::ALL[i].name, name) {
                return Some(Set::ALL[i]);
            }
            i += 1;
        }
        None
    }

    /// The name `extends` uses, such as `"aws-elb"`: lowercase ASCII
    /// letters and hyphens.
    ///
    /// ```
    /// use status_vocab::Set;
    ///
    /// assert_eq!(Set::IANA.name(), "iana");
    /// ```
    pub const fn name(self) -> &'static str {
        self.name
    }

    /// Who defines the set's codes, as a person would write it, such as
    /// `"Cloudflare"` or `"IANA"`.
    ///
    /// A set can hold the codes of several products of one vendor:
    /// Microsoft's has Exchange's and WebDAV's, and each code's own vendor
    /// data names the product.
    ///
    /// ```
    /// use status_vocab::Set;
    ///
    /// assert_eq!(Set::named("microsoft").map(Set::vendor), Some("Microsoft"));
    /// ```
    pub const fn vendor(self) -> &'static str {
        self.vendor
    }

    /// Whether this is the IANA registry rather than a vendor's set.
    ///
    /// ```
    /// use status_vocab::Set;
    ///
    /// assert!(Set::IANA.is_iana());
    /// assert!(!Set::ALL[1].is_iana());
    /// ```
    pub const fn is_iana(self) -> bool {
        str_eq(self.name, Set::IANA.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_found() {
        for (i, set) in Set::ALL.iter().enumerate() {
            assert_eq!(Set::named(set.name()), Some(*set));
            assert_eq!(Set::NAMES[i], set.name());
            assert!(!set.vendor().is_empty());
            assert!(
                set.name()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{}",
                set.name()
            );
        }
        let iana: usize = Set::ALL.iter().map(|set| usize::from(set.is_iana())).sum();
        assert_eq!(iana, 1);
        assert_eq!(Set::named(""), None);
        assert_eq!(Set::named("iana "), None);
    }
}
