//! The command line: global flags, the commands, and their environment twins.

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
    pub global: crate::args::GlobalArgs,

    #[command(flatten, next_help_heading = "Sandbox (for `ovhcart sandbox` and --sandbox runs)")]
    pub sandbox: crate::sandbox::SandboxArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the sandbox API on 127.0.0.1 and print its credentials as shell `export` lines.
    Sandbox,
    /// Create a consumer key limited to the routes ovhcart calls, and save it in ovh.conf.
    Login(super::login::LoginArgs),
    /// Check the endpoint, credentials, clock and the consumer key's rights.
    Doctor(super::doctor::DoctorArgs),
    /// Order a Public Cloud project without the full screen, or (`order status ID`) follow an order.
    Order(OrderArgs),
    /// List the carts of the account, with their items and expiry.
    Carts(JsonArg),
    /// Show or delete one cart.
    #[command(subcommand)]
    Cart(CartCommand),
}

#[derive(Debug, Clone, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct OrderArgs {
    #[command(subcommand)]
    pub command: Option<OrderCommand>,

    /// The project's name (its description in the Control Panel), 1 to 255 characters.
    #[arg(long, value_name = "NAME", required = true)]
    pub name: Option<String>,

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
    #[arg(long, value_name = "SECONDS", default_value_t = 1800)]
    pub follow_timeout: u64,

    /// Print one JSON document on stdout instead of text.
    #[arg(long)]
    pub json: bool,
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
    #[arg(long, value_name = "SECONDS", default_value_t = 1800)]
    pub follow_timeout: u64,

    /// Print one JSON document on stdout instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Args)]
pub struct JsonArg {
    /// Print one JSON document on stdout instead of text.
    #[arg(long)]
    pub json: bool,
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
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::Cli;

    #[test]
    fn display_and_plain_flags() {
        let cli = Cli::try_parse_from(["ovhcart", "--high-contrast", "--plain"]).unwrap();
        assert!(cli.global.high_contrast && cli.global.plain);
        let cli = Cli::try_parse_from(["ovhcart"]).unwrap();
        assert!(!cli.global.high_contrast && !cli.global.plain);
    }

    #[test]
    fn retry_budget_and_clear_http() {
        let cli = Cli::try_parse_from(["ovhcart", "carts"]).unwrap();
        assert_eq!((cli.global.retry_budget, cli.global.allow_clear_http), (30, false));
        let cli = Cli::try_parse_from(["ovhcart", "carts", "--retry-budget", "5", "--allow-clear-http"]).unwrap();
        assert_eq!((cli.global.retry_budget, cli.global.allow_clear_http), (5, true));
        assert!(Cli::try_parse_from(["ovhcart", "--retry-budget", "-1"]).is_err());
    }
}
