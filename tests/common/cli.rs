//! Running the `ovhcart` binary in tests: a clean environment (no ovh.conf, no OVH_*
//! variables, data dir and HOME in temporary directories), stdin not a terminal.
#![allow(dead_code)]

use std::process::Output;

use assert_cmd::Command;
use ovhcart::sandbox::{Sandbox, accounts};
use tempfile::TempDir;

pub struct Env {
    pub home: TempDir,
    pub data: TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env { home: tempfile::tempdir().expect("home"), data: tempfile::tempdir().expect("data dir") }
    }

    /// `ovhcart` with this environment, in English, nothing inherited that could change it.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::from_std(self.std_cmd());
        cmd.timeout(std::time::Duration::from_secs(60));
        cmd
    }

    /// [`Env::cmd`] as a plain process, for tests that need its pid.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_ovhcart"));
        cmd.current_dir(self.home.path()).env("HOME", self.home.path()).env("LC_ALL", "C");
        for (name, _) in std::env::vars_os() {
            let name = name.to_string_lossy().into_owned();
            if name.starts_with("OVH_") || name.starts_with("OVHCART_") {
                cmd.env_remove(&name);
            }
        }
        cmd.env("OVHCART_DATA_DIR", self.data.path());
        cmd
    }

    /// `ovhcart --endpoint <sandbox>` with the demo keys in the environment.
    pub fn against(&self, sandbox: &Sandbox) -> Command {
        let mut cmd = Command::from_std(self.std_against(sandbox));
        cmd.timeout(std::time::Duration::from_secs(60));
        cmd
    }

    /// [`Env::against`] as a plain process.
    pub fn std_against(&self, sandbox: &Sandbox) -> std::process::Command {
        let mut cmd = self.std_cmd();
        cmd.arg("--endpoint")
            .arg(sandbox.base_url())
            .env("OVH_APPLICATION_KEY", accounts::APPLICATION_KEY)
            .env("OVH_APPLICATION_SECRET", accounts::APPLICATION_SECRET)
            .env("OVH_CONSUMER_KEY", accounts::CONSUMER_KEY);
        cmd
    }
}

/// Runs a command off the async runtime that serves the sandbox.
pub async fn run(mut cmd: Command) -> Output {
    tokio::task::spawn_blocking(move || cmd.output().expect("ovhcart runs")).await.expect("join")
}

pub fn code(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// stdout as the one JSON document it must be.
pub fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!("stdout is not one JSON document ({e}):\n{}\nstderr:\n{}", stdout(output), stderr(output))
    })
}

/// How many requests the sandbox saw with this method and a path matching `pattern`
/// (`*` wildcards, query ignored).
pub fn count(sandbox: &Sandbox, method: &str, pattern: &str) -> usize {
    sandbox
        .requests()
        .iter()
        .filter(|r| {
            r.method == method && ovhcart::api::models::wildcard_match(pattern, r.path.split('?').next().unwrap_or(""))
        })
        .count()
}
