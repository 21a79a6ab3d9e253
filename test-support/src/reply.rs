//! What the loopback server answers, and how it delivers it.

use std::time::Duration;

/// How the bytes of a [`Reply`] reach the client: at once, or in one of the ways a hostile or
/// broken server sends them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Delivery {
    /// Head and body at once, framed by `content-length`; the connection stays open.
    #[default]
    Whole,
    /// A `transfer-encoding: chunked` body in 64 KiB chunks, properly ended.
    Chunked,
    /// A `content-length` twice the body's, then the body, then the connection closes.
    ShortBody,
    /// The status line, headers and body one byte per interval.
    HeadByteByByte(Duration),
    /// The head at once, then the body one byte per interval.
    BodyByteByByte(Duration),
    /// Nothing at all: the connection stays open and silent until the client closes it.
    Stall,
    /// A chunked body of spaces that never ends: a 1 KiB chunk per interval (as fast as the
    /// client reads for zero), at most 64 MiB so that the server's loop is bounded.
    EndlessChunks(Duration),
}

/// One answer: status, content type, extra headers, body, and how and when it is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The status code.
    pub status: u16,
    /// The `content-type` header.
    pub content_type: String,
    /// Further headers, sent after the content type and framing.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
    /// How long the server waits before it starts answering (to make callers overlap, or to
    /// outlast a client's timeout).
    pub delay: Duration,
    /// How the bytes are sent.
    pub delivery: Delivery,
}

impl Reply {
    /// A JSON answer with `status`.
    pub fn status(status: u16, body: impl AsRef<[u8]>) -> Reply {
        Reply {
            status,
            content_type: "application/json;charset=utf-8".to_owned(),
            headers: Vec::new(),
            body: body.as_ref().to_vec(),
            delay: Duration::ZERO,
            delivery: Delivery::Whole,
        }
    }

    /// A JSON answer with status 200.
    pub fn ok(body: impl AsRef<[u8]>) -> Reply {
        Reply::status(200, body)
    }

    /// The same answer with another `content-type`.
    pub fn with_content_type(mut self, content_type: &str) -> Reply {
        self.content_type = content_type.to_owned();
        self
    }

    /// The same answer, sent after `delay`.
    pub fn after(self, delay: Duration) -> Reply {
        Reply { delay, ..self }
    }

    /// The same answer with one more header.
    pub fn with_header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// The same answer, delivered as `delivery` says.
    pub fn delivered(self, delivery: Delivery) -> Reply {
        Reply { delivery, ..self }
    }
}
