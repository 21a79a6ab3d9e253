//! `CredentialsUriProvider` against a loopback credentials agent.

mod credentials_support;

use aliyun_rpc::credentials::{
    CREDENTIALS_URI_VAR, ChainConfig, CredentialsError, CredentialsUriProvider,
};
use credentials_support::{Reply, SECRET_SENTINEL, Server, credentials_document, env};

#[tokio::test]
async fn gets_the_document_from_the_uri() {
    let server = Server::start(|_: &credentials_support::Request| {
        Reply::ok(credentials_document("STS.uri", 3600))
    });
    let uri = format!("{}/credentials?role=app", server.origin());
    let provider =
        CredentialsUriProvider::from_config(&ChainConfig::new(env(&[(CREDENTIALS_URI_VAR, &uri)])))
            .unwrap();
    let credentials = provider.fetch().await.unwrap();
    assert_eq!(credentials.access_key_id(), "STS.uri");
    assert!(credentials.expiration().is_some());
    let request = &server.requests()[0];
    assert_eq!(request.method, "GET");
    assert_eq!(request.target, "/credentials?role=app");
}

#[tokio::test]
async fn a_failed_code_or_status_is_an_error() {
    let server = Server::start(|request: &credentials_support::Request| {
        if request.path() == "/failed" {
            Reply::ok(format!(
                r#"{{"Code":"Expired","AccessKeySecret":"{SECRET_SENTINEL}"}}"#
            ))
        } else {
            Reply::status(500, SECRET_SENTINEL)
        }
    });
    let failed = CredentialsUriProvider::new(format!("{}/failed", server.origin()))
        .fetch()
        .await
        .unwrap_err();
    assert!(failed.to_string().contains("Code `Expired`"), "{failed}");
    let broken = CredentialsUriProvider::new(format!("{}/broken", server.origin()))
        .fetch()
        .await
        .unwrap_err();
    assert!(matches!(broken, CredentialsError::Unavailable(_)));
    assert!(broken.to_string().contains("HTTP 500"), "{broken}");
    for error in [failed, broken] {
        assert!(!error.to_string().contains(SECRET_SENTINEL));
        assert!(!format!("{error:?}").contains(SECRET_SENTINEL));
    }
}

#[tokio::test]
async fn an_unreachable_uri_is_an_error() {
    let url = credentials_support::closed_url();
    let error = CredentialsUriProvider::new(url).fetch().await.unwrap_err();
    assert!(error.to_string().contains("did not answer"), "{error}");
}
