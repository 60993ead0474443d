//! The five seed entities end to end: read each page's example response,
//! build the request the page shows, print it, and check its body against
//! the page's example request byte for byte. Exits non-zero on a mismatch.

use std::process::ExitCode;

use graph_core::Creatable;
use graph_entity::seeds::*;
use serde::Serialize;

/// What one seed page's request would be, built from its example response.
struct Built {
    method: &'static str,
    template: &'static str,
    body: String,
}

/// Builds one seed's request from its example response.
type Builder = fn(&Seed) -> Result<Built, serde_json::Error>;

fn build<T: Creatable>(seed: &Seed) -> Result<Built, serde_json::Error> {
    let entity: T = serde_json::from_str(seed.response)?;
    let template = T::PATHS.first().map_or("", |path| path.as_str());
    let (template, body) = if seed.method == "POST" {
        let collection = template.rsplit_once('/').map_or(template, |(parent, _)| parent);
        (collection, to_json(&entity.create_body())?)
    } else {
        (template, to_json(&entity.update_body())?)
    };
    Ok(Built {
        method: seed.method,
        template,
        body,
    })
}

fn to_json<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string(value)
}

fn main() -> ExitCode {
    let builders: [Builder; 5] = [
        build::<EmbeddedSimDeviceState>,
        build::<EmbeddedSimActivationCodePool>,
        build::<DeviceConfigurationState>,
        build::<DeviceComplianceDeviceStatus>,
        build::<IosUpdateDeviceStatus>,
    ];
    let mut failures = 0;
    for (seed, build) in SEEDS.iter().zip(builders) {
        println!("== {}", seed.odata_type);
        match build(seed) {
            Ok(built) => {
                println!("{} {}", built.method, built.template);
                println!("{}", built.body);
                if built.body == minify(seed.request) {
                    println!("ok: the body is the page's example request\n");
                } else {
                    failures += 1;
                    println!(
                        "MISMATCH: the page's example request is\n{}\n",
                        minify(seed.request)
                    );
                }
            }
            Err(error) => {
                failures += 1;
                println!("ERROR reading the example response: {error}\n");
            }
        }
    }
    if failures == 0 {
        println!("all {} seeds reproduced", SEEDS.len());
        ExitCode::SUCCESS
    } else {
        println!("{failures} of {} seeds failed", SEEDS.len());
        ExitCode::FAILURE
    }
}
