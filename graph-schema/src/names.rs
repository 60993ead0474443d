//! Rust names for schema names, and the JSON names the derive gives back:
//! the naming rules of `graph-schema generate`, public so that other
//! generators (this workspace's conformance generator) name things the same
//! way.

use std::collections::BTreeSet;

const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop",
    "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "self", "static",
    "struct", "super", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual",
    "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "super", "Self"];

/// The words of a camelCase or PascalCase name (`azureADDeviceId` →
/// `azure`, `AD`, `Device`, `Id`); digits stay with the word before them.
///
/// ```
/// assert_eq!(graph_schema::names::words("azureADDeviceId"), ["azure", "AD", "Device", "Id"]);
/// ```
pub fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let boundary = c.is_ascii_uppercase()
            && match prev {
                Some(p) if p.is_ascii_lowercase() || p.is_ascii_digit() => true,
                Some(p) if p.is_ascii_uppercase() => next.is_some_and(|n| n.is_ascii_lowercase()),
                _ => false,
            };
        if boundary && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        word.push(c);
    }
    if !word.is_empty() {
        words.push(word);
    }
    // `iOS`, `eBook`: a leading lowercase letter belongs to the next word.
    if words.len() > 1
        && words
            .first()
            .is_some_and(|w| w.len() == 1 && w.chars().all(|c| c.is_ascii_lowercase()))
    {
        let first = words.remove(0);
        if let Some(next) = words.first_mut() {
            next.insert_str(0, &first);
        }
    }
    words
}

/// `managedDevice` → `ManagedDevice`, `iOS` → `Ios`.
///
/// ```
/// assert_eq!(graph_schema::names::upper_camel("embeddedSIMDeviceState"), "EmbeddedSimDeviceState");
/// ```
pub fn upper_camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in words(name) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// `azureADDeviceId` → `azure_ad_device_id`.
///
/// ```
/// assert_eq!(graph_schema::names::snake("azureADDeviceId"), "azure_ad_device_id");
/// ```
pub fn snake(name: &str) -> String {
    let mut out = words(name)
        .iter()
        .map(|word| word.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_");
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

/// The JSON name the derive gives a field (graph-derive's `camel_case`).
fn derived_json_name(field: &str) -> String {
    let field = field.strip_prefix("r#").unwrap_or(field);
    let mut out = String::with_capacity(field.len());
    let mut upper = false;
    for c in field.chars() {
        if c == '_' && !out.is_empty() {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The wire name the derive gives an enum variant.
fn derived_member_name(variant: &str) -> String {
    let mut chars = variant.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// A field name for a property (raw for a keyword, unique among `taken`)
/// and the `rename` it needs, if camelCase does not give the name back.
///
/// ```
/// let mut taken = std::collections::BTreeSet::new();
/// assert_eq!(
///     graph_schema::names::field("azureADDeviceId", &mut taken),
///     ("azure_ad_device_id".to_owned(), Some("azureADDeviceId".to_owned())),
/// );
/// ```
pub fn field(property: &str, taken: &mut BTreeSet<String>) -> (String, Option<String>) {
    let mut base = snake(property);
    let mut raw = false;
    if KEYWORDS.contains(&base.as_str()) {
        if NOT_RAW.contains(&base.as_str()) {
            base.push_str("_value");
        } else {
            raw = true;
        }
    }
    let name = unique(&base, taken);
    let ident = if raw && name == base {
        format!("r#{name}")
    } else {
        name
    };
    let rename = (derived_json_name(&ident) != property).then(|| property.to_owned());
    (ident, rename)
}

/// A variant name for an enum member, unique among `taken`, and its
/// `rename` if needed.
///
/// ```
/// let mut taken = std::collections::BTreeSet::new();
/// assert_eq!(graph_schema::names::variant("iOS", &mut taken), ("Ios".to_owned(), Some("iOS".to_owned())));
/// ```
pub fn variant(member: &str, taken: &mut BTreeSet<String>) -> (String, Option<String>) {
    let mut base = upper_camel(member);
    if NOT_RAW.contains(&base.as_str()) {
        base.push_str("Value");
    }
    let ident = unique(&base, taken);
    let rename = (derived_member_name(&ident) != member).then(|| member.to_owned());
    (ident, rename)
}

/// `base`, or `base2`, `base3`... the first not in `taken`; taken from then on.
///
/// ```
/// let mut taken = std::collections::BTreeSet::new();
/// assert_eq!(graph_schema::names::unique("Other", &mut taken), "Other");
/// assert_eq!(graph_schema::names::unique("Other", &mut taken), "Other2");
/// ```
pub fn unique(base: &str, taken: &mut BTreeSet<String>) -> String {
    let mut name = base.to_owned();
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{base}{n}");
        n += 1;
    }
    taken.insert(name.clone());
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let mut taken = BTreeSet::new();
        assert_eq!(
            field("azureADDeviceId", &mut taken),
            ("azure_ad_device_id".into(), Some("azureADDeviceId".into()))
        );
        assert_eq!(field("deviceName", &mut taken), ("device_name".into(), None));
        assert_eq!(field("type", &mut taken), ("r#type".into(), None));
        assert_eq!(
            field("self", &mut taken),
            ("self_value".into(), Some("self".into()))
        );
        assert_eq!(field("v4_0", &mut taken), ("v4_0".into(), Some("v4_0".into())));
        assert_eq!(variant("iOS", &mut taken), ("Ios".into(), Some("iOS".into())));
        assert_eq!(upper_camel("managedDevice"), "ManagedDevice");
    }

    #[test]
    fn words_split_at_case_changes_and_keep_acronyms() {
        assert_eq!(words("azureADDeviceId"), ["azure", "AD", "Device", "Id"]);
        assert_eq!(words("windowsPhone81General"), ["windows", "Phone81", "General"]);
        assert_eq!(words("iOS"), ["iOS"]);
        assert_eq!(words("intune_SMB"), ["intune", "SMB"]);
        assert_eq!(
            words("tuple_2OfExecutionType"),
            ["tuple", "2", "Of", "Execution", "Type"]
        );
    }

    #[test]
    fn type_names_are_upper_camel() {
        assert_eq!(upper_camel("embeddedSIMDeviceState"), "EmbeddedSimDeviceState");
        assert_eq!(
            upper_camel("macOSTrustedRootCertificate"),
            "MacOsTrustedRootCertificate"
        );
        assert_eq!(upper_camel("iOS"), "Ios");
        assert_eq!(upper_camel("2fa"), "V2fa");
    }

    #[test]
    fn fields_rename_only_when_camel_case_cannot_rebuild_the_name() {
        let mut taken = BTreeSet::new();
        assert_eq!(field("deviceName", &mut taken), ("device_name".into(), None));
        assert_eq!(
            field("azureADDeviceId", &mut taken),
            ("azure_ad_device_id".into(), Some("azureADDeviceId".into()))
        );
        assert_eq!(field("v8_0", &mut taken), ("v8_0".into(), Some("v8_0".into())));
        assert_eq!(field("type", &mut taken), ("r#type".into(), None));
        assert_eq!(
            field("self", &mut taken),
            ("self_value".into(), Some("self".into()))
        );
        assert_eq!(
            field("deviceNAME", &mut taken),
            ("device_name2".into(), Some("deviceNAME".into()))
        );
    }

    #[test]
    fn variants_rename_only_when_needed() {
        let mut taken = BTreeSet::new();
        assert_eq!(
            variant("notApplicable", &mut taken),
            ("NotApplicable".into(), None)
        );
        assert_eq!(variant("iOS", &mut taken), ("Ios".into(), Some("iOS".into())));
        assert_eq!(
            variant("intune_SMB", &mut taken),
            ("IntuneSmb".into(), Some("intune_SMB".into()))
        );
        assert_eq!(
            variant("windows81AndLater", &mut taken),
            ("Windows81AndLater".into(), None)
        );
    }
}
