use graph_core::GraphEntity;

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfigurationAssignment", complex)]
pub struct Assignment {
    pub id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.deviceConfiguration")]
pub struct DeviceConfiguration {
    pub display_name: Option<String>,
    #[graph(navigation)]
    pub assignments: Option<Vec<Assignment>>,
}

fn main() {
    let _ = DeviceConfiguration::patch().assignments(Vec::new());
}
