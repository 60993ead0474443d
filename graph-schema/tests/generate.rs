//! `generate` on a small schema with the hard cases: a complex type that
//! contains itself (a `Box`), a keyword property (a raw identifier), names
//! camelCase cannot rebuild (`rename`), an enum member named `other`, two
//! types of one name in two namespaces, a family with `--family` and
//! navigation fields with `--navigation` (the abstract base `entity` is not
//! written: its properties are in each struct). The output is checked in as
//! `generated/synthetic.rs` (compiled here) and must stay as generated.

use graph_core::GraphEntity;
use graph_schema::{verify_all, Metadata, Options};

const SCHEMA: &str = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
<Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <EnumType Name="level"><Member Name="low" Value="0" /><Member Name="other" Value="1" /><Member Name="iOS" Value="2" /></EnumType>
  <ComplexType Name="node">
    <Property Name="type" Type="Edm.String" />
    <Property Name="child" Type="graph.node" />
    <Property Name="children" Type="Collection(graph.node)" />
    <Property Name="azureADId" Type="Edm.Guid" />
    <Property Name="level" Type="graph.level" />
  </ComplexType>
  <EntityType Name="entity" Abstract="true">
    <Key><PropertyRef Name="id" /></Key>
    <Property Name="id" Type="Edm.String" Nullable="false" />
  </EntityType>
  <EntityType Name="alert" BaseType="graph.entity">
    <Property Name="root" Type="graph.node" />
    <Property Name="duration" Type="Edm.Duration" />
    <Property Name="created" Type="Edm.DateTimeOffset" />
    <NavigationProperty Name="related" Type="Collection(microsoft.graph.security.alert)" />
  </EntityType>
  <EntityType Name="specialAlert" BaseType="graph.alert">
    <Property Name="blob" Type="Edm.Binary" />
  </EntityType>
  <Annotations Target="graph.alert/created"><Annotation Term="Org.OData.Core.V1.Computed" Bool="true" /></Annotations>
  <EntityContainer Name="GraphService"><EntitySet Name="alerts" EntityType="graph.alert" /></EntityContainer>
</Schema>
<Schema Namespace="microsoft.graph.security" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <EntityType Name="alert" BaseType="graph.entity"><Property Name="title" Type="Edm.String" /></EntityType>
</Schema>
</edmx:DataServices></edmx:Edmx>"#;

#[rustfmt::skip]
#[path = "generated/synthetic.rs"]
mod synthetic;

const GENERATED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/generated/synthetic.rs");

#[test]
fn the_generated_file_is_up_to_date() {
    let metadata = Metadata::parse(SCHEMA).unwrap_or_else(|error| panic!("{error}"));
    let options = Options {
        navigation: true,
        family: true,
    };
    let code =
        graph_schema::generate(&metadata, &["alert"], options).unwrap_or_else(|error| panic!("{error}"));
    let found = std::fs::read_to_string(GENERATED).unwrap_or_default();
    if found != code {
        if std::env::var_os("GRAPH_SCHEMA_BLESS").is_some() {
            std::fs::write(GENERATED, &code)
                .unwrap_or_else(|error| panic!("cannot write {GENERATED}: {error}"));
        } else {
            panic!("{GENERATED} is out of date: run `GRAPH_SCHEMA_BLESS=1 cargo test -p graph-schema --test generate`");
        }
    }
}

#[test]
fn the_generated_types_verify_clean_and_round_trip() {
    let metadata = Metadata::parse(SCHEMA).unwrap_or_else(|error| panic!("{error}"));
    let names: Vec<&str> = synthetic::DESCRIPTIONS.iter().map(|d| d.rust_name).collect();
    assert_eq!(
        names,
        ["Alert", "Node", "SecurityAlert", "SpecialAlert", "AlertFamily"]
    );
    let mismatches: Vec<String> = verify_all(synthetic::DESCRIPTIONS, &metadata)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(mismatches, Vec::<String>::new());

    let json = serde_json::json!({
        "@odata.type": "#microsoft.graph.specialAlert",
        "id": "1",
        "blob": "AAE=",
        "root": {"type": "a", "azureADId": "x", "level": "iOS", "child": {"type": "b", "level": "other"}, "children": [{"level": "high"}]},
    });
    let alert: synthetic::AlertFamily =
        serde_json::from_value(json.clone()).unwrap_or_else(|error| panic!("{error}"));
    let synthetic::AlertFamily::SpecialAlert(special) = &alert else {
        panic!("not a special alert: {alert:?}");
    };
    let root = special.root.as_ref().expect("root");
    assert_eq!(root.r#type.as_deref(), Some("a"));
    assert_eq!(root.level, Some(synthetic::Level::Ios));
    assert_eq!(
        root.child.as_ref().and_then(|c| c.level.clone()),
        Some(synthetic::Level::Other)
    );
    assert_eq!(
        root.children
            .as_ref()
            .and_then(|c| c.first())
            .and_then(|c| c.level.clone()),
        Some(synthetic::Level::OtherMember("high".to_owned()))
    );
    // The full representation: what was read, each complex value with its
    // `@odata.type` (as graph-core writes nested ones, without `#`).
    let written = serde_json::to_value(&alert).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(
        written,
        serde_json::json!({
            "@odata.type": "#microsoft.graph.specialAlert",
            "id": "1",
            "blob": "AAE=",
            "root": {
                "@odata.type": "microsoft.graph.node", "type": "a", "azureADId": "x", "level": "iOS",
                "child": {"@odata.type": "microsoft.graph.node", "type": "b", "level": "other"},
                "children": [{"@odata.type": "microsoft.graph.node", "level": "high"}],
            },
        })
    );
    let again: synthetic::AlertFamily =
        serde_json::from_value(written).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(again, alert);
    assert_eq!(
        <synthetic::Alert as GraphEntity>::DESCRIPTION.paths[0].as_str(),
        "/alerts/{alertId}"
    );
}
