//! Everything that can go wrong finding or saving credentials. Each message names the
//! file, key or variable involved and what is wrong; none ever contains a value read from
//! a file or the environment other than the endpoint. What to do about it is said in the
//! person's language by the front ends (`app::labels::config_hint`), not here.

use std::fmt;

use super::source::{Provenance, Source};
use crate::api::endpoints::EndpointError;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{file} line {line}: {problem}")]
    Parse { file: String, line: usize, problem: String },

    #[error("cannot read {file}: {reason}")]
    Read { file: String, reason: String },

    #[error("the config file {file} does not exist")]
    MissingConfigFile { file: String },

    #[error("{error} (set by {from})")]
    Endpoint { error: EndpointError, from: Source },

    #[error("{}", describe_auth(.problem, .found, .looked))]
    Auth {
        problem: AuthProblem,
        /// The sources of the values involved in the problem.
        found: Vec<Provenance>,
        /// "[ovh-eu] of /etc/ovh.conf, ~/.ovh.conf (not found) and OVH_* variables"
        looked: String,
    },

    #[error("cannot save `{key}` in {file}: {problem}")]
    BadValue { file: String, key: String, problem: &'static str },

    #[error("refusing to write {link}: it is a symbolic link owned by another user (uid {owner})")]
    ForeignSymlink { link: String, owner: u32 },

    #[error("cannot write {file}: {reason}")]
    Write { file: String, reason: String, step: WriteStep },
}

/// Where writing a file failed, which decides what the person can do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteStep {
    /// Reading what is at the path (its directory may not be searchable).
    Inspect,
    /// The path is a directory.
    NotAFile,
    /// Reading a symbolic link on the way.
    ReadLink,
    /// A chain of links too long (or a loop).
    LinkLoop,
    /// Writing the new contents next to the file.
    WriteTemp,
    /// Putting the new contents in place.
    Replace,
}

/// What is wrong with the credentials found. `Display` is the SDKs' wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthProblem {
    Missing,
    IncompleteKeyPair,
    KeysAndOAuth2,
    IncompleteOAuth2,
    /// go-ovh's `access_token` set together with another method.
    AccessTokenAndOther,
    OAuth2NotSupported {
        endpoint: String,
    },
}

impl fmt::Display for AuthProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuthProblem::Missing => f.write_str(
                "Missing authentication information, you need to provide at least an application_key/application_secret or a client_id/client_secret",
            ),
            AuthProblem::IncompleteKeyPair => {
                f.write_str("Invalid authentication config, both application_key and application_secret must be given")
            }
            AuthProblem::KeysAndOAuth2 => {
                f.write_str("Can't use both application_key/application_secret and OAuth2 client_id/client_secret")
            }
            AuthProblem::IncompleteOAuth2 => {
                f.write_str("Invalid OAuth2 config, both client_id and client_secret must be given")
            }
            AuthProblem::AccessTokenAndOther => f.write_str(
                "Can't use access_token together with application_key/application_secret or client_id/client_secret",
            ),
            AuthProblem::OAuth2NotSupported { endpoint } => write!(
                f,
                "OAuth2 authentication is not compatible with endpoint {endpoint} (it can only be used with ovh-eu, ovh-ca and ovh-us)"
            ),
        }
    }
}

fn describe_auth(problem: &AuthProblem, found: &[Provenance], looked: &str) -> String {
    let mut text = problem.to_string();
    if !found.is_empty() {
        let found: Vec<String> = found.iter().map(ToString::to_string).collect();
        text.push_str(&format!(" (found {})", found.join(", ")));
    }
    format!("{text}; looked in {looked}")
}
