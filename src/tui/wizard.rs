//! `ovhcart` without a command: connect, enter the full screen, run the wizard, leave the
//! full screen, then say in plain text where things stand.

use std::io::IsTerminal;
use std::time::Duration;

use crossterm::event::EventStream;

use super::effects::{FrontEnd, Services};
use super::runtime::{self, Ending};
use super::terminal;
use crate::api::endpoints::{self, Subsidiary};
use crate::app::{Display, Init, OnboardingInit, OrderState, State};
use crate::cli::GlobalArgs;
use crate::i18n::{Lang, tr, tr_args};
use crate::sandbox::SandboxArgs;
use crate::session::Exit;
use crate::session::connect::{Connected, Connection, connect, connect_or_login, unsigned_client};
use crate::session::recover::{Recovered, recover};
use crate::store::journal::Journal;

/// What the full-screen and the plain wizard both start from.
pub struct Prepared {
    pub lang: Lang,
    pub init: Init,
    pub services: Services,
    pub connection: Connection,
    /// What an earlier run left unsettled, to be told before anything else (see
    /// `session::recover`).
    pub notices: Vec<String>,
    /// No usable credentials: the full screen starts on the onboarding screens.
    pub onboarding: Option<OnboardingInit>,
}

/// `ovhcart` without a command: the plain line-by-line wizard when asked for (or when the
/// terminal cannot do more), else the full screen.
pub async fn run(global: &GlobalArgs, sandbox: &SandboxArgs) -> Exit {
    if crate::plain::wanted(global.plain, std::env::var_os("TERM").as_deref()) {
        return crate::plain::run(global, sandbox).await;
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        match crate::session::lang::resolve(global.lang.as_deref(), preselected_language(global)) {
            Ok(lang) => eprintln!("ovhcart: {}", tr(lang, msgid!("exit-needs-terminal"))),
            Err(failure) => eprintln!("ovhcart: {}", crate::clean::text(&failure.to_string())),
        }
        return Exit::Usage;
    }
    let Prepared { lang, init, services, connection, notices, onboarding } = match prepare_full(global, sandbox).await {
        Ok(prepared) => prepared,
        Err(exit) => return exit,
    };
    if !notices.is_empty() {
        notices.iter().for_each(|notice| eprintln!("{}", crate::clean::text(notice)));
        eprintln!("{}", tr(lang, msgid!("recover-continue")));
        let _ = std::io::stdin().read_line(&mut String::new());
    }
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
    let sandboxed = connection.sandbox.is_some();
    if let Some(sandbox) = connection.sandbox {
        sandbox.shutdown().await;
    }
    match outcome {
        Ok((ending, state)) => report(lang, ending, &state, sandboxed),
        Err(e) => {
            eprintln!("ovhcart: the terminal failed: {e}");
            Exit::ApiFailed
        }
    }
}

fn preselected_language(global: &GlobalArgs) -> Option<&'static str> {
    global.subsidiary.as_deref().and_then(endpoints::subsidiary).map(|s| s.language)
}

/// Language, connection, the subsidiaries on sale and the wizard's `Init`; a failure is
/// reported on stderr and returned as the exit code. Credentials must be usable (the plain
/// wizard has no onboarding).
pub async fn prepare(global: &GlobalArgs, sandbox: &SandboxArgs) -> Result<Prepared, Exit> {
    let lang = language(global)?;
    let connection = connect(lang, global, sandbox).await.map_err(reported)?;
    prepare_with(lang, global, connection, None).await
}

/// [`prepare`] for the full screen: without usable credentials it prepares the onboarding
/// screens, with a client that is replaced once they have made a key.
async fn prepare_full(global: &GlobalArgs, sandbox: &SandboxArgs) -> Result<Prepared, Exit> {
    let lang = language(global)?;
    match connect_or_login(lang, global, sandbox).await.map_err(reported)? {
        Connected::Ready(connection) => prepare_with(lang, global, connection, None).await,
        Connected::NeedsLogin(missing) => {
            let client = unsigned_client(lang, &missing.endpoint, global).map_err(reported)?;
            let connection = Connection { endpoint: missing.endpoint.clone(), client, sandbox: None };
            let onboarding = OnboardingInit {
                endpoint: missing.endpoint,
                application_key: missing.application_key,
                application_secret: missing.application_secret,
                save_to: missing.save_to,
                timeout_secs: crate::api::login::DEFAULT_TIMEOUT.as_secs(),
            };
            prepare_with(lang, global, connection, Some(onboarding)).await
        }
    }
}

fn reported(failure: crate::session::Failure) -> Exit {
    eprintln!("ovhcart: {}", crate::clean::text(&failure.to_string()));
    failure.exit
}

/// The language of the run (the wizard's may come from `--subsidiary`), reported on
/// stderr when `--lang` names none ovhcart speaks.
fn language(global: &GlobalArgs) -> Result<Lang, Exit> {
    crate::session::lang::resolve(global.lang.as_deref(), preselected_language(global)).map_err(reported)
}

async fn prepare_with(
    lang: Lang,
    global: &GlobalArgs,
    connection: Connection,
    onboarding: Option<OnboardingInit>,
) -> Result<Prepared, Exit> {
    let endpoint = connection.endpoint.clone();
    let sold = endpoint.sold_subsidiaries();
    if sold.is_empty() {
        eprintln!(
            "ovhcart: {}",
            crate::clean::text(&tr_args(lang, msgid!("exit-no-public-cloud"), &[("endpoint", &endpoint.to_string())]))
        );
        return Err(Exit::Usage);
    }
    let preselect = match &global.subsidiary {
        Some(code) => match sold.iter().find(|s| s.code.eq_ignore_ascii_case(code)) {
            Some(s) => Some(s.code.to_owned()),
            None => {
                let valid: Vec<&str> = sold.iter().map(|s| s.code).collect();
                let args = [("code", code.as_str()), ("endpoint", &endpoint.to_string()), ("valid", &valid.join(", "))];
                eprintln!("ovhcart: {}", crate::clean::text(&tr_args(lang, msgid!("exit-unknown-subsidiary"), &args)));
                return Err(Exit::Usage);
            }
        },
        None => None,
    };
    let init = Init {
        endpoint_label: endpoint.to_string(),
        locale_subsidiary: locale_subsidiary(&sold),
        subsidiaries: sold,
        preselect,
        today: chrono::Local::now().format("%Y-%m-%d").to_string(),
        lang,
        display: display(global.high_contrast, std::env::var_os("NO_COLOR").as_deref()),
    };
    let data_dir = crate::store::data_dir();
    let notices = match &data_dir {
        // Nothing can be read back without credentials; the next run will.
        Some(_) if onboarding.is_some() => Vec::new(),
        Some(dir) => {
            recovered_notices(lang, &recover(&connection.client, &Journal::new(dir), &endpoint.config_section()).await)
        }
        None => Vec::new(),
    };
    let services = Services {
        client: connection.client.clone(),
        endpoint,
        data_dir,
        follow_interval: Duration::from_secs(2),
        front_end: FrontEnd::Wizard,
    };
    Ok(Prepared { lang, init, services, connection, notices, onboarding })
}

/// `NO_COLOR` (set and not empty, per no-color.org) wins over `--high-contrast`.
pub fn display(high_contrast: bool, no_color: Option<&std::ffi::OsStr>) -> Display {
    Display { no_color: no_color.is_some_and(|v| !v.is_empty()), high_contrast }
}

/// What the person needs to know once the full screen is gone.
/// An order an earlier run placed after all, or whose fate is unknown, must be known
/// before anyone orders again. Open carts are left to the cart browser.
fn recovered_notices(lang: Lang, recovered: &[Recovered]) -> Vec<String> {
    recovered
        .iter()
        .filter_map(|item| match item {
            Recovered::Ordered { entry, placement } => {
                let (id, name) = (placement.order.order_id.to_string(), entry.project().unwrap_or_default().to_owned());
                Some(tr_args(lang, msgid!("recover-ordered"), &[("id", &id), ("name", &name)]))
            }
            Recovered::Unsettled { entry, error } => {
                let name = entry.project().unwrap_or_default().to_owned();
                Some(tr_args(lang, msgid!("recover-unsettled"), &[("name", &name), ("error", &error.to_string())]))
            }
            Recovered::OpenCart(_) => None,
        })
        .collect()
}

fn report(lang: Lang, ending: Ending, state: &State, sandboxed: bool) -> Exit {
    match &state.order {
        // The checkout was sent (or on its way) and nobody knows what it did.
        OrderState::MaybePlaced(_) | OrderState::Placing => {
            let cart = state.maybe_placed().map_or(state.cart_id().unwrap_or_default(), |m| m.cart_id.as_str());
            println!("{}", tr_args(lang, msgid!("order-unknown-exit"), &[("cart", cart)]));
            if sandboxed {
                println!("{}", tr(lang, msgid!("order-unknown-sandbox")));
            }
        }
        OrderState::Placed(placed) => {
            let id = placed.order.order_id.to_string();
            match &placed.project_id {
                Some(project) => {
                    println!(
                        "{}",
                        crate::clean::text(&tr_args(
                            lang,
                            msgid!("exit-delivered"),
                            &[("project", project), ("id", &id)]
                        ))
                    )
                }
                None => println!("{}", tr_args(lang, msgid!("exit-following"), &[("id", &id)])),
            }
            if let Some(Ok(path)) = &placed.receipt {
                println!("{}", crate::clean::text(&tr_args(lang, msgid!("exit-receipt"), &[("path", path)])));
            }
        }
        _ => {
            if let Some(cart) = state.cart_id().filter(|_| state.has_open_cart()) {
                println!("{}", crate::clean::text(&tr_args(lang, msgid!("exit-cart-kept"), &[("cart", cart)])));
            }
        }
    }
    match ending {
        Ending::Quit(0) => Exit::Done,
        Ending::Quit(_) | Ending::EventsClosed => Exit::Interrupted,
        Ending::Shutdown => {
            eprintln!("ovhcart: {}", tr(lang, msgid!("exit-terminated")));
            Exit::Terminated
        }
    }
}

/// The subsidiary of the locale's country (`fr_FR` → FR), when this API sells to it.
fn locale_subsidiary(sold: &[&'static Subsidiary]) -> Option<String> {
    let tag =
        ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))?;
    let country = tag.split(['.', '@']).next()?.split(['_', '-']).nth(1)?;
    let code = if country.eq_ignore_ascii_case("GB") || country.eq_ignore_ascii_case("UK") { "GB" } else { country };
    endpoints::subsidiary(code).filter(|s| sold.iter().any(|x| x.code == s.code)).map(|s| s.code.to_owned())
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
    use super::*;

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
