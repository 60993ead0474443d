//! The `graph-schema` binary: output, errors and exit codes.

use std::process::Command;

const METADATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/v1.0.xml");

fn run(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_graph-schema"))
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("cannot run graph-schema: {error}"));
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn paths() {
    assert_eq!(
        run(&["paths", "--metadata", METADATA, "iosUpdateDeviceStatus"]),
        (
            0,
            "/deviceManagement/iosUpdateStatuses/{iosUpdateDeviceStatusId}\n".to_owned(),
            String::new()
        )
    );
    assert_eq!(
        run(&["paths", "--metadata", METADATA, "noSuchType"]),
        (
            2,
            String::new(),
            "graph-schema: unknown type `noSuchType`: the schema has no such entity or complex type\n"
                .to_owned()
        )
    );
    assert_eq!(
        run(&["paths", "--metadata", METADATA, "settingSource"]),
        (
            2,
            String::new(),
            "graph-schema: no entity set or singleton reaches `microsoft.graph.settingSource`\n".to_owned()
        )
    );
}

#[test]
fn generate() {
    let (code, out, err) = run(&["generate", "--metadata", METADATA, "settingSource"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        r#"/// `microsoft.graph.settingSource`, complex type.
#[derive(Debug, Clone, Default, PartialEq, graph_core::GraphEntity)]
#[graph(odata_type = "microsoft.graph.settingSource", complex)]
pub struct SettingSource {
    pub display_name: Option<String>,
    pub id: Option<String>,
    pub source_type: Option<SettingSourceType>,
    /// Properties this struct does not list, kept as read.
    #[graph(extra)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// `microsoft.graph.settingSourceType`, enum type.
#[derive(Debug, Clone, PartialEq, Eq, graph_core::GraphEnum)]
pub enum SettingSourceType {
    DeviceConfiguration,
    DeviceIntent,
    /// A member this enum does not list, as sent.
    #[graph(other)]
    Other(String),
}

/// The description of every struct and polymorphic enum above, for
/// `graph_schema::verify_all`.
pub const DESCRIPTIONS: &[&graph_core::describe::Description] = &[
    <SettingSource as graph_core::GraphEntity>::DESCRIPTION,
];
"#
    );
    assert_eq!(
        run(&["generate", "--metadata", METADATA, "nothing"]),
        (
            2,
            String::new(),
            "graph-schema: unknown type `nothing`: the schema has no such entity, complex or enum type\n"
                .to_owned()
        )
    );
    assert_eq!(
        run(&["generate", "--metadata", "/no/such/file.xml", "x"]),
        (
            2,
            String::new(),
            "graph-schema: cannot read /no/such/file.xml: No such file or directory (os error 2)\n"
                .to_owned()
        )
    );
}

#[test]
fn generate_navigation_and_family() {
    let (code, out, _) = run(&[
        "generate",
        "--metadata",
        METADATA,
        "--navigation",
        "--family",
        "deviceCompliancePolicy",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("pub enum DeviceCompliancePolicyFamily {\n    AndroidCompliancePolicy(AndroidCompliancePolicy),\n"), "{out}");
    assert!(
        out.contains(
            "    #[graph(navigation)]\n    pub assignments: Option<Vec<DeviceCompliancePolicyAssignment>>,\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("    #[graph(other)]\n    Other(graph_core::UnknownEntity),\n"),
        "{out}"
    );
}

#[test]
fn verify_names() {
    assert_eq!(
        run(&[
            "verify",
            "--metadata",
            METADATA,
            "managedDevice/deviceName",
            "managedDevice/deviceNmae",
            "complianceState"
        ]),
        (
            1,
            "ok: managedDevice/deviceName\nmissing: managedDevice/deviceNmae\nok: complianceState\n"
                .to_owned(),
            String::new()
        )
    );
}
