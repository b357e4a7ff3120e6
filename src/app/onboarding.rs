//! The onboarding screens, shown before the wizard when no usable credentials were found:
//! choose the endpoint, enter the application key and secret, validate a new consumer key
//! in a browser, save the three. Only the state lives here; `update::onboarding` moves it.

use std::fmt;
use std::path::PathBuf;

use crate::api::endpoints::{Endpoint, Named};
use crate::api::login::{LoginError, PendingKey};
use crate::api::secret::Secret;

use super::text_field::TextField;

/// The endpoints offered, in this order; a configured custom URL comes first.
pub const OFFERED: [Named; 3] = [Named::OvhEu, Named::OvhCa, Named::OvhUs];

/// What the session found before onboarding starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnboardingInit {
    /// The endpoint configured (flag, variable, file), or go-ovh's default `ovh-eu`.
    pub endpoint: Endpoint,
    /// An application key and secret already configured for `endpoint`.
    pub application_key: Option<String>,
    pub application_secret: Option<Secret>,
    /// Where the keys will be saved (`None`: no home directory and no `--config`).
    pub save_to: Option<PathBuf>,
    /// How long the person gets to validate the key.
    pub timeout_secs: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Endpoint,
    Keys,
    /// `POST /auth/credential` is on its way.
    Requesting,
    /// The validation URL is shown; the key is polled until it works.
    Waiting,
    /// Validated; being written to the file.
    Saving,
    /// Saved (or the save failed): Enter continues to the wizard.
    Saved,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum KeyFocus {
    #[default]
    ApplicationKey,
    ApplicationSecret,
}

/// Why Enter on the key fields sent nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeysRefusal {
    EmptyKey,
    EmptySecret,
    NowhereToSave,
}

impl KeysRefusal {
    pub fn msgid(self) -> &'static str {
        match self {
            KeysRefusal::EmptyKey => msgid!("onboard-refused-key"),
            KeysRefusal::EmptySecret => msgid!("onboard-refused-secret"),
            KeysRefusal::NowhereToSave => msgid!("login-no-home"),
        }
    }
}

/// Where the keys went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedTo {
    pub file: String,
    pub section: String,
}

/// Why the keys could not be saved: what happened, and the catalogue key of what to do
/// about it (`labels::config_hint`), when there is something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotSaved {
    pub error: String,
    pub hint: Option<&'static str>,
}

impl From<String> for NotSaved {
    fn from(error: String) -> NotSaved {
        NotSaved { error, hint: None }
    }
}

impl From<&str> for NotSaved {
    fn from(error: &str) -> NotSaved {
        NotSaved::from(error.to_owned())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Onboarding {
    pub page: Page,
    /// The endpoints to choose from, and the highlighted one.
    pub endpoints: Vec<Endpoint>,
    pub cursor: usize,
    /// The configured endpoint, and the keys configured for it (reused only with it).
    pub configured: Endpoint,
    pub known_key: Option<String>,
    pub known_secret: Option<Secret>,
    pub key_field: TextField,
    pub secret_field: SecretField,
    pub focus: KeyFocus,
    pub refusal: Option<KeysRefusal>,
    /// Why the last attempt ended (a cancel is one too: "nothing was saved").
    pub failure: Option<LoginError>,
    /// The key requested, until it is saved or given up.
    pub pending: Option<PendingKey>,
    /// The account the validated key acts for.
    pub account: Option<String>,
    pub saved: Option<Result<SavedTo, NotSaved>>,
    pub save_to: Option<PathBuf>,
    pub timeout_secs: u64,
    /// The page's link as a QR code, made when the link changes (see `QrLink`).
    pub qr: Option<QrLink>,
}

/// A link and its QR code (`None`: too long for one), as lines of half blocks. Encoding
/// takes about half a millisecond, ten times a frame's budget, so it is done once per link
/// rather than on every frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrLink {
    pub url: String,
    pub code: Option<Vec<String>>,
}

impl Onboarding {
    pub fn new(init: OnboardingInit) -> Onboarding {
        let mut endpoints: Vec<Endpoint> = OFFERED.iter().map(|n| Endpoint::Named(*n)).collect();
        if matches!(init.endpoint, Endpoint::Custom(_)) {
            endpoints.insert(0, init.endpoint.clone());
        }
        let cursor = endpoints.iter().position(|e| *e == init.endpoint).unwrap_or(0);
        let mut onboarding = Onboarding {
            page: Page::Endpoint,
            endpoints,
            cursor,
            configured: init.endpoint,
            known_key: init.application_key,
            known_secret: init.application_secret,
            key_field: TextField::default(),
            secret_field: SecretField::default(),
            focus: KeyFocus::ApplicationKey,
            refusal: None,
            failure: None,
            pending: None,
            account: None,
            saved: None,
            save_to: init.save_to,
            timeout_secs: init.timeout_secs,
            qr: None,
        };
        onboarding.fill_known_keys();
        onboarding.refresh_qr();
        onboarding
    }

    /// The link the page offers to open on a phone: where to create application keys, or
    /// where to validate the consumer key.
    pub fn qr_url(&self) -> Option<String> {
        match self.page {
            Page::Keys => Some(self.endpoint().create_app_url()),
            Page::Waiting | Page::Saving => self.pending.as_ref().map(|p| p.validation_url.clone()),
            Page::Endpoint | Page::Requesting | Page::Saved => None,
        }
    }

    /// Encodes the page's link, unless it is the one encoded already.
    pub fn refresh_qr(&mut self) {
        let url = self.qr_url();
        if self.qr.as_ref().map(|qr| &qr.url) != url.as_ref() {
            self.qr = url.map(|url| QrLink { code: crate::qr::render(&url), url });
        }
    }

    /// The highlighted endpoint.
    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoints[self.cursor.min(self.endpoints.len() - 1)]
    }

    /// Puts the configured keys in the fields when the configured endpoint is chosen, and
    /// takes them out when another is: keys of one API do not work on another.
    pub fn fill_known_keys(&mut self) {
        let (known_key, known_secret) = (self.known_key.clone().unwrap_or_default(), self.known_secret.clone());
        let holds_known = self.key_field.value() == known_key
            && known_secret.as_ref().is_none_or(|s| self.secret_field.expose() == s.expose());
        if *self.endpoint() == self.configured {
            if self.key_field.is_empty() {
                self.key_field.set(&known_key);
            }
            if self.secret_field.is_empty()
                && let Some(secret) = &known_secret
            {
                self.secret_field.set(secret.expose());
            }
        } else if holds_known && !known_key.is_empty() {
            self.key_field.clear();
            self.secret_field.clear();
        }
        self.focus = if self.key_field.is_empty() || !self.secret_field.is_empty() {
            KeyFocus::ApplicationKey
        } else {
            KeyFocus::ApplicationSecret
        };
    }

    /// Something is awaited from the API or the disk.
    pub fn is_busy(&self) -> bool {
        matches!(self.page, Page::Requesting | Page::Waiting | Page::Saving)
    }
}

/// A text field whose value is a secret: drawn as `*`, never printed by `Debug`.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SecretField(TextField);

impl SecretField {
    /// The field, to edit it in place. Never draw or format it.
    pub fn field_mut(&mut self) -> &mut TextField {
        &mut self.0
    }

    pub fn set(&mut self, value: &str) {
        self.0.set(value);
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The value, for sending. Never draw or format it.
    pub fn expose(&self) -> &str {
        self.0.value()
    }

    pub fn to_secret(&self) -> Secret {
        Secret::new(self.0.value().trim())
    }

    /// What the screen shows: one `*` per character, the cursor where it is.
    pub fn masked(&self) -> TextField {
        self.0.masked()
    }
}

impl fmt::Debug for SecretField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretField(***)")
    }
}
