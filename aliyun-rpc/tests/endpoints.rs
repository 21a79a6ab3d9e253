//! Which URL the client sends an action to, by each endpoint rule a product can declare: central,
//! central with the international site selected, the regional pattern, a table of hosts, an
//! explicit endpoint over all of them, and a missing region, which fails before anything is
//! sent. The hosts are real Alibaba hosts, so the URLs are read through
//! [`Client::endpoint_for`]; the calls that do go out go to a server on 127.0.0.1.

mod regions_support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use aliyun_rpc::credentials::CredentialsFuture;
use aliyun_rpc::{Client, Credentials, EndpointError, Error, ProvideCredentials, Scheme, Site};
use regions_support::{
    DescribeDomains, DescribeRegions, DescribeThings, QueryDomainList, Reply, Server, builder,
    env_only, url_of,
};

#[test]
fn a_central_product_has_one_host_whatever_the_region() {
    for client in [
        builder(env_only(&[])).build().unwrap(),
        builder(env_only(&[]))
            .region("ap-southeast-1")
            .build()
            .unwrap(),
    ] {
        assert_eq!(
            url_of::<QueryDomainList>(&client),
            "https://domain.aliyuncs.com/"
        );
        assert_eq!(
            url_of::<DescribeDomains>(&client),
            "https://alidns.aliyuncs.com/"
        );
    }
}

#[test]
fn the_international_site_selects_the_international_host_where_a_product_has_one() {
    let client = builder(env_only(&[]))
        .site(Site::International)
        .build()
        .unwrap();
    assert_eq!(
        url_of::<QueryDomainList>(&client),
        "https://domain-intl.aliyuncs.com/"
    );
    assert_eq!(
        url_of::<DescribeDomains>(&client),
        "https://alidns.aliyuncs.com/",
        "a product without an international host keeps its own"
    );
}

#[test]
fn a_regional_product_follows_the_pattern_and_its_table_comes_first() {
    let url_in = |region: &str| {
        let client = builder(env_only(&[])).region(region).build().unwrap();
        url_of::<DescribeRegions>(&client)
    };
    assert_eq!(url_in("cn-beijing"), "https://ecs.cn-beijing.aliyuncs.com/");
    assert_eq!(
        url_in("eu-central-1"),
        "https://ecs.eu-central-1.aliyuncs.com/"
    );
    assert_eq!(url_in("cn-hangzhou-finance"), "https://ecs.aliyuncs.com/");
    assert_eq!(
        url_in("cn-shenzhen-finance-1"),
        "https://ecs-cn-hangzhou.aliyuncs.com/"
    );
}

#[test]
fn a_table_alone_serves_its_regions_and_refuses_others() {
    let client = |region: &str| builder(env_only(&[])).region(region).build().unwrap();
    assert_eq!(
        url_of::<DescribeThings>(&client("cn-qingdao")),
        "https://listed.cn-qingdao.aliyuncs.com/"
    );
    assert_eq!(
        url_of::<DescribeThings>(&client("cn-beijing")),
        "https://listed-north.aliyuncs.com/"
    );
    match client("us-east-1").endpoint_for::<DescribeThings>() {
        Err(Error::Endpoint(EndpointError::RegionNotListed {
            action,
            region,
            listed,
        })) => {
            assert_eq!((action, region.as_str()), ("DescribeThings", "us-east-1"));
            assert_eq!(listed, "cn-qingdao, cn-beijing");
        }
        other => panic!("expected RegionNotListed, got {other:?}"),
    }
}

#[tokio::test]
async fn an_explicit_endpoint_wins_over_every_rule_and_receives_the_call() {
    let server = Server::start(|_| Reply::ok(r#"{"RequestId":"R-1"}"#));
    let client = builder(env_only(&[]))
        .endpoint(server.origin())
        .region("cn-beijing")
        .site(Site::International)
        .build()
        .unwrap();
    let origin = format!("{}/", server.origin());
    assert_eq!(url_of::<DescribeRegions>(&client), origin);
    assert_eq!(url_of::<QueryDomainList>(&client), origin);
    assert_eq!(url_of::<DescribeThings>(&client), origin);
    client.call(&DescribeRegions::default()).await.unwrap();
    client.call(&QueryDomainList::default()).await.unwrap();
    assert_eq!(server.count_action("DescribeRegions"), 1);
    assert_eq!(server.count_action("QueryDomainList"), 1);
}

/// Credentials that count how often they are asked for: a request cannot leave unsigned.
#[derive(Debug, Default)]
struct CountedCredentials(Arc<AtomicUsize>);

impl ProvideCredentials for CountedCredentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Box::pin(async { Ok(Credentials::new("test-id", "test-secret")) })
    }
}

#[tokio::test]
async fn a_regional_product_without_a_region_fails_before_anything_is_sent() {
    let asked = Arc::new(AtomicUsize::new(0));
    let client = Client::builder()
        .config(env_only(&[]))
        .credentials(CountedCredentials(asked.clone()))
        .build()
        .unwrap();
    let error = client.call(&DescribeRegions::default()).await.unwrap_err();
    match &error {
        Error::Endpoint(EndpointError::MissingRegion { action, looked_at }) => {
            assert_eq!(*action, "DescribeRegions");
            assert!(looked_at.contains("ALIBABA_CLOUD_REGION_ID"), "{looked_at}");
        }
        other => panic!("expected MissingRegion, got {other:?}"),
    }
    assert!(error.request_not_sent());
    assert!(
        error.to_string().contains("ClientBuilder::region"),
        "{error}"
    );
    assert!(client.prepare(&DescribeRegions::default()).await.is_err());
    assert_eq!(
        asked.load(Ordering::SeqCst),
        0,
        "nothing was signed, so nothing was sent"
    );
    // The same client still sends a central product's actions, which need no region.
    assert_eq!(
        url_of::<QueryDomainList>(&client),
        "https://domain.aliyuncs.com/"
    );
}

#[test]
fn the_scheme_applies_to_product_hosts_and_bare_endpoints_but_not_to_urls() {
    let plain = builder(env_only(&[]))
        .scheme(Scheme::Http)
        .region("cn-beijing")
        .build()
        .unwrap();
    assert_eq!(
        url_of::<DescribeRegions>(&plain),
        "http://ecs.cn-beijing.aliyuncs.com/"
    );
    assert_eq!(
        url_of::<QueryDomainList>(&plain),
        "http://domain.aliyuncs.com/"
    );
    let bare = |scheme| {
        let client = builder(env_only(&[]))
            .scheme(scheme)
            .endpoint("ecs-vpc.cn-beijing.aliyuncs.com:8443")
            .build()
            .unwrap();
        url_of::<DescribeRegions>(&client)
    };
    assert_eq!(
        bare(Scheme::Http),
        "http://ecs-vpc.cn-beijing.aliyuncs.com:8443/"
    );
    assert_eq!(
        bare(Scheme::Https),
        "https://ecs-vpc.cn-beijing.aliyuncs.com:8443/"
    );
    let url = builder(env_only(&[]))
        .scheme(Scheme::Http)
        .endpoint("https://127.0.0.1:9/")
        .build()
        .unwrap();
    assert_eq!(url_of::<DescribeRegions>(&url), "https://127.0.0.1:9/");
}
