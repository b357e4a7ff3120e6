//! The one question the commands ask on a terminal: "do it? [y/N]". The default is no,
//! and an empty line, end of input or anything but yes means no.

use std::io::{BufRead, IsTerminal, Write};

use super::interrupt::Interrupt;

/// Whether a person can be asked: stdin is a terminal.
pub fn can_ask() -> bool {
    std::io::stdin().is_terminal()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    Interrupted,
}

/// Asks `question` on stderr and reads the answer from stdin, giving up on Ctrl-C.
pub async fn confirm(question: &str, interrupt: &Interrupt) -> Answer {
    let question = question.to_owned();
    // A blocking read on stdin cannot be cancelled; if Ctrl-C wins, it is left behind
    // and ends with the process.
    let read = tokio::task::spawn_blocking(move || {
        let stdin = std::io::stdin();
        ask(&question, &mut stdin.lock(), &mut std::io::stderr())
    });
    tokio::select! {
        answer = read => answer.unwrap_or(Answer::No),
        _ = interrupt.pressed() => {
            eprintln!();
            Answer::Interrupted
        }
    }
}

/// Writes the question, reads one line.
pub fn ask(question: &str, input: &mut impl BufRead, output: &mut impl Write) -> Answer {
    let _ = write!(output, "{} ", crate::clean::line(question));
    let _ = output.flush();
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(n) if n > 0 && is_yes(&line) => Answer::Yes,
        _ => Answer::No,
    }
}

/// "Yes" in each language ovhcart speaks (the prompt shows `[y/N]` in all of them, but a
/// person may answer in their own). None of these means "no" in another of them.
fn is_yes(line: &str) -> bool {
    matches!(
        line.trim().to_lowercase().as_str(),
        "y" | "yes" | "o" | "oui" | "s" | "si" | "sí" | "sim" | "t" | "tak" | "j" | "ja"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(input: &str) -> (Answer, String) {
        let mut out = Vec::new();
        let a = ask("Go? [y/N]", &mut input.as_bytes(), &mut out);
        (a, String::from_utf8(out).unwrap())
    }

    #[test]
    fn only_a_yes_in_some_language_is_yes() {
        assert_eq!(answer("y\n"), (Answer::Yes, "Go? [y/N] ".into()));
        assert_eq!(answer(" YES \n").0, Answer::Yes);
        assert_eq!(answer("\n").0, Answer::No);
        assert_eq!(answer("").0, Answer::No);
        assert_eq!(answer("n\n").0, Answer::No);
        assert_eq!(answer("yep\n").0, Answer::No);
        for yes in ["oui", "sí", "sim", "tak", "ja", "O"] {
            assert_eq!(answer(&format!("{yes}\n")).0, Answer::Yes, "{yes}");
        }
        for no in ["non", "no", "nie", "nein", "não"] {
            assert_eq!(answer(&format!("{no}\n")).0, Answer::No, "{no}");
        }
    }
}
