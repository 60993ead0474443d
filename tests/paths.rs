//! Path templates against the public corpus: every template of every case
//! parses (except the ones that reuse a placeholder name, a docs error the
//! parser refuses), renders hostile ids to exact encoded paths, and refuses
//! `.`, `..` and empty ids. The corpus is a copy of
//! `shared/corpus/intune-public.json` in `tests/data`.

use std::collections::BTreeSet;

use graph_core::{GraphEntity, PathError, PathTemplate, SyntaxError};
use serde_json::Value;

/// One path template of one corpus case.
struct CaseTemplate {
    version: String,
    operation: String,
    entity: String,
    path: String,
}

fn corpus_templates() -> Vec<CaseTemplate> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/intune-public.json");
    let text = std::fs::read_to_string(path).expect("tests/data/intune-public.json is readable");
    let corpus: Value = serde_json::from_str(&text).expect("the corpus is JSON");
    let text = |value: &Value, key: &str| value[key].as_str().expect(key).to_owned();
    let mut templates = Vec::new();
    for case in corpus["cases"].as_array().expect("cases") {
        for template in case["templates"].as_array().expect("templates") {
            templates.push(CaseTemplate {
                version: text(case, "version"),
                operation: text(case, "operation"),
                entity: text(case, "type"),
                path: text(template, "path"),
            });
        }
    }
    templates
}

/// The distinct templates of the corpus that parse.
fn parsed_templates() -> Vec<PathTemplate> {
    let distinct: BTreeSet<String> = corpus_templates().into_iter().map(|t| t.path).collect();
    distinct
        .iter()
        .filter_map(|path| PathTemplate::parse(path).ok())
        .collect()
}

/// The template text with each `{name}` replaced by `value`: a plain text
/// substitution, independent of how `render` walks the segments.
fn substitute(template: &PathTemplate, value: &str) -> String {
    let mut path = template.as_str().to_owned();
    for name in template.params() {
        path = path.replace(&format!("{{{name}}}"), value);
    }
    path
}

/// The ids of the issue, each with its single encoded segment.
const HOSTILE_IDS: [(&str, &str); 5] = [
    ("a b", "a%20b"),
    ("a/b", "a%2Fb"),
    ("50%", "50%25"),
    ("é", "%C3%A9"),
    ("x?y#z", "x%3Fy%23z"),
];

#[test]
fn every_corpus_template_parses_except_reused_placeholders() {
    let templates = corpus_templates();
    assert_eq!(templates.len(), 943);

    let mut parsed = 0;
    let mut refused = Vec::new();
    for template in &templates {
        match PathTemplate::parse(&template.path) {
            Ok(parsed_template) => {
                assert_eq!(parsed_template.as_str(), template.path);
                parsed += 1;
            }
            Err(error) => refused.push((template.path.clone(), error)),
        }
    }
    assert_eq!(parsed, 893);
    assert_eq!(refused.len(), 50);

    let refused: BTreeSet<(String, String)> = refused
        .into_iter()
        .map(|(path, error)| (path, error.to_string()))
        .collect();
    let expected: BTreeSet<(String, String)> = [
        (
            "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/{deviceConfigurationId}",
            "placeholder `{deviceConfigurationId}` appears twice in path template; give each placeholder its own name",
        ),
        (
            "/deviceManagement/templates/{deviceManagementTemplateId}/migratableTo/{deviceManagementTemplateId}",
            "placeholder `{deviceManagementTemplateId}` appears twice in path template; give each placeholder its own name",
        ),
    ]
    .into_iter()
    .map(|(path, message)| (path.to_owned(), message.to_owned()))
    .collect();
    assert_eq!(refused, expected);
    assert_eq!(
        PathTemplate::parse("/deviceManagement/templates/{deviceManagementTemplateId}/migratableTo/{deviceManagementTemplateId}"),
        Err(SyntaxError::DuplicatePlaceholder("deviceManagementTemplateId".into()))
    );

    let distinct: BTreeSet<&str> = templates.iter().map(|t| t.path.as_str()).collect();
    assert_eq!(distinct.len(), 247);
    assert_eq!(parsed_templates().len(), 245);
}

#[test]
fn corpus_templates_render_hostile_ids_as_one_segment_each() {
    let templates = parsed_templates();
    let mut rendered = 0;
    for template in &templates {
        let count = template.params().count();
        for (id, encoded) in HOSTILE_IDS {
            let ids = vec![id; count];
            assert_eq!(
                template.render(&ids).unwrap(),
                substitute(template, encoded),
                "{template}"
            );
            rendered += 1;
        }
    }
    assert_eq!(rendered, 245 * 5);
}

#[test]
fn the_seed_template_renders_exactly() {
    let template = PathTemplate::parse(
        "/deviceManagement/embeddedSIMActivationCodePools/{embeddedSIMActivationCodePoolId}/deviceStates/{embeddedSIMDeviceStateId}",
    )
    .unwrap();
    let cases = [
        (["a b", "a/b"], "/deviceManagement/embeddedSIMActivationCodePools/a%20b/deviceStates/a%2Fb"),
        (["50%", "é"], "/deviceManagement/embeddedSIMActivationCodePools/50%25/deviceStates/%C3%A9"),
        (["x?y#z", "50%25"], "/deviceManagement/embeddedSIMActivationCodePools/x%3Fy%23z/deviceStates/50%2525"),
        (
            ["908884a3-84a3-9088-a384-8890a3848890", "~._-"],
            "/deviceManagement/embeddedSIMActivationCodePools/908884a3-84a3-9088-a384-8890a3848890/deviceStates/~._-",
        ),
    ];
    for (ids, path) in cases {
        assert_eq!(template.render(&ids).unwrap(), path);
    }
}

#[test]
fn dot_and_empty_ids_are_refused_by_every_corpus_template() {
    let mut checked = 0;
    for template in parsed_templates() {
        let Some(first) = template.params().next().map(str::to_owned) else {
            assert_eq!(template.render(&[]).unwrap(), template.as_str());
            continue;
        };
        let count = template.params().count();
        for bad in [".", "..", ""] {
            let mut ids = vec!["a"; count];
            ids[0] = bad;
            let error = template.render(&ids).unwrap_err();
            let (expected, message) = if bad.is_empty() {
                (
                    PathError::EmptyValue {
                        placeholder: first.clone(),
                    },
                    format!("empty value for placeholder `{{{first}}}`"),
                )
            } else {
                (
                    PathError::DotSegment { placeholder: first.clone(), value: bad.to_owned() },
                    format!("value `{bad}` for placeholder `{{{first}}}` is a dot segment, which URLs resolve away"),
                )
            };
            assert_eq!(error, expected);
            assert_eq!(error.to_string(), message);
            checked += 1;
        }
        let error = template.render(&vec!["a"; count + 1]).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!(
                "path template `{template}` takes {count} value{}, {} given",
                if count == 1 { "" } else { "s" },
                count + 1
            )
        );
    }
    assert_eq!(checked, 197 * 3);
}

/// The collection paths of the corpus (its create and list templates) are
/// the item paths (its get and update templates) of the same type without
/// their last placeholder, except where the docs give no usable item path.
#[test]
fn collection_paths_match_the_corpus_create_and_list_templates() {
    let templates = corpus_templates();
    let mut matched = 0;
    let mut unmatched_count = 0;
    let mut unmatched = BTreeSet::new();
    for collection in templates
        .iter()
        .filter(|t| t.operation == "create" || t.operation == "list")
    {
        let found = templates
            .iter()
            .filter(|item| item.operation == "get" || item.operation == "update")
            .filter(|item| item.version == collection.version && item.entity == collection.entity)
            .filter_map(|item| PathTemplate::parse(&item.path).ok()?.collection().ok())
            .any(|derived| derived.as_str() == collection.path);
        if found {
            matched += 1;
        } else {
            unmatched_count += 1;
            unmatched.insert((collection.entity.as_str(), collection.path.as_str()));
        }
    }
    assert_eq!(matched, 345);
    assert_eq!(unmatched_count, 58);
    // Two collection paths have no item path to come from: the item
    // template of the second reuses a placeholder name, and some types are
    // documented at `/deviceManagement/deviceConfigurations` only under
    // single-valued navigations.
    let unmatched_paths: BTreeSet<&str> = unmatched.iter().map(|(_, path)| *path).collect();
    assert_eq!(
        unmatched_paths.into_iter().collect::<Vec<_>>(),
        [
            "/deviceManagement/deviceConfigurations",
            "/deviceManagement/deviceConfigurations/{deviceConfigurationId}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations",
            "/deviceManagement/templates/{deviceManagementTemplateId}/migratableTo",
        ]
    );
    assert_eq!(unmatched.len(), 32);
}

/// A corpus type with two templates: the item path and a single-valued
/// navigation to it.
#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.mobileApp",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}",
    path = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app"
)]
pub struct MobileApp {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
}

#[test]
fn derived_templates_are_chosen_by_index_or_text() {
    assert_eq!(MobileApp::PATHS.len(), 2);
    let item = PathTemplate::of::<MobileApp>(0).unwrap();
    assert_eq!(item.as_str(), "/deviceAppManagement/mobileApps/{mobileAppId}");
    let navigation = PathTemplate::containing::<MobileApp>("{userAppInstallStatusId}").unwrap();
    assert_eq!(navigation, &MobileApp::PATHS[1]);
    assert_eq!(PathTemplate::containing::<MobileApp>("mobileApps").unwrap(), item);
    assert_eq!(
        PathTemplate::of::<MobileApp>(2).unwrap_err().to_string(),
        "`microsoft.graph.mobileApp` has no path template at index 2 (it has 2)"
    );
    assert_eq!(
        PathTemplate::containing::<MobileApp>("deviceStatuses")
            .unwrap_err()
            .to_string(),
        "`microsoft.graph.mobileApp` has no path template containing `deviceStatuses`"
    );
}

#[test]
fn derived_templates_render_items_and_collections() {
    let app = MobileApp {
        id: Some("a/b".into()),
        ..MobileApp::default()
    };
    let item = &MobileApp::PATHS[0];
    assert_eq!(
        item.render_item(&app, &[]).unwrap(),
        "/deviceAppManagement/mobileApps/a%2Fb"
    );
    assert_eq!(
        item.collection().unwrap().as_str(),
        "/deviceAppManagement/mobileApps"
    );
    assert_eq!(
        item.collection().unwrap().render(&[]).unwrap(),
        "/deviceAppManagement/mobileApps"
    );
    assert_eq!(
        item.render_item(&MobileApp::default(), &[]).unwrap_err(),
        PathError::MissingKey {
            template: "/deviceAppManagement/mobileApps/{mobileAppId}".into(),
            placeholder: "mobileAppId".into(),
        }
    );

    // A single-valued navigation does not hold the key: the parents fill it.
    let navigation = &MobileApp::PATHS[1];
    assert_eq!(
        navigation.render_item(&app, &["é", "50%"]).unwrap(),
        "/deviceAppManagement/mobileApps/%C3%A9/userStatuses/50%25/app"
    );
    assert_eq!(
        navigation.collection().unwrap_err().to_string(),
        "path template `/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/app` \
         does not end with a placeholder, so it has no collection path"
    );
}
