use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory")]
pub struct DeviceCategory {
    #[graph(readonly)]
    pub id: Option<String>,
}

fn main() {}
