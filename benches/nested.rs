//! Bodies and patches of an entity with nested complex values: the seed
//! `deviceConfigurationState` with 20 `settingStates`, each holding a
//! `sources` collection, against hand-written `#[derive(Serialize)]` body
//! structs of the same shape (`skip_serializing_if` on every optional
//! member, `@odata.type` as a field).
//!
//! - `nested/update-body`: `state.update_body()` against the plain body
//!   struct, both serialized to bytes;
//! - `nested/patch`: one nested member of one element changed:
//!   `new.changes_since(&old)` serialized, against the plain way: compare
//!   the collections, clone the changed one into a patch struct, serialize.
//!
//! ```text
//! cargo bench --bench nested -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use graph_core::GraphEntity;
use graph_entity::seeds::{ComplianceStatus, DeviceConfigurationState, PolicyPlatformType};
use serde::Serialize;

const STATE_TYPE: &str = "microsoft.graph.deviceConfigurationSettingState";
const SOURCE_TYPE: &str = "microsoft.graph.settingSource";

#[derive(Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct PlainSource {
    #[serde(rename = "@odata.type")]
    odata_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_name: Option<String>,
}

#[derive(Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct PlainSettingState {
    #[serde(rename = "@odata.type")]
    odata_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    setting: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    setting_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    instance_display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    state: Option<ComplianceStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_code: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_principal_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sources: Option<Vec<PlainSource>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    current_value: Option<String>,
}

#[derive(Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct PlainStateBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    setting_states: Option<Vec<PlainSettingState>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    platform_type: Option<PolicyPlatformType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    state: Option<ComplianceStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    setting_count: Option<i32>,
}

/// A hand-written patch: `None` = not sent.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PlainStatePatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    setting_states: Option<Option<Vec<PlainSettingState>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_name: Option<Option<String>>,
}

impl PlainStatePatch {
    fn diff(new: &PlainStateBody, old: &PlainStateBody) -> Self {
        fn change<T: PartialEq + Clone>(new: &Option<T>, old: &Option<T>) -> Option<Option<T>> {
            (new != old).then(|| new.clone())
        }
        PlainStatePatch {
            setting_states: change(&new.setting_states, &old.setting_states),
            display_name: change(&new.display_name, &old.display_name),
        }
    }
}

fn state() -> DeviceConfigurationState {
    let one = r#"{"@odata.type":"microsoft.graph.deviceConfigurationSettingState","setting":"Setting value","settingName":"Setting Name value","instanceDisplayName":"Instance Display Name value","state":"notApplicable","errorCode":9,"errorDescription":"Error Description value","userId":"User Id value","userName":"User Name value","userEmail":"User Email value","userPrincipalName":"User Principal Name value","sources":[{"@odata.type":"microsoft.graph.settingSource","id":"Id value","displayName":"Display Name value"},{"@odata.type":"microsoft.graph.settingSource","id":"Id 2","displayName":"Second"}],"currentValue":"Current Value value"}"#;
    let states = vec![one; 20].join(",");
    let text = format!(
        r##"{{"@odata.type":"#microsoft.graph.deviceConfigurationState","id":"11692784","settingStates":[{states}],"displayName":"Display Name value","version":7,"platformType":"androidForWork","state":"notApplicable","settingCount":12}}"##
    );
    serde_json::from_str(&text).expect("the bench state reads")
}

fn plain(state: &DeviceConfigurationState) -> PlainStateBody {
    PlainStateBody {
        setting_states: state.setting_states.as_ref().map(|states| {
            states
                .iter()
                .map(|s| PlainSettingState {
                    odata_type: STATE_TYPE,
                    setting: s.setting.clone(),
                    setting_name: s.setting_name.clone(),
                    instance_display_name: s.instance_display_name.clone(),
                    state: s.state.clone(),
                    error_code: s.error_code,
                    error_description: s.error_description.clone(),
                    user_id: s.user_id.clone(),
                    user_name: s.user_name.clone(),
                    user_email: s.user_email.clone(),
                    user_principal_name: s.user_principal_name.clone(),
                    sources: s.sources.as_ref().map(|sources| {
                        sources
                            .iter()
                            .map(|source| PlainSource {
                                odata_type: SOURCE_TYPE,
                                id: source.id.clone(),
                                display_name: source.display_name.clone(),
                            })
                            .collect()
                    }),
                    current_value: s.current_value.clone(),
                })
                .collect()
        }),
        display_name: state.display_name.clone(),
        version: state.version,
        platform_type: state.platform_type.clone(),
        state: state.state.clone(),
        setting_count: state.setting_count,
    }
}

fn write<T: Serialize>(buffer: &mut Vec<u8>, value: &T) -> usize {
    buffer.clear();
    serde_json::to_writer(&mut *buffer, value).expect("writes");
    buffer.len()
}

fn nested(c: &mut Criterion) {
    let old = state();
    let mut new = old.clone();
    new.setting_states.as_mut().expect("states")[7].user_email = Some("joe@contoso.com".into());
    let (plain_old, plain_new) = (plain(&old), plain(&new));

    // Same bytes both ways, so the comparison is like for like.
    assert_eq!(
        serde_json::to_string(&old.update_body()).expect("writes"),
        serde_json::to_string(&plain_old).expect("writes")
    );
    assert_eq!(
        serde_json::to_string(&new.changes_since(&old)).expect("writes"),
        serde_json::to_string(&PlainStatePatch::diff(&plain_new, &plain_old)).expect("writes")
    );

    let mut buffer = Vec::with_capacity(64 * 1024);
    let mut group = c.benchmark_group("nested/update-body");
    group.bench_function("graph-entity", |b| {
        b.iter(|| write(&mut buffer, &black_box(&old).update_body()))
    });
    group.bench_function("serde/body-struct", |b| {
        b.iter(|| write(&mut buffer, black_box(&plain_old)))
    });
    group.finish();

    let mut group = c.benchmark_group("nested/patch");
    group.bench_function("graph-entity", |b| {
        b.iter(|| write(&mut buffer, &black_box(&new).changes_since(black_box(&old))))
    });
    group.bench_function("serde/patch-struct-diff", |b| {
        b.iter(|| {
            write(
                &mut buffer,
                &PlainStatePatch::diff(black_box(&plain_new), black_box(&plain_old)),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, nested);
criterion_main!(benches);
