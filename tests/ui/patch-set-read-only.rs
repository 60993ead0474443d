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
    #[graph(read_only)]
    pub last_modified_date_time: Option<String>,
}

fn main() {
    let _ = DeviceCategory::patch().last_modified_date_time("2017-01-01T00:00:00Z");
}
