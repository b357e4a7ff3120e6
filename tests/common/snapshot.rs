//! A state drawn by the wizard's `view` on a `TestBackend`: the terminal, its text, its rows,
//! and [`snap!`], the insta snapshot of a state at each of [`SIZES`].

use ovhcart::app::State;
use ovhcart::tui::view::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The sizes every screen is snapshotted at.
pub const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// `state` drawn on a `width`×`height` test terminal.
pub fn draw(state: &State, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view(state, frame)).unwrap();
    terminal
}

/// The drawn screen as text, row after row.
pub fn screen(state: &State, width: u16, height: u16) -> String {
    draw(state, width, height).backend().to_string()
}

/// The drawn screen as rows of text, one symbol a cell.
pub fn rows(state: &State, width: u16, height: u16) -> Vec<String> {
    let terminal = draw(state, width, height);
    let buffer = terminal.backend().buffer();
    (0..height).map(|y| (0..width).map(|x| buffer[(x, y)].symbol().to_owned()).collect()).collect()
}

/// Snapshots the state `$state` (a `&State`) at each of [`SIZES`], as `{$name}_{width}x{height}`.
///
/// A macro, not a function: insta names the snapshot file after the module it is called
/// from, which must stay the test binary's (`wizard_snapshots__…`).
#[allow(unused_macros)] // in the binaries that take no snapshot
macro_rules! snap {
    ($name:expr, $state:expr) => {
        for (width, height) in $crate::common::snapshot::SIZES {
            let terminal = $crate::common::snapshot::draw($state, width, height);
            insta::assert_snapshot!(format!("{}_{}x{}", $name, width, height), terminal.backend());
        }
    };
}
#[allow(unused_imports)] // likewise
pub(crate) use snap;
