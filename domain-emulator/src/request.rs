//! Turns an HTTP request into an authenticated API call: parameters from the query string and a
//! form body, the common-parameter checks, and V1 or V3 signature verification.

use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::actions;
use crate::calendar::system_time_ms;
use crate::config::Credential;
use crate::nonce::{NONCE_WINDOW_MS, NonceStore};
use crate::respond::{ApiError, Format};
use crate::signature_v1::{self, V1Check};
use crate::signature_v3;

/// The only API version this emulator serves.
pub(crate) const API_VERSION: &str = "2018-01-29";

/// Allowed clock skew between client and server, as the service allows it (a shorter one can be
/// configured for tests).
pub(crate) const TIMESTAMP_WINDOW_MS: i64 = 15 * 60 * 1000;

/// The parts of an HTTP request the API looks at.
#[derive(Debug, Clone)]
pub(crate) struct RawRequest {
    pub(crate) method: String,
    /// The raw query string, without `?`.
    pub(crate) query: String,
    /// Lowercase header names with their values.
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl RawRequest {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn form_body_pairs(&self) -> Vec<(String, String)> {
        let is_form = self.header("content-type").is_some_and(|ct| {
            ct.trim()
                .to_ascii_lowercase()
                .starts_with("application/x-www-form-urlencoded")
        });
        if is_form && !self.body.is_empty() {
            parse_urlencoded(&String::from_utf8_lossy(&self.body))
        } else {
            Vec::new()
        }
    }
}

/// Decodes `a=1&b=x+y` pairs. `+` means space in query strings too: Tea SDKs send `+` but sign `%20`.
pub(crate) fn parse_urlencoded(input: &str) -> Vec<(String, String)> {
    let decode = |s: &str| {
        let spaced = s.replace('+', " ");
        percent_encoding::percent_decode_str(&spaced)
            .decode_utf8_lossy()
            .into_owned()
    };
    input
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) => (decode(name), decode(value)),
            None => (decode(pair), String::new()),
        })
        .collect()
}

/// The format to answer in before the request is verified (faults, early errors): JSON for V3,
/// else the `Format` parameter, XML by default.
pub(crate) fn requested_format(request: &RawRequest) -> Format {
    if request
        .header("authorization")
        .is_some_and(|a| a.trim_start().starts_with("ACS3-"))
    {
        return Format::Json;
    }
    let format = parse_urlencoded(&request.query)
        .into_iter()
        .chain(request.form_body_pairs())
        .rfind(|(name, _)| name == "Format");
    match format {
        Some((_, value)) if value.eq_ignore_ascii_case("json") => Format::Json,
        _ => Format::Xml,
    }
}

/// A request whose signature verified.
#[derive(Debug, Clone)]
pub(crate) struct ApiCall {
    pub(crate) action: String,
    pub(crate) format: Format,
    /// API and common parameters (query ∪ form body).
    pub(crate) params: BTreeMap<String, String>,
}

/// A rejected request: the error and the format to write it in.
pub(crate) type Rejection = (ApiError, Format);

/// Credentials and replay memory: everything needed to authenticate.
#[derive(Debug)]
pub(crate) struct Authenticator {
    credentials: Vec<Credential>,
    nonces: Mutex<NonceStore>,
    /// How far a request's time stamp may be from the server clock, at most
    /// [`TIMESTAMP_WINDOW_MS`] (which the nonce memory covers).
    timestamp_window_ms: i64,
}

impl Authenticator {
    pub(crate) fn new(credentials: Vec<Credential>) -> Self {
        Self {
            credentials,
            nonces: Mutex::new(NonceStore::default()),
            timestamp_window_ms: TIMESTAMP_WINDOW_MS,
        }
    }

    /// Accepts time stamps within `window_ms` of the server clock (clamped to the service's 15
    /// minutes, which the nonce memory covers).
    pub(crate) fn with_timestamp_window(mut self, window_ms: i64) -> Self {
        self.timestamp_window_ms = window_ms.clamp(0, TIMESTAMP_WINDOW_MS);
        self
    }

    /// Verifies a request with V3 when it has an `ACS3-…` `Authorization` header, else with V1.
    pub(crate) fn authenticate(
        &self,
        request: &RawRequest,
        now_ms: i64,
    ) -> Result<ApiCall, Rejection> {
        match request.header("authorization") {
            Some(auth) if auth.trim_start().starts_with("ACS3-") => self
                .authenticate_v3(request, auth, now_ms)
                .map_err(|e| (e, Format::Json)),
            _ => self.authenticate_v1(request, now_ms),
        }
    }

    fn authenticate_v1(&self, request: &RawRequest, now_ms: i64) -> Result<ApiCall, Rejection> {
        // Query first, body second: a name in both takes the body's value (and is signed once).
        let mut params = BTreeMap::new();
        for (name, value) in parse_urlencoded(&request.query)
            .into_iter()
            .chain(request.form_body_pairs())
        {
            params.insert(name, value);
        }
        let format = match params.get("Format").map(|f| f.to_ascii_lowercase()) {
            None => Format::Xml,
            Some(f) if f == "xml" => Format::Xml,
            Some(f) if f == "json" => Format::Json,
            Some(_) => {
                return Err((ApiError::invalid("Format", "Use JSON or XML."), Format::Xml));
            }
        };
        let reject = |error: ApiError| (error, format);
        for name in [
            "Action",
            "Version",
            "AccessKeyId",
            "Signature",
            "SignatureMethod",
            "SignatureNonce",
            "SignatureVersion",
            "Timestamp",
        ] {
            if params.get(name).is_none_or(|v| v.is_empty()) {
                return Err(reject(ApiError::missing(name)));
            }
        }
        let action = params["Action"].clone();
        check_version_and_action(&params["Version"], &action).map_err(reject)?;
        if params["SignatureMethod"] != "HMAC-SHA1" {
            return Err(reject(ApiError::new(
                400,
                "InvalidSignatureMethod",
                "Specified signature method is not supported.",
            )));
        }
        if params["SignatureVersion"] != "1.0" {
            return Err(reject(ApiError::new(
                400,
                "InvalidSignatureVersion",
                "Specified signature version is not supported.",
            )));
        }
        check_timestamp(&params["Timestamp"], now_ms, self.timestamp_window_ms).map_err(reject)?;
        let credential = self.credential(&params["AccessKeyId"]).map_err(reject)?;
        check_security_token(credential, params.get("SecurityToken").map(String::as_str))
            .map_err(reject)?;
        if let V1Check::Mismatch { string_to_sign } =
            signature_v1::verify(&request.method, &params, &credential.access_key_secret)
        {
            return Err(reject(signature_mismatch(&string_to_sign)));
        }
        // Only a verified request consumes its nonce, so a forged request cannot burn one.
        self.consume_nonce(&credential.access_key_id, &params["SignatureNonce"], now_ms)
            .map_err(reject)?;
        Ok(ApiCall {
            action,
            format,
            params,
        })
    }

    fn authenticate_v3(
        &self,
        request: &RawRequest,
        authorization: &str,
        now_ms: i64,
    ) -> Result<ApiCall, ApiError> {
        let auth = signature_v3::parse_authorization(authorization).ok_or_else(|| {
            ApiError::new(
                400,
                "InvalidAuthorization",
                "The Authorization header is malformed.",
            )
        })?;
        if auth.algorithm != signature_v3::ALGORITHM {
            return Err(ApiError::new(
                400,
                "InvalidSignatureMethod",
                "Specified signature method is not supported.",
            ));
        }
        let header = |name: &str| {
            request
                .header(name)
                .filter(|v| !v.is_empty())
                .ok_or_else(|| ApiError::missing(name))
        };
        let action = header("x-acs-action")?.to_owned();
        let version = header("x-acs-version")?;
        let date = header("x-acs-date")?;
        let nonce = header("x-acs-signature-nonce")?;
        let content_sha256 = header("x-acs-content-sha256")?;
        check_version_and_action(version, &action)?;
        check_timestamp(date, now_ms, self.timestamp_window_ms)?;
        let credential = self.credential(&auth.access_key_id)?;
        check_security_token(credential, request.header("x-acs-security-token"))?;
        let body_hash = signature_v3::sha256_hex(&request.body);
        if !content_sha256.eq_ignore_ascii_case(&body_hash) {
            return Err(ApiError::new(
                400,
                "InvalidParameter",
                "The x-acs-content-sha256 header does not match the SHA-256 of the request body.",
            ));
        }
        // Every common header present must be covered by the signature, or it could be altered.
        for (name, _) in &request.headers {
            let must_sign = name == "host" || name.starts_with("x-acs-");
            if must_sign && !auth.signed_headers.contains(name) {
                return Err(ApiError::new(
                    400,
                    "IncompleteSignature",
                    format!("The header \"{name}\" must be included in SignedHeaders."),
                ));
            }
        }
        let query_pairs = parse_urlencoded(&request.query);
        let canonical = signature_v3::canonical_request(
            &request.method,
            &query_pairs,
            &request.headers,
            &auth.signed_headers,
            &body_hash,
        )
        .map_err(|name| {
            ApiError::new(
                400,
                "IncompleteSignature",
                format!("The signed header \"{name}\" is not present in the request."),
            )
        })?;
        let string_to_sign = signature_v3::string_to_sign(&canonical);
        if !signature_v3::signature_matches(
            &credential.access_key_secret,
            &string_to_sign,
            &auth.signature,
        ) {
            return Err(signature_mismatch(&string_to_sign));
        }
        self.consume_nonce(&credential.access_key_id, nonce, now_ms)?;
        let params = query_pairs
            .into_iter()
            .chain(request.form_body_pairs())
            .collect();
        Ok(ApiCall {
            action,
            format: Format::Json,
            params,
        })
    }

    fn credential(&self, access_key_id: &str) -> Result<&Credential, ApiError> {
        self.credentials
            .iter()
            .find(|c| c.access_key_id == access_key_id)
            .ok_or_else(|| {
                ApiError::new(
                    404,
                    "InvalidAccessKeyId.NotFound",
                    "Specified access key is not found.",
                )
            })
    }

    /// The nonces used within the window at `now_ms`, to be saved with the state.
    pub(crate) fn recent_nonces(&self, now_ms: i64) -> Vec<(String, String, i64)> {
        self.nonces
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .snapshot(now_ms)
    }

    /// Remembers nonces saved before a restart.
    pub(crate) fn restore_nonces(&self, recent: &[(String, String, i64)]) {
        self.nonces
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .restore(recent);
    }

    fn consume_nonce(&self, access_key_id: &str, nonce: &str, now_ms: i64) -> Result<(), ApiError> {
        let fresh = self
            .nonces
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .record(access_key_id, nonce, now_ms);
        if fresh {
            Ok(())
        } else {
            Err(ApiError::new(
                400,
                "SignatureNonceUsed",
                "Specified signature nonce was used already.",
            ))
        }
    }
}

fn check_version_and_action(version: &str, action: &str) -> Result<(), ApiError> {
    if version != API_VERSION {
        return Err(ApiError::new(
            400,
            "InvalidVersion",
            "Specified parameter Version is not valid.",
        ));
    }
    if actions::is_emulated(action) {
        return Ok(());
    }
    if actions::is_api_action(action) {
        // 400, not 5xx: clients must not retry it, and not 404, which would read as a typo.
        return Err(ApiError::new(
            400,
            "UnsupportedOperation",
            format!(
                "The action {action} of Domain 2018-01-29 is not implemented by domain-emulator; \
                 its documentation lists the emulated actions."
            ),
        ));
    }
    Err(ApiError::new(
        404,
        "InvalidAction.NotFound",
        "Specified api is not found, please check your url and method.",
    ))
}

/// `YYYY-MM-DDThh:mm:ssZ` (fractional seconds tolerated), within ±15 minutes of the server clock.
fn check_timestamp(timestamp: &str, now_ms: i64, window_ms: i64) -> Result<(), ApiError> {
    let parsed = humantime::parse_rfc3339(timestamp).map_err(|_| {
        ApiError::new(
            400,
            "InvalidTimeStamp.Format",
            "Specified time stamp or date value is not well formatted.",
        )
    })?;
    if (system_time_ms(parsed) - now_ms).abs() > window_ms {
        return Err(ApiError::new(
            400,
            "InvalidTimeStamp.Expired",
            "Specified time stamp or date value is expired.",
        ));
    }
    Ok(())
}

/// STS credentials must present their token; plain AccessKeys must not present one.
fn check_security_token(credential: &Credential, provided: Option<&str>) -> Result<(), ApiError> {
    match (&credential.security_token, provided) {
        (None, None) => Ok(()),
        (Some(_), None) => Err(ApiError::missing("SecurityToken")),
        (Some(expected), Some(given))
            if signature_v1::constant_time_eq(expected.as_bytes(), given.as_bytes()) =>
        {
            Ok(())
        }
        (Some(_), Some(_)) => Err(ApiError::new(
            400,
            "InvalidSecurityToken.Expired",
            "Specified SecurityToken is expired.",
        )),
        (None, Some(_)) => Err(ApiError::new(
            400,
            "InvalidSecurityToken.Malformed",
            "Specified SecurityToken is malformed.",
        )),
    }
}

fn signature_mismatch(string_to_sign: &str) -> ApiError {
    ApiError::new(
        400,
        "SignatureDoesNotMatch",
        format!(
            "Specified signature is not matched with our calculation. server string to sign is:{string_to_sign}"
        ),
    )
}

// The nonce window must cover the timestamp window, or a replay could slip in between.
const _: () = assert!(NONCE_WINDOW_MS >= TIMESTAMP_WINDOW_MS);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plus_is_a_space_in_query_and_form() {
        assert_eq!(
            parse_urlencoded("a=x+y&b=%2B&c&d=&&e=%E4%B8%80"),
            vec![
                ("a".to_owned(), "x y".to_owned()),
                ("b".to_owned(), "+".to_owned()),
                ("c".to_owned(), String::new()),
                ("d".to_owned(), String::new()),
                ("e".to_owned(), "一".to_owned()),
            ]
        );
    }

    #[test]
    fn timestamps_are_checked_for_format_and_skew() {
        let now = system_time_ms(humantime::parse_rfc3339("2024-01-01T00:00:00Z").unwrap());
        assert!(check_timestamp("2024-01-01T00:14:59Z", now, TIMESTAMP_WINDOW_MS).is_ok());
        assert!(check_timestamp("2024-01-01T00:00:00.123Z", now, TIMESTAMP_WINDOW_MS).is_ok());
        assert_eq!(
            check_timestamp("2024-01-01T00:15:01Z", now, TIMESTAMP_WINDOW_MS)
                .unwrap_err()
                .code,
            "InvalidTimeStamp.Expired"
        );
        assert_eq!(
            check_timestamp("2024-01-01 00:00:00", now, TIMESTAMP_WINDOW_MS)
                .unwrap_err()
                .code,
            "InvalidTimeStamp.Format"
        );
    }
}
