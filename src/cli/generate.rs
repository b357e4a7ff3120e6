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

/// The manual page (roff), on stdout.
pub fn man(lang: Lang) -> Exit {
    let mut page = Vec::new();
    match clap_mangen::Man::new(super::args::command(lang)).render(&mut page) {
        Ok(()) => emit(&page),
        Err(e) => {
            eprintln!("ovhcart: {e}");
            Exit::ApiFailed
        }
    }
}

/// Written whole once made: a closed pipe (`| head`) is not worth a panic.
fn emit(bytes: &[u8]) -> Exit {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(bytes).and_then(|()| stdout.flush());
    Exit::Done
}
