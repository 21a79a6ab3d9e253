//! `aliyun-domain`: list Alibaba Cloud domains, renew them in batches, follow renewal tasks.
//! Run `aliyun-domain --help` for the commands and exit statuses.

#![forbid(unsafe_code)]

use std::process::ExitCode;

use aliyun_domain::cli::Cli;
use aliyun_domain::exit::SERVICE;
use clap::Parser;

fn main() -> ExitCode {
    // Usage errors exit with status 2, `--help` and `--version` with 0.
    let cli = Cli::parse();
    // One thread: the work is waiting on the network, and a multi-thread runtime wakes its idle
    // workers for every connection event, which cost the client about 60% more CPU in the renewal
    // benchmark.
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("aliyun-domain: error: cannot start the async runtime: {error}");
            return ExitCode::from(SERVICE);
        }
    };
    ExitCode::from(runtime.block_on(aliyun_domain::run(cli)))
}
