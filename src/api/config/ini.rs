//! `ovh.conf` as the SDKs read it (python's `configparser` defaults), kept line by line so
//! that a rewrite changes only the values it sets and leaves every other byte alone.
//!
//! Accepted: `[section]` headers, `key = value` or `key: value` (split at the first `=` or
//! `:`), keys case-insensitive, values trimmed, full-line comments starting with `;` or `#`,
//! blank lines, and continuation lines indented deeper than their key (joined with `\n`).
//! As in `configparser`, `;` after a value is part of the value, not a comment. A key before
//! any header, a line that is none of these, and a section or key given twice in one file
//! are errors, as python-ovh's strict parser has them.

/// A parse failure, without the offending text: the line may hold a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IniError {
    /// 1-based.
    pub line: usize,
    pub problem: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// A UTF-8 byte order mark at the start, given back on render.
    bom: bool,
    lines: Vec<Line>,
    /// Ending for lines we add: the file's own first one, or `\n`.
    newline: &'static str,
}

#[derive(Clone, PartialEq, Eq)]
struct Line {
    /// Without its line ending.
    text: String,
    ending: &'static str,
    kind: Kind,
}

// Hand-written: a line may hold a secret.
impl std::fmt::Debug for Line {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.kind)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Blank,
    Comment,
    Section(String),
    /// `text[key_end..value_start]` is the delimiter with its spaces; the value is
    /// `text[value_start..value_end]`.
    Entry {
        key: String,
        indent: usize,
        key_end: usize,
        value_start: usize,
        value_end: usize,
    },
    Continuation,
}

impl Default for Document {
    fn default() -> Self {
        Document { bom: false, lines: Vec::new(), newline: "\n" }
    }
}

impl Document {
    pub fn parse(source: &str) -> Result<Document, IniError> {
        let (bom, source) = match source.strip_prefix('\u{feff}') {
            Some(rest) => (true, rest),
            None => (false, source),
        };
        let mut doc = Document { bom, ..Document::default() };
        let mut section: Option<(String, usize)> = None;
        let mut seen_sections: Vec<(String, usize)> = Vec::new();
        let mut seen_keys: Vec<(String, usize)> = Vec::new();
        // Indentation of the entry a deeper-indented line would continue.
        let mut open_entry: Option<usize> = None;

        for (index, raw) in source.split_inclusive('\n').enumerate() {
            let number = index + 1;
            let (text, ending) = split_ending(raw);
            if index == 0 && !ending.is_empty() {
                doc.newline = ending;
            }
            let error = |problem: String| IniError { line: number, problem };
            let trimmed = text.trim();
            let indent = text.len() - text.trim_start().len();

            let kind = if trimmed.is_empty() {
                open_entry = None;
                Kind::Blank
            } else if trimmed.starts_with(';') || trimmed.starts_with('#') {
                Kind::Comment
            } else if open_entry.is_some_and(|entry_indent| indent > entry_indent) {
                Kind::Continuation
            } else if trimmed.starts_with('[') {
                open_entry = None;
                let name = parse_header(trimmed).map_err(|p| error(p.to_owned()))?;
                if let Some((_, first)) = seen_sections.iter().find(|(s, _)| *s == name) {
                    return Err(error(format!("section [{name}] appears a second time (first on line {first})")));
                }
                seen_sections.push((name.clone(), number));
                seen_keys.clear();
                section = Some((name.clone(), number));
                Kind::Section(name)
            } else {
                let Some(delimiter) = text.find(['=', ':']) else {
                    return Err(error("expected `key = value` or a `[section]` header".into()));
                };
                let key = text[..delimiter].trim().to_lowercase();
                if key.is_empty() {
                    return Err(error("a value with no key before the `=`".into()));
                }
                let Some((section_name, _)) = &section else {
                    return Err(error(format!(
                        "`{key}` comes before any section header: put a header such as [ovh-eu] above it"
                    )));
                };
                if let Some((_, first)) = seen_keys.iter().find(|(k, _)| *k == key) {
                    return Err(error(format!(
                        "`{key}` appears a second time in [{section_name}] (first on line {first})"
                    )));
                }
                seen_keys.push((key.clone(), number));
                let key_end = text[..delimiter].trim_end().len();
                let after = delimiter + 1;
                let value_start = after + (text[after..].len() - text[after..].trim_start().len());
                let value_end = text.trim_end().len().max(value_start);
                open_entry = Some(indent);
                Kind::Entry { key, indent, key_end, value_start, value_end }
            };
            doc.lines.push(Line { text: text.to_owned(), ending, kind });
        }
        Ok(doc)
    }

    /// The value of `key` in `section`, continuation lines joined with `\n`.
    pub fn get(&self, section: &str, key: &str) -> Option<String> {
        let key = key.to_lowercase();
        let range = self.section_body(section)?;
        let at = range.clone().find(|&i| matches!(&self.lines[i].kind, Kind::Entry { key: k, .. } if *k == key))?;
        let Kind::Entry { value_start, value_end, .. } = self.lines[at].kind else { unreachable!() };
        let mut value = self.lines[at].text[value_start..value_end].to_owned();
        for line in self.lines[at + 1..range.end].iter().take_while(|l| l.kind == Kind::Continuation) {
            value.push('\n');
            value.push_str(line.text.trim());
        }
        Some(value)
    }

    pub fn has_section(&self, section: &str) -> bool {
        self.header_index(section).is_some()
    }

    /// Sets `key` in `section`: the value is replaced in place (the key's spelling, the
    /// delimiter and its spacing stay), or the key is added after the section's last key,
    /// or the section is added at the end of the document. `value` must be one line.
    pub fn set(&mut self, section: &str, key: &str, value: &str) {
        let key = key.to_lowercase();
        let Some(header) = self.header_index(section) else {
            self.append_section(section);
            let end = self.lines.len();
            self.insert_entry(end, &key, " = ", value);
            return;
        };
        let body = self.section_body(section).unwrap_or(header + 1..header + 1);
        let existing = body.clone().find(|&i| matches!(&self.lines[i].kind, Kind::Entry { key: k, .. } if *k == key));
        if let Some(at) = existing {
            let line = &mut self.lines[at];
            let Kind::Entry { key, indent, key_end, value_start, value_end } = line.kind.clone() else {
                unreachable!()
            };
            let trailing = &line.text[value_end..];
            // `key =` with nothing after: keep the delimiter, add one space before the value.
            let gap =
                if value_start == line.text.len() && !line.text.ends_with(char::is_whitespace) { " " } else { "" };
            line.text = format!("{}{gap}{value}{trailing}", &line.text[..value_start]);
            let value_start = value_start + gap.len();
            line.kind = Kind::Entry { key, indent, key_end, value_start, value_end: value_start + value.len() };
            let continuations =
                self.lines[at + 1..body.end].iter().take_while(|l| l.kind == Kind::Continuation).count();
            self.lines.drain(at + 1..at + 1 + continuations);
            return;
        }
        // After the last key (or its continuation); comments and blanks that follow it
        // often introduce the next section or are commented-out keys, so they stay below.
        let last_value =
            body.clone().rev().find(|&i| matches!(self.lines[i].kind, Kind::Entry { .. } | Kind::Continuation));
        let separator = body
            .clone()
            .rev()
            .find_map(|i| match &self.lines[i].kind {
                Kind::Entry { key_end, value_start, value_end, .. } => {
                    Some(separator_like(&self.lines[i].text[*key_end..*value_start], value_start == value_end))
                }
                _ => None,
            })
            .unwrap_or_else(|| " = ".to_owned());
        let at = last_value.map_or(header + 1, |i| i + 1);
        self.insert_entry(at, &key, &separator, value);
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        if self.bom {
            out.push('\u{feff}');
        }
        for line in &self.lines {
            out.push_str(&line.text);
            out.push_str(line.ending);
        }
        out
    }

    fn header_index(&self, section: &str) -> Option<usize> {
        self.lines.iter().position(|l| matches!(&l.kind, Kind::Section(name) if name == section))
    }

    /// The lines after the section's header, up to the next header.
    fn section_body(&self, section: &str) -> Option<std::ops::Range<usize>> {
        let header = self.header_index(section)?;
        let end = (header + 1..self.lines.len())
            .find(|&i| matches!(self.lines[i].kind, Kind::Section(_)))
            .unwrap_or(self.lines.len());
        Some(header + 1..end)
    }

    fn append_section(&mut self, section: &str) {
        self.terminate_last_line();
        if self.lines.last().is_some_and(|l| l.kind != Kind::Blank) {
            self.lines.push(Line { text: String::new(), ending: self.newline, kind: Kind::Blank });
        }
        let kind = Kind::Section(section.to_owned());
        self.lines.push(Line { text: format!("[{section}]"), ending: self.newline, kind });
    }

    fn insert_entry(&mut self, at: usize, key: &str, separator: &str, value: &str) {
        if at == self.lines.len() {
            self.terminate_last_line();
        }
        let key_end = key.len();
        let value_start = key_end + separator.len();
        let kind =
            Kind::Entry { key: key.to_owned(), indent: 0, key_end, value_start, value_end: value_start + value.len() };
        self.lines.insert(at, Line { text: format!("{key}{separator}{value}"), ending: self.newline, kind });
    }

    /// A file may end without a newline; anything appended must start on a line of its own.
    fn terminate_last_line(&mut self) {
        let newline = self.newline;
        if let Some(last) = self.lines.last_mut().filter(|l| l.ending.is_empty()) {
            last.ending = newline;
        }
    }
}

/// The delimiter of an existing entry with one space where it had some: `=`, ` = `, `: `.
/// With an empty value, the spacing after the delimiter is unknown; mirror the one before.
fn separator_like(between_key_and_value: &str, empty_value: bool) -> String {
    let delimiter = between_key_and_value.trim();
    let before = if between_key_and_value.starts_with(char::is_whitespace) { " " } else { "" };
    let after = match empty_value {
        true => before,
        false if between_key_and_value.ends_with(char::is_whitespace) => " ",
        false => "",
    };
    format!("{before}{delimiter}{after}")
}

fn split_ending(raw: &str) -> (&str, &'static str) {
    if let Some(text) = raw.strip_suffix("\r\n") {
        (text, "\r\n")
    } else if let Some(text) = raw.strip_suffix('\n') {
        (text, "\n")
    } else {
        (raw, "")
    }
}

/// `[name]`, the name running to the last `]` as in `configparser` (so `[http://[::1]:8080]`
/// works); only a comment may follow it.
fn parse_header(trimmed: &str) -> Result<String, &'static str> {
    let close = trimmed.rfind(']').filter(|&i| i > 0).ok_or("a section header must end with `]`")?;
    let rest = trimmed[close + 1..].trim();
    if !(rest.is_empty() || rest.starts_with(';') || rest.starts_with('#')) {
        return Err("unexpected text after the section header");
    }
    let name = trimmed[1..close].trim();
    if name.is_empty() {
        return Err("a section header with no name");
    }
    Ok(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
[default]
; general configuration: default endpoint
endpoint=ovh-eu

[ovh-eu]
; configuration specific to 'ovh-eu' endpoint
application_key=my_app_key
Application_Secret : my_application_secret
consumer_key =
; OAuth2 alternative
;client_id=my_client_id
";

    #[test]
    fn reads_values_case_insensitively() {
        let doc = Document::parse(SAMPLE).unwrap();
        assert_eq!(doc.get("default", "endpoint").as_deref(), Some("ovh-eu"));
        assert_eq!(doc.get("ovh-eu", "APPLICATION_KEY").as_deref(), Some("my_app_key"));
        assert_eq!(doc.get("ovh-eu", "application_secret").as_deref(), Some("my_application_secret"));
        assert_eq!(doc.get("ovh-eu", "consumer_key").as_deref(), Some(""));
        assert_eq!(doc.get("ovh-eu", "client_id"), None);
        assert_eq!(doc.get("OVH-EU", "application_key"), None, "section names are case-sensitive");
        assert_eq!(doc.render(), SAMPLE);
    }

    #[test]
    fn values_keep_semicolons_and_join_continuations() {
        let doc = Document::parse("[s]\na = x ; not a comment\nb = one\n  two\nc = 3\n").unwrap();
        assert_eq!(doc.get("s", "a").as_deref(), Some("x ; not a comment"));
        assert_eq!(doc.get("s", "b").as_deref(), Some("one\ntwo"));
        assert_eq!(doc.get("s", "c").as_deref(), Some("3"));
    }

    #[test]
    fn url_sections_and_trailing_comments() {
        let doc = Document::parse("[http://[::1]:8080/1.0] ; local\nk: v\n[ http://127.0.0.1/1.0/ ]\nk=w").unwrap();
        assert_eq!(doc.get("http://[::1]:8080/1.0", "k").as_deref(), Some("v"));
        assert_eq!(doc.get("http://127.0.0.1/1.0/", "k").as_deref(), Some("w"));
    }

    #[test]
    fn errors_carry_line_numbers_and_no_text() {
        let cases = [
            ("[a]\nk = v\nsecretvalue\n", 3, "expected `key = value` or a `[section]` header"),
            ("k = v\n", 1, "before any section header"),
            ("[a]\n[b\n", 2, "must end with `]`"),
            ("[a] x\n", 1, "unexpected text"),
            ("[]\n", 1, "no name"),
            ("[a]\n= v\n", 2, "no key"),
            ("[a]\nk=1\n[b]\n[a]\n", 4, "[a] appears a second time (first on line 1)"),
            ("[a]\nk=1\nK=2\n", 3, "`k` appears a second time in [a] (first on line 2)"),
        ];
        for (text, line, problem) in cases {
            let err = Document::parse(text).unwrap_err();
            assert_eq!(err.line, line, "{text:?}");
            assert!(err.problem.contains(problem), "{text:?}: {}", err.problem);
            assert!(!err.problem.contains("secretvalue"));
        }
    }

    #[test]
    fn set_replaces_in_place_keeping_style() {
        let mut doc = Document::parse(SAMPLE).unwrap();
        doc.set("ovh-eu", "application_secret", "NEW");
        doc.set("ovh-eu", "consumer_key", "CK");
        let expected = SAMPLE
            .replace("Application_Secret : my_application_secret", "Application_Secret : NEW")
            .replace("consumer_key =\n", "consumer_key = CK\n");
        assert_eq!(doc.render(), expected);
        assert_eq!(doc.get("ovh-eu", "consumer_key").as_deref(), Some("CK"));
    }

    #[test]
    fn set_drops_continuations_of_the_old_value() {
        let mut doc = Document::parse("[s]\nb = one\n  two\n; note\n").unwrap();
        doc.set("s", "b", "three");
        assert_eq!(doc.render(), "[s]\nb = three\n; note\n");
    }

    #[test]
    fn set_appends_after_the_last_key_with_its_delimiter() {
        let mut doc = Document::parse("[a]\nx=1\n; trailing comment\n\n[b]\ny = 2\n[c]\nu: 5\n[d]\nv =\n").unwrap();
        doc.set("a", "z", "3");
        doc.set("b", "w", "4");
        doc.set("c", "t", "6");
        doc.set("d", "s", "7");
        let expected = "[a]\nx=1\nz=3\n; trailing comment\n\n[b]\ny = 2\nw = 4\n[c]\nu: 5\nt: 6\n[d]\nv =\ns = 7\n";
        assert_eq!(doc.render(), expected);
    }

    #[test]
    fn set_creates_sections_and_respects_crlf_and_missing_final_newline() {
        let mut doc = Document::parse("; top\r\n[a]\r\nx = 1").unwrap();
        doc.set("ovh-ca", "application_key", "AK");
        doc.set("a", "y", "2");
        assert_eq!(doc.render(), "; top\r\n[a]\r\nx = 1\r\ny = 2\r\n\r\n[ovh-ca]\r\napplication_key = AK\r\n");
        let mut empty = Document::parse("").unwrap();
        empty.set("default", "endpoint", "ovh-eu");
        empty.set("ovh-eu", "application_key", "AK");
        assert_eq!(empty.render(), "[default]\nendpoint = ovh-eu\n\n[ovh-eu]\napplication_key = AK\n");
    }

    #[test]
    fn keeps_a_byte_order_mark() {
        let text = "\u{feff}[a]\nk = v\n";
        let doc = Document::parse(text).unwrap();
        assert_eq!(doc.get("a", "k").as_deref(), Some("v"));
        assert_eq!(doc.render(), text);
    }
}
