//! Output: whole lines on stdout, in the person's language. No colour, no cursor movement,
//! no control characters from anywhere (the API's texts included), flushed at once so a
//! screen reader reads each line as it comes.

use std::io::Write;

use crate::app::State;
use crate::i18n::{Lang, tr, tr_args};

pub struct Say {
    pub lang: Lang,
}

impl Say {
    pub fn t(&self, key: &str) -> String {
        tr(self.lang, key)
    }

    pub fn ta(&self, key: &str, args: &[(&str, &str)]) -> String {
        tr_args(self.lang, key, args)
    }

    /// Prints `text`, one output line per line of it.
    pub fn line(&self, text: &str) {
        let mut out = std::io::stdout().lock();
        for line in text.split('\n') {
            // A closed stdout (the reader went away) is not worth a crash.
            let _ = writeln!(out, "{}", clean(line));
        }
        let _ = out.flush();
    }

    pub fn lines(&self, lines: &[String]) {
        for line in lines {
            self.line(line);
        }
    }

    pub fn blank(&self) {
        self.line("");
    }

    /// One line saying what is awaited, for waits over a second.
    pub fn working(&self, state: &State) {
        let what = state.busy().map_or_else(|| self.t(msgid!("plain-working")), |k| self.t(k));
        self.line(&what);
    }
}

/// One output line of `text`, cleaned of what a terminal would obey (`crate::clean`).
pub fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    crate::clean::line(text)
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_never_reach_the_output() {
        assert_eq!(super::clean("a\u{1b}[31mb\rc\td"), "a\u{fffd}b\u{fffd}c d");
        assert_eq!(super::clean("Projet été"), "Projet été");
    }
}
