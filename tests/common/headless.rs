//! The real wizard runtime (UI loop and effect executor) driven without a terminal: key
//! events in, a `TestBackend` for the screen, against a sandbox.

use std::io;
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use futures::channel::mpsc::{UnboundedSender, unbounded};
use ovhcart::api::{Client, Endpoint};
use ovhcart::app::State;
use ovhcart::engine::effects::{FrontEnd, Services};
use ovhcart::sandbox::Sandbox;
use ovhcart::tui::runtime::{self, Ending};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tempfile::TempDir;

use super::init::init_for;
use super::matching;

type Outcome = (io::Result<(Ending, State)>, Terminal<TestBackend>);

pub struct Headless {
    pub sandbox: Sandbox,
    pub endpoint: Endpoint,
    pub data_dir: TempDir,
    keys: UnboundedSender<io::Result<Event>>,
    wizard: tokio::task::JoinHandle<Outcome>,
}

impl Headless {
    /// Starts the runtime on a 120x40 test screen, with its own data dir.
    pub fn start(sandbox: Sandbox, client: Client) -> Headless {
        let endpoint = Endpoint::parse(&sandbox.base_url()).unwrap();
        Headless::start_with(sandbox, client, State::new(init_for(&endpoint)))
    }

    /// [`Headless::start`] from `state` (the onboarding screens, say).
    pub fn start_with(sandbox: Sandbox, client: Client, state: State) -> Headless {
        let endpoint = Endpoint::parse(&sandbox.base_url()).unwrap();
        let data_dir = tempfile::tempdir().unwrap();
        let services = Services {
            client,
            endpoint: endpoint.clone(),
            data_dir: Some(data_dir.path().to_path_buf()),
            follow_interval: Duration::from_millis(100),
            front_end: FrontEnd::Wizard,
        };
        let (keys, events) = unbounded();
        let wizard = tokio::spawn(async move {
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
            let outcome = runtime::run(&mut terminal, state, services, events, std::future::pending()).await;
            (outcome, terminal)
        });
        Headless { sandbox, endpoint, data_dir, keys, wizard }
    }

    pub fn press(&self, code: KeyCode) {
        self.press_with(code, KeyModifiers::NONE);
    }

    pub fn press_with(&self, code: KeyCode, modifiers: KeyModifiers) {
        self.keys.unbounded_send(Ok(Event::Key(KeyEvent::new(code, modifiers)))).unwrap();
    }

    pub fn type_text(&self, text: &str) {
        text.chars().for_each(|c| self.press(KeyCode::Char(c)));
    }

    /// Waits until the sandbox has answered `times` requests matching `method` and
    /// `pattern`, then a moment for the answer to reach the wizard.
    pub async fn answered(&self, method: &str, pattern: &str, times: usize) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let n = matching(&self.sandbox.requests(), method, pattern).filter(|r| r.status().is_some()).count();
            if n >= times {
                tokio::time::sleep(Duration::from_millis(150)).await;
                return;
            }
            assert!(Instant::now() < deadline, "no answer to {method} {pattern} (seen {n} of {times})");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Waits for the wizard to end: how it ended, its last state and screen.
    pub async fn finish(&mut self) -> (Ending, State, Terminal<TestBackend>) {
        self.finish_within(Duration::from_secs(20)).await
    }

    /// [`Headless::finish`], failing if the wizard takes longer than `limit` to end.
    pub async fn finish_within(&mut self, limit: Duration) -> (Ending, State, Terminal<TestBackend>) {
        let (outcome, terminal) =
            tokio::time::timeout(limit, &mut self.wizard).await.expect("the wizard ends").unwrap();
        let (ending, state) = outcome.unwrap();
        (ending, state, terminal)
    }
}
