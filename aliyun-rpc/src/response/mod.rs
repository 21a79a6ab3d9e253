//! Turning a response body into the action's typed response or a typed error.
//!
//! The body is parsed into one tree whatever its format (JSON or XML), checked for the error
//! envelope *before* typed decoding — so a missing success field never hides `Code` and
//! `Message`, and an error that arrives with HTTP 200 is still an error — and only then decoded,
//! leniently, into the declared type.
//!
//! Lenient is not credulous: keys match in any case and numbers may arrive as text (all XML is
//! text), but a value is never converted into another kind of value — a boolean or a fraction is
//! not an integer — and an object that names one key twice is refused, whichever value a parser
//! would keep (see `keys`).
//!
//! A JSON success body that fits its type exactly — the usual case — skips the tree: it is
//! decoded in one pass behind a gate that refuses anything the lenient decoder could read
//! differently (see `strict`), and only a refused or failed body takes the path above.

use std::fmt;

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::action::RpcAction;
use crate::error::{Error, ResponseError, ServiceError};

mod fields;
mod json;
mod keys;
mod lenient;
mod strict;
mod wrapped;
mod xml;

pub use wrapped::wrapped_list;

/// The most of a body an error keeps.
const EXCERPT_BYTES: usize = 2048;

/// Codes that mean success when a body carries a `Code` (pop-core's list).
const SUCCESS_CODES: [&str; 5] = ["200", "OK", "Success", "success", "ok"];

/// The response of an action declared without `response = …`: the request id and every other
/// field as parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct GenericResponse {
    /// The `RequestId`, matched case-insensitively.
    pub request_id: Option<String>,
    /// Every field of the body, as parsed (XML values are strings).
    pub fields: Map<String, Value>,
}

impl<'de> Deserialize<'de> for GenericResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let fields = Map::<String, Value>::deserialize(deserializer)?;
        let request_id = field(&fields, "RequestId").and_then(|v| match v {
            Value::String(s) => Some(s.clone()),
            _ => None,
        });
        Ok(GenericResponse { request_id, fields })
    }
}

/// The value of `name` in `map`, matched case-insensitively.
fn field<'a>(map: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    map.get(name).or_else(|| {
        map.iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value)
    })
}

/// The text of `name` in `map`, for strings and numbers alike.
fn text(map: &Map<String, Value>, name: &str) -> Option<String> {
    match field(map, name)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A parsed body: JSON, or XML with its root element's name.
enum Document {
    Json(Value),
    Xml { root: String, value: Value },
}

impl Document {
    fn value(&self) -> &Value {
        match self {
            Document::Json(value) | Document::Xml { value, .. } => value,
        }
    }
}

/// Why a body could not be parsed at all.
struct Unparseable(String);

impl fmt::Display for Unparseable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The text of a body, without a byte-order mark or surrounding white space.
fn text_of(body: &[u8]) -> Result<&str, Unparseable> {
    let text = std::str::from_utf8(body)
        .map_err(|error| Unparseable(format!("body is not UTF-8: {error}")))?;
    Ok(text.trim_start_matches('\u{feff}').trim())
}

/// Whether `text` is a JSON document rather than XML.
fn is_json(text: &str) -> bool {
    text.starts_with('{') || text.starts_with('[')
}

fn parse(text: &str) -> Result<Document, Unparseable> {
    if text.is_empty() {
        return Err(Unparseable("empty body".into()));
    }
    if is_json(text) {
        return json::parse(text)
            .map(Document::Json)
            .map_err(|error| Unparseable(format!("malformed JSON: {error}")));
    }
    if text.starts_with('<') {
        let head: String = text
            .chars()
            .take(64)
            .collect::<String>()
            .to_ascii_lowercase();
        if head.starts_with("<!doctype html") || head.starts_with("<html") {
            return Err(Unparseable(
                "an HTML page, not an API response (a proxy or gateway answered?)".into(),
            ));
        }
        return xml::parse(text)
            .map(|(root, value)| Document::Xml { root, value })
            .map_err(Unparseable);
    }
    Err(Unparseable("neither JSON nor XML".into()))
}

/// The error envelope of a body, if it is one. `answer_has_code` says whether the success answer
/// itself declares a `Code` field (as `CheckTransferInFeasibility` does, answering why a domain
/// cannot be transferred): on a 2xx status such a body is the answer, not an error.
fn service_error(
    action: &'static str,
    status: u16,
    document: &Document,
    answer_has_code: bool,
) -> Option<ServiceError> {
    let map = match document.value() {
        Value::Object(map) => map,
        _ => return None,
    };
    let code = text(map, "Code")?;
    let is_error_document = matches!(document, Document::Xml { root, .. } if root == "Error");
    let is_success_status = (200..300).contains(&status);
    // On a 2xx status, only a body shaped like the error envelope is an error: `Code` with a
    // `Message` and a code that is not one of the success codes.
    if is_success_status
        && !is_error_document
        && (answer_has_code
            || field(map, "Message").is_none()
            || SUCCESS_CODES.contains(&code.as_str()))
    {
        return None;
    }
    Some(ServiceError {
        action,
        code,
        message: text(map, "Message").unwrap_or_default(),
        request_id: text(map, "RequestId"),
        host_id: text(map, "HostId"),
        recommend: text(map, "Recommend"),
        http_status: status,
        signature_mismatch: None,
        retry_after: None,
    })
}

/// The start of a body, for errors.
pub(crate) fn excerpt(body: &[u8]) -> String {
    let cut = body.len().min(EXCERPT_BYTES);
    let mut text = String::from_utf8_lossy(&body[..cut]).into_owned();
    if body.len() > cut {
        text.push('…');
    }
    text
}

/// Decodes the body of a response to action `A`: its typed success response, the service's error,
/// or a [`ResponseError`] that keeps the status and the start of the body.
pub fn decode_response<A: RpcAction>(status: u16, body: &[u8]) -> Result<A::Response, Error> {
    decode_body::<A::Response>(A::ACTION, status, body)
}

/// Decodes `body` into `T`; the action name labels errors.
pub(crate) fn decode_body<T: serde::de::DeserializeOwned>(
    action: &'static str,
    status: u16,
    body: &[u8],
) -> Result<T, Error> {
    let undecodable = |reason: String| {
        Error::Response(ResponseError {
            action,
            status,
            reason,
            body_excerpt: excerpt(body),
        })
    };
    let text = text_of(body).map_err(|error| undecodable(error.to_string()))?;
    // Most success bodies fit their type exactly: those decode in one pass, with no tree.
    if (200..300).contains(&status)
        && is_json(text)
        && let Some(response) = strict::from_json::<T>(text)
    {
        return Ok(response);
    }
    let document = parse(text).map_err(|error| undecodable(error.to_string()))?;
    let answer_has_code = fields::field_names::<T>()
        .iter()
        .any(|name| name.eq_ignore_ascii_case("Code"));
    if let Some(error) = service_error(action, status, &document, answer_has_code) {
        return Err(Error::Service(Box::new(error)));
    }
    if !(200..300).contains(&status) {
        return Err(undecodable("an error status without an error code".into()));
    }
    if matches!(&document, Document::Xml { root, .. } if root == "Error") {
        return Err(undecodable("an XML error document without a code".into()));
    }
    lenient::from_value(document.value()).map_err(|error| {
        undecodable(format!(
            "the success body does not fit the response type: {error}"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "PascalCase")]
    struct Renewal {
        request_id: String,
        task_no: String,
    }

    fn decode(status: u16, body: &str) -> Result<Renewal, Error> {
        decode_body::<Renewal>(
            "SaveBatchTaskForCreatingOrderRenew",
            status,
            body.as_bytes(),
        )
    }

    #[test]
    fn json_and_xml_success_bodies_decode_alike() {
        let json = decode(200, r#"{"RequestId":"R","TaskNo":"T"}"#).unwrap();
        let camel = decode(200, r#"{"requestId":"R","taskNo":"T"}"#).unwrap();
        let xml = decode(
            200,
            "<SaveBatchTaskForCreatingOrderRenewResponse><TaskNo>T</TaskNo><RequestId>R</RequestId></SaveBatchTaskForCreatingOrderRenewResponse>",
        )
        .unwrap();
        assert_eq!(json, camel);
        assert_eq!(json, xml);
    }

    #[test]
    fn error_envelopes_are_service_errors_in_both_formats_and_on_http_200() {
        let json = r#"{"RequestId":"R","HostId":"domain.aliyuncs.com","Code":"Throttling.User","Message":"Request was denied due to user flow control.","Recommend":"https://x"}"#;
        let Err(Error::Service(error)) = decode(400, json) else {
            panic!("expected a service error")
        };
        assert_eq!(error.code(), "Throttling.User");
        assert_eq!(error.request_id(), Some("R"));
        assert_eq!(error.host_id(), Some("domain.aliyuncs.com"));
        assert_eq!(error.recommend(), Some("https://x"));
        assert_eq!(error.http_status(), 400);
        assert!(error.is_throttling());

        let xml = "<Error><RequestId>R</RequestId><Code>DomainNotExist</Code><Message>m</Message></Error>";
        let Err(Error::Service(error)) = decode(404, xml) else {
            panic!("expected a service error")
        };
        assert_eq!(error.code(), "DomainNotExist");

        let in_200 = r#"{"RequestId":"R","Code":"ParameterIllegal","Message":"bad"}"#;
        assert!(matches!(decode(200, in_200), Err(Error::Service(_))));
    }

    #[test]
    fn a_success_code_on_200_is_not_an_error() {
        #[derive(Debug, Deserialize)]
        #[serde(rename_all = "PascalCase")]
        struct WithCode {
            code: String,
        }
        let body = br#"{"Code":"Success","Message":"ok","RequestId":"R"}"#;
        let decoded = decode_body::<WithCode>("X", 200, body).unwrap();
        assert_eq!(decoded.code, "Success");
    }

    #[test]
    fn an_answer_that_declares_its_own_code_reads_it_on_2xx_only() {
        #[derive(Debug, Deserialize)]
        #[serde(rename_all = "PascalCase")]
        struct Feasibility {
            can_transfer: bool,
            code: Option<String>,
        }
        let body = br#"{"RequestId":"R","CanTransfer":false,"Code":"CheckTransferResult.DomainTransferProhibited","Message":"locked"}"#;
        let answer = decode_body::<Feasibility>("CheckTransferInFeasibility", 200, body).unwrap();
        assert!(!answer.can_transfer);
        assert_eq!(
            answer.code.as_deref(),
            Some("CheckTransferResult.DomainTransferProhibited")
        );
        // An error status is an error whatever the type declares, and so is the same body for a
        // type that does not declare `Code`.
        let refused = decode_body::<Feasibility>("CheckTransferInFeasibility", 400, body);
        assert!(matches!(refused, Err(Error::Service(_))));
        assert!(matches!(
            decode(200, std::str::from_utf8(body).unwrap()),
            Err(Error::Service(_))
        ));
    }

    #[test]
    fn unusable_bodies_are_response_errors_that_keep_status_and_body() {
        for (status, body) in [
            (502, "<!DOCTYPE html><html><body>Bad Gateway</body></html>"),
            (200, ""),
            (200, r#"{"RequestId":"R","TaskNo""#),
            (200, "<SaveBatchTaskForCreatingOrderRenewResponse><TaskNo>T"),
            (500, r#"{"unexpected":true}"#),
            (200, "plain text"),
            (200, r#"{"RequestId":"R"}"#),
        ] {
            match decode(status, body) {
                Err(Error::Response(error)) => {
                    assert_eq!(error.status(), status);
                    assert_eq!(error.body_excerpt(), body);
                }
                other => panic!("{body:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn a_missing_success_field_never_hides_the_error_code() {
        let body = r#"{"RequestId":"R","Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found."}"#;
        let Err(Error::Service(error)) = decode(404, body) else {
            panic!("expected a service error")
        };
        assert_eq!(error.code(), "InvalidAccessKeyId.NotFound");
    }

    #[test]
    fn a_repeated_key_is_a_response_error_naming_the_key_in_json_and_xml() {
        for body in [
            r#"{"RequestId":"R","TaskNo":"T-REAL","TaskNo":"T-BOGUS"}"#,
            r#"{"RequestId":"R","TaskNo":"T-REAL","taskNo":"T-BOGUS"}"#,
            r#"{"TaskNo":"T-REAL","RequestId":"R","TASKNO":"T-BOGUS","Ignored":1}"#,
            "<R><RequestId>R</RequestId><TaskNo>T-REAL</TaskNo><TaskNo>T-BOGUS</TaskNo></R>",
            "<R><RequestId>R</RequestId><TaskNo>T-REAL</TaskNo><taskNo>T-BOGUS</taskNo></R>",
        ] {
            let Err(Error::Response(error)) = decode(200, body) else {
                panic!("{body}: expected a response error")
            };
            let reason = error.to_string();
            assert!(
                reason.contains("TaskNo") || reason.contains("taskNo") || reason.contains("TASKNO"),
                "{reason}"
            );
            assert!(
                reason.contains("repeats") || reason.contains("a list of 2"),
                "{reason}"
            );
        }
        // A repeated key inside an error envelope leaves its code in doubt: no guess either.
        let body = r#"{"RequestId":"R","Code":"Busy","Code":"DomainNotExist","Message":"m"}"#;
        assert!(matches!(decode(400, body), Err(Error::Response(_))));
    }

    #[test]
    fn generic_response_keeps_every_field() {
        let body = br#"{"requestId":"R","Regions":{"Region":[{"RegionId":"cn-hangzhou"}]}}"#;
        let generic = decode_body::<GenericResponse>("DescribeRegions", 200, body).unwrap();
        assert_eq!(generic.request_id.as_deref(), Some("R"));
        assert!(generic.fields.contains_key("Regions"));
    }
}
