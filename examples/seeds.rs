//! The five seed entities end to end: read each page's example response,
//! build the request the page shows (beta, global cloud), print it in full,
//! and check its body against the page's example request byte for byte.
//! Exits non-zero on any mismatch.

use std::process::ExitCode;

use graph_core::{read_entity, ApiVersion, Cloud, Creatable, Endpoint, Error, GraphEntity};
use graph_entity::seeds::*;
use http::StatusCode;

/// Builds one seed's request from its example response.
type Builder = fn(&Endpoint, &Seed) -> Result<http::Request<Vec<u8>>, Error>;

/// Placeholder values for the parents of the item path: the placeholder's
/// name with `-1` (`{managedDevicesId}` → `managedDevicesId-1`).
fn parents<T: GraphEntity>() -> Vec<String> {
    let params: Vec<&str> = T::PATHS
        .first()
        .map(|path| path.params().collect())
        .unwrap_or_default();
    let parents = params.len().saturating_sub(1);
    params
        .iter()
        .take(parents)
        .map(|name| format!("{name}-1"))
        .collect()
}

fn build<T: Creatable>(endpoint: &Endpoint, seed: &Seed) -> Result<http::Request<Vec<u8>>, Error> {
    let entity: T = read_entity(StatusCode::OK, seed.response.as_bytes())?;
    let parents = parents::<T>();
    let parents: Vec<&str> = parents.iter().map(String::as_str).collect();
    let builder = if seed.method == "POST" {
        endpoint.create(&entity, &parents)
    } else {
        endpoint.update(&entity, &parents)
    };
    builder.bearer("{token}").build()
}

fn print(request: &http::Request<Vec<u8>>) {
    println!("{} {}", request.method(), request.uri());
    for (name, value) in request.headers() {
        let value = if value.is_sensitive() {
            "(sensitive)"
        } else {
            value.to_str().unwrap_or("(binary)")
        };
        println!("{name}: {value}");
    }
    println!();
    println!("{}", String::from_utf8_lossy(request.body()));
}

fn main() -> ExitCode {
    let endpoint = Endpoint::new(Cloud::Global, ApiVersion::Beta);
    let builders: [Builder; 5] = [
        build::<EmbeddedSimDeviceState>,
        build::<EmbeddedSimActivationCodePool>,
        build::<DeviceConfigurationState>,
        build::<DeviceComplianceDeviceStatus>,
        build::<IosUpdateDeviceStatus>,
    ];
    let mut failures = 0;
    for (seed, build) in SEEDS.iter().zip(builders) {
        println!("== {} ({})", seed.odata_type, seed.method);
        match build(&endpoint, seed) {
            Ok(request) => {
                print(&request);
                if request.method().as_str() != seed.method {
                    failures += 1;
                    println!("MISMATCH: the page sends {}\n", seed.method);
                } else if request.body() == minify(seed.request).as_bytes() {
                    println!("ok: the body is the page's example request, byte for byte\n");
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
                println!("ERROR: {error}\n");
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
