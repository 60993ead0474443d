use graph_core::{GraphEntity, Patch, UnknownEntity};

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub struct DeviceConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.iosCustomConfiguration")]
pub struct IosCustomConfiguration {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub payload_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceConfiguration",
    path = "/deviceManagement/deviceConfigurations/{deviceConfigurationId}"
)]
pub enum AnyConfiguration {
    Base(DeviceConfiguration),
    Ios(IosCustomConfiguration),
    #[graph(other)]
    Other(UnknownEntity),
}

#[test]
fn dispatches() {
    let text = r##"[{"@odata.type":"#microsoft.graph.iosCustomConfiguration","id":"1","payloadName":"p"},{"id":"2","@odata.type":"#microsoft.graph.deviceConfiguration","displayName":"d"},{"id":"3"},{"@odata.type":"#microsoft.graph.future","id":"4","x":[1]}]"##;
    let items: Vec<AnyConfiguration> = serde_json::from_str(text).unwrap();
    assert!(matches!(items[0], AnyConfiguration::Ios(_)));
    assert!(matches!(items[1], AnyConfiguration::Base(_)));
    assert!(matches!(items[2], AnyConfiguration::Base(_)));
    assert!(matches!(items[3], AnyConfiguration::Other(_)));
    assert_eq!(
        serde_json::to_string(&items).unwrap(),
        r##"[{"@odata.type":"#microsoft.graph.iosCustomConfiguration","id":"1","payloadName":"p"},{"@odata.type":"#microsoft.graph.deviceConfiguration","id":"2","displayName":"d"},{"@odata.type":"#microsoft.graph.deviceConfiguration","id":"3"},{"@odata.type":"#microsoft.graph.future","id":"4","x":[1]}]"##
    );
    let p = items[0].changes_since(&items[1]);
    assert!(!p.is_empty());
    assert_eq!(serde_json::to_string(&p).unwrap_err().to_string(), "cannot patch microsoft.graph.deviceConfiguration into microsoft.graph.iosCustomConfiguration: a patch changes the properties of one type");
}
