use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory")]
pub enum DeviceCategory {
    Corporate,
    Personal,
}

fn main() {}
