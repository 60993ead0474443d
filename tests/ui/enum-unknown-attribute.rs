use graph_core::GraphEnum;

#[derive(GraphEnum)]
#[graph(flag)]
pub enum BrandingOptions {
    IncludeCompanyLogo,
    IncludeCompanyName,
}

fn main() {}
