//! Replays the inputs kept from fuzzing (`tests/data/fuzz/<target>/`) on
//! stable, through the same checks the fuzz targets run (`fuzz/src/lib.rs`):
//! no panic, and every invariant of the target holds.
//!
//! The inputs are the crashes found and a small minimized corpus of each
//! target. Inputs that show a bug not fixed yet are listed in [`KNOWN_BUGS`]:
//! they are replayed with the checks of those bugs off, and strictly by the
//! ignored test `known_bugs_replay_strictly`, which passes once they are
//! fixed.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "../fuzz/src/lib.rs"]
mod checks;

/// Inputs that still fail the strict checks: target, file name, why.
const KNOWN_BUGS: &[(&str, &str, &str)] = &[
    (
        "read_error",
        "crash-bom",
        "GraphError::parse does not skip a byte order mark",
    ),
    (
        "read_entity",
        "known-single-out-of-range",
        "a Single out of range is read as infinity and written as null",
    ),
    (
        "read_entity",
        "known-double-one-ulp-off",
        "doubles are read one ULP off without serde_json's float_roundtrip",
    ),
    (
        "read_entity",
        "known-utc-year-10000",
        "a DateTime<Utc> past 9999 is written with a sign, which reading refuses",
    ),
    (
        "wire",
        "known-utc-year-10000",
        "a DateTime<Utc> past 9999 is written with a sign, which reading refuses",
    ),
    (
        "wire",
        "known-utc-year-minus-1",
        "a DateTime<Utc> before 0000 is written with a sign, which reading refuses",
    ),
];

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

fn is_known(target: &str, path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    KNOWN_BUGS
        .iter()
        .any(|(t, file, _)| *t == target && *file == name)
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
    let failures = replay(target, *check, &inputs(target), |path| !is_known(target, path));
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

#[test]
fn known_bugs_are_kept_inputs() {
    for (target, file, _) in KNOWN_BUGS {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/fuzz")
            .join(target)
            .join(file);
        assert!(path.is_file(), "{} is missing", path.display());
    }
}

#[test]
#[ignore = "bugs not fixed yet: see KNOWN_BUGS"]
fn known_bugs_replay_strictly() {
    let mut failures = Vec::new();
    for (target, file, why) in KNOWN_BUGS {
        let (_, check) = TARGETS.iter().find(|(name, _)| name == target).expect("a target");
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/fuzz")
            .join(target)
            .join(file);
        for failure in replay(target, *check, &[path], |_| true) {
            failures.push(format!("{failure}\n  ({why})"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}
