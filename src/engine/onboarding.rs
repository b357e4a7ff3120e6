//! Runs the onboarding's effects with `api::login`, the same steps as `ovhcart login`:
//! request a consumer key, wait for its validation and check it, save it.

use std::future::Future;
use std::path::PathBuf;
use std::time::Duration;

use crate::api::client::{Auth, ClientOptions};
use crate::api::login::{self, LoginError};
use crate::api::{Client, Endpoint, Secret, rights};
use crate::app::Msg;
use crate::app::onboarding::NotSaved;

/// `POST /auth/credential` with exactly the rules ovhcart needs.
pub async fn request_consumer_key(
    req: u64,
    endpoint: &Endpoint,
    application_key: &str,
    options: &ClientOptions,
) -> Msg {
    let result = match login::anonymous_client(endpoint, application_key, options.clone()) {
        Ok(anonymous) => login::request_consumer_key(&anonymous, &rights::needed_rules()).await,
        Err(error) => Err(error),
    };
    Msg::ConsumerKeyRequested { req, result }
}

/// The keys the wizard signs with once onboarding is done.
pub struct Keys {
    pub endpoint: Endpoint,
    pub application_key: String,
    pub application_secret: Secret,
    pub consumer_key: Secret,
    /// The run's client options (retry budget, clear http).
    pub options: ClientOptions,
}

impl Keys {
    /// A client signing with these keys.
    pub fn client(&self) -> Result<Client, crate::api::ApiError> {
        let auth = Auth::Signed {
            application_key: self.application_key.clone(),
            application_secret: self.application_secret.clone(),
            consumer_key: Some(self.consumer_key.clone()),
        };
        Client::new(&self.endpoint.base_url(), auth, self.options.clone())
    }
}

/// Polls until the key is validated, then reads the account it acts for.
pub async fn wait_for_validation(
    req: u64,
    keys: Keys,
    timeout: Duration,
    poll_interval: Duration,
    cancel: impl Future<Output = ()>,
) -> Msg {
    let result = match keys.client() {
        Ok(signed) => login::confirm(&signed, timeout, poll_interval, cancel).await.map(|me| me.nichandle),
        Err(error) => Err(LoginError::Api(error)),
    };
    if let Err(error) = &result {
        tracing::info!(%error, "consumer key not confirmed");
    }
    Msg::CredentialsValidated { req, result }
}

/// Merges the keys into `file`, off the UI thread since it syncs to disk.
pub async fn save(req: u64, file: PathBuf, keys: Keys) -> Msg {
    let written = tokio::task::spawn_blocking(move || {
        login::save(&file, &keys.endpoint, &keys.application_key, &keys.application_secret, &keys.consumer_key)
    })
    .await;
    let result = match written {
        Ok(Ok(path)) => {
            tracing::info!(file = %path.display(), "credentials saved");
            Ok(path.display().to_string())
        }
        Ok(Err(error)) => {
            Err(NotSaved { error: error.to_string(), hint: Some(crate::app::labels::config_hint(&error)) })
        }
        Err(panicked) => Err(NotSaved::from(panicked.to_string())),
    };
    Msg::CredentialsSaved { req, result }
}
