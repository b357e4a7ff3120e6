//! Logs go to a file (the data dir's `ovhcart.log`, or `--log-file`), never to the
//! screen. Nothing secret is ever passed to a log call; `Secret` masks itself anyway.

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tracing_subscriber::EnvFilter;

/// Starts logging at `verbosity` (0: info, 1: debug, 2+: trace). `RUST_LOG` overrides.
/// Returns the log file's path, or `None` when no file could be opened (ovhcart then
/// runs without a log rather than failing).
pub fn init(verbosity: u8, file: Option<&Path>, data_dir: Option<&Path>) -> Option<PathBuf> {
    let path = file.map(Path::to_path_buf).or_else(|| data_dir.map(|d| d.join("ovhcart.log")))?;
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let log = OpenOptions::new().create(true).append(true).open(&path).ok()?;
    let level = match verbosity {
        0 => "ovhcart=info",
        1 => "ovhcart=debug",
        _ => "ovhcart=trace",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(level));
    let installed = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(false)
        .with_writer(Mutex::new(log))
        .try_init()
        .is_ok();
    installed.then_some(path)
}
