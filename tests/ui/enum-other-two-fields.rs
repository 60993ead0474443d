use graph_core::GraphEnum;

#[derive(GraphEnum)]
pub enum ComplianceState {
    Compliant,
    #[graph(other)]
    Other(String, String),
}

fn main() {}
