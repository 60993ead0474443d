use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "")]
pub struct DeviceCategory {
    pub id: Option<String>,
}

fn main() {}
