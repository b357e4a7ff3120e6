//! Line prompts on the terminal for `ovhcart login`. Prompts go to stderr so that stdout
//! stays the command's output. A secret is read in raw mode, one key at a time, and only
//! `*` is echoed: the typed characters never reach the screen or the scrollback.

use std::io::{self, BufRead, Write};

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::terminal;

use crate::api::Secret;

#[derive(Debug, PartialEq, Eq)]
pub enum PromptError {
    /// Ctrl-C, Esc or end of input.
    Cancelled,
    Io(String),
}

/// Asks for a line; an empty answer gives `default` when there is one.
pub fn line(question: &str, default: Option<&str>) -> Result<String, PromptError> {
    let mut err = io::stderr().lock();
    let shown = match default {
        Some(d) => format!("{question} [{d}]: "),
        None => format!("{question}: "),
    };
    let _ = err.write_all(shown.as_bytes());
    let _ = err.flush();
    let mut answer = String::new();
    let read = io::stdin().lock().read_line(&mut answer).map_err(|e| PromptError::Io(e.to_string()))?;
    if read == 0 {
        return Err(PromptError::Cancelled);
    }
    let answer = answer.trim();
    Ok(if answer.is_empty() { default.unwrap_or_default().to_owned() } else { answer.to_owned() })
}

/// Asks for a secret, echoing `*` per character.
pub fn secret(question: &str) -> Result<Secret, PromptError> {
    let mut err = io::stderr();
    // Raw mode before the question: keys typed or pasted as soon as it shows are not echoed.
    terminal::enable_raw_mode().map_err(|e| PromptError::Io(e.to_string()))?;
    let _ = write!(err, "{question}: ");
    let _ = err.flush();
    let result = read_masked(&mut err);
    // Restore the terminal whatever happened; a failure here leaves nothing to do.
    let _ = terminal::disable_raw_mode();
    let _ = write!(err, "\r\n");
    let _ = err.flush();
    result
}

fn read_masked(err: &mut impl Write) -> Result<Secret, PromptError> {
    let mut typed = String::new();
    loop {
        let Event::Key(KeyEvent { code, modifiers, kind, .. }) =
            event::read().map_err(|e| PromptError::Io(e.to_string()))?
        else {
            continue;
        };
        if kind == KeyEventKind::Release {
            continue;
        }
        match code {
            KeyCode::Enter => return Ok(Secret::new(typed.trim().to_owned())),
            KeyCode::Esc => return Err(PromptError::Cancelled),
            KeyCode::Char('c' | 'd') if modifiers.contains(KeyModifiers::CONTROL) => {
                return Err(PromptError::Cancelled);
            }
            KeyCode::Backspace if typed.pop().is_some() => {
                let _ = write!(err, "\x08 \x08");
            }
            KeyCode::Char(c) if !c.is_control() => {
                typed.push(c);
                let _ = write!(err, "*");
            }
            _ => {}
        }
        let _ = err.flush();
    }
}
