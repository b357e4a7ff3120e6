//! `ovhcart completions SHELL` and `ovhcart man`: generated from the same definitions that
//! parse the command line (`args::command`), so they never drift from it.

use std::io::Write;

use crate::engine::Exit;
use crate::i18n::Lang;

/// The completion script for `shell`, on stdout.
pub fn completions(shell: clap_complete::Shell, lang: Lang) -> Exit {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut super::args::command(lang), "ovhcart", &mut script);
    emit(&script)
}

/// The manual page (roff) of ovhcart, or of the command at `path` (`["order", "status"]`:
/// the page `ovhcart-order-status(1)`, with that command's own flags), on stdout.
pub fn man(lang: Lang, path: &[String]) -> Exit {
    // Built, the commands know their full names (`ovhcart order status`) for the synopsis.
    // The `help` command has no page: `--help` is every page's own.
    let command = without_help_command(super::args::command(lang));
    let mut found = &command;
    for (depth, name) in path.iter().enumerate() {
        match found.find_subcommand(name).filter(|sub| !sub.is_hide_set()) {
            Some(sub) => found = sub,
            None => {
                let so_far = path[..depth].join(" ");
                let mut shown: Vec<&clap::Command> = found.get_subcommands().filter(|sub| !sub.is_hide_set()).collect();
                shown.sort_by_key(|sub| sub.get_display_order());
                let known: Vec<&str> = shown.into_iter().map(clap::Command::get_name).collect();
                let args = [("command", format!("{so_far} {name}").trim().to_owned()), ("known", known.join(", "))];
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                eprintln!("ovhcart: {}", crate::i18n::tr_args(lang, msgid!("cli-man-unknown"), &args));
                return Exit::Usage;
            }
        }
    }
    let mut page = Vec::new();
    let man = clap_mangen::Man::new(found.clone()).source(format!("ovhcart {}", env!("CARGO_PKG_VERSION")));
    match man.render(&mut page) {
        Ok(()) => emit(&page),
        Err(e) => {
            eprintln!("ovhcart: {e}");
            Exit::ApiFailed
        }
    }
}

fn without_help_command(mut command: clap::Command) -> clap::Command {
    let names: Vec<String> = command.get_subcommands().map(|sub| sub.get_name().to_owned()).collect();
    for name in names {
        command = command
            .mut_subcommand(&name, |sub| if name == "help" { sub.hide(true) } else { without_help_command(sub) });
    }
    command
}

/// Written whole once made: a closed pipe (`| head`) is not worth a panic.
fn emit(bytes: &[u8]) -> Exit {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(bytes).and_then(|()| stdout.flush());
    Exit::Done
}
