//! Resolution of the endpoint and credentials from files, `OVH_*` variables and flags, in a
//! temporary tree (`etc/ovh.conf`, `home/.ovh.conf`, `work/ovh.conf`): never the real ones.

use std::collections::HashMap;
use std::fs;
use std::path::PathBuf;

use ovhcart::api::Endpoint;
use ovhcart::api::Secret;
use ovhcart::api::client::Auth;
use ovhcart::api::config::{ConfigError, Credentials, Env, Key, Overrides, Resolved, Setting, Source, gather, resolve};
use ovhcart::api::endpoints::Named;

const AK: &str = "akFromSystem0001";
const AS: &str = "SECRET-as-user-000000000000000001";
const CK: &str = "SECRET-ck-local-00000000000000001";
const SECRETS: [&str; 6] = [AS, CK, "SECRET-env", "SECRET-flag", "SECRET-client", "SECRET-token"];

struct Tree {
    dir: tempfile::TempDir,
    env: Env,
}

impl Tree {
    fn new() -> Tree {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["etc", "home", "work"] {
            fs::create_dir(dir.path().join(sub)).unwrap();
        }
        let env = Env {
            vars: HashMap::new(),
            home: Some(dir.path().join("home")),
            cwd: Some(dir.path().join("work")),
            system_file: dir.path().join("etc/ovh.conf"),
        };
        Tree { dir, env }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn system(&self, text: &str) -> &Self {
        fs::write(self.path("etc/ovh.conf"), text).unwrap();
        self
    }
    fn user(&self, text: &str) -> &Self {
        fs::write(self.path("home/.ovh.conf"), text).unwrap();
        self
    }
    fn local(&self, text: &str) -> &Self {
        fs::write(self.path("work/ovh.conf"), text).unwrap();
        self
    }

    fn set_var(&mut self, name: &str, value: &str) {
        self.env.vars.insert(name.to_owned(), value.to_owned());
    }

    fn resolve(&self, overrides: &Overrides) -> Result<Resolved, ConfigError> {
        resolve(overrides, &self.env)
    }

    fn ok(&self) -> Resolved {
        self.resolve(&Overrides::default()).unwrap()
    }

    fn err(&self) -> String {
        let err = self.resolve(&Overrides::default()).unwrap_err();
        assert_no_secret(&err.to_string());
        assert_no_secret(&format!("{err:?}"));
        err.to_string()
    }
}

fn assert_no_secret(text: &str) {
    for secret in SECRETS {
        assert!(!text.contains(secret), "a secret leaked into: {text}");
    }
}

fn keys(resolved: &Resolved) -> (String, String, Option<String>) {
    match &resolved.credentials {
        Credentials::ApplicationKeys { application_key, application_secret, consumer_key } => (
            application_key.clone(),
            application_secret.expose().to_owned(),
            consumer_key.as_ref().map(|c| c.expose().to_owned()),
        ),
        other => panic!("expected application keys, got {other:?}"),
    }
}

fn source(resolved: &Resolved, key: Key) -> String {
    resolved.source_of(Setting::Key(key)).unwrap().to_string()
}

#[test]
fn files_merge_like_python_ovh_test_config_from_files() {
    let tree = Tree::new();
    tree.system(&format!(
        "[default]\nendpoint = ovh-eu\n\n[ovh-eu]\napplication_key = {AK}\napplication_secret = SECRET-system\nconsumer_key = SECRET-system-ck\n"
    ))
    .user(&format!("[ovh-eu]\napplication_secret = {AS}\n"))
    .local(&format!("[ovh-eu]\nconsumer_key = {CK}\n"));
    let resolved = tree.ok();
    assert_eq!(keys(&resolved), (AK.to_owned(), AS.to_owned(), Some(CK.to_owned())));
    assert!(resolved.has_consumer_key());
    assert!(!resolved.endpoint_defaulted());
    let system = tree.path("etc/ovh.conf").display().to_string();
    assert_eq!(source(&resolved, Key::ApplicationKey), format!("{system} [ovh-eu]"));
    assert_eq!(source(&resolved, Key::ApplicationSecret), "~/.ovh.conf [ovh-eu]");
    assert_eq!(source(&resolved, Key::ConsumerKey), "./ovh.conf [ovh-eu]");
    let lines: Vec<String> = resolved.provenance().iter().map(ToString::to_string).collect();
    assert_eq!(lines[0], format!("endpoint from {system} [default]"));
    assert!(lines.contains(&"application secret from ~/.ovh.conf [ovh-eu]".to_owned()), "{lines:?}");
    let files: Vec<String> = resolved.files().iter().map(ToString::to_string).collect();
    assert_eq!(files, [system, "~/.ovh.conf".into(), "./ovh.conf".into()]);
    // ./ovh.conf provides a key, so a login must save there to take effect.
    assert_eq!(resolved.save_path(), Some(tree.path("work/ovh.conf").as_path()));
    assert_no_secret(&format!("{resolved:?} {:?}", resolved.auth()));
    assert_no_secret(&lines.join("\n"));
}

#[test]
fn missing_files_are_fine_and_the_endpoint_defaults_to_ovh_eu() {
    let tree = Tree::new();
    tree.user(&format!("[ovh-eu]\napplication_key = {AK}\napplication_secret = {AS}\n"));
    let resolved = tree.ok();
    assert_eq!(resolved.endpoint, Endpoint::Named(Named::OvhEu));
    assert!(resolved.endpoint_defaulted());
    assert_eq!(resolved.source_of(Setting::Endpoint), Some(&Source::Default));
    assert_eq!(resolved.save_path(), Some(tree.path("home/.ovh.conf").as_path()));
    let files: Vec<String> = resolved.files().iter().map(ToString::to_string).collect();
    assert!(files[0].ends_with("etc/ovh.conf (not found)") && files[2] == "./ovh.conf (not found)", "{files:?}");
}

#[test]
fn a_missing_consumer_key_is_reported_not_refused() {
    let tree = Tree::new();
    tree.user(&format!("[ovh-eu]\napplication_key = {AK}\napplication_secret = {AS}\nconsumer_key =\n"));
    let resolved = tree.ok();
    assert!(!resolved.has_consumer_key());
    assert!(matches!(resolved.auth(), Auth::Signed { consumer_key: None, .. }));
    assert_eq!(resolved.source_of(Setting::Key(Key::ConsumerKey)), None);
}

#[test]
fn environment_overrides_files_and_empty_variables_are_ignored() {
    let mut tree = Tree::new();
    tree.user(&format!("[ovh-ca]\napplication_key = {AK}\napplication_secret = {AS}\nconsumer_key = {CK}\n"));
    tree.set_var("OVH_ENDPOINT", "ovh-ca");
    tree.set_var("OVH_APPLICATION_SECRET", "SECRET-env");
    tree.set_var("OVH_CONSUMER_KEY", "");
    let resolved = tree.ok();
    assert_eq!(resolved.endpoint, Endpoint::Named(Named::OvhCa));
    assert_eq!(keys(&resolved), (AK.to_owned(), "SECRET-env".to_owned(), Some(CK.to_owned())));
    assert_eq!(source(&resolved, Key::ApplicationSecret), "OVH_APPLICATION_SECRET");
    assert_eq!(resolved.source_of(Setting::Endpoint), Some(&Source::Env("OVH_ENDPOINT")));
    assert_eq!(source(&resolved, Key::ConsumerKey), "~/.ovh.conf [ovh-ca]");
}

#[test]
fn flags_override_the_environment() {
    let mut tree = Tree::new();
    tree.user(&format!("[ovh-us]\napplication_key = {AK}\napplication_secret = {AS}\n"));
    tree.set_var("OVH_ENDPOINT", "ovh-ca");
    tree.set_var("OVH_APPLICATION_SECRET", "SECRET-env");
    let overrides = Overrides {
        endpoint: Some("ovh-us".into()),
        application_secret: Some(Secret::new("SECRET-flag")),
        consumer_key: Some(Secret::new(CK)),
        ..Overrides::default()
    };
    let resolved = tree.resolve(&overrides).unwrap();
    assert_eq!(resolved.endpoint, Endpoint::Named(Named::OvhUs));
    assert_eq!(keys(&resolved), (AK.to_owned(), "SECRET-flag".to_owned(), Some(CK.to_owned())));
    assert_eq!(resolved.source_of(Setting::Endpoint), Some(&Source::Flag("--endpoint")));
    assert_eq!(source(&resolved, Key::ApplicationSecret), "--application-secret");
    assert_no_secret(&format!("{overrides:?} {resolved:?}"));
}

#[test]
fn the_config_flag_file_is_read_last() {
    let tree = Tree::new();
    tree.local(&format!("[ovh-eu]\napplication_key = {AK}\napplication_secret = SECRET-local\n"));
    fs::write(tree.path("work/custom.ini"), format!("[ovh-eu]\napplication_secret = {AS}\n")).unwrap();
    let overrides = Overrides { config_file: Some("custom.ini".into()), ..Overrides::default() };
    let resolved = tree.resolve(&overrides).unwrap();
    assert_eq!(keys(&resolved).1, AS);
    assert_eq!(source(&resolved, Key::ApplicationSecret), "custom.ini [ovh-eu]");
    assert_eq!(resolved.files().last().unwrap().to_string(), "custom.ini");
    assert_eq!(resolved.save_path(), Some(tree.path("work/custom.ini").as_path()));
}

#[test]
fn a_missing_config_flag_file_is_an_error() {
    let tree = Tree::new();
    let overrides = Overrides { config_file: Some("/nonexistent/ovh.conf".into()), ..Overrides::default() };
    let err = tree.resolve(&overrides).unwrap_err();
    assert!(matches!(err, ConfigError::MissingConfigFile { .. }));
    assert_eq!(err.to_string(), "the config file /nonexistent/ovh.conf does not exist");
    // What to do is the front ends' to say, in the person's language.
    assert_eq!(ovhcart::app::labels::config_hint(&err), "config-hint-missing-file");
}

#[test]
fn default_endpoint_picks_the_section() {
    let tree = Tree::new();
    tree.system("[default]\nendpoint = ovh-eu\n")
        .user(&format!(
            "[default]\nendpoint=kimsufi-ca\n[ovh-eu]\napplication_key=wrong\n[kimsufi-ca]\napplication_key={AK}\napplication_secret={AS}\n"
        ));
    let resolved = tree.ok();
    assert_eq!(resolved.endpoint, Endpoint::Named(Named::KimsufiCa));
    assert_eq!(keys(&resolved).0, AK);
    assert_eq!(resolved.source_of(Setting::Endpoint).unwrap().to_string(), "~/.ovh.conf [default]");
}

#[test]
fn an_alias_reads_the_canonical_section_then_its_own() {
    let tree = Tree::new();
    tree.user(&format!("[default]\nendpoint = ks-eu\n[ks-eu]\napplication_key = {AK}\napplication_secret = {AS}\n"));
    let resolved = tree.ok();
    assert_eq!(resolved.endpoint, Endpoint::Named(Named::KimsufiEu));
    assert_eq!(source(&resolved, Key::ApplicationKey), "~/.ovh.conf [ks-eu]");
}

#[test]
fn a_custom_url_reads_the_section_named_after_it() {
    // go-ovh's testdata/localWithURL.ini
    let tree = Tree::new();
    tree.user(&format!(
        "[default]\nendpoint = http://127.0.0.1:8080/1.0\n\n[http://127.0.0.1:8080/1.0/]\napplication_key = {AK}\napplication_secret = {AS}\nconsumer_key = {CK}\n"
    ));
    let resolved = tree.ok();
    assert_eq!(resolved.endpoint, Endpoint::Custom("http://127.0.0.1:8080/1.0".into()));
    assert_eq!(keys(&resolved), (AK.to_owned(), AS.to_owned(), Some(CK.to_owned())));
    assert_eq!(source(&resolved, Key::ApplicationKey), "~/.ovh.conf [http://127.0.0.1:8080/1.0/]");

    let tree = Tree::new();
    tree.user(&format!("[https://api.example.com:4242]\napplication_key = {AK}\napplication_secret = {AS}\n"));
    let overrides = Overrides { endpoint: Some("https://api.example.com:4242/".into()), ..Overrides::default() };
    let resolved = tree.resolve(&overrides).unwrap();
    assert_eq!(resolved.endpoint.base_url(), "https://api.example.com:4242");
    assert_eq!(keys(&resolved).0, AK);
}

#[test]
fn oauth2_and_access_token() {
    let tree = Tree::new();
    tree.user("[default]\nendpoint = ovh-ca\n[ovh-ca]\nclient_id = my-client\nclient_secret = SECRET-client\n");
    let resolved = tree.ok();
    assert_eq!(
        resolved.credentials,
        Credentials::OAuth2 {
            client_id: "my-client".into(),
            client_secret: Secret::new("SECRET-client"),
            token_url: "https://ca.ovh.com/auth/oauth2/token".into(),
        }
    );
    assert!(matches!(resolved.auth(), Auth::OAuth2 { .. }));
    assert!(resolved.has_consumer_key());
    assert_no_secret(&format!("{resolved:?}"));

    let mut tree = Tree::new();
    tree.set_var("OVH_ACCESS_TOKEN", "SECRET-token");
    let resolved = tree.ok();
    assert_eq!(resolved.credentials, Credentials::AccessToken(Secret::new("SECRET-token")));
    assert_eq!(source(&resolved, Key::AccessToken), "OVH_ACCESS_TOKEN");
}

#[test]
fn validation_messages() {
    let cases = [
        (
            "",
            "Missing authentication information, you need to provide at least an application_key/application_secret or a client_id/client_secret",
        ),
        (
            "[ovh-eu]\napplication_key = k\n",
            "Invalid authentication config, both application_key and application_secret must be given (found application key from ~/.ovh.conf [ovh-eu])",
        ),
        (
            "[ovh-eu]\napplication_secret = SECRET-env\n",
            "Invalid authentication config, both application_key and application_secret must be given",
        ),
        (
            "[ovh-eu]\napplication_key = k\napplication_secret = SECRET-env\nclient_id = c\nclient_secret = SECRET-client\n",
            "Can't use both application_key/application_secret and OAuth2 client_id/client_secret (found application key from ~/.ovh.conf [ovh-eu], application secret from",
        ),
        ("[ovh-eu]\nclient_id = c\n", "Invalid OAuth2 config, both client_id and client_secret must be given"),
        (
            "[ovh-eu]\nclient_secret = SECRET-client\n",
            "Invalid OAuth2 config, both client_id and client_secret must be given",
        ),
        (
            "[default]\nendpoint = kimsufi-eu\n[kimsufi-eu]\nclient_id = c\nclient_secret = SECRET-client\n",
            "OAuth2 authentication is not compatible with endpoint kimsufi-eu (it can only be used with ovh-eu, ovh-ca and ovh-us)",
        ),
        (
            "[ovh-eu]\naccess_token = SECRET-token\nclient_id = c\nclient_secret = SECRET-client\n",
            "Can't use access_token together with application_key/application_secret or client_id/client_secret",
        ),
    ];
    for (file, expected) in cases {
        let tree = Tree::new();
        tree.user(file);
        let err = tree.err();
        assert!(err.starts_with(expected), "{file:?}\n got: {err}\nwant: {expected}");
        assert!(err.contains(" of "), "{err}");
        assert!(err.ends_with("~/.ovh.conf, ./ovh.conf (not found) and OVH_* variables"), "{err}");
    }
    let tree = Tree::new();
    let err = tree.err();
    assert!(err.contains("; looked in [ovh-eu] of "), "{err}");
    assert!(err.ends_with("(not found), ~/.ovh.conf (not found), ./ovh.conf (not found) and OVH_* variables"), "{err}");
}

#[test]
fn a_parse_error_names_the_file_and_line() {
    let tree = Tree::new();
    tree.user(&format!("[default]\nendpoint = ovh-eu\n\n; keys\n[ovh-eu]\napplication_key = {AK}\n{AS}\n"));
    assert_eq!(tree.err(), "~/.ovh.conf line 7: expected `key = value` or a `[section]` header");
}

#[test]
fn bad_endpoints_name_where_they_were_set() {
    let tree = Tree::new();
    tree.local("[default]\nendpoint = ovh-mars\n");
    let err = tree.err();
    assert!(err.starts_with("unknown endpoint 'ovh-mars'") && err.ends_with("(set by ./ovh.conf [default])"), "{err}");

    let mut tree = Tree::new();
    tree.set_var("OVH_ENDPOINT", "ftp://example.com/1.0");
    let err = tree.err();
    assert!(err.contains("ftp://example.com/1.0") && err.ends_with("(set by OVH_ENDPOINT)"), "{err}");

    let tree = Tree::new();
    let overrides = Overrides { endpoint: Some("http://[bad/1.0".into()), ..Overrides::default() };
    let err = tree.resolve(&overrides).unwrap_err().to_string();
    assert!(
        err.starts_with("endpoint URL 'http://[bad/1.0' is not usable") && err.ends_with("(set by --endpoint)"),
        "{err}"
    );
}

#[test]
fn gather_gives_login_the_endpoint_without_credentials() {
    let tree = Tree::new();
    tree.user("[default]\nendpoint = ovh-us\n");
    let gathered = gather(&Overrides::default(), &tree.env).unwrap();
    assert_eq!(gathered.endpoint(), &Endpoint::Named(Named::OvhUs));
    assert_eq!(gathered.section(), "ovh-us");
    assert_eq!(gathered.save_path(), Some(tree.path("home/.ovh.conf").as_path()));
    assert!(gathered.validate().is_err());
}

#[test]
fn an_unreadable_path_says_which_file() {
    let tree = Tree::new();
    fs::create_dir(tree.path("home/.ovh.conf")).unwrap();
    let err = tree.err();
    assert!(err.starts_with("cannot read ~/.ovh.conf: "), "{err}");
}
