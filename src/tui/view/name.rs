//! Step 3: the project's name, validated before anything is sent.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::widgets::fitted;
use super::widgets::text_input::text_input;
use super::{Ctx, text};
use crate::app::validate::{NameError, PROJECT_NAME_MAX};

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let theme = &ctx.theme;
    let state = ctx.state;
    let width = usize::from(area.width);
    let mut lines: Vec<Line> =
        text::wrap(&ctx.t(msgid!("name-intro")), width).into_iter().map(|l| Line::styled(l, theme.text)).collect();
    lines.push(Line::default());
    lines.push(Line::styled(ctx.t(msgid!("name-label")), theme.dim));
    let intro_height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    // As tall as its lines (no wrap): see `widgets::fitted`.
    frame.render_widget(Paragraph::new(lines), Rect { height: intro_height.min(area.height), ..area });

    // The field, in a box so its extent is visible without colour.
    let field_area = Rect { y: area.y.saturating_add(intro_height), height: 3, ..area }.intersection(area);
    let block = Block::bordered().border_style(theme.border);
    let inner = block.inner(field_area);
    frame.render_widget(block, field_area);
    frame.render_widget(text_input(theme, &state.name_field, true, usize::from(inner.width)), inner);

    let count = state.name_field.value().trim().chars().count();
    let mut below = vec![Line::styled(
        ctx.ta(msgid!("name-count"), &[("count", &count.to_string()), ("max", &PROJECT_NAME_MAX.to_string())]),
        theme.dim,
    )];
    if let Some(error) = state.name_error {
        let message = match error {
            NameError::TooLong { count } => {
                ctx.ta(error.msgid(), &[("count", &count.to_string()), ("max", &PROJECT_NAME_MAX.to_string())])
            }
            _ => ctx.t(error.msgid()),
        };
        below.push(Line::styled(format!("✗ {message}"), theme.error));
    } else if let Some(applied) = &state.pipeline.description.applied {
        below.push(Line::styled(format!("✓ {}", ctx.ta(msgid!("name-saved"), &[("name", applied)])), theme.success));
    }
    let below_area = Rect { y: field_area.bottom(), ..area }.intersection(area);
    let below_area = fitted(below_area, &below);
    frame.render_widget(Paragraph::new(below).wrap(ratatui::widgets::Wrap { trim: false }), below_area);
}
