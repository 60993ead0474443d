use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "deviceCategory", path = "deviceCategories/{id}", readonly)]
pub struct DeviceCategory {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(key)]
    pub other_id: Option<String>,
    #[graph(read_only, write_only)]
    pub display_name: Option<String>,
    #[graph(rename = "displayName")]
    pub name: Option<String>,
    #[graph(etag)]
    pub etag: u32,
    #[graph(imutable)]
    pub description: Option<String>,
}

fn main() {}
