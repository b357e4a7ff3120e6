//! Following an order until its project is delivered.

use std::time::Duration;

use super::flow_error;
use crate::api::client::Client;
use crate::api::error::{ApiError, ErrorKind, Outcome};
use crate::api::models::{
    FollowUp, FollowUpStatus, FollowUpStep, Held, ItemDetail, OperationRef, OrderDetailOperation, OrderStatus,
};
use crate::api::products::{PROJECT, Product};

pub use crate::api::products::PROJECT_PLAN_CODES;

/// One reading of an order: its status and its follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderProgress {
    pub status: OrderStatus,
    pub follow_up: Vec<FollowUp>,
}

pub async fn order_status(client: &Client, order_id: i64) -> Result<OrderStatus, ApiError> {
    client.get(&format!("/me/order/{order_id}/status")).await
}

/// Status and follow-up, read at the same time.
pub async fn order_progress(client: &Client, order_id: i64) -> Result<OrderProgress, ApiError> {
    let follow_up_path = format!("/me/order/{order_id}/followUp");
    let (status, follow_up) =
        tokio::join!(order_status(client, order_id), client.get::<Vec<FollowUp>>(&follow_up_path));
    Ok(OrderProgress { status: status?, follow_up: follow_up? })
}

/// Whether an order is refused: `FRAUD_REFUSED` in its follow-up, status `cancelled`, or a
/// follow-up answered with an error containing "(error 906)" (what the Control Panel
/// recognises a refusal by).
pub fn is_refused(progress: &OrderProgress) -> bool {
    matches!(progress.status, OrderStatus::Cancelled | OrderStatus::Cancelling)
        || progress.follow_up.iter().any(|f| f.history.iter().any(|h| h.label == "FRAUD_REFUSED"))
}

pub fn is_refusal_error(error: &ApiError) -> bool {
    error.message.contains("(error 906)")
}

impl OrderProgress {
    /// What holds the order, if anything (a lasting `notPaid` is judged by the caller).
    pub fn held(&self) -> Option<Held> {
        if self.status == OrderStatus::DocumentsRequested {
            return Some(Held::DocumentsRequested);
        }
        let validating = self.follow_up.iter().find(|f| f.step == FollowUpStep::Validating);
        let labels: Vec<&str> = validating
            .filter(|f| f.status == FollowUpStatus::Doing)
            .map(|f| f.history.iter().map(|h| h.label.as_str()).collect())
            .unwrap_or_default();
        if labels.contains(&"FRAUD_DOCS_REQUESTED") {
            Some(Held::DocumentsRequested)
        } else if labels.contains(&"FRAUD_MANUAL_REVIEW") {
            Some(Held::FraudReview)
        } else {
            None
        }
    }
}

/// How following an order ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Followed {
    /// The project exists: its id.
    Delivered(String),
    /// OVHcloud holds the order (review, documents, payment): it may go on later.
    Held(Held),
    /// OVHcloud refused the order.
    Refused(ApiError),
}

/// Readings of `notPaid` in a row after which an order counts as waiting for payment.
const NOT_PAID_READINGS: u32 = 3;

/// The project id an order delivered (see [`find_delivered_id`]).
pub async fn find_project_id(client: &Client, order_id: i64) -> Result<Option<String>, ApiError> {
    find_delivered_id(client, order_id, &PROJECT).await
}

/// The id of the `product` an order delivered, as its descriptor says to find it: the
/// `domain` of the detail whose extension is one of its plans (the Control Panel's way),
/// else any detail whose domain has the id's shape (Terraform's way), else (the US API)
/// the name of a resource in a detail's operations. `None` while it is not delivered yet.
pub async fn find_delivered_id(client: &Client, order_id: i64, product: &Product) -> Result<Option<String>, ApiError> {
    let details = super::order_details(client, order_id).await?;
    let candidates: Vec<_> = details.iter().filter(|d| (product.delivered.id_format)(&d.domain)).collect();
    for detail in &candidates {
        let path = format!("/me/order/{order_id}/details/{}/extension", detail.order_detail_id);
        let extension: ItemDetail = client.get(&path).await?;
        if extension.order.plan.code.as_deref().is_some_and(|code| product.is_plan(code)) {
            return Ok(Some(detail.domain.clone()));
        }
    }
    if let Some(detail) = candidates.first() {
        return Ok(Some(detail.domain.clone()));
    }
    if !product.delivered.in_operations {
        return Ok(None);
    }
    for detail in &details {
        if let Some(name) = operation_resource(client, order_id, detail.order_detail_id).await? {
            return Ok(Some(name));
        }
    }
    Ok(None)
}

/// The first named resource of a detail's operations (`…/operations`, then each one).
async fn operation_resource(client: &Client, order_id: i64, detail_id: i64) -> Result<Option<String>, ApiError> {
    let base = format!("/me/order/{order_id}/details/{detail_id}/operations");
    let refs: Vec<OperationRef> = match client.get(&base).await {
        Ok(refs) => refs,
        // An API without the route (it is absent from the public schema copies).
        Err(e) if e.status == Some(404) => return Ok(None),
        Err(e) => return Err(e),
    };
    for reference in refs {
        let operation = match reference {
            OperationRef::Operation(operation) => operation,
            OperationRef::Id(id) => client.get::<OrderDetailOperation>(&format!("{base}/{id}")).await?,
        };
        if !operation.resource.name.is_empty() {
            return Ok(Some(operation.resource.name));
        }
    }
    Ok(None)
}

/// Polls the order every `interval`, reporting each reading, until the project is
/// delivered, OVHcloud holds the order, or refuses it. The caller bounds the wait.
pub async fn follow_order(
    client: &Client,
    order_id: i64,
    interval: Duration,
    mut on_progress: impl FnMut(&OrderProgress),
) -> Result<Followed, ApiError> {
    let path = format!("/me/order/{order_id}");
    let mut not_paid = 0;
    loop {
        let progress = match order_progress(client, order_id).await {
            Ok(progress) => progress,
            Err(error) if is_refusal_error(&error) => return Ok(Followed::Refused(error)),
            Err(error) => return Err(error),
        };
        on_progress(&progress);
        if is_refused(&progress) {
            let refusal = flow_error(ErrorKind::Forbidden, Outcome::NotApplied, "GET", &path, "the order was refused");
            return Ok(Followed::Refused(refusal));
        }
        if let Some(step) = progress.follow_up.iter().find(|f| f.status == FollowUpStatus::Error) {
            let why = step.history.last().map(|h| h.description.as_str()).unwrap_or("no detail given");
            return Err(flow_error(
                ErrorKind::Forbidden,
                Outcome::NotApplied,
                "GET",
                &path,
                format!("the order stopped at step {:?}: {why}", step.step),
            ));
        }
        if let Some(held) = progress.held() {
            return Ok(Followed::Held(held));
        }
        not_paid = if progress.status == OrderStatus::NotPaid { not_paid + 1 } else { 0 };
        if not_paid >= NOT_PAID_READINGS {
            return Ok(Followed::Held(Held::NotPaid));
        }
        if progress.status == OrderStatus::Delivered
            && let Some(project_id) = find_project_id(client, order_id).await?
        {
            return Ok(Followed::Delivered(project_id));
        }
        tokio::time::sleep(interval).await;
    }
}
