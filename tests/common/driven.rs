//! The wizard's pure core with its real effect executor, driven as a person would, for
//! tests that need the whole order path of the wizard without a screen (chaos, crashes).
//! It sends intents (`Msg::Act`, `Msg::SetText`), as a front end without keys does.

use std::time::{Duration, Instant};

use ovhcart::api::Endpoint;
use ovhcart::app::carts::CartsPage;
use ovhcart::app::failures::visible_failure;
use ovhcart::app::keymap::Action;
use ovhcart::app::screens::{OrderRefusal, ReviewFocus};
use ovhcart::app::{Effect, Focus, Init, Msg, OrderState, Overlay, State, Step, start, update};
use ovhcart::engine::effects::{Executor, FrontEnd, Services};
use ovhcart::sandbox::Sandbox;

/// The wizard's pure core with the real effect executor, driven as a person would: the next
/// intent depends on what the state shows, and a failure on screen is retried when the
/// wizard offers it.
pub struct Wizard {
    pub state: State,
    executor: Executor,
    results: tokio::sync::mpsc::UnboundedReceiver<Msg>,
    pub retries: usize,
}

impl Wizard {
    /// Ordering for the French subsidiary.
    pub fn new(sandbox: &Sandbox, data_dir: &std::path::Path) -> Wizard {
        Wizard::for_subsidiary(sandbox, data_dir, "FR")
    }

    /// Ordering for the US subsidiary (the sandbox's `us` situation).
    pub fn us(sandbox: &Sandbox, data_dir: &std::path::Path) -> Wizard {
        Wizard::for_subsidiary(sandbox, data_dir, "US")
    }

    fn for_subsidiary(sandbox: &Sandbox, data_dir: &std::path::Path, subsidiary: &str) -> Wizard {
        let endpoint = Endpoint::parse(&sandbox.base_url()).unwrap();
        let state = State::new(Init { preselect: Some(subsidiary.into()), ..super::init::init_for(&endpoint) });
        let services = Services {
            client: super::demo_retrying(sandbox),
            endpoint,
            data_dir: Some(data_dir.to_path_buf()),
            follow_interval: Duration::from_millis(50),
            front_end: FrontEnd::Wizard,
        };
        let (tx, results) = tokio::sync::mpsc::unbounded_channel();
        Wizard { state, executor: Executor::new(services, tx), results, retries: 0 }
    }

    pub fn run(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            if !matches!(effect, Effect::Quit { .. }) {
                self.executor.spawn(effect);
            }
        }
    }

    pub fn send(&mut self, msg: Msg) {
        let effects = update(&mut self.state, msg);
        self.run(effects);
    }

    pub fn act(&mut self, action: Action) {
        self.send(Msg::Act(action));
    }

    /// Applies answers until nothing is pending.
    pub async fn settle(&mut self) {
        while self.state.is_busy() {
            match tokio::time::timeout(Duration::from_secs(30), self.results.recv()).await {
                Ok(Some(msg)) => {
                    let effects = update(&mut self.state, msg);
                    self.run(effects);
                }
                _ => panic!("no answer while busy at {:?}", self.state.step),
            }
        }
        while let Ok(msg) = self.results.try_recv() {
            let effects = update(&mut self.state, msg);
            self.run(effects);
        }
    }

    /// Drives the wizard to the end; `Err` with the failure it stopped on.
    pub async fn order(&mut self, voucher: &str) -> Result<(), String> {
        let effects = start(&mut self.state);
        self.run(effects);
        let deadline = Instant::now() + Duration::from_secs(120);
        let mut voucher_typed = false;
        while Instant::now() < deadline {
            self.settle().await;
            if self.state.overlay.is_some() && self.state.overlay != Some(Overlay::ConfirmOrder) {
                self.act(Action::Close);
                continue;
            }
            if let Some((_, failure)) = visible_failure(&self.state) {
                if !failure.retryable || self.retries > 40 {
                    return Err(format!("{failure:?}"));
                }
                self.retries += 1;
                self.act(Action::Retry);
                continue;
            }
            if let Some(page) = self.state.browser.page {
                // Carts are open on the account: the first one is resumed, as a person back
                // after a crash would (the list's row 0 may be "New order").
                let on_new_order = page == CartsPage::List && self.state.browser.highlighted().is_none();
                self.act(if on_new_order { Action::Down } else { Action::Confirm });
                continue;
            }
            match self.state.step {
                Step::Subsidiary | Step::Plan | Step::Name => self.act(Action::Confirm),
                Step::Voucher => {
                    if !voucher_typed {
                        self.send(Msg::SetText(voucher.into()));
                        voucher_typed = true;
                    }
                    self.act(Action::Confirm);
                }
                Step::Review => {
                    if self.state.review.refusal == Some(OrderRefusal::AccountMustAct) {
                        return Err("refused: the account must act first".into());
                    }
                    let focus = self.state.review.focus;
                    let missing = self.state.missing_consent();
                    if self.state.overlay == Some(Overlay::ConfirmOrder) {
                        self.act(Action::Confirm);
                    } else if focus.consent().is_some_and(|c| !self.state.ticked(c)) {
                        // Each box the order needs, ticked by the person on its row.
                        self.act(Action::Toggle);
                    } else if focus == ReviewFocus::PlaceOrder {
                        match missing {
                            None => self.act(Action::Confirm),
                            Some(consent) => self.send(Msg::Focus(Focus::Review(consent.focus()))),
                        };
                    } else {
                        self.act(Action::FocusNext);
                    }
                }
                Step::Order => match &self.state.order {
                    OrderState::Placed(placed) if placed.project_id.is_some() => return Ok(()),
                    OrderState::Placed(placed) if placed.stopped.is_some() => {
                        return Err(format!("stopped: {:?}", placed.stopped));
                    }
                    _ => tokio::time::sleep(Duration::from_millis(20)).await,
                },
            }
        }
        Err(format!("no end in time at {:?}", self.state.step))
    }
}
