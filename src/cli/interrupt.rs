//! Ctrl-C as a value commands can wait on or look at. It is installed before the first
//! network call, so a Ctrl-C never kills the process outright: a checkout in flight is
//! always allowed to finish and be reconciled.

use tokio::sync::watch;

#[derive(Clone)]
pub struct Interrupt {
    pressed: watch::Receiver<bool>,
}

impl Interrupt {
    /// Starts listening for Ctrl-C (SIGINT). Needs a running tokio runtime.
    pub fn install() -> Interrupt {
        let (tx, pressed) = watch::channel(false);
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            // Registered here, synchronously: no window where SIGINT still kills.
            if let Ok(mut sigint) = signal(SignalKind::interrupt()) {
                tokio::spawn(async move {
                    if sigint.recv().await.is_some() {
                        let _ = tx.send(true);
                    }
                });
            }
        }
        #[cfg(not(unix))]
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                let _ = tx.send(true);
            }
        });
        Interrupt { pressed }
    }

    pub fn is_pressed(&self) -> bool {
        *self.pressed.borrow()
    }

    /// Resolves when Ctrl-C is pressed (never, if the signal could not be watched).
    pub async fn pressed(&self) {
        let mut pressed = self.pressed.clone();
        if pressed.wait_for(|p| *p).await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}
