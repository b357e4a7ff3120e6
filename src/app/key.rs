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
}
