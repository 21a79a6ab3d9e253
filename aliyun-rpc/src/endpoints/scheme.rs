//! [`Scheme`]: HTTPS, or plain HTTP, for the hosts the client finds itself.

use std::fmt;

/// The scheme of the URLs the client builds from a host: a product's host, or an endpoint given
/// as a bare host. An endpoint given as a URL keeps its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scheme {
    /// `https://`, the default, as in the current official SDKs.
    #[default]
    Https,
    /// `http://`: credentials and signatures then cross the network in clear text, as with the
    /// legacy SDKs' default. For a proxy or a private network that terminates TLS itself.
    Http,
}

impl Scheme {
    /// `https` or `http`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Https => "https",
            Scheme::Http => "http",
        }
    }
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
