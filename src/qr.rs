//! A URL as a QR code in the terminal, two modules per character cell (Unicode half
//! blocks), light on dark so that phones read it on the usual dark terminal background.

use qrcode::QrCode;
use qrcode::render::unicode::Dense1x2;

/// The code as lines of text, or `None` if the URL is too long for a QR code.
pub fn render(url: &str) -> Option<Vec<String>> {
    let code = QrCode::new(url.as_bytes()).ok()?;
    let text =
        code.render::<Dense1x2>().dark_color(Dense1x2::Light).light_color(Dense1x2::Dark).quiet_zone(true).build();
    Some(text.lines().map(str::to_owned).collect())
}

#[cfg(test)]
mod tests {
    #[test]
    fn draws_half_blocks() {
        let code = super::render("https://eu.api.ovh.com/auth/?credentialToken=abc").unwrap();
        assert!(code.len() > 10);
        assert!(code.concat().chars().all(|c| matches!(c, ' ' | '▀' | '▄' | '█')), "{code:?}");
    }
}
