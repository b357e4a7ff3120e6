//! `ovhcart order status ORDER_ID [--follow]`: where an order stands, its delivery steps,
//! and its project id once delivered.

use std::time::Duration;

use serde::Serialize;

use crate::api::ErrorKind;
use crate::api::flow::{self, OrderProgress};
use crate::api::models::{FollowUpStatus, FollowUpStep, Held, OrderStatus};
use crate::sandbox::SandboxArgs;

use super::args::StatusArgs;
use super::follow::{self, Followed};
use super::interrupt::Interrupt;
use super::output::{Out, Problem};
use crate::app::labels;
use crate::args::GlobalArgs;
use crate::engine::connect::{Connection, connect};
use crate::engine::{Exit, Failure};

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusReport {
    pub order_id: i64,
    pub status: OrderStatus,
    pub steps: Vec<StepJson>,
    pub project_id: Option<String>,
    /// What holds the order: `fraudReview`, `documentsRequested` (absent when nothing does).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub held: Option<&'static str>,
    /// OVHcloud refused the order.
    pub refused: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepJson {
    pub step: FollowUpStep,
    pub status: FollowUpStatus,
    /// The latest event of the step, e.g. a fraud check explained.
    pub last_event: Option<String>,
}

pub async fn run(global: &GlobalArgs, args: &StatusArgs, sandbox: &SandboxArgs) -> Result<(), Failure> {
    let out = Out::new(global, args.json)?;
    let interrupt = Interrupt::install();
    let result = execute(&out, global, args, sandbox, &interrupt).await;
    out.finish(result)
}

async fn execute(
    out: &Out,
    global: &GlobalArgs,
    args: &StatusArgs,
    sandbox: &SandboxArgs,
    interrupt: &Interrupt,
) -> Result<StatusReport, Problem> {
    let order_id = parse_order_id(out, &args.order_id)?;
    let conn = connect(out.lang, global, sandbox).await.map_err(Problem::from_failure)?;
    let reading = tokio::select! {
        r = read(out, &conn, order_id) => r?,
        _ = interrupt.pressed() => return Err(Problem::interrupted(out.t(msgid!("cli-interrupted")))),
    };
    let (progress, mut project_id) = reading;
    let refused = progress.as_ref().is_none_or(flow::is_refused);
    let progress = progress.unwrap_or(OrderProgress { status: OrderStatus::Cancelled, follow_up: Vec::new() });
    let held = progress.held();
    let mut report = StatusReport {
        held: held.map(Held::name),
        refused,
        order_id,
        status: progress.status,
        steps: progress
            .follow_up
            .iter()
            .map(|f| StepJson {
                step: f.step,
                status: f.status,
                last_event: f.history.last().map(|h| h.description.clone()).filter(|d| !d.is_empty()),
            })
            .collect(),
        project_id: None,
    };
    print(out, &report);
    let panel = conn.endpoint.control_panel_url(global.subsidiary.as_deref().unwrap_or_default());
    let id = order_id.to_string();
    if let Some(held) = held {
        out.say(&out.ta(labels::held(held, conn.sandbox.is_some()), &[("id", &id), ("url", panel)]));
    } else if refused {
        out.say(&out.ta(msgid!("order-refused"), &[("id", &id), ("url", panel)]));
    }
    if args.follow && project_id.is_none() && !refused {
        let limit = Duration::from_secs(args.follow_timeout);
        let subsidiary = global.subsidiary.as_deref().unwrap_or_default();
        match follow::follow(out, &conn, order_id, subsidiary, limit, interrupt).await {
            Followed::Delivered(id) => {
                report.status = OrderStatus::Delivered;
                project_id = Some(id);
            }
            Followed::Held(problem) | Followed::Failed(problem) => return Err(problem.with_order(order_id)),
            Followed::Interrupted => {
                let later = labels::follow_later(conn.sandbox.is_some());
                let message = out.ta(later, &[("id", &order_id.to_string())]);
                return Err(Problem::interrupted(message).with_order(order_id));
            }
        }
    }
    if let Some(id) = &project_id {
        out.say(&out.ta(msgid!("order-delivered"), &[("project", id)]));
    }
    report.project_id = project_id;
    Ok(report)
}

fn parse_order_id(out: &Out, raw: &str) -> Result<i64, Problem> {
    match raw.trim().parse::<i64>() {
        Ok(id) if id > 0 => Ok(id),
        _ => Err(Problem::usage(out.ta(msgid!("cli-order-id-invalid"), &[("id", raw)]))),
    }
}

/// Status and follow-up, and the project id when delivered; no progress for an order
/// OVHcloud refused (its follow-up answers "(error 906)").
async fn read(out: &Out, conn: &Connection, order_id: i64) -> Result<(Option<OrderProgress>, Option<String>), Problem> {
    let failed = |e: crate::api::ApiError| {
        let problem = Problem::api(out.lang, &out.t(msgid!("failed-follow")), &e);
        if e.kind == ErrorKind::NotFound {
            let message = out.ta(msgid!("cli-order-unknown"), &[("id", &order_id.to_string())]);
            Problem { message: format!("{message} ({e})"), ..problem.with_exit(Exit::Usage) }
        } else {
            problem
        }
    };
    let progress = match flow::order_progress(&conn.client, order_id).await {
        Err(e) if flow::is_refusal_error(&e) => return Ok((None, None)),
        other => other.map_err(failed)?,
    };
    let project_id = if progress.status == OrderStatus::Delivered {
        flow::find_project_id(&conn.client, order_id).await.map_err(failed)?
    } else {
        None
    };
    Ok((Some(progress), project_id))
}

fn print(out: &Out, report: &StatusReport) {
    let status = out.t(labels::order_status(report.status));
    out.say(&format!("{} {}: {status}", out.t(msgid!("cli-order")), report.order_id));
    for step in &report.steps {
        let mut line = format!("  {}: {}", out.t(labels::follow_up_step(step.step)), step_state(out, step.status));
        if let Some(event) = &step.last_event {
            line.push_str(&format!(" — {event}"));
        }
        out.say(&line);
    }
}

fn step_state(out: &Out, status: FollowUpStatus) -> String {
    out.t(match status {
        FollowUpStatus::Todo => msgid!("cli-step-todo"),
        FollowUpStatus::Doing => msgid!("cli-step-doing"),
        FollowUpStatus::Done => msgid!("cli-step-done"),
        FollowUpStatus::Error => msgid!("cli-step-error"),
        FollowUpStatus::Unknown => msgid!("order-status-unknown"),
    })
}
