// One generic page type serves several listings, as Domain's `Data` wrapper does.

use aliyun_rpc::{Page, Paginated, RpcPage};

#[derive(serde::Deserialize, RpcPage)]
#[serde(rename_all = "PascalCase", bound = "T: serde::Deserialize<'de>")]
struct ListPage<T> {
    #[rpc(page_number)]
    current_page_num: u32,
    #[rpc(total_pages)]
    total_page_num: u32,
    #[rpc(next_page)]
    next_page: bool,
    #[rpc(items)]
    #[serde(rename = "Data", default, deserialize_with = "aliyun_rpc::wrapped_list")]
    items: Vec<T>,
}

#[derive(Debug, serde::Deserialize)]
struct Domain {
    #[serde(rename = "DomainName")]
    name: String,
}

#[derive(Clone, aliyun_rpc::Rpc)]
#[rpc(action = "QueryDomainList", version = "2018-01-29", endpoint = "domain.aliyuncs.com", response = ListPage<Domain>)]
struct QueryDomainList {
    #[rpc(page_number)]
    page_num: u32,
    page_size: u32,
}

fn main() {
    let mut request = QueryDomainList { page_num: 1, page_size: 10 };
    assert_eq!(Paginated::page_number(&request), Some(1));
    request.set_page_number(2);
    assert_eq!(request.page_num, 2);
    let page: ListPage<Domain> = serde_json::from_str(
        r#"{"CurrentPageNum":2,"TotalPageNum":3,"NextPage":true,"Data":{"Domain":[{"DomainName":"a.com"}]}}"#,
    )
    .unwrap();
    assert_eq!((page.page_number(), page.total_pages(), page.next_page()), (Some(2), Some(3), Some(true)));
    assert_eq!(page.item_count(), 1);
    assert_eq!(page.into_items()[0].name, "a.com");
    assert!(<QueryDomainList as Paginated>::STYLE == aliyun_rpc::pages::PageStyle::Number);
}
