//! Following an order until its project is delivered.

use std::time::Duration;

use super::flow_error;
use crate::api::client::Client;
use crate::api::error::{ApiError, ErrorKind, Outcome};
use crate::api::models::{FollowUp, FollowUpStatus, ItemDetail, OrderStatus, is_project_id};

/// The plan codes of a Public Cloud project (EU/CA, US, discovery).
pub const PROJECT_PLAN_CODES: [&str; 3] = ["project.2018", "project", "project.discovery"];

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

/// The project id an order delivered: the `domain` of the detail whose extension is a
/// project plan (the Control Panel's way), else any detail whose domain has the project
/// id format (Terraform's way). `None` while the order has not delivered it yet.
pub async fn find_project_id(client: &Client, order_id: i64) -> Result<Option<String>, ApiError> {
    let details = super::order_details(client, order_id).await?;
    let candidates: Vec<_> = details.iter().filter(|d| is_project_id(&d.domain)).collect();
    for detail in &candidates {
        let path = format!("/me/order/{order_id}/details/{}/extension", detail.order_detail_id);
        let extension: ItemDetail = client.get(&path).await?;
        if extension.order.plan.code.as_deref().is_some_and(|code| PROJECT_PLAN_CODES.contains(&code)) {
            return Ok(Some(detail.domain.clone()));
        }
    }
    Ok(candidates.first().map(|d| d.domain.clone()))
}

/// Polls the order every `interval`, reporting each reading, until the project is
/// delivered (its id is returned) or the order fails. The caller bounds the wait.
pub async fn follow_order(
    client: &Client,
    order_id: i64,
    interval: Duration,
    mut on_progress: impl FnMut(&OrderProgress),
) -> Result<String, ApiError> {
    let path = format!("/me/order/{order_id}");
    loop {
        let progress = order_progress(client, order_id).await?;
        on_progress(&progress);
        if matches!(progress.status, OrderStatus::Cancelled | OrderStatus::Cancelling) {
            return Err(flow_error(ErrorKind::Forbidden, Outcome::NotApplied, "GET", &path, "the order was cancelled"));
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
        if progress.status == OrderStatus::Delivered
            && let Some(project_id) = find_project_id(client, order_id).await?
        {
            return Ok(project_id);
        }
        tokio::time::sleep(interval).await;
    }
}
