//! runtime: the Node.js-like process around napi-host.
//!
//! [`main`] parses the command line ([`cli`]), starts V8, and runs the
//! embedded bootstrap (`bootstrap.js`), which builds `process`, `console`,
//! `require` and the builtin modules on top of a few Rust natives
//! ([`natives`]). Everything runs on the main thread, which is the JS thread.
#![deny(unsafe_op_in_unsafe_fn)]

pub mod builtins;
pub mod cli;
pub mod event_loop;
mod link_tables;
pub mod modules;
pub mod natives;
mod process;
mod rejections;

/// Runs nari with the process arguments; returns the exit code.
pub fn main(args: Vec<String>) -> i32 {
    let options = match cli::parse(args) {
        Ok(cli::Parsed::Run(options)) => options,
        Ok(cli::Parsed::Exit(code)) => return code,
        Err(message) => {
            eprintln!("{}: {message}", cli::PROGRAM);
            return cli::BAD_OPTION_EXIT_CODE;
        }
    };
    link_tables::release_libnode();
    napi_host::initialize();
    let remote = event_loop::Remote::new();
    napi_host::host::install(remote);
    let mut code = 0;
    napi_host::v8::run(|| code = process::run(&options, remote));
    code
}
