//! Response bodies: success documents and the error envelope, in JSON or XML.

use serde_json::{Map, Value};

/// Host id reported in every error body, as the real endpoint does.
pub(crate) const HOST_ID: &str = "domain.aliyuncs.com";

/// The response format a request asked for (`Format`, default XML; V3 always JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Json,
    Xml,
}

impl Format {
    pub(crate) fn content_type(self) -> &'static str {
        match self {
            Format::Json => "application/json;charset=utf-8",
            // Tea SDKs parse XML only for exactly this content type.
            Format::Xml => "text/xml;charset=utf-8",
        }
    }
}

/// A service error: HTTP status, `Code` and `Message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub(crate) status: u16,
    pub(crate) code: String,
    pub(crate) message: String,
}

impl ApiError {
    pub(crate) fn new(status: u16, code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            status,
            code: code.into(),
            message: message.into(),
        }
    }

    /// What a client receiving this error got, for the recorder.
    pub(crate) fn outcome(&self) -> crate::recorder::CallOutcome {
        crate::recorder::CallOutcome::Error {
            status: self.status,
            code: self.code.clone(),
        }
    }

    /// Domain's `DomainNotExist`: the account holds no such domain.
    pub(crate) fn domain_not_exist() -> Self {
        Self::new(400, "DomainNotExist", "The domain does not exist.")
    }

    /// `Missing<Name>`: the gateway's code for an absent mandatory parameter.
    pub(crate) fn missing(name: &str) -> Self {
        Self::new(
            400,
            format!("Missing{name}"),
            format!(
                "The input parameter \"{name}\" that is mandatory for processing this request is not supplied."
            ),
        )
    }

    /// `InvalidParameter`: a value of the wrong type or shape.
    pub(crate) fn invalid(name: &str, detail: &str) -> Self {
        Self::new(
            400,
            "InvalidParameter",
            format!("The specified parameter \"{name}\" is not valid. {detail}"),
        )
    }

    /// Domain's `ParameterIllegal`: a well-formed value the business rules refuse.
    pub(crate) fn illegal(detail: &str) -> Self {
        Self::new(
            400,
            "ParameterIllegal",
            format!("Parameter illegal. {detail}"),
        )
    }
}

/// The error body, with the same fields as the real gateway's.
pub(crate) fn error_body(error: &ApiError, request_id: &str, format: Format) -> String {
    let recommend = format!(
        "https://api.aliyun.com/troubleshoot?q={}&product=Domain&requestId={}",
        error.code, request_id
    );
    match format {
        Format::Json => serde_json::json!({
            "RequestId": request_id,
            "HostId": HOST_ID,
            "Code": error.code,
            "Message": error.message,
            "Recommend": recommend,
        })
        .to_string(),
        Format::Xml => {
            let mut out = String::from("<?xml version='1.0' encoding='UTF-8'?><Error>");
            for (name, value) in [
                ("RequestId", request_id),
                ("HostId", HOST_ID),
                ("Code", &error.code),
                ("Message", &error.message),
                ("Recommend", &recommend),
            ] {
                push_element(&mut out, name, value);
            }
            out.push_str("</Error>");
            out
        }
    }
}

/// A success body. `fields` is a JSON object without `RequestId`; XML wraps it in
/// `<{action}Response>` and writes each array as repeated elements named after its key.
pub(crate) fn success_body(
    action: &str,
    request_id: &str,
    mut fields: Map<String, Value>,
    format: Format,
) -> String {
    fields.insert("RequestId".to_owned(), Value::String(request_id.to_owned()));
    match format {
        Format::Json => Value::Object(fields).to_string(),
        Format::Xml => {
            let root = format!("{action}Response");
            let mut out = String::from("<?xml version='1.0' encoding='UTF-8'?>");
            out.push_str(&format!("<{root}>"));
            write_object(&mut out, &fields);
            out.push_str(&format!("</{root}>"));
            out
        }
    }
}

fn write_object(out: &mut String, fields: &Map<String, Value>) {
    for (name, value) in fields {
        write_value(out, name, value);
    }
}

fn write_value(out: &mut String, name: &str, value: &Value) {
    match value {
        // `"Data": {"TaskDetail": [a, b]}` becomes `<Data><TaskDetail>a</TaskDetail><TaskDetail>b</TaskDetail></Data>`.
        Value::Array(items) => {
            for item in items {
                write_value(out, name, item);
            }
        }
        Value::Object(inner) => {
            out.push_str(&format!("<{name}>"));
            write_object(out, inner);
            out.push_str(&format!("</{name}>"));
        }
        Value::Null => out.push_str(&format!("<{name}/>")),
        Value::String(text) => push_element(out, name, text),
        Value::Bool(_) | Value::Number(_) => push_element(out, name, &value.to_string()),
    }
}

fn push_element(out: &mut String, name: &str, text: &str) {
    out.push_str(&format!("<{name}>"));
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            other => out.push(other),
        }
    }
    out.push_str(&format!("</{name}>"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_bodies_have_every_envelope_field() {
        let error = ApiError::new(
            400,
            "Throttling.User",
            "Request was denied due to user flow control.",
        );
        let json: Value = serde_json::from_str(&error_body(&error, "ABC", Format::Json)).unwrap();
        assert_eq!(json["Code"], "Throttling.User");
        assert_eq!(json["HostId"], HOST_ID);
        assert_eq!(
            json["Recommend"],
            "https://api.aliyun.com/troubleshoot?q=Throttling.User&product=Domain&requestId=ABC"
        );
        let xml = error_body(&error, "ABC", Format::Xml);
        assert!(xml.starts_with(
            "<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>ABC</RequestId>"
        ));
        assert!(xml.contains("<Code>Throttling.User</Code>"));
    }

    #[test]
    fn xml_lists_are_repeated_elements_and_text_is_escaped() {
        let fields = serde_json::json!({
            "Data": {"TaskDetail": [{"TaskNo": "a"}, {"TaskNo": "b&c"}]},
            "NextPage": false,
        });
        let Value::Object(fields) = fields else {
            unreachable!()
        };
        let xml = success_body("QueryTaskDetailList", "ID", fields, Format::Xml);
        assert!(xml.contains(
            "<Data><TaskDetail><TaskNo>a</TaskNo></TaskDetail><TaskDetail><TaskNo>b&amp;c</TaskNo></TaskDetail></Data>"
        ));
        assert!(xml.contains("<QueryTaskDetailListResponse>"));
        assert!(xml.contains("<NextPage>false</NextPage>"));
        assert!(xml.contains("<RequestId>ID</RequestId>"));
    }
}
