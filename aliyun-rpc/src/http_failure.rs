//! Describing a failure of the HTTP stack without its URL, for the client's transport errors and
//! the credential fetchers' alike (the URL holds the signed query and any security token).

/// An HTTP-stack error and its causes, joined with `: `, without the URL (it holds the signed
/// query and any security token).
pub(crate) fn message_without_url(error: reqwest::Error) -> String {
    let error = error.without_url();
    let mut message = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}
