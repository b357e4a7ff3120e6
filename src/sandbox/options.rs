//! The sandbox's knobs, as a struct for tests and as flags (with `OVHCART_SANDBOX_*`
//! environment twins) for `ovhcart sandbox` and `--sandbox` runs.

use std::net::SocketAddr;
use std::time::Duration;

use super::situation::Situation;

/// The HDS option's monthly price by default: no public price was found, so this is an
/// assumption of the order of a monthly add-on (the certification itself also needs a
/// Business or Enterprise support level, which the sandbox does not sell).
pub const HDS_PRICE_CENTS: i64 = 1_500;

/// How a sandbox behaves. `Default` is loopback on a free port, no faults, no latency.
#[derive(Debug, Clone)]
pub struct SandboxOptions {
    pub listen: SocketAddr,
    /// Whether `listen` may be other than a loopback address (`--expose`): the sandbox
    /// hands its demo credentials to anyone and takes orders.
    pub expose: bool,
    /// Delay added before every answer.
    pub latency: Duration,
    /// Probability (0..=1) that a request meets a fault.
    pub fault_rate: f64,
    /// Seed of fault picks and generated ids; `None` picks one at random.
    pub seed: Option<u64>,
    /// Seconds added to real time to get sandbox time (`/auth/time`, timestamps, expiry).
    pub clock_skew_secs: i64,
    /// Lifetime of a new cart.
    pub cart_ttl: Duration,
    /// Time from payment to delivery.
    pub delivery: Duration,
    /// Monthly price of the project plan, in cents of the cart's currency.
    pub plan_price_cents: i64,
    /// Monthly price of the HDS certification option, in cents of the cart's currency.
    pub hds_price_cents: i64,
    /// The first N `POST …/checkout` answers are lost after the order was created.
    pub lose_checkout_answers: u32,
    /// Lifetime of an OAuth2 access token.
    pub token_ttl: Duration,
    /// Largest accepted request body.
    pub max_body_bytes: usize,
    /// What the demo account is like (eligibility, payment methods, fraud review, US API).
    pub situation: Situation,
}

impl Default for SandboxOptions {
    fn default() -> Self {
        SandboxOptions {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            expose: false,
            latency: Duration::ZERO,
            fault_rate: 0.0,
            seed: None,
            clock_skew_secs: 0,
            cart_ttl: Duration::from_secs(86_400),
            delivery: Duration::from_millis(6_000),
            plan_price_cents: 0,
            hds_price_cents: HDS_PRICE_CENTS,
            lose_checkout_answers: 0,
            token_ttl: Duration::from_secs(3_600),
            max_body_bytes: 1024 * 1024,
            situation: Situation::Ready,
        }
    }
}

/// The flags of `ovhcart sandbox` (and of `ovhcart --sandbox` runs, before the command).
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = msgid!("usage-heading-sandbox"))]
pub struct SandboxArgs {
    #[arg(help = msgid!("usage-arg-listen"), long, env = "OVHCART_SANDBOX_LISTEN", default_value = "127.0.0.1:0")]
    pub listen: SocketAddr,
    #[arg(help = msgid!("usage-arg-expose"), long, requires = "listen")]
    pub expose: bool,
    #[arg(help = msgid!("usage-arg-latency-ms"), long, env = "OVHCART_SANDBOX_LATENCY_MS", default_value_t = 0)]
    pub latency_ms: u64,
    #[arg(help = msgid!("usage-arg-fault-rate"), long, env = "OVHCART_SANDBOX_FAULT_RATE", default_value_t = 0.0, value_parser = parse_rate)]
    pub fault_rate: f64,
    #[arg(help = msgid!("usage-arg-seed"), long, env = "OVHCART_SANDBOX_SEED")]
    pub seed: Option<u64>,
    #[arg(help = msgid!("usage-arg-clock-skew"), long, env = "OVHCART_SANDBOX_CLOCK_SKEW", default_value_t = 0, allow_negative_numbers = true)]
    pub clock_skew: i64,
    #[arg(help = msgid!("usage-arg-cart-ttl"), long, env = "OVHCART_SANDBOX_CART_TTL", default_value_t = 86_400)]
    pub cart_ttl: u64,
    #[arg(help = msgid!("usage-arg-delivery-ms"), long, env = "OVHCART_SANDBOX_DELIVERY_MS", default_value_t = 6_000)]
    pub delivery_ms: u64,
    #[arg(help = msgid!("usage-arg-plan-price-cents"), long, env = "OVHCART_SANDBOX_PLAN_PRICE_CENTS", default_value_t = 0)]
    pub plan_price_cents: u32,
    #[arg(help = msgid!("usage-arg-hds-price-cents"), long, global = true, env = "OVHCART_SANDBOX_HDS_PRICE_CENTS", default_value_t = HDS_PRICE_CENTS as u32)]
    pub hds_price_cents: u32,
    #[arg(help = msgid!("usage-arg-lose-checkout-answers"), long, env = "OVHCART_SANDBOX_LOSE_CHECKOUT_ANSWERS", default_value_t = 0)]
    pub lose_checkout_answers: u32,
    #[arg(help = msgid!("usage-arg-token-ttl"), long, env = "OVHCART_SANDBOX_TOKEN_TTL", default_value_t = 3_600)]
    pub token_ttl: u64,
    #[arg(help = msgid!("usage-arg-situation"), long, env = "OVHCART_SANDBOX_SITUATION", value_enum, default_value_t = Situation::Ready)]
    pub situation: Situation,
}

fn parse_rate(text: &str) -> Result<f64, String> {
    let rate: f64 = text.trim().parse().map_err(|_| format!("{text} is not a number"))?;
    if (0.0..=1.0).contains(&rate) { Ok(rate) } else { Err(format!("{text} is not between 0 and 1")) }
}

impl SandboxArgs {
    pub fn options(&self) -> SandboxOptions {
        SandboxOptions {
            listen: self.listen,
            expose: self.expose,
            latency: Duration::from_millis(self.latency_ms),
            fault_rate: self.fault_rate,
            seed: self.seed,
            clock_skew_secs: self.clock_skew,
            cart_ttl: Duration::from_secs(self.cart_ttl),
            delivery: Duration::from_millis(self.delivery_ms),
            plan_price_cents: i64::from(self.plan_price_cents),
            hds_price_cents: i64::from(self.hds_price_cents),
            lose_checkout_answers: self.lose_checkout_answers,
            token_ttl: Duration::from_secs(self.token_ttl),
            situation: self.situation,
            ..SandboxOptions::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: SandboxArgs,
    }

    #[test]
    fn flags_map_to_options() {
        let cli = Cli::try_parse_from(["x", "--fault-rate", "0.25", "--clock-skew", "-90", "--seed", "3"]).unwrap();
        let o = cli.args.options();
        assert_eq!((o.fault_rate, o.clock_skew_secs, o.seed), (0.25, -90, Some(3)));
        assert!(o.listen.ip().is_loopback());
        assert!(Cli::try_parse_from(["x", "--fault-rate", "2"]).is_err());
        assert!(!o.expose);
        let cli = Cli::try_parse_from(["x", "--listen", "0.0.0.0:8080", "--expose"]).unwrap();
        assert!(cli.args.options().expose);
        // --expose alone would change nothing: refused, like any flag that needs another.
        let alone = Cli::try_parse_from(["x", "--expose"]).err().expect("--expose needs --listen");
        assert_eq!(alone.kind(), clap::error::ErrorKind::MissingRequiredArgument);
    }
}
