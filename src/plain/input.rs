//! What the person types, one line at a time, and their Ctrl-C presses, as one source of
//! replies. Lines are read on a thread of their own: a blocking read cannot be cancelled,
//! and Ctrl-C must be heard while a question waits.

use std::io::BufRead;

use tokio::sync::{mpsc, watch};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    Line(String),
    /// End of input: nobody is left to answer.
    Eof,
    Interrupted,
}

pub struct Input {
    lines: mpsc::UnboundedReceiver<String>,
    presses: watch::Receiver<u32>,
    /// Ctrl-C presses already reported.
    seen: u32,
}

impl Input {
    /// Reads stdin and listens for Ctrl-C (SIGINT). Needs a running tokio runtime.
    pub fn stdin() -> Input {
        let (tx, lines) = mpsc::unbounded_channel();
        std::thread::spawn(move || {
            let mut stdin = std::io::stdin().lock();
            loop {
                let mut bytes = Vec::new();
                match stdin.read_until(b'\n', &mut bytes) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        // Invalid UTF-8 is shown as U+FFFD, never a crash; the validators refuse it.
                        let line = String::from_utf8_lossy(&bytes);
                        let line = line.trim_end_matches(['\n', '\r']).to_owned();
                        if tx.send(line).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Input { lines, presses: ctrl_c_presses(), seen: 0 }
    }

    /// The next line, or why there is none. A Ctrl-C pressed since the last report counts.
    pub async fn next(&mut self) -> Reply {
        let Input { lines, presses, seen } = self;
        tokio::select! {
            biased;
            () = next_press(presses, seen) => Reply::Interrupted,
            line = lines.recv() => line.map_or(Reply::Eof, Reply::Line),
        }
    }

    /// Resolves at the next Ctrl-C not reported yet.
    pub async fn interrupted(&mut self) {
        next_press(&mut self.presses, &mut self.seen).await;
    }
}

async fn next_press(presses: &mut watch::Receiver<u32>, seen: &mut u32) {
    loop {
        let count = *presses.borrow_and_update();
        if count != *seen {
            *seen = count;
            return;
        }
        if presses.changed().await.is_err() {
            // Nobody listens for the signal any more (it could not be installed).
            std::future::pending::<()>().await;
        }
    }
}

/// Counts Ctrl-C presses. Installed once, before the first question: from then on Ctrl-C
/// never kills the process outright, so a checkout in flight always finishes.
fn ctrl_c_presses() -> watch::Receiver<u32> {
    let (tx, rx) = watch::channel(0u32);
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut sigint) = signal(SignalKind::interrupt()) {
            tokio::spawn(async move {
                while sigint.recv().await.is_some() {
                    tx.send_modify(|n| *n = n.wrapping_add(1));
                }
            });
        }
    }
    #[cfg(not(unix))]
    tokio::spawn(async move {
        while tokio::signal::ctrl_c().await.is_ok() {
            tx.send_modify(|n| *n = n.wrapping_add(1));
        }
    });
    rx
}
