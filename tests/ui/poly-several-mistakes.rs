use graph_core::{GraphEntity, UnknownEntity};

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.iosCustomConfiguration")]
pub struct IosCustomConfiguration {
    #[graph(key)]
    pub id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfiguration")]
pub enum AnyDeviceConfiguration {
    Ios(IosCustomConfiguration),
    IosAgain(IosCustomConfiguration),
    Windows(IosCustomConfiguration, u8),
    #[graph(other, other)]
    Other(UnknownEntity),
}

fn main() {}
