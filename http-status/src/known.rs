//! Every code the command knows: the IANA registry, from which
//! `status_core::Status` is built, and the vendor sets that status-core
//! ships, such as nginx's 499 and Cloudflare's 520.

status_core::registry! {
    file = "codes.toml",
    name = Known,
    vis = pub(crate),
    module = known,
}

/// A vendor's set, as `extends` in a codes file names it: one of the
/// built-in sets of status-vocab other than the IANA registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Set(status_vocab::Set);

impl Set {
    /// The vendor sets, in the order the documentation lists them.
    pub fn all() -> impl Iterator<Item = Set> {
        status_vocab::Set::ALL
            .into_iter()
            .filter(|set| !set.is_iana())
            .map(Set)
    }

    /// The set called `name`, ignoring ASCII case.
    pub fn named(name: &str) -> Option<Set> {
        Set::all().find(|set| set.name().eq_ignore_ascii_case(name))
    }

    /// The set that holds `status`, or `None` for an IANA code. Each
    /// vendor's code records the set it came from.
    pub fn of(status: Known) -> Option<Set> {
        let name = status.vendor()?.set()?;
        Set::all().find(|set| set.name() == name)
    }

    /// The name in `extends`, such as `"aws-elb"`.
    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// The set's codes, in ascending order.
    pub fn codes(self) -> impl Iterator<Item = Known> {
        Known::ALL
            .iter()
            .copied()
            .filter(move |&status| Set::of(status) == Some(self))
    }
}

/// Whether `status` is in the IANA registry, as every code of
/// `status_core::Status` is, rather than a vendor's own.
pub fn is_iana(status: Known) -> bool {
    status.vendor().is_none()
}

/// The codes of the IANA registry, in ascending order.
pub fn iana() -> impl Iterator<Item = Known> {
    Known::ALL.iter().copied().filter(|&status| is_iana(status))
}

#[cfg(test)]
mod tests {
    use super::*;

    use status_core::Status;

    #[test]
    fn iana_codes_are_status_codes_with_the_same_data() {
        let iana: Vec<Known> = iana().collect();
        assert_eq!(iana.len(), Status::ALL.len());
        for (&status, known) in Status::ALL.iter().zip(iana) {
            assert_eq!(status.code(), known.code());
            assert_eq!(status.phrase(), known.phrase());
            assert_eq!(status.description(), known.description());
            assert_eq!(status.name(), known.name());
        }
    }

    #[test]
    fn every_vendor_code_is_in_exactly_one_set() {
        for &status in Known::ALL {
            let sets = Set::all()
                .filter(|set| set.codes().any(|s| s == status))
                .count();
            let expected = usize::from(!is_iana(status));
            assert_eq!(sets, expected, "{status}");
            // Every vendor code here comes from a built-in set.
            if let Some(vendor) = status.vendor() {
                assert!(vendor.set().is_some(), "{status}");
            }
        }
        for set in Set::all() {
            assert!(set.codes().next().is_some(), "{} is empty", set.name());
        }
        assert_eq!(Set::all().count(), status_vocab::Set::ALL.len() - 1);
    }

    #[test]
    fn sets_hold_the_codes_that_vendors_document() {
        let codes = |name| -> Vec<u16> {
            Set::named(name)
                .unwrap()
                .codes()
                .map(|s| s.code())
                .collect()
        };
        assert_eq!(codes("nginx"), [444, 494, 495, 496, 497, 499]);
        assert_eq!(
            codes("Cloudflare"),
            [520, 521, 522, 523, 524, 525, 526, 530]
        );
        assert_eq!(codes("aws-elb"), [460, 463, 464, 561]);
        assert!(codes("microsoft").starts_with(&[440, 449]));
        assert_eq!(Set::named("iana"), None);
        assert_eq!(Set::named("Microsoft").map(Set::name), Some("microsoft"));
        assert_eq!(Set::of(Known::NotFound), None);
    }
}
