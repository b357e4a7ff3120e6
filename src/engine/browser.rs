//! Starting the browser on a web address (`o` on a screen that shows one). The browser is
//! started, not waited for: it runs on its own, with nothing of the terminal (no input, its
//! output dropped), so it can never draw over the full screen.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::app::links::is_web_address;

/// How long a launcher (`xdg-open`, `open`) is given to say it failed; one still running
/// then is the browser itself, started.
const LAUNCHER_GRACE: Duration = Duration::from_secs(3);

/// A way to start the browser: a program, and the arguments before the address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launcher {
    pub program: String,
    pub args: Vec<String>,
}

impl Launcher {
    fn new(program: &str, args: &[&str]) -> Launcher {
        Launcher { program: program.to_owned(), args: args.iter().map(|a| (*a).to_owned()).collect() }
    }
}

/// The launchers to try, in order: each program of `$BROWSER` (a `:`-separated list, as
/// its convention has it), then the system's own (`xdg-open`, `open`, `start`).
pub fn launchers(browser: Option<&str>) -> Vec<Launcher> {
    let mut launchers: Vec<Launcher> = browser
        .unwrap_or_default()
        .split(':')
        .map(str::trim)
        .filter(|program| !program.is_empty())
        .map(|program| Launcher::new(program, &[]))
        .collect();
    if cfg!(target_os = "macos") {
        launchers.push(Launcher::new("open", &[]));
    } else if cfg!(windows) {
        // `start`'s first quoted argument is the window's title.
        launchers.push(Launcher::new("cmd", &["/C", "start", ""]));
    } else {
        launchers.push(Launcher::new("xdg-open", &[]));
    }
    launchers
}

/// Starts the browser on `url` with the first launcher that starts: the launcher's name, or
/// why none could be.
pub fn open(url: &str) -> Result<String, String> {
    let browser = std::env::var("BROWSER").ok();
    open_with(url, &launchers(browser.as_deref()), LAUNCHER_GRACE)
}

pub fn open_with(url: &str, launchers: &[Launcher], grace: Duration) -> Result<String, String> {
    if !is_web_address(url) {
        return Err("not a web address".to_owned());
    }
    let mut why = Vec::new();
    for launcher in launchers {
        let spawned = Command::new(&launcher.program)
            .args(&launcher.args)
            .arg(url)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        match spawned {
            Ok(child) => match settle(child, grace) {
                Ok(()) => return Ok(launcher.program.clone()),
                Err(failure) => why.push(format!("{}: {failure}", launcher.program)),
            },
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                why.push(format!("{}: not found", launcher.program));
            }
            Err(error) => why.push(format!("{}: {error}", launcher.program)),
        }
    }
    Err(why.join("; "))
}

/// Waits a little for a launcher to fail; one that ends well, or still runs, has started
/// the browser (a program left running is waited for elsewhere, so it leaves no zombie).
fn settle(mut child: Child, grace: Duration) -> Result<(), String> {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => {
                return Err(match status.code() {
                    Some(code) => format!("ended with status {code}"),
                    None => "stopped by a signal".to_owned(),
                });
            }
            Ok(None) if start.elapsed() >= grace => {
                std::thread::spawn(move || child.wait());
                return Ok(());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(error) => return Err(error.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://www.ovh.com/fr/support/documents_legaux/conditions_generales.pdf";

    #[test]
    fn browser_comes_first_then_the_system_launcher() {
        let launchers = launchers(Some("firefox: :/opt/w3m"));
        let programs: Vec<&str> = launchers.iter().map(|l| l.program.as_str()).collect();
        assert_eq!(&programs[..2], ["firefox", "/opt/w3m"]);
        assert_eq!(launchers.len(), 3, "and the system's own");
        assert_eq!(super::launchers(None).len(), 1);
    }

    #[test]
    fn says_why_when_nothing_starts() {
        let missing = [Launcher::new("/nonexistent/ovhcart-browser", &[])];
        let why = open_with(URL, &missing, Duration::ZERO).unwrap_err();
        assert!(why.contains("/nonexistent/ovhcart-browser: not found"), "{why}");
    }

    #[cfg(unix)]
    #[test]
    fn a_launcher_that_fails_is_passed_for_the_next_one() {
        let launchers = [Launcher::new("false", &[]), Launcher::new("true", &[])];
        assert_eq!(open_with(URL, &launchers, Duration::from_secs(5)), Ok("true".to_owned()));
        let why = open_with(URL, &launchers[..1], Duration::from_secs(5)).unwrap_err();
        assert!(why.contains("false: ended with status 1"), "{why}");
    }

    #[cfg(unix)]
    #[test]
    fn a_launcher_still_running_has_started_the_browser() {
        let launchers = [Launcher::new("sleep", &[])];
        // `sleep URL` fails at once: a launcher that sleeps is a shell that waits.
        let sh = [Launcher::new("sh", &["-c", "sleep 5", "sh"])];
        assert!(open_with(URL, &launchers, Duration::from_secs(5)).is_err());
        assert_eq!(open_with(URL, &sh, Duration::from_millis(100)), Ok("sh".to_owned()));
    }

    #[test]
    fn only_web_addresses_are_opened() {
        for url in ["file:///etc/passwd", "javascript:alert(1)", "https://a b", "https://x\u{1b}]52", "http://"] {
            let starts = [Launcher::new("true", &[])];
            assert_eq!(open_with(url, &starts, Duration::ZERO), Err("not a web address".to_owned()), "{url}");
        }
    }
}
