mod reexport {
    pub use graph_core;
}

use reexport::graph_core::{Creatable, GraphEntity};

#[derive(Debug, Clone, Default, PartialEq, reexport::graph_core::GraphEntity)]
#[graph(
    crate = "reexport::graph_core",
    odata_type = "microsoft.graph.deviceCategory",
    path = "/deviceManagement/deviceCategories/{deviceCategoryId}"
)]
pub struct DeviceCategory {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub kind: Option<Kind>,
}

#[derive(Debug, Clone, PartialEq, reexport::graph_core::GraphEnum)]
#[graph(crate = "reexport::graph_core")]
pub enum Kind {
    Corporate,
    #[graph(other)]
    Other(String),
}

fn main() {
    let category = DeviceCategory {
        id: Some("1".into()),
        display_name: Some("Sales".into()),
        kind: Some(Kind::Corporate),
    };
    let _ = category.update_body();
    let _ = category.create_body();
    let _ = DeviceCategory::patch().display_name("Sales").clear_kind();
    assert_eq!(DeviceCategory::ODATA_TYPE, "microsoft.graph.deviceCategory");
}
