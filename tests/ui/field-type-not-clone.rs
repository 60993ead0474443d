use graph_core::{GraphEntity, GraphEnum};

#[derive(Debug, PartialEq, GraphEnum)]
pub enum ComplianceState {
    Compliant,
    #[graph(other)]
    Other(String),
}

#[derive(Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice")]
pub struct ManagedDevice {
    pub id: Option<String>,
    pub compliance_state: Option<ComplianceState>,
}

fn main() {}
