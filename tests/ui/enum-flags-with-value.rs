use graph_core::GraphEnum;

#[derive(GraphEnum)]
#[graph(flags = true)]
pub enum BrandingOptions {
    IncludeCompanyLogo,
    IncludeCompanyName,
}

fn main() {}
