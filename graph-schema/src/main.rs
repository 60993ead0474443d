//! `graph-schema`: generate structs, list paths and verify types from
//! Graph's CSDL (`$metadata`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use graph_schema::{Metadata, Options};

/// Microsoft Graph's schema for graph-core structs.
#[derive(Parser)]
#[command(name = "graph-schema", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print annotated structs and enums for the types and what they reach.
    Generate {
        /// The CSDL document (`https://graph.microsoft.com/v1.0/$metadata`, saved).
        #[arg(long)]
        metadata: PathBuf,
        /// Add navigation properties as `#[graph(navigation)]` fields.
        #[arg(long)]
        navigation: bool,
        /// Add a polymorphic enum for each named type that has derived types.
        #[arg(long)]
        family: bool,
        /// Type names: `managedDevice`, `microsoft.graph.managedDevice` or `graph.managedDevice`.
        #[arg(required = true)]
        types: Vec<String>,
    },
    /// Print the path templates under which the schema reaches an entity type.
    Paths {
        /// The CSDL document.
        #[arg(long)]
        metadata: PathBuf,
        /// The entity type.
        r#type: String,
    },
    /// Check that the schema has these types and properties: `TYPE` or
    /// `TYPE/property` (structs themselves are verified from Rust, with
    /// `graph_schema::verify_all` in a test).
    Verify {
        /// The CSDL document.
        #[arg(long)]
        metadata: PathBuf,
        /// `managedDevice` or `managedDevice/deviceName`.
        #[arg(required = true)]
        names: Vec<String>,
    },
}

fn read(path: &PathBuf) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|error| format!("cannot read {}: {error}", path.display()))
}

/// The schema in `text`, read from `path` (the model borrows from `text`).
fn parse<'a>(text: &'a str, path: &std::path::Path) -> Result<Metadata<'a>, String> {
    Metadata::parse(text).map_err(|error| format!("{}: {error}", path.display()))
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Generate {
            metadata,
            navigation,
            family,
            types,
        } => {
            let text = read(&metadata)?;
            let metadata = parse(&text, &metadata)?;
            let names: Vec<&str> = types.iter().map(String::as_str).collect();
            let code = graph_schema::generate(&metadata, &names, Options { navigation, family })
                .map_err(|error| error.to_string())?;
            print!("{code}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Paths { metadata, r#type } => {
            let text = read(&metadata)?;
            let metadata = parse(&text, &metadata)?;
            let ty = metadata.structured_type(&r#type).ok_or_else(|| {
                format!("unknown type `{type}`: the schema has no such entity or complex type")
            })?;
            let paths = metadata.paths(ty);
            if paths.is_empty() {
                return Err(format!("no entity set or singleton reaches `{}`", ty.name));
            }
            for path in paths {
                println!("{path}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Verify { metadata, names } => {
            let text = read(&metadata)?;
            let metadata = parse(&text, &metadata)?;
            let mut missing = 0;
            for name in &names {
                let (type_name, property) = match name.split_once('/') {
                    Some((t, p)) => (t, Some(p)),
                    None => (name.as_ref(), None),
                };
                let found = match (metadata.structured_type(type_name), property) {
                    (Some(ty), Some(p)) => {
                        metadata.property(ty, p).is_some() || metadata.navigation_property(ty, p).is_some()
                    }
                    (Some(_), None) => true,
                    (None, None) => metadata.enum_type(type_name).is_some(),
                    (None, Some(_)) => false,
                };
                if found {
                    println!("ok: {name}");
                } else {
                    println!("missing: {name}");
                    missing += 1;
                }
            }
            Ok(if missing == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("graph-schema: {message}");
            ExitCode::from(2)
        }
    }
}
