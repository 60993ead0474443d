use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.settingSource", complex)]
pub struct SettingSource {
    #[graph(key)]
    pub id: Option<String>,
}

fn main() {}
