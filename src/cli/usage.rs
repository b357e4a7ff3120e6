//! What ovhcart prints when the command line itself is wrong (clap's checks and
//! `args::parse`'s): clap's text on stderr, and with `--json` also the one JSON document
//! stdout always holds, `kind: "usage"`. Help and version go to stdout as clap prints them.

use std::ffi::OsString;

use super::output::{Out, Problem};
use crate::engine::Exit;
use crate::i18n::tr_args;

/// Says what is wrong with the command line and gives the exit code (2; 0 for help and
/// version).
pub fn refuse(args: &[OsString], error: &clap::Error) -> Exit {
    if !error.use_stderr() {
        let _ = error.print();
        return Exit::Done;
    }
    if wants_json(args) {
        let lang = super::args::help_language(args);
        let hint = tr_args(lang, msgid!("cli-usage-hint"), &[("command", &command_path(args))]);
        let _ = Out { json: true, lang }.fail(Problem::usage(message(error)).with_hint(hint));
    }
    let _ = error.print();
    Exit::Usage
}

/// `--json` anywhere before `--`: the caller reads stdout as JSON, even now.
pub fn wants_json(args: &[OsString]) -> bool {
    args.iter().skip(1).take_while(|a| *a != "--").any(|a| a == "--json")
}

/// clap's first paragraph on one line, without its `error:` label, usage block and tips.
pub fn message(error: &clap::Error) -> String {
    let text = error.render().to_string();
    let paragraph: Vec<&str> =
        text.lines().skip_while(|l| l.trim().is_empty()).take_while(|l| !l.trim().is_empty()).map(str::trim).collect();
    paragraph.join(" ").trim_start_matches("error:").trim().to_owned()
}

/// `ovhcart order status`: the commands named on the command line, as far as they exist.
fn command_path(args: &[OsString]) -> String {
    let mut command = super::args::command(crate::i18n::Lang::En);
    let mut path = vec!["ovhcart".to_owned()];
    for word in args.iter().skip(1).map(|a| a.to_string_lossy()) {
        if word.starts_with('-') {
            continue;
        }
        match command.find_subcommand(word.as_ref()) {
            Some(sub) => {
                path.push(sub.get_name().to_owned());
                command = sub.clone();
            }
            None => continue,
        }
    }
    path.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn json_is_wanted_before_the_separator_only() {
        assert!(wants_json(&words(&["ovhcart", "carts", "--json"])));
        assert!(!wants_json(&words(&["ovhcart", "carts"])));
        assert!(!wants_json(&words(&["ovhcart", "order", "--", "--json"])));
    }

    #[test]
    fn the_message_is_claps_first_sentence_and_the_path_the_commands_named() {
        let args = words(&["ovhcart", "order", "status", "1", "--bogus", "--json"]);
        let error = super::super::args::parse(&args).err().unwrap();
        let text = message(&error);
        assert!(text.starts_with("unexpected argument '--bogus'"), "{text}");
        assert!(!text.contains('\n'));
        assert_eq!(command_path(&args), "ovhcart order status");
        let args = words(&["ovhcart", "order", "status", "1", "--follow-timeout", "5"]);
        let text = message(&super::super::args::parse(&args).err().unwrap());
        assert_eq!(text, "the following required arguments were not provided: --follow");
    }
}
