//! One `QueryDomainList` call, with credentials from the default chain.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = aliyun_rpc::Client::builder().build().expect("a client");
    match client.call(&domain_api::QueryDomainList::new(10)).await {
        Ok(page) => println!("{} domains", page.total_item_num),
        Err(error) => eprintln!("{error}"),
    }
}
