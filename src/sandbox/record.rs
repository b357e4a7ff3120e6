//! The log of every request the sandbox received, for tests that check what a client
//! sent ("the seed's calls, in order, with exact bodies").

use super::faults::Fault;

/// What became of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// An answer with this status was sent (a fault page included).
    Answered(u16),
    /// The connection was closed before the request was processed.
    ResetBeforeProcessing,
    /// The request was processed (this status was computed), then the answer was lost.
    LostAfterProcessing(u16),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    pub method: String,
    /// Path and query after the `/1.0` or `/v1` prefix (the whole path for pages outside it).
    pub path: String,
    pub body: Vec<u8>,
    /// Whether it carried signature headers (valid or not).
    pub signed: bool,
    /// Whether it carried a bearer token.
    pub bearer: bool,
    pub outcome: Outcome,
    /// The fault injected into this request, if any.
    pub fault: Option<Fault>,
}

impl RecordedRequest {
    /// The body as text (lossy for bytes that are not UTF-8).
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The status the client received, if it received one.
    pub fn status(&self) -> Option<u16> {
        match self.outcome {
            Outcome::Answered(status) => Some(status),
            Outcome::ResetBeforeProcessing | Outcome::LostAfterProcessing(_) => None,
        }
    }
}
