use graph_core::{GraphEntity, GraphEnum};

#[derive(Debug, Clone, GraphEnum)]
pub enum ComplianceState {
    Compliant,
    #[graph(other)]
    Other(String),
}

#[derive(Debug, Clone, GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedDevice")]
pub struct ManagedDevice {
    pub id: Option<String>,
    pub compliance_state: Option<ComplianceState>,
}

fn main() {}
