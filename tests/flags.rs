//! Flag enums: `#[graph(flags)]` and `Flags<E>`, Graph's comma-joined
//! flags values, read and written exactly, alone and inside entities.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use graph_core::{FlagEnum, Flags, GraphEntity, GraphEnum, Patch};
use proptest::prelude::*;
use serde_json::json;

/// Intune's `notificationTemplateBrandingOptions` (`IsFlags="true"`).
#[derive(Debug, Clone, PartialEq, GraphEnum)]
#[graph(flags)]
pub enum BrandingOptions {
    None,
    IncludeCompanyLogo,
    IncludeCompanyName,
    IncludeContactInformation,
    IncludeCompanyPortalLink,
    IncludeDeviceDetails,
    UnknownFutureValue,
    #[graph(other)]
    Other(String),
}

/// A flag enum without an `other` variant: unknown members are errors.
#[derive(Debug, Clone, PartialEq, GraphEnum)]
#[graph(flags)]
pub enum BrowserTypes {
    NotConfigured,
    MicrosoftEdge,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.notificationMessageTemplate",
    path = "/deviceManagement/notificationMessageTemplates/{notificationMessageTemplateId}"
)]
pub struct NotificationMessageTemplate {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub branding_options: Option<Flags<BrandingOptions>>,
    pub browsers: Option<Flags<BrowserTypes>>,
}

fn read<E: FlagEnum>(text: &str) -> Result<Flags<E>, String> {
    serde_json::from_value(json!(text)).map_err(|error| error.to_string())
}

fn write<E: FlagEnum>(flags: &Flags<E>) -> String {
    match serde_json::to_value(flags).unwrap() {
        serde_json::Value::String(text) => text,
        other => panic!("not a string: {other}"),
    }
}

fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[test]
fn reads_members_in_any_order_and_writes_them_in_declared_order() {
    let flags = read::<BrandingOptions>("includeCompanyName,includeCompanyLogo").unwrap();
    assert_eq!(
        flags.iter().collect::<Vec<_>>(),
        [
            BrandingOptions::IncludeCompanyLogo,
            BrandingOptions::IncludeCompanyName
        ]
    );
    assert!(flags.contains(&BrandingOptions::IncludeCompanyLogo));
    assert!(!flags.contains(&BrandingOptions::None));
    assert_eq!(flags.len(), 2);
    assert_eq!(write(&flags), "includeCompanyLogo,includeCompanyName");
    assert_eq!(
        serde_json::to_string(&flags).unwrap(),
        r#""includeCompanyLogo,includeCompanyName""#
    );
}

#[test]
fn tolerates_spaces_around_members() {
    let flags = read::<BrandingOptions>("includeDeviceDetails, includeCompanyLogo ,  none").unwrap();
    assert_eq!(write(&flags), "none,includeCompanyLogo,includeDeviceDetails");
}

#[test]
fn the_empty_string_is_the_empty_set() {
    let flags = read::<BrandingOptions>("").unwrap();
    assert!(flags.is_empty());
    assert_eq!(flags.len(), 0);
    assert_eq!(flags, Flags::new());
    assert_eq!(write(&flags), "");
    assert_eq!(read::<BrowserTypes>("").unwrap(), Flags::default());
    assert_eq!(read::<BrowserTypes>(" ").unwrap(), Flags::default());
}

#[test]
fn a_member_given_twice_counts_once() {
    let flags = read::<BrandingOptions>("includeCompanyLogo,includeCompanyLogo").unwrap();
    assert_eq!(flags.len(), 1);
    assert_eq!(write(&flags), "includeCompanyLogo");

    let flags = read::<BrandingOptions>("later,includeCompanyName,later, later").unwrap();
    assert_eq!(flags.len(), 2);
    assert_eq!(write(&flags), "includeCompanyName,later");
}

#[test]
fn unknown_members_are_kept_after_the_listed_ones_in_the_order_read() {
    let flags = read::<BrandingOptions>("zeta,includeCompanyName,alpha,none").unwrap();
    assert_eq!(write(&flags), "none,includeCompanyName,zeta,alpha");
    assert!(flags.contains(&BrandingOptions::Other("alpha".into())));
    assert!(!flags.contains(&BrandingOptions::Other("beta".into())));
    assert_eq!(
        flags.iter().collect::<Vec<_>>(),
        [
            BrandingOptions::None,
            BrandingOptions::IncludeCompanyName,
            BrandingOptions::Other("zeta".into()),
            BrandingOptions::Other("alpha".into()),
        ]
    );
    assert_eq!(
        format!("{flags:?}"),
        r#"{"none", "includeCompanyName", "zeta", "alpha"}"#
    );
}

#[test]
fn an_unknown_member_without_other_is_an_error_naming_enum_and_member() {
    assert_eq!(
        read::<BrowserTypes>("microsoftEdge,edgeLegacy").unwrap_err(),
        "unknown member `edgeLegacy` of enum BrowserTypes"
    );
    assert_eq!(
        serde_json::from_str::<Flags<BrowserTypes>>(r#""notConfigured, chrome""#)
            .unwrap_err()
            .to_string(),
        "unknown member `chrome` of enum BrowserTypes at line 1 column 23"
    );
}

#[test]
fn an_empty_member_is_an_error() {
    assert_eq!(
        read::<BrandingOptions>("none,,includeCompanyLogo").unwrap_err(),
        "empty member in a value of flag enum BrandingOptions"
    );
    assert_eq!(
        read::<BrowserTypes>("microsoftEdge,").unwrap_err(),
        "empty member in a value of flag enum BrowserTypes"
    );
}

#[test]
fn other_json_types_are_errors() {
    assert_eq!(
        serde_json::from_str::<Flags<BrowserTypes>>("3")
            .unwrap_err()
            .to_string(),
        "invalid type: integer `3`, expected members of BrowserTypes joined by commas at line 1 column 1"
    );
}

#[test]
fn ten_thousand_members() {
    // 10,000 distinct unknown members and every listed one many times over.
    let mut text = String::new();
    let mut expected_unknown = String::new();
    for i in 0..10_000 {
        if i > 0 {
            text.push(',');
        }
        if i % 2 == 0 {
            text.push_str(BrandingOptions::MEMBERS[i % 7]);
        } else {
            text.push_str(&format!("m{i}"));
            expected_unknown.push_str(&format!(",m{i}"));
        }
    }
    // and each unknown member again, in reverse
    for i in (1..10_000).step_by(2).rev() {
        text.push_str(&format!(", m{i}"));
    }
    let flags = read::<BrandingOptions>(&text).unwrap();
    assert_eq!(flags.len(), 7 + 5_000);
    assert_eq!(
        write(&flags),
        BrandingOptions::MEMBERS.join(",") + &expected_unknown
    );

    // 10,000 listed members: the set of the seven.
    let text = vec!["includeCompanyName"; 10_000].join(",");
    assert_eq!(
        write(&read::<BrandingOptions>(&text).unwrap()),
        "includeCompanyName"
    );
}

#[test]
fn insert_remove_and_collect() {
    let mut flags: Flags<BrandingOptions> = [BrandingOptions::IncludeDeviceDetails, BrandingOptions::None]
        .into_iter()
        .collect();
    assert_eq!(write(&flags), "none,includeDeviceDetails");
    assert!(flags.insert(BrandingOptions::Other("later".into())));
    assert!(!flags.insert(BrandingOptions::Other("later".into())));
    // An unknown member that names a listed one is the listed one.
    assert!(flags.insert(BrandingOptions::Other("includeCompanyLogo".into())));
    assert!(flags.contains(&BrandingOptions::IncludeCompanyLogo));
    assert!(flags.contains(&BrandingOptions::Other("includeCompanyLogo".into())));
    // Names that could not be read back as one member are refused.
    for name in ["", "a,b", " a", "a "] {
        assert!(!flags.insert(BrandingOptions::Other(name.into())), "{name:?}");
    }
    assert_eq!(
        write(&flags),
        "none,includeCompanyLogo,includeDeviceDetails,later"
    );
    assert!(flags.remove(&BrandingOptions::None));
    assert!(!flags.remove(&BrandingOptions::None));
    assert!(flags.remove(&BrandingOptions::Other("later".into())));
    assert!(flags.remove(&BrandingOptions::Other("includeDeviceDetails".into())));
    assert_eq!(write(&flags), "includeCompanyLogo");
    flags.extend([BrandingOptions::UnknownFutureValue]);
    assert_eq!(flags.to_string(), "includeCompanyLogo,unknownFutureValue");
    assert_eq!(
        (&flags).into_iter().collect::<Vec<_>>(),
        [
            BrandingOptions::IncludeCompanyLogo,
            BrandingOptions::UnknownFutureValue
        ]
    );
}

#[test]
fn equal_sets_are_equal_whatever_the_order_of_unknown_members() {
    let a = read::<BrandingOptions>("b,none,a").unwrap();
    let b = read::<BrandingOptions>("a,b,none").unwrap();
    assert_eq!(a, b);
    assert_eq!(hash_of(&a), hash_of(&b));
    assert_ne!(a, read::<BrandingOptions>("a,none").unwrap());
    assert_ne!(a, read::<BrandingOptions>("a,c,none").unwrap());
    assert_ne!(a, read::<BrandingOptions>("a,b").unwrap());

    let many: Vec<String> = (0..40).map(|i| format!("m{i}")).collect();
    let forward = read::<BrandingOptions>(&many.join(",")).unwrap();
    let backward: Flags<BrandingOptions> = many
        .iter()
        .rev()
        .map(|name| BrandingOptions::Other(name.clone()))
        .collect();
    assert_eq!(forward, backward);
    assert_eq!(hash_of(&forward), hash_of(&backward));
    let mut fewer = backward.clone();
    fewer.remove(&BrandingOptions::Other("m7".into()));
    fewer.insert(BrandingOptions::Other("m40".into()));
    assert_ne!(forward, fewer);
}

/// More members than a `u64` has bits.
macro_rules! wide_enum {
    ($($member:ident)*) => {
        #[derive(Debug, Clone, PartialEq, GraphEnum)]
        #[graph(flags)]
        pub enum Wide { $($member,)* }
    };
}

wide_enum! {
    M0 M1 M2 M3 M4 M5 M6 M7 M8 M9 M10 M11 M12 M13 M14 M15 M16 M17 M18 M19
    M20 M21 M22 M23 M24 M25 M26 M27 M28 M29 M30 M31 M32 M33 M34 M35 M36 M37 M38 M39
    M40 M41 M42 M43 M44 M45 M46 M47 M48 M49 M50 M51 M52 M53 M54 M55 M56 M57 M58 M59
    M60 M61 M62 M63 M64 M65 M66 M67 M68 M69
}

#[test]
fn more_than_64_members() {
    let flags = read::<Wide>("m69,m0,m64,m63").unwrap();
    assert_eq!(write(&flags), "m0,m63,m64,m69");
    assert_eq!(
        flags.iter().collect::<Vec<_>>(),
        [Wide::M0, Wide::M63, Wide::M64, Wide::M69]
    );
    assert_eq!(Wide::M69.index(), Some(69));
}

/// A member name that the look-up table cannot tell from other names by
/// its first, middle and last eight bytes alone (25 bytes, of which byte
/// 16 is in none of them), and a short one.
#[derive(Debug, Clone, PartialEq, GraphEnum)]
#[graph(flags)]
pub enum LookAlike {
    #[graph(rename = "aaaaaaaaaaaaaaaaXaaaaaaaa")]
    X,
    #[graph(rename = "a")]
    A,
    #[graph(other)]
    Other(String),
}

/// Two such names in one enum: they share a key, and the enum is read by
/// matching names one by one.
#[derive(Debug, Clone, PartialEq, GraphEnum)]
#[graph(flags)]
pub enum Twins {
    #[graph(rename = "aaaaaaaaaaaaaaaaXaaaaaaaa")]
    X,
    #[graph(rename = "aaaaaaaaaaaaaaaaYaaaaaaaa")]
    Y,
}

#[test]
fn names_are_compared_whole() {
    let flags = read::<LookAlike>(
        "aaaaaaaaaaaaaaaaYaaaaaaaa,a,a\0,aaaaaaaaaaaaaaaaXaaaaaaa,aaaaaaaaaaaaaaaaXaaaaaaaa",
    )
    .unwrap();
    assert_eq!(
        flags.iter().collect::<Vec<_>>(),
        [
            LookAlike::X,
            LookAlike::A,
            LookAlike::Other("aaaaaaaaaaaaaaaaYaaaaaaaa".into()),
            LookAlike::Other("a\0".into()),
            LookAlike::Other("aaaaaaaaaaaaaaaaXaaaaaaa".into()),
        ]
    );

    let twins = read::<Twins>("aaaaaaaaaaaaaaaaYaaaaaaaa").unwrap();
    assert_eq!(twins.iter().collect::<Vec<_>>(), [Twins::Y]);
    assert_eq!(
        read::<Twins>("aaaaaaaaaaaaaaaaXaaaaaaaa, aaaaaaaaaaaaaaaaYaaaaaaaa").map(|flags| write(&flags)),
        Ok("aaaaaaaaaaaaaaaaXaaaaaaaa,aaaaaaaaaaaaaaaaYaaaaaaaa".to_owned())
    );
    assert_eq!(
        read::<Twins>("aaaaaaaaaaaaaaaaZaaaaaaaa").unwrap_err(),
        "unknown member `aaaaaaaaaaaaaaaaZaaaaaaaa` of enum Twins"
    );
}

#[test]
fn commas_are_found_across_64_byte_windows() {
    // Members ending right before and after byte 64, and values of every
    // length around the window and block sizes.
    let members = &BrandingOptions::MEMBERS[1..6];
    for count in 1..=12 {
        for first in 0..members.len() {
            let names: Vec<&str> = (0..count).map(|i| members[(first + i) % members.len()]).collect();
            for separator in [",", ", ", ",  "] {
                let text = names.join(separator);
                let flags = read::<BrandingOptions>(&text).unwrap();
                let mut expected: Vec<&str> = names.clone();
                expected.sort_by_key(|name| members.iter().position(|member| member == name));
                expected.dedup();
                assert_eq!(write(&flags), expected.join(","), "{text}");
            }
        }
    }
    // Unknown members of every length from 1 to 70 after a listed one.
    for len in 1..=70 {
        let unknown = "z".repeat(len);
        let text = format!("includeCompanyLogo,{unknown},none");
        assert_eq!(
            write(&read::<BrandingOptions>(&text).unwrap()),
            format!("none,includeCompanyLogo,{unknown}"),
            "{len}"
        );
    }
}

#[test]
fn a_flag_enum_is_still_a_plain_enum() {
    assert_eq!(
        serde_json::to_string(&BrandingOptions::IncludeCompanyLogo).unwrap(),
        r#""includeCompanyLogo""#
    );
    assert_eq!(BrandingOptions::IncludeCompanyLogo.index(), Some(1));
    assert_eq!(BrandingOptions::Other("x".into()).index(), None);
    assert_eq!(
        BrandingOptions::from_index(6),
        Some(BrandingOptions::UnknownFutureValue)
    );
    assert_eq!(BrandingOptions::from_index(7), None);
    assert_eq!(BrowserTypes::unknown("x"), None);
    const { assert!(BrandingOptions::KEEPS_UNKNOWN && !BrowserTypes::KEEPS_UNKNOWN) };
}

fn template() -> NotificationMessageTemplate {
    serde_json::from_value(json!({
        "@odata.type": "#microsoft.graph.notificationMessageTemplate",
        "id": "t1",
        "displayName": "Display Name value",
        "brandingOptions": "includeCompanyName, includeCompanyLogo,futureOption",
        "browsers": "microsoftEdge"
    }))
    .unwrap()
}

#[test]
fn entity_full_representation_and_bodies() {
    let value = template();
    assert_eq!(
        value
            .branding_options
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("includeCompanyLogo,includeCompanyName,futureOption")
    );
    assert_eq!(
        serde_json::to_value(&value).unwrap(),
        json!({
            "@odata.type": "#microsoft.graph.notificationMessageTemplate",
            "id": "t1",
            "displayName": "Display Name value",
            "brandingOptions": "includeCompanyLogo,includeCompanyName,futureOption",
            "browsers": "microsoftEdge"
        })
    );
    assert_eq!(
        serde_json::to_string(&value.update_body()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.notificationMessageTemplate","displayName":"Display Name value","brandingOptions":"includeCompanyLogo,includeCompanyName,futureOption","browsers":"microsoftEdge"}"##
    );
    let back: NotificationMessageTemplate =
        serde_json::from_value(serde_json::to_value(&value).unwrap()).unwrap();
    assert_eq!(back, value);
}

#[test]
fn entity_errors_name_the_property() {
    let error = serde_json::from_str::<NotificationMessageTemplate>(r#"{"browsers":"microsoftEdge,chrome"}"#)
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "browsers: unknown member `chrome` of enum BrowserTypes at line 1 column 35"
    );
}

#[test]
fn a_changed_set_is_sent_whole() {
    let old = template();
    let mut new = old.clone();
    new.branding_options
        .as_mut()
        .unwrap()
        .insert(BrandingOptions::IncludeDeviceDetails);
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.notificationMessageTemplate","brandingOptions":"includeCompanyLogo,includeCompanyName,includeDeviceDetails,futureOption"}"##
    );

    new.branding_options = Some(Flags::new());
    new.browsers = None;
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.notificationMessageTemplate","brandingOptions":"","browsers":null}"##
    );

    // The same members read in another order: nothing changed.
    let mut same = old.clone();
    same.branding_options = Some(read("futureOption,includeCompanyLogo,includeCompanyName").unwrap());
    assert!(same.changes_since(&old).is_empty());

    let patch = NotificationMessageTemplate::patch()
        .branding_options([BrandingOptions::None].into_iter().collect::<Flags<_>>())
        .clear_browsers();
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.notificationMessageTemplate","brandingOptions":"none","browsers":null}"##
    );
}

fn branding_options() -> impl Strategy<Value = Flags<BrandingOptions>> {
    let known = proptest::collection::vec(0..BrandingOptions::MEMBERS.len(), 0..10);
    let unknown = proptest::collection::vec("[a-zA-Z][a-zA-Z0-9 ]{0,8}[a-zA-Z0-9]", 0..6);
    (known, unknown).prop_map(|(known, unknown)| {
        known
            .into_iter()
            .filter_map(BrandingOptions::from_index)
            .chain(unknown.into_iter().map(BrandingOptions::Other))
            .collect()
    })
}

proptest! {
    #[test]
    fn write_then_read_is_identity(flags in branding_options()) {
        let text = serde_json::to_string(&flags).unwrap();
        let back: Flags<BrandingOptions> = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&back, &flags);
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), text);
        prop_assert_eq!(back.iter().collect::<Vec<_>>(), flags.iter().collect::<Vec<_>>());
    }

    /// Any text of members, near-members, spaces and commas reads as a
    /// plain split at commas, trim and look-up would read it.
    #[test]
    fn read_agrees_with_a_plain_split(pieces in proptest::collection::vec(
        prop_oneof![
            (0..BrandingOptions::MEMBERS.len()).prop_map(|index| BrandingOptions::MEMBERS[index].to_owned()),
            (0..BrandingOptions::MEMBERS.len(), 0..30usize).prop_map(|(index, at)| {
                // A member with one byte changed, added or removed.
                let mut name = BrandingOptions::MEMBERS[index].to_owned();
                let at = at.min(name.len() - 1);
                match at % 3 {
                    0 => name.replace_range(at..=at, "Q"),
                    1 => name.insert(at, 'q'),
                    _ => { name.remove(at); }
                }
                name
            }),
            "[a-z]{1,70}",
        ],
        1..12,
    ), spaces in proptest::collection::vec(0..3usize, 12)) {
        let text = pieces
            .iter()
            .zip(&spaces)
            .map(|(piece, &count)| format!("{}{piece}", " ".repeat(count)))
            .collect::<Vec<_>>()
            .join(",");
        let mut known = Vec::new();
        let mut unknown: Vec<&str> = Vec::new();
        for name in text.split(',').map(|name| name.trim_matches(' ')) {
            match BrandingOptions::MEMBERS.iter().position(|member| *member == name) {
                Some(index) => known.push(index),
                None if !unknown.contains(&name) => unknown.push(name),
                None => {}
            }
        }
        known.sort_unstable();
        known.dedup();
        let expected: Vec<&str> = known
            .iter()
            .map(|&index| BrandingOptions::MEMBERS[index])
            .chain(unknown)
            .collect();
        let flags: Flags<BrandingOptions> = serde_json::from_value(json!(text)).unwrap();
        prop_assert_eq!(write(&flags), expected.join(","), "{}", text);
    }
}
