//! `ovhcart order`: the whole order flow without the full screen.
//!
//! Every input is checked before the first network call. Independent calls run at the
//! same time (see [`prepare`]), so the order takes as few sequential round trips as the
//! API allows (counted in docs/performance.md). A cart made here
//! is never lost silently: on failure its id is printed and it is kept (deleted under
//! `--dry-run`); when the person declines or presses Ctrl-C before the checkout, it is
//! deleted. The checkout itself is never interrupted and never sent twice blindly.
//!
//! Each step that changes something on the server is written to the journal, the checkout
//! before it is sent; the same project asked for again after a run died picks up where that
//! run stopped (see `earlier`).

use std::time::Duration;

use serde::Serialize;

use crate::api::client::Auth;
use crate::api::endpoints::{NotSold, Subsidiary};
use crate::api::error::Outcome;
use crate::api::flow::{self, CheckoutGuard, CheckoutOptions, OptionChoice, PlacedOrder, PlanChoice};
use crate::api::models::{Eligibility, Me, OptionOffer, Order, eligibility_issues, voucher_error_code};
use crate::api::products::{ConfigLabel, OptionKind, PROJECT};
use crate::api::{ApiError, Endpoint, ErrorKind};
use crate::app::consent::ConsentBox;
use crate::app::labels;
use crate::engine::place::{self, Placement};
use crate::engine::tracker::Tracker;
use crate::sandbox::SandboxArgs;
use crate::store::journal::{FlowEntry, Journal};
use crate::store::receipt::{Consent, Document, ReceiptDraft};

use super::args::OrderArgs;
use super::confirm::{self, Answer};
use super::earlier::{self, Earlier};
use super::eligibility;
use super::follow::{self, Followed};
use super::interrupt::Interrupt;
use super::output::{Out, Problem};
use super::quote::{self, PricesJson, QuoteJson};
use crate::args::GlobalArgs;
use crate::engine::connect::{Connection, connect_observed};
use crate::engine::{Exit, Failure};

/// What `--json` prints on success.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderReport {
    pub dry_run: bool,
    pub cart_id: String,
    /// The cart was deleted (a dry run without `--keep-cart`).
    pub cart_deleted: bool,
    pub subsidiary: String,
    pub plan_code: String,
    pub project_name: String,
    pub voucher: Option<String>,
    /// The plan codes of the options ordered with the project (`--hds`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    pub quote: QuoteJson,
    pub order_id: Option<i64>,
    pub url: Option<String>,
    pub prices: Option<PricesJson>,
    pub auto_pay: bool,
    /// The checkout's answer was lost and the order was found in the account.
    pub reconciled: bool,
    pub receipt: Option<String>,
    pub project_id: Option<String>,
}

/// The checked inputs.
struct Request {
    name: String,
    voucher: Option<String>,
    /// `--hds`: the HDS certification option.
    hds: bool,
    subsidiary: Option<&'static Subsidiary>,
    auto_pay: bool,
    /// `--accept-contracts`: the contracts of the order accepted.
    accept_contracts: bool,
    /// `--approve-clauses`: for `IT`, the clauses of art. 1341 and 1342 approved.
    approve_clauses: bool,
    dry_run: bool,
    keep_cart: bool,
    yes: bool,
    follow: bool,
    follow_timeout: Duration,
}

pub async fn run(global: &GlobalArgs, args: &OrderArgs, sandbox: &SandboxArgs) -> Result<(), Failure> {
    let out = Out::new(global, args.json)?;
    let interrupt = Interrupt::install();
    let result = execute(&out, global, args, sandbox, &interrupt).await;
    out.finish(result)
}

/// In text mode, one line on stderr per retry, so a slow order is not a silent one.
fn retry_notes(out: &Out) -> Option<crate::api::client::RetryObserver> {
    if out.json {
        return None;
    }
    let out = *out;
    Some(std::sync::Arc::new(move |retry: &crate::api::client::Retrying| {
        let ms = retry.delay.as_millis().to_string();
        let attempt = retry.attempt.to_string();
        let args = [("method", retry.method), ("path", retry.path), ("ms", ms.as_str()), ("attempt", &attempt)];
        out.note(&out.ta(msgid!("cli-retrying"), &args));
    }))
}

async fn execute(
    out: &Out,
    global: &GlobalArgs,
    args: &OrderArgs,
    sandbox: &SandboxArgs,
    interrupt: &Interrupt,
) -> Result<OrderReport, Problem> {
    let (name, voucher) = check_text(out, args)?;
    let conn = connect_observed(out.lang, global, sandbox, retry_notes(out)).await.map_err(Problem::from_failure)?;
    let subsidiary = match global.subsidiary.as_deref() {
        Some(code) => Some(sold_subsidiary(out, &conn.endpoint, code)?),
        None => None,
    };
    if !args.waive_retraction && !args.dry_run {
        let message = format!("{} {}", out.t(msgid!("cli-waiver-required")), out.t(msgid!("cli-waiver-text")));
        return Err(Problem::refused(message).with_hint(out.t(msgid!("cli-waiver-how"))));
    }
    // Known before any call when `--subsidiary IT` says so; from the account, once it is read.
    if subsidiary.is_some_and(|s| s.code == ITALY) && !args.approve_clauses && !args.dry_run {
        return Err(clauses_problem(out));
    }
    if !args.yes && !args.dry_run && !confirm::can_ask() {
        return Err(Problem::refused(out.t(msgid!("cli-no-terminal"))));
    }
    let request = Request {
        name,
        voucher,
        hds: args.hds,
        subsidiary,
        auto_pay: args.auto_pay,
        accept_contracts: args.accept_contracts,
        approve_clauses: args.approve_clauses,
        dry_run: args.dry_run,
        keep_cart: args.keep_cart,
        yes: args.yes,
        follow: args.follow,
        follow_timeout: Duration::from_secs(args.follow_timeout),
    };
    let journal = crate::store::data_dir().map(|dir| Journal::new(&dir));
    // A dry run orders nothing and leaves earlier runs' carts alone.
    let earlier = match request.dry_run {
        true => Earlier::Nothing,
        false => earlier::settle(out, &conn, journal.as_ref(), &request.name).await?,
    };
    match earlier {
        Earlier::Ordered { entry, placement } => {
            report_earlier_order(out, &conn, &request, &entry, &placement, interrupt).await
        }
        Earlier::OpenCart(entry) => {
            let tracker = Tracker::resume(journal, entry.clone());
            place(out, &conn, &request, interrupt, &tracker, Some(&entry)).await
        }
        Earlier::Nothing => {
            let tracker = Tracker::new(journal, &conn.endpoint.config_section(), "order");
            place(out, &conn, &request, interrupt, &tracker, None).await
        }
    }
}

/// The order an earlier run of the same project placed after all: reported (the recovery
/// wrote the receipt that run could not write and paid a zero total) and followed if
/// asked, never placed again.
async fn report_earlier_order(
    out: &Out,
    conn: &Connection,
    req: &Request,
    entry: &FlowEntry,
    placement: &Placement,
    interrupt: &Interrupt,
) -> Result<OrderReport, Problem> {
    let placed = &placement.order;
    let mut report = OrderReport {
        dry_run: false,
        cart_id: entry.cart_id.clone().unwrap_or_default(),
        cart_deleted: false,
        subsidiary: entry.subsidiary.clone().unwrap_or_default(),
        plan_code: entry.plan_code.clone().unwrap_or_default(),
        project_name: req.name.clone(),
        voucher: entry.voucher.clone(),
        options: entry.options.iter().map(|o| o.plan_code.clone()).collect(),
        quote: QuoteJson::from(&placed.prices),
        order_id: None,
        url: None,
        prices: None,
        auto_pay: entry.checkout.as_ref().is_some_and(|c| c.auto_pay),
        reconciled: true,
        receipt: None,
        project_id: None,
    };
    report.placed(out, placement);
    finish_placed(out, conn, req, report, placement, interrupt).await
}

/// The name and voucher as they will be sent (the product's validators), or a usage error
/// naming the flag.
fn check_text(out: &Out, args: &OrderArgs) -> Result<(String, Option<String>), Problem> {
    let check = |label: ConfigLabel, flag: &str, raw: &str| {
        (PROJECT.configuration(label).check)(raw).map_err(|e| {
            let text = out.ta(e.msgid, &[("count", &e.count.to_string()), ("max", &e.max.to_string())]);
            Problem::usage(format!("--{flag}: {text}"))
        })
    };
    let name = check(ConfigLabel::Description, "name", args.name.as_deref().unwrap_or_default())?.unwrap_or_default();
    let voucher = match args.voucher.as_deref() {
        None => None,
        Some(raw) => check(ConfigLabel::Voucher, "voucher", raw)?,
    };
    Ok((name, voucher))
}

/// A subsidiary this endpoint sells Public Cloud projects for, or a usage error listing them.
fn sold_subsidiary(out: &Out, endpoint: &Endpoint, code: &str) -> Result<&'static Subsidiary, Problem> {
    endpoint.sold_subsidiary(code).map_err(|not_sold| {
        let endpoint = endpoint.to_string();
        Problem::usage(match not_sold {
            NotSold::NoPublicCloud => out.ta(msgid!("cli-endpoint-no-cloud"), &[("endpoint", &endpoint)]),
            NotSold::Unknown { valid } => out.ta(
                msgid!("cli-subsidiary-unknown"),
                &[("code", code), ("endpoint", &endpoint), ("valid", &valid.join(", "))],
            ),
        })
    })
}

/// A cart with the project configured, and its quote: what is shown or asked about, and
/// the contracts the order is placed under (accepted with `--accept-contracts`).
struct Prepared {
    cart_id: String,
    subsidiary: String,
    plan: PlanChoice,
    /// The plan codes of the options in the cart (`--hds`).
    options: Vec<String>,
    quote: Order,
    guard: Option<CheckoutGuard>,
}

async fn place(
    out: &Out,
    conn: &Connection,
    req: &Request,
    interrupt: &Interrupt,
    tracker: &Tracker,
    resume: Option<&FlowEntry>,
) -> Result<OrderReport, Problem> {
    let mut cart: Option<String> = None;
    let preparing = async {
        if let Some(entry) = resume
            && let Some(prepared) = prepare_resumed(out, conn, req, tracker, entry, &mut cart).await?
        {
            return Ok(prepared);
        }
        prepare(out, conn, req, tracker, &mut cart).await
    };
    let prepared = tokio::select! {
        result = preparing => Some(result),
        _ = interrupt.pressed() => None,
    };
    let prepared = match prepared {
        Some(Ok(prepared)) => prepared,
        Some(Err(problem)) => return Err(keep_or_drop(out, conn, tracker, req.dry_run, cart.as_deref(), problem).await),
        None => {
            let problem = Problem::interrupted(out.t(msgid!("cli-interrupted-before-order")));
            return Err(keep_or_drop(out, conn, tracker, true, cart.as_deref(), problem).await);
        }
    };
    let will_ask = !req.yes && !req.dry_run;
    let quoted = QuoteJson::from(&prepared.quote);
    if !out.json || will_ask {
        for line in quote::lines(out, &quoted) {
            out.note(&line);
        }
    }
    let report = |quote: QuoteJson| OrderReport {
        dry_run: req.dry_run,
        cart_id: prepared.cart_id.clone(),
        cart_deleted: false,
        subsidiary: prepared.subsidiary.clone(),
        plan_code: prepared.plan.plan_code.clone(),
        project_name: req.name.clone(),
        voucher: req.voucher.clone(),
        options: prepared.options.clone(),
        quote,
        order_id: None,
        url: None,
        prices: None,
        auto_pay: req.auto_pay,
        reconciled: false,
        receipt: None,
        project_id: None,
    };
    if req.dry_run {
        return finish_dry_run(out, conn, tracker, req, report(quoted)).await;
    }
    // Nothing is ordered without the consents this cart needs, given by their flags.
    if let Some(problem) = missing_consent(out, req, &prepared) {
        return Err(keep_or_drop(out, conn, tracker, true, Some(&prepared.cart_id), problem).await);
    }
    if req.approve_clauses && prepared.subsidiary != ITALY {
        out.note(&out.ta(msgid!("cli-clauses-not-used"), &[("subsidiary", &prepared.subsidiary)]));
    }
    if will_ask {
        let question = out.t(msgid!("cli-prompt-order"));
        match confirm::confirm(&question, interrupt).await {
            Answer::Yes => {}
            Answer::No => {
                let problem = Problem::refused(out.t(msgid!("cli-declined")));
                return Err(keep_or_drop(out, conn, tracker, true, Some(&prepared.cart_id), problem).await);
            }
            Answer::Interrupted => {
                let problem = Problem::interrupted(out.t(msgid!("cli-interrupted-before-order")));
                return Err(keep_or_drop(out, conn, tracker, true, Some(&prepared.cart_id), problem).await);
            }
        }
    }
    // From here on Ctrl-C is only looked at once the order is settled.
    let placement = checkout(out, conn, req, tracker, &prepared).await?;
    let mut report = report(quoted);
    report.placed(out, &placement);
    finish_placed(out, conn, req, report, &placement, interrupt).await
}

/// Once the order exists: a payment that failed, Ctrl-C or a failed follow-up is reported
/// with the order (`placedUnfinished`), never as an order not placed.
async fn finish_placed(
    out: &Out,
    conn: &Connection,
    req: &Request,
    mut report: OrderReport,
    placement: &Placement,
    interrupt: &Interrupt,
) -> Result<OrderReport, Problem> {
    let order_id = placement.order.order_id;
    if let Some(error) = &placement.order.payment_error {
        let mut problem = Problem::api(out.lang, &out.t(msgid!("cli-failed-pay")), error)
            .with_kind(PLACED_UNFINISHED)
            .with_order(order_id);
        if let Some(url) = &placement.order.url {
            problem = problem.with_hint(out.ta(msgid!("cli-pay-from-page"), &[("url", url)]));
        }
        return Err(problem);
    }
    if interrupt.is_pressed() {
        return Err(interrupted_after_order(out, conn, order_id));
    }
    if req.follow {
        let subsidiary = report.subsidiary.clone();
        report.project_id = Some(follow_until_delivered(out, conn, req, order_id, &subsidiary, interrupt).await?);
    }
    Ok(report)
}

/// The kind of a failure that came after the order was placed.
const PLACED_UNFINISHED: &str = "placedUnfinished";

impl OrderReport {
    /// Records and prints the placed order.
    fn placed(&mut self, out: &Out, placement: &Placement) {
        let placed = &placement.order;
        self.order_id = Some(placed.order_id);
        self.url = placed.url.clone();
        self.prices = Some(PricesJson::from(&placed.prices));
        self.reconciled = placed.reconciled;
        match &placement.receipt {
            Ok(path) => self.receipt = Some(path.clone()),
            Err(e) if e == place::NO_DATA_DIR => {
                out.note(&out.ta(msgid!("order-receipt-failed"), &[("error", &out.t(msgid!("cli-no-data-dir")))]))
            }
            Err(e) => out.note(&out.ta(msgid!("order-receipt-failed"), &[("error", e)])),
        }
        print_placed(out, self, placed);
    }
}

/// Everything that does not wait for something else runs at the same time, so that the
/// order takes as few sequential round trips as the API allows (docs/performance.md):
///
/// 1. the cart, created unsigned, with `GET /auth/time` for the signatures (when the
///    subsidiary comes from the account, `GET /auth/time` then `GET /me` come first);
/// 2. its assignment, its offers and the project item (added with the plan's documented
///    renew price, confirmed against the offers), with the voucher check, the checkout
///    guard and, under `--hds`, the plan's options;
/// 3. the item's description and voucher configurations, and the HDS option;
/// 4. the quote: shown or asked about, and the contracts the order is placed under (their
///    names and addresses go into the receipt, journaled before the checkout);
///
/// then the checkout, and the payment of a free order.
async fn prepare(
    out: &Out,
    conn: &Connection,
    req: &Request,
    tracker: &Tracker,
    cart: &mut Option<String>,
) -> Result<Prepared, Problem> {
    let client = &conn.client;
    let failed_item = |e: ApiError| Problem::api(out.lang, &out.t(msgid!("failed-item")), &e);
    let description = flow::cart_description(chrono::Utc::now());
    tracker.intent(Some(&req.name), &description);
    let making_cart = async {
        let subsidiary = match req.subsidiary {
            Some(s) => s.code.to_owned(),
            None => account_subsidiary(out, conn).await?,
        };
        out.note(&out.t(msgid!("busy-cart")));
        // Meanwhile the server time that signatures need (its failure shows on the next call).
        let signing = async {
            if matches!(client.auth(), Auth::Signed { .. }) {
                let _ = client.time_delta().await;
            }
        };
        let (created, ()) = tokio::join!(flow::create_cart_unsigned(client, &subsidiary, &description), signing);
        let created = created.map_err(|e| Problem::api(out.lang, &out.t(msgid!("failed-cart")), &e))?;
        *cart = Some(created.cart_id.clone());
        tracker.cart_ready(&subsidiary, &created.cart_id);
        let guess = flow::expected_project(conn.endpoint.project_plan_code(&subsidiary));
        // The options of the expected plan are read meanwhile, when one is asked for.
        let listing = async {
            match req.hds {
                true => Some(flow::list_options(client, &created.cart_id, &guess.plan_code).await),
                false => None,
            }
        };
        let (assigned, offers, added, listed) = tokio::join!(
            flow::assign_cart(client, &created.cart_id),
            flow::list_offers(client, &created.cart_id),
            flow::add_project_to_new_cart(client, &created.cart_id, &guess),
            listing,
        );
        let failed = |e: ApiError| Problem::api(out.lang, &out.t(msgid!("failed-cart")), &e);
        assigned.map_err(failed)?;
        let offers = offers.map_err(failed)?;
        out.note(&out.t(msgid!("busy-item")));
        let plan = flow::pick_plan(&offers, conn.endpoint.project_plan_code(&subsidiary)).map_err(failed_item)?;
        let item = flow::confirm_project_item(client, &created.cart_id, &guess, added, &plan.creation())
            .await
            .map_err(failed_item)?;
        tracker.item_added(&plan.plan_code, item.item_id);
        // Another plan than expected (never seen): its own options.
        let listed = match listed {
            Some(_) if plan.plan_code != guess.plan_code => {
                Some(flow::list_options(client, &created.cart_id, &plan.plan_code).await)
            }
            listed => listed,
        };
        Ok::<_, Problem>((subsidiary, created.cart_id, plan, item, listed))
    };
    let guarding = async { if req.dry_run { Ok(None) } else { flow::checkout_guard(client).await.map(Some) } };
    let (made, eligibility, guard) = tokio::join!(making_cart, check_account(conn, req), guarding);
    let (subsidiary, cart_id, plan, item, listed) = made?;
    let hds = wanted_options(out, conn, tracker, cart, &subsidiary, &plan, listed).await?;
    let eligibility = judge_account(out, conn, tracker, req, cart, &subsidiary, eligibility).await?;
    let guard = guard.map_err(|e| Problem::api(out.lang, &out.t(msgid!("failed-account")), &e))?;

    out.note(&out.t(msgid!("busy-config")));
    let naming = flow::add_configuration(client, &cart_id, item.item_id, ConfigLabel::Description, &req.name);
    let voucher_config = async {
        match &req.voucher {
            Some(code) => {
                flow::add_configuration(client, &cart_id, item.item_id, ConfigLabel::Voucher, code).await.map(Some)
            }
            None => Ok(None),
        }
    };
    let adding = async {
        match &hds {
            Some(option) => {
                out.note(&out.t(msgid!("busy-option")));
                flow::add_option(client, &cart_id, item.item_id, option).await.map(Some)
            }
            None => Ok(None),
        }
    };
    // Under --yes nothing of this quote is shown (the checkout's answer is) and only its
    // contracts are recorded, which the name does not change: it is read beside the name,
    // unless a voucher or an option still changes the cart. A failed early read is read again.
    let early = req.yes && !req.dry_run && req.voucher.is_none() && hds.is_none();
    let early_quote = async {
        match early {
            true => Some(flow::quote(client, &cart_id).await),
            false => None,
        }
    };
    let (named, vouched, added, early_quote) = tokio::join!(naming, voucher_config, adding, early_quote);
    named.map_err(|e| Problem::api(out.lang, &out.t(msgid!("failed-description")), &e))?;
    vouched.map_err(|e| Problem::api(out.lang, &out.t(msgid!("failed-voucher")), &e))?;
    let added = added.map_err(|e| Problem::api(out.lang, &out.t(msgid!("failed-option")), &e))?;
    tracker.configured(ConfigLabel::Description, Some(&req.name));
    tracker.configured(ConfigLabel::Voucher, req.voucher.as_deref());
    if let (Some(option), Some(added)) = (&hds, &added) {
        tracker.option_set(&option.plan_code, Some(added.item_id));
    }
    let options = hds.into_iter().map(|o| o.plan_code).collect();
    let quote = match early_quote {
        Some(Ok(quote)) => quote,
        _ => fetch_quote(out, conn, tracker, req, cart, eligibility.is_none()).await?,
    };
    Ok(Prepared { cart_id, subsidiary, plan, options, quote, guard })
}

/// The HDS certification as it will be added (`--hds`), from the options the plan was read
/// with; not sold is bad input: the cart made for it is deleted.
async fn wanted_options(
    out: &Out,
    conn: &Connection,
    tracker: &Tracker,
    cart: &mut Option<String>,
    subsidiary: &str,
    plan: &PlanChoice,
    listed: Option<Result<Vec<OptionOffer>, ApiError>>,
) -> Result<Option<OptionChoice>, Problem> {
    let Some(listed) = listed else { return Ok(None) };
    let listed = listed.map_err(|e| Problem::api(out.lang, &out.t(msgid!("failed-option")), &e))?;
    match flow::pick_option(&listed, OptionKind::Hds) {
        Some(option) => Ok(Some(option)),
        None => {
            let message = out.ta(msgid!("cli-hds-not-sold"), &[("plan", &plan.plan_code), ("subsidiary", subsidiary)]);
            Err(drop_cart(out, conn, tracker, cart, Problem::usage(message)).await)
        }
    }
}

/// The earlier run's cart for this project, completed: `None` when it is gone (then a new
/// one is made).
async fn prepare_resumed(
    out: &Out,
    conn: &Connection,
    req: &Request,
    tracker: &Tracker,
    entry: &FlowEntry,
    cart: &mut Option<String>,
) -> Result<Option<Prepared>, Problem> {
    let client = &conn.client;
    let subsidiary = match (&entry.subsidiary, req.subsidiary) {
        (_, Some(s)) => s.code.to_owned(),
        (Some(code), None) => code.clone(),
        (None, None) => account_subsidiary(out, conn).await?,
    };
    let plan_code = conn.endpoint.project_plan_code(&subsidiary);
    let completing = earlier::complete_cart(out, conn, entry, plan_code, &req.name, req.voucher.as_deref(), req.hds);
    let (completed, eligibility, guard) =
        tokio::join!(completing, check_account(conn, req), flow::checkout_guard(client));
    let completed = match completed {
        Err(earlier::Incomplete::HdsNotSold { plan }) => {
            let message = out.ta(msgid!("cli-hds-not-sold"), &[("plan", &plan), ("subsidiary", &subsidiary)]);
            *cart = entry.cart_id.clone();
            return Err(drop_cart(out, conn, tracker, cart, Problem::usage(message)).await);
        }
        Err(earlier::Incomplete::Failed(problem)) => return Err(problem),
        Ok(completed) => completed,
    };
    let Some(earlier::Completed { plan, item_id, options }) = completed else {
        tracker.close();
        return Ok(None);
    };
    let cart_id = entry.cart_id.clone().unwrap_or_default();
    *cart = Some(cart_id.clone());
    tracker.item_added(&plan.plan_code, item_id);
    tracker.configured(ConfigLabel::Description, Some(&req.name));
    tracker.configured(ConfigLabel::Voucher, req.voucher.as_deref());
    match options.first() {
        Some(option) => tracker.option_set(option, None),
        None => tracker.option_removed(OptionKind::Hds),
    }
    let eligibility = judge_account(out, conn, tracker, req, cart, &subsidiary, eligibility).await?;
    let guard = Some(guard.map_err(|e| Problem::api(out.lang, &out.t(msgid!("failed-account")), &e))?);
    let quote = fetch_quote(out, conn, tracker, req, cart, eligibility.is_none()).await?;
    Ok(Some(Prepared { cart_id, subsidiary, plan, options, quote, guard }))
}

/// What the account must do, and its voucher, in one read (the US API has no such route:
/// `None`, and the voucher is checked by the quote).
async fn check_account(conn: &Connection, req: &Request) -> Result<Option<Eligibility>, ApiError> {
    if conn.endpoint.is_us(req.subsidiary.map_or("", |s| s.code)) {
        return Ok(None);
    }
    flow::eligibility(&conn.client, req.voucher.as_deref()).await
}

/// Stops, deleting the cart made for it, when the voucher is refused or the account must
/// act first; else the eligibility read (if the API has one).
async fn judge_account(
    out: &Out,
    conn: &Connection,
    tracker: &Tracker,
    req: &Request,
    cart: &mut Option<String>,
    subsidiary: &str,
    read: Result<Option<Eligibility>, ApiError>,
) -> Result<Option<Eligibility>, Problem> {
    let eligibility = match read {
        Ok(eligibility) => eligibility,
        Err(e) => return Err(voucher_problem(out, conn, tracker, req, cart, e).await),
    };
    let panel = conn.endpoint.control_panel_url(subsidiary);
    match eligibility.as_ref().and_then(|e| eligibility::refusal(out, panel, req.voucher.as_deref(), e)) {
        Some(problem) => Err(drop_cart(out, conn, tracker, cart, problem).await),
        None => Ok(eligibility),
    }
}

/// The quote of the prepared cart, always fetched before the checkout: a dry run's result,
/// what is asked about, and (even under `--yes`) the contracts `--accept-contracts`
/// accepts, recorded in the receipt before the order exists. Where it is what checks the
/// voucher (`voucher_unchecked`: the US API), a voucher it refuses is bad input, as at the
/// voucher check.
async fn fetch_quote(
    out: &Out,
    conn: &Connection,
    tracker: &Tracker,
    req: &Request,
    cart: &mut Option<String>,
    voucher_unchecked: bool,
) -> Result<Order, Problem> {
    let checks_voucher = voucher_unchecked && req.voucher.is_some();
    let cart_id = cart.clone().unwrap_or_default();
    out.note(&out.t(msgid!("busy-quote")));
    match flow::quote(&conn.client, &cart_id).await {
        Ok(quote) => Ok(quote),
        Err(e) if checks_voucher && voucher_error_code(&e.message).is_some() => {
            Err(voucher_problem(out, conn, tracker, req, cart, e).await)
        }
        Err(e) => Err(Problem::api(out.lang, &out.t(msgid!("failed-quote")), &e)),
    }
}

/// The subsidiary whose orders need the specific approval of clauses (art. 1341 and 1342
/// of the Italian Civil Code).
const ITALY: &str = "IT";

/// What this order needs that its flags do not give: the contracts' acceptance (listed in
/// the problem), and for `IT` the clauses' approval.
fn missing_consent(out: &Out, req: &Request, prepared: &Prepared) -> Option<Problem> {
    if !req.accept_contracts {
        let contracts = QuoteJson::from(&prepared.quote).contracts;
        let listed: Vec<String> = contracts.iter().map(|c| format!("{} ({})", c.name, c.url)).collect();
        let message = format!("{} {}", out.t(msgid!("cli-contracts-required")), listed.join("; "));
        let problem = Problem::refused(message).with_kind("contractsNotAccepted");
        return Some(Problem { contracts, ..problem.with_hint(out.t(msgid!("cli-contracts-how"))) });
    }
    if prepared.subsidiary == ITALY && !req.approve_clauses {
        return Some(clauses_problem(out));
    }
    None
}

/// A consent given by its flag (checked by [`missing_consent`] before the checkout), with
/// the text the flag's help and refusal say, in the person's language.
fn flag_consent(out: &Out, text: String) -> Consent {
    Consent {
        given: true,
        text,
        language: out.lang.code().to_owned(),
        via: String::new(),
        given_at: String::new(),
        documents: Vec::new(),
    }
}

/// `IT` without `--approve-clauses`: the clauses in Italian and in the person's language.
fn clauses_problem(out: &Out) -> Problem {
    let clauses = ConsentBox::ItalianClauses.paragraphs(out.lang).join(" ");
    let message = format!("{} {clauses}", out.t(msgid!("cli-clauses-required")));
    Problem::refused(message).with_kind("clausesNotApproved").with_hint(out.t(msgid!("cli-clauses-how")))
}

/// `GET /me`'s subsidiary, if this endpoint sells for it.
async fn account_subsidiary(out: &Out, conn: &Connection) -> Result<String, Problem> {
    let me: Me =
        conn.client.get("/me").await.map_err(|e| Problem::api(out.lang, &out.t(msgid!("failed-account")), &e))?;
    sold_subsidiary(out, &conn.endpoint, &me.ovh_subsidiary).map(|s| s.code.to_owned())
}

/// A refused voucher is bad input: the cart made for it is deleted. Any other failure of
/// the check is the API's, and the cart is kept.
async fn voucher_problem(
    out: &Out,
    conn: &Connection,
    tracker: &Tracker,
    req: &Request,
    cart: &mut Option<String>,
    error: ApiError,
) -> Problem {
    let refused = matches!(error.kind, ErrorKind::BadRequest | ErrorKind::NotFound)
        || voucher_error_code(&error.message).is_some();
    let Some(code) = req.voucher.as_deref().filter(|_| refused) else {
        let context = if req.voucher.is_some() { msgid!("failed-voucher-check") } else { msgid!("failed-account") };
        return Problem::api(out.lang, &out.t(context), &error);
    };
    let fix = out.t(msgid!("cli-voucher-fix"));
    let hint = match eligibility::voucher_explanation(out, &error.message) {
        Some(why) => format!("{why} {fix}"),
        None => fix,
    };
    let problem = Problem::api(out.lang, &out.ta(msgid!("cli-voucher-refused"), &[("code", code)]), &error)
        .with_exit(Exit::Usage)
        .with_hint(hint);
    drop_cart(out, conn, tracker, cart, problem).await
}

/// The cart made for an order that cannot go on is deleted (its id is kept in the
/// problem when that fails).
async fn drop_cart(
    out: &Out,
    conn: &Connection,
    tracker: &Tracker,
    cart: &mut Option<String>,
    mut problem: Problem,
) -> Problem {
    if let Some(cart_id) = cart.take()
        && !deleted(out, conn, tracker, &cart_id).await
    {
        problem = problem.with_cart(Some(&cart_id));
        *cart = Some(cart_id);
    }
    problem
}

/// After a failure: the cart is deleted when `drop` (dry run, declined, Ctrl-C), else
/// kept, and either way the person is told which cart it was.
async fn keep_or_drop(
    out: &Out,
    conn: &Connection,
    tracker: &Tracker,
    drop: bool,
    cart: Option<&str>,
    problem: Problem,
) -> Problem {
    let Some(cart_id) = cart else { return problem };
    if drop && deleted(out, conn, tracker, cart_id).await {
        return problem;
    }
    cart_kept(out, conn, cart_id);
    problem.with_cart(Some(cart_id))
}

/// Says the cart stays on the account, and how to see or delete it; against the embedded
/// sandbox, which ends with this command, that nothing will be left to see.
fn cart_kept(out: &Out, conn: &Connection, cart_id: &str) {
    if conn.sandbox.is_some() {
        out.note(&out.ta(msgid!("exit-cart-kept-sandbox"), &[("cart", cart_id)]));
        out.note(&out.t(msgid!("sandbox-ended")));
    } else {
        out.note(&out.ta(msgid!("cli-cart-kept"), &[("cart", cart_id)]));
    }
}

/// Deletes the cart, journals and says it; false when it could not be deleted.
async fn deleted(out: &Out, conn: &Connection, tracker: &Tracker, cart_id: &str) -> bool {
    let done = delete_quietly(conn, cart_id).await;
    if done {
        tracker.cart_deleted(cart_id);
        out.note(&out.ta(msgid!("cli-cart-deleted"), &[("cart", cart_id)]));
    }
    done
}

/// Deletes a cart, giving up after a few seconds (the person is waiting to leave).
async fn delete_quietly(conn: &Connection, cart_id: &str) -> bool {
    let deleting = flow::delete_cart(&conn.client, cart_id);
    match tokio::time::timeout(Duration::from_secs(5), deleting).await {
        Ok(Ok(())) => true,
        Ok(Err(e)) => {
            tracing::warn!(cart_id, error = %e, "could not delete the cart");
            false
        }
        Err(_) => false,
    }
}

async fn finish_dry_run(
    out: &Out,
    conn: &Connection,
    tracker: &Tracker,
    req: &Request,
    mut report: OrderReport,
) -> Result<OrderReport, Problem> {
    if req.keep_cart {
        out.say(&out.ta(msgid!("cli-dry-run-kept"), &[("cart", &report.cart_id)]));
        return Ok(report);
    }
    flow::delete_cart(&conn.client, &report.cart_id).await.map_err(|e| {
        Problem::api(out.lang, &out.t(msgid!("cli-failed-delete")), &e).with_cart(Some(&report.cart_id))
    })?;
    report.cart_deleted = true;
    tracker.cart_deleted(&report.cart_id);
    out.say(&out.ta(msgid!("cli-dry-run-deleted"), &[("cart", &report.cart_id)]));
    Ok(report)
}

async fn checkout(
    out: &Out,
    conn: &Connection,
    req: &Request,
    tracker: &Tracker,
    prepared: &Prepared,
) -> Result<Placement, Problem> {
    out.note(&out.t(msgid!("busy-placing")));
    let options = CheckoutOptions { auto_pay: req.auto_pay, waive_retraction: true };
    let draft = ReceiptDraft {
        cart_id: prepared.cart_id.clone(),
        endpoint: conn.endpoint.to_string(),
        subsidiary: prepared.subsidiary.clone(),
        plan_code: prepared.plan.plan_code.clone(),
        project_name: req.name.clone(),
        voucher: req.voucher.clone(),
        options: prepared.options.clone(),
        auto_pay: req.auto_pay,
        front_end: String::new(),
        waiver: flag_consent(out, out.t(msgid!("cli-waiver-text"))),
        contracts: Some(Consent {
            documents: prepared
                .quote
                .contracts
                .iter()
                .map(|c| Document { name: c.name.clone(), url: c.url.clone() })
                .collect(),
            ..flag_consent(out, out.t(msgid!("cli-contracts-text")))
        }),
        italian_clauses: (prepared.subsidiary == ITALY)
            .then(|| flag_consent(out, ConsentBox::ItalianClauses.text(out.lang))),
    }
    .given("order", "flag");
    let data_dir = crate::store::data_dir();
    let (client, cart_id, guard) = (&conn.client, &prepared.cart_id, prepared.guard.clone());
    let expected = draft.expected();
    place::place_order(client, tracker, data_dir.as_deref(), cart_id, options, &expected, guard, draft).await.map_err(
        |e| {
            if e.outcome == Outcome::Unknown {
                let context = out.ta(msgid!("checkout-outcome-unknown"), &[("cart", cart_id)]);
                return Problem::api(out.lang, &context, &e)
                    .with_cart(Some(cart_id))
                    .with_kind("outcomeUnknown")
                    .with_hint(out.t(cli_maybe_placed(conn)));
            }
            cart_kept(out, conn, cart_id);
            // An account that must act first (the rule real first-time accounts meet): the
            // same explanation as before the cart; the cart waits a day for the retry.
            if let Some(actions) = eligibility_issues(&e.message) {
                let panel = conn.endpoint.control_panel_url(&prepared.subsidiary);
                let mut problem = eligibility::blocked(out, panel, &actions, None).with_cart(Some(cart_id));
                problem.query_id = e.query_id.clone();
                return problem;
            }
            Problem::api(out.lang, &out.t(msgid!("failed-checkout")), &e).with_cart(Some(cart_id))
        },
    )
}

fn print_placed(out: &Out, report: &OrderReport, placed: &PlacedOrder) {
    let id = placed.order_id.to_string();
    if placed.reconciled {
        out.note(&out.t(msgid!("order-reconciled")));
    }
    out.say(&out.ta(msgid!("order-placed"), &[("id", &id)]));
    if let Some(url) = &placed.url {
        out.say(&format!("{}: {url}", out.t(msgid!("order-url"))));
    }
    out.say(&format!("{}: {}", out.t(msgid!("review-with-tax")), placed.prices.with_tax.text));
    if let Some(path) = &report.receipt {
        out.say(&out.ta(msgid!("order-receipt"), &[("path", path)]));
    }
}

/// What to do when the checkout may have been placed; an embedded sandbox's order cannot be
/// checked once ovhcart ends.
pub(super) fn cli_maybe_placed(conn: &Connection) -> &'static str {
    if conn.sandbox.is_some() { msgid!("order-maybe-placed-sandbox") } else { msgid!("cli-order-maybe-placed") }
}

fn interrupted_after_order(out: &Out, conn: &Connection, order_id: i64) -> Problem {
    let later = labels::follow_later(conn.sandbox.is_some());
    Problem::interrupted(out.ta(later, &[("id", &order_id.to_string())])).with_order(order_id)
}

async fn follow_until_delivered(
    out: &Out,
    conn: &Connection,
    req: &Request,
    order_id: i64,
    subsidiary: &str,
    interrupt: &Interrupt,
) -> Result<String, Problem> {
    out.note(&out.t(msgid!("busy-following")));
    match follow::follow(out, conn, order_id, subsidiary, req.follow_timeout, interrupt).await {
        Followed::Delivered(project_id) => {
            out.say(&out.ta(msgid!("order-delivered"), &[("project", &project_id)]));
            Ok(project_id)
        }
        Followed::Held(problem) => Err(problem),
        Followed::Failed(problem) if problem.kind == "orderRefused" => Err(problem),
        Followed::Failed(problem) => Err(problem.with_kind(PLACED_UNFINISHED).with_order(order_id)),
        Followed::Interrupted => Err(interrupted_after_order(out, conn, order_id)),
    }
}
