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
use crate::sandbox::{SandboxArgs, Situation};

#[derive(Debug, Parser)]
#[command(
    name = "ovhcart",
    version,
    about = msgid!("usage-about"),
    long_about = msgid!("usage-about-long")
)]
pub struct Cli {
    #[command(flatten)]
    pub common: CommonArgs,

    #[command(flatten, next_help_heading = msgid!("usage-heading-connection-anywhere"))]
    pub api: ApiArgs,

    #[command(flatten)]
    pub target: SandboxFlag,

    #[command(flatten, next_help_heading = msgid!("usage-heading-wizard"))]
    pub wizard: WizardArgs,

    #[command(flatten)]
    pub sandbox: SandboxArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What applies to every way of running ovhcart.
#[derive(Debug, Clone, Args)]
pub struct CommonArgs {
    #[arg(help = msgid!("usage-arg-lang"), long, global = true, env = "OVHCART_LANG", value_name = "LANG", display_order = 900)]
    pub lang: Option<String>,

    #[arg(help = msgid!("usage-arg-verbose"), short, long, global = true, action = clap::ArgAction::Count, display_order = 901)]
    pub verbose: u8,

    #[arg(help = msgid!("usage-arg-log-file"), long, global = true, env = "OVHCART_LOG_FILE", value_name = "FILE", display_order = 902)]
    pub log_file: Option<PathBuf>,
}

/// How to reach the API: for the wizard and every command that talks to it.
#[derive(Debug, Clone, Default, Args)]
pub struct ApiArgs {
    #[arg(help = msgid!("usage-arg-endpoint"), long, value_name = "NAME|URL")]
    pub endpoint: Option<String>,

    #[arg(help = msgid!("usage-arg-config"), long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    #[arg(help = msgid!("usage-arg-retry-budget"), long, env = "OVHCART_RETRY_BUDGET", value_name = "SECONDS")]
    pub retry_budget: Option<u64>,

    #[arg(help = msgid!("usage-arg-request-timeout"), long, env = "OVHCART_REQUEST_TIMEOUT", value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    pub request_timeout: Option<u64>,

    #[arg(help = msgid!("usage-arg-allow-clear-http"), long)]
    pub allow_clear_http: bool,
}

/// `--sandbox`, for the wizard and the commands that can run against it.
#[derive(Debug, Clone, Default, Args)]
pub struct SandboxFlag {
    #[arg(help = msgid!("usage-arg-sandbox"), long)]
    pub sandbox: bool,
}

/// The wizard's own flags.
#[derive(Debug, Clone, Args)]
pub struct WizardArgs {
    #[arg(help = msgid!("usage-arg-high-contrast"), long, env = "OVHCART_HIGH_CONTRAST", value_parser = clap::builder::FalseyValueParser::new())]
    pub high_contrast: bool,

    #[arg(help = msgid!("usage-arg-plain"), long, env = "OVHCART_PLAIN", value_parser = clap::builder::FalseyValueParser::new())]
    pub plain: bool,

    #[arg(help = msgid!("usage-arg-subsidiary"), long, env = "OVHCART_SUBSIDIARY", value_name = "CODE")]
    pub subsidiary: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = msgid!("usage-about-sandbox"))]
    Sandbox(SandboxArgs),
    #[command(about = msgid!("usage-about-login"))]
    Login(super::login::LoginArgs),
    #[command(about = msgid!("usage-about-doctor"))]
    Doctor(super::doctor::DoctorArgs),
    #[command(about = msgid!("usage-about-order"))]
    Order(OrderArgs),
    #[command(about = msgid!("usage-about-carts"))]
    Carts(CartsArgs),
    #[command(about = msgid!("usage-about-cart"), subcommand)]
    Cart(CartCommand),
    #[command(about = msgid!("usage-about-completions"))]
    Completions(CompletionsArgs),
    #[command(about = msgid!("usage-about-man"))]
    Man(ManArgs),
}

#[derive(Debug, Clone, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct OrderArgs {
    #[command(subcommand)]
    pub command: Option<OrderCommand>,

    #[arg(help = msgid!("usage-arg-name"), long, value_name = "NAME", required = true)]
    pub name: Option<String>,

    #[arg(help = msgid!("usage-arg-order-subsidiary"), long, env = "OVHCART_SUBSIDIARY", value_name = "CODE")]
    pub subsidiary: Option<String>,

    #[arg(help = msgid!("usage-arg-voucher"), long, value_name = "CODE")]
    pub voucher: Option<String>,

    #[arg(help = msgid!("usage-arg-hds"), long)]
    pub hds: bool,

    #[arg(help = msgid!("usage-arg-auto-pay"), long)]
    pub auto_pay: bool,

    #[arg(help = msgid!("usage-arg-waive-retraction"), long)]
    pub waive_retraction: bool,

    #[arg(help = msgid!("usage-arg-accept-contracts"), long)]
    pub accept_contracts: bool,

    #[arg(help = msgid!("usage-arg-approve-clauses"), long)]
    pub approve_clauses: bool,

    #[arg(help = msgid!("usage-arg-dry-run"), long)]
    pub dry_run: bool,

    #[arg(help = msgid!("usage-arg-keep-cart"), long, requires = "dry_run")]
    pub keep_cart: bool,

    #[arg(help = msgid!("usage-arg-order-yes"), short, long)]
    pub yes: bool,

    #[arg(help = msgid!("usage-arg-order-follow"), long)]
    pub follow: bool,

    #[arg(help = msgid!("usage-arg-order-follow-timeout"), long, value_name = "SECONDS", default_value_t = 1800, requires = "follow")]
    pub follow_timeout: u64,

    #[arg(help = msgid!("usage-arg-json"), long)]
    pub json: bool,

    #[command(flatten, next_help_heading = msgid!("usage-heading-connection"))]
    pub api: ApiArgs,

    #[command(flatten)]
    pub target: SandboxFlag,
}

#[derive(Debug, Clone, Subcommand)]
pub enum OrderCommand {
    #[command(about = msgid!("usage-about-order-status"))]
    Status(StatusArgs),
}

#[derive(Debug, Clone, Args)]
pub struct StatusArgs {
    #[arg(help = msgid!("usage-arg-order-id"), value_name = "ORDER_ID", allow_negative_numbers = true)]
    pub order_id: String,

    #[arg(help = msgid!("usage-arg-status-follow"), long)]
    pub follow: bool,

    #[arg(help = msgid!("usage-arg-status-follow-timeout"), long, value_name = "SECONDS", default_value_t = 1800, requires = "follow")]
    pub follow_timeout: u64,

    #[arg(help = msgid!("usage-arg-json"), long)]
    pub json: bool,

    #[command(flatten, next_help_heading = msgid!("usage-heading-connection"))]
    pub api: ApiArgs,

    #[command(flatten)]
    pub target: SandboxFlag,
}

#[derive(Debug, Clone, Args)]
pub struct CartsArgs {
    #[arg(help = msgid!("usage-arg-json"), long)]
    pub json: bool,

    #[command(flatten, next_help_heading = msgid!("usage-heading-connection"))]
    pub api: ApiArgs,

    #[command(flatten)]
    pub target: SandboxFlag,
}

#[derive(Debug, Clone, Subcommand)]
pub enum CartCommand {
    #[command(about = msgid!("usage-about-cart-show"))]
    Show(CartShowArgs),
    #[command(about = msgid!("usage-about-cart-delete"))]
    Delete(CartDeleteArgs),
}

#[derive(Debug, Clone, Args)]
pub struct CartShowArgs {
    #[arg(value_name = "CART_ID")]
    pub cart_id: String,

    #[arg(help = msgid!("usage-arg-json"), long)]
    pub json: bool,

    #[command(flatten, next_help_heading = msgid!("usage-heading-connection"))]
    pub api: ApiArgs,

    #[command(flatten)]
    pub target: SandboxFlag,
}

#[derive(Debug, Clone, Args)]
pub struct CartDeleteArgs {
    #[arg(value_name = "CART_ID")]
    pub cart_id: String,

    #[arg(help = msgid!("usage-arg-cart-delete-yes"), short, long)]
    pub yes: bool,

    #[arg(help = msgid!("usage-arg-json"), long)]
    pub json: bool,

    #[command(flatten, next_help_heading = msgid!("usage-heading-connection"))]
    pub api: ApiArgs,

    #[command(flatten)]
    pub target: SandboxFlag,
}

#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    #[arg(help = msgid!("usage-arg-shell"), value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Clone, Args)]
pub struct ManArgs {
    #[arg(help = msgid!("usage-arg-command"), value_name = "COMMAND")]
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
    // Built, every command has its generated `--help` and `help`, and the global flags.
    command.build();
    translated(command, lang)
}

/// Every text of the help in `lang`. The definitions name catalogue keys (`msgid!`) where
/// help is written; what clap adds itself (its headings, `--help`, `--version`, the `help`
/// command) is named here.
fn translated(mut command: clap::Command, lang: Lang) -> clap::Command {
    let key = |text: &clap::builder::StyledStr| tr(lang, &text.to_string());
    if command.get_name() == "help" {
        command = command.about(tr(lang, msgid!("usage-about-help")));
    } else if let Some(about) = command.get_about().map(key) {
        command = command.about(about);
    }
    if let Some(long_about) = command.get_long_about().map(key) {
        command = command.long_about(long_about);
    }
    let usage = tr(lang, msgid!("usage-heading-usage"));
    command = command
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(tr(lang, msgid!("usage-heading-commands")));
    let ids: Vec<clap::Id> = command.get_arguments().map(|arg| arg.get_id().clone()).collect();
    for id in ids {
        command = command.mut_arg(id, |arg| translated_arg(arg, lang));
    }
    let names: Vec<String> = command.get_subcommands().map(|sub| sub.get_name().to_owned()).collect();
    for name in names {
        command = command.mut_subcommand(name, |sub| translated(sub, lang));
    }
    command
}

fn translated_arg(arg: clap::Arg, lang: Lang) -> clap::Arg {
    let (help, long_help) = match arg.get_id().as_str() {
        "help" => {
            let clap_says = |text: &clap::builder::StyledStr| tr(lang, help_flag_text(&text.to_string()));
            (arg.get_help().map(clap_says), arg.get_long_help().map(clap_says))
        }
        "version" => (Some(tr(lang, msgid!("usage-arg-version"))), None),
        _ => (arg.get_help().map(|key| tr(lang, &key.to_string())), None),
    };
    let arg = match long_help {
        Some(long_help) => arg.long_help(long_help),
        None => arg,
    };
    // clap's own headings ("Arguments", "Options") have no setter: each flag names its own.
    let heading = match arg.get_help_heading() {
        Some(key) => tr(lang, key),
        None if arg.is_positional() => tr(lang, msgid!("usage-heading-arguments")),
        None => tr(lang, msgid!("usage-heading-options")),
    };
    let arg = if arg.get_id() == "situation" { arg.value_parser(translated_values::<Situation>(lang)) } else { arg };
    match help {
        Some(help) => arg.help(help),
        None => arg,
    }
    .help_heading(heading)
}

/// The catalogue key of what clap says of `--help`: plain, or pointing to the other form
/// when the command's long help says more.
fn help_flag_text(text: &str) -> &'static str {
    if text.contains("'--help'") {
        msgid!("usage-arg-help-more")
    } else if text.contains("'-h'") {
        msgid!("usage-arg-help-summary")
    } else {
        msgid!("usage-arg-help")
    }
}

/// The values of a `ValueEnum` flag with their help in `lang`, parsed to the same type.
fn translated_values<T: clap::ValueEnum + Default + Clone + Send + Sync + 'static>(
    lang: Lang,
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::TypedValueParser;
    let values = T::value_variants().iter().filter_map(clap::ValueEnum::to_possible_value).map(|value| {
        match value.get_help().map(|key| tr(lang, &key.to_string())) {
            Some(help) => value.help(help),
            None => value,
        }
    });
    clap::builder::PossibleValuesParser::new(values).map(|name| T::from_str(&name, false).unwrap_or_default())
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

    /// Every help text the definitions give is a catalogue key (so it is translated): each
    /// command's description, each flag's and value's help, each heading.
    #[test]
    fn every_help_text_is_a_catalogue_key() {
        fn check(command: &clap::Command, path: &str, found: &mut Vec<String>) {
            let is_key = |text: &str| text.starts_with("usage-") && tr(Lang::En, text) != text;
            let about = command.get_about().map(ToString::to_string).unwrap_or_default();
            if command.get_name() != "help" && !is_key(&about) {
                found.push(format!("`{path}`: {about:?}"));
            }
            for arg in command.get_arguments().filter(|arg| !["help", "version"].contains(&arg.get_id().as_str())) {
                let help = arg.get_help().map(ToString::to_string);
                let values =
                    arg.get_possible_values().into_iter().filter_map(|v| v.get_help().map(ToString::to_string));
                let heading = arg.get_help_heading().map(str::to_owned);
                for text in help.into_iter().chain(values).chain(heading) {
                    if !is_key(&text) {
                        found.push(format!("`{path}` {}: {text:?}", arg.get_id()));
                    }
                }
                if arg.get_help().is_none() && !arg.is_positional() {
                    found.push(format!("`{path}` {}: no help", arg.get_id()));
                }
            }
            for sub in command.get_subcommands() {
                check(sub, format!("{path} {}", sub.get_name()).trim(), found);
            }
        }
        let mut command = Cli::command();
        command.build();
        let mut found = Vec::new();
        check(&command, "", &mut found);
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn the_help_is_in_the_language_asked_for() {
        let mut command = command(Lang::Fr);
        let order = command.find_subcommand_mut("order").unwrap().render_help().to_string();
        for key in ["usage-heading-usage", "usage-arg-name", "usage-arg-waive-retraction", "usage-heading-connection"] {
            assert!(order.contains(&tr(Lang::Fr, key)), "{key} in French: {order}");
        }
        assert!(order.contains(&tr(Lang::Fr, "cli-help-examples")), "{order}");
        assert!(!order.contains("The project's name"), "no English left: {order}");
        let sandbox = command.find_subcommand_mut("sandbox").unwrap().render_long_help().to_string();
        assert!(sandbox.contains(&tr(Lang::Fr, "usage-situation-fraud-review")), "{sandbox}");
        let english = self::command(Lang::En).render_help().to_string();
        assert!(english.contains("Usage: ovhcart [OPTIONS] [COMMAND]") && english.contains("Options:"), "{english}");
    }

    /// The flag whose values carry help still parses to its type, once translated.
    #[test]
    fn a_translated_value_still_parses() {
        let cli =
            parse(&["ovhcart", "--lang", "de", "sandbox", "--situation", "fraud-review"].map(OsString::from)).unwrap();
        let Some(Command::Sandbox(args)) = cli.command else { panic!("{:?}", cli.command) };
        assert_eq!(args.situation, Situation::FraudReview);
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
