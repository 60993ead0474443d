use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_typ = "microsoft.graph.deviceCategory")]
pub struct DeviceCategory {
    pub id: Option<String>,
}

fn main() {}
