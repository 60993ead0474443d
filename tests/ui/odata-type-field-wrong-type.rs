use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice")]
pub struct ManagedDevice {
    pub id: Option<String>,
    #[graph(odata_type)]
    pub odata_type: String,
}

fn main() {}
