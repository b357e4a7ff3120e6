//! From flags, environment and files to a ready API client: the configured endpoint
//! with its credentials, or an embedded sandbox with its demo credentials.

use std::path::PathBuf;

use crate::api::client::{Auth, ClientOptions, RetryObserver};
use crate::api::config::{self, AuthProblem, ConfigError, Env, Key, Overrides};
use crate::api::{Client, Endpoint, Secret};
use crate::sandbox::{Sandbox, SandboxArgs};

use super::{Exit, Failure};
use crate::args::GlobalArgs;

/// A client and, for `--sandbox` runs, the sandbox it talks to (kept alive with it).
pub struct Connection {
    pub endpoint: Endpoint,
    pub client: Client,
    pub sandbox: Option<Sandbox>,
}

pub async fn connect(global: &GlobalArgs, sandbox_args: &SandboxArgs) -> Result<Connection, Failure> {
    connect_observed(global, sandbox_args, None).await
}

/// [`connect`], with a client that tells `on_retry` of each retry (see
/// [`ClientOptions::on_retry`]).
pub async fn connect_observed(
    global: &GlobalArgs,
    sandbox_args: &SandboxArgs,
    on_retry: Option<RetryObserver>,
) -> Result<Connection, Failure> {
    let options = ClientOptions { on_retry, ..client_options(global) };
    if global.sandbox {
        let sandbox = Sandbox::start(sandbox_args.options())
            .await
            .map_err(|e| Failure::new(Exit::ApiFailed, format!("cannot start the sandbox: {e}")))?;
        let credentials = sandbox.credentials();
        let endpoint = Endpoint::parse(&sandbox.base_url()).map_err(|e| Failure::usage(e.to_string()))?;
        let auth = Auth::Signed {
            application_key: credentials.application_key.clone(),
            application_secret: credentials.application_secret.clone(),
            consumer_key: Some(credentials.consumer_key.clone()),
        };
        let client = new_client(&endpoint, auth, options)?;
        return Ok(Connection { endpoint, client, sandbox: Some(sandbox) });
    }
    let overrides =
        Overrides { endpoint: global.endpoint.clone(), config_file: global.config.clone(), ..Overrides::default() };
    let resolved = config::load(&overrides).map_err(|e| Failure::usage(e.to_string()))?;
    let client = new_client(&resolved.endpoint, resolved.auth(), options)?;
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
pub async fn connect_or_login(global: &GlobalArgs, sandbox_args: &SandboxArgs) -> Result<Connected, Failure> {
    if global.sandbox {
        return connect(global, sandbox_args).await.map(Connected::Ready);
    }
    let overrides =
        Overrides { endpoint: global.endpoint.clone(), config_file: global.config.clone(), ..Overrides::default() };
    let gathered = config::gather(&overrides, &Env::from_process()).map_err(|e| Failure::usage(e.to_string()))?;
    refuse_clear_http(gathered.endpoint(), global)?;
    let missing = NoCredentials {
        endpoint: gathered.endpoint().clone(),
        application_key: gathered.value(Key::ApplicationKey).map(|k| k.expose().to_owned()),
        application_secret: gathered.value(Key::ApplicationSecret).cloned(),
        save_to: global.config.clone().or_else(|| gathered.save_path().map(PathBuf::from)),
    };
    match gathered.validate() {
        Ok(resolved) if resolved.has_consumer_key() => {
            let client = new_client(&resolved.endpoint, resolved.auth(), client_options(global))?;
            Ok(Connected::Ready(Connection { endpoint: resolved.endpoint.clone(), client, sandbox: None }))
        }
        Ok(_) | Err(ConfigError::Auth { problem: AuthProblem::Missing | AuthProblem::IncompleteKeyPair, .. }) => {
            tracing::info!(endpoint = %missing.endpoint, "no usable credentials: onboarding");
            Ok(Connected::NeedsLogin(missing))
        }
        Err(e) => Err(Failure::usage(e.to_string())),
    }
}

/// A client for `endpoint` that cannot sign: the executor's until onboarding gives it keys.
/// Its options are the run's ([`client_options`]), for onboarding's clients to copy.
pub fn unsigned_client(endpoint: &Endpoint, global: &GlobalArgs) -> Result<Client, Failure> {
    new_client(endpoint, Auth::Anonymous { application_key: None }, client_options(global))
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
pub fn refuse_clear_http(endpoint: &Endpoint, global: &GlobalArgs) -> Result<(), Failure> {
    match crate::api::client::clear_http_refusal(&endpoint.base_url(), global.allow_clear_http) {
        Some(why) => Err(Failure::usage(why)),
        None => Ok(()),
    }
}

fn new_client(endpoint: &Endpoint, auth: Auth, options: ClientOptions) -> Result<Client, Failure> {
    if let Some(why) = crate::api::client::clear_http_refusal(&endpoint.base_url(), options.allow_clear_http) {
        return Err(Failure::usage(why));
    }
    Client::new(&endpoint.base_url(), auth, options).map_err(Failure::from)
}
