//! The names of the countries and markets OVHcloud subsidiaries sell to, in every language:
//! one table, a row per subsidiary code and a column per language. The subsidiary table
//! (`api::endpoints::SUBSIDIARIES`) holds the codes; the words are here, and a test checks
//! that every subsidiary has a name in every language.

use super::Lang;

/// `(subsidiary code, [names in the order of Lang::ALL: en, fr, es, it, pl, pt, de])`.
const NAMES: [(&str, [&str; 7]); 25] = [
    ("CZ", ["Czechia", "Tchéquie", "Chequia", "Cechia", "Czechy", "Chéquia", "Tschechien"]),
    ("DE", ["Germany", "Allemagne", "Alemania", "Germania", "Niemcy", "Alemanha", "Deutschland"]),
    ("ES", ["Spain", "Espagne", "España", "Spagna", "Hiszpania", "Espanha", "Spanien"]),
    (
        "EU",
        [
            "Europe (other countries)",
            "Europe (autres pays)",
            "Europa (otros países)",
            "Europa (altri paesi)",
            "Europa (inne kraje)",
            "Europa (outros países)",
            "Europa (andere Länder)",
        ],
    ),
    ("FI", ["Finland", "Finlande", "Finlandia", "Finlandia", "Finlandia", "Finlândia", "Finnland"]),
    ("FR", ["France", "France", "Francia", "Francia", "Francja", "França", "Frankreich"]),
    (
        "GB",
        [
            "United Kingdom",
            "Royaume-Uni",
            "Reino Unido",
            "Regno Unito",
            "Wielka Brytania",
            "Reino Unido",
            "Vereinigtes Königreich",
        ],
    ),
    ("IE", ["Ireland", "Irlande", "Irlanda", "Irlanda", "Irlandia", "Irlanda", "Irland"]),
    ("IT", ["Italy", "Italie", "Italia", "Italia", "Włochy", "Itália", "Italien"]),
    ("LT", ["Lithuania", "Lituanie", "Lituania", "Lituania", "Litwa", "Lituânia", "Litauen"]),
    ("MA", ["Morocco", "Maroc", "Marruecos", "Marocco", "Maroko", "Marrocos", "Marokko"]),
    ("NL", ["Netherlands", "Pays-Bas", "Países Bajos", "Paesi Bassi", "Holandia", "Países Baixos", "Niederlande"]),
    ("PL", ["Poland", "Pologne", "Polonia", "Polonia", "Polska", "Polónia", "Polen"]),
    ("PT", ["Portugal", "Portugal", "Portugal", "Portogallo", "Portugalia", "Portugal", "Portugal"]),
    ("SN", ["Senegal", "Sénégal", "Senegal", "Senegal", "Senegal", "Senegal", "Senegal"]),
    ("TN", ["Tunisia", "Tunisie", "Túnez", "Tunisia", "Tunezja", "Tunísia", "Tunesien"]),
    ("ASIA", ["Asia", "Asie", "Asia", "Asia", "Azja", "Ásia", "Asien"]),
    ("AU", ["Australia", "Australie", "Australia", "Australia", "Australia", "Austrália", "Australien"]),
    ("CA", ["Canada", "Canada", "Canadá", "Canada", "Kanada", "Canadá", "Kanada"]),
    ("IN", ["India", "Inde", "India", "India", "Indie", "Índia", "Indien"]),
    ("QC", ["Quebec", "Québec", "Quebec", "Québec", "Quebec", "Quebeque", "Québec"]),
    ("SG", ["Singapore", "Singapour", "Singapur", "Singapore", "Singapur", "Singapura", "Singapur"]),
    (
        "WE",
        [
            "World (English)",
            "Monde (anglais)",
            "Mundo (inglés)",
            "Mondo (inglese)",
            "Świat (angielski)",
            "Mundo (inglês)",
            "Welt (Englisch)",
        ],
    ),
    (
        "WS",
        [
            "World (Spanish)",
            "Monde (espagnol)",
            "Mundo (español)",
            "Mondo (spagnolo)",
            "Świat (hiszpański)",
            "Mundo (espanhol)",
            "Welt (Spanisch)",
        ],
    ),
    (
        "US",
        [
            "United States",
            "États-Unis",
            "Estados Unidos",
            "Stati Uniti",
            "Stany Zjednoczone",
            "Estados Unidos",
            "Vereinigte Staaten",
        ],
    ),
];

/// The column of `lang` in [`NAMES`].
fn column(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

fn row(code: &str) -> Option<&'static [&'static str; 7]> {
    NAMES.iter().find(|(c, _)| c.eq_ignore_ascii_case(code.trim())).map(|(_, names)| names)
}

/// The name of the country or market of subsidiary `code` in `lang`; `None` for a code
/// the table does not know.
pub fn country(lang: Lang, code: &str) -> Option<&'static str> {
    row(code).map(|names| names[column(lang)])
}

/// The subsidiary codes the table names.
pub fn codes() -> impl Iterator<Item = &'static str> {
    NAMES.iter().map(|(code, _)| *code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_names_every_language() {
        for (code, names) in NAMES {
            for (lang, name) in Lang::ALL.into_iter().zip(names) {
                assert!(!name.trim().is_empty(), "{code} has no name in {}", lang.code());
                assert_eq!(country(lang, code), Some(name));
            }
        }
        let mut codes: Vec<_> = codes().collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), NAMES.len(), "a code is listed twice");
    }

    #[test]
    fn names_in_the_language_asked() {
        assert_eq!(country(Lang::Fr, "DE"), Some("Allemagne"));
        assert_eq!(country(Lang::De, "de"), Some("Deutschland"));
        assert_eq!(country(Lang::En, "GB"), Some("United Kingdom"));
        assert_eq!(country(Lang::Pl, "IT"), Some("Włochy"));
        assert_eq!(country(Lang::Fr, "XX"), None);
    }
}
