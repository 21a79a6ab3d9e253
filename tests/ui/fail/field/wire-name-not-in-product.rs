// A product that lists its parameter names turns a default name that misses Alibaba's spelling
// of an acronym, or a misspelt `rename`, into a compile error on the field. A struct reports the
// first such field; each struct here has one.

struct Rds;

impl aliyun_rpc::Product for Rds {
    const NAME: &'static str = "Rds";
    const VERSION: &'static str = "2014-08-15";
    const ENDPOINT: &'static str = "rds.aliyuncs.com";
    const PARAMETER_NAMES: &'static [&'static str] =
        &["DBInstanceId", "RegionId", "RRKeyWord", "CpuOptions.Core"];
}

#[derive(aliyun_rpc::RpcParams)]
struct CpuOptions {
    core: Option<u32>,
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "DescribeDBInstanceAttribute", product = Rds)]
struct DescribeDbInstanceAttribute {
    region_id: String,
    db_instance_id: String,
    cpu_options: Option<CpuOptions>,
    #[rpc(skip)]
    note: String,
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "DescribeDBInstances", product = Rds)]
struct DescribeDbInstances {
    #[rpc(rename = "DBInstanceId")]
    db_instance_id: String,
    #[rpc(rename = "RRKeyword")]
    rr_key_word: Option<String>,
}

#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "DescribeBackups", product = Rds)]
struct DescribeBackups {
    #[rpc(rename = "DBInstanceId")]
    db_instance_id: String,
    #[rpc(rename = "RegoinId")]
    backup_region: Option<String>,
}

// Every name known: the prefix of a flattened name (`CpuOptions`), exact names, a skipped field.
#[derive(aliyun_rpc::Rpc)]
#[rpc(action = "DescribeDBInstanceAttribute", product = Rds)]
struct Known {
    region_id: String,
    #[rpc(rename = "DBInstanceId")]
    db_instance_id: String,
    cpu_options: Option<CpuOptions>,
}

fn main() {}
