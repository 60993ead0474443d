//! Repository tasks.
//!
//! `cargo run -p xtask -- conformance` generates the structs of the
//! conformance suite (`tests/conformance/generated/`) from the corpus of
//! Graph API examples in `tests/data/intune-public.json`: for each API
//! version, one struct per type and one enum per enumeration that the cases
//! reach, annotated as a careful user would annotate them. `--check` only
//! compares: it fails when the checked-in files differ from what the
//! generator writes.

mod corpus;
mod emit;
mod model;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

const USAGE: &str = "usage: cargo run -p xtask -- conformance [--check]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["conformance"] => conformance(false),
        ["conformance", "--check"] => conformance(true),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn conformance(check: bool) -> Result<(), String> {
    let root = root();
    let corpus_path = root.join("tests/data/intune-public.json");
    let text = std::fs::read_to_string(&corpus_path)
        .map_err(|e| format!("cannot read {}: {e}", corpus_path.display()))?;
    let corpus = corpus::Corpus::parse(&text)?;
    let modules = model::modules(&corpus);

    let mut files = vec![("mod.rs".to_owned(), emit::table(&modules))];
    for module in &modules {
        files.push((format!("{}.rs", module.name), emit::module(module)));
    }

    let dir = root.join("tests/conformance/generated");
    let mut stale = Vec::new();
    for (name, source) in &files {
        let source = rustfmt(&root, source)?;
        let path = dir.join(name);
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() == Some(source.as_str()) {
            continue;
        }
        if check {
            stale.push(relative(&root, &path));
        } else {
            std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            std::fs::write(&path, source).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            println!("wrote {}", relative(&root, &path));
        }
    }
    // Files of versions the corpus no longer has.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".rs") && !files.iter().any(|(f, _)| *f == name) {
                if check {
                    stale.push(relative(&root, &entry.path()));
                } else {
                    std::fs::remove_file(entry.path())
                        .map_err(|e| format!("cannot remove {}: {e}", entry.path().display()))?;
                    println!("removed {}", relative(&root, &entry.path()));
                }
            }
        }
    }
    if !stale.is_empty() {
        return Err(format!(
            "generated files are out of date: {}; run `{}`",
            stale.join(", "),
            emit::COMMAND
        ));
    }
    for module in &modules {
        println!(
            "{}: {} case types, {} structs, {} enums",
            module.version,
            module.case_types.len(),
            module.structs.len(),
            module.enums.len()
        );
    }
    Ok(())
}

/// `path` relative to the repository root, for messages.
fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).display().to_string()
}

/// Formats `source` with the repository's rustfmt settings.
fn rustfmt(root: &Path, source: &str) -> Result<String, String> {
    let mut command = Command::new("rustfmt");
    command.args(["--edition", "2021"]);
    let config = root.join("rustfmt.toml");
    if config.exists() {
        command.arg("--config-path").arg(config);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(source.as_bytes())
            .map_err(|e| format!("cannot write to rustfmt: {e}"))?;
    }
    let output = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt failed: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "rustfmt failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("rustfmt wrote invalid UTF-8: {e}"))
}
