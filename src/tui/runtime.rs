//! The UI loop: one `select!` over terminal events, effect results and a spinner tick
//! that exists only while something is pending. Each pass drains everything queued, then
//! draws once; with nothing happening there is no timer, no wake-up and no redraw.

use std::future::Future;
use std::io;
use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use futures::{Stream, StreamExt};
use ratatui::Terminal;
use ratatui::backend::Backend;
use tokio::sync::mpsc;

use super::clipboard::Clipboard;
use super::view::{hit, view_reporting};
use crate::app::{self, Key, Msg, State};
use crate::engine::effects::{Executor, Services, run_effects};

/// How often the spinner advances while a request is pending.
const TICK: Duration = Duration::from_millis(100);

/// How the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The wizard asked to quit with this exit code (0 done, 130 aborted).
    Quit(i32),
    /// The terminal's event stream ended (the terminal went away).
    EventsClosed,
    /// `shutdown` resolved (SIGTERM).
    Shutdown,
}

/// Runs the wizard until it quits. `events` are the terminal's (crossterm's `EventStream`,
/// or a scripted stream in tests); `shutdown` ends the loop early (SIGTERM).
pub async fn run<B, E>(
    terminal: &mut Terminal<B>,
    mut state: State,
    services: Services,
    mut events: E,
    shutdown: impl Future<Output = ()>,
) -> io::Result<(Ending, State)>
where
    B: Backend + Clipboard,
    B::Error: std::error::Error + Send + Sync + 'static,
    E: Stream<Item = io::Result<Event>> + Unpin,
{
    let (tx, mut results) = mpsc::unbounded_channel();
    let mut executor = Executor::new(services, tx);
    // The first frame comes before any network call.
    let mut effects = draw(terminal, &mut state)?;
    // A test-only switch: the pty tests check that a panic still gives the terminal back.
    if std::env::var_os("OVHCART_TEST_PANIC").is_some() {
        panic!("panic requested by OVHCART_TEST_PANIC");
    }
    // The core decides what may act from the size (nothing but Ctrl-C on a screen too
    // small to draw): it knows it before the first key.
    if let Ok(size) = terminal.size() {
        effects.extend(app::update(&mut state, Msg::Resize { w: size.width, h: size.height }));
    }
    effects.extend(app::start(&mut state));
    // The start's requests are under way: the spinner says so from now, not from their
    // first answer (which an unreachable API may take many seconds to give).
    effects.extend(draw(terminal, &mut state)?);
    let mut ticker = spinner_ticker(&state, None);
    tokio::pin!(shutdown);
    loop {
        let to_run = copy(terminal, std::mem::take(&mut effects));
        if let Some(code) = run_effects(&mut executor, &mut state, to_run).await {
            return Ok((Ending::Quit(code), state));
        }
        let msg = tokio::select! {
            event = events.next() => match event {
                Some(Ok(Event::Mouse(mouse))) => match click(terminal, &state, mouse) {
                    Some(msg) => msg,
                    None => continue,
                },
                Some(Ok(event)) => match to_msg(event) {
                    Some(msg) => msg,
                    None => continue,
                },
                Some(Err(e)) => return Err(e),
                None => return Ok((Ending::EventsClosed, state)),
            },
            Some(msg) = results.recv() => msg,
            _ = tick(&mut ticker) => Msg::Tick,
            () = &mut shutdown => return Ok((Ending::Shutdown, state)),
        };
        effects = app::update(&mut state, msg);
        while let Ok(msg) = results.try_recv() {
            effects.extend(app::update(&mut state, msg));
        }
        effects.extend(draw(terminal, &mut state)?);
        ticker = spinner_ticker(&state, ticker);
    }
}

/// The spinner's tick while something is pending (the one running, or a new one), none
/// otherwise.
fn spinner_ticker(state: &State, ticker: Option<tokio::time::Interval>) -> Option<tokio::time::Interval> {
    match (state.is_busy(), ticker) {
        (true, Some(t)) => Some(t),
        (true, None) => Some(tokio::time::interval_at(tokio::time::Instant::now() + TICK, TICK)),
        (false, _) => None,
    }
}

/// Draws the state, then tells the core what the scrolled view on screen shows when that
/// changed (its page keys read it); the effects that report causes (none, as a rule).
fn draw<B>(terminal: &mut Terminal<B>, state: &mut State) -> io::Result<Vec<app::Effect>>
where
    B: Backend,
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let mut shown = None;
    terminal.draw(|frame| shown = view_reporting(state, frame)).map_err(io::Error::other)?;
    Ok(match shown {
        Some(viewport) if state.viewport != Some(viewport) => app::update(state, Msg::Viewport(viewport)),
        _ => Vec::new(),
    })
}

/// Writes the clipboard's effects to the terminal (OSC 52), which only the full screen
/// owns; the others go on to the engine.
fn copy<B: Backend + Clipboard>(terminal: &mut Terminal<B>, effects: Vec<app::Effect>) -> Vec<app::Effect> {
    effects
        .into_iter()
        .filter(|effect| match effect {
            app::Effect::CopyToClipboard { text } => {
                if let Err(error) = terminal.backend_mut().copy(text) {
                    tracing::warn!(%error, "could not write the clipboard's sequence");
                }
                false
            }
            _ => true,
        })
        .collect()
}

/// Waits for the next spinner tick, or forever when there is no spinner.
async fn tick(ticker: &mut Option<tokio::time::Interval>) {
    match ticker {
        Some(t) => {
            t.tick().await;
        }
        None => std::future::pending().await,
    }
}

/// A left click, as what it lands on (found from the layout the view draws).
fn click<B: Backend>(terminal: &Terminal<B>, state: &State, mouse: MouseEvent) -> Option<Msg> {
    // A notch of the wheel is read as a key, where the keymap binds it (it scrolls).
    match mouse.kind {
        MouseEventKind::ScrollUp => return Some(Msg::Key(Key::WheelUp)),
        MouseEventKind::ScrollDown => return Some(Msg::Key(Key::WheelDown)),
        MouseEventKind::Down(MouseButton::Left) => {}
        _ => return None,
    }
    let size = terminal.size().ok()?;
    let area = ratatui::layout::Rect::new(0, 0, size.width, size.height);
    hit::click(state, area, mouse.column, mouse.row).map(Msg::Click)
}

/// A terminal event as the wizard sees it; `None` for what it ignores (key releases,
/// focus and mouse events).
pub fn to_msg(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => to_key(key).map(Msg::Key),
        Event::Paste(text) => Some(Msg::Paste(text.into())),
        Event::Resize(w, h) => Some(Msg::Resize { w, h }),
        _ => None,
    }
}

fn to_key(key: KeyEvent) -> Option<Key> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Tab if key.modifiers.contains(KeyModifiers::SHIFT) => Key::BackTab,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Delete => Key::Delete,
        KeyCode::F(n) => Key::F(n),
        _ => return None,
    })
}
