//! Runs the `ovhcart` binary against an in-process sandbox, as a person or a script
//! would: a private HOME and data dir, no `OVH_*` variables from the outside, stdout read
//! line by line while the command runs.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use ovhcart::sandbox::accounts;

/// A private home, data dir and working directory.
pub struct Place {
    pub root: tempfile::TempDir,
}

impl Place {
    pub fn new() -> Place {
        let root = tempfile::tempdir().expect("tempdir");
        for dir in ["home", "data", "work"] {
            std::fs::create_dir_all(root.path().join(dir)).expect("mkdir");
        }
        Place { root }
    }

    pub fn home(&self) -> PathBuf {
        self.root.path().join("home")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    /// `~/.ovh.conf`
    pub fn ovh_conf(&self) -> PathBuf {
        self.home().join(".ovh.conf")
    }

    /// The binary with this place's environment and nothing else of ours.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_ovhcart"));
        for (name, _) in std::env::vars() {
            if name.starts_with("OVH") || name == "RUST_LOG" {
                command.env_remove(name);
            }
        }
        command
            .args(args)
            .env("HOME", self.home())
            .env("OVHCART_DATA_DIR", self.path("data"))
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .current_dir(self.path("work"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    }
}

/// The sandbox's demo application key and secret, in the environment.
pub fn with_demo_app(command: &mut Command) -> &mut Command {
    command
        .env("OVH_APPLICATION_KEY", accounts::APPLICATION_KEY)
        .env("OVH_APPLICATION_SECRET", accounts::APPLICATION_SECRET)
}

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

pub fn spawn(command: &mut Command) -> Running {
    let mut child = command.spawn().expect("ovhcart starts");
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

    /// The child's stdin, when piped; dropping it closes it.
    pub fn stdin(&mut self) -> Option<std::process::ChildStdin> {
        self.child.stdin.take()
    }

    pub fn finish(mut self) -> Finished {
        let status = self.child.wait().expect("ovhcart ends");
        let stdout = self.stdout.join().unwrap_or_default();
        let stderr = self.stderr.join().unwrap_or_default();
        Finished { status, stdout, stderr }
    }
}

/// Runs to the end in a blocking thread, so the sandbox keeps serving meanwhile.
pub async fn run(mut command: Command) -> Finished {
    tokio::task::spawn_blocking(move || spawn(&mut command).finish()).await.expect("runner thread")
}

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
pub async fn login_validating(mut command: Command) -> Finished {
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

pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("file exists").permissions().mode() & 0o777
}
