//! An identity document for real-name verification: the scan of a passport, identity card or
//! business licence, which registries of some countries (`.cn` above all) want for every holder.

/// The document, its number and its kind, as the actions that submit one take them. The scan
/// goes in the form body: a Base64 image is far too large for a URL.
#[derive(Debug, Clone, PartialEq, Eq, aliyun_rpc::RpcParams)]
#[non_exhaustive]
pub struct IdentityCredential {
    /// `IdentityCredential`: the scan of the document, a JPG or BMP image of 55 KB to 1 MB,
    /// Base64-encoded; required; sent in the body.
    #[rpc(body)]
    pub identity_credential: String,
    /// `IdentityCredentialNo`: the document's number; required.
    pub identity_credential_no: String,
    /// `IdentityCredentialType`: the kind of document, as the service codes it (`SFZ` identity
    /// card, `HZ` passport, `YYZZ` business licence, `ORG` organization code certificate, `XYDM`
    /// unified social credit code, `TXZ` Hong Kong and Macao travel permit); required.
    pub identity_credential_type: String,
}

#[cfg(test)]
mod tests {
    use aliyun_rpc::{Client, Credentials};
    use test_support::{Reply, Server};

    use super::*;
    use crate::{
        ContactDetails, RegistrantType, SaveTaskForUpdatingRegistrantInfoByIdentityCredential,
    };

    #[tokio::test]
    async fn the_scan_travels_in_the_body_and_the_rest_in_the_query() {
        let server = Server::start(|_| {
            Reply::ok(r#"{"RequestId": "R-1", "TaskNo": "T-1"}"#)
                .with_content_type("application/json")
        });
        let client = Client::builder()
            .endpoint(&server.url)
            .credentials(Credentials::new("id", "secret"))
            .build()
            .unwrap();
        // Short enough for the query, so that only the declaration puts it in the body.
        let scan = "iVBORw0KGgo=".to_owned();
        let request = SaveTaskForUpdatingRegistrantInfoByIdentityCredential {
            domain_name: vec!["example.cn".into()],
            registrant_type: RegistrantType::Individual,
            contact: ContactDetails::default(),
            tel_area: "86".into(),
            telephone: "57112345678".into(),
            tel_ext: None,
            identity: IdentityCredential {
                identity_credential: scan.clone(),
                identity_credential_no: "110101199003070000".into(),
                identity_credential_type: "SFZ".into(),
            },
            transfer_out_prohibited: false,
            user_client_ip: None,
            lang: None,
        };
        let answer = client.call(&request).await.unwrap();
        assert_eq!(answer.task_no, "T-1");
        let seen = server.last();
        assert_eq!(seen.body_param("IdentityCredential"), Some(scan));
        assert_eq!(seen.query_param("IdentityCredential"), None);
        assert_eq!(seen.param("IdentityCredentialType").as_deref(), Some("SFZ"));
        assert_eq!(seen.param("RegistrantType").as_deref(), Some("1"));
        assert_eq!(seen.param("DomainName.1").as_deref(), Some("example.cn"));
    }
}
