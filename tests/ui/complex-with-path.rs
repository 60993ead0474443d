use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.settingSource",
    complex,
    path = "/deviceManagement/settingSources/{settingSourceId}"
)]
pub struct SettingSource {
    pub id: Option<String>,
}

fn main() {}
