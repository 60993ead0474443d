//! Rust source for the generated modules (formatted afterwards by rustfmt).

use std::fmt::Write;

use crate::model::{Enum, Module, Struct};

pub const COMMAND: &str = "cargo run -p xtask -- conformance";

fn header(out: &mut String, what: &str) {
    let text = format!(
        "{what}\n\nGenerated from `tests/data/intune-public.json` by `{COMMAND}`; do not edit by hand: \
         change the generator (`xtask/src/`) or the corpus and run the command again. \
         `{COMMAND} --check` tells whether this file is up to date."
    );
    doc(out, "//!", &text);
    out.push('\n');
}

/// Writes `text` as comment lines starting with `prefix`, each paragraph
/// (separated by a blank line) wrapped at 100 columns; lines starting with
/// `- ` are list items, kept on lines of their own.
fn doc(out: &mut String, prefix: &str, text: &str) {
    const WIDTH: usize = 100;
    for (i, paragraph) in text.split("\n\n").enumerate() {
        if i > 0 {
            let _ = writeln!(out, "{prefix}");
        }
        for item in paragraph.split("\n") {
            let mut line = String::new();
            for word in item.split(' ') {
                if !line.is_empty() && prefix.len() + 1 + line.len() + 1 + word.len() > WIDTH {
                    let _ = writeln!(out, "{prefix} {line}");
                    line = if item.starts_with("- ") {
                        "  ".to_owned()
                    } else {
                        String::new()
                    };
                } else if !line.is_empty() && !line.ends_with("  ") {
                    line.push(' ');
                }
                line.push_str(word);
            }
            let _ = writeln!(out, "{prefix} {line}");
        }
    }
}

/// `tests/conformance/generated/mod.rs`: the version modules and the table
/// that maps each (version, type) of the cases to the checks of its struct.
pub fn table(modules: &[Module]) -> String {
    let mut out = String::new();
    header(
        &mut out,
        "The structs of the corpus cases, by API version, and the checks of each case type.",
    );
    for module in modules {
        let _ = writeln!(out, "pub mod {};", module.name);
    }
    out.push('\n');
    out.push_str("use crate::check::{run, Check};\n\n");
    out.push_str("/// Every `(version, type)` that a case is about, with the checks of its struct.\n");
    out.push_str("pub const CASE_TYPES: &[(&str, &str, Check)] = &[\n");
    for module in modules {
        for (name, ident) in &module.case_types {
            let _ = writeln!(
                out,
                "    ({:?}, {name:?}, run::<{}::{ident}>),",
                module.version, module.name
            );
        }
    }
    out.push_str("];\n");
    out
}

/// One version's module: its structs, then its enums, each sorted by name.
pub fn module(module: &Module) -> String {
    let mut out = String::new();
    header(
        &mut out,
        &format!(
            "The `{}` types and enums that the corpus cases reach: {} structs, {} enums.",
            module.version,
            module.structs.len(),
            module.enums.len()
        ),
    );
    let source = {
        let mut body = String::new();
        for def in &module.structs {
            write_struct(&mut body, def);
        }
        for def in &module.enums {
            write_enum(&mut body, def);
        }
        body
    };
    // Import only what the module uses.
    let uses = |name: &str| {
        source.match_indices(name).any(|(i, _)| {
            let before = source[..i].chars().next_back();
            let after = source[i + name.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    };
    let chrono: Vec<&str> = ["DateTime", "FixedOffset", "NaiveDate", "NaiveTime"]
        .into_iter()
        .filter(|n| uses(n))
        .collect();
    if !chrono.is_empty() {
        let _ = writeln!(out, "use chrono::{{{}}};", chrono.join(", "));
    }
    let core: Vec<&str> = ["Binary", "Duration", "GraphEntity", "GraphEnum"]
        .into_iter()
        .filter(|n| uses(n))
        .collect();
    let _ = writeln!(out, "use graph_core::{{{}}};", core.join(", "));
    let json: Vec<&str> = ["Map", "Value"].into_iter().filter(|n| uses(n)).collect();
    if !json.is_empty() {
        let _ = writeln!(out, "use serde_json::{{{}}};", json.join(", "));
    }
    out.push('\n');
    out.push_str(&source);
    out
}

fn write_struct(out: &mut String, def: &Struct) {
    let kind = if def.complex {
        "complex type"
    } else {
        "entity type"
    };
    let mut text = format!("`{}`, {kind}.", def.odata_type);
    if !def.source.is_empty() {
        let _ = write!(text, "\n\nReference: `{}`.", def.source);
    }
    if let Some(derived) = &def.derived {
        let mut because = Vec::new();
        if !derived.listed.is_empty() {
            because.push(format!("the reference lists {}", list(&derived.listed)));
        }
        if !derived.shown.is_empty() {
            because.push(format!("the examples show {}", list(&derived.shown)));
        }
        let _ = write!(
            text,
            "\n\nA base type ({}): it reads values of derived types too, keeping the `@odata.type` \
             read in `{}` and the properties it does not declare in `{}`.",
            because.join("; "),
            derived.odata_type_field,
            derived.extra_field
        );
    }
    if !def.left_out.is_empty() {
        text.push_str("\n\nPath templates of its pages that the derive refuses, left out:");
        for (template, reason) in &def.left_out {
            let _ = write!(text, "\n- `{template}`: {reason}.");
        }
    }
    doc(out, "///", &text);
    let _ = writeln!(out, "#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]");
    let mut attrs = vec![format!("odata_type = {:?}", def.odata_type)];
    if def.complex {
        attrs.push("complex".to_owned());
    }
    attrs.extend(def.paths.iter().map(|p| format!("path = {p:?}")));
    if def.omit_body_type {
        attrs.push("omit_body_type".to_owned());
    }
    let _ = writeln!(out, "#[graph({})]", attrs.join(", "));
    let _ = writeln!(out, "pub struct {} {{", def.ident);
    for field in &def.fields {
        if let Some(note) = &field.note {
            let _ = writeln!(out, "    /// {note}");
        }
        let mut attrs: Vec<String> = field.role.iter().map(|r| (*r).to_owned()).collect();
        if let Some(rename) = &field.rename {
            attrs.push(format!("rename = {rename:?}"));
        }
        if !attrs.is_empty() {
            let _ = writeln!(out, "    #[graph({})]", attrs.join(", "));
        }
        let _ = writeln!(out, "    pub {}: Option<{}>,", field.ident, field.ty);
    }
    if let Some(derived) = &def.derived {
        let _ = writeln!(out, "    #[graph(odata_type)]");
        let _ = writeln!(out, "    pub {}: Option<String>,", derived.odata_type_field);
        let _ = writeln!(out, "    #[graph(extra)]");
        let _ = writeln!(out, "    pub {}: Map<String, Value>,", derived.extra_field);
    }
    let _ = writeln!(out, "}}\n");
}

fn write_enum(out: &mut String, def: &Enum) {
    let _ = writeln!(out, "/// `{}`.", def.odata_type);
    let _ = writeln!(out, "#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]");
    let _ = writeln!(out, "pub enum {} {{", def.ident);
    for (variant, rename) in &def.variants {
        if let Some(rename) = rename {
            let _ = writeln!(out, "    #[graph(rename = {rename:?})]");
        }
        let _ = writeln!(out, "    {variant},");
    }
    let _ = writeln!(out, "    #[graph(other)]");
    let _ = writeln!(out, "    {}(String),", def.other);
    let _ = writeln!(out, "}}\n");
}

/// `a`, `a` and `b`, `a`, `b` and `c` (type names without their namespace).
fn list(names: &[String]) -> String {
    let short: Vec<String> = names
        .iter()
        .map(|n| format!("`{}`", n.rsplit('.').next().unwrap_or(n)))
        .collect();
    match short.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}
