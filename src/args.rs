//! The run's settings every front end (the wizards, the commands) and the engine that
//! connects for them share. `cli::args` reads them from the command line, where each flag
//! sits with the commands it applies to (`Cli::global`).

use std::path::PathBuf;

/// How long one API read may go on retrying transient faults, by default (seconds).
pub const DEFAULT_RETRY_BUDGET: u64 = 30;
/// The longest one API request may take, by default (seconds).
pub const DEFAULT_REQUEST_TIMEOUT: u64 = 30;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlobalArgs {
    /// `--endpoint`: a name (`ovh-eu`) or a base URL; else `OVH_ENDPOINT`, then ovh.conf.
    pub endpoint: Option<String>,
    /// `--config`: an ovh.conf read after the usual ones.
    pub config: Option<PathBuf>,
    /// `--sandbox`: run against the embedded sandbox with its demo credentials.
    pub sandbox: bool,
    /// `--lang` (or `OVHCART_LANG`).
    pub lang: Option<String>,
    /// `-v`, `-vv`.
    pub verbose: u8,
    /// `--log-file` (or `OVHCART_LOG_FILE`).
    pub log_file: Option<PathBuf>,
    /// The wizard's `--high-contrast`.
    pub high_contrast: bool,
    /// The wizard's `--plain`.
    pub plain: bool,
    /// `--subsidiary`, for the wizard and `order`.
    pub subsidiary: Option<String>,
    /// `--retry-budget`, in seconds (0: never retry).
    pub retry_budget: u64,
    /// `--request-timeout`, in seconds (at least 1).
    pub request_timeout: u64,
    /// `--allow-clear-http`.
    pub allow_clear_http: bool,
}

impl Default for GlobalArgs {
    fn default() -> GlobalArgs {
        GlobalArgs {
            endpoint: None,
            config: None,
            sandbox: false,
            lang: None,
            verbose: 0,
            log_file: None,
            high_contrast: false,
            plain: false,
            subsidiary: None,
            retry_budget: DEFAULT_RETRY_BUDGET,
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            allow_clear_http: false,
        }
    }
}
