use graph_core::GraphEnum;

#[derive(GraphEnum)]
pub enum ComplianceState {
    Compliant,
    #[graph(rename = "compliant")]
    AlsoCompliant,
}

fn main() {}
