use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory")]
pub struct DeviceCategory {
    #[graph(key, write_only)]
    pub id: Option<String>,
}

fn main() {}
