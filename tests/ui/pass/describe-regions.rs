use aliyun_rpc::{ParamWriter, RpcAction};

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "DescribeRegions", version = "2014-05-26", endpoint = "ecs.aliyuncs.com", idempotent)]
struct DescribeRegions { region_id: Option<String>, accept_language: Option<String> }

fn main() {
    assert_eq!((DescribeRegions::ACTION, DescribeRegions::VERSION), ("DescribeRegions", "2014-05-26"));
    assert!(DescribeRegions::IDEMPOTENT && DescribeRegions::ENDPOINT == "ecs.aliyuncs.com");
    let mut writer = ParamWriter::new();
    DescribeRegions { region_id: Some("cn-hangzhou".into()), accept_language: None }.write_params(&mut writer);
    let params: Vec<_> = writer.finish().unwrap().iter().map(|(n, v)| format!("{n}={v}")).collect();
    assert_eq!(params, ["RegionId=cn-hangzhou"]);
}
