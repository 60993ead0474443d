use graph_core::GraphEnum;

#[derive(GraphEnum)]
#[graph(flags)]
pub enum BrandingOptions {
    IncludeCompanyLogo,
    IncludeCompanyName,
    #[graph(other)]
    Unknown,
}

fn main() {}
