use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.iosCustomConfiguration")]
pub struct IosCustomConfiguration {
    #[graph(key)]
    pub id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfiguration")]
pub enum AnyDeviceConfiguration {
    Ios(IosCustomConfiguration, String),
}

fn main() {}
