//! One `ListDomains` call, with credentials and region from the default chain.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let config = aws_config::load_from_env().await;
    let client = aws_sdk_route53domains::Client::new(&config);
    match client.list_domains().send().await {
        Ok(page) => println!("{} domains", page.domains().len()),
        Err(error) => eprintln!("{error}"),
    }
}
