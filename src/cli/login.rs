//! `ovhcart login`: creates a consumer key limited to the routes ovhcart calls, waits for
//! the person to validate it, checks it with `GET /me`, and saves it in `ovh.conf`.
//!
//! On a terminal it asks for what is missing (endpoint, application key, application
//! secret masked). Without one, the keys come from flags, `OVH_*` variables or the files,
//! and the application secret only from `OVH_APPLICATION_SECRET`, stdin or a file.

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use serde::Serialize;

use super::prompt::{self, PromptError};
use super::text::json_line;
use crate::api::config::{self, Env, Gathered, Key, Overrides};
use crate::api::login::{self, LoginError};
use crate::api::{Endpoint, Secret, rights};
use crate::args::GlobalArgs;
use crate::engine::{Exit, Failure};
use crate::i18n::{Lang, tr, tr_args};

#[derive(Debug, Clone, Args)]
pub struct LoginArgs {
    #[arg(help = msgid!("usage-arg-application-key"), long, value_name = "KEY")]
    pub application_key: Option<String>,

    #[arg(help = msgid!("usage-arg-application-secret-stdin"), long)]
    pub application_secret_stdin: bool,

    #[arg(help = msgid!("usage-arg-timeout"), long, value_name = "SECS", default_value_t = login::DEFAULT_TIMEOUT.as_secs())]
    pub timeout: u64,

    #[arg(help = msgid!("usage-arg-login-json"), long)]
    pub json: bool,

    #[arg(help = msgid!("usage-arg-no-qr"), long)]
    pub no_qr: bool,

    #[arg(help = msgid!("usage-arg-poll-interval"), long, value_name = "SECS", default_value_t = login::POLL_INTERVAL.as_secs(), hide = true)]
    pub poll_interval: u64,

    #[command(flatten, next_help_heading = msgid!("usage-heading-connection"))]
    pub api: super::args::ApiArgs,
}

/// `--json` events, one per line.
#[derive(Serialize)]
#[serde(tag = "event", rename_all = "camelCase", rename_all_fields = "camelCase")]
enum Event<'a> {
    ValidationUrl { url: &'a str, endpoint: String, rules: usize, timeout_secs: u64 },
    Validated { account: &'a str },
    Saved { file: String, section: String },
}

pub async fn run(global: &GlobalArgs, args: &LoginArgs) -> Result<(), Failure> {
    let lang = crate::engine::lang::resolve(global.lang.as_deref(), None)?;
    if global.sandbox {
        return Err(Failure::usage(tr(lang, msgid!("login-no-sandbox"))));
    }
    let interactive = !args.json && !args.application_secret_stdin && std::io::stdin().is_terminal();
    let mut overrides = Overrides {
        endpoint: global.endpoint.clone(),
        // A --config file that does not exist yet is where the keys will go.
        config_file: global.config.clone().filter(|f| f.exists()),
        application_key: args.application_key.clone().filter(|k| !k.is_empty()),
        ..Overrides::default()
    };
    if args.application_secret_stdin {
        overrides.application_secret = Some(read_secret_from_stdin(lang)?);
    }
    let env = Env::from_process();
    let mut gathered = gather(lang, &overrides, &env)?;

    if interactive && global.endpoint.is_none() {
        let chosen =
            ask(lang, prompt::line(&tr(lang, msgid!("login-ask-endpoint")), Some(&gathered.endpoint().to_string())))?;
        overrides.endpoint = Some(chosen);
        gathered = gather(lang, &overrides, &env)?;
    }
    let endpoint = gathered.endpoint().clone();
    // Before any key is asked for: they would have nowhere safe to go.
    crate::engine::connect::refuse_clear_http(lang, &endpoint, global)?;
    let (application_key, application_secret) = application_keys(lang, &gathered, interactive, &endpoint)?;

    let save_to = match global.config.clone().or_else(|| gathered.save_path().map(PathBuf::from)) {
        Some(path) => path,
        None => return Err(Failure::usage(tr(lang, msgid!("login-no-home")))),
    };

    let api_failure = |e: crate::api::ApiError| Failure::api(lang, None, &e);
    let anonymous =
        login::anonymous_client(&endpoint, &application_key, crate::engine::connect::client_options(global))
            .map_err(api_failure)?;
    let rules = rights::needed_rules();
    let pending = login::request_consumer_key(&anonymous, &rules).await.map_err(api_failure)?;
    let timeout = Duration::from_secs(args.timeout.max(1));
    if args.json {
        json_line(&Event::ValidationUrl {
            url: &pending.validation_url,
            endpoint: endpoint.to_string(),
            rules: rules.len(),
            timeout_secs: timeout.as_secs(),
        });
    } else {
        show_validation(lang, &endpoint, &pending.validation_url, rules.len(), timeout, !args.no_qr);
    }

    let signed = login::signed_client(&anonymous, &application_key, &application_secret, &pending.consumer_key);
    let poll = Duration::from_secs(args.poll_interval.max(1));
    let me = login::confirm(&signed, timeout, poll, ctrl_c()).await.map_err(|e| wait_failure(lang, e))?;
    if args.json {
        json_line(&Event::Validated { account: &me.nichandle });
    } else {
        println!("{}", crate::clean::text(&tr_args(lang, msgid!("login-validated"), &[("account", &me.nichandle)])));
    }

    let written = login::save(&save_to, &endpoint, &application_key, &application_secret, &pending.consumer_key)
        // Exit 1 as before: the key exists on the API side, only this copy of it is lost.
        .map_err(|e| Failure { exit: Exit::ApiFailed, ..Failure::config(lang, &e) })?;
    tracing::info!(file = %written.display(), section = %endpoint.config_section(), "credentials saved");
    let file = written.display().to_string();
    if args.json {
        json_line(&Event::Saved { file, section: endpoint.config_section() });
    } else {
        let section = endpoint.config_section();
        println!(
            "{}",
            crate::clean::text(&tr_args(lang, msgid!("login-saved"), &[("file", &file), ("section", &section)]))
        );
        println!("{}", tr(lang, msgid!("login-next")));
    }
    Ok(())
}

fn gather(lang: Lang, overrides: &Overrides, env: &Env) -> Result<Gathered, Failure> {
    config::gather(overrides, env).map_err(|e| Failure::config(lang, &e))
}

/// The application key and secret: as found (flag, variable, stdin, file), else asked
/// for on a terminal after saying where to create them. Both are asked together so that
/// a typed key is never paired with another application's secret.
fn application_keys(
    lang: Lang,
    gathered: &Gathered,
    interactive: bool,
    endpoint: &Endpoint,
) -> Result<(String, Secret), Failure> {
    let key = gathered.value(Key::ApplicationKey).map(|k| k.expose().to_owned());
    let secret = gathered.value(Key::ApplicationSecret).cloned();
    if let (Some(key), Some(secret)) = (&key, &secret) {
        return Ok((key.clone(), secret.clone()));
    }
    let create_app = endpoint.create_app_url();
    if !interactive {
        return Err(Failure::usage(tr_args(lang, msgid!("login-missing-keys"), &[("url", &create_app)])));
    }
    eprintln!("{}", crate::clean::text(&tr_args(lang, msgid!("login-create-app"), &[("url", &create_app)])));
    let key = ask(lang, prompt::line(&tr(lang, msgid!("login-ask-application-key")), None))?;
    let secret = ask(lang, prompt::secret(&tr(lang, msgid!("login-ask-application-secret"))))?;
    if key.is_empty() || secret.is_empty() {
        return Err(Failure::usage(tr_args(lang, msgid!("login-missing-keys"), &[("url", &create_app)])));
    }
    Ok((key, secret))
}

fn ask<T>(lang: Lang, answer: Result<T, PromptError>) -> Result<T, Failure> {
    answer.map_err(|e| match e {
        PromptError::Cancelled => Failure::new(Exit::Interrupted, tr(lang, msgid!("login-cancelled"))),
        PromptError::Io(reason) => {
            Failure::new(Exit::Usage, tr_args(lang, msgid!("login-terminal-unreadable"), &[("error", &reason)]))
        }
    })
}

fn read_secret_from_stdin(lang: Lang) -> Result<Secret, Failure> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Failure::usage(tr_args(lang, msgid!("login-stdin-unreadable"), &[("error", &e.to_string())])))?;
    let secret = line.trim();
    if secret.is_empty() {
        return Err(Failure::usage(tr(lang, msgid!("login-empty-stdin"))));
    }
    Ok(Secret::new(secret))
}

fn show_validation(lang: Lang, endpoint: &Endpoint, url: &str, rules: usize, timeout: Duration, qr: bool) {
    let count = rules.to_string();
    let endpoint = endpoint.to_string();
    println!(
        "{}",
        crate::clean::text(&tr_args(lang, msgid!("login-requested"), &[("count", &count), ("endpoint", &endpoint)]))
    );
    println!("{}", tr(lang, msgid!("login-open-url")));
    println!("\n  {}\n", crate::clean::line(url));
    if qr && let Some(code) = crate::qr::render(url) {
        println!("{}", code.join("\n"));
    }
    let minutes = timeout.as_secs().div_ceil(60).to_string();
    println!("{}", crate::clean::text(&tr_args(lang, msgid!("login-waiting"), &[("minutes", &minutes)])));
}

fn wait_failure(lang: Lang, error: LoginError) -> Failure {
    match error {
        LoginError::Cancelled => Failure::new(Exit::Interrupted, tr(lang, msgid!("login-cancelled"))),
        LoginError::TimedOut { after } => {
            let secs = after.as_secs().to_string();
            Failure::new(Exit::ApiFailed, tr_args(lang, msgid!("login-timed-out"), &[("secs", &secs)]))
        }
        LoginError::NotValidated { state } => {
            Failure::new(Exit::Refused, tr_args(lang, msgid!("login-not-validated"), &[("state", &state)]))
        }
        LoginError::Api(e) => Failure::api(lang, None, &e),
        LoginError::Unverified(e) => Failure::api(lang, Some(&tr(lang, msgid!("login-verify-failed"))), &e),
    }
}

/// Completes on Ctrl-C; never, if the signal cannot be watched.
async fn ctrl_c() {
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
}
