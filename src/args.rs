//! The global arguments, shared by every front end (the wizards, the commands) and by the
//! engine that connects for them; `cli::args` puts them on the command line.

use std::path::PathBuf;

use clap::Args;
use clap::builder::FalseyValueParser;

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// API endpoint: ovh-eu, ovh-ca, ovh-us, kimsufi-eu/ca, soyoustart-eu/ca, or a base URL [default: OVH_ENDPOINT, then ovh.conf].
    #[arg(long, global = true, value_name = "NAME|URL")]
    pub endpoint: Option<String>,

    /// Read this ovh.conf after /etc/ovh.conf, ~/.ovh.conf and ./ovh.conf.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Run against the embedded sandbox API with its demo credentials (nothing is billed).
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// Language of the interface (en, fr, es, it, pl, pt, de); default from LC_ALL/LANG.
    #[arg(long, global = true, env = "OVHCART_LANG", value_name = "LANG")]
    pub lang: Option<String>,

    /// More detail in the log file (-v: debug, -vv: trace).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Write the log here instead of the data dir.
    #[arg(long, global = true, env = "OVHCART_LOG_FILE", value_name = "FILE")]
    pub log_file: Option<PathBuf>,

    /// Bright, high-contrast colours in the wizard (NO_COLOR still turns colours off).
    #[arg(long, global = true, env = "OVHCART_HIGH_CONTRAST", value_parser = FalseyValueParser::new())]
    pub high_contrast: bool,

    /// Ask the wizard's questions line by line, for screen readers and simple terminals (automatic when TERM=dumb).
    #[arg(long, global = true, env = "OVHCART_PLAIN", value_parser = FalseyValueParser::new())]
    pub plain: bool,

    /// Preselect this subsidiary (e.g. FR, GB, QC).
    #[arg(long, global = true, env = "OVHCART_SUBSIDIARY", value_name = "CODE")]
    pub subsidiary: Option<String>,

    /// How long one API read may go on retrying transient faults (network, timeout, 5xx, 429); 0: never retry.
    #[arg(long, global = true, env = "OVHCART_RETRY_BUDGET", value_name = "SECONDS", default_value_t = 30)]
    pub retry_budget: u64,

    /// The longest one API request may take, its whole answer read (at least 1).
    #[arg(long, global = true, env = "OVHCART_REQUEST_TIMEOUT", value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..))]
    pub request_timeout: u64,

    /// Accept sending credentials over plain http:// to a host that is not this machine (anyone on the way can read them).
    #[arg(long, global = true)]
    pub allow_clear_http: bool,
}
