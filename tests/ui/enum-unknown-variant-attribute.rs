use graph_core::GraphEnum;

#[derive(GraphEnum)]
pub enum ComplianceState {
    Compliant,
    #[graph(renam = "inGracePeriod")]
    InGrace,
}

fn main() {}
