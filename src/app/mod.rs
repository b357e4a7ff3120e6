//! The wizard's pure core: state, messages, update, effects. No IO, no terminal, no clock.
//!
//! The runtime owns a [`State`], feeds it [`Msg`]s through [`update`], executes the
//! [`Effect`]s it returns, and draws it with `tui::view`.

mod busy;
pub mod carts;
pub mod consent;
pub mod effect;
pub mod failures;
pub mod key;
pub mod keymap;
pub mod labels;
pub mod links;
pub mod msg;
pub mod onboarding;
pub mod requests;
pub mod screens;
pub mod scroll;
pub mod state;
pub mod step;
pub mod text_field;
pub mod update;
pub mod validate;

pub use effect::{ConfigLabel, Effect, OptionChoice, OptionKind, PlanChoice, ReceiptDraft};
pub use key::Key;
pub use msg::{
    Account, CartReady, Click, EarlierRun, Focus, Msg, OrderProgress, Pasted, PlacedOrder, ProjectItem, Recheck,
};
pub use onboarding::OnboardingInit;
pub use scroll::{ScrollView, Viewport};
pub use state::{Display, Init, MIN_HEIGHT, MIN_WIDTH, Notice, OrderState, Overlay, Remote, State, Step};
pub use text_field::TextField;
pub use update::{assumed_subsidiary, start, update};
