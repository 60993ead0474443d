//! Compile-time behaviour of the derives: every misuse is an error with a
//! reviewed message (`tests/ui/*.stderr`), and correct uses compile even in
//! hostile scopes (`tests/ui-pass/`).

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    t.pass("tests/ui-pass/*.rs");
}
