use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories/{}"
)]
pub struct DeviceCategory {
    #[graph(key)]
    pub id: Option<String>,
}

fn main() {}
