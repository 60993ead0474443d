use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceCategory")]
pub union DeviceCategory {
    id: u32,
    count: i32,
}

fn main() {}
