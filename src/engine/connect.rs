//! From flags, environment and files to a ready API client: the configured endpoint
//! with its credentials, or an embedded sandbox with its demo credentials.

use std::path::PathBuf;

use crate::api::client::{Auth, ClientOptions, RetryObserver};
use crate::api::config::{self, AuthProblem, ConfigError, Env, Key, Overrides};
use crate::api::{Client, Endpoint, ErrorKind, Secret};
use crate::i18n::{Lang, tr, tr_args};
use crate::sandbox::{Sandbox, SandboxArgs};

use super::{Exit, Failure};
use crate::args::GlobalArgs;

/// A client and, for `--sandbox` runs, the sandbox it talks to (kept alive with it).
pub struct Connection {
    pub endpoint: Endpoint,
    pub client: Client,
    pub sandbox: Option<Sandbox>,
}

/// `lang` is the language failures are told in.
pub async fn connect(lang: Lang, global: &GlobalArgs, sandbox_args: &SandboxArgs) -> Result<Connection, Failure> {
    connect_observed(lang, global, sandbox_args, None).await
}

/// [`connect`], with a client that tells `on_retry` of each retry (see
/// [`ClientOptions::on_retry`]).
pub async fn connect_observed(
    lang: Lang,
    global: &GlobalArgs,
    sandbox_args: &SandboxArgs,
    on_retry: Option<RetryObserver>,
) -> Result<Connection, Failure> {
    let options = ClientOptions { on_retry, ..client_options(global) };
    if global.sandbox {
        let sandbox = Sandbox::start(sandbox_args.options()).await.map_err(|e| sandbox_failure(lang, &e))?;
        let credentials = sandbox.credentials();
        let endpoint = Endpoint::parse(&sandbox.base_url()).map_err(|e| Failure::usage(e.to_string()))?;
        let auth = Auth::Signed {
            application_key: credentials.application_key.clone(),
            application_secret: credentials.application_secret.into(),
            consumer_key: Some(credentials.consumer_key.into()),
        };
        let client = new_client(lang, &endpoint, auth, options)?;
        return Ok(Connection { endpoint, client, sandbox: Some(sandbox) });
    }
    let overrides =
        Overrides { endpoint: global.endpoint.clone(), config_file: global.config.clone(), ..Overrides::default() };
    let resolved = config::load(&overrides).map_err(|e| Failure::config(lang, &e))?;
    let client = new_client(lang, &resolved.endpoint, resolved.auth(), options)?;
    Ok(Connection { endpoint: resolved.endpoint.clone(), client, sandbox: None })
}

/// What a run without usable credentials knows, for the onboarding screens.
pub struct NoCredentials {
    pub endpoint: Endpoint,
    /// An application key pair already configured (then only the consumer key is missing).
    pub application_key: Option<String>,
    pub application_secret: Option<Secret>,
    /// Where `ovhcart login` would save: `--config`, else `./ovh.conf` or `~/.ovh.conf`.
    pub save_to: Option<PathBuf>,
}

/// Either a connection, or what onboarding starts from.
pub enum Connected {
    Ready(Connection),
    NeedsLogin(NoCredentials),
}

/// [`connect`], except that missing credentials (no key pair at all, half of one, or no
/// consumer key) are not an error but a reason to onboard. Any other configuration
/// problem still is: onboarding would not fix it.
pub async fn connect_or_login(
    lang: Lang,
    global: &GlobalArgs,
    sandbox_args: &SandboxArgs,
) -> Result<Connected, Failure> {
    if global.sandbox {
        return connect(lang, global, sandbox_args).await.map(Connected::Ready);
    }
    let overrides =
        Overrides { endpoint: global.endpoint.clone(), config_file: global.config.clone(), ..Overrides::default() };
    let gathered = config::gather(&overrides, &Env::from_process()).map_err(|e| Failure::config(lang, &e))?;
    refuse_clear_http(lang, gathered.endpoint(), global)?;
    let missing = NoCredentials {
        endpoint: gathered.endpoint().clone(),
        application_key: gathered.value(Key::ApplicationKey).map(|k| k.expose().to_owned()),
        application_secret: gathered.value(Key::ApplicationSecret).cloned(),
        save_to: global.config.clone().or_else(|| gathered.save_path().map(PathBuf::from)),
    };
    match gathered.validate() {
        Ok(resolved) if resolved.has_consumer_key() => {
            let client = new_client(lang, &resolved.endpoint, resolved.auth(), client_options(global))?;
            Ok(Connected::Ready(Connection { endpoint: resolved.endpoint.clone(), client, sandbox: None }))
        }
        Ok(_) | Err(ConfigError::Auth { problem: AuthProblem::Missing | AuthProblem::IncompleteKeyPair, .. }) => {
            tracing::info!(endpoint = %missing.endpoint, "no usable credentials: onboarding");
            Ok(Connected::NeedsLogin(missing))
        }
        Err(e) => Err(Failure::config(lang, &e)),
    }
}

/// A client for `endpoint` that cannot sign: the executor's until onboarding gives it keys.
/// Its options are the run's ([`client_options`]), for onboarding's clients to copy.
pub fn unsigned_client(lang: Lang, endpoint: &Endpoint, global: &GlobalArgs) -> Result<Client, Failure> {
    new_client(lang, endpoint, Auth::Anonymous { application_key: None }, client_options(global))
}

/// The client options the global flags ask for: the retry budget, the request timeout,
/// clear http.
pub fn client_options(global: &GlobalArgs) -> ClientOptions {
    let mut options = ClientOptions {
        allow_clear_http: global.allow_clear_http,
        request_timeout: std::time::Duration::from_secs(global.request_timeout),
        ..ClientOptions::default()
    };
    options.retry.budget = std::time::Duration::from_secs(global.retry_budget);
    options
}

/// Credentials over plain http:// only to this machine, or when the person accepts it
/// (`--allow-clear-http`): a usage error naming the risk otherwise.
pub fn refuse_clear_http(lang: Lang, endpoint: &Endpoint, global: &GlobalArgs) -> Result<(), Failure> {
    match crate::api::client::clear_http_refusal(&endpoint.base_url(), global.allow_clear_http) {
        Some(why) => Err(clear_http_failure(lang, why)),
        None => Ok(()),
    }
}

fn clear_http_failure(lang: Lang, why: String) -> Failure {
    let hint = tr(lang, crate::app::labels::error_hint(ErrorKind::ClearHttp));
    Failure { hint: Some(hint), ..Failure::usage(why) }
}

/// The sandbox could not start (exit 1), said in the person's language.
pub fn sandbox_failure(lang: Lang, error: &dyn std::fmt::Display) -> Failure {
    Failure::new(Exit::ApiFailed, tr_args(lang, msgid!("sandbox-start-failed"), &[("error", &error.to_string())]))
}

fn new_client(lang: Lang, endpoint: &Endpoint, auth: Auth, options: ClientOptions) -> Result<Client, Failure> {
    if let Some(why) = crate::api::client::clear_http_refusal(&endpoint.base_url(), options.allow_clear_http) {
        return Err(clear_http_failure(lang, why));
    }
    Client::new(&endpoint.base_url(), auth, options).map_err(|e| Failure::api(lang, None, &e))
}
