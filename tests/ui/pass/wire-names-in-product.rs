// Wire names a product lists compile, renamed acronyms and flattened prefixes included; a
// product that lists no names checks nothing.

struct Rds;

impl aliyun_rpc::Product for Rds {
    const NAME: &'static str = "Rds";
    const VERSION: &'static str = "2014-08-15";
    const ENDPOINT: &'static str = "rds.aliyuncs.com";
    const PARAMETER_NAMES: &'static [&'static str] =
        &["DBInstanceId", "RegionId", "CpuOptions.Core"];
}

struct Unlisted;

impl aliyun_rpc::Product for Unlisted {
    const NAME: &'static str = "Unlisted";
    const VERSION: &'static str = "2020-01-01";
    const ENDPOINT: &'static str = "unlisted.aliyuncs.com";
}

#[derive(aliyun_rpc::RpcParams)]
struct CpuOptions {
    core: Option<u32>,
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "DescribeDBInstanceAttribute", product = Rds)]
struct DescribeDbInstanceAttribute {
    #[rpc(rename = "DBInstanceId")]
    db_instance_id: String,
    region_id: String,
    cpu_options: Option<CpuOptions>,
    #[rpc(skip)]
    note: String,
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "DescribeAnything", product = Unlisted)]
struct DescribeAnything {
    db_instance_id: String,
}

fn main() {
    use aliyun_rpc::RpcAction;
    let names: Vec<&str> = DescribeDbInstanceAttribute::FIELDS
        .iter()
        .map(|field| field.wire_name)
        .collect();
    assert_eq!(names, ["DBInstanceId", "RegionId", "CpuOptions"]);
    assert_eq!(DescribeAnything::FIELDS[0].wire_name, "DbInstanceId");
}
