//! Where ovhcart finds the endpoint and credentials, as python-ovh and go-ovh do
//! (docs/ovh-order-api.md §8).
//!
//! - [`resolve`] / [`load`]: flags > `OVH_*` variables > `--config FILE` > `./ovh.conf` >
//!   `~/.ovh.conf` > `/etc/ovh.conf`, each value remembering where it came from.

mod error;
mod ini;
mod resolve;
mod source;

pub use error::{AuthProblem, ConfigError};
pub use ini::{Document, IniError};
pub use resolve::{Credentials, Env, Gathered, Overrides, Resolved, gather, load, resolve};
pub use source::{FileStatus, Key, Provenance, Setting, Source};
