use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.termsAndConditions",
    path = "/deviceManagement/termsAndConditions/{termsAndConditionsId}"
)]
pub struct TermsAndConditions {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(immutable)]
    pub display_name: Option<String>,
    pub title: Option<String>,
}

fn main() {
    let _ = TermsAndConditions::patch().display_name("Terms");
}
