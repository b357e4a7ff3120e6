//! `view()` of every screen and overlay at 120x40, and `update()` for a key press on each
//! screen and for typical results. Targets (issue 8): view ≤ 100 µs, update ≤ 10 µs (median).
//!
//! `cargo bench --bench render` measures; `cargo test --benches` runs each case once.
//! The states are built with the same fixtures as the snapshot tests (tests/common).

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::time::Duration;

use common::fixtures::*;
use common::scripted::Wizard;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ovhcart::app::screens::ReviewFocus;
use ovhcart::app::*;
use ovhcart::tui::view::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

/// Every screen and overlay, in the states the snapshot tests draw.
fn screens() -> Vec<(&'static str, State)> {
    let mut all = Vec::new();
    let mut add = |name, w: &Wizard| all.push((name, w.state.clone()));

    let mut w = Wizard::new();
    add("subsidiary_loading", &w);
    w.settle();
    add("subsidiary_loaded", &w);
    w.type_text("fr");
    add("subsidiary_filtered", &w);
    let mut w = Wizard::new();
    w.answer(|e| matches!(e, Effect::LoadAccount { .. }), |req| Msg::AccountLoaded { req, result: Err(server_down()) });
    add("subsidiary_account_error", &w);

    let mut w = Wizard::new();
    w.settle();
    w.enter();
    add("plan_loading", &w);
    add("plan_loaded", &Wizard::at_plan());
    let mut w = Wizard::at_plan();
    w.key(Key::Down);
    w.enter();
    add("plan_refused", &w);

    let mut w = Wizard::at_plan();
    w.enter();
    w.settle();
    add("name_default", &w);
    w.clear_field();
    w.type_text(&"プロジェクト".repeat(50));
    w.enter();
    add("name_too_long", &w);

    add("voucher_empty", &Wizard::at_voucher());
    let mut w = Wizard::at_voucher();
    w.type_text("WELCOME50");
    w.enter();
    add("voucher_checking", &w);
    add("voucher_refused", &Wizard::voucher_refused());

    let mut w = Wizard::at_plan();
    w.enter();
    w.enter();
    w.enter();
    add("review_loading", &w);
    let mut w = Wizard::at_voucher();
    w.type_text("WELCOME50");
    w.enter();
    w.settle();
    if let Remote::Ready(q) = &mut w.state.pipeline.quote {
        *q = quote(true);
    }
    add("review_loaded", &w);
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Waiver);
    w.key(Key::Char(' '));
    add("review_waiver_ticked", &w);

    add("overlay_confirm_order", &Wizard::placing());
    let mut w = Wizard::placing();
    w.enter();
    add("order_placing", &w);
    let (mut w, req) = Wizard::following();
    add("order_following", &w);
    w.send(Msg::ProjectDelivered { req, project_id: "0123456789ab4cdef0123456789abcde".into() });
    add("order_delivered", &w);
    add("order_maybe_placed", &Wizard::checkout_answer_lost());

    let mut w = Wizard::new();
    w.settle();
    w.key(Key::Char('?'));
    add("overlay_help_subsidiary", &w);
    let mut w = Wizard::at_review();
    w.key(Key::Char('?'));
    add("overlay_help_review", &w);
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Contract(0));
    w.enter();
    w.keys(&[Key::PageDown, Key::Down]);
    add("overlay_contract", &w);
    let mut w = Wizard::at_review();
    w.key(Key::Ctrl('c'));
    add("overlay_confirm_quit", &w);

    let mut w = common::carts::browsing(common::carts::several());
    w.key(Key::Down);
    add("carts_list", &w);
    add("cart_detail", &common::carts::viewing(common::carts::detail()));
    all.push(("onboard_endpoint", common::onboarding::onboarding(false)));
    all.push(("onboard_keys_typed", common::onboarding::keys_typed()));
    all.push(("onboard_waiting_qr_code", common::onboarding::waiting().0));
    all
}

fn bench_view(c: &mut Criterion) {
    let mut group = c.benchmark_group("view_120x40");
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test terminal");
    // What `Terminal::draw` does before calling `view`: a blank buffer to draw into.
    group.bench_function("buffer_reset_only", |b| {
        b.iter(|| terminal.current_buffer_mut().reset());
    });
    for (name, state) in screens() {
        group.bench_function(name, |b| {
            b.iter(|| {
                terminal.current_buffer_mut().reset();
                let mut frame = terminal.get_frame();
                view(black_box(&state), &mut frame);
            });
        });
    }
    group.finish();

    // The whole draw of one busy screen, as the runtime does it: view, diff against the
    // previous frame, and writing the changed cells to the backend.
    let mut group = c.benchmark_group("draw_120x40");
    let review = Wizard::at_review().state;
    group.bench_function("review_unchanged", |b| {
        b.iter(|| terminal.draw(|frame| view(black_box(&review), frame)).map(|_| ()).expect("draw"));
    });
    group.finish();
}

/// `update()` on a copy of `state`; the copy and the returned effects are made and dropped
/// outside the measurement.
fn bench_update_case(
    c: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    state: &State,
    msg: Msg,
) {
    c.bench_function(name, |b| {
        b.iter_batched(
            || (state.clone(), msg.clone()),
            |(mut s, m)| {
                let effects = update(&mut s, m);
                (s, effects)
            },
            BatchSize::SmallInput,
        );
    });
}

fn bench_update(c: &mut Criterion) {
    let mut group = c.benchmark_group("update");
    let mut subsidiary = Wizard::new();
    subsidiary.settle();
    bench_update_case(&mut group, "key_down_subsidiary", &subsidiary.state, Msg::Key(Key::Down));
    bench_update_case(&mut group, "key_char_subsidiary_filter", &subsidiary.state, Msg::Key(Key::Char('f')));
    bench_update_case(&mut group, "key_enter_subsidiary", &subsidiary.state, Msg::Key(Key::Enter));
    let plan = Wizard::at_plan();
    bench_update_case(&mut group, "key_down_plan", &plan.state, Msg::Key(Key::Down));
    let mut name = Wizard::at_plan();
    name.enter();
    name.settle();
    bench_update_case(&mut group, "key_char_name", &name.state, Msg::Key(Key::Char('x')));
    bench_update_case(&mut group, "key_enter_name", &name.state, Msg::Key(Key::Enter));
    let voucher = Wizard::at_voucher();
    bench_update_case(&mut group, "key_char_voucher", &voucher.state, Msg::Key(Key::Char('W')));
    let review = Wizard::at_review();
    bench_update_case(&mut group, "key_tab_review", &review.state, Msg::Key(Key::Tab));
    bench_update_case(&mut group, "key_help_review", &review.state, Msg::Key(Key::Char('?')));
    let confirm = Wizard::placing();
    bench_update_case(&mut group, "key_enter_confirm_order", &confirm.state, Msg::Key(Key::Enter));
    let (order, _) = Wizard::following();
    bench_update_case(&mut group, "key_down_order", &order.state, Msg::Key(Key::Down));

    // Results: the cart arriving on the plan screen, the quote arriving on review.
    let mut waiting_cart = Wizard::new();
    waiting_cart.settle();
    waiting_cart.choose_subsidiary("FR");
    let prepare = waiting_cart.take(|e| matches!(e, Effect::PrepareCart { .. }));
    bench_update_case(&mut group, "result_cart_ready", &waiting_cart.state, success(&prepare).expect("answer"));
    let mut waiting_quote = Wizard::at_plan();
    waiting_quote.enter();
    waiting_quote.enter();
    waiting_quote.enter();
    let add = waiting_quote.take(|e| matches!(e, Effect::AddProject { .. }));
    waiting_quote.send(success(&add).expect("answer"));
    let set = waiting_quote.take(|e| matches!(e, Effect::SetConfiguration { .. }));
    waiting_quote.send(success(&set).expect("answer"));
    let load = waiting_quote.take(|e| matches!(e, Effect::LoadQuote { .. }));
    bench_update_case(&mut group, "result_quote_loaded", &waiting_quote.state, success(&load).expect("answer"));
    bench_update_case(&mut group, "tick_while_busy", &waiting_quote.state, Msg::Tick);
    group.finish();
}

fn config() -> Criterion {
    // Short runs: enough for stable medians of microsecond work on a shared machine.
    Criterion::default().warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2))
}

criterion_group! { name = benches; config = config(); targets = bench_view, bench_update }
criterion_main!(benches);
