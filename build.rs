//! Embeds every message catalogue found under `assets/locales/<lang>/ovhcart.ftl`, so that
//! adding a language is adding a file.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=assets/locales");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = root.join("assets").join("locales");
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(&locales)
        .expect("assets/locales exists")
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let file = entry.path().join("ovhcart.ftl");
            let code = entry.file_name().to_str()?.to_owned();
            file.is_file().then_some((code, file))
        })
        .collect();
    found.sort();
    let mut out = String::from("/// `(language code, catalogue source)` of every embedded locale.\n");
    out.push_str("pub(crate) static CATALOGUES: &[(&str, &str)] = &[\n");
    for (code, file) in &found {
        let _ = writeln!(out, "    ({code:?}, include_str!({:?})),", file.display().to_string());
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
