//! What `login` and `doctor` share to talk to people: the language, and `--json` lines.

use std::io::Write;

use serde::Serialize;

use super::GlobalArgs;
use crate::i18n::Lang;

/// `--lang`, else `LC_ALL`, `LC_MESSAGES`, `LANG` (the first one set), else English.
pub fn lang(global: &GlobalArgs) -> Lang {
    if let Some(lang) = global.lang.as_deref().and_then(Lang::from_tag) {
        return lang;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// Prints one JSON document on its own line on stdout (`--json` output).
pub fn json_line<T: Serialize>(value: &T) {
    let mut out = std::io::stdout().lock();
    if let Ok(text) = serde_json::to_string(value) {
        let _ = writeln!(out, "{text}");
        let _ = out.flush();
    }
}

/// Prints a command's failure on stderr and gives its exit code.
pub fn finish(result: Result<(), super::Failure>) -> super::Exit {
    match result {
        Ok(()) => super::Exit::Done,
        Err(failure) => {
            tracing::warn!(exit = failure.exit.code(), "command failed");
            eprintln!("ovhcart: {failure}");
            failure.exit
        }
    }
}
