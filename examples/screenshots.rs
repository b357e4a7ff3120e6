//! Makes `screenshots/*.svg`: runs the real binary with `--sandbox` in a pseudo-terminal,
//! walks through the wizard, and draws each screen from the terminal's cells.
//!
//! Run: `cargo run --example screenshots` (after `cargo build`; it uses target/debug/ovhcart,
//! or the binary named in `OVHCART_BIN`).

#[path = "../tests/common/pty_reader.rs"]
mod pty_reader;

use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::CommandBuilder;

const ROWS: u16 = 34;
const COLS: u16 = 110;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bin = std::env::var("OVHCART_BIN").unwrap_or_else(|_| root.join("target/debug/ovhcart").display().to_string());
    let out = root.join("screenshots");
    std::fs::create_dir_all(&out).expect("screenshots dir");
    let data = std::env::temp_dir().join(format!("ovhcart-shots-{}", std::process::id()));
    let mut t = Term::start(&bin, &data);
    let shot = |t: &Term, name: &str| {
        std::thread::sleep(Duration::from_millis(250));
        std::fs::write(out.join(format!("{name}.svg")), t.svg()).expect("write svg");
        println!("screenshots/{name}.svg");
    };

    t.wait_for("your account's");
    shot(&t, "1-subsidiary");
    t.send("\r");
    t.wait_for("Plan code");
    shot(&t, "2-plan");
    t.send("c");
    t.wait_for("The carts on your account");
    shot(&t, "cart-browser");
    t.send("\x1b");
    t.wait_for("Plan code");
    t.send("\r");
    t.wait_for("characters");
    shot(&t, "3-name");
    t.send("\r");
    t.wait_for("Voucher code");
    t.send("WELCOME50");
    shot(&t, "4-voucher");
    t.send("\r");
    t.wait_for("Total with tax");
    shot(&t, "5-review");
    t.send("\r");
    t.wait_for("line 1 of");
    shot(&t, "5-contract");
    t.send("\x1b");
    t.send("\x1bOP");
    t.wait_for("Keys");
    shot(&t, "help");
    t.send("\x1b");
    // From the first contract: the box accepting the contracts, ticked.
    t.send("\t\t");
    t.send(" ");
    t.wait_for("[x] I have read and accept the contracts");
    shot(&t, "5-review-contracts");
    // Auto-pay, then the waiver, ticked; then the button.
    t.send("\t\t");
    t.send(" ");
    t.send("\t");
    t.wait_for("[x] I waive");
    shot(&t, "5-review-waiver");
    t.send("\r");
    t.wait_for("Place the order?");
    shot(&t, "5-confirm-order");
    // The confirmation defaults to cancel: `y` places the order.
    t.send("y");
    t.wait_for("Project delivered");
    shot(&t, "6-order-delivered");
    t.send("q");
    let _ = std::fs::remove_dir_all(&data);
}

struct Term {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Term {
    fn start(bin: &str, data: &std::path::Path) -> Term {
        let pty = pty_reader::open((COLS, ROWS));
        let mut cmd = CommandBuilder::new(bin);
        cmd.args(["--sandbox", "--delivery-ms", "1500", "--seed", "7"]);
        cmd.env("OVHCART_DATA_DIR", data);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "en_US.UTF-8");
        cmd.env_remove("NO_COLOR");
        pty.slave.spawn_command(cmd).expect("ovhcart starts");
        let writer = pty.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
        let p = parser.clone();
        pty_reader::read_on_thread(&*pty.master, move |chunk| p.lock().unwrap().process(chunk));
        Term { parser, writer, _master: pty.master }
    }

    fn send(&mut self, text: &str) {
        self.writer.write_all(text.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(120));
    }

    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while !self.parser.lock().unwrap().screen().contents().contains(text) {
            assert!(start.elapsed() < Duration::from_secs(30), "never saw {text:?}");
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// The screen as SVG: one text run per cell run of the same style.
    fn svg(&self) -> String {
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        let (cw, ch) = (8.4, 17.0);
        let (w, h) = (f64::from(COLS) * cw + 20.0, f64::from(ROWS) * ch + 20.0);
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\n\
             <rect width=\"100%\" height=\"100%\" rx=\"6\" fill=\"#1e1f29\"/>\n\
             <g font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"14px\" xml:space=\"preserve\">\n"
        );
        for row in 0..ROWS {
            let mut col = 0;
            while col < COLS {
                let Some(cell) = screen.cell(row, col) else { break };
                let style = Style::of(cell);
                let start = col;
                let mut text = String::new();
                while col < COLS {
                    let Some(c) = screen.cell(row, col) else { break };
                    if Style::of(c) != style {
                        break;
                    }
                    text.push_str(if c.has_contents() { c.contents() } else { " " });
                    col += if c.is_wide() { 2 } else { 1 };
                }
                let x = 10.0 + f64::from(start) * cw;
                let y = 10.0 + f64::from(row) * ch;
                if let Some(bg) = &style.bg {
                    let width = f64::from(col - start) * cw;
                    let _ = writeln!(
                        svg,
                        "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{ch}\" fill=\"{bg}\"/>"
                    );
                }
                if text.trim().is_empty() {
                    continue;
                }
                let weight = if style.bold { " font-weight=\"bold\"" } else { "" };
                let deco = if style.underline { " text-decoration=\"underline\"" } else { "" };
                let _ = writeln!(
                    svg,
                    "<text x=\"{x:.1}\" y=\"{:.1}\" fill=\"{}\"{weight}{deco}>{}</text>",
                    y + ch - 4.0,
                    style.fg,
                    escape(&text)
                );
            }
        }
        svg.push_str("</g>\n</svg>\n");
        svg
    }
}

#[derive(PartialEq)]
struct Style {
    fg: String,
    bg: Option<String>,
    bold: bool,
    underline: bool,
}

impl Style {
    fn of(cell: &vt100::Cell) -> Style {
        let (mut fg, mut bg) = (color(cell.fgcolor()).unwrap_or_else(|| "#e6e6e6".into()), color(cell.bgcolor()));
        if cell.inverse() {
            let old_fg = fg;
            fg = bg.unwrap_or_else(|| "#1e1f29".into());
            bg = Some(old_fg);
        }
        Style { fg, bg, bold: cell.bold(), underline: cell.underline() }
    }
}

fn color(c: vt100::Color) -> Option<String> {
    const BASE: [&str; 16] = [
        "#1e1f29", "#ff5555", "#50fa7b", "#f1fa8c", "#6272a4", "#ff79c6", "#8be9fd", "#e6e6e6", "#6b6b6b", "#ff6e6e",
        "#69ff94", "#ffffa5", "#8fa3f0", "#ff92df", "#a4ffff", "#ffffff",
    ];
    match c {
        vt100::Color::Default => None,
        vt100::Color::Idx(i) if i < 16 => Some(BASE[usize::from(i)].to_owned()),
        vt100::Color::Idx(i) if i < 232 => {
            let i = i - 16;
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            Some(format!("#{:02x}{:02x}{:02x}", level(i / 36), level((i / 6) % 6), level(i % 6)))
        }
        vt100::Color::Idx(i) => {
            let g = 8 + (i - 232) * 10;
            Some(format!("#{g:02x}{g:02x}{g:02x}"))
        }
        vt100::Color::Rgb(r, g, b) => Some(format!("#{r:02x}{g:02x}{b:02x}")),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
