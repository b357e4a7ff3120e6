//! What a setting is called in files, in the environment and for people, and where a
//! resolved value came from. None of these types ever holds a value, only its origin.

use std::fmt;
use std::path::PathBuf;

/// A credential key of `ovh.conf` (the endpoint is a [`Setting`] of its own: it lives in
/// `[default]`, not in the endpoint's section).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    ApplicationKey,
    ApplicationSecret,
    ConsumerKey,
    ClientId,
    ClientSecret,
    AccessToken,
}

impl Key {
    pub const ALL: [Key; 6] = [
        Key::ApplicationKey,
        Key::ApplicationSecret,
        Key::ConsumerKey,
        Key::ClientId,
        Key::ClientSecret,
        Key::AccessToken,
    ];

    /// The key in `ovh.conf`.
    pub fn name(self) -> &'static str {
        match self {
            Key::ApplicationKey => "application_key",
            Key::ApplicationSecret => "application_secret",
            Key::ConsumerKey => "consumer_key",
            Key::ClientId => "client_id",
            Key::ClientSecret => "client_secret",
            Key::AccessToken => "access_token",
        }
    }

    /// `OVH_` and the key upper-cased, as both SDKs build it.
    pub fn env_var(self) -> &'static str {
        match self {
            Key::ApplicationKey => "OVH_APPLICATION_KEY",
            Key::ApplicationSecret => "OVH_APPLICATION_SECRET",
            Key::ConsumerKey => "OVH_CONSUMER_KEY",
            Key::ClientId => "OVH_CLIENT_ID",
            Key::ClientSecret => "OVH_CLIENT_SECRET",
            Key::AccessToken => "OVH_ACCESS_TOKEN",
        }
    }

    /// For sentences such as "application key from ~/.ovh.conf [ovh-eu]".
    pub fn label(self) -> &'static str {
        match self {
            Key::ApplicationKey => "application key",
            Key::ApplicationSecret => "application secret",
            Key::ConsumerKey => "consumer key",
            Key::ClientId => "OAuth2 client id",
            Key::ClientSecret => "OAuth2 client secret",
            Key::AccessToken => "access token",
        }
    }

    /// Whether the value must only ever be held in a [`crate::api::Secret`].
    pub fn is_secret(self) -> bool {
        !matches!(self, Key::ApplicationKey | Key::ClientId)
    }
}

pub(crate) const ENDPOINT_ENV_VAR: &str = "OVH_ENDPOINT";

/// Where one value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag, by its spelling (`--endpoint`).
    Flag(&'static str),
    Env(&'static str),
    /// `shown` is the path as people recognise it: `~/.ovh.conf`, `./ovh.conf`.
    File {
        path: PathBuf,
        shown: String,
        section: String,
    },
    /// Nothing set it: go-ovh's fallback endpoint `ovh-eu`.
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "{flag}"),
            Source::Env(var) => write!(f, "{var}"),
            Source::File { shown, section, .. } => write!(f, "{shown} [{section}]"),
            Source::Default => f.write_str("the default (nothing set it)"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    Endpoint,
    Key(Key),
}

impl fmt::Display for Setting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Setting::Endpoint => f.write_str("endpoint"),
            Setting::Key(key) => f.write_str(key.label()),
        }
    }
}

/// "application key from ~/.ovh.conf [ovh-eu]": a setting and its origin, never its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    pub setting: Setting,
    pub source: Source,
}

impl fmt::Display for Provenance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} from {}", self.setting, self.source)
    }
}

/// One configuration file looked at, and whether it was there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStatus {
    pub path: PathBuf,
    pub shown: String,
    pub found: bool,
}

impl fmt::Display for FileStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.shown)?;
        if !self.found {
            f.write_str(" (not found)")?;
        }
        Ok(())
    }
}
