//! Thin: parse the command line, pick the mode, run it, map the outcome to an exit code.

use std::ffi::OsString;
use std::process::ExitCode;

use ovhcart::args::GlobalArgs;
use ovhcart::cli::args::{CartCommand, OrderCommand};
use ovhcart::cli::{Cli, Command};
use ovhcart::engine::{Exit, Failure};

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = match ovhcart::cli::args::parse(&args) {
        Ok(cli) => cli,
        Err(error) => return ovhcart::cli::usage::refuse(&args, &error).into(),
    };
    let global = cli.global();
    let data_dir = ovhcart::store::data_dir();
    ovhcart::logging::init(global.verbose, global.log_file.as_deref(), data_dir.as_deref());
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("ovhcart: cannot start the async runtime: {e}");
            return Exit::ApiFailed.into();
        }
    };
    let lang = ovhcart::cli::args::help_language(&args);
    let exit = runtime.block_on(run(cli, global, lang));
    // Effect tasks still waiting on the network must not hold the exit.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    exit.into()
}

async fn run(cli: Cli, global: GlobalArgs, lang: ovhcart::i18n::Lang) -> Exit {
    let sandbox = &cli.sandbox;
    match cli.command {
        Some(Command::Sandbox(knobs)) => match ovhcart::sandbox::serve_until_ctrl_c(&knobs).await {
            Ok(()) => Exit::Done,
            Err(e) => {
                eprintln!("ovhcart sandbox: {}", ovhcart::clean::text(&e.to_string()));
                Exit::ApiFailed
            }
        },
        Some(Command::Completions(args)) => ovhcart::cli::generate::completions(args.shell, lang),
        Some(Command::Man(args)) => ovhcart::cli::generate::man(lang, &args.command),
        Some(Command::Login(args)) => ovhcart::cli::text::finish(ovhcart::cli::login::run(&global, &args).await),
        Some(Command::Doctor(args)) => ovhcart::cli::doctor::run(&global, sandbox, &args).await,
        Some(Command::Order(args)) => match &args.command {
            Some(OrderCommand::Status(status)) => exit_of(ovhcart::cli::status::run(&global, status, sandbox).await),
            None => exit_of(ovhcart::cli::order::run(&global, &args, sandbox).await),
        },
        Some(Command::Carts(args)) => exit_of(ovhcart::cli::carts::list(&global, &args, sandbox).await),
        Some(Command::Cart(CartCommand::Show(args))) => {
            exit_of(ovhcart::cli::carts::show(&global, &args, sandbox).await)
        }
        Some(Command::Cart(CartCommand::Delete(args))) => {
            exit_of(ovhcart::cli::carts::delete(&global, &args, sandbox).await)
        }
        // The plain wizard when asked for, or when the terminal says it cannot move the cursor.
        None if ovhcart::plain::wanted(global.plain, std::env::var_os("TERM").as_deref()) => {
            ovhcart::plain::run(&global, sandbox).await
        }
        None => ovhcart::tui::wizard::run(&global, sandbox).await,
    }
}

/// A command's outcome as an exit code, its failure as one `ovhcart: …` line on stderr.
fn exit_of(result: Result<(), Failure>) -> Exit {
    match result {
        Ok(()) => Exit::Done,
        Err(failure) => {
            eprintln!("ovhcart: {}", ovhcart::clean::text(&failure.to_string()));
            failure.exit
        }
    }
}
