//! Pure drawing: `&State` → frame. No clock, no IO; the same state draws the same screen.

mod cart_detail;
mod carts;
mod draw;
mod field;
pub(crate) mod footer;
mod header;
pub mod hit;
mod name;
mod onboarding;
pub(crate) mod order;
mod overlays;
mod plan;
mod review;
pub(crate) mod scrolled;
mod subsidiary;
pub(crate) mod text;
mod url;
mod voucher;
mod widgets;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::app::carts::CartsPage;
use crate::app::{State, Step, Viewport};
use crate::i18n::format;
use crate::tui::theme::Theme;

pub use crate::app::{MIN_HEIGHT, MIN_WIDTH};

/// What every part of the view needs.
pub(crate) struct Ctx<'a> {
    pub state: &'a State,
    pub theme: Theme,
    /// The whole terminal: an address wider than a box runs over its borders within it.
    pub screen: Rect,
}

impl Ctx<'_> {
    pub fn t(&self, key: &str) -> String {
        crate::i18n::tr(self.state.lang, key)
    }

    pub fn ta(&self, key: &str, args: &[(&str, &str)]) -> String {
        crate::i18n::tr_args(self.state.lang, key, args)
    }

    /// The API's formatted amount, or one formatted for the language when it sent none.
    pub fn money(&self, price: &crate::api::models::Price) -> String {
        format::money_or_text(self.state.lang, &price.text, price.price_in_ucents, &price.currency_code)
    }

    /// An amount taken off, with its minus sign (`app::labels::reduction`).
    pub fn reduction(&self, price: &crate::api::models::Price) -> String {
        crate::app::labels::reduction(self.state.lang, price)
    }

    /// An ISO 8601 date from the API, in the language's notation.
    pub fn date(&self, iso: &str) -> String {
        format::date(self.state.lang, iso)
    }

    /// The subsidiary's country or market, in the language on screen.
    pub fn country(&self, subsidiary: &crate::api::endpoints::Subsidiary) -> &'static str {
        crate::app::labels::country(self.state.lang, subsidiary)
    }

    /// A billing period (`P1M`) in words.
    pub fn period(&self, iso: &str) -> String {
        format::period(self.state.lang, iso)
    }
}

/// Draws the wizard. Whatever the screens drew, no cell leaves holding a control
/// character or a bidirectional override (see `crate::clean`): the last border before
/// the terminal.
pub fn view(state: &State, frame: &mut Frame) {
    view_reporting(state, frame);
}

/// Draws the wizard as `view` does, and says what the scrolled view on top (an overlay's,
/// else the screen's) shows: the full screen reports it to the core (`Msg::Viewport`), whose
/// page keys read it.
pub fn view_reporting(state: &State, frame: &mut Frame) -> Option<Viewport> {
    let viewport = screens(state, frame);
    draw::scrub(frame.buffer_mut());
    viewport
}

fn screens(state: &State, frame: &mut Frame) -> Option<Viewport> {
    let area = frame.area();
    let ctx = Ctx { state, theme: Theme::for_display(state.display), screen: area };
    if !state.fits(area.width, area.height) {
        too_small(&ctx, frame, area);
        return None;
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        // Only the quit question fits: it is drawn alone, all of it.
        return overlays::render(&ctx, frame, area);
    }
    let [header_area, body_area, footer_area] = areas(area);
    header::render(&ctx, frame, header_area);
    let step = state.step;
    let title = match (&state.onboarding, state.browser.page) {
        (Some(o), _) => format!(" {} · {} ", ctx.t(msgid!("onboard-title")), ctx.t(onboarding::page_msgid(o.page))),
        (None, Some(CartsPage::List)) => format!(" {} ", ctx.t(msgid!("carts-title"))),
        (None, Some(CartsPage::Detail)) => format!(" {} ", ctx.t(msgid!("cart-title"))),
        (None, None) => format!(" {} {} ", step.number(), ctx.t(step.msgid())),
    };
    widgets::bordered(frame.buffer_mut(), body_area, ctx.theme.border, Line::styled(title, ctx.theme.title));
    let content = content_area(body_area);
    if overlays::hides(&ctx, area, content) {
        footer::render(&ctx, frame, footer_area);
        return overlays::render(&ctx, frame, area);
    }
    let shown = if let Some(o) = &state.onboarding {
        onboarding::render(&ctx, frame, content, o)
    } else {
        match state.browser.page {
            Some(CartsPage::List) => carts::render(&ctx, frame, content),
            Some(CartsPage::Detail) => cart_detail::render(&ctx, frame, content),
            None => step_body(&ctx, frame, content),
        }
    };
    footer::render(&ctx, frame, footer_area);
    // A window over the screen takes the keys: what it shows is what the page keys scroll.
    match overlays::render(&ctx, frame, area) {
        Some(viewport) => Some(viewport),
        None if state.overlay.is_none() => shown,
        None => None,
    }
}

/// The current step, above the failure it shows (if any); what its scrolled view shows.
fn step_body(ctx: &Ctx, frame: &mut Frame, content: Rect) -> Option<Viewport> {
    let body = text::with_failure_panel(ctx, frame, content);
    match ctx.state.step {
        Step::Subsidiary => subsidiary::render(ctx, frame, body),
        Step::Plan => plan::render(ctx, frame, body),
        Step::Name => {
            name::render(ctx, frame, body);
            None
        }
        Step::Voucher => {
            voucher::render(ctx, frame, body);
            None
        }
        Step::Review => Some(review::render(ctx, frame, body)),
        Step::Order => Some(order::render(ctx, frame, body)),
    }
}

/// Header, the step's box, footer.
fn areas(area: Rect) -> [Rect; 3] {
    Layout::vertical([Constraint::Length(2), Constraint::Min(0), Constraint::Length(2)]).areas(area)
}

/// Inside the step's box, one column of margin on each side.
fn content_area(body_area: Rect) -> Rect {
    Block::bordered().inner(body_area).inner(ratatui::layout::Margin::new(1, 0))
}

fn too_small(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let message = ctx.ta(
        msgid!("too-small"),
        &[
            ("width", &area.width.to_string()),
            ("height", &area.height.to_string()),
            ("min_width", &MIN_WIDTH.to_string()),
            ("min_height", &MIN_HEIGHT.to_string()),
        ],
    );
    let lines = text::wrap(&message, usize::from(area.width.max(1)));
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX).min(area.height);
    let centred = area.centered_vertically(Constraint::Length(height));
    let text: Vec<Line> = lines.into_iter().map(|l| Line::styled(l, ctx.theme.warning).centered()).collect();
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), centred);
}
