use graph_core::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.settingSource", complex)]
pub struct SettingSource {
    pub id: Option<String>,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.settingSource")]
pub enum AnySource {
    Setting(SettingSource, SettingSource),
}

fn main() {}
