//! `save_credentials`: merges into an existing `ovh.conf` byte for byte, atomically, 0600,
//! and never through someone else's symbolic link.

mod common;

use std::collections::HashMap;
use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;

use common::mode;
use ovhcart::api::config::{ConfigError, Credentials, Env, Overrides, WriteStep, resolve, save_credentials};
use ovhcart::i18n::{Lang, tr};

const AS: &str = "SECRET-as-000000000000000000000001";
const CK: &str = "SECRET-ck-000000000000000000000001";

const EXISTING: &str = "\
# ovh.conf kept by hand
[default]
; general configuration: default endpoint
endpoint=ovh-ca

[ovh-eu]
application_key = oldKey
Application_Secret: old-secret
consumer_key =
; OAuth2 alternative
;client_id=my_client_id

[ovh-cli]
default_cloud_project = 1234abcd
unknown_key: kept as is ; with a semicolon
";

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    names
}

#[test]
fn updates_in_place_and_keeps_everything_else_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".ovh.conf");
    fs::write(&path, EXISTING).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();

    let written = save_credentials(
        &path,
        "ovh-eu",
        &[("application_key", "newKey"), ("application_secret", AS), ("consumer_key", CK)],
        None,
    )
    .unwrap();

    assert_eq!(written, path);
    let expected = EXISTING
        .replace("application_key = oldKey", "application_key = newKey")
        .replace("Application_Secret: old-secret", &format!("Application_Secret: {AS}"))
        .replace("consumer_key =\n", &format!("consumer_key = {CK}\n"));
    assert_eq!(fs::read_to_string(&path).unwrap(), expected);
    assert_eq!(mode(&path), 0o600);
    assert_eq!(entries(dir.path()), [".ovh.conf"], "no temporary file is left behind");
}

#[test]
fn appends_missing_keys_at_the_end_of_the_section_and_sets_the_default_endpoint() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ovh.conf");
    fs::write(&path, EXISTING).unwrap();
    save_credentials(&path, "ovh-cli", &[("application_key", "k")], Some("ovh-eu")).unwrap();
    let expected = EXISTING
        .replace("endpoint=ovh-ca", "endpoint=ovh-eu")
        .replace("; with a semicolon\n", "; with a semicolon\napplication_key: k\n");
    assert_eq!(fs::read_to_string(&path).unwrap(), expected);
}

#[test]
fn creates_the_section_and_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ovh.conf");
    fs::write(&path, EXISTING).unwrap();
    save_credentials(&path, "http://127.0.0.1:8080/1.0", &[("application_key", "k"), ("application_secret", AS)], None)
        .unwrap();
    let expected = format!("{EXISTING}\n[http://127.0.0.1:8080/1.0]\napplication_key = k\napplication_secret = {AS}\n");
    assert_eq!(fs::read_to_string(&path).unwrap(), expected);

    let fresh = dir.path().join("fresh.conf");
    save_credentials(&fresh, "ovh-eu", &[("application_key", "k"), ("consumer_key", CK)], Some("ovh-eu")).unwrap();
    assert_eq!(
        fs::read_to_string(&fresh).unwrap(),
        format!("[default]\nendpoint = ovh-eu\n\n[ovh-eu]\napplication_key = k\nconsumer_key = {CK}\n")
    );
    assert_eq!(mode(&fresh), 0o600);
    assert_eq!(entries(dir.path()), ["fresh.conf", "ovh.conf"]);
}

#[test]
fn what_is_saved_is_what_is_resolved() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("home")).unwrap();
    let env = Env {
        vars: HashMap::new(),
        home: Some(dir.path().join("home")),
        cwd: None,
        system_file: dir.path().join("etc-ovh.conf"),
    };
    let path = dir.path().join("home/.ovh.conf");
    save_credentials(&path, "ovh-us", &[("application_key", "k"), ("application_secret", AS)], Some("ovh-us")).unwrap();
    save_credentials(&path, "ovh-us", &[("consumer_key", CK)], None).unwrap();
    let resolved = resolve(&Overrides::default(), &env).unwrap();
    assert_eq!(resolved.endpoint.to_string(), "ovh-us");
    let Credentials::ApplicationKeys { consumer_key: Some(ck), .. } = &resolved.credentials else { panic!() };
    assert_eq!(ck.expose(), CK);
}

#[test]
fn writes_through_an_own_symlink_to_its_target() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("dotfiles")).unwrap();
    let target = dir.path().join("dotfiles/ovh.conf");
    fs::write(&target, "[ovh-eu]\napplication_key = k\n").unwrap();
    let link = dir.path().join(".ovh.conf");
    symlink("dotfiles/ovh.conf", &link).unwrap();

    let written = save_credentials(&link, "ovh-eu", &[("consumer_key", CK)], None).unwrap();
    assert_eq!(written, target);
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link stays a link");
    assert_eq!(fs::read_to_string(&link).unwrap(), format!("[ovh-eu]\napplication_key = k\nconsumer_key = {CK}\n"));
    assert_eq!(entries(&dir.path().join("dotfiles")), ["ovh.conf"]);
}

#[test]
fn refuses_a_symlink_owned_by_someone_else() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: giving a link to another user needs root");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("elsewhere");
    fs::write(&target, "[ovh-eu]\n").unwrap();
    let link = dir.path().join(".ovh.conf");
    symlink(&target, &link).unwrap();
    std::os::unix::fs::lchown(&link, Some(4242), None).unwrap();

    let err = save_credentials(&link, "ovh-eu", &[("consumer_key", CK)], None).unwrap_err();
    assert!(matches!(err, ConfigError::ForeignSymlink { owner: 4242, .. }), "{err:?}");
    assert!(err.to_string().starts_with(&format!("refusing to write {}: it is a symbolic link", link.display())));
    assert_eq!(fs::read_to_string(&target).unwrap(), "[ovh-eu]\n");
}

#[test]
fn refuses_to_rewrite_a_file_it_cannot_parse() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ovh.conf");
    let broken = format!("[ovh-eu]\napplication_key = k\n{AS}\n");
    fs::write(&path, &broken).unwrap();
    let err = save_credentials(&path, "ovh-eu", &[("consumer_key", CK)], None).unwrap_err().to_string();
    assert_eq!(err, format!("{} line 3: expected `key = value` or a `[section]` header", path.display()));
    assert_eq!(fs::read_to_string(&path).unwrap(), broken);
}

#[test]
fn rejects_values_readers_would_misread_without_showing_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ovh.conf");
    let multi_line = format!("{AS}\n[evil]");
    let padded = format!(" {AS}");
    let cases: [(&str, &str); 4] =
        [("consumer_key", &multi_line), ("consumer_key", &padded), ("consumer_key", ""), ("Bad Key", "x")];
    for (key, value) in cases {
        let err = save_credentials(&path, "ovh-eu", &[(key, value)], None).unwrap_err();
        let text = format!("{err} {err:?}");
        assert!(matches!(err, ConfigError::BadValue { .. }), "{text}");
        assert!(!text.contains(AS), "{text}");
    }
    assert!(save_credentials(&path, "ovh-eu\n[x]", &[("consumer_key", CK)], None).is_err());
    assert!(!path.exists());
}

#[test]
fn a_missing_directory_is_named_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no/such/dir/ovh.conf");
    let error = save_credentials(&path, "ovh-eu", &[("consumer_key", CK)], None).unwrap_err();
    assert!(matches!(error, ConfigError::Write { step: WriteStep::WriteTemp, .. }), "{error:?}");
    let err = error.to_string();
    assert!(err.starts_with(&format!("cannot write {}: ", path.display())), "{err}");
    assert!(!err.contains(CK));
    // What to do, in the person's language.
    let hint = tr(Lang::Fr, ovhcart::app::labels::config_hint(&error));
    assert_eq!(hint, "Vérifiez que le dossier du fichier existe et que vous pouvez y écrire.");
}
