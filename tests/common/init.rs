//! What the wizard starts from in tests: English, a fixed date (2026-11-21), no display
//! preferences; and the onboarding's start, before any key exists.

use std::path::PathBuf;

use ovhcart::api::endpoints::{Endpoint, Named};
use ovhcart::app::{Display, Init, OnboardingInit};
use ovhcart::i18n::Lang;

/// Ordering through `endpoint`: its subsidiaries, no locale to preselect one from.
pub fn init_for(endpoint: &Endpoint) -> Init {
    Init {
        endpoint_label: endpoint.to_string(),
        subsidiaries: endpoint.sold_subsidiaries(),
        preselect: None,
        locale_subsidiary: None,
        today: "2026-11-21".into(),
        lang: Lang::En,
        display: Display::default(),
    }
}

/// Ordering through ovh-eu, the locale's subsidiary GB (the tests of the core alone).
pub fn init() -> Init {
    Init { locale_subsidiary: Some("GB".into()), ..init_for(&Endpoint::Named(Named::OvhEu)) }
}

/// The onboarding for ovh-eu with no keys yet, saving to `/home/ada/.ovh.conf`.
pub fn onboarding_init() -> OnboardingInit {
    OnboardingInit {
        endpoint: Endpoint::Named(Named::OvhEu),
        application_key: None,
        application_secret: None,
        save_to: Some(PathBuf::from("/home/ada/.ovh.conf")),
        timeout_secs: 600,
    }
}
