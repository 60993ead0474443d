use graph_core::GraphEnum;

#[derive(GraphEnum)]
#[graph(flags, flags)]
pub enum BrandingOptions {
    IncludeCompanyLogo,
    IncludeCompanyName,
}

fn main() {}
