use graph_core::GraphEntity;

// Aliases pass the derive's spelling checks; the type assertions then
// refuse a wrong type at the field's type.
type Tag = String;
type Bag = Vec<String>;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice")]
pub struct ManagedDevice {
    pub id: Option<String>,
    #[graph(etag)]
    pub etag: Tag,
    #[graph(extra)]
    pub extra: Bag,
}

fn main() {}
