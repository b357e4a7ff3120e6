//! Getting a consumer key, as `ovhcart login` and the wizard's onboarding screen do it:
//! request one with ovhcart's rules ([`super::rights`]), let the person validate it in a
//! browser, poll until it works, check it, save it. No screen here: the caller shows the
//! validation URL and decides how a wait is cancelled.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::client::{Auth, Client, ClientOptions};
use super::config::{ConfigError, save_credentials};
use super::endpoints::Endpoint;
use super::error::{ApiError, ErrorKind};
use super::models::{AccessRule, Credential, CredentialRequest, CredentialRequestAnswer, Me};
use super::secret::Secret;

/// How long a person gets to validate a new key, unless told otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(600);
/// How often the key is tried while waiting: often enough to feel immediate, rarely
/// enough not to bother the API.
pub const POLL_INTERVAL: Duration = Duration::from_secs(2);

/// A consumer key waiting for the person to validate it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingKey {
    pub consumer_key: Secret,
    /// The page where the person logs in and accepts the rules.
    pub validation_url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoginError {
    #[error("{0}")]
    Api(#[from] ApiError),
    /// The API says the key will never work.
    #[error("the consumer key was {state} instead of validated")]
    NotValidated { state: String },
    #[error("the consumer key was not validated within {} s", .after.as_secs())]
    TimedOut { after: Duration },
    #[error("cancelled")]
    Cancelled,
    /// Validated, but `GET /me` failed with it: not saved, since it may not work.
    #[error("the key was validated but GET /me failed with it: {0}")]
    Unverified(ApiError),
}

/// The client that requests a consumer key: unsigned, announcing the application key.
pub fn anonymous_client(
    endpoint: &Endpoint,
    application_key: &str,
    options: ClientOptions,
) -> Result<Client, ApiError> {
    let auth = Auth::Anonymous { application_key: Some(application_key.to_owned()) };
    Client::new(&endpoint.base_url(), auth, options)
}

/// `POST /auth/credential` with `rules`, unsigned but announcing the application key.
/// `client` must be [`Auth::Anonymous`] with the application key, or [`Auth::Signed`].
pub async fn request_consumer_key(client: &Client, rules: &[AccessRule]) -> Result<PendingKey, ApiError> {
    let body = CredentialRequest { access_rules: rules.to_vec(), redirection: None, allowed_ips: None };
    let answer: CredentialRequestAnswer = client.post_unsigned("/auth/credential", &body).await?;
    tracing::info!(state = %answer.state, rules = rules.len(), "consumer key requested");
    Ok(PendingKey { consumer_key: Secret::new(answer.consumer_key), validation_url: answer.validation_url })
}

/// The client that signs with the new consumer key.
pub fn signed_client(
    anonymous: &Client,
    application_key: &str,
    application_secret: &Secret,
    consumer_key: &Secret,
) -> Client {
    anonymous.with_auth(Auth::Signed {
        application_key: application_key.to_owned(),
        application_secret: application_secret.clone(),
        consumer_key: Some(consumer_key.clone()),
    })
}

/// Polls `GET /auth/currentCredential` with `signed` (signing with the pending key) every
/// `poll_interval` until the key is validated, `timeout` passes or `cancel` completes.
///
/// While the person has not validated, the API refuses the key (`INVALID_CREDENTIAL`):
/// that means "keep waiting". Network trouble also does, since the person may take a
/// while. A refused signature or an unknown application key will not get better and ends
/// the wait at once.
pub async fn wait_for_validation(
    signed: &Client,
    timeout: Duration,
    poll_interval: Duration,
    cancel: impl Future<Output = ()>,
) -> Result<Credential, LoginError> {
    let deadline = tokio::time::Instant::now() + timeout;
    tokio::pin!(cancel);
    loop {
        let attempt = signed.get::<Credential>("/auth/currentCredential");
        let result = tokio::select! {
            result = attempt => result,
            () = &mut cancel => return Err(LoginError::Cancelled),
        };
        match result {
            Ok(credential) if credential.status == "validated" => return Ok(credential),
            Ok(credential) if credential.status == "pendingValidation" => {}
            Ok(credential) => return Err(LoginError::NotValidated { state: credential.status }),
            Err(e) if still_pending(&e) || e.is_transient() => {
                tracing::debug!(kind = ?e.kind, "consumer key not usable yet");
            }
            Err(e) => return Err(e.into()),
        }
        let now = tokio::time::Instant::now();
        if now >= deadline {
            return Err(LoginError::TimedOut { after: timeout });
        }
        let pause = poll_interval.min(deadline - now);
        tokio::select! {
            () = tokio::time::sleep(pause) => {}
            () = &mut cancel => return Err(LoginError::Cancelled),
        }
    }
}

fn still_pending(error: &ApiError) -> bool {
    error.kind == ErrorKind::InvalidCredentials && error.error_code.as_deref() != Some("INVALID_KEY")
}

/// `GET /me` with the new key: proves it works and says which account it acts for.
pub async fn verify(signed: &Client) -> Result<Me, ApiError> {
    signed.get("/me").await
}

/// [`wait_for_validation`], then [`verify`]: the account the validated key acts for.
pub async fn confirm(
    signed: &Client,
    timeout: Duration,
    poll_interval: Duration,
    cancel: impl Future<Output = ()>,
) -> Result<Me, LoginError> {
    wait_for_validation(signed, timeout, poll_interval, cancel).await?;
    verify(signed).await.map_err(LoginError::Unverified)
}

/// Saves the application key, secret and consumer key in `[section]` of `file` (the
/// endpoint's name, or its URL for a custom endpoint), merging into what is there, and
/// sets `[default] endpoint` when the file names no default yet. Returns the file written.
pub fn save(
    file: &Path,
    endpoint: &Endpoint,
    application_key: &str,
    application_secret: &Secret,
    consumer_key: &Secret,
) -> Result<PathBuf, ConfigError> {
    let default_endpoint = endpoint.to_string();
    let set_default = (!names_default_endpoint(file)).then_some(default_endpoint.as_str());
    let values = [
        ("application_key", application_key),
        ("application_secret", application_secret.expose()),
        ("consumer_key", consumer_key.expose()),
    ];
    save_credentials(file, &endpoint.config_section(), &values, set_default)
}

/// Whether the file already has a `[default] endpoint` (a file that cannot be read or
/// parsed counts as not; saving will report the actual problem).
fn names_default_endpoint(file: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(file) else { return false };
    super::config::Document::parse(&text)
        .ok()
        .and_then(|doc| doc.get("default", "endpoint").map(|v| !v.is_empty()))
        .unwrap_or(false)
}
