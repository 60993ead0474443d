use graph_core::{Flags, GraphEntity, GraphEnum};

#[derive(Debug, Clone, PartialEq, GraphEnum)]
pub enum BrowserType {
    NotConfigured,
    MicrosoftEdge,
}

#[derive(Debug, Clone, Default, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.managedAppProtection", complex)]
pub struct Protection {
    pub browsers: Option<Flags<BrowserType>>,
}

fn main() {}
