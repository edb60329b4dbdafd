//! The command line: `nari [options] [script.js | -e code | -p code] [args…]`.
//!
//! nari's own options are handled here; every other `--flag` before the
//! script goes to V8 (as `node` does), and one V8 does not know is an error.

use napi_host::v8;

pub const PROGRAM: &str = "nari";
/// Node's exit code for an invalid command-line option.
pub const BAD_OPTION_EXIT_CODE: i32 = 9;
/// Node options that only the bootstrap reads (from `process.execArgv`).
const NODE_FLAGS: &[&str] = &[
    "--no-warnings",
    "--no-deprecation",
    "--throw-deprecation",
    "--trace-deprecation",
    "--trace-warnings",
    "--trace-uncaught",
    "--pending-deprecation",
];

/// What to run.
#[derive(Debug, Clone)]
pub enum Entry {
    /// A script file, as given.
    Script(String),
    /// `-e`: evaluate code.
    Eval(String),
    /// `-p`: evaluate code and print the result.
    Print(String),
    /// No script: nari has no REPL yet.
    None,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub entry: Entry,
    /// Arguments after the script (`process.argv.slice(2)`).
    pub args: Vec<String>,
    /// Options before the script (`process.execArgv`).
    pub exec_args: Vec<String>,
}

pub enum Parsed {
    Run(Options),
    /// Done already (e.g. `--version`); exit with this code.
    Exit(i32),
}

const HELP: &str = "Usage: nari [options] [script.js | -e \"code\" | -p \"code\"] [arguments]

Runs JavaScript and Node-API addons (.node files) as Node.js would.

Options:
  -e, --eval CODE      evaluate CODE
  -p, --print CODE     evaluate CODE and print the result
  --expose-gc          expose globalThis.gc()
  --no-warnings        do not print warnings (process.emitWarning)
  --no-deprecation     ignore deprecation warnings
  --throw-deprecation  throw deprecation warnings
  --v8-options         print V8's options
  -v, --version        print nari's version
  -h, --help           print this help
Other --flags before the script are passed to V8 (e.g. --stack-size=N).";

pub fn parse(args: Vec<String>) -> Result<Parsed, String> {
    let mut args = args.into_iter().skip(1);
    let mut exec_args = Vec::new();
    let mut v8_flags = vec![PROGRAM.to_string()];
    let mut entry = Entry::None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-v" | "--version" => {
                println!(
                    "v{} (nari {})",
                    napi_host::node_api::node_version_string(),
                    env!("CARGO_PKG_VERSION")
                );
                return Ok(Parsed::Exit(0));
            }
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(Parsed::Exit(0));
            }
            "-e" | "--eval" | "-p" | "--print" => {
                let code = args
                    .next()
                    .ok_or_else(|| format!("{arg} requires an argument"))?;
                exec_args.extend([arg.clone(), code.clone()]);
                entry = if arg.starts_with("-e") || arg == "--eval" {
                    Entry::Eval(code)
                } else {
                    Entry::Print(code)
                };
            }
            "--v8-options" => v8_flags.push("--help".into()),
            flag if NODE_FLAGS.contains(&flag) => exec_args.push(arg),
            "--" => {
                if matches!(entry, Entry::None) {
                    if let Some(script) = args.next() {
                        entry = Entry::Script(script);
                    }
                }
                break;
            }
            flag if flag.starts_with('-') && flag.len() > 1 => {
                exec_args.push(arg.clone());
                v8_flags.push(arg);
            }
            _ => {
                if matches!(entry, Entry::None) {
                    entry = Entry::Script(arg);
                } else {
                    // After -e/-p, the first positional is an argument.
                    let mut rest = vec![arg];
                    rest.extend(args.by_ref());
                    return finish(entry, rest, exec_args, v8_flags);
                }
                break;
            }
        }
    }
    finish(entry, args.collect(), exec_args, v8_flags)
}

/// V8 flags nari sets before the command line's (which may override them).
///
/// `--no-concurrent-array-buffer-sweeping`: ArrayBuffer memory and V8's
/// records of it are freed during the scavenge on the JS thread, not on a
/// worker thread. glibc's malloc serves a thread's allocations fastest from
/// what that thread freed; with the frees elsewhere, every Buffer an addon
/// makes (napi_create_buffer_copy …) took malloc's slow path: 25% of the
/// time of a 1 KiB buffer (bench/ bufferCopy: 710 -> 540 ns).
const DEFAULT_V8_FLAGS: &str = "--no-concurrent-array-buffer-sweeping";

fn finish(
    entry: Entry,
    args: Vec<String>,
    exec_args: Vec<String>,
    v8_flags: Vec<String>,
) -> Result<Parsed, String> {
    v8::set_flags(DEFAULT_V8_FLAGS);
    let unknown = v8::set_flags_from_command_line(v8_flags);
    if let Some(flag) = unknown.iter().skip(1).find(|f| f.starts_with('-')) {
        return Err(format!("bad option: {flag}"));
    }
    Ok(Parsed::Run(Options {
        entry,
        args,
        exec_args,
    }))
}
