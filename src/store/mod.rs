//! What ovhcart keeps on disk in its data dir: receipts of orders (and, later, the
//! journal of unfinished flows and the log). Every file is written atomically.

pub mod atomic;
pub mod journal;
pub mod paths;
pub mod receipt;

pub use atomic::write_atomic;
pub use paths::data_dir;
