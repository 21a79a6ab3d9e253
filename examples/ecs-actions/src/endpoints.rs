//! Where ECS is sent: the host of the client's region.

/// The 38 regions ECS's metadata lists, each with its host (`specs/ecs/actions.json`
/// `endpoints`; the test `region_table` holds the two equal). Most follow the rule
/// `ecs.<region>.aliyuncs.com`; two finance regions do not, which is why the table is looked up
/// first. A region the table lacks gets the rule's host.
pub const ECS_REGIONS: &[(&str, &str)] = &[
    ("cn-qingdao", "ecs.cn-qingdao.aliyuncs.com"),
    ("cn-beijing", "ecs.cn-beijing.aliyuncs.com"),
    ("cn-zhangjiakou", "ecs.cn-zhangjiakou.aliyuncs.com"),
    ("cn-zhengzhou-jva", "ecs.cn-zhengzhou-jva.aliyuncs.com"),
    ("cn-huhehaote", "ecs.cn-huhehaote.aliyuncs.com"),
    ("cn-wulanchabu", "ecs.cn-wulanchabu.aliyuncs.com"),
    ("cn-hangzhou", "ecs.cn-hangzhou.aliyuncs.com"),
    ("cn-shanghai", "ecs.cn-shanghai.aliyuncs.com"),
    ("cn-nanjing", "ecs.cn-nanjing.aliyuncs.com"),
    ("cn-fuzhou", "ecs.cn-fuzhou.aliyuncs.com"),
    ("cn-shenzhen", "ecs.cn-shenzhen.aliyuncs.com"),
    ("cn-heyuan", "ecs.cn-heyuan.aliyuncs.com"),
    ("cn-guangzhou", "ecs.cn-guangzhou.aliyuncs.com"),
    ("cn-chengdu", "ecs.cn-chengdu.aliyuncs.com"),
    ("cn-wuhan-lr", "ecs.cn-wuhan-lr.aliyuncs.com"),
    ("cn-hongkong", "ecs.cn-hongkong.aliyuncs.com"),
    ("ap-northeast-1", "ecs.ap-northeast-1.aliyuncs.com"),
    ("ap-northeast-2", "ecs.ap-northeast-2.aliyuncs.com"),
    ("ap-southeast-1", "ecs.ap-southeast-1.aliyuncs.com"),
    ("ap-southeast-2", "ecs.ap-southeast-2.aliyuncs.com"),
    ("ap-southeast-3", "ecs.ap-southeast-3.aliyuncs.com"),
    ("ap-southeast-5", "ecs.ap-southeast-5.aliyuncs.com"),
    ("ap-southeast-6", "ecs.ap-southeast-6.aliyuncs.com"),
    ("us-east-1", "ecs.us-east-1.aliyuncs.com"),
    ("us-west-1", "ecs.us-west-1.aliyuncs.com"),
    ("eu-west-1", "ecs.eu-west-1.aliyuncs.com"),
    ("eu-central-1", "ecs.eu-central-1.aliyuncs.com"),
    ("ap-south-1", "ecs.ap-south-1.aliyuncs.com"),
    ("me-east-1", "ecs.me-east-1.aliyuncs.com"),
    ("cn-hangzhou-finance", "ecs.aliyuncs.com"),
    (
        "cn-shanghai-finance-1",
        "ecs.cn-shanghai-finance-1.aliyuncs.com",
    ),
    ("cn-shenzhen-finance-1", "ecs-cn-hangzhou.aliyuncs.com"),
    ("ap-southeast-7", "ecs.ap-southeast-7.aliyuncs.com"),
    (
        "cn-beijing-finance-1",
        "ecs.cn-beijing-finance-1.aliyuncs.com",
    ),
    ("me-central-1", "ecs.me-central-1.aliyuncs.com"),
    ("cn-heyuan-acdr-1", "ecs.cn-heyuan-acdr-1.aliyuncs.com"),
    ("na-south-1", "ecs.na-south-1.aliyuncs.com"),
    ("us-southeast-1", "ecs.us-southeast-1.aliyuncs.com"),
];

/// ECS's hosts: [`ECS_REGIONS`] first, then `ecs.<region>.aliyuncs.com`.
pub const ECS_ENDPOINTS: aliyun_rpc::Endpoints =
    aliyun_rpc::Endpoints::regional("ecs").with_regions(ECS_REGIONS);
