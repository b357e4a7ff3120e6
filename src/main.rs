// Minimal entry point so `ovhcart sandbox` can be run by hand; the lead's CLI wiring replaces it.
use clap::Parser;

#[derive(Parser)]
#[command(name = "ovhcart")]
enum Command {
    /// Serve the embedded OVHcloud order API and print its credentials as `export` lines.
    Sandbox(ovhcart::sandbox::SandboxArgs),
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let Command::Sandbox(args) = Command::parse();
    match ovhcart::sandbox::serve_until_ctrl_c(&args).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ovhcart sandbox: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
