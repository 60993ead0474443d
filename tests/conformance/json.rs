//! Comparing what the framework writes with the example JSON of a page.

use serde_json::{Map, Value};

/// Removes the `#` from every `@odata.type` value: Graph's pages write
/// entities with it and nested complex values without, and the issue asks
/// to compare type names without it.
pub fn strip_type_hashes(value: &mut Value) {
    match value {
        Value::Object(map) => strip_in_object(map),
        Value::Array(items) => items.iter_mut().for_each(strip_type_hashes),
        _ => {}
    }
}

fn strip_in_object(map: &mut Map<String, Value>) {
    for (key, value) in map.iter_mut() {
        match value {
            Value::String(name) if key == "@odata.type" => {
                if let Some(stripped) = name.strip_prefix('#') {
                    *name = stripped.to_owned();
                }
            }
            _ => strip_type_hashes(value),
        }
    }
}

/// The differences between `expected` and `found`, as JSON paths with
/// both sides, at most `limit` of them.
pub fn diff(expected: &Value, found: &Value, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    walk("$", expected, found, &mut out, limit);
    out
}

fn walk(path: &str, expected: &Value, found: &Value, out: &mut Vec<String>, limit: usize) {
    if out.len() >= limit || expected == found {
        return;
    }
    match (expected, found) {
        (Value::Object(e), Value::Object(f)) => {
            for (key, value) in e {
                let here = format!("{path}.{key}");
                match f.get(key) {
                    Some(other) => walk(&here, value, other, out, limit),
                    None if out.len() < limit => {
                        out.push(format!("{here}: missing (expected {})", short(value)))
                    }
                    None => return,
                }
            }
            for (key, value) in f {
                if !e.contains_key(key) && out.len() < limit {
                    out.push(format!("{path}.{key}: not expected (found {})", short(value)));
                }
            }
        }
        (Value::Array(e), Value::Array(f)) if e.len() == f.len() => {
            for (i, (a, b)) in e.iter().zip(f).enumerate() {
                walk(&format!("{path}[{i}]"), a, b, out, limit);
            }
        }
        _ => out.push(format!(
            "{path}: expected {}, found {}",
            short(expected),
            short(found)
        )),
    }
}

/// A value as JSON, cut to a readable length.
pub fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 80 {
        let cut: String = text.chars().take(77).collect();
        format!("{cut}...")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn type_names_lose_their_hash_and_nothing_else_changes() {
        let mut value = json!({"@odata.type": "#a.b", "x": null, "y": [{"@odata.type": "#a.c", "z": "#d"}]});
        strip_type_hashes(&mut value);
        assert_eq!(
            value,
            json!({"@odata.type": "a.b", "x": null, "y": [{"@odata.type": "a.c", "z": "#d"}]})
        );
    }

    #[test]
    fn diff_names_paths() {
        let expected = json!({"a": 1, "b": {"c": [1, 2]}, "d": "x"});
        let found = json!({"a": 1, "b": {"c": [1, 3]}, "e": true});
        assert_eq!(
            diff(&expected, &found, 10),
            [
                "$.b.c[1]: expected 2, found 3",
                "$.d: missing (expected \"x\")",
                "$.e: not expected (found true)"
            ]
        );
    }
}
