//! Replays the inputs kept from fuzzing (`tests/data/fuzz/<target>/`) on
//! stable, through the same checks the fuzz targets run (`fuzz/src/lib.rs`):
//! no panic, and every invariant of the target holds.
//!
//! The inputs are the crashes found (each fixed, see `crash-*` and
//! `known-*`) and a small minimized corpus of each target, all replayed with
//! every check on.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "../fuzz/src/lib.rs"]
mod checks;

type Check = fn(&[u8], bool);

const TARGETS: &[(&str, Check)] = &[
    ("read_entity", checks::read_entity),
    ("read_page", checks::read_page),
    ("read_error", checks::read_error),
    ("read_poly", checks::read_poly),
    ("render_path", checks::render_path),
    ("wire", checks::wire),
];

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/fuzz")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", dir.display());
    files
}

/// Runs `check` on each input, gathering every failure.
fn replay(target: &str, check: Check, files: &[PathBuf], strict: impl Fn(&Path) -> bool) -> Vec<String> {
    files
        .iter()
        .filter_map(|path| {
            let data = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let strict = strict(path);
            catch_unwind(AssertUnwindSafe(|| check(&data, strict)))
                .err()
                .map(|panic| {
                    let message = panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                        .unwrap_or_default();
                    format!("{target}/{}: {message}", path.display())
                })
        })
        .collect()
}

fn replay_target(target: &str) {
    let (_, check) = TARGETS
        .iter()
        .find(|(name, _)| *name == target)
        .expect("a target");
    let failures = replay(target, *check, &inputs(target), |_| true);
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn read_entity_inputs() {
    replay_target("read_entity");
}

#[test]
fn read_page_inputs() {
    replay_target("read_page");
}

#[test]
fn read_error_inputs() {
    replay_target("read_error");
}

#[test]
fn read_poly_inputs() {
    replay_target("read_poly");
}

#[test]
fn render_path_inputs() {
    replay_target("render_path");
}

#[test]
fn wire_inputs() {
    replay_target("wire");
}
