//! Keys as the wizard understands them. The runtime converts terminal events into these,
//! so the core never sees a crossterm type.

/// One key press.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// A printable character (Shift already applied).
    Char(char),
    /// A letter with Ctrl held (`Ctrl('c')`).
    Ctrl(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Backspace,
    Delete,
    /// A function key (`F(1)`).
    F(u8),
    /// A notch of the mouse wheel, read as a key so the keymap binds it where it scrolls.
    WheelUp,
    WheelDown,
}

impl Key {
    /// How the help names the key (the mouse wheel is named by the catalogues).
    pub fn name(self) -> std::borrow::Cow<'static, str> {
        use std::borrow::Cow;
        Cow::Borrowed(match self {
            Key::Char(' ') => "space",
            Key::Char(c) => return Cow::Owned(c.to_string()),
            Key::Ctrl(c) => return Cow::Owned(format!("ctrl-{c}")),
            Key::F(n) => return Cow::Owned(format!("F{n}")),
            Key::Enter => "enter",
            Key::Esc => "esc",
            Key::Tab => "tab",
            Key::BackTab => "shift-tab",
            Key::Up => "↑",
            Key::Down => "↓",
            Key::Left => "←",
            Key::Right => "→",
            Key::Home => "home",
            Key::End => "end",
            Key::PageUp => "pgup",
            Key::PageDown => "pgdn",
            Key::Backspace => "backspace",
            Key::Delete => "delete",
            Key::WheelUp => "wheel-up",
            Key::WheelDown => "wheel-down",
        })
    }

    /// A notch of the mouse wheel.
    pub fn is_wheel(self) -> bool {
        matches!(self, Key::WheelUp | Key::WheelDown)
    }
}
