//! From flags, environment and files to a ready API client: the configured endpoint
//! with its credentials, or an embedded sandbox with its demo credentials.

use crate::api::client::{Auth, ClientOptions};
use crate::api::config::{self, Overrides};
use crate::api::{Client, Endpoint};
use crate::sandbox::{Sandbox, SandboxArgs};

use super::{Exit, Failure};
use crate::cli::GlobalArgs;

/// A client and, for `--sandbox` runs, the sandbox it talks to (kept alive with it).
pub struct Connection {
    pub endpoint: Endpoint,
    pub client: Client,
    pub sandbox: Option<Sandbox>,
}

pub async fn connect(global: &GlobalArgs, sandbox_args: &SandboxArgs) -> Result<Connection, Failure> {
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
        let client = new_client(&endpoint, auth)?;
        return Ok(Connection { endpoint, client, sandbox: Some(sandbox) });
    }
    let overrides =
        Overrides { endpoint: global.endpoint.clone(), config_file: global.config.clone(), ..Overrides::default() };
    let resolved = config::load(&overrides).map_err(|e| Failure::usage(e.to_string()))?;
    let client = new_client(&resolved.endpoint, resolved.auth())?;
    Ok(Connection { endpoint: resolved.endpoint.clone(), client, sandbox: None })
}

fn new_client(endpoint: &Endpoint, auth: Auth) -> Result<Client, Failure> {
    Client::new(&endpoint.base_url(), auth, ClientOptions::default()).map_err(Failure::from)
}
