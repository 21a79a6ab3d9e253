//! Float parameters (ECS's `SpotPriceLimit` and its kin) are written as the official Tea Python
//! SDK writes them, checked against `specs/floats/python-str.json` (made by
//! `specs/tools/gen_float_text.py` with Python's own `str()`), and NaN or an infinity is refused
//! before anything is sent.

use std::fs;
use std::path::Path;

use aliyun_rpc::{Client, Credentials, Error, ParamWriter, Rpc, RpcAction, SignatureVersion};

#[derive(Rpc)]
#[rpc(action = "RunInstances")]
#[rpc(version = "2014-05-26", endpoint = "ecs.aliyuncs.com")]
struct RunInstances {
    spot_price_limit: f64,
    cpu_over_commit_ratio: Option<f32>,
    max_price: Vec<f64>,
}

fn spot(price: f64) -> RunInstances {
    RunInstances {
        spot_price_limit: price,
        cpu_over_commit_ratio: None,
        max_price: Vec::new(),
    }
}

fn written(action: &impl RpcAction, name: &str) -> String {
    let mut writer = ParamWriter::new();
    action.write_params(&mut writer);
    let params = writer.finish().expect("a finite value is valid");
    params
        .get(name)
        .expect("the parameter is written")
        .to_owned()
}

#[test]
fn every_vector_is_written_as_python_writes_it() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/floats/python-str.json");
    let vectors: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).expect("the vectors exist")).unwrap();
    let cases = vectors["cases"].as_array().expect("a list of cases");
    assert!(cases.len() > 400, "the vectors are complete");
    let mut differences = Vec::new();
    for case in cases {
        let bits: u64 = case["bits"].as_str().unwrap().parse().unwrap();
        let expected = case["text"].as_str().unwrap();
        let value = f64::from_bits(bits);
        let text = written(&spot(value), "SpotPriceLimit");
        if text != expected {
            differences.push(format!("{value:?}: wrote {text}, Python writes {expected}"));
        }
    }
    assert!(differences.is_empty(), "{differences:#?}");
}

#[test]
fn f32_lists_and_options_use_the_same_text() {
    let action = RunInstances {
        spot_price_limit: 0.98,
        cpu_over_commit_ratio: Some(0.1),
        max_price: vec![1.0, 2.5e-5],
    };
    assert_eq!(written(&action, "CpuOverCommitRatio"), "0.1");
    assert_eq!(written(&action, "MaxPrice.1"), "1.0");
    assert_eq!(written(&action, "MaxPrice.2"), "2.5e-05");
    assert_eq!(
        (RunInstances::FIELDS[0].shape)().kind(),
        "number",
        "the shape is what the metadata calls a float"
    );
}

#[tokio::test]
async fn a_non_finite_value_is_refused_before_anything_is_sent() {
    // No server listens here: a request that left the machine would fail to connect instead.
    let client = Client::builder()
        .endpoint("http://127.0.0.1:9/")
        .credentials(Credentials::new("id", "secret"))
        .signature_version(SignatureVersion::V3)
        .build()
        .unwrap();
    for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let error = client.call(&spot(value)).await.unwrap_err();
        let Error::InvalidRequest { problems, .. } = &error else {
            panic!("{value}: not an invalid request: {error:?}");
        };
        assert_eq!(problems.len(), 1, "{value}");
        assert_eq!(problems[0].name, "SpotPriceLimit");
        assert!(
            problems[0].to_string().contains("not a finite number"),
            "{}",
            problems[0]
        );
    }
}
