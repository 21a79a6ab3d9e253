//! Test support for regions and endpoints: one product of each endpoint rule, an action of each,
//! and clients whose region sources (environment, home directory) are the test's own, so that
//! tests running in parallel threads never touch the process environment or `$HOME`.

#![allow(dead_code, unreachable_pub, unused_imports)]

use aliyun_rpc::credentials::{ChainConfig, Env};
use aliyun_rpc::{Client, ClientBuilder, Credentials, Endpoints, Product, Rpc, SignatureVersion};
pub use test_support::{Reply, Request, Server, TempDir};

/// A central product with an international host of its own, as `domain-api` declares Domain.
pub struct Central;

impl Product for Central {
    const NAME: &'static str = "Domain";
    const VERSION: &'static str = "2018-01-29";
    const ENDPOINT: &'static str = "domain.aliyuncs.com";
    const ENDPOINTS: Endpoints =
        Endpoints::central(Self::ENDPOINT).with_international("domain-intl.aliyuncs.com");
}

/// A central product that declares nothing but its host, as `alidns-api` declares Alidns.
pub struct PlainCentral;

impl Product for PlainCentral {
    const NAME: &'static str = "Alidns";
    const VERSION: &'static str = "2015-01-09";
    const ENDPOINT: &'static str = "alidns.aliyuncs.com";
}

/// ECS: the regional pattern, with two of the irregular hosts its metadata lists in a table.
pub struct Ecs;

/// Two entries of the ECS metadata's `endpoints` that the pattern does not give.
pub const ECS_IRREGULAR_HOSTS: &[(&str, &str)] = &[
    ("cn-hangzhou-finance", "ecs.aliyuncs.com"),
    ("cn-shenzhen-finance-1", "ecs-cn-hangzhou.aliyuncs.com"),
];

impl Product for Ecs {
    const NAME: &'static str = "Ecs";
    const VERSION: &'static str = "2014-05-26";
    const ENDPOINT: &'static str = "ecs.aliyuncs.com";
    const ENDPOINTS: Endpoints = Endpoints::regional("ecs").with_regions(ECS_IRREGULAR_HOSTS);
}

/// A product known only by its table of hosts.
pub struct Listed;

impl Product for Listed {
    const NAME: &'static str = "Listed";
    const VERSION: &'static str = "2020-01-01";
    const ENDPOINT: &'static str = "listed.aliyuncs.com";
    const ENDPOINTS: Endpoints = Endpoints::table(&[
        ("cn-qingdao", "listed.cn-qingdao.aliyuncs.com"),
        ("cn-beijing", "listed-north.aliyuncs.com"),
    ]);
}

/// An action of [`Central`].
#[derive(Debug, Default, Rpc)]
#[rpc(product = Central, action = "QueryDomainList")]
pub struct QueryDomainList {
    pub lang: Option<String>,
}

/// An action of [`PlainCentral`].
#[derive(Debug, Default, Rpc)]
#[rpc(product = PlainCentral, action = "DescribeDomains")]
pub struct DescribeDomains {
    pub key_word: Option<String>,
}

/// ECS `DescribeRegions`, which takes an optional `RegionId` for the client to fill.
#[derive(Debug, Default, Rpc)]
#[rpc(product = Ecs, action = "DescribeRegions")]
pub struct DescribeRegions {
    pub region_id: Option<String>,
    pub accept_language: Option<String>,
}

/// An ECS action without `RegionId`.
#[derive(Debug, Default, Rpc)]
#[rpc(product = Ecs, action = "DescribeAccountAttributes")]
pub struct DescribeAccountAttributes {
    pub zone_id: Option<String>,
}

/// An ECS action whose `RegionId` is required: the action always writes its own.
#[derive(Debug, Default, Rpc)]
#[rpc(product = Ecs, action = "DescribeZones")]
pub struct DescribeZones {
    pub region_id: String,
}

/// An action of [`Listed`].
#[derive(Debug, Default, Rpc)]
#[rpc(product = Listed, action = "DescribeThings")]
pub struct DescribeThings {
    pub name: Option<String>,
}

/// Exactly these environment variables and no home directory.
pub fn env_only(vars: &[(&str, &str)]) -> ChainConfig {
    ChainConfig::new(Env::from_pairs(vars.iter().copied()))
}

/// Exactly these variables, with `home` as the home directory.
pub fn env_and_home(vars: &[(&str, &str)], home: &TempDir) -> ChainConfig {
    env_only(vars).home(home.path())
}

/// A client reading its region sources from `config`, with fixed V1 credentials.
pub fn builder(config: ChainConfig) -> ClientBuilder {
    Client::builder()
        .config(config)
        .credentials(Credentials::new("test-id", "test-secret"))
        .signature_version(SignatureVersion::V1)
}

/// The URL `client` sends `A` to, as text; panics on an error.
pub fn url_of<A: aliyun_rpc::RpcAction>(client: &Client) -> String {
    client
        .endpoint_for::<A>()
        .unwrap_or_else(|error| panic!("{}: {error}", A::ACTION))
        .to_string()
}

/// A CLI configuration whose current profile `default` has region `cn-qingdao` and whose
/// profile `west` has `us-west-1`; `blank` has none.
pub const CLI_CONFIG: &str = r#"{
  "current": "default",
  "profiles": [
    {"name": "default", "mode": "AK", "access_key_id": "LTAI-default",
     "access_key_secret": "default-secret", "region_id": "cn-qingdao"},
    {"name": "west", "mode": "AK", "access_key_id": "LTAI-west",
     "access_key_secret": "west-secret", "region_id": "us-west-1"},
    {"name": "blank", "mode": "AK", "access_key_id": "LTAI-blank",
     "access_key_secret": "blank-secret", "region_id": ""}
  ]
}"#;

/// A home directory holding `~/.aliyun/config.json` = `contents`.
pub fn home_with_cli_config(contents: &str) -> TempDir {
    let home = TempDir::new("aliyun-rpc-regions");
    home.write(".aliyun/config.json", contents);
    home
}
