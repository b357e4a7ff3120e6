//! The plain wizard (`--plain`, or `TERM=dumb`): the full-screen wizard's questions asked
//! line by line, for screen readers and simple terminals. Same core, same validators, same
//! requests; output is whole lines on stdout, answers are lines on stdin.

mod answer;
mod conversation;
mod input;
mod lines;
mod say;
mod session;

use crate::args::GlobalArgs;
use crate::engine::Exit;
use crate::engine::effects::FrontEnd;
use crate::engine::start::{Prepared, prepare};
use crate::sandbox::SandboxArgs;

/// Whether to ask line by line: `--plain` (or `OVHCART_PLAIN`), or a terminal that says it
/// cannot move the cursor (`TERM=dumb`).
pub fn wanted(flag: bool, term: Option<&std::ffi::OsStr>) -> bool {
    flag || term.is_some_and(|term| term == "dumb")
}

pub async fn run(global: &GlobalArgs, sandbox: &SandboxArgs) -> Exit {
    // Ctrl-C is watched before the first request: from here on it never kills the process.
    let mut input = input::Input::stdin();
    let Prepared { lang, init, services, connection, notices, .. } =
        match prepare(global, sandbox, FrontEnd::Plain).await {
            Ok(prepared) => prepared,
            Err(failure) => {
                eprintln!("ovhcart: {}", crate::clean::text(&failure.to_string()));
                return failure.exit;
            }
        };
    let say = say::Say { lang };
    notices.iter().for_each(|notice| say.line(notice));
    let mut session = session::Session::start(init, services).await;
    let exit = conversation::run(&mut session, &mut input, &say).await;
    if connection.sandbox.is_some() && session.state.maybe_placed().is_some() {
        say.line(&say.t(msgid!("order-unknown-sandbox")));
    }
    if let Some(sandbox) = connection.sandbox {
        sandbox.shutdown().await;
    }
    exit
}

#[cfg(test)]
mod tests {
    use std::ffi::OsStr;

    #[test]
    fn plain_when_asked_or_on_a_dumb_terminal() {
        assert!(super::wanted(true, Some(OsStr::new("xterm-256color"))));
        assert!(super::wanted(false, Some(OsStr::new("dumb"))));
        assert!(!super::wanted(false, Some(OsStr::new("xterm"))));
        assert!(!super::wanted(false, None));
    }
}
