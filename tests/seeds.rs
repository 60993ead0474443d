//! The five seed pages end to end: each example response is read, and the
//! body built from it is the page's example request, byte for byte.

use graph_core::{Creatable, GraphEntity};
use graph_entity::seeds::*;
use serde_json::{json, Value};

fn read<T: GraphEntity>(text: &str) -> T {
    match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => panic!("{error}"),
    }
}

fn to_string<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("serializes")
}

#[test]
fn embedded_sim_device_state_update_body_is_the_example_request() {
    let seed = SEEDS[0];
    let state: EmbeddedSimDeviceState = read(seed.response);
    assert_eq!(to_string(&state.update_body()), minify(seed.request));
    assert_eq!(to_string(&state), minify(seed.response));
}

#[test]
fn embedded_sim_activation_code_pool_update_body_is_the_example_request() {
    let seed = SEEDS[1];
    let pool: EmbeddedSimActivationCodePool = read(seed.response);
    assert_eq!(to_string(&pool.update_body()), minify(seed.request));
    assert_eq!(to_string(&pool), minify(seed.response));
    assert_eq!(pool.activation_codes.as_ref().map(Vec::len), Some(1));
}

#[test]
fn device_configuration_state_update_body_is_the_example_request() {
    let seed = SEEDS[2];
    let state: DeviceConfigurationState = read(seed.response);
    assert_eq!(to_string(&state.update_body()), minify(seed.request));
    assert_eq!(to_string(&state), minify(seed.response));
    assert_eq!(state.platform_type, Some(PolicyPlatformType::AndroidForWork));
}

#[test]
fn device_compliance_device_status_update_body_is_the_example_request() {
    let seed = SEEDS[3];
    let status: DeviceComplianceDeviceStatus = read(seed.response);
    assert_eq!(to_string(&status.update_body()), minify(seed.request));
    assert_eq!(to_string(&status), minify(seed.response));
}

#[test]
fn ios_update_device_status_create_body_is_the_example_request() {
    let seed = SEEDS[4];
    let status: IosUpdateDeviceStatus = read(seed.response);
    assert_eq!(to_string(&status.create_body()), minify(seed.request));
    assert_eq!(to_string(&status), minify(seed.response));
    assert_eq!(status.install_status, Some(IosUpdatesInstallStatus::Available));
}

#[test]
fn datetimes_are_written_back_byte_for_byte() {
    let status: DeviceComplianceDeviceStatus = read(SEEDS[3].response);
    let body = to_string(&status.update_body());
    assert!(body.contains(r#""complianceGracePeriodExpirationDateTime":"2016-12-31T23:56:44.951111-08:00""#));
    assert!(body.contains(r#""lastReportedDateTime":"2017-01-01T00:00:17.7769392-08:00""#));
}

#[test]
fn paths_are_the_templates_written() {
    assert_eq!(
        EmbeddedSimDeviceState::PATHS[0].as_str(),
        "/deviceManagement/embeddedSIMActivationCodePools/{embeddedSIMActivationCodePoolId}/deviceStates/{embeddedSIMDeviceStateId}"
    );
    assert_eq!(
        DeviceConfigurationState::PATHS[0].as_str(),
        "/managedDevices/{managedDevicesId}/deviceConfigurationStates/{deviceConfigurationStateId}"
    );
    assert!(EmbeddedSimActivationCode::PATHS.is_empty());
}

#[test]
fn properties_are_the_json_names_in_field_order() {
    assert_eq!(
        DeviceComplianceDeviceStatus::PROPERTIES,
        [
            "id",
            "deviceDisplayName",
            "userName",
            "deviceModel",
            "platform",
            "complianceGracePeriodExpirationDateTime",
            "status",
            "lastReportedDateTime",
            "userPrincipalName",
        ]
    );
}

#[test]
fn reading_accepts_any_order_and_annotations() {
    let status: DeviceComplianceDeviceStatus = read(
        r#"{"platform": 8, "@odata.context": "https://graph.microsoft.com/beta/$metadata#x", "id": "1",
            "@odata.type": "microsoft.graph.deviceComplianceDeviceStatus", "deviceModel@odata.type": "String",
            "unknownProperty": {"nested": [1, 2]}}"#,
    );
    assert_eq!(
        status,
        DeviceComplianceDeviceStatus {
            id: Some("1".into()),
            platform: Some(8),
            ..Default::default()
        }
    );
}

/// Reads `text` as `T`, expecting an error, and gives its message.
fn error_of<T: GraphEntity + std::fmt::Debug>(text: &str) -> String {
    match serde_json::from_str::<T>(text) {
        Ok(value) => panic!("read {value:?} from {text}"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn bad_inputs_give_errors_naming_the_property() {
    let cases: &[(&str, &str)] = &[
        (
            r##"{"@odata.type": "#microsoft.graph.deviceCompliancePolicy"}"##,
            "expected @odata.type microsoft.graph.deviceComplianceDeviceStatus, found microsoft.graph.deviceCompliancePolicy at line 1 column 58",
        ),
        (
            r#"{"platform": 3000000000}"#,
            "platform: invalid value: integer `3000000000`, expected i32 at line 1 column 24",
        ),
        (
            r#"{"platform": "8"}"#,
            "platform: invalid type: string \"8\", expected i32 at line 1 column 17",
        ),
        (
            r#"{"deviceModel": 3}"#,
            "deviceModel: invalid type: integer `3`, expected a string at line 1 column 18",
        ),
        (
            r#"{"lastReportedDateTime": "2017-01-01T00:00:17"}"#,
            "lastReportedDateTime: invalid DateTimeOffset `2017-01-01T00:00:17`: missing offset, expected `Z` or `±HH:MM` after the time at line 1 column 47",
        ),
        (
            r#"{"userName": "a", "userName": "b"}"#,
            "duplicate field `userName` at line 1 column 28",
        ),
        (
            r##"{"@odata.type": "#microsoft.graph.deviceComplianceDeviceStatus", "@odata.type": "x"}"##,
            "duplicate field `@odata.type` at line 1 column 78",
        ),
        (r#"{"status": 2}"#, "status: invalid type: integer `2`, expected a member of ComplianceStatus at line 1 column 13"),
        (r#"[]"#, "invalid type: sequence, expected a microsoft.graph.deviceComplianceDeviceStatus object at line 1 column 0"),
    ];
    let mismatches: Vec<String> = cases
        .iter()
        .filter_map(|(input, expected)| {
            let actual = error_of::<DeviceComplianceDeviceStatus>(input);
            (actual != *expected).then(|| format!("input: {input}\n  actual: {actual}\nexpected: {expected}"))
        })
        .collect();
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn unknown_enum_members_are_kept_or_refused() {
    let state: EmbeddedSimDeviceState = read(r#"{"state": "suspended"}"#);
    assert_eq!(
        state.state,
        Some(EmbeddedSimDeviceStateValue::Other("suspended".into()))
    );
    assert_eq!(
        to_string(&state),
        r##"{"@odata.type":"#microsoft.graph.embeddedSIMDeviceState","state":"suspended"}"##
    );

    #[derive(Debug, Clone, PartialEq, graph_core::GraphEnum)]
    enum Strict {
        On,
        Off,
    }
    #[derive(Debug, Clone, PartialEq, graph_core::GraphEnum)]
    enum Lenient {
        On,
        #[graph(other)]
        Unknown,
    }
    let error = serde_json::from_str::<Strict>(r#""dimmed""#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown member `dimmed` of enum Strict at line 1 column 8"
    );
    assert_eq!(
        serde_json::from_str::<Lenient>(r#""dimmed""#).unwrap(),
        Lenient::Unknown
    );
    assert_eq!(
        serde_json::to_string(&Lenient::Unknown).unwrap_err().to_string(),
        "cannot write an unknown member of Lenient: it was not kept (hold it in `Unknown(String)` to keep it)"
    );
    assert_eq!(serde_json::to_value(Strict::Off).unwrap(), json!("off"));
    let _ = Strict::On;
    let _ = Lenient::On;
}

#[test]
fn nested_errors_name_the_path() {
    let error = error_of::<DeviceConfigurationState>(r#"{"settingStates": [{"errorCode": "x"}]}"#);
    assert_eq!(
        error,
        "settingStates[0].errorCode: invalid type: string \"x\", expected i64 at line 1 column 39"
    );
}

#[test]
fn full_representation_reads_back_equal() {
    let state: DeviceConfigurationState = read(SEEDS[2].response);
    let again: DeviceConfigurationState = read(&to_string(&state));
    assert_eq!(again, state);
    let value: Value = serde_json::to_value(&state).unwrap();
    assert_eq!(
        value["@odata.type"],
        json!("#microsoft.graph.deviceConfigurationState")
    );
}

mod requests {
    use super::*;
    use graph_core::{ApiVersion, Cloud, Endpoint};

    const CLOUDS: [(Cloud, &str); 4] = [
        (Cloud::Global, "https://graph.microsoft.com"),
        (Cloud::UsGovL4, "https://graph.microsoft.us"),
        (Cloud::UsGovL5Dod, "https://dod-graph.microsoft.us"),
        (Cloud::China, "https://microsoftgraph.chinacloudapi.cn"),
    ];

    /// Checks one request against the expected method, URL below the
    /// version root, and body, on every cloud and version.
    fn check_everywhere(
        build: impl Fn(&Endpoint) -> http::Request<Vec<u8>>,
        method: &str,
        path: &str,
        body: &str,
    ) {
        for (cloud, base) in CLOUDS {
            for (version, segment) in [(ApiVersion::V1, "v1.0"), (ApiVersion::Beta, "beta")] {
                let request = build(&Endpoint::new(cloud.clone(), version));
                assert_eq!(request.method().as_str(), method);
                assert_eq!(request.uri().to_string(), format!("{base}/{segment}{path}"));
                let headers: Vec<(String, String)> = request
                    .headers()
                    .iter()
                    .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned()))
                    .collect();
                assert_eq!(
                    headers,
                    [
                        ("accept".to_owned(), "application/json".to_owned()),
                        ("content-type".to_owned(), "application/json".to_owned()),
                    ]
                );
                assert_eq!(String::from_utf8_lossy(request.body()), body);
            }
        }
    }

    #[test]
    fn every_seed_request_is_built_exactly() {
        let state: EmbeddedSimDeviceState = read(SEEDS[0].response);
        check_everywhere(
            |endpoint| endpoint.update(&state, &["pool 1"]).build().unwrap(),
            "PATCH",
            "/deviceManagement/embeddedSIMActivationCodePools/pool%201/deviceStates/908884a3-84a3-9088-a384-8890a3848890",
            &minify(SEEDS[0].request),
        );
        let pool: EmbeddedSimActivationCodePool = read(SEEDS[1].response);
        check_everywhere(
            |endpoint| endpoint.update(&pool, &[]).build().unwrap(),
            "PATCH",
            "/deviceManagement/embeddedSIMActivationCodePools/ec308741-8741-ec30-4187-30ec418730ec",
            &minify(SEEDS[1].request),
        );
        let configuration: DeviceConfigurationState = read(SEEDS[2].response);
        check_everywhere(
            |endpoint| endpoint.update(&configuration, &["device/1"]).build().unwrap(),
            "PATCH",
            "/managedDevices/device%2F1/deviceConfigurationStates/11692784-2784-1169-8427-691184276911",
            &minify(SEEDS[2].request),
        );
        let compliance: DeviceComplianceDeviceStatus = read(SEEDS[3].response);
        check_everywhere(
            |endpoint| endpoint.update(&compliance, &["policy?1"]).build().unwrap(),
            "PATCH",
            "/deviceManagement/deviceCompliancePolicies/policy%3F1/deviceStatuses/c6c78124-8124-c6c7-2481-c7c62481c7c6",
            &minify(SEEDS[3].request),
        );
        let ios: IosUpdateDeviceStatus = read(SEEDS[4].response);
        check_everywhere(
            |endpoint| endpoint.create(&ios, &[]).build().unwrap(),
            "POST",
            "/deviceManagement/iosUpdateStatuses",
            &minify(SEEDS[4].request),
        );
    }
}
