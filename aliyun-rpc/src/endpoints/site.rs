//! [`Site`]: the China or the international site of Alibaba Cloud.

/// Which Alibaba Cloud site the account belongs to: `aliyun.com` (China) or
/// `alibabacloud.com` (international).
///
/// Most products answer both sites' accounts on the same hosts, and ignore it. A product whose
/// international site has its own host declares it ([`Endpoints::with_international`]), and a
/// client built with [`Site::International`] sends that product's actions there: Domain's
/// international accounts use `domain-intl.aliyuncs.com`.
///
/// [`Endpoints::with_international`]: super::Endpoints::with_international
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Site {
    /// The China site (`aliyun.com`): each product's usual host. The default.
    #[default]
    China,
    /// The international site (`alibabacloud.com`): a product's international host where it
    /// declares one.
    International,
}
