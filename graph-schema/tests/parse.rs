//! Reading Graph's v1.0 CSDL, and malformed documents.

use graph_schema::{Counts, Kind, Metadata, TypeRef};

const V1_0: &str = include_str!("data/v1.0.xml");

fn v1_0() -> Metadata<'static> {
    Metadata::parse(V1_0).unwrap_or_else(|error| panic!("v1.0.xml: {error}"))
}

fn error_of(text: &str) -> String {
    match Metadata::parse(text) {
        Ok(_) => panic!("parsed"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn v1_0_counts_are_exact() {
    assert!(
        V1_0.starts_with('\u{feff}'),
        "the file starts with a byte order mark"
    );
    assert_eq!(
        v1_0().counts(),
        Counts {
            schemas: 11,
            entity_types: 1182,
            complex_types: 1780,
            enum_types: 861,
            properties: 10528,
            navigation_properties: 1432,
            entity_sets: 40,
            singletons: 30,
            annotation_targets: 4918,
            annotations: 6147,
            // 205 `Computed` annotations: 201 on structural properties, 4 on
            // navigation properties (managedDevice/windowsProtectionState,
            // mobileLobApp/contentVersions, managedMobileLobApp/contentVersions,
            // windowsUniversalAppX/committedContainedApps).
            computed: 201,
            permissions_read: 82,
            descriptions: 4437,
        }
    );
}

#[test]
fn v1_0_namespaces_and_aliases() {
    let metadata = v1_0();
    let namespaces: Vec<(&str, Option<&str>)> = metadata
        .namespaces()
        .iter()
        .map(|n| (n.name.as_ref(), n.alias.as_deref()))
        .collect();
    assert_eq!(
        namespaces,
        [
            ("microsoft.graph", Some("graph")),
            ("microsoft.graph.callRecords", None),
            (
                "microsoft.graph.customDataProvidedResourcePayloads",
                Some("customDataProvidedResourcePayloads")
            ),
            (
                "microsoft.graph.entraRecoveryServices",
                Some("entraRecoveryServices")
            ),
            ("microsoft.graph.externalConnectors", None),
            ("microsoft.graph.identityGovernance", None),
            ("microsoft.graph.partners.billing", None),
            ("microsoft.graph.search", None),
            ("microsoft.graph.security", Some("self")),
            ("microsoft.graph.teamsAdministration", Some("teamsAdministration")),
            ("microsoft.graph.termStore", None),
        ]
    );
}

#[test]
fn v1_0_managed_device() {
    let metadata = v1_0();
    let device = metadata.structured_type("managedDevice").expect("managedDevice");
    assert_eq!(device.name, "microsoft.graph.managedDevice");
    assert_eq!(device.kind, Kind::Entity);
    assert_eq!(
        device.base.as_ref().map(ToString::to_string).as_deref(),
        Some("microsoft.graph.entity")
    );
    assert!(!device.is_abstract && !device.open && !device.has_stream);
    assert_eq!(metadata.key(device), ["id"]);
    assert!(device.key.is_empty(), "the key is inherited from entity");
    assert_eq!(
        device.description(),
        Some(
            "Devices that are managed or pre-enrolled through Intune. Limited support for $filter: Only properties \
             whose descriptions mention support for $filter may be used, and combinations of those filtered \
             properties must use 'and', not 'or'."
        )
    );
    let state = metadata
        .property(device, "complianceState")
        .expect("complianceState");
    assert_eq!(state.ty, TypeRef::parse("microsoft.graph.complianceState"));
    assert!(!state.nullable && state.computed && state.permissions_read && state.is_read_only());
    let id = metadata.property(device, "id").expect("inherited id");
    assert_eq!(
        (id.ty.to_string(), id.nullable, id.is_read_only()),
        ("Edm.String".to_owned(), false, false)
    );
    let states = metadata
        .navigation_property(device, "deviceConfigurationStates")
        .expect("deviceConfigurationStates");
    assert_eq!(
        states.ty.to_string(),
        "Collection(microsoft.graph.deviceConfigurationState)"
    );
    assert!(states.contains_target);
    let users = metadata.navigation_property(device, "users").expect("users");
    assert!(!users.contains_target);
    assert_eq!(
        metadata.all_properties(device).first().map(|p| p.name.as_ref()),
        Some("id")
    );

    let entity = metadata
        .structured_type("microsoft.graph.entity")
        .expect("entity");
    assert!(entity.is_abstract);
    assert_eq!(entity.key, ["id"]);
    assert!(metadata
        .derived_types(entity)
        .any(|t| t.name == "microsoft.graph.managedDevice"));
}

#[test]
fn v1_0_enums_sets_and_singletons() {
    let metadata = v1_0();
    let flags = metadata
        .enum_type("applicationDataType")
        .expect("applicationDataType");
    assert!(flags.is_flags);
    let platform = metadata
        .enum_type("microsoft.graph.policyPlatformType")
        .expect("policyPlatformType");
    assert!(!platform.is_flags);
    let members: Vec<(&str, Option<i64>)> = platform
        .members
        .iter()
        .map(|m| (m.name.as_ref(), m.value))
        .collect();
    assert_eq!(
        members,
        [
            ("android", Some(0)),
            ("androidForWork", Some(1)),
            ("iOS", Some(2)),
            ("macOS", Some(3)),
            ("windowsPhone81", Some(4)),
            ("windows81AndLater", Some(5)),
            ("windows10AndLater", Some(6)),
            ("all", Some(100)),
        ]
    );
    let users = metadata
        .entity_sets()
        .iter()
        .find(|s| s.name == "users")
        .expect("users");
    assert_eq!(users.entity_type, "microsoft.graph.user");
    let device_management = metadata
        .singletons()
        .iter()
        .find(|s| s.name == "deviceManagement")
        .expect("deviceManagement");
    assert_eq!(device_management.ty, "microsoft.graph.deviceManagement");
    // A type of a sub-namespace, through its alias-free qualified name.
    let call = metadata
        .structured_type("microsoft.graph.callRecords.callRecord")
        .expect("callRecord");
    assert_eq!(call.kind, Kind::Entity);
    assert!(
        metadata.structured_type("security.alert").is_none(),
        "not an alias"
    );
    assert!(
        metadata.structured_type("self.alert").is_some(),
        "the alias of microsoft.graph.security"
    );
}

#[test]
fn inline_and_out_of_line_annotations() {
    let metadata = Metadata::parse(
        r#"<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:Reference Uri="https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Core.V1.xml">
    <edmx:Include Namespace="Org.OData.Core.V1" Alias="Core" />
  </edmx:Reference>
  <edmx:DataServices>
    <Schema Namespace="ns" Alias="n" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <Annotations Target="n.thing/early">
        <Annotation Term="Core.Computed" />
        <Annotation Term="Core.Description" String="Set before its type &amp; property exist." />
      </Annotations>
      <ComplexType Name="thing" OpenType="true">
        <Property Name="early" Type="Edm.String" />
        <Property Name="inline" Type="Edm.Int32">
          <Annotation Term="Org.OData.Core.V1.Computed"><Bool>true</Bool></Annotation>
          <Annotation Term="Org.OData.Core.V1.Description"><String>Line &lt;one&gt;&#33;</String></Annotation>
          <Annotation Term="Org.OData.Core.V1.LongDescription" String="Long." />
        </Property>
        <Property Name="writable" Type="Edm.String">
          <Annotation Term="Org.OData.Core.V1.Computed" Bool="false" />
          <Annotation Term="Org.OData.Core.V1.Permissions" EnumMember="Org.OData.Core.V1.Permission/ReadWrite" />
        </Property>
        <Property Name="readable" Type="Edm.String">
          <Annotation Term="Org.OData.Core.V1.Permissions">
            <EnumMember>Org.OData.Core.V1.Permission/Read</EnumMember>
          </Annotation>
        </Property>
        <Unknown Anything="at all"><Nested /></Unknown>
      </ComplexType>
      <EnumType Name="color">
        <Member Name="red" Value="1"><Annotation Term="Core.Description" String="Red." /></Member>
      </EnumType>
      <Annotations Target="ns.color"><Annotation Term="Other.Vocabulary.Term" String="ignored" /></Annotations>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#,
    )
    .unwrap_or_else(|error| panic!("{error}"));
    let thing = metadata.structured_type("ns.thing").expect("thing");
    assert!(thing.open);
    // (name, computed, permissions read, description, long description)
    type Summary<'a> = (&'a str, bool, bool, Option<&'a str>, Option<&'a str>);
    let summary: Vec<Summary<'_>> = thing
        .properties
        .iter()
        .map(|p| {
            (
                p.name.as_ref(),
                p.computed,
                p.permissions_read,
                p.description(),
                p.long_description(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "early",
                true,
                false,
                Some("Set before its type & property exist."),
                None
            ),
            ("inline", true, false, Some("Line <one>!"), Some("Long.")),
            ("writable", false, false, None, None),
            ("readable", false, true, None, None),
        ]
    );
    let color = metadata.enum_type("n.color").expect("color");
    assert_eq!(color.members[0].description.as_deref(), Some("Red."));
    assert_eq!(color.description, None);
    let counts = metadata.counts();
    assert_eq!(
        (
            counts.annotation_targets,
            counts.annotations,
            counts.computed,
            counts.permissions_read,
            counts.descriptions
        ),
        (2, 10, 2, 1, 3)
    );
}

#[test]
fn a_missing_base_type_is_an_error_with_its_position() {
    let text = "<Schema Namespace=\"ns\" Alias=\"n\">\n  <EntityType Name=\"a\" BaseType=\"n.missing\" />\n</Schema>";
    assert_eq!(
        error_of(text),
        "line 2, column 3: base type `ns.missing` of `ns.a` is not declared"
    );
}

#[test]
fn a_missing_property_type_is_an_error_with_its_position() {
    let text = "<Schema Namespace=\"ns\">\n  <ComplexType Name=\"a\">\n    <Property Name=\"p\" Type=\"Collection(ns.gone)\" />\n  </ComplexType>\n</Schema>";
    assert_eq!(
        error_of(text),
        "line 3, column 5: type `ns.gone` of property `p` of `ns.a` is not declared"
    );
}

#[test]
fn a_missing_navigation_or_container_type_is_an_error() {
    let text = "<Schema Namespace=\"ns\"><EntityType Name=\"a\"><NavigationProperty Name=\"b\" Type=\"ns.b\" /></EntityType></Schema>";
    assert_eq!(
        error_of(text),
        "line 1, column 45: entity type `ns.b` of navigation property `b` of `ns.a` is not declared"
    );
    let text = "<Schema Namespace=\"ns\">\n<EntityContainer Name=\"c\">\n\t<Singleton Name=\"me\" Type=\"ns.user\" />\n</EntityContainer></Schema>";
    assert_eq!(
        error_of(text),
        "line 3, column 2: entity type `ns.user` of singleton `me` is not declared"
    );
}

#[test]
fn base_type_cycles_and_duplicates_are_errors() {
    let text = r#"<Schema Namespace="ns"><ComplexType Name="a" BaseType="ns.b" /><ComplexType Name="b" BaseType="ns.a" /></Schema>"#;
    assert_eq!(error_of(text), "line 1, column 24: `ns.a` derives from itself");
    let text = r#"<Schema Namespace="ns"><ComplexType Name="a" /><EntityType Name="a" /></Schema>"#;
    assert_eq!(error_of(text), "line 1, column 48: type `ns.a` is declared twice");
}

#[test]
fn a_truncated_document_is_an_error() {
    // The first 20,000 lines end inside an entity type.
    let end = V1_0
        .match_indices('\n')
        .nth(19_999)
        .map(|(i, _)| i)
        .expect("20,000 lines");
    assert_eq!(
        error_of(&V1_0[..end]),
        "line 19991, column 7: unexpected end of document: `<EntityType>` is not closed"
    );
    // Cut inside a tag.
    let cut = V1_0.find("<Property Name=\"sqlDurationMs\"").expect("property") + 20;
    assert_eq!(
        error_of(&V1_0[..cut]),
        "line 20000, column 9: malformed XML: syntax error: tag not closed: `>` not found before end of input"
    );
}

#[test]
fn malformed_xml_is_an_error_with_its_position() {
    assert_eq!(
        error_of("<Schema Namespace=\"ns\">\n  <ComplexType Name=\"a\">\n  </EnumType>\n</Schema>"),
        "line 3, column 3: malformed XML: ill-formed document: expected `</ComplexType>`, but `</EnumType>` was found"
    );
    assert_eq!(
        error_of("<Schema Namespace=\"ns\" Namespace=\"again\" />"),
        "line 1, column 1: malformed XML: an attribute of `<Schema>` is repeated"
    );
    assert_eq!(
        error_of("<Schema Namespace=\"ns\">\n <ComplexType BaseType=\"ns.b\" /></Schema>"),
        "line 2, column 2: `<ComplexType>` has no `Name` attribute"
    );
}

#[test]
fn entities_are_never_expanded() {
    let text = "<!DOCTYPE Schema [<!ENTITY boom \"ns.boom\">]>\n<Schema Namespace=\"ns\"><EnumType Name=\"e\"><Member Name=\"&boom;\" /></EnumType></Schema>";
    assert_eq!(
        error_of(text),
        "line 2, column 43: unknown entity `&boom;` (only the five XML entities and character references are read)"
    );
    let text = "<Schema Namespace=\"ns\"><Annotations Target=\"ns.e\"><Annotation Term=\"Org.OData.Core.V1.Description\"><String>&boom;</String></Annotation></Annotations></Schema>";
    assert_eq!(
        error_of(text),
        "line 1, column 108: unknown entity `&boom;` (only the five XML entities and character references are read)"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let depth = 10_000;
    let text = format!("{}{}", "<a>".repeat(depth), "</a>".repeat(depth));
    assert_eq!(
        error_of(&text),
        "line 1, column 301: elements nested deeper than 100 levels"
    );
}

#[test]
fn a_50_mb_attribute_is_an_error() {
    let huge = "x".repeat(50 * 1024 * 1024);
    let text = format!("<Schema Namespace=\"ns\">\n<ComplexType Name=\"{huge}\" />\n</Schema>");
    assert_eq!(
        error_of(&text),
        "line 2, column 1: attribute `Name` of `<ComplexType>` is 52428800 bytes long; the limit is 1048576"
    );
    // On an element the reader skips, it costs one scan and no error.
    let text = format!("<Schema Namespace=\"ns\"><Unknown Blob=\"{huge}\" /></Schema>");
    assert_eq!(Metadata::parse(&text).map(|m| m.counts().schemas), Ok(1));
}

#[test]
fn attributes_written_any_way_xml_allows_read_the_same() {
    // Single quotes, white space around `=` and between attributes, a
    // namespace prefix, entity and character references, no space between
    // two attributes (read by quick-xml's own attribute reader).
    let text = "<Schema Namespace = 'ns'\n\tAlias=\"n\">\
        <ComplexType\tName='a&amp;b' OpenType = \"true\" >\
          <Property x:Name=\"first&#x41;\" Type='Collection(n.c)' Nullable='false'/>\
          <Property Name=\"second\"Type=\"Edm.String\"/>\
        </ComplexType>\
        <EnumType Name=\"c\"><Member Name='m' Value = '7'/></EnumType>\
      </Schema>";
    let metadata = Metadata::parse(text).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(metadata.namespaces()[0].name, "ns");
    assert_eq!(metadata.namespaces()[0].alias.as_deref(), Some("n"));
    let ty = metadata.structured_type("ns.a&b").expect("a&b");
    assert!(ty.open);
    let properties: Vec<(&str, String, bool)> = ty
        .properties
        .iter()
        .map(|p| (p.name.as_ref(), p.ty.to_string(), p.nullable))
        .collect();
    assert_eq!(
        properties,
        [
            ("firstA", "Collection(ns.c)".to_owned(), false),
            ("second", "Edm.String".to_owned(), true)
        ]
    );
    let member = &metadata.enum_type("ns.c").expect("c").members[0];
    assert_eq!((member.name.as_ref(), member.value), ("m", Some(7)));
}

#[test]
fn attribute_names_and_values_of_every_length_read_the_same() {
    // The tag scanner reads names and values a word at a time: names of
    // 1 to 20 bytes (the wanted 8-byte `Nullable` among them), values of 0
    // to 40 bytes with and without a reference at their end, names longer
    // than sixteen bytes sharing their first sixteen, and a prefix.
    let mut properties = String::new();
    let mut expected = Vec::new();
    for len in 0..=40usize {
        let name: String = (0..len).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
        let (written, read) = if len % 3 == 0 {
            (format!("{name}&amp;"), format!("{name}&"))
        } else {
            (name.clone(), name)
        };
        let unknown = "u".repeat(len % 21 + 1);
        properties.push_str(&format!(
            "<Property {unknown}=\"1\" Name=\"{written}\" LongAttributeName0x=\"2\" LongAttributeName0y=\"3\" \
             p:Type=\"Edm.String\" Nullable=\"{}\"/>",
            if len % 2 == 0 { "false" } else { "true" }
        ));
        expected.push((read, len % 2 == 1));
    }
    let text = format!(
        "<Schema Namespace=\"ns\"><ComplexType Name=\"a\">{properties}\
         <NavigationProperty Name=\"n\" Type=\"ns.b\" ContainsTarget=\"true\"/></ComplexType>\
         <EntityType Name=\"b\"><Key><PropertyRef Name=\"id\"/></Key><Property Name=\"id\" Type=\"Edm.String\"/></EntityType></Schema>"
    );
    let metadata = Metadata::parse(&text).unwrap_or_else(|error| panic!("{error}"));
    let ty = metadata.structured_type("ns.a").expect("a");
    let read: Vec<(String, bool)> = ty
        .properties
        .iter()
        .map(|p| {
            assert_eq!(p.ty.to_string(), "Edm.String");
            (p.name.to_string(), p.nullable)
        })
        .collect();
    assert_eq!(read, expected);
    assert!(ty.navigation[0].contains_target);
    // A long name twice is an error, found by quick-xml's reader.
    assert_eq!(
        error_of("<Schema Namespace=\"ns\">\n <ComplexType Name=\"a\" LongAttributeName0x=\"1\" LongAttributeName0x=\"2\" />\n</Schema>"),
        "line 2, column 2: malformed XML: an attribute of `<ComplexType>` is repeated"
    );
}

#[test]
fn names_and_descriptions_borrow_from_the_document() {
    use std::borrow::Cow;
    let text = r#"<Schema Namespace="ns" Alias="n"><ComplexType Name="a">
      <Property Name="p" Type="n.a" /><Property Name="q&amp;" Type="Edm.String" />
      <Annotation Term="Org.OData.Core.V1.Description" String="A thing." /></ComplexType></Schema>"#;
    let metadata = Metadata::parse(text).unwrap_or_else(|error| panic!("{error}"));
    let ty = metadata.structured_type("ns.a").expect("a");
    // Copied: a value with an entity reference. Borrowed: everything else,
    // qualified names and names with their alias replaced too (their
    // namespace and name are two pieces of the document).
    let in_text = |piece: &str| {
        let range = text.as_bytes().as_ptr_range();
        range.contains(&piece.as_ptr()) && piece.len() <= text.len()
    };
    assert_eq!((ty.name.namespace(), ty.name.name()), ("ns", "a"));
    assert!(in_text(ty.name.namespace()) && in_text(ty.name.name()));
    assert!(matches!(ty.properties[0].name, Cow::Borrowed("p")));
    let p = &ty.properties[0].ty.name;
    assert_eq!(
        (p.namespace(), p.name(), p.to_string()),
        ("ns", "a", "ns.a".to_owned())
    );
    assert!(in_text(p.namespace()) && in_text(p.name()));
    assert!(matches!(&ty.properties[1].name, Cow::Owned(name) if name == "q&"));
    let q = &ty.properties[1].ty.name;
    assert_eq!((q.namespace(), q.name()), ("Edm", "String"));
    assert!(in_text(q.namespace()) && in_text(q.name()));
    let description = ty.description().expect("a description");
    assert_eq!(description, "A thing.");
    let in_text = text.as_bytes().as_ptr_range();
    assert!(in_text.contains(&description.as_ptr()), "a slice of the document");
}

#[test]
fn malformed_attributes_are_errors_with_their_position() {
    assert_eq!(
        error_of("<Schema Namespace=\"ns\">\n  <ComplexType Name=a />\n</Schema>"),
        "line 2, column 3: malformed XML: position 17: attribute value must be enclosed in `\"` or `'`"
    );
    assert_eq!(
        error_of("<Schema Namespace=\"ns\">\n  <ComplexType Name />\n</Schema>"),
        "line 2, column 3: malformed XML: position 17: attribute key must be directly followed by `=` or space"
    );
}
