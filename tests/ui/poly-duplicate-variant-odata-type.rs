use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.iosCustomConfiguration")]
pub struct IosCustomConfiguration {
    #[graph(key)]
    pub id: Option<String>,
}

// Another struct for the same OData type: a copy-paste slip.
#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.iosCustomConfiguration")]
pub struct IosGeneralDeviceConfiguration {
    #[graph(key)]
    pub id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfiguration")]
pub enum AnyDeviceConfiguration {
    Custom(IosCustomConfiguration),
    General(IosGeneralDeviceConfiguration),
}

fn main() {}
