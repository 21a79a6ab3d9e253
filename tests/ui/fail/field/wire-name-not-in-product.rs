// A product that lists its parameter names turns a default name that misses Alibaba's spelling
// of an acronym, or a misspelt `rename`, into a compile error on the field.

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
    db_instance_id: String,
    region_id: String,
    #[rpc(rename = "RRKeyword")]
    rr_key_word: Option<String>,
    #[rpc(rename = "RegoinId")]
    backup_region: Option<String>,
    cpu_options: Option<CpuOptions>,
    #[rpc(skip)]
    note: String,
}

fn main() {}
