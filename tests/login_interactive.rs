//! `ovhcart login` on a terminal (a pseudo-terminal here): it asks for the endpoint, says
//! where to create the application, asks for the key and the secret, and the secret never
//! reaches the screen: only `*` does.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::cli::{Env, open};
use common::pty_reader;
use common::start;
use ovhcart::api::config::Document;
use ovhcart::sandbox::{SandboxOptions, accounts};

/// Waits until the screen's text so far contains `needle`.
fn wait_for(screen: &Arc<Mutex<String>>, needle: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = screen.lock().unwrap().clone();
        if text.contains(needle) {
            return text;
        }
        assert!(Instant::now() < deadline, "{needle:?} never showed; screen:\n{text}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prompts_and_masks_the_secret() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    let base = sandbox.base_url();

    let pair = pty_reader::open((160, 60));
    let mut command = place.pty_cmd(env!("CARGO_BIN_EXE_ovhcart"));
    command.args(["login", "--poll-interval", "1"]);
    let mut child = pair.slave.spawn_command(command).expect("ovhcart starts");
    drop(pair.slave);
    let mut keyboard = pair.master.take_writer().expect("writer");

    let screen = Arc::new(Mutex::new(String::new()));
    let sink = screen.clone();
    pty_reader::read_on_thread(&*pair.master, move |chunk| {
        sink.lock().unwrap().push_str(&String::from_utf8_lossy(chunk))
    });

    let screen_for = screen.clone();
    let url = tokio::task::spawn_blocking(move || {
        let screen = screen_for;
        wait_for(&screen, "Endpoint (ovh-eu, ovh-ca, ovh-us, or a URL) [ovh-eu]: ");
        keyboard.write_all(format!("{base}\r").as_bytes()).unwrap();
        let text = wait_for(&screen, "Application key: ");
        let create_app =
            format!("http://127.0.0.1:{}/createApp/", base.split(':').nth(2).unwrap().trim_end_matches("/1.0"));
        assert!(text.contains(&create_app), "{text}");
        keyboard.write_all(format!("{}\r", accounts::APPLICATION_KEY).as_bytes()).unwrap();
        wait_for(&screen, "Application secret: ");
        keyboard.write_all(format!("{}\r", accounts::APPLICATION_SECRET).as_bytes()).unwrap();
        let text = wait_for(&screen, "Waiting for the validation");
        let url = text
            .split_whitespace()
            .find(|w| w.contains("credentialToken="))
            .expect("the validation URL on screen")
            .to_owned();
        (url, keyboard)
    })
    .await
    .unwrap();
    let (url, _keyboard) = url;
    open(&url).await;

    let status = tokio::task::spawn_blocking(move || child.wait().expect("ovhcart ends")).await.unwrap();
    let text = wait_for(&screen, "Next: ");
    assert!(status.success(), "{text}");
    assert!(text.contains(&"*".repeat(accounts::APPLICATION_SECRET.len())), "{text}");
    assert!(!text.contains(accounts::APPLICATION_SECRET), "the secret was shown:\n{text}");

    let saved = Document::parse(&std::fs::read_to_string(place.ovh_conf()).unwrap()).unwrap();
    assert_eq!(saved.get(&sandbox.base_url(), "application_secret").as_deref(), Some(accounts::APPLICATION_SECRET));
    let consumer_key = saved.get(&sandbox.base_url(), "consumer_key").unwrap();
    assert!(!text.contains(&consumer_key));
}
