//! `ovhcart carts`, `ovhcart cart show ID`, `ovhcart cart delete ID`: the carts of the
//! account, so that none is left behind unseen.
//!
//! An unknown cart id is bad input (exit 2): the API answers 404 for a cart that never
//! existed, expired (carts last a day) or was deleted.

use serde::Serialize;

use crate::api::flow;
use crate::api::models::{Cart, ConfigurationItem, Item, ItemPrice};
use crate::api::{ApiError, ErrorKind};
use crate::sandbox::SandboxArgs;

use super::args::{CartDeleteArgs, CartShowArgs, CartsArgs};
use super::confirm::{self, Answer};
use super::interrupt::Interrupt;
use super::output::{Out, Problem};
use super::quote::{self, QuoteJson};
use crate::args::GlobalArgs;
use crate::engine::connect::{Connection, connect};
use crate::engine::{Exit, Failure};

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CartSummary {
    pub cart_id: String,
    pub description: String,
    /// Made by ovhcart (its description starts with `ovhcart `).
    pub ovhcart: bool,
    pub expire: Option<String>,
    pub items: usize,
    pub read_only: bool,
}

impl From<&Cart> for CartSummary {
    fn from(cart: &Cart) -> CartSummary {
        CartSummary {
            cart_id: cart.cart_id.clone(),
            description: cart.description.clone(),
            ovhcart: flow::is_ovhcart_cart(cart),
            expire: cart.expire.clone(),
            items: cart.items.len(),
            read_only: cart.read_only,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct CartsReport {
    pub carts: Vec<CartSummary>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CartReport {
    pub cart: CartSummary,
    pub items: Vec<ItemJson>,
    pub quote: Option<QuoteJson>,
    /// Why the quote could not be read (the rest of the report stands).
    pub quote_error: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemJson {
    pub item_id: i64,
    pub product_id: String,
    pub plan_code: Option<String>,
    pub duration: Option<String>,
    pub prices: Vec<ItemPrice>,
    pub configurations: Vec<ConfigurationItem>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteReport {
    pub cart_id: String,
    pub deleted: bool,
}

async fn open(out: &Out, global: &GlobalArgs, sandbox: &SandboxArgs) -> Result<Connection, Problem> {
    connect(out.lang, global, sandbox).await.map_err(Problem::from_failure)
}

/// Runs `work`, or stops with exit 130 on Ctrl-C (nothing here needs finishing).
async fn interruptible<T>(
    out: &Out,
    interrupt: &Interrupt,
    work: impl Future<Output = Result<T, Problem>>,
) -> Result<T, Problem> {
    tokio::select! {
        result = work => result,
        _ = interrupt.pressed() => Err(Problem::interrupted(out.t(msgid!("cli-interrupted")))),
    }
}

pub async fn list(global: &GlobalArgs, args: &CartsArgs, sandbox: &SandboxArgs) -> Result<(), Failure> {
    let out = Out::new(global, args.json)?;
    let interrupt = Interrupt::install();
    let result = interruptible(&out, &interrupt, async {
        let conn = open(&out, global, sandbox).await?;
        let failed = |e: ApiError| Problem::api(out.lang, &out.t(msgid!("cli-failed-carts")), &e);
        let carts = flow::read_carts(&conn.client).await.map_err(failed)?;
        let summaries: Vec<CartSummary> = carts.iter().map(|listed| CartSummary::from(&listed.cart)).collect();
        print_list(&out, &summaries);
        Ok(CartsReport { carts: summaries })
    })
    .await;
    out.finish(result)
}

fn print_list(out: &Out, carts: &[CartSummary]) {
    if carts.is_empty() {
        out.say(&out.t(msgid!("cli-no-carts")));
        return;
    }
    for cart in carts {
        out.say(&summary_line(out, cart));
    }
}

fn summary_line(out: &Out, cart: &CartSummary) -> String {
    let mut marks = Vec::new();
    if cart.ovhcart {
        marks.push(out.t(msgid!("cli-cart-mine")));
    }
    if cart.read_only {
        marks.push(out.t(msgid!("cli-cart-read-only")));
    }
    let expire = cart.expire.as_deref().unwrap_or("-");
    let items = out.ta(msgid!("cli-cart-items"), &[("count", &cart.items.to_string())]);
    let description = if cart.description.is_empty() { "-" } else { &cart.description };
    let marks = if marks.is_empty() { String::new() } else { format!(" [{}]", marks.join(", ")) };
    format!("{}  {description}  {}: {expire}  {items}{marks}", cart.cart_id, out.t(msgid!("cli-cart-expires")))
}

/// A cart id as typed, or a usage error: the API's ids are short printable strings.
fn check_cart_id(out: &Out, raw: &str) -> Result<String, Problem> {
    let id = raw.trim();
    if id.is_empty() || id.len() > 128 || id.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(Problem::usage(out.ta(msgid!("cli-cart-id-invalid"), &[("id", raw)])));
    }
    Ok(id.to_owned())
}

/// The error for a failed call on one cart: unknown cart → exit 2.
fn cart_problem(out: &Out, context: &str, cart_id: &str, error: &ApiError) -> Problem {
    let problem = Problem::api(out.lang, context, error);
    if error.kind == ErrorKind::CartNotFound {
        let message = out.ta(msgid!("cli-cart-unknown"), &[("cart", cart_id)]);
        return Problem { message: format!("{message} ({error})"), ..problem.with_exit(Exit::Usage) }
            .with_hint(out.t(msgid!("cli-cart-list-hint")));
    }
    problem
}

pub async fn show(global: &GlobalArgs, args: &CartShowArgs, sandbox: &SandboxArgs) -> Result<(), Failure> {
    let out = Out::new(global, args.json)?;
    let interrupt = Interrupt::install();
    let result = interruptible(&out, &interrupt, async {
        let cart_id = check_cart_id(&out, &args.cart_id)?;
        let conn = open(&out, global, sandbox).await?;
        let context = out.t(msgid!("cli-failed-cart-read"));
        let contents = flow::read_cart(&conn.client, &cart_id, false)
            .await
            .map_err(|e| cart_problem(&out, &context, &cart_id, &e))?;
        let item_reports =
            contents.items.into_iter().map(|entry| item_json(&entry.item, entry.configurations)).collect();
        let cart = contents.cart.cart;
        let (quote, quote_error) = match contents.quote {
            Some(Ok(q)) => (Some(QuoteJson::from(&q)), None),
            Some(Err(e)) => (None, Some(Problem::api(out.lang, &out.t(msgid!("failed-quote")), &e).one_line())),
            None => (None, None),
        };
        let report = CartReport { cart: CartSummary::from(&cart), items: item_reports, quote, quote_error };
        print_cart(&out, &report);
        Ok(report)
    })
    .await;
    out.finish(result)
}

fn item_json(item: &Item, configurations: Vec<ConfigurationItem>) -> ItemJson {
    ItemJson {
        item_id: item.item_id,
        product_id: item.product_id.clone(),
        plan_code: item.settings.plan_code.clone(),
        duration: item.duration.clone(),
        prices: item.prices.clone(),
        configurations,
    }
}

fn print_cart(out: &Out, report: &CartReport) {
    out.say(&summary_line(out, &report.cart));
    for item in &report.items {
        let plan = item.plan_code.as_deref().unwrap_or("-");
        let duration = item.duration.as_deref().unwrap_or("-");
        let prices: Vec<String> = item.prices.iter().map(|p| format!("{} {}", p.label, p.price.text)).collect();
        out.say(&format!("  {} {}  {plan}  {duration}  {}", item.item_id, item.product_id, prices.join(", ")));
        for config in &item.configurations {
            out.say(&format!("    {} = {}", config.label, config.value));
        }
    }
    if let Some(quote) = &report.quote {
        for line in quote::lines(out, quote) {
            out.say(&line);
        }
    }
    if let Some(error) = &report.quote_error {
        out.say(error);
    }
}

pub async fn delete(global: &GlobalArgs, args: &CartDeleteArgs, sandbox: &SandboxArgs) -> Result<(), Failure> {
    let out = Out::new(global, args.json)?;
    let interrupt = Interrupt::install();
    let result = async {
        let cart_id = check_cart_id(&out, &args.cart_id)?;
        if !args.yes && !confirm::can_ask() {
            return Err(Problem::refused(out.t(msgid!("cli-delete-no-terminal"))));
        }
        let conn = open(&out, global, sandbox).await?;
        let context = out.t(msgid!("cli-failed-delete"));
        let cart = interruptible(&out, &interrupt, async {
            flow::get_cart(&conn.client, &cart_id).await.map_err(|e| cart_problem(&out, &context, &cart_id, &e))
        })
        .await?;
        if !args.yes {
            out.note(&summary_line(&out, &CartSummary::from(&cart)));
            match confirm::confirm(&out.ta(msgid!("cli-prompt-delete"), &[("cart", &cart_id)]), &interrupt).await {
                Answer::Yes => {}
                Answer::No => return Err(Problem::refused(out.t(msgid!("cli-delete-declined")))),
                Answer::Interrupted => return Err(Problem::interrupted(out.t(msgid!("cli-interrupted")))),
            }
        }
        flow::delete_cart(&conn.client, &cart_id).await.map_err(|e| cart_problem(&out, &context, &cart_id, &e))?;
        out.say(&out.ta(msgid!("cli-cart-deleted"), &[("cart", &cart_id)]));
        Ok(DeleteReport { cart_id, deleted: true })
    }
    .await;
    out.finish(result)
}
