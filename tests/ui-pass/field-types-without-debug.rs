// Deriving GraphEntity asks nothing of the field types beyond what reading,
// writing and diffing need (serde traits, `PartialEq` and `Clone`): no `Debug`.
use graph_core::{GraphEntity, GraphEnum};

#[derive(Clone, PartialEq, GraphEnum)]
pub enum State {
    Installed,
    #[graph(other)]
    Other(String),
}

#[derive(Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.settingSource", complex)]
pub struct Source {
    pub id: Option<String>,
}

#[derive(Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice")]
pub struct Device {
    pub state: Option<State>,
    pub source: Option<Source>,
}

fn main() {
    let _ = Device::patch().clear_state();
}
