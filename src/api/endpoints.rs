//! The APIs ovhcart can talk to: the seven named endpoints of the official SDKs, or any
//! base URL (the sandbox, a proxy, a test server), and which subsidiaries each one sells to.

use std::fmt;

/// A named OVHcloud API, as python-ovh and go-ovh spell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Named {
    OvhEu,
    OvhCa,
    OvhUs,
    KimsufiEu,
    KimsufiCa,
    SoyoustartEu,
    SoyoustartCa,
}

impl Named {
    pub const ALL: [Named; 7] = [
        Named::OvhEu,
        Named::OvhCa,
        Named::OvhUs,
        Named::KimsufiEu,
        Named::KimsufiCa,
        Named::SoyoustartEu,
        Named::SoyoustartCa,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Named::OvhEu => "ovh-eu",
            Named::OvhCa => "ovh-ca",
            Named::OvhUs => "ovh-us",
            Named::KimsufiEu => "kimsufi-eu",
            Named::KimsufiCa => "kimsufi-ca",
            Named::SoyoustartEu => "soyoustart-eu",
            Named::SoyoustartCa => "soyoustart-ca",
        }
    }

    fn host(self) -> &'static str {
        match self {
            Named::OvhEu => "eu.api.ovh.com",
            Named::OvhCa => "ca.api.ovh.com",
            Named::OvhUs => "api.us.ovhcloud.com",
            Named::KimsufiEu => "eu.api.kimsufi.com",
            Named::KimsufiCa => "ca.api.kimsufi.com",
            Named::SoyoustartEu => "eu.api.soyoustart.com",
            Named::SoyoustartCa => "ca.api.soyoustart.com",
        }
    }

    /// Accepts the SDK names and node-ovh's aliases (`ks-eu`, `sys-ca`, …).
    pub fn from_name(name: &str) -> Option<Named> {
        let name = name.trim().to_ascii_lowercase();
        Named::ALL.into_iter().find(|n| n.name() == name).or(match name.as_str() {
            "ks-eu" => Some(Named::KimsufiEu),
            "ks-ca" => Some(Named::KimsufiCa),
            "sys-eu" => Some(Named::SoyoustartEu),
            "sys-ca" => Some(Named::SoyoustartCa),
            _ => None,
        })
    }

    /// The region whose subsidiaries this API sells to.
    fn region(self) -> Option<Region> {
        match self {
            Named::OvhEu => Some(Region::Eu),
            Named::OvhCa => Some(Region::Ca),
            Named::OvhUs => Some(Region::Us),
            _ => None,
        }
    }
}

/// Why a subsidiary cannot be ordered for through an API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotSold {
    /// The API sells no Public Cloud project at all (Kimsufi, So you Start).
    NoPublicCloud,
    /// The API does not sell to that subsidiary; it sells to these.
    Unknown { valid: Vec<&'static str> },
}

/// Where requests go.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Endpoint {
    Named(Named),
    /// A literal base URL such as `http://127.0.0.1:8080/1.0`, without a trailing slash.
    Custom(String),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EndpointError {
    #[error(
        "unknown endpoint '{0}' (the names are ovh-eu, ovh-ca, ovh-us, kimsufi-eu, kimsufi-ca, soyoustart-eu and soyoustart-ca; anything with a / is read as a base URL)"
    )]
    UnknownName(String),
    #[error("endpoint URL '{url}' is not usable: {reason}")]
    BadUrl { url: String, reason: String },
}

impl Endpoint {
    /// Parses a name, or (like go-ovh) anything containing `/` as a base URL.
    pub fn parse(text: &str) -> Result<Endpoint, EndpointError> {
        let text = text.trim();
        if !text.contains('/') {
            return Named::from_name(text)
                .map(Endpoint::Named)
                .ok_or_else(|| EndpointError::UnknownName(text.to_owned()));
        }
        let bad = |reason: &str| EndpointError::BadUrl { url: text.to_owned(), reason: reason.to_owned() };
        let url = url::Url::parse(text).map_err(|e| bad(&e.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(bad("the scheme must be http or https"));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(bad("it has no host"));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(bad("a base URL cannot have a query or a fragment"));
        }
        Ok(Endpoint::Custom(text.trim_end_matches('/').to_owned()))
    }

    /// The base URL every API path is appended to (`…/1.0`).
    pub fn base_url(&self) -> String {
        match self {
            Endpoint::Named(n) => format!("https://{}/1.0", n.host()),
            Endpoint::Custom(url) => url.clone(),
        }
    }

    /// The name used for the config section: the SDK name, or the URL itself (go-ovh).
    pub fn config_section(&self) -> String {
        match self {
            Endpoint::Named(n) => n.name().to_owned(),
            Endpoint::Custom(url) => url.clone(),
        }
    }

    /// Kimsufi and So you Start have no `/order/cart/{id}/cloud`.
    pub fn sells_public_cloud(&self) -> bool {
        match self {
            Endpoint::Named(n) => n.region().is_some(),
            Endpoint::Custom(_) => true,
        }
    }

    /// `nichandle.OvhSubsidiaryEnum` of this API's schema (§1.2). A custom URL may be any
    /// of them, so it accepts the union.
    pub fn schema_subsidiaries(&self) -> Vec<&'static Subsidiary> {
        match self {
            Endpoint::Named(Named::OvhCa) => SUBSIDIARIES.iter().filter(|s| s.region == Region::Ca).collect(),
            // The US schema's enum is the union of the others less IN.
            Endpoint::Named(Named::OvhUs) => SUBSIDIARIES.iter().filter(|s| s.code != "IN").collect(),
            Endpoint::Custom(_) => SUBSIDIARIES.iter().collect(),
            Endpoint::Named(_) => SUBSIDIARIES.iter().filter(|s| s.region == Region::Eu).collect(),
        }
    }

    /// The subsidiaries a Public Cloud project is ordered for through this API: those whose
    /// region it serves (every one for a custom URL).
    pub fn sold_subsidiaries(&self) -> Vec<&'static Subsidiary> {
        match self {
            Endpoint::Named(n) => match n.region() {
                Some(region) => SUBSIDIARIES.iter().filter(|s| s.region == region).collect(),
                None => Vec::new(),
            },
            Endpoint::Custom(_) => SUBSIDIARIES.iter().collect(),
        }
    }

    /// The subsidiary `code` names (any case), if this API sells Public Cloud projects for
    /// it: the one check every front end makes, each wording [`NotSold`] its own way.
    pub fn sold_subsidiary(&self, code: &str) -> Result<&'static Subsidiary, NotSold> {
        let sold = self.sold_subsidiaries();
        if sold.is_empty() {
            return Err(NotSold::NoPublicCloud);
        }
        match subsidiary(code) {
            Some(s) if sold.iter().any(|x| x.code == s.code) => Ok(s),
            _ => Err(NotSold::Unknown { valid: sold.iter().map(|s| s.code).collect() }),
        }
    }

    /// Whether orders for `subsidiary` go through the US API (ovh-us, or a custom URL when
    /// the subsidiary is US), which differs: no `/cloud/eligibility`, plan `project`, the
    /// delivered project's id in the order detail's operations.
    pub fn is_us(&self, subsidiary: &str) -> bool {
        match self {
            Endpoint::Named(Named::OvhUs) => true,
            Endpoint::Named(_) => false,
            Endpoint::Custom(_) => subsidiary.eq_ignore_ascii_case("US"),
        }
    }

    /// The Public Cloud project plan for `subsidiary` through this API (see `api::products`).
    pub fn project_plan_code(&self, subsidiary: &str) -> &'static str {
        super::products::PROJECT.plan_code(self.is_us(subsidiary))
    }

    /// The Control Panel of this API's customers, where what the API cannot do is done
    /// (payment methods, quotas, orders). A custom URL is taken for the European one.
    pub fn control_panel_url(&self, subsidiary: &str) -> &'static str {
        match self {
            Endpoint::Named(Named::OvhCa) => "https://ca.ovh.com/manager/",
            _ if self.is_us(subsidiary) => "https://us.ovhcloud.com/manager/",
            _ => "https://www.ovh.com/manager/",
        }
    }

    /// Where a person creates an application key and secret.
    pub fn create_app_url(&self) -> String {
        match self {
            Endpoint::Named(n) => format!("https://{}/createApp/", n.host()),
            Endpoint::Custom(url) => format!("{}/createApp/", origin(url)),
        }
    }

    /// The OAuth2 token URL (client-credentials grant). Only the three OVHcloud APIs have
    /// one; a custom URL is assumed to serve it at `/auth/oauth2/token` on its origin.
    pub fn oauth2_token_url(&self) -> Option<String> {
        match self {
            Endpoint::Named(Named::OvhEu) => Some("https://www.ovh.com/auth/oauth2/token".into()),
            Endpoint::Named(Named::OvhCa) => Some("https://ca.ovh.com/auth/oauth2/token".into()),
            Endpoint::Named(Named::OvhUs) => Some("https://us.ovhcloud.com/auth/oauth2/token".into()),
            Endpoint::Named(_) => None,
            Endpoint::Custom(url) => Some(format!("{}/auth/oauth2/token", origin(url))),
        }
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Endpoint::Named(n) => f.write_str(n.name()),
            Endpoint::Custom(url) => f.write_str(url),
        }
    }
}

/// `scheme://host[:port]` of a URL we already validated.
fn origin(url: &str) -> String {
    url::Url::parse(url).map(|u| u.origin().ascii_serialization()).unwrap_or_else(|_| url.to_owned())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Region {
    Eu,
    Ca,
    Us,
}

impl Region {
    /// The API a subsidiary of this region orders through (inferred from the schemas, §1.2).
    pub fn endpoint(self) -> Named {
        match self {
            Region::Eu => Named::OvhEu,
            Region::Ca => Named::OvhCa,
            Region::Us => Named::OvhUs,
        }
    }
}

/// One OVHcloud subsidiary: who sells, in which currency, in which language by default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subsidiary {
    pub code: &'static str,
    /// English name of the country or market.
    pub country: &'static str,
    pub currency: &'static str,
    /// The language a customer of this subsidiary reads by default (BCP 47 primary tag).
    pub language: &'static str,
    pub region: Region,
}

impl Subsidiary {
    /// The API this subsidiary orders through.
    pub fn ordered_on(&self) -> Named {
        self.region.endpoint()
    }
}

/// Looks a subsidiary up by code, case-insensitively.
pub fn subsidiary(code: &str) -> Option<&'static Subsidiary> {
    SUBSIDIARIES.iter().find(|s| s.code.eq_ignore_ascii_case(code.trim()))
}

macro_rules! sub {
    ($code:literal, $country:literal, $cur:literal, $lang:literal, $region:ident) => {
        Subsidiary { code: $code, country: $country, currency: $cur, language: $lang, region: Region::$region }
    };
}

/// Every subsidiary of the three OVHcloud APIs' schemas.
pub static SUBSIDIARIES: [Subsidiary; 25] = [
    sub!("CZ", "Czechia", "CZK", "cs", Eu),
    sub!("DE", "Germany", "EUR", "de", Eu),
    sub!("ES", "Spain", "EUR", "es", Eu),
    sub!("EU", "Europe (other countries)", "EUR", "en", Eu),
    sub!("FI", "Finland", "EUR", "fi", Eu),
    sub!("FR", "France", "EUR", "fr", Eu),
    sub!("GB", "United Kingdom", "GBP", "en", Eu),
    sub!("IE", "Ireland", "EUR", "en", Eu),
    sub!("IT", "Italy", "EUR", "it", Eu),
    sub!("LT", "Lithuania", "EUR", "lt", Eu),
    sub!("MA", "Morocco", "MAD", "fr", Eu),
    sub!("NL", "Netherlands", "EUR", "nl", Eu),
    sub!("PL", "Poland", "PLN", "pl", Eu),
    sub!("PT", "Portugal", "EUR", "pt", Eu),
    sub!("SN", "Senegal", "XOF", "fr", Eu),
    sub!("TN", "Tunisia", "TND", "fr", Eu),
    sub!("ASIA", "Asia", "USD", "en", Ca),
    sub!("AU", "Australia", "AUD", "en", Ca),
    sub!("CA", "Canada", "CAD", "en", Ca),
    sub!("IN", "India", "INR", "en", Ca),
    sub!("QC", "Quebec", "CAD", "fr", Ca),
    sub!("SG", "Singapore", "SGD", "en", Ca),
    sub!("WE", "World (English)", "USD", "en", Ca),
    sub!("WS", "World (Spanish)", "USD", "es", Ca),
    sub!("US", "United States", "USD", "en", Us),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_urls() {
        for n in Named::ALL {
            assert_eq!(Named::from_name(n.name()), Some(n));
        }
        assert_eq!(Endpoint::parse("ovh-eu").unwrap().base_url(), "https://eu.api.ovh.com/1.0");
        assert_eq!(Endpoint::parse("OVH-US").unwrap().base_url(), "https://api.us.ovhcloud.com/1.0");
        assert_eq!(Endpoint::parse("ks-ca").unwrap(), Endpoint::Named(Named::KimsufiCa));
        let local = Endpoint::parse("http://127.0.0.1:8080/1.0/").unwrap();
        assert_eq!(local.base_url(), "http://127.0.0.1:8080/1.0");
        assert_eq!(local.config_section(), "http://127.0.0.1:8080/1.0");
        assert_eq!(local.oauth2_token_url().unwrap(), "http://127.0.0.1:8080/auth/oauth2/token");
    }

    #[test]
    fn bad_endpoints_say_why() {
        let err = Endpoint::parse("ovh-mars").unwrap_err().to_string();
        assert!(err.contains("ovh-mars") && err.contains("ovh-eu"), "{err}");
        assert!(matches!(Endpoint::parse("ftp://x/1.0"), Err(EndpointError::BadUrl { .. })));
        assert!(matches!(Endpoint::parse("http://"), Err(EndpointError::BadUrl { .. })));
        assert!(matches!(Endpoint::parse("not a url/"), Err(EndpointError::BadUrl { .. })));
    }

    #[test]
    fn public_cloud_and_subsidiaries() {
        let eu = Endpoint::Named(Named::OvhEu);
        assert_eq!(eu.sold_subsidiaries().len(), 16);
        assert_eq!(Endpoint::Named(Named::OvhCa).sold_subsidiaries().len(), 8);
        assert_eq!(Endpoint::Named(Named::OvhUs).schema_subsidiaries().len(), 24);
        assert_eq!(Endpoint::Named(Named::OvhUs).sold_subsidiaries().len(), 1);
        assert!(!Endpoint::Named(Named::KimsufiEu).sells_public_cloud());
        assert!(Endpoint::Named(Named::KimsufiEu).sold_subsidiaries().is_empty());
        assert_eq!(eu.project_plan_code("FR"), "project.2018");
        assert_eq!(Endpoint::Named(Named::OvhUs).project_plan_code("US"), "project");
        assert_eq!(subsidiary("qc").unwrap().ordered_on(), Named::OvhCa);
        assert_eq!(subsidiary("IN").unwrap().ordered_on(), Named::OvhCa);
        assert_eq!(subsidiary("US").unwrap().ordered_on(), Named::OvhUs);
        assert!(subsidiary("XX").is_none());
    }
}
