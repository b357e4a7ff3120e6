//! Title line and the step indicator (`✓ 1 Subsidiary › ▶ 2 Plan › 3 Name …`): the current
//! step is marked with `▶` and done steps with `✓`, not by colour alone.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Ctx, draw};
use crate::app::Step;

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let theme = &ctx.theme;
    let title = Line::from(vec![
        Span::styled(" ovhcart ", theme.title),
        Span::styled(ctx.ta(msgid!("header-endpoint"), &[("endpoint", &ctx.state.endpoint_label)]), theme.dim),
    ]);
    let full = steps(ctx, false);
    let steps = if full.width() <= usize::from(area.width) { full } else { steps(ctx, true) };
    // The language in its own name, so a reader of any language finds the switch.
    let language = ctx.ta(msgid!("header-language"), &[("language", ctx.state.lang.native_name())]);
    let language = Line::styled(format!("{language} "), theme.dim).right_aligned();
    let fits = title.width() + language.width() < usize::from(area.width);
    draw::plain(frame, area, vec![title, steps]);
    if fits {
        frame.render_widget(language, Rect { height: 1, ..area });
    }
}

/// The step line; `compact` names only the current step.
fn steps(ctx: &Ctx, compact: bool) -> Line<'static> {
    let theme = &ctx.theme;
    // While onboarding, connecting comes before every step.
    let onboarding = ctx.state.onboarding.is_some();
    let current = ctx.state.step;
    let mut spans = vec![Span::raw(" ")];
    if onboarding {
        spans.push(Span::styled(format!("▶ {}", ctx.t(msgid!("onboard-step"))), theme.step_current));
    }
    for (index, step) in Step::ALL.into_iter().enumerate() {
        if index > 0 || onboarding {
            spans.push(Span::styled(" › ", theme.dim));
        }
        let ordering = match step.cmp(&current) {
            _ if onboarding => std::cmp::Ordering::Greater,
            // Delivered: the last step is done too.
            std::cmp::Ordering::Equal if ctx.state.is_delivered() => std::cmp::Ordering::Less,
            ordering => ordering,
        };
        let name = ctx.t(step.msgid());
        let (text, style) = match ordering {
            std::cmp::Ordering::Less if compact => (format!("✓{}", step.number()), theme.step_done),
            std::cmp::Ordering::Less => (format!("✓ {} {name}", step.number()), theme.step_done),
            std::cmp::Ordering::Equal => (format!("▶ {} {name}", step.number()), theme.step_current),
            std::cmp::Ordering::Greater if compact => (step.number().to_string(), theme.step_todo),
            std::cmp::Ordering::Greater => (format!("{} {name}", step.number()), theme.step_todo),
        };
        spans.push(Span::styled(text, style));
    }
    Line::from(spans)
}
