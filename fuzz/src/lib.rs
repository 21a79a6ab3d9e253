//! Helpers shared by the fuzz targets: the input formats and the credentials of the seeds.
//!
//! Two input formats:
//! - responses: the first byte picks an HTTP status from [`STATUSES`], the rest is the body;
//! - requests: HTTP/1-shaped text, `METHOD TARGET` on the first line, `name: value` header
//!   lines, an empty line, then the body (bytes).

#![forbid(unsafe_code)]

use std::time::UNIX_EPOCH;

use domain_emulator::Credential;
use domain_emulator::fuzzing::{self, HttpRequest};

/// The statuses a response input can have; index 0 (and so a zero first byte) is 200.
pub const STATUSES: [u16; 20] = [
    200,
    201,
    204,
    299,
    100,
    302,
    400,
    401,
    403,
    404,
    409,
    429,
    500,
    502,
    503,
    504,
    0,
    599,
    999,
    u16::MAX,
];

/// Splits a response input into its status and body.
pub fn response(data: &[u8]) -> Option<(u16, &[u8])> {
    let (&first, body) = data.split_first()?;
    Some((STATUSES[usize::from(first) % STATUSES.len()], body))
}

/// Parses a request input; anything goes (bytes that are not UTF-8 are replaced).
pub fn request(data: &[u8]) -> HttpRequest {
    let split = find(data, b"\r\n\r\n")
        .map(|at| (at, at + 4))
        .or_else(|| find(data, b"\n\n").map(|at| (at, at + 2)));
    let (head, body) = match split {
        Some((end, start)) => (&data[..end], &data[start..]),
        None => (data, &[][..]),
    };
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let first = lines.next().unwrap_or_default();
    let mut words = first.split_whitespace();
    let method = words.next().unwrap_or("POST");
    let target = words.next().unwrap_or("/");
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    HttpRequest::new(method, target, &headers, body)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The AccessKey pairs the seed requests are signed with (from `specs/signing-*`).
const KEYS: [(&str, &str, Option<&str>); 5] = [
    ("testid", "testsecret", None),
    ("testId", "testSecret", None),
    ("emulator-demo-id", "emulator-demo-secret", None),
    ("YourAccessKeyId", "YourAccessKeySecret", None),
    (
        "STS.NTsv7cGSFq3v4ZrJxHbKwdmYz",
        "Sts/Secret+Key=",
        Some(
            "CAIS+gF1q6Ft5B2yfSjIr5bSEsn/2LJx1raDWW/Hh2YFe+ZmvbHmsjz2IHpMeXJoBOEet/8ymWFV5/0Tlqp6U4cdxnUwy5kU+Yh5f1r1Ls8xGoABRjHQu+lu9w==",
        ),
    ),
];

/// The credential a request names (V1 `AccessKeyId`, V3 `Credential=`), if it is one of the
/// seeds' keys, else the first; and the server clock that makes its own timestamp current.
pub fn credential_and_clock(request: &HttpRequest) -> (Credential, i64) {
    let parsed = fuzzing::parse(request);
    let param = |name: &str| {
        parsed
            .params
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let authorization = request.header("authorization").unwrap_or_default();
    let key = KEYS
        .iter()
        .find(|(id, _, _)| {
            param("AccessKeyId") == Some(*id)
                || authorization.contains(&format!("Credential={id},"))
        })
        .unwrap_or(&KEYS[0]);
    let timestamp = param("Timestamp")
        .or_else(|| request.header("x-acs-date"))
        .and_then(|t| humantime::parse_rfc3339(t).ok())
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .and_then(|d| i64::try_from(d.as_millis()).ok())
        .unwrap_or(0);
    let credential = Credential {
        access_key_id: key.0.to_owned(),
        access_key_secret: key.1.to_owned(),
        security_token: key.2.map(str::to_owned),
    };
    (credential, timestamp)
}

/// Whether `FUZZ_TRACE` is set: the targets then print each input's outcome (for checking that
/// the seeds reach the code under test, e.g. `FUZZ_TRACE=1 fuzz/target/…/emulator_v1 seeds…`).
pub fn tracing() -> bool {
    static TRACE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *TRACE.get_or_init(|| std::env::var_os("FUZZ_TRACE").is_some())
}

/// What the server made of a request input, for the V1 and V3 targets: each holds the server's
/// verdict against its own signature check alone.
pub struct Authentication {
    /// The parsed request.
    pub request: HttpRequest,
    /// The secret of the credential the request names.
    pub secret: String,
    /// Whether the request claims V3 (an `ACS3-` authorization header); otherwise it is V1.
    pub claims_v3: bool,
    /// Whether the server authenticated it.
    pub authenticated: bool,
}

/// Parses `data`, authenticates it as the server does at the clock that makes it current, and
/// prints the outcome when [`tracing`].
pub fn authenticate(data: &[u8]) -> Authentication {
    let request = request(data);
    let (credential, now_ms) = credential_and_clock(&request);
    let claims_v3 = request
        .header("authorization")
        .is_some_and(|a| a.trim_start().starts_with("ACS3-"));
    let outcome = fuzzing::authenticate(&request, &credential, now_ms);
    if tracing() {
        eprintln!("{outcome:?}");
    }
    Authentication {
        request,
        secret: credential.access_key_secret,
        claims_v3,
        authenticated: outcome.is_ok(),
    }
}
