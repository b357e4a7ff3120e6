//! The onboarding screens: the endpoint, the application keys (the secret drawn as `*`),
//! the validation link as text and QR code while the key is polled, and where it was saved.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::widgets::text_input::text_input;
use super::{Ctx, draw, scrolled, text, url};
use crate::api::endpoints::{Endpoint, Named};
use crate::api::login::LoginError;
use crate::app::Viewport;
use crate::app::onboarding::{KeyFocus, Onboarding, Page};

/// The page's name, for the box's title.
pub fn page_msgid(page: Page) -> &'static str {
    match page {
        Page::Endpoint => msgid!("onboard-page-endpoint"),
        Page::Keys => msgid!("onboard-page-keys"),
        Page::Requesting | Page::Waiting | Page::Saving => msgid!("onboard-page-validation"),
        Page::Saved => msgid!("onboard-page-saved"),
    }
}

/// Draws the page; the onboarding's pages report no scrolled view (their page keys move
/// the endpoint's highlight a default page).
pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect, onboarding: &Onboarding) -> Option<Viewport> {
    match onboarding.page {
        Page::Endpoint => endpoint(ctx, frame, area, onboarding),
        Page::Keys => keys(ctx, frame, area, onboarding),
        Page::Requesting | Page::Waiting | Page::Saving => waiting(ctx, frame, area, onboarding),
        Page::Saved => saved(ctx, frame, area, onboarding),
    }
    None
}

fn wrapped(text: &str, width: u16, style: ratatui::style::Style) -> Vec<Line<'static>> {
    text::wrap(text, usize::from(width)).into_iter().map(|l| Line::styled(l, style)).collect()
}

fn region_msgid(endpoint: &Endpoint) -> &'static str {
    match endpoint {
        Endpoint::Named(Named::OvhCa) => msgid!("onboard-region-ca"),
        Endpoint::Named(Named::OvhUs) => msgid!("onboard-region-us"),
        Endpoint::Named(_) => msgid!("onboard-region-eu"),
        Endpoint::Custom(_) => msgid!("onboard-region-custom"),
    }
}

fn endpoint(ctx: &Ctx, frame: &mut Frame, area: Rect, onboarding: &Onboarding) {
    let theme = &ctx.theme;
    let mut lines = wrapped(&ctx.t(msgid!("onboard-intro")), area.width, theme.text);
    lines.push(Line::default());
    lines.push(Line::styled(ctx.t(msgid!("onboard-choose-endpoint")), theme.dim));
    let mut focus = (0, 0);
    for (index, endpoint) in onboarding.endpoints.iter().enumerate() {
        let focused = index == onboarding.cursor;
        let start = lines.len();
        let (marker, style) = if focused { ("> ", theme.focus) } else { ("  ", theme.text) };
        lines.push(Line::from(vec![
            Span::styled(format!("{marker}{endpoint}"), style),
            Span::styled(format!("  {}", ctx.t(region_msgid(endpoint))), theme.text),
        ]));
        let codes: Vec<&str> = endpoint.sold_subsidiaries().iter().map(|s| s.code).collect();
        let serves = ctx.ta(msgid!("onboard-serves"), &[("codes", &codes.join(" "))]);
        lines.extend(text::indented(&serves, usize::from(area.width), theme.dim));
        if focused {
            focus = (start, lines.len() - 1);
        }
    }
    lines.push(Line::default());
    lines.extend(save_line(ctx, area.width, onboarding));
    // The highlighted endpoint stays in sight; the borders say what is above or below.
    scrolled::follow(ctx, frame, area, lines, focus);
}

fn save_line(ctx: &Ctx, width: u16, onboarding: &Onboarding) -> Vec<Line<'static>> {
    match &onboarding.save_to {
        Some(file) => {
            wrapped(&ctx.ta(msgid!("onboard-save-to"), &[("file", &file.display().to_string())]), width, ctx.theme.dim)
        }
        None => wrapped(&ctx.t(msgid!("login-no-home")), width, ctx.theme.warning),
    }
}

/// The QR code of `url`, made by `update` (see `QrLink`), if it fits in `width` × `height`.
fn qr_lines<'a>(onboarding: &'a Onboarding, url: &str, width: u16, height: u16) -> Option<&'a [String]> {
    let code = onboarding.qr.as_ref().filter(|qr| qr.url == url)?.code.as_deref()?;
    let code_width = code.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    (code_width <= usize::from(width) && code.len() <= usize::from(height)).then_some(code)
}

/// Draws a QR code's lines at the top of `area`.
fn draw_qr(ctx: &Ctx, frame: &mut Frame, area: Rect, code: &[String]) {
    let lines = code.iter().map(|l| Line::styled(l.as_str(), ctx.theme.text)).collect();
    draw::plain(frame, area, lines);
}

/// Splits off a column on the right for the QR code of `url` when it fits beside `min_left`
/// columns of text; returns the text's area and whether the code is drawn there.
fn beside_qr(
    ctx: &Ctx,
    frame: &mut Frame,
    area: Rect,
    onboarding: &Onboarding,
    url: &str,
    min_left: u16,
) -> (Rect, bool) {
    let room = area.width.saturating_sub(min_left.saturating_add(2));
    let Some(code) = qr_lines(onboarding, url, room, area.height) else { return (area, false) };
    let code_width = u16::try_from(code[0].chars().count()).unwrap_or(u16::MAX);
    let [left, _, right] =
        Layout::horizontal([Constraint::Min(0), Constraint::Length(2), Constraint::Length(code_width)]).areas(area);
    draw_qr(ctx, frame, right, code);
    (left, true)
}

fn keys(ctx: &Ctx, frame: &mut Frame, area: Rect, onboarding: &Onboarding) {
    let theme = &ctx.theme;
    let url = onboarding.endpoint().create_app_url();
    let (area, _) = beside_qr(ctx, frame, area, onboarding, &url, 50);
    let width = area.width;
    let mut lines = wrapped(&ctx.ta(msgid!("onboard-create-app"), &[("url", &url)]), width, theme.text);
    if onboarding.known_key.is_some() && *onboarding.endpoint() == onboarding.configured {
        lines.extend(wrapped(&ctx.t(msgid!("onboard-reused")), width, theme.dim));
    }
    let mut y = area.y;
    let intro_height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    draw::plain(frame, Rect { height: intro_height, ..area }.intersection(area), lines);
    y = y.saturating_add(intro_height);

    let key = onboarding.key_field.clone();
    let secret = onboarding.secret_field.masked();
    for (label, field, focus) in [
        (msgid!("onboard-application-key"), key, KeyFocus::ApplicationKey),
        (msgid!("onboard-application-secret"), secret, KeyFocus::ApplicationSecret),
    ] {
        let focused = onboarding.focus == focus;
        let label_style = if focused { theme.focus } else { theme.dim };
        let marker = if focused { "> " } else { "  " };
        let label_area = Rect { y, height: 1, ..area }.intersection(area);
        frame.render_widget(Line::styled(format!("{marker}{}", ctx.t(label)), label_style), label_area);
        let box_area = Rect { y: y.saturating_add(1), height: 3, width: area.width.min(60), ..area }.intersection(area);
        let block = Block::bordered().border_style(if focused { theme.focus } else { theme.border });
        let inner = block.inner(box_area);
        frame.render_widget(block, box_area);
        frame.render_widget(text_input(theme, &field, focused, usize::from(inner.width)), inner);
        y = y.saturating_add(4);
    }
    let below = Rect { y, height: area.bottom().saturating_sub(y), ..area }.intersection(area);
    let mut lines = text::pasted_note(ctx, usize::from(width));
    if let Some(refusal) = onboarding.refusal {
        lines.push(Line::styled(format!("✗ {}", ctx.t(refusal.msgid())), theme.error));
    } else if let Some(failure) = &onboarding.failure {
        lines.extend(failure_lines(ctx, failure, width));
    }
    draw::wrapped(frame, below, lines);
}

/// Why the last attempt ended, in place on the key fields.
fn failure_lines(ctx: &Ctx, failure: &LoginError, width: u16) -> Vec<Line<'static>> {
    let theme = &ctx.theme;
    let minutes = |after: &std::time::Duration| after.as_secs().div_ceil(60).to_string();
    match failure {
        LoginError::Api(error) => {
            text::error_lines(ctx, &ctx.t(msgid!("onboard-request-failed")), error, false, usize::from(width))
        }
        LoginError::Unverified(error) => {
            text::error_lines(ctx, &ctx.t(msgid!("login-verify-failed")), error, false, usize::from(width))
        }
        LoginError::TimedOut { after } => {
            wrapped(&ctx.ta(msgid!("onboard-timed-out"), &[("minutes", &minutes(after))]), width, theme.error)
        }
        LoginError::NotValidated { state } => {
            wrapped(&ctx.ta(msgid!("onboard-not-validated"), &[("state", state)]), width, theme.error)
        }
        LoginError::Cancelled => wrapped(&ctx.t(msgid!("login-cancelled")), width, theme.warning),
    }
}

fn waiting(ctx: &Ctx, frame: &mut Frame, area: Rect, onboarding: &Onboarding) {
    let theme = &ctx.theme;
    let spinner = text::spinner(ctx.state.spinner);
    let Some(pending) = onboarding.pending.as_ref().filter(|_| onboarding.page != Page::Requesting) else {
        let line = Line::styled(format!("{spinner} {}", ctx.t(msgid!("onboard-requesting"))), theme.text);
        frame.render_widget(line, Rect { height: 1, ..area });
        return;
    };
    let url = &pending.validation_url;
    // The code goes beside the text only if the link fits there on one line: the link is
    // never wrapped, nor run over the code.
    let url_width = u16::try_from(text::width_of(url)).unwrap_or(u16::MAX);
    let (text_area, beside) = beside_qr(ctx, frame, area, onboarding, url, url_width.max(40));
    let width = text_area.width;
    let count = crate::api::rights::needed_rules().len().to_string();
    let mut lines = wrapped(&ctx.ta(msgid!("onboard-open-url"), &[("count", &count)]), width, theme.text);
    lines.push(Line::default());
    let mut placed = Vec::new();
    url::push(&mut lines, &mut placed, url, 0, width, ctx.screen.width);
    lines.push(Line::default());
    let status = match (&onboarding.page, &onboarding.account) {
        (Page::Saving, Some(account)) => ctx.ta(msgid!("onboard-saving"), &[("account", account)]),
        _ => {
            let minutes = onboarding.timeout_secs.div_ceil(60).to_string();
            ctx.ta(msgid!("onboard-waiting"), &[("minutes", &minutes)])
        }
    };
    lines.extend(text::hanging(&format!("{spinner} {status}"), usize::from(width), theme.text));
    let used = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    if !beside {
        // No room on the right: below the text, or a word on how to get it.
        let rest = Rect { y: text_area.y.saturating_add(used + 1), ..text_area }.intersection(text_area);
        match qr_lines(onboarding, url, rest.width, rest.height) {
            Some(code) => draw_qr(ctx, frame, rest, code),
            None => {
                lines.push(Line::default());
                lines.extend(wrapped(&ctx.t(msgid!("onboard-qr-too-small")), width, theme.dim));
            }
        }
    }
    draw::plain(frame, text_area, lines);
    url::draw(frame.buffer_mut(), text_area, 0, &placed, theme.link);
}

fn saved(ctx: &Ctx, frame: &mut Frame, area: Rect, onboarding: &Onboarding) {
    let theme = &ctx.theme;
    let width = area.width;
    let mut lines = Vec::new();
    if let Some(account) = &onboarding.account {
        let validated = ctx.ta(msgid!("login-validated"), &[("account", account)]);
        lines.extend(wrapped(&format!("✓ {validated}"), width, theme.success));
    }
    match &onboarding.saved {
        Some(Ok(saved)) => {
            let text = ctx.ta(msgid!("onboard-saved"), &[("file", &saved.file), ("section", &saved.section)]);
            lines.extend(wrapped(&format!("✓ {text}"), width, theme.success));
        }
        Some(Err(not_saved)) => {
            lines.extend(wrapped(
                &format!("✗ {}", ctx.ta(msgid!("onboard-save-failed"), &[("error", &not_saved.error)])),
                width,
                theme.error,
            ));
            if let Some(hint) = not_saved.hint {
                lines.extend(wrapped(&ctx.t(hint), width, theme.text));
            }
            lines.extend(wrapped(&ctx.t(msgid!("onboard-save-failed-hint")), width, theme.text));
        }
        None => {}
    }
    lines.push(Line::default());
    lines.extend(wrapped(&ctx.t(msgid!("onboard-continue")), width, theme.text));
    draw::plain(frame, area, lines);
}
