//! From flags, `OVH_*` variables and `ovh.conf` files to an endpoint and credentials,
//! with the precedence of the SDKs (docs/ovh-order-api.md §8.2):
//!
//! - files `/etc/ovh.conf` < `~/.ovh.conf` < `./ovh.conf` < `--config FILE`, merged key by
//!   key; only the explicit file must exist;
//! - the endpoint: `--endpoint` > `OVH_ENDPOINT` > `[default] endpoint` > `ovh-eu` (go-ovh);
//! - each key: flag > `OVH_<KEY>` > the endpoint's section. Empty values count as unset,
//!   as in go-ovh.
//!
//! Everything outside the process comes in through [`Env`], so tests never see the real
//! `/etc/ovh.conf` or `$HOME`.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use super::error::{AuthProblem, ConfigError};
use super::ini::Document;
use super::source::{ENDPOINT_ENV_VAR, FileStatus, Key, Provenance, Setting, Source};
use crate::api::client::Auth;
use crate::api::endpoints::{Endpoint, Named};
use crate::api::secret::Secret;

/// What the command line says; `None` (or empty) leaves the value to the environment and
/// the files.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--endpoint NAME|URL`
    pub endpoint: Option<String>,
    /// `--config FILE`: read after the usual files; must exist.
    pub config_file: Option<PathBuf>,
    pub application_key: Option<String>,
    pub application_secret: Option<Secret>,
    pub consumer_key: Option<Secret>,
}

impl Overrides {
    fn get(&self, key: Key) -> Option<(&'static str, &str)> {
        let value = match key {
            Key::ApplicationKey => self.application_key.as_deref(),
            Key::ApplicationSecret => self.application_secret.as_ref().map(Secret::expose),
            Key::ConsumerKey => self.consumer_key.as_ref().map(Secret::expose),
            _ => None,
        };
        let flag = match key {
            Key::ApplicationKey => "--application-key",
            Key::ApplicationSecret => "--application-secret",
            _ => "--consumer-key",
        };
        value.filter(|v| !v.is_empty()).map(|v| (flag, v))
    }
}

/// The outside world resolution depends on.
#[derive(Clone)]
pub struct Env {
    /// Environment variables; only the `OVH_*` ones are read.
    pub vars: HashMap<String, String>,
    /// Where `~/.ovh.conf` lives; without a home that file is skipped.
    pub home: Option<PathBuf>,
    /// Where `./ovh.conf` lives (and relative `--config` paths start); without one it is skipped.
    pub cwd: Option<PathBuf>,
    /// `/etc/ovh.conf`
    pub system_file: PathBuf,
}

// Hand-written: the variables hold secrets.
impl fmt::Debug for Env {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut names: Vec<&String> = self.vars.keys().collect();
        names.sort();
        f.debug_struct("Env")
            .field("vars", &names)
            .field("home", &self.home)
            .field("cwd", &self.cwd)
            .field("system_file", &self.system_file)
            .finish()
    }
}

impl Env {
    /// The real process: its `OVH_*` variables, `$HOME`, the current directory, `/etc/ovh.conf`.
    pub fn from_process() -> Env {
        let names = Key::ALL.iter().map(|k| k.env_var()).chain([ENDPOINT_ENV_VAR]);
        let vars = names.filter_map(|name| Some((name.to_owned(), std::env::var(name).ok()?))).collect();
        // $HOME first, as python-ovh's expanduser; the password database otherwise.
        let home = std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from)
            .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()));
        Env { vars, home, cwd: std::env::current_dir().ok(), system_file: PathBuf::from("/etc/ovh.conf") }
    }

    /// A variable, only if set and non-empty (go-ovh).
    pub fn var(&self, name: &str) -> Option<&str> {
        self.vars.get(name).map(String::as_str).filter(|v| !v.is_empty())
    }
}

/// How the app authenticates, once validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credentials {
    /// The consumer key may be missing: `ovhcart login` can create one.
    ApplicationKeys {
        application_key: String,
        application_secret: Secret,
        consumer_key: Option<Secret>,
    },
    OAuth2 {
        client_id: String,
        client_secret: Secret,
        token_url: String,
    },
    AccessToken(Secret),
}

impl From<Credentials> for Auth {
    fn from(credentials: Credentials) -> Auth {
        match credentials {
            Credentials::ApplicationKeys { application_key, application_secret, consumer_key } => {
                Auth::Signed { application_key, application_secret, consumer_key }
            }
            Credentials::OAuth2 { client_id, client_secret, token_url } => {
                Auth::OAuth2 { client_id, client_secret, token_url }
            }
            Credentials::AccessToken(token) => Auth::AccessToken(token),
        }
    }
}

/// Everything found, before checking that it makes usable credentials. `ovhcart login`
/// works from this when there are no credentials yet.
#[derive(Debug, Clone)]
pub struct Gathered {
    endpoint: Endpoint,
    endpoint_source: Source,
    /// Every value is held as a secret here, even the non-secret ones, so that nothing
    /// can print it by mistake.
    values: Vec<(Key, Secret, Source)>,
    files: Vec<FileStatus>,
    sections: Vec<String>,
    save_path: Option<PathBuf>,
}

/// Validated configuration.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub endpoint: Endpoint,
    pub credentials: Credentials,
    provenance: Vec<Provenance>,
    files: Vec<FileStatus>,
    save_path: Option<PathBuf>,
}

/// Flags, then the environment, then the files; see the module documentation.
pub fn resolve(overrides: &Overrides, env: &Env) -> Result<Resolved, ConfigError> {
    gather(overrides, env)?.validate()
}

/// [`resolve`] in the real process environment.
pub fn load(overrides: &Overrides) -> Result<Resolved, ConfigError> {
    resolve(overrides, &Env::from_process())
}

/// Reads the files and picks each value, without requiring usable credentials.
pub fn gather(overrides: &Overrides, env: &Env) -> Result<Gathered, ConfigError> {
    let files = read_files(overrides, env)?;

    let from_files = |sections: &[String], key: &str| {
        files.iter().rev().find_map(|file| {
            let doc = file.doc.as_ref()?;
            sections.iter().find_map(|section| {
                let value = doc.get(section, key).filter(|v| !v.is_empty())?;
                Some((value, file.source(section)))
            })
        })
    };

    let (endpoint_text, endpoint_source) = if let Some(flag) = overrides.endpoint.as_deref().filter(|e| !e.is_empty()) {
        (flag.to_owned(), Source::Flag("--endpoint"))
    } else if let Some(var) = env.var(ENDPOINT_ENV_VAR) {
        (var.to_owned(), Source::Env(ENDPOINT_ENV_VAR))
    } else if let Some(found) = from_files(&["default".to_owned()], "endpoint") {
        found
    } else {
        (Named::OvhEu.name().to_owned(), Source::Default)
    };
    let endpoint = Endpoint::parse(&endpoint_text)
        .map_err(|error| ConfigError::Endpoint { error, from: endpoint_source.clone() })?;
    let sections = section_names(&endpoint, &endpoint_text);

    let mut values = Vec::new();
    for key in Key::ALL {
        let found = if let Some((flag, value)) = overrides.get(key) {
            Some((value.to_owned(), Source::Flag(flag)))
        } else if let Some(value) = env.var(key.env_var()) {
            Some((value.to_owned(), Source::Env(key.env_var())))
        } else {
            from_files(&sections, key.name())
        };
        if let Some((value, source)) = found {
            values.push((key, Secret::new(value), source));
        }
    }

    let save_path = save_path(overrides, env, &files, &values);
    let files = files.into_iter().map(|f| f.status).collect();
    Ok(Gathered { endpoint, endpoint_source, values, files, sections, save_path })
}

impl Gathered {
    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// The section credentials for this endpoint are saved in.
    pub fn section(&self) -> String {
        self.endpoint.config_section()
    }

    /// Where `ovhcart login` should save credentials so that they win over what is already
    /// found: the `--config` file, else `./ovh.conf` if it already provides a key (it would
    /// shadow `~/.ovh.conf`), else `~/.ovh.conf`.
    pub fn save_path(&self) -> Option<&Path> {
        self.save_path.as_deref()
    }

    pub fn files(&self) -> &[FileStatus] {
        &self.files
    }

    /// Where the endpoint and each value found came from.
    pub fn provenance(&self) -> Vec<Provenance> {
        let endpoint = Provenance { setting: Setting::Endpoint, source: self.endpoint_source.clone() };
        let keys = self
            .values
            .iter()
            .map(|(key, _, source)| Provenance { setting: Setting::Key(*key), source: source.clone() });
        std::iter::once(endpoint).chain(keys).collect()
    }

    /// The value found for `key` (`ovhcart login` reuses an application key pair already
    /// configured). Held as a secret whatever the key.
    pub fn value(&self, key: Key) -> Option<&Secret> {
        self.values.iter().find(|(k, ..)| *k == key).map(|(_, value, _)| value)
    }

    /// Checks the values make one authentication method, with python-ovh's messages.
    pub fn validate(self) -> Result<Resolved, ConfigError> {
        let credentials = self.credentials()?;
        Ok(Resolved {
            provenance: self.provenance(),
            endpoint: self.endpoint,
            credentials,
            files: self.files,
            save_path: self.save_path,
        })
    }

    fn credentials(&self) -> Result<Credentials, ConfigError> {
        let has = |key| self.value(key).is_some();
        let keys = has(Key::ApplicationKey) || has(Key::ApplicationSecret);
        let oauth2 = has(Key::ClientId) || has(Key::ClientSecret);
        let fail = |problem, involved: &[Key]| Err(self.auth_error(problem, involved));
        let public = |key| self.value(key).map(|v| v.expose().to_owned()).unwrap_or_default();
        let secret = |key| self.value(key).cloned().unwrap_or_default();

        if let Some(token) = self.value(Key::AccessToken) {
            if keys || oauth2 {
                return fail(AuthProblem::AccessTokenAndOther, &Key::ALL);
            }
            return Ok(Credentials::AccessToken(token.clone()));
        }
        if oauth2 {
            const BOTH: [Key; 4] = [Key::ApplicationKey, Key::ApplicationSecret, Key::ClientId, Key::ClientSecret];
            if keys {
                return fail(AuthProblem::KeysAndOAuth2, &BOTH);
            }
            if !(has(Key::ClientId) && has(Key::ClientSecret)) {
                return fail(AuthProblem::IncompleteOAuth2, &BOTH);
            }
            let Some(token_url) = self.endpoint.oauth2_token_url() else {
                let problem = AuthProblem::OAuth2NotSupported { endpoint: self.endpoint.to_string() };
                return fail(problem, &BOTH);
            };
            return Ok(Credentials::OAuth2 {
                client_id: public(Key::ClientId),
                client_secret: secret(Key::ClientSecret),
                token_url,
            });
        }
        if !keys {
            return fail(AuthProblem::Missing, &Key::ALL);
        }
        if !(has(Key::ApplicationKey) && has(Key::ApplicationSecret)) {
            return fail(AuthProblem::IncompleteKeyPair, &[Key::ApplicationKey, Key::ApplicationSecret]);
        }
        Ok(Credentials::ApplicationKeys {
            application_key: public(Key::ApplicationKey),
            application_secret: secret(Key::ApplicationSecret),
            consumer_key: self.value(Key::ConsumerKey).cloned(),
        })
    }

    fn auth_error(&self, problem: AuthProblem, involved: &[Key]) -> ConfigError {
        let found = self
            .values
            .iter()
            .filter(|(key, ..)| involved.contains(key))
            .map(|(key, _, source)| Provenance { setting: Setting::Key(*key), source: source.clone() })
            .collect();
        let sections: Vec<String> = self.sections.iter().map(|s| format!("[{s}]")).collect();
        let files: Vec<String> = self.files.iter().map(ToString::to_string).collect();
        let files = if files.is_empty() { "no file".to_owned() } else { files.join(", ") };
        let looked = format!("{} of {files} and OVH_* variables", sections.join(" or "));
        ConfigError::Auth { problem, found, looked }
    }
}

impl Resolved {
    /// The client's view of the credentials.
    pub fn auth(&self) -> Auth {
        self.credentials.clone().into()
    }

    /// False when key-pair credentials have no consumer key yet: signed calls other than
    /// `POST /auth/credential` will be refused until `ovhcart login` creates one.
    pub fn has_consumer_key(&self) -> bool {
        match &self.credentials {
            Credentials::ApplicationKeys { consumer_key, .. } => consumer_key.is_some(),
            Credentials::OAuth2 { .. } | Credentials::AccessToken(_) => true,
        }
    }

    /// The endpoint first, then each value found, with where it came from.
    pub fn provenance(&self) -> &[Provenance] {
        &self.provenance
    }

    pub fn source_of(&self, setting: Setting) -> Option<&Source> {
        self.provenance.iter().find(|p| p.setting == setting).map(|p| &p.source)
    }

    /// True when nothing named an endpoint and go-ovh's `ovh-eu` was taken.
    pub fn endpoint_defaulted(&self) -> bool {
        self.source_of(Setting::Endpoint) == Some(&Source::Default)
    }

    /// The configuration files looked at, in the order read.
    pub fn files(&self) -> &[FileStatus] {
        &self.files
    }

    /// See [`Gathered::save_path`].
    pub fn save_path(&self) -> Option<&Path> {
        self.save_path.as_deref()
    }
}

struct ReadFile {
    status: FileStatus,
    doc: Option<Document>,
}

impl ReadFile {
    fn source(&self, section: &str) -> Source {
        Source::File { path: self.status.path.clone(), shown: self.status.shown.clone(), section: section.to_owned() }
    }
}

/// The files in increasing priority.
fn read_files(overrides: &Overrides, env: &Env) -> Result<Vec<ReadFile>, ConfigError> {
    let mut candidates = vec![(env.system_file.clone(), env.system_file.display().to_string())];
    if let Some(home) = &env.home {
        candidates.push((home.join(".ovh.conf"), "~/.ovh.conf".to_owned()));
    }
    if let Some(cwd) = &env.cwd {
        candidates.push((cwd.join("ovh.conf"), "./ovh.conf".to_owned()));
    }
    let mut files = Vec::new();
    for (path, shown) in candidates {
        files.push(read_file(path, shown, false)?);
    }
    if let Some(explicit) = &overrides.config_file {
        let path = match &env.cwd {
            Some(cwd) if explicit.is_relative() => cwd.join(explicit),
            _ => explicit.clone(),
        };
        files.push(read_file(path, explicit.display().to_string(), true)?);
    }
    Ok(files)
}

fn read_file(path: PathBuf, shown: String, required: bool) -> Result<ReadFile, ConfigError> {
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if required {
                return Err(ConfigError::MissingConfigFile { file: shown });
            }
            return Ok(ReadFile { status: FileStatus { path, shown, found: false }, doc: None });
        }
        Err(e) => return Err(ConfigError::Read { file: shown, reason: e.to_string() }),
    };
    let text = String::from_utf8(bytes)
        .map_err(|_| ConfigError::Read { file: shown.clone(), reason: "it is not UTF-8 text".into() })?;
    let doc = Document::parse(&text).map_err(|e| ConfigError::Parse {
        file: shown.clone(),
        line: e.line,
        problem: e.problem,
    })?;
    Ok(ReadFile { status: FileStatus { path, shown, found: true }, doc: Some(doc) })
}

/// The sections an endpoint's keys may be in: its canonical name, the spelling used (an
/// alias such as `ks-eu`), and for a URL go-ovh's section named after it, with or without
/// a trailing slash.
fn section_names(endpoint: &Endpoint, as_written: &str) -> Vec<String> {
    let canonical = endpoint.config_section();
    let mut names = vec![canonical.clone(), as_written.trim().to_owned()];
    if let Endpoint::Custom(_) = endpoint {
        names.push(format!("{canonical}/"));
    }
    let mut unique = Vec::new();
    for name in names {
        if !unique.contains(&name) {
            unique.push(name);
        }
    }
    unique
}

fn save_path(
    overrides: &Overrides,
    env: &Env,
    files: &[ReadFile],
    values: &[(Key, Secret, Source)],
) -> Option<PathBuf> {
    if overrides.config_file.is_some() {
        // The explicit file is read last.
        return files.last().map(|f| f.status.path.clone());
    }
    let local = env.cwd.as_ref().map(|cwd| cwd.join("ovh.conf"));
    let local_provides =
        values.iter().any(|(_, _, source)| matches!(source, Source::File { path, .. } if Some(path) == local.as_ref()));
    if local_provides {
        return local;
    }
    env.home.as_ref().map(|home| home.join(".ovh.conf"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_in(dir: &Path) -> Env {
        Env {
            vars: HashMap::new(),
            home: Some(dir.join("home")),
            cwd: Some(dir.join("work")),
            system_file: dir.join("etc/ovh.conf"),
        }
    }

    #[test]
    fn section_candidates() {
        let url = Endpoint::parse("http://127.0.0.1:8080/1.0/").unwrap();
        assert_eq!(
            section_names(&url, "http://127.0.0.1:8080/1.0/"),
            ["http://127.0.0.1:8080/1.0", "http://127.0.0.1:8080/1.0/"]
        );
        let alias = Endpoint::parse("ks-eu").unwrap();
        assert_eq!(section_names(&alias, "ks-eu"), ["kimsufi-eu", "ks-eu"]);
        assert_eq!(section_names(&Endpoint::Named(Named::OvhEu), "ovh-eu"), ["ovh-eu"]);
    }

    #[test]
    fn nothing_anywhere_defaults_to_ovh_eu_and_asks_for_login() {
        let dir = tempfile::tempdir().unwrap();
        let gathered = gather(&Overrides::default(), &env_in(dir.path())).unwrap();
        assert_eq!(gathered.endpoint(), &Endpoint::Named(Named::OvhEu));
        assert_eq!(gathered.save_path(), Some(dir.path().join("home/.ovh.conf").as_path()));
        let err = gathered.validate().unwrap_err().to_string();
        assert!(err.starts_with("Missing authentication information"), "{err}");
        assert!(err.contains("[ovh-eu] of "), "{err}");
        assert!(err.contains("~/.ovh.conf (not found), ./ovh.conf (not found) and OVH_* variables"), "{err}");
        assert!(err.ends_with("and OVH_* variables"), "no advice in api/: {err}");
    }

    #[test]
    fn env_debug_shows_names_only() {
        let mut env = env_in(Path::new("/nowhere"));
        env.vars.insert("OVH_APPLICATION_SECRET".into(), "topsecretvalue".into());
        let debug = format!("{env:?}");
        assert!(debug.contains("OVH_APPLICATION_SECRET") && !debug.contains("topsecretvalue"), "{debug}");
    }
}
