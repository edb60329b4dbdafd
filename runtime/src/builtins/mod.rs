//! Builtin modules (`require('util')` …): JavaScript sources embedded in the
//! binary, compiled on first `require`.

pub mod child_process;
pub mod crypto;
pub mod fs;
pub mod os;
pub mod process_info;

/// `(name, source)` of every builtin written in JS.
const SOURCES: &[(&str, &str)] = &[
    ("assert", include_str!("js/assert.js")),
    ("buffer", include_str!("js/buffer.js")),
    ("child_process", include_str!("js/child_process.js")),
    ("constants", include_str!("js/constants.js")),
    ("events", include_str!("js/events.js")),
    ("fs", include_str!("js/fs.js")),
    ("fs/promises", include_str!("js/fs_promises.js")),
    (
        "internal/comparisons",
        include_str!("js/internal_comparisons.js"),
    ),
    ("internal/inspect", include_str!("js/internal_inspect.js")),
    ("os", include_str!("js/os.js")),
    ("path", include_str!("js/path.js")),
    ("timers", include_str!("js/timers.js")),
    ("util", include_str!("js/util.js")),
    ("url", include_str!("js/url.js")),
    ("internal/encoding", include_str!("js/encoding.js")),
    ("crypto", include_str!("js/crypto.js")),
    ("stream", include_str!("js/stream.js")),
    ("stream/promises", include_str!("js/stream_promises.js")),
    ("string_decoder", include_str!("js/string_decoder.js")),
    ("worker_threads", include_str!("js/worker_threads.js")),
    ("perf_hooks", include_str!("js/perf_hooks.js")),
    ("querystring", include_str!("js/querystring.js")),
];

/// The source of builtin `name` (without a `node:` prefix).
pub fn source(name: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Names of the public builtins, for `require('module').builtinModules`.
pub fn names() -> impl Iterator<Item = &'static str> {
    SOURCES
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| !n.starts_with("internal/"))
}
