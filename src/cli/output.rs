//! What a command prints: sentences from the catalogue for people, or exactly one JSON
//! document on stdout for scripts. Progress, prompts and diagnostics go to stderr, so
//! stdout stays parseable.

use std::io::Write;

use serde::Serialize;

use crate::api::{ApiError, ErrorKind};
use crate::app::labels::error_hint;
use crate::i18n::{Lang, tr, tr_args};

use super::quote::ContractJson;
use crate::args::GlobalArgs;
use crate::engine::{Exit, Failure};

/// Why a command stopped, with everything a script needs to act on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub exit: Exit,
    /// `usage`, `refused`, `interrupted`, `outcomeUnknown`, or the API error's kind.
    pub kind: &'static str,
    pub message: String,
    pub query_id: Option<String>,
    pub hint: Option<String>,
    /// The cart the command made or used, when it still exists.
    pub cart_id: Option<String>,
    pub order_id: Option<i64>,
    /// What holds a placed order (`fraudReview`, `documentsRequested`, `notPaid`).
    pub held: Option<&'static str>,
    /// What the account must do before ordering (eligibility actions, as the API names them).
    pub actions: Vec<String>,
    /// The contracts an order needs accepted (`--accept-contracts`), when it was not.
    pub contracts: Vec<ContractJson>,
}

impl Problem {
    fn plain(exit: Exit, kind: &'static str, message: impl Into<String>) -> Problem {
        Problem {
            exit,
            kind,
            message: message.into(),
            query_id: None,
            hint: None,
            cart_id: None,
            order_id: None,
            held: None,
            actions: Vec::new(),
            contracts: Vec::new(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Problem {
        Problem::plain(Exit::Usage, "usage", message)
    }

    pub fn refused(message: impl Into<String>) -> Problem {
        Problem::plain(Exit::Refused, "refused", message)
    }

    /// A failure of the API side (exit 1) found by ovhcart itself, e.g. a wait that ran out.
    pub fn plain_api(message: impl Into<String>, kind: &'static str) -> Problem {
        Problem::plain(Exit::ApiFailed, kind, message)
    }

    pub fn interrupted(message: impl Into<String>) -> Problem {
        Problem::plain(Exit::Interrupted, "interrupted", message)
    }

    /// An API error under a sentence saying what was being done (`context`).
    pub fn api(lang: Lang, context: &str, error: &ApiError) -> Problem {
        Problem {
            exit: Exit::ApiFailed,
            kind: kind_name(error.kind),
            message: format!("{context}: {error}"),
            query_id: error.query_id.clone(),
            hint: Some(tr(lang, error_hint(error.kind))),
            cart_id: None,
            order_id: None,
            held: None,
            actions: Vec::new(),
            contracts: Vec::new(),
        }
    }

    /// A failure from the shared command-line plumbing (configuration, connection).
    pub fn from_failure(failure: Failure) -> Problem {
        let kind = match failure.exit {
            Exit::Usage => "usage",
            Exit::Refused => "refused",
            Exit::Interrupted | Exit::Terminated => "interrupted",
            Exit::Held => "held",
            Exit::Done | Exit::ApiFailed => "network",
        };
        Problem { hint: failure.hint, ..Problem::plain(failure.exit, kind, failure.message) }
    }

    pub fn with_exit(mut self, exit: Exit) -> Problem {
        self.exit = exit;
        self
    }

    pub fn with_kind(mut self, kind: &'static str) -> Problem {
        self.kind = kind;
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Problem {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_cart(mut self, cart_id: Option<&str>) -> Problem {
        self.cart_id = cart_id.map(str::to_owned);
        self
    }

    /// The placed order is held by OVHcloud: exit 4.
    pub fn held(message: impl Into<String>, held: &'static str, order_id: i64) -> Problem {
        Problem { held: Some(held), ..Problem::plain(Exit::Held, "held", message).with_order(order_id) }
    }

    /// The account must act before ordering: exit 3 with the actions.
    pub fn eligibility(message: impl Into<String>, actions: Vec<String>) -> Problem {
        Problem { actions, ..Problem::plain(Exit::Refused, "eligibility", message) }
    }

    pub fn with_order(mut self, order_id: i64) -> Problem {
        self.order_id = Some(order_id);
        self
    }

    /// One line for stderr: what happened, then what to do.
    pub fn one_line(&self) -> String {
        match &self.hint {
            Some(hint) => format!("{} — {hint}", self.message),
            None => self.message.clone(),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ErrorDocument<'a> {
    error: ErrorBody<'a>,
    cart_id: Option<&'a str>,
    order_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    held: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    actions: Option<&'a Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    contracts: Option<&'a Vec<ContractJson>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ErrorBody<'a> {
    message: &'a str,
    kind: &'a str,
    query_id: Option<&'a str>,
    hint: Option<&'a str>,
}

/// How one command run speaks.
#[derive(Debug, Clone, Copy)]
pub struct Out {
    pub json: bool,
    pub lang: Lang,
}

impl Out {
    /// Reads `--lang`; an unknown language is reported in the chosen format.
    pub fn new(global: &GlobalArgs, json: bool) -> Result<Out, Failure> {
        match crate::engine::lang::resolve(global.lang.as_deref(), None) {
            Ok(lang) => Ok(Out { json, lang }),
            Err(failure) => Err(Out { json, lang: Lang::En }.fail(Problem::from_failure(failure))),
        }
    }

    pub fn t(&self, key: &str) -> String {
        tr(self.lang, key)
    }

    pub fn ta(&self, key: &str, args: &[(&str, &str)]) -> String {
        tr_args(self.lang, key, args)
    }

    /// A progress or context line, on stderr in both modes. Like every text line, cleaned
    /// of what a terminal would obey (`crate::clean`): it may hold the API's words.
    pub fn note(&self, line: &str) {
        eprintln!("{}", crate::clean::text(line));
    }

    /// A result line for people, on stdout; nothing in JSON mode.
    pub fn say(&self, line: &str) {
        if !self.json {
            println!("{}", crate::clean::text(line));
        }
    }

    /// Ends the command: the JSON document (success or error) on stdout in JSON mode,
    /// and the `Failure` main turns into `ovhcart: …` and the exit code.
    pub fn finish<T: Serialize>(&self, result: Result<T, Problem>) -> Result<(), Failure> {
        match result {
            Ok(report) => {
                if self.json {
                    print_json(&report);
                }
                Ok(())
            }
            Err(problem) => Err(self.fail(problem)),
        }
    }

    /// The error document (JSON mode), and the failure for main.
    pub fn fail(&self, problem: Problem) -> Failure {
        if self.json {
            print_json(&ErrorDocument {
                error: ErrorBody {
                    message: &problem.message,
                    kind: problem.kind,
                    query_id: problem.query_id.as_deref(),
                    hint: problem.hint.as_deref(),
                },
                cart_id: problem.cart_id.as_deref(),
                order_id: problem.order_id,
                held: problem.held,
                actions: (!problem.actions.is_empty()).then_some(&problem.actions),
                contracts: (!problem.contracts.is_empty()).then_some(&problem.contracts),
            });
        }
        Failure::new(problem.exit, problem.one_line())
    }
}

fn print_json<T: Serialize>(document: &T) {
    let text = serde_json::to_string_pretty(document).unwrap_or_else(|e| {
        format!("{{\"error\":{{\"message\":\"cannot encode the result: {e}\",\"kind\":\"internal\"}}}}")
    });
    let text = crate::clean::json_escaped(text);
    let mut stdout = std::io::stdout().lock();
    // A closed stdout (`| head`) is not worth a panic.
    let _ = writeln!(stdout, "{text}");
    let _ = stdout.flush();
}

/// The stable name of an error kind in JSON output.
pub fn kind_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::InvalidCredentials => "invalidCredentials",
        ErrorKind::InvalidSignature => "invalidSignature",
        ErrorKind::NotGranted => "notGranted",
        ErrorKind::Forbidden => "forbidden",
        ErrorKind::CartNotFound => "cartNotFound",
        ErrorKind::NotFound => "notFound",
        ErrorKind::BadRequest => "badRequest",
        ErrorKind::RateLimited => "rateLimited",
        ErrorKind::ServerUnavailable => "serverUnavailable",
        ErrorKind::Network => "network",
        ErrorKind::InvalidResponse => "invalidResponse",
        ErrorKind::ClearHttp => "clearHttp",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::error::Outcome;

    #[test]
    fn api_problems_keep_the_query_id_and_say_what_to_do() {
        let error = ApiError::from_answer(
            "GET",
            "/me",
            400,
            br#"{"errorCode":"INVALID_SIGNATURE","message":"Invalid signature"}"#,
            Some("EU.q1".into()),
        );
        let problem = Problem::api(Lang::En, "Could not load your account", &error).with_cart(Some("c1"));
        assert_eq!((problem.exit, problem.kind), (Exit::ApiFailed, "invalidSignature"));
        assert_eq!(problem.query_id.as_deref(), Some("EU.q1"));
        let line = problem.one_line();
        assert!(line.starts_with("Could not load your account: GET /me: Invalid signature"), "{line}");
        assert!(line.contains("[X-Ovh-QueryID: EU.q1]") && line.contains("ovhcart doctor"), "{line}");
        assert!(!line.contains('\n'));
        let lost = ApiError::without_answer(ErrorKind::Network, Outcome::Unknown, "POST", "/x", "lost");
        assert_eq!(Problem::api(Lang::En, "x", &lost).kind, "network");
    }
}
