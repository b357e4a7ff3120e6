//! The clipboard, through the terminal: OSC 52 asks the terminal to put text on the
//! system's clipboard (most terminals do, some only when allowed; none says whether it
//! did). Only the full screen writes it: it owns the terminal.

use std::io::{self, Write};

use ratatui::backend::{CrosstermBackend, TestBackend};

/// A terminal that can be asked to copy text.
pub trait Clipboard {
    fn copy(&mut self, text: &str) -> io::Result<()>;
}

impl<W: Write> Clipboard for CrosstermBackend<W> {
    fn copy(&mut self, text: &str) -> io::Result<()> {
        self.write_all(osc52(text).as_bytes())?;
        self.flush()
    }
}

/// The test terminal has no clipboard: copying does nothing.
impl Clipboard for TestBackend {
    fn copy(&mut self, _text: &str) -> io::Result<()> {
        Ok(())
    }
}

/// The sequence that puts `text` on the clipboard (`c`), base64-encoded: whatever `text`
/// holds, the terminal reads no control in it.
pub fn osc52(text: &str) -> String {
    format!("\u{1b}]52;c;{}\u{7}", base64(text.as_bytes()))
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (index, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if index <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_as_rfc_4648_writes_it() {
        for (text, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(text.as_bytes()), encoded);
        }
    }

    #[test]
    fn the_sequence_carries_no_control_of_the_text() {
        let sequence = osc52("https://x/\u{1b}]0;evil\u{7}");
        assert!(sequence.starts_with("\u{1b}]52;c;") && sequence.ends_with('\u{7}'));
        let body = &sequence[7..sequence.len() - 1];
        assert!(body.chars().all(|c| c.is_ascii_alphanumeric() || "+/=".contains(c)), "{body}");
    }
}
