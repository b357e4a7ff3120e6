//! `ovhcart` without a command, full screen: enter the full screen, run the wizard, leave
//! the full screen, then say in plain text where things stand.

use std::io::IsTerminal;

use crossterm::event::EventStream;

use super::runtime::{self, Ending};
use super::terminal;
use crate::app::{OrderState, State, labels};
use crate::args::GlobalArgs;
use crate::engine::Exit;
use crate::engine::start::{Prepared, prepare_full, preselected_language};
use crate::i18n::{tr, tr_args};
use crate::sandbox::SandboxArgs;

/// The full-screen wizard (`main` has already chosen it over the plain one).
pub async fn run(global: &GlobalArgs, sandbox: &SandboxArgs) -> Exit {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        match crate::engine::lang::resolve(global.lang.as_deref(), preselected_language(global)) {
            Ok(lang) => eprintln!("ovhcart: {}", tr(lang, msgid!("exit-needs-terminal"))),
            Err(failure) => eprintln!("ovhcart: {}", crate::clean::text(&failure.to_string())),
        }
        return Exit::Usage;
    }
    let Prepared { init, services, connection, onboarding, .. } = match prepare_full(global, sandbox).await {
        Ok(prepared) => prepared,
        Err(failure) => {
            eprintln!("ovhcart: {}", crate::clean::text(&failure.to_string()));
            return failure.exit;
        }
    };
    // Listening before the full screen exists, so that a SIGTERM is never handled by the
    // default action (which would leave the terminal in raw mode).
    let terminated = sigterm();
    let mut screen = match terminal::enter() {
        Ok(t) => t,
        Err(e) => {
            terminal::leave();
            eprintln!("ovhcart: cannot use the terminal: {e}");
            return Exit::ApiFailed;
        }
    };
    let state = match onboarding {
        Some(onboarding) => State::new(init).with_onboarding(onboarding),
        None => State::new(init),
    };
    let outcome = runtime::run(&mut screen, state, services, EventStream::new(), terminated).await;
    terminal::leave();
    if let Some(sandbox) = connection.sandbox {
        sandbox.shutdown().await;
    }
    match outcome {
        Ok((ending, state)) => report(ending, &state),
        Err(e) => {
            eprintln!("ovhcart: the terminal failed: {e}");
            Exit::ApiFailed
        }
    }
}

fn report(ending: Ending, state: &State) -> Exit {
    for line in goodbye(state) {
        println!("{}", crate::clean::text(&line));
    }
    match ending {
        Ending::Quit(0) => Exit::Done,
        Ending::Quit(_) | Ending::EventsClosed => Exit::Interrupted,
        Ending::Shutdown => {
            eprintln!("ovhcart: {}", tr(state.lang, msgid!("exit-terminated")));
            Exit::Terminated
        }
    }
}

/// What the person needs to know once the full screen is gone, in the language the screen
/// was in when they left. Against the embedded sandbox, which ends with the process, no
/// line sends them to a command that could only find nothing.
pub fn goodbye(state: &State) -> Vec<String> {
    let lang = state.lang;
    let sandboxed = state.sandboxed;
    let mut lines = Vec::new();
    match &state.order {
        // The checkout was sent (or on its way) and nobody knows what it did.
        OrderState::MaybePlaced(_) | OrderState::Placing => {
            let cart = state.maybe_placed().map_or(state.cart_id().unwrap_or_default(), |m| m.cart_id.as_str());
            lines.push(tr_args(lang, labels::order_unknown_exit(sandboxed), &[("cart", cart)]));
        }
        OrderState::Placed(placed) => {
            let id = placed.order.order_id.to_string();
            match &placed.project_id {
                Some(project) => {
                    lines.push(tr_args(lang, msgid!("exit-delivered"), &[("project", project), ("id", &id)]));
                }
                None => {
                    let key = if sandboxed { msgid!("exit-following-sandbox") } else { msgid!("exit-following") };
                    lines.push(tr_args(lang, key, &[("id", &id)]));
                }
            }
            if let Some(Ok(path)) = &placed.receipt {
                lines.push(tr_args(lang, msgid!("exit-receipt"), &[("path", path)]));
            }
        }
        _ => {
            if let Some(cart) = state.cart_id().filter(|_| state.has_open_cart()) {
                let key = if sandboxed { msgid!("exit-cart-kept-sandbox") } else { msgid!("exit-cart-kept") };
                lines.push(tr_args(lang, key, &[("cart", cart)]));
            }
        }
    }
    let delivered = matches!(&state.order, OrderState::Placed(placed) if placed.project_id.is_some());
    if sandboxed && !lines.is_empty() && !delivered {
        lines.push(tr(lang, msgid!("sandbox-ended")));
    }
    lines
}

/// A future that resolves on SIGTERM (never, where there is no such signal). The handler
/// is installed now, not when the future is first polled.
fn sigterm() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let signal = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    async move {
        #[cfg(unix)]
        if let Some(mut term) = signal {
            term.recv().await;
            return;
        }
        std::future::pending::<()>().await
    }
}

#[cfg(test)]
mod tests {
    use crate::app::Display;
    use crate::engine::start::display;

    #[test]
    fn high_contrast_reaches_the_display_unless_no_color() {
        let shown = display(true, None);
        assert!(shown.high_contrast && !shown.no_color);
        assert!(display(false, Some(std::ffi::OsStr::new("1"))).no_color);
        assert!(!display(false, Some(std::ffi::OsStr::new(""))).no_color, "an empty NO_COLOR is unset");
        let theme = crate::tui::theme::Theme::for_display(shown);
        assert_eq!(theme, crate::tui::theme::Theme::high_contrast());
        let both = Display { no_color: true, high_contrast: true };
        assert_eq!(crate::tui::theme::Theme::for_display(both), crate::tui::theme::Theme::no_color());
    }
}
