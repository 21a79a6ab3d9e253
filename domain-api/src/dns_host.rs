//! A DNS host (a glue record): a name server inside the domain it serves, registered at the
//! registry with its addresses so that resolvers can reach it.

/// A host name under the domain and its addresses, as the actions that create or change a DNS
/// host take them.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct DnsHost {
    /// `DnsName`: the host's label under the domain (`ns1` for `ns1.example.com`); required.
    pub dns_name: String,
    /// `Ip.N`: the host's IPv4 or IPv6 addresses, 1 to 13; required.
    #[rpc(min_len = 1, max_len = 13)]
    pub ip: Vec<String>,
}
