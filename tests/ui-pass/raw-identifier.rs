use graph_core::{GraphEntity, GraphEnum};

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.keyValue", complex)]
pub struct KeyValue {
    pub r#type: Option<String>,
    pub r#ref: Option<String>,
    pub r#match: Option<Kind>,
}

#[derive(Debug, Clone, PartialEq, GraphEnum)]
pub enum Kind {
    r#Type,
    r#Match,
}

fn main() {
    assert_eq!(KeyValue::PROPERTIES, ["type", "ref", "match"]);
    assert_eq!(Kind::r#Type.as_str(), "type");
    let _ = KeyValue::patch().r#type("a").clear_ref().clear_match();
}
