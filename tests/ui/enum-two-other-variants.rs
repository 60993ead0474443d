use graph_core::GraphEnum;

#[derive(GraphEnum)]
pub enum ComplianceState {
    Compliant,
    #[graph(other)]
    Other(String),
    #[graph(other)]
    Unknown,
}

fn main() {}
