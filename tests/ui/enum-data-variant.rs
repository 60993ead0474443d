use graph_core::GraphEnum;

#[derive(GraphEnum)]
pub enum ComplianceState {
    Compliant,
    Noncompliant(String),
    #[graph(other)]
    Other(String),
}

fn main() {}
