// `etag`, `odata_type` and `extra` fields are checked by type, not by how the
// type is spelled: an alias of `Option<String>` or of the JSON map is accepted.
use graph_core::GraphEntity;

type Text = String;
type Maybe<T> = Option<T>;
type Etag = Option<String>;
type Properties = serde_json::Map<String, serde_json::Value>;

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice")]
pub struct ManagedDevice {
    pub id: Maybe<Text>,
    #[graph(etag)]
    pub etag: Etag,
    #[graph(odata_type)]
    pub odata_type: Maybe<Text>,
    #[graph(extra)]
    pub extra: Properties,
}

fn main() {}
