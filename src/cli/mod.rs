//! Non-interactive commands over the same `api::flow`.
