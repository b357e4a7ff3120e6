//! Where ovhcart finds the endpoint and credentials, as python-ovh and go-ovh do
//! (docs/ovh-order-api.md §8), and how `ovhcart login` writes them back.
//!
//! - [`resolve`] / [`load`]: flags > `OVH_*` variables > `--config FILE` > `./ovh.conf` >
//!   `~/.ovh.conf` > `/etc/ovh.conf`, each value remembering where it came from.
//! - [`save_credentials`]: merges keys into an `ovh.conf`, keeping every other line, and
//!   replaces the file atomically with mode 0600.

mod error;
mod ini;
mod resolve;
mod source;
mod write;

pub use error::{AuthProblem, ConfigError, WriteStep};
pub use ini::{Document, IniError};
pub use resolve::{Credentials, Env, Gathered, Overrides, Resolved, gather, load, resolve};
pub use source::{FileStatus, Key, Provenance, Setting, Source};
pub use write::save_credentials;
