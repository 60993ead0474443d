/// `microsoft.graph.alert`, entity type.
#[derive(Debug, Clone, Default, PartialEq, graph_core::GraphEntity)]
#[graph(odata_type = "microsoft.graph.alert", path = "/alerts/{alertId}")]
pub struct Alert {
    #[graph(key)]
    pub id: Option<String>,
    pub root: Option<Node>,
    pub duration: Option<graph_core::Duration>,
    #[graph(read_only)]
    pub created: Option<chrono::DateTime<chrono::FixedOffset>>,
    #[graph(navigation)]
    pub related: Option<Vec<SecurityAlert>>,
    /// The `@odata.type` read: a type deriving from this one is written back as itself.
    #[graph(odata_type)]
    pub odata_type: Option<String>,
    /// Properties this struct does not list, kept as read.
    #[graph(extra)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// `microsoft.graph.level`, enum type.
#[derive(Debug, Clone, PartialEq, Eq, graph_core::GraphEnum)]
pub enum Level {
    Low,
    Other,
    #[graph(rename = "iOS")]
    Ios,
    /// A member this enum does not list, as sent.
    #[graph(other)]
    OtherMember(String),
}

/// `microsoft.graph.node`, complex type.
#[derive(Debug, Clone, Default, PartialEq, graph_core::GraphEntity)]
#[graph(odata_type = "microsoft.graph.node", complex)]
pub struct Node {
    pub r#type: Option<String>,
    pub child: Option<Box<Node>>,
    pub children: Option<Vec<Node>>,
    #[graph(rename = "azureADId")]
    pub azure_ad_id: Option<String>,
    pub level: Option<Level>,
    /// Properties this struct does not list, kept as read.
    #[graph(extra)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// `microsoft.graph.security.alert`, entity type.
#[derive(Debug, Clone, Default, PartialEq, graph_core::GraphEntity)]
#[graph(odata_type = "microsoft.graph.security.alert")]
pub struct SecurityAlert {
    #[graph(key)]
    pub id: Option<String>,
    pub title: Option<String>,
    /// Properties this struct does not list, kept as read.
    #[graph(extra)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// `microsoft.graph.specialAlert`, entity type.
#[derive(Debug, Clone, Default, PartialEq, graph_core::GraphEntity)]
#[graph(odata_type = "microsoft.graph.specialAlert", path = "/alerts/{alertId}")]
pub struct SpecialAlert {
    #[graph(key)]
    pub id: Option<String>,
    pub root: Option<Node>,
    pub duration: Option<graph_core::Duration>,
    #[graph(read_only)]
    pub created: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub blob: Option<graph_core::Binary>,
    #[graph(navigation)]
    pub related: Option<Vec<SecurityAlert>>,
    /// Properties this struct does not list, kept as read.
    #[graph(extra)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// `microsoft.graph.alert` or any type deriving from it, chosen by `@odata.type`.
#[derive(Debug, Clone, PartialEq, graph_core::GraphEntity)]
#[graph(odata_type = "microsoft.graph.alert", path = "/alerts/{alertId}")]
pub enum AlertFamily {
    Alert(Alert),
    SpecialAlert(SpecialAlert),
    /// A derived type this enum does not list, kept whole.
    #[graph(other)]
    Other(graph_core::UnknownEntity),
}

/// The description of every struct and polymorphic enum above, for
/// `graph_schema::verify_all`.
pub const DESCRIPTIONS: &[&graph_core::describe::Description] = &[
    <Alert as graph_core::GraphEntity>::DESCRIPTION,
    <Node as graph_core::GraphEntity>::DESCRIPTION,
    <SecurityAlert as graph_core::GraphEntity>::DESCRIPTION,
    <SpecialAlert as graph_core::GraphEntity>::DESCRIPTION,
    <AlertFamily as graph_core::GraphEntity>::DESCRIPTION,
];
