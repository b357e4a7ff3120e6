//! Entering and leaving the full screen (with bracketed paste and mouse clicks), on every exit path: normal, error (restore,
//! then print), panic (restore, print, exit) and SIGTERM (restore, exit).

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use crossterm::execute;
use ratatui::DefaultTerminal;

/// Whether the terminal is in raw mode on the alternate screen right now.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Raw mode, alternate screen, bracketed paste, and a panic hook that restores first.
pub fn enter() -> io::Result<DefaultTerminal> {
    install_panic_hook();
    let terminal = ratatui::try_init()?;
    ACTIVE.store(true, Ordering::SeqCst);
    // Clicks select rows and tick boxes; every action also has a key.
    let _ = execute!(io::stdout(), EnableBracketedPaste, EnableMouseCapture);
    Ok(terminal)
}

/// Leaves the full screen; harmless when already left.
pub fn leave() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste, crossterm::cursor::Show);
        let _ = ratatui::try_restore();
        let _ = io::stdout().flush();
    }
}

/// A panic anywhere (the UI thread or an effect task) restores the terminal, prints the
/// panic, and ends the process: a half-working screen over a dead task helps nobody.
fn install_panic_hook() {
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let was_active = ACTIVE.load(Ordering::SeqCst);
        leave();
        previous(info);
        if was_active {
            eprintln!(
                "ovhcart stopped on an internal error; the terminal was restored. Your cart is kept on the server."
            );
            std::process::exit(101);
        }
    }));
}
