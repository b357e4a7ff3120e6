//! Session start-up, shared by the full-screen and the plain wizard: language, connection
//! (or onboarding), the subsidiaries on sale, the wizard's `Init`, and the settling of what
//! earlier runs left unfinished.

use std::time::Duration;

use super::Failure;
use super::connect::{Connected, Connection, connect, connect_or_login, unsigned_client};
use super::effects::{FrontEnd, Services};
use super::recover::{Recovered, recover};
use crate::api::endpoints::{self, NotSold, Subsidiary};
use crate::app::{Display, Init, OnboardingInit};
use crate::args::GlobalArgs;
use crate::i18n::{Lang, tr_args};
use crate::sandbox::SandboxArgs;
use crate::store::journal::Journal;

/// What the full-screen and the plain wizard both start from.
pub struct Prepared {
    pub lang: Lang,
    pub init: Init,
    pub services: Services,
    pub connection: Connection,
    /// What an earlier run left unsettled, to be told before anything else (see
    /// `engine::recover`).
    pub notices: Vec<String>,
    /// No usable credentials: the full screen starts on the onboarding screens.
    pub onboarding: Option<OnboardingInit>,
}

pub fn preselected_language(global: &GlobalArgs) -> Option<&'static str> {
    global.subsidiary.as_deref().and_then(endpoints::subsidiary).map(|s| s.language)
}

/// Language, connection, the subsidiaries on sale and the wizard's `Init`; a failure is
/// returned for the front end to say. Credentials must be usable (the plain
/// wizard has no onboarding); `front_end` says who will run the effects.
pub async fn prepare(global: &GlobalArgs, sandbox: &SandboxArgs, front_end: FrontEnd) -> Result<Prepared, Failure> {
    let lang = language(global)?;
    let connection = connect(lang, global, sandbox).await?;
    prepare_with(lang, global, connection, None, front_end).await
}

/// [`prepare`] for the full screen: without usable credentials it prepares the onboarding
/// screens, with a client that is replaced once they have made a key.
pub async fn prepare_full(global: &GlobalArgs, sandbox: &SandboxArgs) -> Result<Prepared, Failure> {
    let lang = language(global)?;
    match connect_or_login(lang, global, sandbox).await? {
        Connected::Ready(connection) => prepare_with(lang, global, connection, None, FrontEnd::Wizard).await,
        Connected::NeedsLogin(missing) => {
            let client = unsigned_client(lang, &missing.endpoint, global)?;
            let connection = Connection { endpoint: missing.endpoint.clone(), client, sandbox: None };
            let onboarding = OnboardingInit {
                endpoint: missing.endpoint,
                application_key: missing.application_key,
                application_secret: missing.application_secret,
                save_to: missing.save_to,
                timeout_secs: crate::api::login::DEFAULT_TIMEOUT.as_secs(),
            };
            prepare_with(lang, global, connection, Some(onboarding), FrontEnd::Wizard).await
        }
    }
}

/// The language of the run (the wizard's may come from `--subsidiary`), also the one its
/// start-up failures are told in.
fn language(global: &GlobalArgs) -> Result<Lang, Failure> {
    super::lang::resolve(global.lang.as_deref(), preselected_language(global))
}

async fn prepare_with(
    lang: Lang,
    global: &GlobalArgs,
    connection: Connection,
    onboarding: Option<OnboardingInit>,
    front_end: FrontEnd,
) -> Result<Prepared, Failure> {
    let endpoint = connection.endpoint.clone();
    let endpoint_name = endpoint.to_string();
    if let Err(NotSold::NoPublicCloud) = endpoint.sold_subsidiary("") {
        return Err(Failure::usage(tr_args(lang, msgid!("exit-no-public-cloud"), &[("endpoint", &endpoint_name)])));
    }
    let sold = endpoint.sold_subsidiaries();
    let preselect = match &global.subsidiary {
        Some(code) => match endpoint.sold_subsidiary(code) {
            Ok(s) => Some(s.code.to_owned()),
            Err(NotSold::Unknown { valid }) => {
                let args = [("code", code.as_str()), ("endpoint", &endpoint_name), ("valid", &valid.join(", "))];
                return Err(Failure::usage(tr_args(lang, msgid!("exit-unknown-subsidiary"), &args)));
            }
            Err(NotSold::NoPublicCloud) => unreachable!("checked above"),
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
        front_end,
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

/// The subsidiary of the locale's country (`fr_FR` → FR), when this API sells to it.
fn locale_subsidiary(sold: &[&'static Subsidiary]) -> Option<String> {
    let tag =
        ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))?;
    let country = tag.split(['.', '@']).next()?.split(['_', '-']).nth(1)?;
    let code = if country.eq_ignore_ascii_case("GB") || country.eq_ignore_ascii_case("UK") { "GB" } else { country };
    endpoints::subsidiary(code).filter(|s| sold.iter().any(|x| x.code == s.code)).map(|s| s.code.to_owned())
}
