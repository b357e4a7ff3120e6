//! `ovhcart doctor`: why calls fail, in one screen. The endpoint and where it came from,
//! the files read, where each credential came from (never its value), the clock drift,
//! the consumer key's status and rules, and for each route ovhcart needs whether the key
//! grants it. Exit 0 when everything works, 1 with the next step otherwise.

use clap::Args;
use serde::Serialize;

use super::text::json_line;
use crate::api::client::{Auth, ClientOptions};
use crate::api::config::{self, Env, Overrides};
use crate::api::models::{AccessRule, Credential};
use crate::api::rights::{self, Check};
use crate::api::{ApiError, Client, Endpoint, ErrorKind};
use crate::app::labels::{config_hint, error_hint};
use crate::args::GlobalArgs;
use crate::engine::Exit;
use crate::i18n::{Lang, tr, tr_args};
use crate::sandbox::{Sandbox, SandboxArgs};

#[derive(Debug, Clone, Args)]
pub struct DoctorArgs {
    #[arg(help = msgid!("usage-arg-doctor-json"), long)]
    pub json: bool,

    #[command(flatten, next_help_heading = msgid!("usage-heading-connection"))]
    pub api: super::args::ApiArgs,

    #[command(flatten)]
    pub target: super::args::SandboxFlag,
}

/// The `--json` document: camelCase names, as every JSON document ovhcart prints.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct Report {
    endpoint: String,
    endpoint_source: String,
    endpoint_defaulted: bool,
    files: Vec<FileEntry>,
    /// Where each credential came from, never its value.
    credentials: Vec<SourceEntry>,
    /// `applicationKeys`, `oauth2`, `accessToken`, or none when unusable.
    method: Option<&'static str>,
    /// API time minus local time; ovhcart corrects signed calls by it.
    clock_drift_secs: Option<i64>,
    /// For OAuth2: whether the token URL gave a token.
    oauth2_token: Option<bool>,
    credential: Option<CredentialEntry>,
    routes: Vec<Check>,
    problems: Vec<Problem>,
    ok: bool,
}

#[derive(Debug, Serialize)]
struct FileEntry {
    path: String,
    found: bool,
}

#[derive(Debug, Serialize)]
struct SourceEntry {
    setting: String,
    source: String,
}

#[derive(Debug, Serialize)]
struct CredentialEntry {
    status: String,
    expiration: Option<String>,
    rules: Vec<AccessRule>,
}

#[derive(Debug, Serialize)]
struct Problem {
    what: String,
    next: String,
}

/// What the checks run against.
struct Setup {
    endpoint: Endpoint,
    /// The credentials, or why they are unusable.
    auth: Result<Auth, String>,
    /// Kept alive for `--sandbox` runs.
    _sandbox: Option<Sandbox>,
}

pub async fn run(global: &GlobalArgs, sandbox_args: &SandboxArgs, args: &DoctorArgs) -> Exit {
    let lang = match crate::engine::lang::resolve(global.lang.as_deref(), None) {
        Ok(lang) => lang,
        Err(failure) => return super::text::finish(Err(failure)),
    };
    let mut report = Report::default();
    if let Some(setup) = setup(lang, global, sandbox_args, &mut report).await {
        check_api(lang, &setup, crate::engine::connect::client_options(global), &mut report).await;
    }
    report.ok = report.problems.is_empty();
    if args.json {
        json_line(&report);
    } else {
        print!("{}", crate::clean::text(&render(lang, &report)));
    }
    if report.ok { Exit::Done } else { Exit::ApiFailed }
}

async fn setup(lang: Lang, global: &GlobalArgs, sandbox_args: &SandboxArgs, report: &mut Report) -> Option<Setup> {
    if global.sandbox {
        let sandbox = match Sandbox::start(sandbox_args.options()).await {
            Ok(sandbox) => sandbox,
            Err(e) => {
                let what = tr_args(lang, msgid!("sandbox-start-failed"), &[("error", &e.to_string())]);
                problem(report, what, tr(lang, msgid!("doctor-next-sandbox")));
                return None;
            }
        };
        let endpoint = Endpoint::Custom(sandbox.base_url());
        report.endpoint = endpoint.to_string();
        report.endpoint_source = "--sandbox".into();
        let demo = sandbox.credentials();
        report.credentials.push(SourceEntry {
            setting: "application key, application secret, consumer key".into(),
            source: tr(lang, msgid!("doctor-sandbox-credentials")),
        });
        let auth = Auth::Signed {
            application_key: demo.application_key,
            application_secret: demo.application_secret.into(),
            consumer_key: Some(demo.consumer_key.into()),
        };
        return Some(Setup { endpoint, auth: Ok(auth), _sandbox: Some(sandbox) });
    }

    let overrides =
        Overrides { endpoint: global.endpoint.clone(), config_file: global.config.clone(), ..Overrides::default() };
    let gathered = match config::gather(&overrides, &Env::from_process()) {
        Ok(gathered) => gathered,
        Err(e) => {
            problem(report, e.to_string(), tr(lang, config_hint(&e)));
            return None;
        }
    };
    report.endpoint = gathered.endpoint().to_string();
    for provenance in gathered.provenance() {
        if provenance.setting == config::Setting::Endpoint {
            report.endpoint_defaulted = provenance.source == config::Source::Default;
            report.endpoint_source = provenance.source.to_string();
        } else {
            let entry = SourceEntry { setting: provenance.setting.to_string(), source: provenance.source.to_string() };
            report.credentials.push(entry);
        }
    }
    report.files = gathered.files().iter().map(|f| FileEntry { path: f.shown.clone(), found: f.found }).collect();
    let endpoint = gathered.endpoint().clone();
    let auth = match gathered.validate() {
        Ok(resolved) => Ok(resolved.auth()),
        Err(e) => {
            let what = e.to_string();
            problem(report, what.clone(), tr(lang, config_hint(&e)));
            Err(what)
        }
    };
    Some(Setup { endpoint, auth, _sandbox: None })
}

async fn check_api(lang: Lang, setup: &Setup, options: ClientOptions, report: &mut Report) {
    let anonymous = Auth::Anonymous { application_key: None };
    let auth = setup.auth.as_ref().cloned().unwrap_or(anonymous);
    report.method = match &setup.auth {
        Ok(Auth::Signed { .. }) => Some("applicationKeys"),
        Ok(Auth::OAuth2 { .. }) => Some("oauth2"),
        Ok(Auth::AccessToken(_)) => Some("accessToken"),
        Ok(Auth::Anonymous { .. }) | Err(_) => None,
    };
    let client = match Client::new(&setup.endpoint.base_url(), auth, options) {
        Ok(client) => client,
        Err(e) => {
            problem(report, e.message.clone(), tr(lang, error_hint(e.kind)));
            return;
        }
    };
    match client.time_delta().await {
        Ok(delta) => report.clock_drift_secs = Some(delta),
        Err(e) => {
            problem(report, e.to_string(), tr(lang, msgid!("doctor-next-unreachable")));
            return;
        }
    }
    if setup.auth.is_err() {
        return;
    }
    if let Auth::Signed { consumer_key: None, .. } = client.auth() {
        problem(report, tr(lang, msgid!("doctor-no-consumer-key")), tr(lang, msgid!("doctor-next-login")));
        return;
    }
    let oauth2 = matches!(client.auth(), Auth::OAuth2 { .. });
    match client.get::<Credential>("/auth/currentCredential").await {
        Ok(credential) => {
            if oauth2 {
                report.oauth2_token = Some(true);
            }
            judge_credential(lang, credential, report);
        }
        Err(e) => {
            if oauth2 {
                report.oauth2_token = Some(!is_token_failure(&e));
            }
            let next = match e.kind {
                ErrorKind::InvalidSignature => tr(lang, msgid!("doctor-next-signature")),
                ErrorKind::InvalidCredentials if oauth2 => tr(lang, msgid!("doctor-next-oauth2")),
                ErrorKind::InvalidCredentials | ErrorKind::NotGranted => tr(lang, msgid!("doctor-next-login")),
                _ => tr(lang, error_hint(e.kind)),
            };
            problem(report, e.to_string(), next);
        }
    }
}

fn is_token_failure(error: &ApiError) -> bool {
    error.message.starts_with("OAuth2 failure")
}

fn judge_credential(lang: Lang, credential: Credential, report: &mut Report) {
    if credential.status != "validated" {
        let what = tr_args(lang, msgid!("doctor-key-not-validated"), &[("status", &credential.status)]);
        problem(report, what, tr(lang, msgid!("doctor-next-login")));
    }
    report.routes = rights::check(&credential.rules);
    let missing: Vec<String> =
        report.routes.iter().filter(|c| !c.granted).map(|c| format!("{} {}", c.need.method, c.need.path)).collect();
    if !missing.is_empty() {
        let what = tr_args(lang, msgid!("doctor-routes-missing"), &[("routes", &missing.join(", "))]);
        problem(report, what, tr(lang, msgid!("doctor-next-login")));
    }
    report.credential =
        Some(CredentialEntry { status: credential.status, expiration: credential.expiration, rules: credential.rules });
}

fn problem(report: &mut Report, what: String, next: String) {
    report.problems.push(Problem { what, next });
}

/// The report as text, labels in a column.
fn render(lang: Lang, report: &Report) -> String {
    let mut out = String::new();
    let mut row = |label: &str, value: &str| out.push_str(&format!("{label:<16}{value}\n"));
    if !report.endpoint.is_empty() {
        let source = if report.endpoint_defaulted {
            tr(lang, msgid!("doctor-endpoint-defaulted"))
        } else {
            tr_args(lang, msgid!("doctor-from"), &[("source", &report.endpoint_source)])
        };
        row(&tr(lang, msgid!("doctor-label-endpoint")), &format!("{} ({source})", report.endpoint));
    }
    for (i, file) in report.files.iter().enumerate() {
        let state =
            if file.found { tr(lang, msgid!("doctor-file-found")) } else { tr(lang, msgid!("doctor-file-missing")) };
        let label = if i == 0 { tr(lang, msgid!("doctor-label-files")) } else { String::new() };
        row(&label, &format!("{} ({state})", file.path));
    }
    for (i, entry) in report.credentials.iter().enumerate() {
        let label = if i == 0 { tr(lang, msgid!("doctor-label-credentials")) } else { String::new() };
        let from = tr_args(lang, msgid!("doctor-from"), &[("source", &entry.source)]);
        row(&label, &format!("{} {from}", entry.setting));
    }
    if let Some(drift) = report.clock_drift_secs {
        let drift = format!("{drift:+}");
        row(&tr(lang, msgid!("doctor-label-clock")), &tr_args(lang, msgid!("doctor-clock"), &[("drift", &drift)]));
    }
    if let Some(token) = report.oauth2_token {
        let text = if token { tr(lang, msgid!("doctor-token-ok")) } else { tr(lang, msgid!("doctor-token-failed")) };
        row(&tr(lang, msgid!("doctor-label-oauth2")), &text);
    }
    if let Some(credential) = &report.credential {
        let expires = credential.expiration.clone().unwrap_or_else(|| tr(lang, msgid!("doctor-never")));
        let status =
            tr_args(lang, msgid!("doctor-key-status"), &[("status", &credential.status), ("expires", &expires)]);
        row(&tr(lang, msgid!("doctor-label-key")), &status);
        let rules: Vec<String> = credential.rules.iter().map(|r| format!("{} {}", r.method, r.path)).collect();
        row(&tr(lang, msgid!("doctor-label-rules")), &rules.join(", "));
    }
    if !report.routes.is_empty() {
        out.push_str(&format!("\n{}\n", tr(lang, msgid!("doctor-routes-title"))));
        let yes = tr(lang, msgid!("doctor-granted"));
        let no = tr(lang, msgid!("doctor-not-granted"));
        let width = yes.chars().count().max(no.chars().count()) + 2;
        for check in &report.routes {
            let state = if check.granted { &yes } else { &no };
            out.push_str(&format!(
                "  {state:<width$}{:<7}{:<26}{}\n",
                check.need.method, check.need.path, check.need.why
            ));
        }
    }
    out.push('\n');
    if report.problems.is_empty() {
        out.push_str(&tr(lang, msgid!("doctor-all-good")));
        out.push('\n');
    } else {
        let count = report.problems.len().to_string();
        out.push_str(&tr_args(lang, msgid!("doctor-problems"), &[("count", &count)]));
        out.push('\n');
        for p in &report.problems {
            out.push_str(&format!("  - {}\n    {}\n", p.what, p.next));
        }
    }
    out
}
