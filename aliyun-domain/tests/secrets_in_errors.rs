//! What the `aliyun-domain` process prints when a server on 127.0.0.1 answers every request with
//! a `SignatureDoesNotMatch` that echoes everything it received (the string-to-sign, the URL,
//! the headers, the signature, the security token) in JSON or XML: no run of a credential's
//! characters reaches stdout or stderr, in any encoding.

mod support;

use std::time::Duration;
use support::Cli;
use test_support::leaks::{
    assert_shows_none_of, dump, signature_sent, string_to_sign, xml_escaped,
};
use test_support::{Reply, Request, Server};

const SECRET: &str = "SENTINEL-SECRET-cli-9d2e/+=";
const TOKEN: &str = "SENTINEL-TOKEN-cli-5b7a/+=CAIS8gF1q6Ft5B2yfSjIr5bkJdzHoJl3";
/// What the server quotes as its string-to-sign, V1's computed with [`SECRET`].
fn quoted_string_to_sign(request: &Request) -> String {
    string_to_sign(request, |params| {
        aliyun_rpc::sign::sign_v1("POST", params.iter().copied(), SECRET).string_to_sign
    })
}

/// The answer to every request: the error envelope in the format asked for, echoing it all.
fn answer(request: &Request) -> (&'static str, String) {
    let quoted = format!(
        "Specified signature is not matched with our calculation. server string to sign is:{}",
        quoted_string_to_sign(request)
    );
    let echo = format!(
        "{quoted} / received {}",
        aliyun_rpc::percent_encode(&dump(request))
    );
    let xml = request
        .params()
        .iter()
        .any(|(n, v)| n == "Format" && v == "XML");
    if xml {
        let body = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>{}</RequestId><HostId>{}</HostId><Code>SignatureDoesNotMatch</Code><Message>{}</Message></Error>",
            xml_escaped(&signature_sent(request)),
            xml_escaped(TOKEN),
            xml_escaped(&echo)
        );
        ("text/xml", body)
    } else {
        let body = serde_json::json!({
            "RequestId": signature_sent(request),
            "HostId": TOKEN,
            "Code": "SignatureDoesNotMatch",
            "Message": echo,
        })
        .to_string()
        .replace('/', "\\/");
        ("application/json", body)
    }
}

/// The workspace's loopback server, answering every request with the echoing error.
fn echo_server() -> Server {
    Server::start(|request| {
        let (content_type, body) = answer(request);
        Reply::status(400, body).with_content_type(content_type)
    })
}

/// Runs the binary against `server` with STS credentials in the environment and an empty home.
fn run(server: &Server, args: &[&str]) -> (Option<i32>, String, String) {
    let url = server.url.as_str();
    let mut all = vec!["--endpoint", url, "--dns-endpoint", url, "--timeout", "20"];
    all.extend_from_slice(args);
    let run = Cli::new(&all)
        .credentials("STS.cli-sentinel", SECRET)
        .env("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN)
        .limit(Duration::from_secs(30))
        .run();
    (run.status, run.stdout, run.stderr)
}

#[test]
fn no_credential_echoed_by_the_server_reaches_the_terminal() {
    let server = echo_server();
    let mut cases = 0;
    for signature in [
        &["--signature", "v1"][..],
        &["--signature", "v3"],
        &["--format", "xml"],
    ] {
        for command in [
            &["list"][..],
            &["task", "T-1"],
            &["task", "T-1", "--wait"],
            &["renew", "x.example", "--yes"],
            &["show", "x.example"],
            &[
                "nameservers",
                "set",
                "x.example",
                "ns1.a.net",
                "ns2.a.net",
                "-y",
            ],
            &["task", "follow", "T-1"],
            &["dns", "records", "x.example"],
            &["dns", "add", "x.example", "www", "A", "192.0.2.1", "--yes"],
            &["dns", "delete", "1", "--yes"],
        ] {
            let args: Vec<&str> = signature.iter().chain(command).copied().collect();
            let before = server.count();
            let (status, stdout, stderr) = run(&server, &args);
            let received: Vec<Request> = server.requests()[before..].to_vec();
            assert!(!received.is_empty(), "{args:?} sent a request");
            let last = received.last().unwrap();
            // The echo did carry the token, so a clean terminal proves the redaction.
            assert!(
                answer(last).1.contains(&xml_escaped(&TOKEN[..20]))
                    || answer(last).1.contains(&TOKEN[..20].replace('/', "\\/")),
                "the server echoes the token"
            );
            assert_ne!(status, Some(0), "{args:?}: {stderr}");
            assert!(status.is_some(), "{args:?} ran too long");
            assert!(
                stderr.contains("SignatureDoesNotMatch"),
                "{args:?}: the error is shown: {stderr}"
            );
            let signatures: Vec<String> = received.iter().map(signature_sent).collect();
            let mut credentials = vec![SECRET, TOKEN];
            credentials.extend(signatures.iter().map(String::as_str));
            assert_shows_none_of(&format!("{args:?} stderr"), &stderr, &credentials);
            assert_shows_none_of(&format!("{args:?} stdout"), &stdout, &credentials);
            cases += 1;
        }
    }
    assert_eq!(cases, 30);
}
