//! The wizard's pure core, driven by typed answers instead of key presses.
//!
//! Why not a sequential driver over `api::flow`: the core already owns the hard parts (the
//! cart kept in line with the draft, request ids that drop late answers, the waiver guard,
//! checkout once then reconcile). Sending it the intents its keymap binds (`Msg::Act`, the
//! same a key press becomes), and running its effects with the full screen's `Executor`,
//! gives the same requests in the same order, by construction. Only the drawing differs:
//! questions and lines instead of frames.

use std::time::Duration;

use tokio::sync::mpsc;

use super::input::Input;
use super::say::Say;
use crate::app::keymap::{self, Action};
use crate::app::{self, Focus, Init, Msg, OrderState, State};
use crate::engine::effects::run_effects;
use crate::engine::effects::{Executor, Services};

/// After this long without the awaited answer, one "working" line is printed.
const PATIENCE: Duration = Duration::from_secs(1);

pub struct Session {
    pub state: State,
    executor: Executor,
    results: mpsc::UnboundedReceiver<Msg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waited {
    Done,
    Interrupted,
    /// Nothing is in flight and the condition does not hold: it never will.
    Idle,
}

impl Session {
    /// The state and the effects of the start (the account is loaded in the background).
    pub async fn start(init: Init, services: Services) -> Session {
        let (tx, results) = mpsc::unbounded_channel();
        let mut session = Session { state: State::new(init), executor: Executor::new(services, tx), results };
        let effects = app::start(&mut session.state);
        run_effects(&mut session.executor, &mut session.state, effects).await;
        session
    }

    /// Applies one message and starts its effects. Cart deletions asked for with a `Quit`
    /// are awaited (the quit itself is the caller's business).
    pub async fn send(&mut self, msg: Msg) {
        let effects = app::update(&mut self.state, msg);
        run_effects(&mut self.executor, &mut self.state, effects).await;
    }

    /// Sends the intent `action`, as its key would. Returns false when nothing binds it here
    /// (the core ignores it then).
    pub async fn act(&mut self, action: Action) -> bool {
        let context = keymap::context(&self.state);
        if !keymap::binds(context, action) {
            tracing::warn!(?action, ?context, "plain mode: this action does nothing here");
            return false;
        }
        self.send(Msg::Act(action)).await;
        true
    }

    /// Replaces the text of the focused field.
    pub async fn set_text(&mut self, text: &str) {
        self.send(Msg::SetText(text.into())).await;
    }

    /// Moves a list's highlight or the review's focus.
    pub async fn focus(&mut self, focus: Focus) {
        self.send(Msg::Focus(focus)).await;
    }

    /// Feeds the effects' answers to `update` until `done` holds. Says what it waits for,
    /// once, when that takes more than a second; `each` sees the state after every answer.
    /// Ctrl-C ends the wait only when `interruptible` (a checkout in flight is never left).
    pub async fn wait(
        &mut self,
        input: &mut Input,
        say: &Say,
        done: impl Fn(&State) -> bool,
        mut each: impl FnMut(&State),
        interruptible: bool,
    ) -> Waited {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        let mut announced = false;
        loop {
            if done(&self.state) {
                return Waited::Done;
            }
            if !in_flight(&self.state) {
                return Waited::Idle;
            }
            tokio::select! {
                Some(msg) = self.results.recv() => {
                    self.send(msg).await;
                    while let Ok(msg) = self.results.try_recv() {
                        self.send(msg).await;
                    }
                    each(&self.state);
                }
                () = tokio::time::sleep_until(deadline), if !announced => {
                    announced = true;
                    say.working(&self.state);
                }
                () = input.interrupted(), if interruptible => return Waited::Interrupted,
            }
        }
    }
}

/// Something will still answer: a request, the follow-up, or the receipt being written.
fn in_flight(state: &State) -> bool {
    state.is_busy() || matches!(&state.order, OrderState::Placed(placed) if placed.receipt.is_none())
}
