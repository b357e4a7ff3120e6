//! `/auth/*` and `/me`: the time, consumer-key requests and the current credential,
//! the account and its payment methods.

use hyper::StatusCode;

use super::demo;
use super::reply::{Handled, Reply, bad_request, bare, no_object, parse_body};
use super::router::{Ctx, long_param, printable};
use super::state::{CredentialRec, CredentialState, World, format_time};
use crate::api::models::{AccessRule, Credential, CredentialRequest, CredentialRequestAnswer};

const METHODS: [&str; 4] = ["GET", "POST", "PUT", "DELETE"];

pub fn time(world: &mut World, _ctx: &Ctx<'_>) -> Handled {
    Reply::ok(&world.now().timestamp())
}

/// `POST /auth/credential`: a pending consumer key and the sandbox page that validates it.
pub fn request_credential(world: &mut World, ctx: &Ctx<'_>) -> Handled {
    let Some(application_key) = ctx.caller.application_key.clone() else {
        return Err(bare(StatusCode::UNAUTHORIZED, "You must send your application key to request new credentials"));
    };
    let body: CredentialRequest = parse_body(ctx.body)?;
    if body.access_rules.is_empty() {
        return Err(bad_request("accessRules must contain at least one rule"));
    }
    for rule in &body.access_rules {
        if !METHODS.contains(&rule.method.as_str()) {
            return Err(bad_request(format!(
                "Invalid value for accessRules.method: {} is not one of GET, POST, PUT, DELETE",
                printable(&rule.method)
            )));
        }
        if !rule.path.starts_with('/') {
            return Err(bad_request(format!(
                "Invalid access rule path {}: it must start with /",
                printable(&rule.path)
            )));
        }
    }
    let consumer_key = world.token(32);
    let validation_token = world.token(64);
    let id = world.next_id();
    let created = world.now();
    world.credentials.insert(
        consumer_key.clone(),
        CredentialRec {
            id,
            application_key,
            account: None,
            state: CredentialState::PendingValidation,
            rules: body.access_rules,
            created,
            last_use: None,
            allowed_ips: body.allowed_ips,
        },
    );
    world.validation_tokens.insert(validation_token.clone(), consumer_key.clone());
    Reply::ok(&CredentialRequestAnswer {
        consumer_key,
        state: CredentialState::PendingValidation.as_str().into(),
        validation_url: format!("{}/sandbox/validate?credentialToken={validation_token}", ctx.origin()),
    })
}

pub fn current_credential(world: &mut World, ctx: &Ctx<'_>) -> Handled {
    ctx.account()?;
    let now = world.now();
    let Some(ck) = &ctx.caller.consumer_key else {
        // A bearer token: a service account with every right.
        return Reply::ok(&Credential {
            allowed_ips: None,
            application_id: 0,
            creation: format_time(now),
            credential_id: 0,
            expiration: None,
            last_use: Some(format_time(now)),
            ovh_support: false,
            rules: METHODS.iter().map(|m| AccessRule::new(m, "/*")).collect(),
            status: "validated".into(),
        });
    };
    let Some(rec) = world.credentials.get(ck) else { return Err(no_object("consumerKey", "***")) };
    Reply::ok(&Credential {
        allowed_ips: rec.allowed_ips.clone(),
        application_id: demo::APPLICATION_ID,
        creation: format_time(rec.created),
        credential_id: rec.id,
        expiration: None,
        last_use: rec.last_use.map(format_time),
        ovh_support: false,
        rules: rec.rules.clone(),
        status: rec.state.as_str().into(),
    })
}

pub fn me(world: &mut World, ctx: &Ctx<'_>) -> Handled {
    Reply::ok(&demo::me(ctx.account()?, world.config.situation))
}

fn parse_bool(name: &str, raw: &str) -> Result<bool, Reply> {
    match raw {
        "true" | "True" | "1" => Ok(true),
        "false" | "False" | "0" => Ok(false),
        _ => Err(bad_request(format!("Invalid value for {name}: {} is not a boolean", printable(raw)))),
    }
}

pub fn payment_methods(world: &mut World, ctx: &Ctx<'_>) -> Handled {
    let account = ctx.account()?;
    let default = ctx.query("default").map(|v| parse_bool("default", v)).transpose()?;
    let kind = ctx.query("paymentType");
    let status = ctx.query("status");
    let ids: Vec<i64> = demo::payment_methods(account, world.config.situation)
        .into_iter()
        .filter(|m| default.is_none_or(|d| m.default == d))
        .filter(|m| kind.is_none_or(|k| m.payment_type == k))
        .filter(|m| status.is_none_or(|s| m.status == s))
        .map(|m| m.payment_method_id)
        .collect();
    Reply::ok(&ids)
}

pub fn payment_method(world: &mut World, ctx: &Ctx<'_>, raw_id: &str) -> Handled {
    let account = ctx.account()?;
    let id = long_param("paymentMethodId", raw_id)?;
    let method = demo::payment_methods(account, world.config.situation).into_iter().find(|m| m.payment_method_id == id);
    method.map_or_else(|| Err(no_object("paymentMethodId", id)), |m| Reply::ok(&m))
}
