//! The wizard's pure core driven through `update` alone: every effect it returns waits in
//! `pending` until the test answers it, or [`Wizard::settle`] answers it as a healthy API
//! would. The fixtures drive it with intents (`Msg::Act`, `Msg::Focus`, `Msg::SetText`), as
//! a front end without keys does; `key` and the helpers named after keys send key presses,
//! for the tests of key handling itself.

use ovhcart::api::error::{ApiError, ErrorKind, Outcome};
use ovhcart::api::models::*;
use ovhcart::app::consent::ConsentBox;
use ovhcart::app::keymap::Action;
use ovhcart::app::screens::ReviewFocus;
use ovhcart::app::*;

use super::fixtures::{api_error, follow_up, success};
use super::init::init;

#[derive(Clone)]
pub struct Wizard {
    pub state: State,
    /// Effects returned and not yet answered, oldest first.
    pub pending: Vec<Effect>,
    /// Effects `settle` had no answer for (follow, receipt, delete, quit).
    pub unanswered: Vec<Effect>,
}

impl Wizard {
    pub fn new() -> Self {
        Self::with(init())
    }

    pub fn with(init: Init) -> Self {
        let mut state = State::new(init);
        let pending = start(&mut state);
        Wizard { state, pending, unanswered: Vec::new() }
    }

    pub fn send(&mut self, msg: Msg) -> Vec<Effect> {
        let effects = update(&mut self.state, msg);
        self.pending.extend(effects.iter().cloned());
        effects
    }

    /// The intent `action`, where the current screen or overlay binds it.
    pub fn act(&mut self, action: Action) -> Vec<Effect> {
        self.send(Msg::Act(action))
    }

    pub fn acts(&mut self, actions: &[Action]) -> Vec<Effect> {
        actions.iter().flat_map(|action| self.act(*action)).collect()
    }

    /// `Act(Confirm)`: a step's answer given, a contract opened, the order placed on `y`.
    pub fn confirm(&mut self) -> Vec<Effect> {
        self.act(Action::Confirm)
    }

    /// The focused field's text replaced.
    pub fn set_text(&mut self, text: &str) -> Vec<Effect> {
        self.send(Msg::SetText(text.into()))
    }

    pub fn key(&mut self, key: Key) -> Vec<Effect> {
        self.send(Msg::Key(key))
    }

    pub fn keys(&mut self, keys: &[Key]) -> Vec<Effect> {
        keys.iter().flat_map(|key| self.key(*key)).collect()
    }

    pub fn enter(&mut self) -> Vec<Effect> {
        self.key(Key::Enter)
    }

    /// Types `text` key by key where the cursor is.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.key(Key::Char(c));
        }
    }

    /// End then Ctrl-U: the field emptied with its editing keys.
    pub fn clear_field(&mut self) {
        self.keys(&[Key::End, Key::Ctrl('u')]);
    }

    /// Answers every pending effect (and those they cause) as a healthy API would.
    pub fn settle(&mut self) {
        while !self.pending.is_empty() {
            let effect = self.pending.remove(0);
            match success(&effect) {
                Some(msg) => {
                    self.send(msg);
                }
                None => self.unanswered.push(effect),
            }
        }
    }

    /// [`Wizard::settle`], leaving the effects matching `keep` pending (for the test to answer).
    pub fn settle_except(&mut self, keep: impl Fn(&Effect) -> bool) {
        let mut kept = Vec::new();
        while !self.pending.is_empty() {
            let effect = self.pending.remove(0);
            if keep(&effect) {
                kept.push(effect);
                continue;
            }
            match success(&effect) {
                Some(msg) => {
                    self.send(msg);
                }
                None => self.unanswered.push(effect),
            }
        }
        self.pending = kept;
    }

    /// Takes the pending effect matching `pick`.
    pub fn take(&mut self, pick: impl Fn(&Effect) -> bool) -> Effect {
        if let Some(index) = self.pending.iter().position(&pick) {
            return self.pending.remove(index);
        }
        let index =
            self.unanswered.iter().position(&pick).unwrap_or_else(|| panic!("no such effect in {:?}", self.pending));
        self.unanswered.remove(index)
    }

    /// Answers the pending effect matching `pick` with the message `make` builds from its
    /// request id.
    pub fn answer(&mut self, pick: impl Fn(&Effect) -> bool, make: impl FnOnce(u64) -> Msg) {
        self.send_answer(pick, make);
    }

    /// [`Wizard::answer`], returning the effects the answer caused.
    pub fn send_answer(&mut self, pick: impl Fn(&Effect) -> bool, make: impl FnOnce(u64) -> Msg) -> Vec<Effect> {
        let req = match self.take(pick) {
            Effect::LoadAccount { req }
            | Effect::PrepareCart { req, .. }
            | Effect::AddProject { req, .. }
            | Effect::SetConfiguration { req, .. }
            | Effect::RemoveConfiguration { req, .. }
            | Effect::AddOption { req, .. }
            | Effect::RemoveOption { req, .. }
            | Effect::CheckVoucher { req, .. }
            | Effect::LoadQuote { req, .. }
            | Effect::Checkout { req, .. }
            | Effect::FollowOrder { req, .. } => req,
            other => panic!("{other:?} has no request id"),
        };
        self.send(make(req))
    }

    /// Every box the order needs ticked and "Place the order?" being asked.
    pub fn placing() -> Self {
        let mut w = Wizard::at_review();
        w.tick_all();
        w.focus(ReviewFocus::PlaceOrder);
        w.confirm();
        w
    }

    /// The person ticks `consent`'s box: its row focused (`Msg::Focus`), then `Toggle`.
    pub fn tick(&mut self, consent: ConsentBox) {
        self.focus(consent.focus());
        self.act(Action::Toggle);
        assert!(self.state.ticked(consent), "{consent:?} not ticked");
    }

    /// Every box the order needs ticked, top to bottom (the contracts, for Italy the
    /// clauses, the waiver).
    pub fn tick_all(&mut self) {
        for consent in ConsentBox::ALL {
            if self.state.requires(consent) {
                self.tick(consent);
            }
        }
    }

    /// The order placed, its delivery under way (and the receipt written); with the follow
    /// request's id.
    pub fn following() -> (Self, u64) {
        let mut w = Wizard::placing();
        w.confirm();
        w.settle();
        let Effect::FollowOrder { req, .. } = w.take(|e| matches!(e, Effect::FollowOrder { .. })) else {
            unreachable!()
        };
        w.send(Msg::OrderProgress {
            req,
            progress: OrderProgress {
                status: OrderStatus::Delivering,
                follow_up: vec![
                    follow_up(FollowUpStep::Validating, FollowUpStatus::Done, "ORDER_VALIDATED"),
                    follow_up(FollowUpStep::Validated, FollowUpStatus::Done, "PAYMENT_RECEIVED"),
                    follow_up(FollowUpStep::Delivering, FollowUpStatus::Doing, "DELIVERY_STARTED"),
                ],
            },
        });
        w.send(Msg::ReceiptWritten(Ok("/home/ada/.local/share/ovhcart/receipts/order-123456789.json".into())));
        (w, req)
    }

    /// The account loaded with these eligibility actions required (what the Control Panel
    /// asks of it first), on the subsidiary screen.
    pub fn must_act(actions: &[&str]) -> Self {
        let mut w = Wizard::new();
        let mut account = super::fixtures::account();
        account.eligibility = Some(Eligibility {
            actions_required: Some(actions.iter().map(|a| a.to_string()).collect()),
            ..Eligibility::default()
        });
        w.answer(|e| matches!(e, Effect::LoadAccount { .. }), |req| Msg::AccountLoaded { req, result: Ok(account) });
        w.settle();
        w
    }

    /// Subsidiary FR chosen, the cart ready, on the plan screen.
    pub fn at_plan() -> Self {
        let mut w = Wizard::new();
        w.settle();
        w.choose_subsidiary("FR");
        w.settle();
        w
    }

    /// `code` typed in the filter, highlighted among what it matches, and confirmed.
    pub fn choose_subsidiary(&mut self, code: &str) {
        self.set_text(code);
        // The filter may match several: highlight the exact code.
        let index = self.state.filtered_subsidiaries().iter().position(|s| s.code == code);
        let index = index.unwrap_or_else(|| panic!("{code} not found"));
        self.send(Msg::Focus(Focus::Subsidiary(index)));
        assert_eq!(self.state.subsidiary_screen.highlighted, Some(code));
        self.confirm();
    }

    /// Everything applied, the quote loaded, on the review screen.
    /// On the voucher step, the plan chosen and the default name given.
    pub fn at_voucher() -> Self {
        let mut w = Wizard::at_plan();
        w.confirm();
        w.confirm();
        w.settle();
        w
    }

    /// `EXPIRED2024` typed on the voucher step and refused by the API.
    pub fn voucher_refused() -> Self {
        let mut w = Wizard::at_voucher();
        w.set_text("EXPIRED2024");
        w.confirm();
        w.answer(
            |e| matches!(e, Effect::CheckVoucher { .. }),
            |req| Msg::VoucherChecked {
                req,
                code: "EXPIRED2024".into(),
                result: Err(api_error(
                    ErrorKind::BadRequest,
                    Outcome::NotApplied,
                    "This voucher has expired (VOUCHER_EXPIRED)",
                )),
            },
        );
        w
    }

    /// The checkout sent and answered with `error`.
    pub fn checkout_failed(error: ApiError) -> Self {
        let mut w = Wizard::placing();
        w.confirm();
        w.answer(|e| matches!(e, Effect::Checkout { .. }), |req| Msg::OrderPlaced { req, result: Err(error) });
        w
    }

    /// The checkout sent and its answer lost on the way: the order may exist.
    pub fn checkout_answer_lost() -> Self {
        let lost = api_error(ErrorKind::Network, Outcome::Unknown, "connection reset while waiting for the answer");
        Wizard::checkout_failed(lost)
    }

    pub fn at_review() -> Self {
        Wizard::at_review_for("FR")
    }

    /// On the review of an order from the subsidiary `code` (`IT`: with the clauses' box).
    pub fn at_review_for(code: &str) -> Self {
        let mut w = Wizard::new();
        w.settle();
        w.choose_subsidiary(code);
        w.settle();
        w.acts(&[Action::Confirm; 3]);
        w.settle();
        assert_eq!(w.state.step, Step::Review);
        w
    }

    /// Moves the review's focus to `target` (`Msg::Focus`).
    pub fn focus(&mut self, target: ReviewFocus) {
        self.send(Msg::Focus(Focus::Review(target)));
        assert_eq!(self.state.review.focus, target, "cannot reach {target:?}");
    }
}
