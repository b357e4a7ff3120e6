//! Saving credentials into an `ovh.conf` for `ovhcart login`: the other sections, keys,
//! comments and line endings stay exactly as they were, and the file is replaced in one
//! step (a temporary file in the same directory, fsync, rename), so a crash leaves either
//! the old file or the new one, never half of one. The result is readable by its owner only.

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::error::{ConfigError, WriteStep};
use super::ini::Document;

/// Sets `values` (e.g. `("consumer_key", ck.expose())`) in `[section]` of the file at
/// `path`, and `[default] endpoint` when `set_default_endpoint` is given. The file is
/// created if missing. A symbolic link is followed only if the current user owns it.
/// Returns the path of the file actually written.
pub fn save_credentials(
    path: &Path,
    section: &str,
    values: &[(&str, &str)],
    set_default_endpoint: Option<&str>,
) -> Result<PathBuf, ConfigError> {
    let shown = path.display().to_string();
    check_section(&shown, section)?;
    for (key, value) in values {
        check_entry(&shown, key, value)?;
    }
    if let Some(endpoint) = set_default_endpoint {
        check_entry(&shown, "endpoint", endpoint)?;
    }

    let target = follow_own_symlinks(path)?;
    let shown = target.display().to_string();
    let mut doc = match fs::read(&target) {
        Ok(bytes) => {
            let text = String::from_utf8(bytes)
                .map_err(|_| ConfigError::Read { file: shown.clone(), reason: "it is not UTF-8 text".into() })?;
            Document::parse(&text).map_err(|e| ConfigError::Parse {
                file: shown.clone(),
                line: e.line,
                problem: e.problem,
            })?
        }
        Err(e) if e.kind() == ErrorKind::NotFound => Document::default(),
        Err(e) => return Err(ConfigError::Read { file: shown, reason: e.to_string() }),
    };

    if let Some(endpoint) = set_default_endpoint {
        doc.set("default", "endpoint", endpoint);
    }
    for (key, value) in values {
        doc.set(section, key, value);
    }
    replace_atomically(&target, doc.render().as_bytes())?;
    Ok(target)
}

fn check_section(file: &str, section: &str) -> Result<(), ConfigError> {
    let bad = |problem| ConfigError::BadValue { file: file.to_owned(), key: format!("[{section}]"), problem };
    if section.trim().is_empty() || section.trim() != section {
        return Err(bad("a section name must be non-empty and not start or end with spaces"));
    }
    if section.chars().any(char::is_control) {
        return Err(bad("a section name must be a single line"));
    }
    Ok(())
}

/// The value is checked, never shown: it is usually a secret.
fn check_entry(file: &str, key: &str, value: &str) -> Result<(), ConfigError> {
    let bad = |problem| ConfigError::BadValue { file: file.to_owned(), key: key.escape_default().to_string(), problem };
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
        return Err(bad("a key is made of lowercase letters, digits and `_`"));
    }
    if value.is_empty() {
        return Err(bad("the value is empty"));
    }
    if value.chars().any(char::is_control) {
        return Err(bad("the value must be a single line without control characters"));
    }
    if value.trim() != value {
        return Err(bad("the value starts or ends with spaces, which readers would drop"));
    }
    Ok(())
}

/// The file a write to `path` should replace: `path` itself, or the end of a chain of
/// symbolic links that all belong to the current user. A link someone else owns could
/// redirect our credentials anywhere, so it is refused.
fn follow_own_symlinks(path: &Path) -> Result<PathBuf, ConfigError> {
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        let meta = match fs::symlink_metadata(&current) {
            Ok(meta) => meta,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(write_error(&current, &e, WriteStep::Inspect)),
        };
        if !meta.file_type().is_symlink() {
            if meta.is_dir() {
                let reason = "it is a directory".to_owned();
                return Err(ConfigError::Write {
                    file: current.display().to_string(),
                    reason,
                    step: WriteStep::NotAFile,
                });
            }
            return Ok(current);
        }
        if meta.uid() != me {
            return Err(ConfigError::ForeignSymlink { link: current.display().to_string(), owner: meta.uid() });
        }
        let next = fs::read_link(&current).map_err(|e| write_error(&current, &e, WriteStep::ReadLink))?;
        current = match current.parent() {
            Some(dir) if next.is_relative() => dir.join(next),
            _ => next,
        };
    }
    Err(ConfigError::Write {
        file: path.display().to_string(),
        reason: "too many levels of symbolic links".into(),
        step: WriteStep::LinkLoop,
    })
}

fn replace_atomically(target: &Path, contents: &[u8]) -> Result<(), ConfigError> {
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "ovh.conf".into());
    let temp = dir.join(format!(".{name}.{}-{:08x}.tmp", std::process::id(), fastrand::u32(..)));

    let result = write_synced(&temp, contents)
        .map_err(|e| write_error(target, &e, WriteStep::WriteTemp))
        .and_then(|()| fs::rename(&temp, target).map_err(|e| write_error(target, &e, WriteStep::Replace)));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
        return result;
    }
    // Makes the rename itself durable; the data is already safe, so a failure here is not
    // worth reporting.
    if let Ok(dir) = fs::File::open(&dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

fn write_synced(temp: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).mode(0o600).open(temp)?;
    // The umask can only remove bits from 0600; set it anyway so the mode is exact.
    file.set_permissions(fs::Permissions::from_mode(0o600))?;
    file.write_all(contents)?;
    file.sync_all()
}

fn write_error(file: &Path, error: &std::io::Error, step: WriteStep) -> ConfigError {
    ConfigError::Write { file: file.display().to_string(), reason: error.to_string(), step }
}
