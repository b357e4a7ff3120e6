//! Step 3: the project's name, validated before anything is sent.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{Ctx, draw, text};
use crate::app::validate::{NameError, PROJECT_NAME_MAX};

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let theme = &ctx.theme;
    let state = ctx.state;
    let below_area = super::field::render(
        ctx,
        frame,
        area,
        &ctx.t(msgid!("name-intro")),
        &ctx.t(msgid!("name-label")),
        &state.name_field,
    );

    let count = state.name_field.value().trim().chars().count();
    let args = [("count", count.to_string()), ("max", PROJECT_NAME_MAX.to_string())];
    let args = [("count", args[0].1.as_str()), ("max", args[1].1.as_str())];
    // Past the limit the counter says so as it happens, in words and not by colour alone.
    let mut below = vec![if count > PROJECT_NAME_MAX {
        let over = (count - PROJECT_NAME_MAX).to_string();
        let text = ctx.ta(msgid!("name-count-over"), &[args[0], args[1], ("over", &over)]);
        Line::styled(format!("✗ {text}"), theme.error)
    } else {
        Line::styled(ctx.ta(msgid!("name-count"), &args), theme.dim)
    }];
    below.extend(text::pasted_note(ctx, usize::from(below_area.width)));
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
    // Said before the person goes further: the order will be refused until it is done.
    below.extend(text::eligibility_lines(ctx, usize::from(below_area.width)));
    draw::wrapped(frame, below_area, below);
}
