//! What `login` and `doctor` share to talk to people: `--json` lines and failures.

use std::io::Write;

use serde::Serialize;

/// Prints one JSON document on its own line on stdout (`--json` output).
pub fn json_line<T: Serialize>(value: &T) {
    let mut out = std::io::stdout().lock();
    if let Ok(text) = serde_json::to_string(value) {
        let _ = writeln!(out, "{}", crate::clean::json_escaped(text));
        let _ = out.flush();
    }
}

/// Prints a command's failure on stderr and gives its exit code.
pub fn finish(result: Result<(), crate::engine::Failure>) -> crate::engine::Exit {
    match result {
        Ok(()) => crate::engine::Exit::Done,
        Err(failure) => {
            tracing::warn!(exit = failure.exit.code(), "command failed");
            eprintln!("ovhcart: {}", crate::clean::text(&failure.to_string()));
            failure.exit
        }
    }
}
