use graph_core::GraphEnum;

#[derive(GraphEnum)]
pub struct ComplianceState {
    pub value: String,
}

fn main() {}
