//! The conformance suite: every case of the public corpus of Graph Intune
//! API pages (`tests/data/intune-public.json`), run on the structs that
//! `cargo run -p xtask -- conformance` generated for it (`generated/`).
//!
//! For each case (one API page):
//! - each path template of the page is accepted by the derive: it is one of
//!   the struct's `PATHS` (whose `as_str()` gives it back and which parse
//!   the same at run time), or the collection path of one; templates that
//!   reuse a placeholder name are docs errors, which the derive refuses;
//! - the example response parses (a get page's `{"value": {...}}` is
//!   unwrapped; a list page is read with `graph_core::read_page`);
//! - the full representation of what was read equals the example, and reads
//!   back equal;
//! - for a create or update page, the create or update body of what was read
//!   equals the example request; for an update page, so does the patch from
//!   an empty value (`changes_since`), and the patch from the response to
//!   itself is empty;
//! - the request that `graph_core::Endpoint` builds for the page is the
//!   example request: method, URL (each placeholder filled with its own
//!   name, or the entity's key where the framework fills it) and body.
//!
//! JSON is compared as values (property order aside), with `@odata.type`
//! names compared without `#` (the report counts the comparisons that need
//! it); strings, so datetimes, compare byte for byte. The suite prints a
//! report and fails on any failure that `known.rs` does not list, or on a
//! listed one that now passes.

mod check;
mod generated;
mod json;
mod known;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;

use serde_json::Value;

use check::{Cause, Outcome};

/// One page of the corpus, as the checks read it.
pub struct Case {
    pub version: String,
    pub operation: String,
    pub type_name: String,
    pub source: String,
    pub templates: Vec<String>,
    /// The example request's method and URL.
    pub method: String,
    pub url: String,
    /// The example request body, as the page shows it.
    pub request: Option<String>,
    /// The example response body, as the page shows it.
    pub response: Option<String>,
    pub status: u16,
}

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/intune-public.json");

fn load() -> Vec<Case> {
    let text = std::fs::read_to_string(CORPUS).unwrap_or_else(|e| panic!("cannot read {CORPUS}: {e}"));
    let corpus: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{CORPUS} is not JSON: {e}"));
    let text_of = |case: &Value, part: &str| case[part]["body_text"].as_str().map(str::to_owned);
    let string = |value: &Value| value.as_str().unwrap_or_default().to_owned();
    corpus["cases"]
        .as_array()
        .unwrap_or_else(|| panic!("{CORPUS} has no cases"))
        .iter()
        .map(|case| Case {
            version: string(&case["version"]),
            operation: string(&case["operation"]),
            type_name: string(&case["type"]),
            source: string(&case["source"]),
            templates: case["templates"]
                .as_array()
                .map(|templates| templates.iter().map(|t| string(&t["path"])).collect())
                .unwrap_or_default(),
            method: string(&case["request"]["method"]),
            url: string(&case["request"]["url"]),
            request: text_of(case, "request"),
            response: text_of(case, "response"),
            status: case["response"]["status"]
                .as_u64()
                .and_then(|s| u16::try_from(s).ok())
                .unwrap_or(200),
        })
        .collect()
}

#[test]
fn every_corpus_case_passes_or_is_a_known_failure() {
    let cases = load();
    let known: BTreeMap<&str, &str> = known::FAILURES.iter().map(|k| (k.source, k.reason)).collect();
    let mut outcomes: Vec<(&Case, Outcome)> = Vec::new();
    for case in &cases {
        let check = generated::CASE_TYPES
            .iter()
            .find(|(version, name, _)| *version == case.version && *name == case.type_name)
            .map(|(_, _, check)| *check);
        let outcome = match check {
            Some(check) => check(case),
            None => {
                let mut outcome = Outcome::default();
                outcome.failures.push(check::Failure {
                    cause: Cause::NoStruct,
                    detail: format!(
                        "{} {}: run `cargo run -p xtask -- conformance`",
                        case.version, case.type_name
                    ),
                });
                outcome
            }
        };
        outcomes.push((case, outcome));
    }

    let passed = outcomes.iter().filter(|(_, o)| o.failures.is_empty()).count();
    let refused: BTreeSet<&str> = outcomes
        .iter()
        .flat_map(|(_, o)| o.refused_templates.iter().map(String::as_str))
        .collect();
    let refusing_pages = outcomes
        .iter()
        .filter(|(_, o)| !o.refused_templates.is_empty())
        .count();
    let hash_only: usize = outcomes.iter().map(|(_, o)| o.hash_only).sum();

    let mut by_cause: BTreeMap<Cause, Vec<(&Case, &str)>> = BTreeMap::new();
    for (case, outcome) in &outcomes {
        for failure in &outcome.failures {
            by_cause
                .entry(failure.cause)
                .or_default()
                .push((case, &failure.detail));
        }
    }
    let failed: BTreeSet<&str> = outcomes
        .iter()
        .filter(|(_, o)| !o.failures.is_empty())
        .map(|(c, _)| c.source.as_str())
        .collect();
    let unexpected: Vec<&str> = failed
        .iter()
        .copied()
        .filter(|s| !known.contains_key(s))
        .collect();
    let fixed: Vec<&str> = known.keys().copied().filter(|s| !failed.contains(s)).collect();

    let mut report = String::new();
    let _ = writeln!(report, "\nconformance: {passed} of {} cases pass", cases.len());
    for operation in ["create", "update", "get", "list"] {
        let of: Vec<_> = outcomes
            .iter()
            .filter(|(c, _)| c.operation == operation)
            .collect();
        let ok = of.iter().filter(|(_, o)| o.failures.is_empty()).count();
        let _ = writeln!(report, "  {operation:<6} {ok:>3} of {:>3}", of.len());
    }
    let _ = writeln!(
        report,
        "  docs errors: {} distinct path templates on {refusing_pages} pages reuse a placeholder name \
         (refused by the derive, left out of the structs)",
        refused.len()
    );
    let _ = writeln!(
        report,
        "  comparisons equal only once `#` is stripped from `@odata.type` values: {hash_only}"
    );
    if !by_cause.is_empty() {
        let _ = writeln!(report, "failures by cause:");
    }
    for (cause, failures) in &by_cause {
        let _ = writeln!(report, "  {cause} ({}):", failures.len());
        for (case, detail) in failures {
            let mark = match known.get(case.source.as_str()) {
                Some(_) => "known",
                None => "NEW",
            };
            let _ = writeln!(
                report,
                "    [{mark}] {} ({} {})",
                case.source, case.version, case.operation
            );
            let _ = writeln!(report, "        {detail}");
        }
    }
    let mut by_reason: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for known in known::FAILURES {
        by_reason.entry(known.reason).or_default().push(known.source);
    }
    if !by_reason.is_empty() {
        let _ = writeln!(report, "known failures, by reason:");
    }
    for (reason, sources) in &by_reason {
        let _ = writeln!(report, "  {reason}:");
        for source in sources {
            let _ = writeln!(report, "    {source}");
        }
    }
    // Written to the process's stderr directly, so the report shows even
    // when the test passes and the harness captures `println!`.
    let _ = std::io::stderr().write_all(report.as_bytes());

    assert!(
        unexpected.is_empty(),
        "{} cases fail that tests/conformance/known.rs does not list: {unexpected:#?}",
        unexpected.len()
    );
    assert!(
        fixed.is_empty(),
        "known failures that now pass; remove them from tests/conformance/known.rs: {fixed:#?}"
    );
}
