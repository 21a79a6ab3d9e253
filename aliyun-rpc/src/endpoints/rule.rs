//! [`Endpoints`]: how a product's actions find their host, as the product declares it.

use super::host::{Host, NoHost};
use super::site::Site;

/// What decides the host of a region that the product's table does not list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum EndpointRule {
    /// One host for every region (the official SDKs' `central` rule), and no region needed.
    Central(&'static str),
    /// `<code>.<region>.aliyuncs.com` (the official SDKs' `regional` rule), with the product's
    /// code in lowercase (`ecs`).
    Regional(&'static str),
    /// Only the regions of the table: any other one has no host.
    Listed,
}

/// How a product's actions find their host: a rule, a table of region → host before it, and
/// the host of the international site (see [the module](super) for the order).
///
/// Built in constants with its `const` constructors, usually in [`Product::ENDPOINTS`]:
///
/// ```
/// use aliyun_rpc::Endpoints;
///
/// const DOMAIN: Endpoints =
///     Endpoints::central("domain.aliyuncs.com").with_international("domain-intl.aliyuncs.com");
/// const ECS: Endpoints = Endpoints::regional("ecs")
///     .with_regions(&[("cn-shenzhen-finance-1", "ecs-cn-hangzhou.aliyuncs.com")]);
///
/// assert_eq!(ECS.host(Some("cn-beijing"), Default::default()).unwrap().to_string(),
///            "ecs.cn-beijing.aliyuncs.com");
/// assert_eq!(DOMAIN.host(None, Default::default()).unwrap().to_string(), "domain.aliyuncs.com");
/// ```
///
/// [`Product::ENDPOINTS`]: crate::Product::ENDPOINTS
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Endpoints {
    rule: EndpointRule,
    regions: &'static [(&'static str, &'static str)],
    international: Option<&'static str>,
}

impl Endpoints {
    /// One `host` for every region (`domain.aliyuncs.com`).
    pub const fn central(host: &'static str) -> Endpoints {
        Endpoints::with_rule(EndpointRule::Central(host))
    }

    /// `<code>.<region>.aliyuncs.com` for the client's region; `code` is the product's code in
    /// lowercase (`ecs`). A client without a region cannot send such a product's actions.
    pub const fn regional(code: &'static str) -> Endpoints {
        Endpoints::with_rule(EndpointRule::Regional(code))
    }

    /// Only the hosts of `regions` (region id, host), as the product's metadata lists them
    /// (its `endpoints`): a region not listed, or no region, has no host.
    pub const fn table(regions: &'static [(&'static str, &'static str)]) -> Endpoints {
        Endpoints::with_rule(EndpointRule::Listed).with_regions(regions)
    }

    const fn with_rule(rule: EndpointRule) -> Endpoints {
        Endpoints {
            rule,
            regions: &[],
            international: None,
        }
    }

    /// Looks the client's region up in `regions` (region id, host) first, and applies the rule
    /// to a region not listed: the official SDKs' endpoint map.
    pub const fn with_regions(self, regions: &'static [(&'static str, &'static str)]) -> Endpoints {
        Endpoints { regions, ..self }
    }

    /// Sends the actions of a client built with [`Site::International`] to `host`, whatever
    /// the region (`domain-intl.aliyuncs.com`).
    pub const fn with_international(self, host: &'static str) -> Endpoints {
        Endpoints {
            international: Some(host),
            ..self
        }
    }

    /// The rule for regions the table does not list.
    pub const fn rule(&self) -> EndpointRule {
        self.rule
    }

    /// The table of region id → host, in declaration order.
    pub const fn regions(&self) -> &'static [(&'static str, &'static str)] {
        self.regions
    }

    /// The international site's host, if the product has one of its own.
    pub const fn international(&self) -> Option<&'static str> {
        self.international
    }

    /// Whether the host can depend on the region: the client then looks its region up (from
    /// the environment or the CLI profile, the first time) before finding the host.
    pub fn depends_on_region(&self) -> bool {
        !matches!(self.rule, EndpointRule::Central(_)) || !self.regions.is_empty()
    }

    /// The host for `region` on `site`, by the order described in [the module](super).
    pub fn host<'r>(&self, region: Option<&'r str>, site: Site) -> Result<Host<'r>, NoHost> {
        if site == Site::International
            && let Some(host) = self.international
        {
            return Ok(Host::Fixed(host));
        }
        let listed = region.and_then(|region| {
            self.regions
                .iter()
                .find(|(listed, _)| *listed == region)
                .map(|&(_, host)| host)
        });
        if let Some(host) = listed {
            return Ok(Host::Fixed(host));
        }
        match (self.rule, region) {
            (EndpointRule::Central(host), _) => Ok(Host::Fixed(host)),
            (EndpointRule::Regional(code), Some(region)) => Ok(Host::Regional { code, region }),
            (EndpointRule::Listed, Some(_)) => Err(NoHost::RegionNotListed),
            (EndpointRule::Regional(_) | EndpointRule::Listed, None) => Err(NoHost::MissingRegion),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &[(&str, &str)] = &[
        ("cn-hangzhou-finance", "ecs.aliyuncs.com"),
        ("cn-qingdao", "ecs.cn-qingdao.aliyuncs.com"),
    ];

    fn host(endpoints: Endpoints, region: Option<&str>, site: Site) -> Result<String, NoHost> {
        endpoints.host(region, site).map(|host| host.to_string())
    }

    #[test]
    fn central_ignores_the_region_and_the_international_site_takes_its_host() {
        let domain = Endpoints::central("domain.aliyuncs.com")
            .with_international("domain-intl.aliyuncs.com");
        for region in [None, Some("cn-hangzhou"), Some("ap-southeast-1")] {
            assert_eq!(
                host(domain, region, Site::China).unwrap(),
                "domain.aliyuncs.com"
            );
            assert_eq!(
                host(domain, region, Site::International).unwrap(),
                "domain-intl.aliyuncs.com"
            );
        }
        let alidns = Endpoints::central("alidns.aliyuncs.com");
        assert_eq!(
            host(alidns, None, Site::International).unwrap(),
            "alidns.aliyuncs.com",
            "a product without an international host keeps its own"
        );
        assert!(!alidns.depends_on_region() && !domain.depends_on_region());
    }

    #[test]
    fn regional_needs_a_region_and_the_table_comes_first() {
        let ecs = Endpoints::regional("ecs").with_regions(TABLE);
        assert!(ecs.depends_on_region());
        assert_eq!(
            host(ecs, Some("cn-beijing"), Site::China).unwrap(),
            "ecs.cn-beijing.aliyuncs.com"
        );
        assert_eq!(
            host(ecs, Some("cn-hangzhou-finance"), Site::China).unwrap(),
            "ecs.aliyuncs.com"
        );
        assert_eq!(host(ecs, None, Site::China), Err(NoHost::MissingRegion));
        assert_eq!(
            host(ecs, None, Site::International),
            Err(NoHost::MissingRegion)
        );
    }

    #[test]
    fn a_table_alone_knows_only_its_regions() {
        let listed = Endpoints::table(TABLE);
        assert_eq!(listed.rule(), EndpointRule::Listed);
        assert_eq!(listed.regions(), TABLE);
        assert_eq!(
            host(listed, Some("cn-qingdao"), Site::China).unwrap(),
            "ecs.cn-qingdao.aliyuncs.com"
        );
        assert_eq!(
            host(listed, Some("cn-beijing"), Site::China),
            Err(NoHost::RegionNotListed)
        );
        assert_eq!(host(listed, None, Site::China), Err(NoHost::MissingRegion));
    }

    #[test]
    fn a_central_product_with_a_table_uses_it_for_listed_regions() {
        let mapped = Endpoints::central("domain.aliyuncs.com")
            .with_regions(&[("ap-southeast-1", "domain-intl.aliyuncs.com")]);
        assert!(mapped.depends_on_region());
        assert_eq!(
            host(mapped, Some("ap-southeast-1"), Site::China).unwrap(),
            "domain-intl.aliyuncs.com"
        );
        assert_eq!(
            host(mapped, Some("cn-beijing"), Site::China).unwrap(),
            "domain.aliyuncs.com"
        );
        assert_eq!(
            host(mapped, None, Site::China).unwrap(),
            "domain.aliyuncs.com"
        );
        assert_eq!(mapped.international(), None);
    }
}
