//! The command line: each flag sits with what it applies to, so that each command's
//! `--help` lists its own flags only.
//!
//! - everywhere: `--lang`, `-v`, `--log-file`;
//! - before a command, or after it for the commands that talk to the API: `--endpoint`,
//!   `--config`, `--retry-budget`, `--request-timeout`, `--allow-clear-http` and (not for
//!   `login`) `--sandbox`;
//! - the wizard's own: `--plain`, `--high-contrast`, `--subsidiary` (also `order`'s);
//! - the sandbox's knobs: after `ovhcart sandbox`, or before a command with `--sandbox`.
//!
//! [`parse`] reads them, refuses flags given where they do nothing, and [`Cli::global`]
//! gathers what the engine needs. Each command's help ends with examples ([`EXAMPLES`]).

use std::ffi::OsString;
use std::path::PathBuf;

use clap::parser::ValueSource;
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::args::{DEFAULT_REQUEST_TIMEOUT, DEFAULT_RETRY_BUDGET, GlobalArgs};
use crate::i18n::{Lang, tr, tr_args};
use crate::sandbox::SandboxArgs;

#[derive(Debug, Parser)]
#[command(
    name = "ovhcart",
    version,
    about = "Order an OVHcloud Public Cloud project from the terminal",
    long_about = "Order an OVHcloud Public Cloud project from the terminal.\n\nWithout a command, ovhcart opens the full-screen wizard. `ovhcart --sandbox` runs it against an embedded OVHcloud API on 127.0.0.1: no account, nothing billed."
)]
pub struct Cli {
    #[command(flatten)]
    pub common: CommonArgs,

    #[command(flatten, next_help_heading = "Connection (before or after the command)")]
    pub api: ApiArgs,

    #[command(flatten)]
    pub target: SandboxFlag,

    #[command(flatten, next_help_heading = "Wizard")]
    pub wizard: WizardArgs,

    #[command(flatten)]
    pub sandbox: SandboxArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What applies to every way of running ovhcart.
#[derive(Debug, Clone, Args)]
pub struct CommonArgs {
    /// Language of the interface (en, fr, es, it, pl, pt, de); default from LC_ALL/LANG.
    #[arg(long, global = true, env = "OVHCART_LANG", value_name = "LANG", display_order = 900)]
    pub lang: Option<String>,

    /// More detail in the log file (-v: debug, -vv: trace).
    #[arg(short, long, global = true, action = clap::ArgAction::Count, display_order = 901)]
    pub verbose: u8,

    /// Write the log here instead of the data dir.
    #[arg(long, global = true, env = "OVHCART_LOG_FILE", value_name = "FILE", display_order = 902)]
    pub log_file: Option<PathBuf>,
}

/// How to reach the API: for the wizard and every command that talks to it.
#[derive(Debug, Clone, Default, Args)]
pub struct ApiArgs {
    /// API endpoint: ovh-eu, ovh-ca, ovh-us, kimsufi-eu/ca, soyoustart-eu/ca, or a base URL [default: OVH_ENDPOINT, then ovh.conf].
    #[arg(long, value_name = "NAME|URL")]
    pub endpoint: Option<String>,

    /// Read this ovh.conf after /etc/ovh.conf, ~/.ovh.conf and ./ovh.conf.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// How long one API read may go on retrying transient faults (network, timeout, 5xx, 429); 0: never retry [default: 30].
    #[arg(long, env = "OVHCART_RETRY_BUDGET", value_name = "SECONDS")]
    pub retry_budget: Option<u64>,

    /// The longest one API request may take, its whole answer read (at least 1) [default: 30].
    #[arg(long, env = "OVHCART_REQUEST_TIMEOUT", value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    pub request_timeout: Option<u64>,

    /// Accept sending credentials over plain http:// to a host that is not this machine (anyone on the way can read them).
    #[arg(long)]
    pub allow_clear_http: bool,
}

/// `--sandbox`, for the wizard and the commands that can run against it.
#[derive(Debug, Clone, Default, Args)]
pub struct SandboxFlag {
    /// Run against the embedded sandbox API with its demo credentials (nothing is billed); its knobs (--delivery-ms, …) go before the command.
    #[arg(long)]
    pub sandbox: bool,
}

/// The wizard's own flags.
#[derive(Debug, Clone, Args)]
pub struct WizardArgs {
    /// Bright, high-contrast colours in the wizard (NO_COLOR still turns colours off).
    #[arg(long, env = "OVHCART_HIGH_CONTRAST", value_parser = clap::builder::FalseyValueParser::new())]
    pub high_contrast: bool,

    /// Ask the wizard's questions line by line, for screen readers and simple terminals (automatic when TERM=dumb).
    #[arg(long, env = "OVHCART_PLAIN", value_parser = clap::builder::FalseyValueParser::new())]
    pub plain: bool,

    /// Preselect this subsidiary (e.g. FR, GB, QC); `ovhcart --subsidiary FR order …` orders for it.
    #[arg(long, env = "OVHCART_SUBSIDIARY", value_name = "CODE")]
    pub subsidiary: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the sandbox API on 127.0.0.1 and print its credentials as shell `export` lines.
    Sandbox(SandboxArgs),
    /// Create a consumer key limited to the routes ovhcart calls, and save it in ovh.conf.
    Login(super::login::LoginArgs),
    /// Check the endpoint, credentials, clock and the consumer key's rights.
    Doctor(super::doctor::DoctorArgs),
    /// Order a Public Cloud project without the full screen, or (`order status ID`) follow an order.
    Order(OrderArgs),
    /// List the carts of the account, with their items and expiry.
    Carts(CartsArgs),
    /// Show or delete one cart.
    #[command(subcommand)]
    Cart(CartCommand),
    /// Print a completion script for a shell, generated from these definitions.
    Completions(CompletionsArgs),
    /// Print the manual page (roff) of ovhcart or of one of its commands, generated from these definitions.
    Man(ManArgs),
}

#[derive(Debug, Clone, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct OrderArgs {
    #[command(subcommand)]
    pub command: Option<OrderCommand>,

    /// The project's name (its description in the Control Panel), 1 to 255 characters.
    #[arg(long, value_name = "NAME", required = true)]
    pub name: Option<String>,

    /// The subsidiary to order for (e.g. FR, GB, QC) [default: the account's].
    #[arg(long, env = "OVHCART_SUBSIDIARY", value_name = "CODE")]
    pub subsidiary: Option<String>,

    /// A voucher code, checked with OVHcloud before the order.
    #[arg(long, value_name = "CODE")]
    pub voucher: Option<String>,

    /// Add the HDS certification option (health data hosting, France) to the project; refused when it is not sold.
    #[arg(long)]
    pub hds: bool,

    /// Pay automatically with the account's default payment method.
    #[arg(long)]
    pub auto_pay: bool,

    /// Waive the right of withdrawal for this order (required: ovhcart does not order without this consent).
    #[arg(long)]
    pub waive_retraction: bool,

    /// Accept the contracts of this order, as listed with the quote (required: ovhcart does not order without this consent).
    #[arg(long)]
    pub accept_contracts: bool,

    /// For the IT subsidiary: approve specifically the clauses of art. 1341 and 1342 of the Italian Civil Code (required there).
    #[arg(long)]
    pub approve_clauses: bool,

    /// Stop after the quote and delete the cart; nothing is ordered.
    #[arg(long)]
    pub dry_run: bool,

    /// With --dry-run: keep the cart instead of deleting it.
    #[arg(long, requires = "dry_run")]
    pub keep_cart: bool,

    /// Place the order without asking (needed when there is no terminal to ask on).
    #[arg(short, long)]
    pub yes: bool,

    /// After ordering, wait until the project is delivered and print its id.
    #[arg(long)]
    pub follow: bool,

    /// With --follow: give up waiting after this many seconds (the order goes on).
    #[arg(long, value_name = "SECONDS", default_value_t = 1800, requires = "follow")]
    pub follow_timeout: u64,

    /// Print one JSON document on stdout instead of text.
    #[arg(long)]
    pub json: bool,

    #[command(flatten, next_help_heading = "Connection")]
    pub api: ApiArgs,

    #[command(flatten)]
    pub target: SandboxFlag,
}

#[derive(Debug, Clone, Subcommand)]
pub enum OrderCommand {
    /// Show an order's status and delivery steps, and its project id once delivered.
    Status(StatusArgs),
}

#[derive(Debug, Clone, Args)]
pub struct StatusArgs {
    /// The order id (a number, as printed by `ovhcart order`).
    #[arg(value_name = "ORDER_ID", allow_negative_numbers = true)]
    pub order_id: String,

    /// Wait until the project is delivered.
    #[arg(long)]
    pub follow: bool,

    /// With --follow: give up waiting after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 1800, requires = "follow")]
    pub follow_timeout: u64,

    /// Print one JSON document on stdout instead of text.
    #[arg(long)]
    pub json: bool,

    #[command(flatten, next_help_heading = "Connection")]
    pub api: ApiArgs,

    #[command(flatten)]
    pub target: SandboxFlag,
}

#[derive(Debug, Clone, Args)]
pub struct CartsArgs {
    /// Print one JSON document on stdout instead of text.
    #[arg(long)]
    pub json: bool,

    #[command(flatten, next_help_heading = "Connection")]
    pub api: ApiArgs,

    #[command(flatten)]
    pub target: SandboxFlag,
}

#[derive(Debug, Clone, Subcommand)]
pub enum CartCommand {
    /// Show a cart: its items, their configurations, and the quote.
    Show(CartShowArgs),
    /// Delete a cart (asks first on a terminal).
    Delete(CartDeleteArgs),
}

#[derive(Debug, Clone, Args)]
pub struct CartShowArgs {
    #[arg(value_name = "CART_ID")]
    pub cart_id: String,

    /// Print one JSON document on stdout instead of text.
    #[arg(long)]
    pub json: bool,

    #[command(flatten, next_help_heading = "Connection")]
    pub api: ApiArgs,

    #[command(flatten)]
    pub target: SandboxFlag,
}

#[derive(Debug, Clone, Args)]
pub struct CartDeleteArgs {
    #[arg(value_name = "CART_ID")]
    pub cart_id: String,

    /// Delete without asking (needed when there is no terminal to ask on).
    #[arg(short, long)]
    pub yes: bool,

    /// Print one JSON document on stdout instead of text.
    #[arg(long)]
    pub json: bool,

    #[command(flatten, next_help_heading = "Connection")]
    pub api: ApiArgs,

    #[command(flatten)]
    pub target: SandboxFlag,
}

#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Clone, Args)]
pub struct ManArgs {
    /// The command whose page to print (`order`, `order status`, `cart show`…); ovhcart's own page without one.
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
}

impl Cli {
    /// The run's settings: a flag given after the command wins over the same flag before it.
    pub fn global(&self) -> GlobalArgs {
        let (api, sandbox, subsidiary) = match &self.command {
            Some(Command::Login(args)) => (Some(&args.api), false, None),
            Some(Command::Doctor(args)) => (Some(&args.api), args.target.sandbox, None),
            Some(Command::Order(OrderArgs { command: Some(OrderCommand::Status(args)), .. })) => {
                (Some(&args.api), args.target.sandbox, None)
            }
            Some(Command::Order(args)) => (Some(&args.api), args.target.sandbox, args.subsidiary.clone()),
            Some(Command::Carts(args)) => (Some(&args.api), args.target.sandbox, None),
            Some(Command::Cart(CartCommand::Show(args))) => (Some(&args.api), args.target.sandbox, None),
            Some(Command::Cart(CartCommand::Delete(args))) => (Some(&args.api), args.target.sandbox, None),
            Some(Command::Sandbox(_) | Command::Completions(_) | Command::Man(_)) | None => (None, false, None),
        };
        let after = api.cloned().unwrap_or_default();
        let before = &self.api;
        GlobalArgs {
            endpoint: after.endpoint.or_else(|| before.endpoint.clone()),
            config: after.config.or_else(|| before.config.clone()),
            sandbox: self.target.sandbox || sandbox,
            lang: self.common.lang.clone(),
            verbose: self.common.verbose,
            log_file: self.common.log_file.clone(),
            high_contrast: self.wizard.high_contrast,
            plain: self.wizard.plain,
            subsidiary: subsidiary.or_else(|| self.wizard.subsidiary.clone()),
            retry_budget: after.retry_budget.or(before.retry_budget).unwrap_or(DEFAULT_RETRY_BUDGET),
            request_timeout: after.request_timeout.or(before.request_timeout).unwrap_or(DEFAULT_REQUEST_TIMEOUT),
            allow_clear_http: before.allow_clear_http || after.allow_clear_http,
        }
    }
}

/// Each command's examples, by its path (`""` is ovhcart itself). Each one must parse
/// (tested), and the README shows the same commands.
pub const EXAMPLES: &[(&str, &[&str])] = &[
    ("", &["ovhcart --sandbox", "ovhcart --plain --lang fr", "ovhcart --subsidiary GB --high-contrast"]),
    (
        "order",
        &[
            "ovhcart --sandbox --delivery-ms 300 order --name \"Build farm\" --voucher WELCOME50 --waive-retraction --accept-contracts --yes --follow",
            "ovhcart order --name \"Build farm\" --dry-run",
            "ovhcart order --name \"Build farm\" --subsidiary FR --waive-retraction --accept-contracts --yes --json",
        ],
    ),
    (
        "order status",
        &["ovhcart order status 237390675", "ovhcart order status 237390675 --follow --follow-timeout 600 --json"],
    ),
    ("carts", &["ovhcart carts", "ovhcart carts --json", "ovhcart --sandbox carts"]),
    (
        "cart show",
        &[
            "ovhcart cart show ef439a6f-5fc7-4f2c-85a6-ed4324107680",
            "ovhcart cart show ef439a6f-5fc7-4f2c-85a6-ed4324107680 --json",
        ],
    ),
    ("cart delete", &["ovhcart cart delete ef439a6f-5fc7-4f2c-85a6-ed4324107680 --yes"]),
    (
        "login",
        &[
            "ovhcart login",
            "ovhcart login --endpoint ovh-ca --no-qr",
            "ovhcart login --application-key KEY --application-secret-stdin --json < secret.txt",
        ],
    ),
    ("doctor", &["ovhcart doctor", "ovhcart doctor --json", "ovhcart --sandbox doctor"]),
    (
        "sandbox",
        &[
            "ovhcart sandbox --listen 127.0.0.1:8080",
            "ovhcart sandbox --situation fraud-review --delivery-ms 300",
            "ovhcart sandbox --fault-rate 0.2 --seed 7",
        ],
    ),
    (
        "completions",
        &[
            "ovhcart completions bash > ~/.local/share/bash-completion/completions/ovhcart",
            "ovhcart completions zsh > ~/.zfunc/_ovhcart",
            "ovhcart completions fish > ~/.config/fish/completions/ovhcart.fish",
        ],
    ),
    (
        "man",
        &[
            "ovhcart man > ~/.local/share/man/man1/ovhcart.1",
            "ovhcart man order | man -l -",
            "ovhcart man order status",
        ],
    ),
];

/// The command-line definition, with each command's examples under a heading in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let heading = tr(lang, msgid!("cli-help-examples"));
    let mut command = Cli::command();
    for (path, examples) in EXAMPLES {
        let text = format!("{heading}\n{}", examples.iter().map(|e| format!("  {e}")).collect::<Vec<_>>().join("\n"));
        command = with_after_help(command, &path.split_whitespace().collect::<Vec<_>>(), text);
    }
    command
}

fn with_after_help(command: clap::Command, path: &[&str], text: String) -> clap::Command {
    match path {
        [] => command.after_help(text),
        [name, rest @ ..] => command.mut_subcommand(*name, |sub| with_after_help(sub, rest, text)),
    }
}

/// The language of help and usage errors, read before the command line is: `--lang`
/// (or `--lang=`), else `OVHCART_LANG` and the locale; English when none is known.
pub fn help_language(args: &[OsString]) -> Lang {
    let mut flag = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word == "--lang" {
            flag = words.next().map(|w| w.into_owned());
        } else if let Some(value) = word.strip_prefix("--lang=") {
            flag = Some(value.to_owned());
        }
    }
    crate::engine::lang::resolve(flag.as_deref(), None).unwrap_or_default()
}

/// Reads the command line (`args` with the program name first). Besides clap's own
/// checks, flags given where they would do nothing are refused: the wizard's with a
/// command, the sandbox's knobs before a command without `--sandbox`.
pub fn parse(args: &[OsString]) -> Result<Cli, clap::Error> {
    let lang = help_language(args);
    let mut command = command(lang);
    let matches = command.try_get_matches_from_mut(args)?;
    let cli = Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))?;
    match misplaced(&matches, &cli) {
        Some((flag, msgid)) => {
            let message = tr_args(lang, msgid, &[("flag", &flag)]);
            Err(command.error(clap::error::ErrorKind::ArgumentConflict, message))
        }
        None => Ok(cli),
    }
}

/// The first flag given on the command line where it does nothing, with the catalogue
/// key of why.
fn misplaced(matches: &ArgMatches, cli: &Cli) -> Option<(String, &'static str)> {
    let typed = |id: &str| matches!(matches.value_source(id), Some(ValueSource::CommandLine));
    let first_typed = |group: clap::Command| {
        group
            .get_arguments()
            .find(|arg| typed(arg.get_id().as_str()))
            .map(|arg| format!("--{}", arg.get_long().unwrap_or_default()))
    };
    if cli.command.is_some() {
        for (id, flag) in [("plain", "--plain"), ("high_contrast", "--high-contrast")] {
            if typed(id) {
                return Some((flag.to_owned(), msgid!("cli-flag-wizard-only")));
            }
        }
        let ordering = matches!(&cli.command, Some(Command::Order(OrderArgs { command: None, .. })));
        if typed("subsidiary") && !ordering {
            return Some(("--subsidiary".to_owned(), msgid!("cli-flag-subsidiary")));
        }
        // The specific approval of clauses is Italian law; elsewhere the flag would do nothing.
        let approving = matches!(&cli.command, Some(Command::Order(OrderArgs { approve_clauses: true, .. })));
        let outside_italy = cli.global().subsidiary.as_deref().is_some_and(|code| !code.eq_ignore_ascii_case("IT"));
        if approving && outside_italy {
            return Some(("--approve-clauses".to_owned(), msgid!("cli-flag-clauses-italy")));
        }
    }
    if matches!(&cli.command, Some(Command::Sandbox(_) | Command::Completions(_) | Command::Man(_))) {
        let connection = SandboxFlag::augment_args(ApiArgs::augment_args(clap::Command::new("connection")));
        if let Some(flag) = first_typed(connection) {
            return Some((flag, msgid!("cli-flag-no-api")));
        }
    }
    if !cli.global().sandbox
        && let Some(flag) = first_typed(SandboxArgs::augment_args(clap::Command::new("sandbox")))
    {
        return Some((flag, msgid!("cli-flag-sandbox-only")));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(words: &[&str]) -> Result<Cli, clap::Error> {
        parse(&words.iter().map(OsString::from).collect::<Vec<_>>())
    }

    /// A shell line's words, up to a redirection or a pipe (quotes kept together).
    fn words(line: &str) -> Vec<String> {
        let mut words = Vec::new();
        let mut word = String::new();
        let mut quoted = false;
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                ' ' if !quoted => {
                    if !word.is_empty() {
                        words.push(std::mem::take(&mut word));
                    }
                }
                _ => word.push(c),
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
        words.into_iter().take_while(|w| !matches!(w.as_str(), "<" | ">" | "|")).collect()
    }

    #[test]
    fn display_and_plain_flags() {
        let cli = parse_words(&["ovhcart", "--high-contrast", "--plain"]).unwrap();
        assert!(cli.global().high_contrast && cli.global().plain);
        let cli = parse_words(&["ovhcart"]).unwrap();
        assert!(!cli.global().high_contrast && !cli.global().plain);
    }

    #[test]
    fn retry_budget_and_clear_http() {
        let cli = parse_words(&["ovhcart", "carts"]).unwrap();
        assert_eq!((cli.global().retry_budget, cli.global().allow_clear_http), (30, false));
        let cli = parse_words(&["ovhcart", "carts", "--retry-budget", "5", "--allow-clear-http"]).unwrap();
        assert_eq!((cli.global().retry_budget, cli.global().allow_clear_http), (5, true));
        let cli = parse_words(&["ovhcart", "--retry-budget", "7", "carts"]).unwrap();
        assert_eq!(cli.global().retry_budget, 7);
        let cli = parse_words(&["ovhcart", "--retry-budget", "7", "carts", "--retry-budget", "2"]).unwrap();
        assert_eq!(cli.global().retry_budget, 2, "after the command wins");
        assert!(parse_words(&["ovhcart", "--retry-budget", "-1"]).is_err());
        assert!(parse_words(&["ovhcart", "carts", "--request-timeout", "0"]).is_err());
    }

    #[test]
    fn connection_flags_go_before_or_after_the_command() {
        for words in [
            ["ovhcart", "--sandbox", "--endpoint", "ovh-ca", "order", "status", "1"].as_slice(),
            ["ovhcart", "order", "status", "1", "--sandbox", "--endpoint", "ovh-ca"].as_slice(),
        ] {
            let global = parse_words(words).unwrap().global();
            assert!(global.sandbox, "{words:?}");
            assert_eq!(global.endpoint.as_deref(), Some("ovh-ca"), "{words:?}");
        }
        let global = parse_words(&["ovhcart", "login", "--endpoint", "ovh-eu", "--config", "x.conf"]).unwrap().global();
        assert_eq!((global.endpoint.as_deref(), global.config), (Some("ovh-eu"), Some(PathBuf::from("x.conf"))));
        // login has no --sandbox of its own; before the command it is read and refused by login.
        assert!(parse_words(&["ovhcart", "login", "--sandbox"]).is_err());
        assert!(parse_words(&["ovhcart", "--sandbox", "login"]).unwrap().global().sandbox);
    }

    #[test]
    fn the_subsidiary_is_the_wizards_and_orders() {
        let global = parse_words(&["ovhcart", "order", "--name", "x", "--subsidiary", "GB"]).unwrap().global();
        assert_eq!(global.subsidiary.as_deref(), Some("GB"));
        let global = parse_words(&["ovhcart", "--subsidiary", "FR", "order", "--name", "x"]).unwrap().global();
        assert_eq!(global.subsidiary.as_deref(), Some("FR"));
        let refused = parse_words(&["ovhcart", "--subsidiary", "FR", "carts"]).err().unwrap();
        assert_eq!(refused.kind(), clap::error::ErrorKind::ArgumentConflict);
        assert!(refused.to_string().contains("--subsidiary"), "{refused}");
        assert!(parse_words(&["ovhcart", "carts", "--subsidiary", "FR"]).is_err());
    }

    #[test]
    fn wizard_flags_are_refused_with_a_command() {
        for flag in ["--plain", "--high-contrast"] {
            let refused = parse_words(&["ovhcart", flag, "carts"]).err().unwrap();
            assert_eq!(refused.kind(), clap::error::ErrorKind::ArgumentConflict, "{flag}");
            assert!(refused.to_string().contains(flag), "{refused}");
            assert!(parse_words(&["ovhcart", "carts", flag]).is_err(), "{flag} after the command");
            assert!(parse_words(&["ovhcart", flag]).is_ok());
        }
    }

    #[test]
    fn sandbox_knobs_need_the_sandbox() {
        assert_eq!(
            parse_words(&["ovhcart", "--sandbox", "--delivery-ms", "300", "carts"]).unwrap().sandbox.delivery_ms,
            300
        );
        assert!(parse_words(&["ovhcart", "--delivery-ms", "300", "carts", "--sandbox"]).is_ok());
        let refused = parse_words(&["ovhcart", "--delivery-ms", "300", "carts"]).err().unwrap();
        assert_eq!(refused.kind(), clap::error::ErrorKind::ArgumentConflict);
        assert!(
            refused.to_string().contains("--delivery-ms") && refused.to_string().contains("--sandbox"),
            "{refused}"
        );
        assert!(parse_words(&["ovhcart", "--fault-rate", "0.5"]).is_err(), "the wizard too");
        assert!(parse_words(&["ovhcart", "--latency-ms", "5", "sandbox"]).is_err(), "knobs of `sandbox` go after it");
        let Command::Sandbox(knobs) =
            parse_words(&["ovhcart", "sandbox", "--latency-ms", "5"]).unwrap().command.unwrap()
        else {
            panic!("the sandbox command")
        };
        assert_eq!(knobs.latency_ms, 5);
        // Only what is typed counts: a default (or an environment twin) is not "given".
        assert!(parse_words(&["ovhcart", "carts"]).is_ok());
    }

    #[test]
    fn dependent_flags_are_refused_alone() {
        let alone = |words: &[&str]| parse_words(words).err().map(|e| e.kind());
        let missing = Some(clap::error::ErrorKind::MissingRequiredArgument);
        assert_eq!(alone(&["ovhcart", "order", "--name", "x", "--follow-timeout", "60"]), missing);
        assert_eq!(alone(&["ovhcart", "order", "status", "1", "--follow-timeout", "60"]), missing);
        assert_eq!(alone(&["ovhcart", "order", "--name", "x", "--keep-cart"]), missing);
        assert_eq!(alone(&["ovhcart", "sandbox", "--expose"]), missing);
        assert_eq!(alone(&["ovhcart", "order", "--name", "x", "--follow", "--follow-timeout", "60"]), None);
        assert_eq!(alone(&["ovhcart", "order", "--name", "x", "--dry-run", "--keep-cart"]), None);
        assert_eq!(alone(&["ovhcart", "order", "status", "1", "--follow"]), None);
    }

    #[test]
    fn every_example_parses() {
        for (path, examples) in EXAMPLES {
            let mut command = Cli::command();
            for name in path.split_whitespace() {
                command = command.find_subcommand(name).unwrap_or_else(|| panic!("no command {path}")).clone();
            }
            for example in *examples {
                let words = words(example);
                assert_eq!(words[0], "ovhcart", "{example}");
                let named =
                    words.iter().filter(|w| !w.starts_with('-')).any(|w| path.split_whitespace().any(|p| p == w));
                assert!(path.is_empty() || named, "{example} is not an example of `{path}`");
                let args: Vec<OsString> = words.iter().map(OsString::from).collect();
                if let Err(e) = parse(&args) {
                    panic!("{example}: {e}");
                }
                // An example that orders would be refused without both consents.
                let orders =
                    *path == "order" && words.iter().any(|w| w == "--yes") && !words.contains(&"--dry-run".into());
                for consent in ["--waive-retraction", "--accept-contracts"] {
                    assert!(!orders || words.iter().any(|w| w == consent), "{example} lacks {consent}");
                }
            }
        }
        let documented: Vec<&str> = EXAMPLES.iter().map(|(path, _)| *path).collect();
        let mut commands = vec![String::new()];
        for sub in Cli::command().get_subcommands() {
            commands.push(sub.get_name().to_owned());
            commands.extend(sub.get_subcommands().map(|s| format!("{} {}", sub.get_name(), s.get_name())));
        }
        for path in commands.iter().filter(|p| p.as_str() != "cart") {
            assert!(documented.contains(&path.as_str()), "`{path}` has no examples");
        }
    }

    #[test]
    fn each_command_lists_its_own_flags_only() {
        let mut command = command(Lang::En);
        command.build();
        let longs = |cmd: &clap::Command| -> Vec<String> {
            cmd.get_arguments().filter_map(|a| a.get_long()).map(str::to_owned).collect()
        };
        let carts = longs(command.find_subcommand("carts").unwrap());
        for own in ["json", "endpoint", "sandbox", "retry-budget", "lang"] {
            assert!(carts.iter().any(|l| l == own), "carts lacks --{own}: {carts:?}");
        }
        for foreign in ["plain", "high-contrast", "subsidiary", "delivery-ms", "listen", "fault-rate"] {
            assert!(!carts.iter().any(|l| l == foreign), "carts lists --{foreign}: {carts:?}");
        }
        let sandbox = longs(command.find_subcommand("sandbox").unwrap());
        assert!(sandbox.iter().any(|l| l == "delivery-ms"), "{sandbox:?}");
        for foreign in ["endpoint", "sandbox", "plain", "json", "retry-budget"] {
            assert!(!sandbox.iter().any(|l| l == foreign), "sandbox lists --{foreign}: {sandbox:?}");
        }
        let login = longs(command.find_subcommand("login").unwrap());
        assert!(!login.iter().any(|l| l == "sandbox" || l == "plain"), "{login:?}");
        let order = longs(command.find_subcommand("order").unwrap());
        assert!(order.iter().any(|l| l == "subsidiary"), "{order:?}");
    }

    #[test]
    fn help_ends_with_examples_in_the_persons_language() {
        let mut command = command(Lang::Fr);
        let help = command.find_subcommand_mut("order").unwrap().render_long_help().to_string();
        assert!(help.contains(&tr(Lang::Fr, msgid!("cli-help-examples"))), "{help}");
        assert!(help.contains("ovhcart order --name \"Build farm\" --dry-run"), "{help}");
        let language = |words: &[&str]| help_language(&words.iter().map(OsString::from).collect::<Vec<_>>());
        assert_eq!(language(&["ovhcart", "--lang", "de", "order", "--help"]), Lang::De);
        assert_eq!(language(&["ovhcart", "carts", "--lang=pl"]), Lang::Pl);
    }
}
