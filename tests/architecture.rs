//! The room rules of docs/architecture.md, checked on the sources: each room may name only
//! the rooms and the IO its row allows. A broken arrow fails here with the file and line.

use std::path::{Path, PathBuf};

/// A room's name is its folder under `src/` (or, for a top-level file, the file's stem).
fn room_of(path: &Path, src: &Path) -> String {
    let relative = path.strip_prefix(src).expect("a file under src/");
    let first = relative.components().next().expect("a path").as_os_str().to_string_lossy().into_owned();
    first.trim_end_matches(".rs").to_owned()
}

/// What a room must not name: other rooms (`crate::x`) and IO (crates, std modules, clocks,
/// printing). Each pattern is matched as a substring of code (comments and test modules cut).
struct Rule {
    room: &'static str,
    forbidden: &'static [&'static str],
    /// (file suffix, pattern): one allowed use, with its reason in docs/architecture.md.
    exceptions: &'static [(&'static str, &'static str)],
}

const FRONT_ENDS: &[&str] = &["crate::tui", "crate::plain", "crate::cli"];
const TERMINAL: &[&str] = &["crossterm::", "ratatui::", "println!", "eprintln!", "print!(", "eprint!("];

fn rules() -> Vec<Rule> {
    let join = |parts: &[&[&'static str]]| -> &'static [&'static str] { Box::leak(parts.concat().into_boxed_slice()) };
    vec![
        // The pure core: no IO, no clock, no terminal; the client only as data types.
        Rule {
            room: "app",
            forbidden: join(&[
                FRONT_ENDS,
                TERMINAL,
                &[
                    "crate::engine",
                    "crate::store",
                    "crate::sandbox",
                    "crate::args",
                    "crate::api::client",
                    "tokio::",
                    "reqwest::",
                    "hyper::",
                    "std::fs",
                    "std::net",
                    "std::process",
                    "std::env",
                    "Utc::now",
                    "Local::now",
                    "Instant::now",
                    "SystemTime::now",
                ],
            ]),
            exceptions: &[],
        },
        // The API client knows nothing of who calls it, and has no words for people.
        Rule {
            room: "api",
            forbidden: join(&[
                FRONT_ENDS,
                TERMINAL,
                &["crate::app", "crate::engine", "crate::store", "crate::sandbox", "crate::args", "crate::i18n"],
            ]),
            exceptions: &[],
        },
        // Under every front end: never one of them, never the terminal.
        Rule { room: "engine", forbidden: join(&[FRONT_ENDS, TERMINAL]), exceptions: &[] },
        Rule {
            room: "store",
            forbidden: join(&[FRONT_ENDS, TERMINAL, &["crate::app", "crate::engine"]]),
            exceptions: &[],
        },
        // The plain wizard shares the core and the engine with the full screen, nothing else.
        Rule {
            room: "plain",
            forbidden: &[
                "crate::tui",
                "crate::cli",
                "crossterm::",
                "ratatui::",
                "crate::api::flow",
                "crate::api::client",
            ],
            exceptions: &[],
        },
        Rule {
            room: "tui",
            forbidden: &["crate::plain", "crate::cli", "crate::api::flow", "crate::api::client"],
            exceptions: &[],
        },
        // Commands print lines; the only terminal control is reading a secret without echo.
        Rule {
            room: "cli",
            forbidden: &["crate::tui", "crate::plain", "crossterm::", "ratatui::"],
            exceptions: &[("cli/prompt.rs", "crossterm::")],
        },
        // The sandbox shares JSON models (and the subsidiary table) with the client, nothing
        // else: its own signature check, its own catalogue, so it can catch the client's mistakes.
        Rule {
            room: "sandbox",
            forbidden: join(&[
                FRONT_ENDS,
                &[
                    "crate::app",
                    "crate::engine",
                    "crate::store",
                    "crate::api::client",
                    "crate::api::sign",
                    "crate::api::flow",
                    "crate::api::login",
                    "crate::api::config",
                    "crate::api::error",
                ],
            ]),
            exceptions: &[],
        },
        Rule {
            room: "i18n",
            forbidden: join(&[
                FRONT_ENDS,
                TERMINAL,
                &["crate::app", "crate::api", "crate::engine", "crate::store", "crate::sandbox"],
            ]),
            exceptions: &[],
        },
    ]
}

/// The code a person would review: `//` comments and the test module at the end cut.
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let mut lines = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            break;
        }
        let code = match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        };
        if !code.trim().is_empty() {
            lines.push((index + 1, code.to_owned()));
        }
    }
    lines
}

/// The broken rules of one file, as `path:line: pattern`.
fn violations(room: &str, file: &str, text: &str, rules: &[Rule]) -> Vec<String> {
    let Some(rule) = rules.iter().find(|r| r.room == room) else { return Vec::new() };
    let mut found = Vec::new();
    for (number, line) in code_lines(text) {
        if line.contains("crate::{") {
            found.push(format!("{file}:{number}: name one room per `use crate::…` line, so arrows can be checked"));
        }
        for pattern in rule.forbidden {
            let allowed = rule.exceptions.iter().any(|(suffix, p)| file.ends_with(suffix) && p == pattern);
            if line.contains(pattern) && !allowed {
                found.push(format!("{file}:{number}: `{room}` must not use `{pattern}`"));
            }
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable src/") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            // Unit-test files (`tests.rs`, `*_tests.rs`) may do what tests need.
            if name != "tests.rs" && !name.ends_with("_tests.rs") {
                out.push(path);
            }
        }
    }
}

#[test]
fn every_room_keeps_its_arrows() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 100, "the sources were found ({} files)", files.len());
    let rules = rules();
    let mut broken = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("a readable source");
        let file = path.strip_prefix(&src).unwrap_or(path).to_string_lossy().into_owned();
        broken.extend(violations(&room_of(path, &src), &file, &text, &rules));
    }
    assert!(broken.is_empty(), "arrows broken (see docs/architecture.md):\n{}", broken.join("\n"));
}

#[test]
fn the_check_sees_a_broken_arrow_and_ignores_comments_and_tests() {
    let rules = rules();
    let plain = "use crate::app::State;\nuse crate::tui::view::footer;\n";
    assert_eq!(violations("plain", "plain/x.rs", plain, &rules), ["plain/x.rs:2: `plain` must not use `crate::tui`"]);
    let app = "fn now() { let t = chrono::Utc::now(); }\n";
    assert_eq!(violations("app", "app/x.rs", app, &rules).len(), 1);
    let sandbox = "use crate::api::sign::signature;\n";
    assert_eq!(violations("sandbox", "sandbox/auth.rs", sandbox, &rules).len(), 1);
    let commented = "// see crate::tui::view\nfn f() {}\n#[cfg(test)]\nmod tests { use crate::tui::view; }\n";
    assert!(violations("plain", "plain/x.rs", commented, &rules).is_empty());
    let allowed = "use crossterm::event;\n";
    assert!(violations("cli", "cli/prompt.rs", allowed, &rules).is_empty());
    assert_eq!(violations("cli", "cli/order.rs", allowed, &rules).len(), 1);
}
