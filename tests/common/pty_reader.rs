//! The plumbing of a pseudo-terminal: opening one, and reading what the program in it
//! writes on a thread of its own. Shared by [`super::pty`], `login_interactive`, the
//! responsiveness bench and the screenshots example; a file free of anything test-only, so
//! that a bench or an example can include it alone with `#[path]`.

use std::io::Read;

use portable_pty::{MasterPty, PtyPair, PtySize, native_pty_system};

/// A pseudo-terminal of `cols`×`rows`.
pub fn open((cols, rows): (u16, u16)) -> PtyPair {
    native_pty_system().openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("a pty")
}

/// Hands each chunk the terminal's program writes to `output`, on a thread of its own,
/// until the terminal closes.
pub fn read_on_thread(master: &dyn MasterPty, mut output: impl FnMut(&[u8]) + Send + 'static) {
    let mut reader = master.try_clone_reader().expect("a pty reader");
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            output(&buf[..n]);
        }
    });
}
