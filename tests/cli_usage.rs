//! The command line itself: completions and the manual page generated from it, usage
//! errors as one JSON document under `--json`, each command's help, and every command the
//! README shows still parsing.

mod common;

use std::ffi::OsString;

use common::cli::{Env, code, json, stderr, stdout};

#[test]
fn completions_for_every_shell_and_a_manual_page() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = env.cmd().args(["completions", shell]).output().unwrap();
        assert_eq!(code(&output), 0, "{shell}: {}", stderr(&output));
        let script = stdout(&output);
        for word in ["ovhcart", "order", "carts", "follow-timeout", "waive-retraction"] {
            assert!(script.contains(word), "{shell} completion lacks {word}");
        }
    }
    let refused = env.cmd().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(code(&refused), 2, "{}", stderr(&refused));

    let output = env.cmd().arg("man").output().unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let page = stdout(&output);
    assert!(page.contains(".TH ovhcart 1"), "{page}");
    assert!(page.contains(".SH SYNOPSIS") && page.contains("\\-\\-sandbox"), "{page}");
    assert!(page.contains("completions") && page.contains("doctor"), "the commands are listed");
    assert!(page.contains("ovhcart\\-order(1)"), "each command's page is named: {page}");
    assert!(!page.contains("ovhcart\\-help(1)"), "`help` has no page: {page}");

    // One page a command, with that command's own flags.
    let output = env.cmd().args(["man", "order"]).output().unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let page = stdout(&output);
    assert!(page.contains(".TH ovhcart-order 1"), "{page}");
    assert!(page.contains("\\-\\-accept\\-contracts") && page.contains("Examples:"), "{page}");
    let output = env.cmd().args(["man", "order", "status"]).output().unwrap();
    assert!(stdout(&output).contains(".TH ovhcart-order-status 1"), "{}", stderr(&output));
    let output = env.cmd().args(["man", "order", "stat"]).output().unwrap();
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("no command order stat: its commands there are status"), "{}", stderr(&output));
}

#[test]
fn usage_errors_are_one_json_document_with_json() {
    let env = Env::new();
    let cases: [&[&str]; 4] = [
        &["carts", "--bogus", "--json"],
        &["order", "--name", "x", "--follow-timeout", "60", "--json"],
        &["--plain", "carts", "--json"],
        &["--delivery-ms", "300", "order", "status", "1", "--json"],
    ];
    for args in cases {
        let output = env.cmd().args(args).output().unwrap();
        assert_eq!(code(&output), 2, "{args:?}: {}", stderr(&output));
        let document = json(&output);
        assert_eq!(document["error"]["kind"], "usage", "{args:?}: {document}");
        let message = document["error"]["message"].as_str().unwrap();
        assert!(!message.is_empty() && !message.contains('\n'), "{args:?}: {message}");
        assert!(document["error"]["hint"].as_str().unwrap().contains("--help"), "{document}");
        assert!(stderr(&output).contains("Usage:"), "clap's own text stays on stderr");
    }
    let output = env.cmd().args(["order", "--name", "x", "--follow-timeout", "60", "--json"]).output().unwrap();
    assert!(json(&output)["error"]["message"].as_str().unwrap().contains("--follow"), "{}", stdout(&output));
    // Without --json, stdout stays empty.
    let output = env.cmd().args(["carts", "--bogus"]).output().unwrap();
    assert_eq!((code(&output), stdout(&output).as_str()), (2, ""));
    // Help is not an error.
    let output = env.cmd().args(["carts", "--help", "--json"]).output().unwrap();
    assert_eq!(code(&output), 0);
    assert!(stdout(&output).contains("Usage: ovhcart carts"));
}

#[test]
fn each_help_shows_its_own_flags_and_examples() {
    let env = Env::new();
    let help = |args: &[&str]| {
        let output = env.cmd().args(args).output().unwrap();
        assert_eq!(code(&output), 0, "{args:?}: {}", stderr(&output));
        stdout(&output)
    };
    for command in
        [&["order"][..], &["order", "status"], &["carts"], &["cart", "show"], &["cart", "delete"], &["doctor"]]
    {
        let text = help(&[command, &["--help"]].concat());
        assert!(text.contains("--endpoint") && text.contains("--sandbox") && text.contains("--json"), "{command:?}");
        for foreign in ["--plain", "--high-contrast", "--delivery-ms", "--fault-rate", "--listen"] {
            assert!(!lists(&text, foreign), "{command:?} --help lists {foreign}:\n{text}");
        }
        assert!(text.contains("Examples:\n  ovhcart "), "{command:?}:\n{text}");
    }
    let sandbox = help(&["sandbox", "--help"]);
    assert!(sandbox.contains("--delivery-ms") && sandbox.contains("ovhcart sandbox --listen"), "{sandbox}");
    for foreign in ["--endpoint", "--plain", "--json", "--retry-budget"] {
        assert!(!lists(&sandbox, foreign), "sandbox --help lists {foreign}:\n{sandbox}");
    }
    let login = help(&["login", "--help"]);
    assert!(lists(&login, "--endpoint") && !lists(&login, "--sandbox") && !lists(&login, "--plain"), "{login}");
    assert!(help(&["--lang", "fr", "order", "--help"]).contains("Exemples :"));
}

/// Whether a help text has a row for `flag` (not just a mention in another flag's text).
fn lists(help: &str, flag: &str) -> bool {
    help.lines()
        .map(str::trim_start)
        .any(|l| l.starts_with(&format!("{flag} ")) || l == flag || l.contains(&format!(", {flag}")))
}

/// Every `ovhcart …` command in the README's code blocks parses with today's flags (in
/// `console` blocks, the lines typed after `$ `).
#[test]
fn the_readme_commands_parse() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    // A line ending in `\` goes on on the next one, as in a shell.
    let joined = readme.replace("\\\n", " ");
    let mut block: Option<&str> = None;
    let mut checked = 0;
    for line in joined.lines() {
        if let Some(fence) = line.trim_start().strip_prefix("```") {
            block = if block.is_some() { None } else { Some(fence.trim()) };
            continue;
        }
        let in_block = block.is_some();
        let line = match block {
            Some("console") => match line.trim().strip_prefix("$ ") {
                Some(typed) => typed,
                None => continue,
            },
            _ => line.trim().trim_start_matches("$ "),
        };
        let words = shell_words(line);
        let Some(start) = words.iter().position(|w| !w.contains('=')) else { continue };
        if !in_block || words[start] != "ovhcart" || line.contains('[') || line.contains('…') {
            continue;
        }
        let args: Vec<OsString> = words[start..].iter().map(OsString::from).collect();
        if let Err(e) = ovhcart::cli::args::parse(&args) {
            panic!("README: {line}\n{e}");
        }
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} README commands found");
}

/// A shell line's words: quotes kept together, up to a comment, a redirection, a pipe or `&`.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '"' | '\'') => quote = Some(c),
            (None, ' ') => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            (None, c) => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words.into_iter().take_while(|w| !matches!(w.as_str(), "#" | ">" | ">>" | "<" | "|" | "&" | "&&" | ";")).collect()
}
