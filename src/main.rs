//! Thin: parse the command line, pick the mode, run it, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;
use ovhcart::cli::args::{CartCommand, OrderCommand};
use ovhcart::cli::{Cli, Command};
use ovhcart::engine::{Exit, Failure};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let data_dir = ovhcart::store::data_dir();
    ovhcart::logging::init(cli.global.verbose, cli.global.log_file.as_deref(), data_dir.as_deref());
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("ovhcart: cannot start the async runtime: {e}");
            return Exit::ApiFailed.into();
        }
    };
    let exit = runtime.block_on(run(cli));
    // Effect tasks still waiting on the network must not hold the exit.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    exit.into()
}

async fn run(cli: Cli) -> Exit {
    match cli.command {
        Some(Command::Sandbox) => match ovhcart::sandbox::serve_until_ctrl_c(&cli.sandbox).await {
            Ok(()) => Exit::Done,
            Err(e) => {
                eprintln!("ovhcart sandbox: {}", ovhcart::clean::text(&e.to_string()));
                Exit::ApiFailed
            }
        },
        Some(Command::Login(args)) => ovhcart::cli::text::finish(ovhcart::cli::login::run(&cli.global, &args).await),
        Some(Command::Doctor(args)) => ovhcart::cli::doctor::run(&cli.global, &cli.sandbox, &args).await,
        Some(Command::Order(args)) => match &args.command {
            Some(OrderCommand::Status(status)) => {
                exit_of(ovhcart::cli::status::run(&cli.global, status, &cli.sandbox).await)
            }
            None => exit_of(ovhcart::cli::order::run(&cli.global, &args, &cli.sandbox).await),
        },
        Some(Command::Carts(args)) => exit_of(ovhcart::cli::carts::list(&cli.global, &args, &cli.sandbox).await),
        Some(Command::Cart(CartCommand::Show(args))) => {
            exit_of(ovhcart::cli::carts::show(&cli.global, &args, &cli.sandbox).await)
        }
        Some(Command::Cart(CartCommand::Delete(args))) => {
            exit_of(ovhcart::cli::carts::delete(&cli.global, &args, &cli.sandbox).await)
        }
        // The plain wizard when asked for, or when the terminal says it cannot move the cursor.
        None if ovhcart::plain::wanted(cli.global.plain, std::env::var_os("TERM").as_deref()) => {
            ovhcart::plain::run(&cli.global, &cli.sandbox).await
        }
        None => ovhcart::tui::wizard::run(&cli.global, &cli.sandbox).await,
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
