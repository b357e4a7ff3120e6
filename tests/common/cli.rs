//! Running the `ovhcart` binary as a person or a script would, in a clean environment: a
//! private home, data dir and working directory (no `ovh.conf` anywhere), no `OVH_*`,
//! `OVHCART_*` or `RUST_LOG` variables from the outside, `LC_ALL=C`, stdin closed. Its
//! output is captured at the end ([`run`]), or read line by line while it runs ([`spawn`]).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ExitStatus, Output, Stdio};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use assert_cmd::Command;
use ovhcart::sandbox::{Sandbox, accounts};
use portable_pty::CommandBuilder;
use tempfile::TempDir;

/// A private home, data dir and working directory (`home/`, `data/`, `work/` in one
/// temporary directory).
pub struct Env {
    root: TempDir,
}

impl Env {
    pub fn new() -> Env {
        let root = tempfile::tempdir().expect("tempdir");
        for dir in ["home", "data", "work"] {
            std::fs::create_dir_all(root.path().join(dir)).expect("mkdir");
        }
        Env { root }
    }

    pub fn home(&self) -> PathBuf {
        self.path("home")
    }

    /// `OVHCART_DATA_DIR`: the journal and the receipts.
    pub fn data(&self) -> PathBuf {
        self.path("data")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    /// `~/.ovh.conf`
    pub fn ovh_conf(&self) -> PathBuf {
        self.home().join(".ovh.conf")
    }

    /// `ovhcart` with this environment and nothing inherited that could change it.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_ovhcart"));
        for name in inherited() {
            cmd.env_remove(name);
        }
        cmd.envs(self.vars()).current_dir(self.path("work")).stdin(Stdio::null());
        cmd
    }

    /// `program` in a pseudo-terminal, with the environment of [`Env::std_cmd`].
    pub fn pty_cmd(&self, program: &str) -> CommandBuilder {
        let mut cmd = CommandBuilder::new(program);
        for name in inherited() {
            cmd.env_remove(name);
        }
        for (name, value) in self.vars() {
            cmd.env(name, value);
        }
        cmd.cwd(self.path("work"));
        cmd
    }

    /// What the binary is given: its home, its data dir, the POSIX locale.
    fn vars(&self) -> [(&'static str, PathBuf); 3] {
        [("HOME", self.home()), ("OVHCART_DATA_DIR", self.data()), ("LC_ALL", "C".into())]
    }

    /// [`Env::std_cmd`] with `args`.
    pub fn command(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = self.std_cmd();
        cmd.args(args);
        cmd
    }

    /// `ovhcart --endpoint <sandbox>` with the demo keys in the environment.
    pub fn std_against(&self, sandbox: &Sandbox) -> std::process::Command {
        let mut cmd = self.std_cmd();
        cmd.arg("--endpoint").arg(sandbox.base_url());
        with_demo_app(&mut cmd).env("OVH_CONSUMER_KEY", accounts::CONSUMER_KEY);
        cmd
    }

    /// [`Env::std_cmd`] for assert_cmd, ended after 60 s.
    pub fn cmd(&self) -> Command {
        with_timeout(self.std_cmd())
    }

    /// [`Env::std_against`] for assert_cmd, ended after 60 s.
    pub fn against(&self, sandbox: &Sandbox) -> Command {
        with_timeout(self.std_against(sandbox))
    }

    /// `ovhcart order` against `sandbox` with `args` (the name, a voucher…), the way a script
    /// orders: both consents given by their flags, `--yes`, one JSON document.
    pub fn order(&self, sandbox: &Sandbox, args: &[&str]) -> Command {
        let mut cmd = self.against(sandbox);
        cmd.arg("order").args(args).args(["--waive-retraction", "--accept-contracts", "--yes", "--json"]);
        cmd
    }
}

/// The variables of ours that would change what the binary does.
fn inherited() -> Vec<String> {
    let ours = |name: &str| name.starts_with("OVH_") || name.starts_with("OVHCART_") || name == "RUST_LOG";
    std::env::vars_os().map(|(name, _)| name.to_string_lossy().into_owned()).filter(|name| ours(name)).collect()
}

fn with_timeout(cmd: std::process::Command) -> Command {
    let mut cmd = Command::from_std(cmd);
    cmd.timeout(Duration::from_secs(60));
    cmd
}

/// The sandbox's demo application key and secret, in the environment.
pub fn with_demo_app(cmd: &mut std::process::Command) -> &mut std::process::Command {
    cmd.env("OVH_APPLICATION_KEY", accounts::APPLICATION_KEY)
        .env("OVH_APPLICATION_SECRET", accounts::APPLICATION_SECRET)
}

// ---- output captured at the end ----------------------------------------------------------

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

// ---- output read while it runs -----------------------------------------------------------

pub struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
    stdout: JoinHandle<String>,
    stderr: JoinHandle<String>,
}

pub struct Finished {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl Finished {
    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }
}

/// Starts `command` with stdout and stderr piped, stdout read line by line.
pub fn spawn(command: &mut std::process::Command) -> Running {
    let mut child = command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("ovhcart starts");
    let out = child.stdout.take().expect("stdout piped");
    let mut err = child.stderr.take().expect("stderr piped");
    let (send, lines) = mpsc::channel();
    let stdout = std::thread::spawn(move || {
        let mut all = String::new();
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            all.push_str(&line);
            all.push('\n');
            let _ = send.send(line);
        }
        all
    });
    let stderr = std::thread::spawn(move || {
        let mut all = String::new();
        let _ = err.read_to_string(&mut all);
        all
    });
    Running { child, lines, stdout, stderr }
}

impl Running {
    /// The first stdout line `find` accepts, within 20 s.
    pub fn wait_for<T>(&self, mut find: impl FnMut(&str) -> Option<T>) -> T {
        loop {
            let line = self.lines.recv_timeout(Duration::from_secs(20)).expect("the expected line in time");
            if let Some(found) = find(&line) {
                return found;
            }
        }
    }

    /// Writes `text` to the child's stdin (piped by the caller), then closes it.
    pub fn write_stdin(&mut self, text: &str) {
        let mut stdin = self.child.stdin.take().expect("stdin piped");
        stdin.write_all(text.as_bytes()).expect("stdin written");
    }

    pub fn finish(mut self) -> Finished {
        let status = self.child.wait().expect("ovhcart ends");
        let stdout = self.stdout.join().unwrap_or_default();
        let stderr = self.stderr.join().unwrap_or_default();
        Finished { status, stdout, stderr }
    }
}

/// [`spawn`]s `command` and waits for its end in a blocking thread, so the sandbox keeps
/// serving meanwhile.
pub async fn finish(mut command: std::process::Command) -> Finished {
    tokio::task::spawn_blocking(move || spawn(&mut command).finish()).await.expect("runner thread")
}

// ---- login -------------------------------------------------------------------------------

/// The validation URL from a `--json` or a text line.
pub fn validation_url(line: &str) -> Option<String> {
    if let Ok(event) = serde_json::from_str::<serde_json::Value>(line) {
        return event["url"].as_str().map(str::to_owned).filter(|_| event["event"] == "validationUrl");
    }
    let word = line.trim();
    (word.starts_with("http") && word.contains("credentialToken=")).then(|| word.to_owned())
}

/// What the person does: open the validation page.
pub async fn open(url: &str) {
    let answer = reqwest::get(url).await.expect("validation page answers");
    assert_eq!(answer.status().as_u16(), 200, "validation page");
}

/// Starts login, opens the validation URL when it shows up, and waits for the end.
pub async fn login_validating(mut command: std::process::Command) -> Finished {
    let running = spawn(&mut command);
    let (running, url) = tokio::task::spawn_blocking(move || {
        let url = running.wait_for(validation_url);
        (running, url)
    })
    .await
    .expect("reader");
    open(&url).await;
    tokio::task::spawn_blocking(move || running.finish()).await.expect("runner thread")
}
