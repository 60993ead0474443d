use graph_core::GraphEntity;

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfiguration")]
pub struct DeviceConfiguration {
    #[graph(key, navigation)]
    pub id: Option<String>,
}

fn main() {}
