//! Exit codes, documented in the README, and the error type commands return.

use std::fmt;
use std::process::ExitCode;

use crate::api::ApiError;

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

/// A command's failure: one message for the person (what happened, what the API said,
/// what to do next) and the exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub exit: Exit,
    pub message: String,
}

impl Failure {
    pub fn new(exit: Exit, message: impl Into<String>) -> Failure {
        Failure { exit, message: message.into() }
    }

    pub fn usage(message: impl Into<String>) -> Failure {
        Failure::new(Exit::Usage, message)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<ApiError> for Failure {
    fn from(error: ApiError) -> Failure {
        Failure::new(Exit::ApiFailed, format!("{error}\n{}", error.hint()))
    }
}
