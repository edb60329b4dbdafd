//! `nari`: run JavaScript and Node-API addons. See runtime::cli for options.

fn main() {
    // Referencing every exported Node-API function keeps the linker from
    // dropping any of them (they are called only by dlopen'ed addons).
    std::hint::black_box(napi_host::exports::exported_addresses());
    std::process::exit(runtime::main(std::env::args().collect()));
}
