//! Path templates from the schema: the seed types and managedDevice, exact.

use graph_schema::Metadata;

fn v1_0() -> Metadata<'static> {
    Metadata::parse(include_str!("data/v1.0.xml")).unwrap_or_else(|error| panic!("{error}"))
}

fn paths(metadata: &Metadata, type_name: &str) -> Vec<String> {
    let ty = metadata
        .structured_type(type_name)
        .unwrap_or_else(|| panic!("{type_name} is not in v1.0"));
    metadata.paths(ty)
}

#[test]
fn seed_types() {
    let metadata = v1_0();
    // The seed struct's path (`/managedDevices/{managedDevicesId}/...`, from
    // the page) is not one the schema reaches: there is no `managedDevices`
    // entity set.
    assert_eq!(
        paths(&metadata, "deviceConfigurationState"),
        [
            "/deviceManagement/managedDevices/{managedDeviceId}/deviceConfigurationStates/{deviceConfigurationStateId}",
            "/me/managedDevices/{managedDeviceId}/deviceConfigurationStates/{deviceConfigurationStateId}",
            "/users/{userId}/managedDevices/{managedDeviceId}/deviceConfigurationStates/{deviceConfigurationStateId}",
            "/directoryObjects/{directoryObjectId}/microsoft.graph.user/managedDevices/{managedDeviceId}/deviceConfigurationStates/{deviceConfigurationStateId}",
            "/policies/featureRolloutPolicies/{featureRolloutPolicyId}/appliesTo/{directoryObjectId}/microsoft.graph.user/managedDevices/{managedDeviceId}/deviceConfigurationStates/{deviceConfigurationStateId}",
        ]
    );
    assert_eq!(
        paths(&metadata, "deviceComplianceDeviceStatus"),
        ["/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}/deviceStatuses/{deviceComplianceDeviceStatusId}"]
    );
    assert_eq!(
        paths(&metadata, "iosUpdateDeviceStatus"),
        ["/deviceManagement/iosUpdateStatuses/{iosUpdateDeviceStatusId}"]
    );
    // The embedded SIM seeds are beta-only.
    assert!(metadata.structured_type("embeddedSIMDeviceState").is_none());
    assert!(metadata
        .structured_type("embeddedSIMActivationCodePool")
        .is_none());
}

#[test]
fn managed_device() {
    assert_eq!(
        paths(&v1_0(), "microsoft.graph.managedDevice"),
        [
            "/deviceManagement/managedDevices/{managedDeviceId}",
            "/me/managedDevices/{managedDeviceId}",
            "/users/{userId}/managedDevices/{managedDeviceId}",
            "/directoryObjects/{directoryObjectId}/microsoft.graph.user/managedDevices/{managedDeviceId}",
            "/policies/featureRolloutPolicies/{featureRolloutPolicyId}/appliesTo/{directoryObjectId}/microsoft.graph.user/managedDevices/{managedDeviceId}",
        ]
    );
}

#[test]
fn derived_types_share_their_base_path_and_derived_navigations_cast() {
    let metadata = v1_0();
    assert_eq!(
        paths(&metadata, "androidCustomConfiguration"),
        ["/deviceManagement/deviceConfigurations/{deviceConfigurationId}"]
    );
    assert_eq!(
        paths(&metadata, "mobileAppContent"),
        [
            "/deviceAppManagement/mobileApps/{mobileAppId}/microsoft.graph.managedMobileLobApp/contentVersions/{mobileAppContentId}",
            "/deviceAppManagement/mobileApps/{mobileAppId}/microsoft.graph.mobileLobApp/contentVersions/{mobileAppContentId}",
        ]
    );
    assert_eq!(paths(&metadata, "deviceManagement"), ["/deviceManagement"]);
    assert!(
        paths(&metadata, "settingSource").is_empty(),
        "a complex type has no paths"
    );
}

#[test]
fn cycles_and_depth_are_bounded() {
    // `a` contains `a` and `b`; `b` contains `a`: no type twice on a path.
    let metadata = Metadata::parse(
        r#"<Schema Namespace="ns">
  <EntityType Name="a"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" />
    <NavigationProperty Name="children" Type="Collection(ns.a)" ContainsTarget="true" />
    <NavigationProperty Name="b" Type="ns.b" ContainsTarget="true" />
  </EntityType>
  <EntityType Name="b"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" />
    <NavigationProperty Name="items" Type="Collection(ns.a)" ContainsTarget="true" />
  </EntityType>
  <EntityContainer Name="c"><EntitySet Name="as" EntityType="ns.a" /></EntityContainer>
</Schema>"#,
    )
    .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(paths(&metadata, "ns.a"), ["/as/{aId}"]);
    assert_eq!(paths(&metadata, "ns.b"), ["/as/{aId}/b"]);
}
