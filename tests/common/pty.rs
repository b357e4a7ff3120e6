//! The real binary in a pseudo-terminal: what it draws (a vt100 model) and every byte it
//! wrote, with keys sent as a person types them.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

pub struct Session {
    pub parser: Arc<Mutex<vt100::Parser>>,
    pub raw: Arc<Mutex<Vec<u8>>>,
    pub writer: Box<dyn Write + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    /// Kept for resizing; it must outlive the child, or the child gets SIGHUP.
    master: Box<dyn portable_pty::MasterPty + Send>,
    _dirs: [tempfile::TempDir; 2],
}

impl Session {
    /// Runs `sh -c "ovhcart ARGS; echo EXIT=$?; stty -a"` in a 100x30 pty.
    pub fn start(args: &str) -> Session {
        Session::start_with_env(args, &[])
    }

    pub fn start_with_env(args: &str, env: &[(&str, &str)]) -> Session {
        Session::start_in(args, env, [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()])
    }

    /// With `dirs` as the home and the data directory.
    pub fn start_in(args: &str, env: &[(&str, &str)], dirs: [tempfile::TempDir; 2]) -> Session {
        Session::start_sized(args, env, dirs, (100, 30))
    }

    /// In a pty of `cols`×`rows`.
    pub fn start_sized(
        args: &str,
        env: &[(&str, &str)],
        dirs: [tempfile::TempDir; 2],
        (cols, rows): (u16, u16),
    ) -> Session {
        let pty = native_pty_system().openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
        let bin = env!("CARGO_BIN_EXE_ovhcart");
        let mut cmd = CommandBuilder::new("sh");
        cmd.arg("-c");
        cmd.arg(format!("'{bin}' {args}; echo EXIT=$?; stty -a"));
        cmd.env("HOME", dirs[0].path());
        cmd.env("OVHCART_DATA_DIR", dirs[1].path());
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, r) = (parser.clone(), raw.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Session { parser, raw, writer, child, master: pty.master, _dirs: dirs }
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
}
