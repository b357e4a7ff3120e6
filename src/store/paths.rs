//! Where the data dir is: `OVHCART_DATA_DIR`, else the platform's data dir for ovhcart
//! (`~/.local/share/ovhcart` on Linux).

use std::path::PathBuf;

pub const DATA_DIR_ENV: &str = "OVHCART_DATA_DIR";

pub fn data_dir() -> Option<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => directories::ProjectDirs::from("", "", "ovhcart").map(|dirs| dirs.data_dir().to_path_buf()),
    }
}
