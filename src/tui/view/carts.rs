//! The cart browser's list: every cart of the account with its description, item count,
//! expiry and state. ovhcart's own carts carry a `★`, explained under the list, and each
//! state is a word, so nothing is told by colour alone.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::scrolled::More;
use super::widgets::rows;
use super::{Ctx, draw, text};
use crate::app::Remote;
use crate::app::carts::CartSummary;
use crate::app::{ScrollView, Viewport};

/// The mark of a cart ovhcart made.
pub const OVHCART_MARK: &str = "★";

/// Draws the list; returns what it shows.
pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) -> Option<Viewport> {
    let theme = &ctx.theme;
    let browser = &ctx.state.browser;
    let width = usize::from(area.width);
    let intro = if browser.start_screen { msgid!("carts-intro-start") } else { msgid!("carts-intro") };
    let intro = text::wrap(&ctx.t(intro), width);
    let notes = notes(ctx, width);
    let intro_height = u16::try_from(intro.len() + 1).unwrap_or(u16::MAX);
    let notes_height = u16::try_from(notes.len()).unwrap_or(u16::MAX);
    let [intro_area, table_area, notes_area] =
        Layout::vertical([Constraint::Length(intro_height), Constraint::Min(3), Constraint::Length(notes_height)])
            .areas(area);
    let intro: Vec<Line> = intro.into_iter().map(|l| Line::styled(l, theme.text)).collect();
    draw::plain(frame, intro_area, intro);
    draw::wrapped(frame, notes_area, notes);

    let carts = match &browser.carts {
        Remote::Ready(carts) => carts.as_slice(),
        Remote::Failed(failure) => {
            let lines = text::error_lines(ctx, &ctx.t(msgid!("failed-carts")), &failure.error, true, width);
            draw::wrapped(frame, table_area, lines);
            return None;
        }
        Remote::Idle | Remote::Loading => {
            let line = Line::from(vec![
                Span::styled(format!("{} ", text::spinner(ctx.state.spinner)), theme.key),
                Span::styled(ctx.t(msgid!("carts-loading")), theme.dim),
            ]);
            frame.render_widget(line, table_area);
            return None;
        }
    };
    if carts.is_empty() && !browser.start_screen {
        frame.render_widget(Line::styled(ctx.t(msgid!("carts-none")), theme.text), table_area);
        return None;
    }
    Some(table(ctx, frame, table_area, carts))
}

fn table(ctx: &Ctx, frame: &mut Frame, area: Rect, carts: &[CartSummary]) -> Viewport {
    let theme = &ctx.theme;
    let header = [
        ctx.t(msgid!("carts-column-project")),
        ctx.t(msgid!("carts-column-cart")),
        ctx.t(msgid!("carts-column-items")),
        ctx.t(msgid!("carts-column-expires")),
        ctx.t(msgid!("carts-column-state")),
    ];
    let mut rows: Vec<[String; 5]> = Vec::new();
    if ctx.state.browser.start_screen {
        let new_order = format!("+ {}", ctx.t(msgid!("carts-new-order")));
        rows.push([new_order, String::new(), String::new(), String::new(), String::new()]);
    }
    for cart in carts {
        let mark = if cart.made_by_ovhcart { OVHCART_MARK } else { " " };
        let items = ctx.ta(msgid!("carts-items"), &[("count", &cart.item_count().to_string())]);
        let expires = cart.cart.expire.as_deref().map_or_else(|| "—".to_owned(), |e| ctx.date(e));
        rows.push([format!("{mark} {}", project_cell(cart)), cart.short_id(), items, expires, state_word(ctx, cart)]);
    }
    // The last four columns as wide as their widest text; the project takes the rest, and
    // keeps a few words of its name on a narrow screen (the others give way first).
    let widest = |column: usize| {
        let cells = rows.iter().map(|row| row[column].width()).chain([header[column].width()]);
        u16::try_from(cells.max().unwrap_or(0)).unwrap_or(u16::MAX)
    };
    let widths = [
        Constraint::Min(12),
        Constraint::Length(widest(1)),
        Constraint::Length(widest(2)),
        Constraint::Length(widest(3)),
        Constraint::Length(widest(4)),
    ];
    let table = rows::Table {
        titles: &header,
        rows: &rows,
        widths,
        spacing: 2,
        title_style: theme.dim,
        row_style: theme.text,
        focus: theme.focus,
    };
    let window = table.draw(frame.buffer_mut(), area, Some(ctx.state.browser.cursor), &More::new(ctx));
    window.viewport(ScrollView::Carts, rows.len())
}

/// What tells a cart apart: the name of its project; else its description; else `—`.
pub fn project_cell(cart: &CartSummary) -> String {
    match &cart.project {
        Some(name) => name.clone(),
        None if !cart.cart.description.is_empty() => cart.cart.description.clone(),
        None => "—".to_owned(),
    }
}

/// `outcome unknown`, `open`, `in use`, `read-only (ordered)` or `expired`.
pub fn state_word(ctx: &Ctx, cart: &CartSummary) -> String {
    let key = if cart.checkout_unknown {
        msgid!("carts-state-unknown")
    } else if cart.cart.read_only {
        msgid!("carts-state-read-only")
    } else if cart.expired {
        msgid!("carts-state-expired")
    } else if ctx.state.open_cart_id() == Some(cart.cart.cart_id.as_str()) {
        msgid!("carts-state-in-use")
    } else {
        msgid!("carts-state-open")
    };
    ctx.t(key)
}

/// Under the list: the legend of the mark, and a deletion that failed.
fn notes(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let browser = &ctx.state.browser;
    let mut lines = Vec::new();
    if let Some(refusal) = browser.refusal {
        let refusal = text::wrap(&format!("✗ {}", ctx.t(refusal.msgid())), width);
        lines.extend(refusal.into_iter().map(|l| Line::styled(l, ctx.theme.error)));
    }
    if let Some(failure) = &browser.deletion_failure {
        lines.extend(text::error_lines(ctx, &ctx.t(msgid!("failed-delete")), &failure.error, false, width));
    }
    let mine = browser.carts.ready().is_some_and(|carts| carts.iter().any(|c| c.made_by_ovhcart));
    if mine {
        let legend = ctx.ta(msgid!("carts-legend"), &[("mark", OVHCART_MARK)]);
        lines.extend(text::wrap(&legend, width).into_iter().map(|l| Line::styled(l, ctx.theme.dim)));
    }
    lines
}
