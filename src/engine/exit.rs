//! Exit codes, documented in the README, and the error type commands return.

use std::fmt;
use std::process::ExitCode;

use crate::api::ApiError;
use crate::api::config::ConfigError;
use crate::app::labels::{config_hint, error_hint};
use crate::i18n::{Lang, tr};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: done.
    Done,
    /// 1: the API or the network failed.
    ApiFailed,
    /// 2: invalid input or usage.
    Usage,
    /// 3: refused: consent not given, declined at the prompt, or the account must act
    /// first (eligibility).
    Refused,
    /// 4: the order is placed and held by OVHcloud (fraud review, documents, payment).
    Held,
    /// 130: interrupted (Ctrl-C).
    Interrupted,
    /// 143: stopped by SIGTERM.
    Terminated,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Done => 0,
            Exit::ApiFailed => 1,
            Exit::Usage => 2,
            Exit::Refused => 3,
            Exit::Held => 4,
            Exit::Interrupted => 130,
            Exit::Terminated => 143,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit.code())
    }
}

/// A command's failure: one message for the person (what happened, what the API said),
/// what to do next in their language, and the exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub exit: Exit,
    pub message: String,
    /// What to do next, already in the person's language (from the catalogue).
    pub hint: Option<String>,
}

impl Failure {
    pub fn new(exit: Exit, message: impl Into<String>) -> Failure {
        Failure { exit, message: message.into(), hint: None }
    }

    /// An API error (exit 1) under `context` when given, with the advice for its kind.
    pub fn api(lang: Lang, context: Option<&str>, error: &ApiError) -> Failure {
        let message = match context {
            Some(context) => format!("{context}\n{error}"),
            None => error.to_string(),
        };
        Failure { exit: Exit::ApiFailed, message, hint: Some(tr(lang, error_hint(error.kind))) }
    }

    /// A configuration problem (exit 2), with the advice for it.
    pub fn config(lang: Lang, error: &ConfigError) -> Failure {
        Failure { exit: Exit::Usage, message: error.to_string(), hint: Some(tr(lang, config_hint(error))) }
    }

    pub fn usage(message: impl Into<String>) -> Failure {
        Failure::new(Exit::Usage, message)
    }
}

/// The message, then the advice on its own line.
impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        match &self.hint {
            Some(hint) => write!(f, "\n{hint}"),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::ErrorKind;
    use crate::api::error::Outcome;

    #[test]
    fn api_and_config_failures_advise_in_the_persons_language() {
        let error = ApiError::without_answer(ErrorKind::Network, Outcome::NotApplied, "GET", "/me", "refused");
        let failure = Failure::api(Lang::Fr, None, &error);
        assert_eq!(failure.exit, Exit::ApiFailed);
        assert_eq!(failure.to_string(), format!("GET /me: refused\n{}", tr(Lang::Fr, error_hint(ErrorKind::Network))));
        assert!(failure.to_string().contains("Vérifiez la connexion réseau"), "{failure}");
        let failure = Failure::api(Lang::De, Some("Konnte nicht"), &error);
        assert!(failure.to_string().starts_with("Konnte nicht\nGET /me: refused\nPrüfen Sie"), "{failure}");

        let missing = ConfigError::MissingConfigFile { file: "/x/ovh.conf".into() };
        let failure = Failure::config(Lang::Fr, &missing);
        assert_eq!(failure.exit, Exit::Usage);
        assert_eq!(
            failure.to_string(),
            "the config file /x/ovh.conf does not exist\nVérifiez le chemin donné à --config."
        );
    }
}
