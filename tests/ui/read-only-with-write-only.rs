use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory")]
pub struct DeviceCategory {
    #[graph(read_only, write_only)]
    pub display_name: Option<String>,
}

fn main() {}
