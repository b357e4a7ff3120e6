//! The command line: global flags, the commands, and their environment twins.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "ovhcart",
    version,
    about = "Order an OVHcloud Public Cloud project from the terminal",
    long_about = "Order an OVHcloud Public Cloud project from the terminal.\n\nWithout a command, ovhcart opens the full-screen wizard. `ovhcart --sandbox` runs it against an embedded OVHcloud API on 127.0.0.1: no account, nothing billed."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(flatten, next_help_heading = "Sandbox (for `ovhcart sandbox` and --sandbox runs)")]
    pub sandbox: crate::sandbox::SandboxArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

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

    /// Preselect this subsidiary (e.g. FR, GB, QC).
    #[arg(long, global = true, env = "OVHCART_SUBSIDIARY", value_name = "CODE")]
    pub subsidiary: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the sandbox API on 127.0.0.1 and print its credentials as shell `export` lines.
    Sandbox,
    /// Create a consumer key limited to the routes ovhcart calls, and save it in ovh.conf.
    Login(super::login::LoginArgs),
    /// Check the endpoint, credentials, clock and the consumer key's rights.
    Doctor(super::doctor::DoctorArgs),
}
