//! Named styles. Every state also has a symbol or a word (`>`, `[x]`, `✗`, `✓`), so the
//! `NO_COLOR` theme, which uses modifiers only, loses nothing.

use ratatui::style::{Color, Modifier, Style};

use crate::app::Display;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub title: Style,
    pub border: Style,
    /// The focused row, field or button.
    pub focus: Style,
    pub error: Style,
    pub success: Style,
    pub warning: Style,
    /// Key names in the footer and the help.
    pub key: Style,
    pub step_done: Style,
    pub step_current: Style,
    pub step_todo: Style,
    /// The character under the text cursor.
    pub cursor: Style,
    pub link: Style,
}

impl Theme {
    pub fn for_display(display: Display) -> Theme {
        match (display.no_color, display.high_contrast) {
            (true, _) => Theme::no_color(),
            (false, true) => Theme::high_contrast(),
            (false, false) => Theme::standard(),
        }
    }

    pub fn standard() -> Theme {
        Theme {
            text: Style::new(),
            dim: Style::new().fg(Color::DarkGray),
            title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::Blue),
            focus: Style::new().fg(Color::Black).bg(Color::Cyan).add_modifier(Modifier::BOLD),
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            success: Style::new().fg(Color::Green),
            warning: Style::new().fg(Color::Yellow),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            step_done: Style::new().fg(Color::Green),
            step_current: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            step_todo: Style::new().fg(Color::DarkGray),
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            link: Style::new().fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
        }
    }

    /// `NO_COLOR`: no foreground or background colour at all, modifiers only.
    pub fn no_color() -> Theme {
        let plain = Style::new();
        Theme {
            text: plain,
            dim: plain.add_modifier(Modifier::DIM),
            title: plain.add_modifier(Modifier::BOLD),
            border: plain,
            focus: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            error: plain.add_modifier(Modifier::BOLD),
            success: plain,
            warning: plain.add_modifier(Modifier::BOLD),
            key: plain.add_modifier(Modifier::BOLD),
            step_done: plain,
            step_current: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            step_todo: plain.add_modifier(Modifier::DIM),
            cursor: plain.add_modifier(Modifier::REVERSED),
            link: plain.add_modifier(Modifier::UNDERLINED),
        }
    }

    /// Bright colours on the terminal's background, nothing dim.
    pub fn high_contrast() -> Theme {
        Theme {
            text: Style::new().fg(Color::White),
            dim: Style::new().fg(Color::White),
            title: Style::new().fg(Color::LightYellow).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::White),
            focus: Style::new().fg(Color::Black).bg(Color::LightYellow).add_modifier(Modifier::BOLD),
            error: Style::new().fg(Color::LightRed).add_modifier(Modifier::BOLD),
            success: Style::new().fg(Color::LightGreen).add_modifier(Modifier::BOLD),
            warning: Style::new().fg(Color::LightYellow).add_modifier(Modifier::BOLD),
            key: Style::new().fg(Color::LightCyan).add_modifier(Modifier::BOLD),
            step_done: Style::new().fg(Color::LightGreen),
            step_current: Style::new().fg(Color::LightYellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            step_todo: Style::new().fg(Color::White),
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            link: Style::new().fg(Color::LightCyan).add_modifier(Modifier::UNDERLINED),
        }
    }

    /// Every style, for checks over the whole theme.
    pub fn styles(&self) -> [Style; 14] {
        [
            self.text,
            self.dim,
            self.title,
            self.border,
            self.focus,
            self.error,
            self.success,
            self.warning,
            self.key,
            self.step_done,
            self.step_current,
            self.step_todo,
            self.cursor,
            self.link,
        ]
    }
}
