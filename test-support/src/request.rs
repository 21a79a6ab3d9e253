//! One request as the loopback server read it, and the decoding of its parameters.

/// One request: the request line, the headers (names in lowercase) and the body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// `GET`, `POST`, `PUT`...
    pub method: String,
    /// The path and query, as sent.
    pub target: String,
    /// Every header in the order sent, its name in lowercase.
    pub headers: Vec<(String, String)>,
    /// The body (invalid UTF-8 replaced).
    pub body: String,
}

impl Request {
    /// The path without the query.
    pub fn path(&self) -> &str {
        self.target
            .split_once('?')
            .map_or(&self.target, |(path, _)| path)
    }

    /// The query as sent, without the `?`.
    pub fn query(&self) -> &str {
        self.target.split_once('?').map_or("", |(_, query)| query)
    }

    /// The first header called `name` (in any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The query parameters, decoded, in wire order.
    pub fn query_params(&self) -> Vec<(String, String)> {
        decode_form(self.query())
    }

    /// The form-body parameters, decoded, in wire order.
    pub fn body_params(&self) -> Vec<(String, String)> {
        decode_form(&self.body)
    }

    /// Query and body parameters together, in wire order, as V1 signs them.
    pub fn params(&self) -> Vec<(String, String)> {
        let mut all = self.query_params();
        all.extend(self.body_params());
        all
    }

    /// The first query or body parameter called `name`.
    pub fn param(&self, name: &str) -> Option<String> {
        first(self.params(), name)
    }

    /// The first query parameter called `name`.
    pub fn query_param(&self, name: &str) -> Option<String> {
        first(self.query_params(), name)
    }

    /// The first body parameter called `name`.
    pub fn body_param(&self, name: &str) -> Option<String> {
        first(self.body_params(), name)
    }

    /// The action called: V3 names it in `x-acs-action`, V1 in the `Action` parameter.
    pub fn action(&self) -> String {
        self.header("x-acs-action")
            .map(str::to_owned)
            .or_else(|| self.param("Action"))
            .unwrap_or_default()
    }
}

fn first(pairs: Vec<(String, String)>, name: &str) -> Option<String> {
    pairs
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, value)| value)
}

/// `a=1&b=x%20y` as decoded pairs (`+` is a space), in order; a pair without `=` has an empty
/// value.
pub fn decode_form(text: &str) -> Vec<(String, String)> {
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(name), percent_decode(value))
        })
        .collect()
}

/// Percent-decodes one form name or value, `+` as a space; invalid UTF-8 is replaced, so that
/// hostile input never panics a test server.
pub fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(&text.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_decoded_in_wire_order_from_query_then_body() {
        let request = Request {
            method: "POST".into(),
            target: "/?B=2&A=x%20y".into(),
            headers: vec![("x-acs-action".into(), "Describe".into())],
            body: "C=a+b&D".into(),
        };
        assert_eq!(request.path(), "/");
        let names: Vec<String> = request.params().into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["B", "A", "C", "D"]);
        assert_eq!(request.param("A").as_deref(), Some("x y"));
        assert_eq!(request.body_param("C").as_deref(), Some("a b"));
        assert_eq!(request.query_param("C"), None);
        assert_eq!(request.action(), "Describe");
        assert_eq!(request.header("X-ACS-ACTION"), Some("Describe"));
    }
}
