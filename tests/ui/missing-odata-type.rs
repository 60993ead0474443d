use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(path = "/deviceManagement/deviceCategories/{deviceCategoryId}")]
pub struct DeviceCategory {
    #[graph(key)]
    pub id: Option<String>,
}

fn main() {}
