//! Every Node-API function nari implements is called by at least one addon in
//! addons-test/ (so none is exported untested). The functions not implemented
//! yet are listed, loudly.

mod common;

#[test]
fn every_implemented_function_is_exercised_by_addons_test() {
    let all = std::fs::read_to_string(env!("NARI_EXPORTS_LIST")).unwrap();
    let missing = std::fs::read_to_string(env!("NARI_NOT_IMPLEMENTED_LIST")).unwrap();
    let missing: Vec<&str> = missing.lines().collect();
    let sources: String = common::find_tests(&common::repo().join("addons-test"), &|name| {
        name.ends_with(".c")
    })
    .iter()
    .map(|p| std::fs::read_to_string(p).unwrap())
    .collect();
    // A call, or a use as a function pointer: the name as a whole identifier.
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let calls = |name: &str| {
        sources.match_indices(name).any(|(i, _)| {
            !sources[..i].chars().next_back().is_some_and(is_ident)
                && !sources[i + name.len()..].starts_with(is_ident)
        })
    };
    // Called by the dynamic loader or legacy addons, not by a Node-API addon.
    let untestable_from_c = ["node_module_register"];
    let uncovered: Vec<&str> = all
        .lines()
        .filter(|name| !missing.contains(name) && !untestable_from_c.contains(name) && !calls(name))
        .collect();
    if !missing.is_empty() {
        eprintln!(
            "\n*** {} declared Node-API functions are NOT implemented yet: {} ***\n",
            missing.len(),
            missing.join(" ")
        );
    }
    assert!(
        uncovered.is_empty(),
        "implemented but never called in addons-test/: {uncovered:?}"
    );
}
