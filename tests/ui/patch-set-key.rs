use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories/{deviceCategoryId}"
)]
pub struct DeviceCategory {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
}

fn main() {
    let _ = DeviceCategory::patch().id("1");
}
