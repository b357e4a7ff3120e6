//! A single-line text editor over a `String` with a cursor counted in characters.

use super::key::Key;

/// Far above any valid value: keeps a runaway paste from growing without bound.
const MAX_CHARS: usize = 4096;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    value: String,
    /// Position of the cursor, in characters from the start (0..=len).
    cursor: usize,
}

impl TextField {
    /// A field holding `value`, with the cursor at its end.
    pub fn with_value(value: &str) -> Self {
        let mut field = Self::default();
        field.set(value);
        field
    }

    pub fn value(&self) -> &str {
        &self.value
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }

    /// Replaces the value and puts the cursor at its end.
    pub fn set(&mut self, value: &str) {
        self.value = value.chars().take(MAX_CHARS).collect();
        self.cursor = self.len();
    }

    pub fn clear(&mut self) {
        self.set("");
    }

    /// The same field with every character shown as `*`, for drawing a secret.
    pub fn masked(&self) -> TextField {
        TextField { value: "*".repeat(self.len()), cursor: self.cursor }
    }

    fn len(&self) -> usize {
        self.value.chars().count()
    }

    fn byte_index(&self, char_index: usize) -> usize {
        self.value.char_indices().nth(char_index).map_or(self.value.len(), |(i, _)| i)
    }

    pub fn insert(&mut self, c: char) {
        if self.len() >= MAX_CHARS {
            return;
        }
        let at = self.byte_index(self.cursor);
        self.value.insert(at, c);
        self.cursor += 1;
    }

    /// Inserts pasted text. The field has one line: line breaks and tabs become spaces.
    /// Other control characters would be invisible, and refused by every validator, so they
    /// are left out; returns how many were.
    pub fn insert_str(&mut self, text: &str) -> usize {
        let mut removed = 0;
        for c in text.chars().filter(|c| *c != '\r') {
            match c {
                '\n' | '\t' => self.insert(' '),
                c if c.is_control() => removed += 1,
                c => self.insert(c),
            }
        }
        removed
    }

    /// Applies an editing key. Returns whether the key was an editing key.
    pub fn edit(&mut self, key: Key) -> bool {
        match key {
            Key::Char(c) => self.insert(c),
            Key::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                let at = self.byte_index(self.cursor);
                self.value.remove(at);
            }
            Key::Delete if self.cursor < self.len() => {
                let at = self.byte_index(self.cursor);
                self.value.remove(at);
            }
            Key::Left => self.cursor = self.cursor.saturating_sub(1),
            Key::Right => self.cursor = (self.cursor + 1).min(self.len()),
            Key::Home | Key::Ctrl('a') => self.cursor = 0,
            Key::End | Key::Ctrl('e') => self.cursor = self.len(),
            Key::Ctrl('u') => {
                let at = self.byte_index(self.cursor);
                self.value.replace_range(..at, "");
                self.cursor = 0;
            }
            Key::Backspace | Key::Delete => {}
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(keys: &[Key]) -> TextField {
        let mut field = TextField::default();
        for key in keys {
            field.edit(*key);
        }
        field
    }

    #[test]
    fn edits_by_character_not_byte() {
        let mut field = typed(&[Key::Char('é'), Key::Char('日'), Key::Char('x')]);
        assert_eq!((field.value(), field.cursor()), ("é日x", 3));
        field.edit(Key::Left);
        field.edit(Key::Backspace);
        assert_eq!((field.value(), field.cursor()), ("éx", 1));
        field.edit(Key::Home);
        field.edit(Key::Delete);
        assert_eq!((field.value(), field.cursor()), ("x", 0));
        field.edit(Key::End);
        field.edit(Key::Right);
        assert_eq!(field.cursor(), 1);
        field.edit(Key::Backspace);
        field.edit(Key::Backspace);
        field.edit(Key::Delete);
        assert_eq!((field.value(), field.cursor()), ("", 0));
    }

    #[test]
    fn ctrl_u_deletes_before_the_cursor() {
        let mut field = TextField::with_value("hello world");
        for _ in 0..5 {
            field.edit(Key::Left);
        }
        field.edit(Key::Ctrl('u'));
        assert_eq!((field.value(), field.cursor()), ("world", 0));
    }

    #[test]
    fn masked_keeps_length_and_cursor_only() {
        let mut field = TextField::with_value("sé cret");
        field.edit(Key::Left);
        let masked = field.masked();
        assert_eq!((masked.value(), masked.cursor()), ("*******", 6));
    }

    #[test]
    fn paste_flattens_lines_and_is_bounded() {
        let mut field = TextField::default();
        field.insert_str("a\r\nb");
        assert_eq!(field.value(), "a b");
        assert_eq!(field.insert_str("\tc\u{1b}[31md\u{7}\u{85}"), 3, "ESC, BEL and NEL left out");
        assert_eq!(field.value(), "a b c[31md");
        field.clear();
        field.insert_str("a\r\nb");
        field.insert_str(&"z".repeat(10_000));
        assert_eq!(field.value().chars().count(), MAX_CHARS);
        assert!(!field.edit(Key::Enter));
    }
}
