//! The real binary in a pseudo-terminal, in the clean environment of [`super::cli::Env`]:
//! what it draws (a vt100 model) and every byte it wrote, with keys sent as a person types
//! them.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::PtySize;

use super::cli::Env;
use super::pty_reader;

pub struct Session {
    pub parser: Arc<Mutex<vt100::Parser>>,
    pub raw: Arc<Mutex<Vec<u8>>>,
    pub writer: Box<dyn Write + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    /// Kept for resizing; it must outlive the child, or the child gets SIGHUP.
    master: Box<dyn portable_pty::MasterPty + Send>,
    _env: Env,
}

impl Session {
    /// Runs `sh -c "ovhcart ARGS; echo EXIT=$?; stty -a"` in a 100x30 pty.
    pub fn start(args: &str) -> Session {
        Session::start_with_env(args, &[])
    }

    /// With these variables set too.
    pub fn start_with_env(args: &str, vars: &[(&str, &str)]) -> Session {
        Session::start_in(args, vars, Env::new())
    }

    /// In `env` (its home, data dir and working directory).
    pub fn start_in(args: &str, vars: &[(&str, &str)], env: Env) -> Session {
        Session::start_sized(args, vars, env, (100, 30))
    }

    /// In a pty of `cols`×`rows`.
    pub fn start_sized(args: &str, vars: &[(&str, &str)], env: Env, (cols, rows): (u16, u16)) -> Session {
        let pty = pty_reader::open((cols, rows));
        let bin = env!("CARGO_BIN_EXE_ovhcart");
        let mut cmd = env.pty_cmd("sh");
        cmd.arg("-c");
        cmd.arg(format!("'{bin}' {args}; echo EXIT=$?; stty -a"));
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let writer = pty.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, r) = (parser.clone(), raw.clone());
        pty_reader::read_on_thread(&*pty.master, move |chunk| {
            p.lock().unwrap().process(chunk);
            r.lock().unwrap().extend_from_slice(chunk);
        });
        Session { parser, raw, writer, child, master: pty.master, _env: env }
    }

    /// Resizes the pty (the child gets SIGWINCH) and the screen model with it.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.parser.lock().unwrap().screen_mut().set_size(rows, cols);
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    pub fn wait_for(&self, text: &str) -> Duration {
        let start = Instant::now();
        while !self.screen().contains(text) {
            assert!(start.elapsed() < Duration::from_secs(30), "never saw {text:?}; screen:\n{}", self.screen());
            std::thread::sleep(Duration::from_millis(20));
        }
        start.elapsed()
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn output(&self) -> String {
        String::from_utf8_lossy(&self.raw.lock().unwrap()).into_owned()
    }

    /// Every step confirmed as it comes (against the sandbox's account), to the review with
    /// its quote.
    pub fn walk_to_the_review(&mut self) {
        self.wait_for("1 Subsidiary");
        self.wait_for("your account's");
        self.send(b"\r");
        self.wait_for("Plan code");
        self.send(b"\r");
        self.wait_for("3 Name");
        self.send(b"\r");
        self.wait_for("4 Voucher");
        self.send(b"\r");
        self.wait_for("5 Review");
        self.wait_for("Total with tax");
    }
}
