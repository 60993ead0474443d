use graph_core::GraphEnum;

#[derive(GraphEnum)]
pub enum ComplianceState {
    Compliant,
    #[graph(other)]
    Other(u32),
}

fn main() {}
