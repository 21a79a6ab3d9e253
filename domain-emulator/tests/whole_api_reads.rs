//! Every read action of Domain 2018-01-29 over loopback HTTP: each answers in JSON and XML with
//! only the fields of the service's documented response (`specs/domain/examples/<Action>.json`),
//! refuses a missing required parameter with `Missing<Name>`, and the modelled ones answer from
//! the account's state.

mod support;

use std::path::Path;

use domain_emulator::{DomainRecord, EMULATED_ACTIONS, Emulator};
use serde_json::Value;
use support::{
    Params, answer, assert_refused, call, call_xml, emulator_holding, renew, task_details,
};

/// The spec of the whole API, in the repository beside the crate.
fn spec(relative: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../specs/domain")
        .join(relative);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Fields newer than the 2024 schemas, by action and field name: the official Tea SDK's models
/// (`alibabacloud-domain20180129`) have them, and `scripts/official-sdk-emulator-check.sh` checks
/// that those models keep them.
const NEWER_THAN_THE_SCHEMA: [(&str, &str); 12] = [
    ("QueryDomainByDomainName", "Registrar"),
    ("QueryDomainByDomainName", "PrivacyServiceStatus"),
    ("QueryDomainByDomainName", "CnnicPrivacyServiceStatus"),
    ("QueryDomainByInstanceId", "PrivacyServiceStatus"),
    ("QueryDomainByInstanceId", "CnnicPrivacyServiceStatus"),
    ("QueryDomainList", "AutoRenewEnabled"),
    ("QueryDomainList", "Registrar"),
    ("QueryDomainList", "ChgholderStatus"),
    ("QueryDomainList", "DnsList"),
    ("QueryTaskList", "TaskTypeCode"),
    ("QueryTaskList", "TaskBizType"),
    ("QueryTaskList", "TaskResult"),
];

/// The key paths of `value` that `schema` (the metadata's response schema) does not describe.
fn undocumented(value: &Value, schema: &Value, path: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(fields) => {
            let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
                return;
            };
            for (key, inner) in fields {
                let here = format!("{path}.{key}");
                match properties.get(key) {
                    Some(inner_schema) => undocumented(inner, inner_schema, &here, out),
                    None => out.push(here),
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for item in items {
                    undocumented(item, item_schema, &format!("{path}[]"), out);
                }
            }
        }
        _ => {}
    }
}

/// Each read action with parameters it accepts on the account of [`account`], and whether it
/// then succeeds (the ones about records the emulator never holds refuse every id).
fn reads(instance_id: &str) -> Vec<(&'static str, Params, bool)> {
    let s = |v: &str| v.to_owned();
    let a_com = || ("DomainName", s("a.com"));
    let page = || vec![("PageNum", s("1")), ("PageSize", s("10"))];
    let instance = || ("InstanceId", s(instance_id));
    vec![
        (
            "BatchFuzzyMatchDomainSensitiveWord",
            vec![("Keyword", s("shop,blog"))],
            true,
        ),
        ("CheckDomain", vec![("DomainName", s("free.com"))], true),
        (
            "CheckDomainSunriseClaim",
            vec![("DomainName", s("free.com"))],
            true,
        ),
        (
            "CheckMaxYearOfServerLock",
            vec![a_com(), ("CheckAction", s("activate"))],
            true,
        ),
        ("CheckProcessingServerLockApply", vec![a_com()], true),
        (
            "CheckTransferInFeasibility",
            vec![("DomainName", s("free.com"))],
            true,
        ),
        (
            "FuzzyMatchDomainSensitiveWord",
            vec![("Keyword", s("shop"))],
            true,
        ),
        ("ListEmailVerification", vec![], true),
        ("ListServerLock", vec![], true),
        (
            "LookupTmchNotice",
            vec![("ClaimKey", s("2017/claim"))],
            false,
        ),
        ("PollTaskResult", page(), true),
        ("QueryAdvancedDomainList", page(), true),
        ("QueryArtExtension", vec![a_com()], true),
        ("QueryChangeLogList", page(), true),
        (
            "QueryContactInfo",
            vec![a_com(), ("ContactType", s("admin"))],
            true,
        ),
        ("QueryDSRecord", vec![a_com()], true),
        ("QueryDnsHost", vec![instance()], true),
        ("QueryDomainAdminDivision", vec![], true),
        ("QueryDomainByDomainName", vec![a_com()], true),
        ("QueryDomainByInstanceId", vec![instance()], true),
        ("QueryDomainGroupList", vec![], true),
        ("QueryDomainList", page(), true),
        ("QueryDomainRealNameVerificationInfo", vec![a_com()], true),
        ("QueryDomainSuffix", vec![], true),
        (
            "QueryEmailVerification",
            vec![("Email", s("owner@example.com"))],
            true,
        ),
        ("QueryEnsAssociation", vec![a_com()], true),
        (
            "QueryFailReasonForDomainRealNameVerification",
            vec![
                ("DomainName", s("failed.cn")),
                ("RealNameVerificationAction", s("AUDIT")),
            ],
            true,
        ),
        (
            "QueryFailReasonForRegistrantProfileRealNameVerification",
            vec![("RegistrantProfileID", s("1000001"))],
            true,
        ),
        (
            "QueryFailingReasonListForQualification",
            vec![
                ("QualificationType", s("tm")),
                instance(),
                ("Limit", s("5")),
            ],
            true,
        ),
        ("QueryLocalEnsAssociation", vec![a_com()], true),
        (
            "QueryOperationAuditInfoDetail",
            vec![("AuditRecordId", s("1"))],
            false,
        ),
        ("QueryOperationAuditInfoList", vec![], true),
        (
            "QueryQualificationDetail",
            vec![instance(), ("QualificationType", s("tm"))],
            true,
        ),
        (
            "QueryRegistrantProfileRealNameVerificationInfo",
            vec![("RegistrantProfileId", s("1000001"))],
            true,
        ),
        ("QueryRegistrantProfiles", vec![], true),
        ("QueryServerLock", vec![], true),
        (
            "QueryTaskDetailHistory",
            vec![("TaskNo", s("t")), ("PageSize", s("5"))],
            true,
        ),
        (
            "QueryTaskDetailList",
            [vec![("TaskNo", s("t"))], page()].concat(),
            true,
        ),
        ("QueryTaskInfoHistory", vec![("PageSize", s("5"))], true),
        ("QueryTaskList", page(), true),
        ("QueryTransferInByInstanceId", vec![instance()], false),
        ("QueryTransferInList", page(), true),
        ("QueryTransferOutInfo", vec![a_com()], true),
        ("ScrollDomainList", vec![], true),
        (
            "VerifyContactField",
            vec![("Email", s("ops@example.org"))],
            true,
        ),
    ]
}

/// `a.com`, renewed once, and `failed.cn`, whose real-name verification failed, under another
/// registrant.
async fn account() -> Emulator {
    let emulator = emulator_holding([
        DomainRecord::expiring_in_days("a.com", 100),
        DomainRecord {
            registrant_name: "Second Owner".to_owned(),
            email: "second@example.org".to_owned(),
            ..DomainRecord::expiring_in_days("failed.cn", 300).real_name_status("FAILED")
        },
    ])
    .await;
    renew(&emulator, "a.com").await;
    emulator.finish_tasks().unwrap();
    emulator
}

#[tokio::test]
async fn every_read_action_answers_json_and_xml_in_the_documented_shape() {
    let emulator = account().await;
    let instance_id = emulator.domain("a.com").unwrap().instance_id;
    let reads = reads(&instance_id);
    let spec_actions = spec("actions.json");
    let mut spec_reads: Vec<&str> = spec_actions["actions"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, action)| action["operation"] == "read")
        .map(|(name, _)| name.as_str())
        .collect();
    spec_reads.sort_unstable();
    let covered: Vec<&str> = reads.iter().map(|(name, _, _)| *name).collect();
    assert_eq!(covered, spec_reads, "the table lists every read action");
    let mut extra = Vec::new();
    for (action, params, succeeds) in &reads {
        assert!(EMULATED_ACTIONS.contains(action), "{action}");
        let (status, body) = call(&emulator, action, params).await;
        assert_eq!(status == 200, *succeeds, "{action}: {body}");
        let (xml_status, xml) = call_xml(&emulator, action, params).await;
        assert_eq!(xml_status, status, "{action}: {xml}");
        if !succeeds {
            assert!(body["Code"].is_string(), "{action}: {body}");
            continue;
        }
        let mut found = Vec::new();
        let schema = &spec(&format!("examples/{action}.json"))["schema"];
        undocumented(&body, schema, action, &mut found);
        extra.extend(found.into_iter().filter(|path| {
            let field = path.rsplit('.').next().unwrap_or_default();
            !NEWER_THAN_THE_SCHEMA.contains(&(*action, field))
        }));
        assert!(
            xml.starts_with("<?xml") && xml.contains(&format!("<{action}Response>")),
            "{action}: {xml}"
        );
        // Every parameter the spec requires, when left out, is named in the refusal.
        let required = spec_actions["actions"][action]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["required"] == true)
            .map(|p| p["name"].as_str().unwrap());
        for name in required {
            let without: Vec<(&str, String)> =
                params.iter().filter(|(n, _)| *n != name).cloned().collect();
            let expected = format!("Missing{name}");
            assert_refused(&emulator, action, &without, (400, &expected)).await;
        }
    }
    assert!(extra.is_empty(), "undocumented fields: {extra:?}");
}

#[tokio::test]
async fn task_results_and_the_change_log_follow_the_tasks() {
    let emulator = account().await;
    let page = |extra: &[(&'static str, &str)]| {
        let mut params = vec![("PageNum", "1".to_owned()), ("PageSize", "10".to_owned())];
        params.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
        params
    };
    let renewal =
        answer(&emulator, "QueryTaskList", &page(&[])).await["Data"]["TaskInfo"][0]["TaskNo"]
            .as_str()
            .unwrap()
            .to_owned();
    let polled = answer(&emulator, "PollTaskResult", &page(&[("TaskNo", &renewal)])).await;
    assert_eq!(polled["TotalItemNum"], 1, "{polled}");
    let mut detail = task_details(&emulator, &renewal).await[0].clone();
    detail.as_object_mut().unwrap().remove("FailReason");
    assert_eq!(polled["Data"]["TaskDetail"][0], detail);
    let failures = page(&[("TaskResultStatus", "3")]);
    let none = answer(&emulator, "PollTaskResult", &failures).await;
    assert_eq!(none["TotalItemNum"], 0, "{none}");
    let log = answer(
        &emulator,
        "QueryChangeLogList",
        &page(&[("DomainName", "a.com")]),
    )
    .await;
    let entry = &log["Data"]["ChangeLog"][0];
    assert_eq!(
        (&entry["DomainName"], &entry["Result"], &entry["Operation"]),
        (
            &Value::from("a.com"),
            &Value::from("Success"),
            &Value::from("Renew domain")
        ),
        "{log}"
    );
    let other = answer(
        &emulator,
        "QueryChangeLogList",
        &page(&[("DomainName", "failed.cn")]),
    )
    .await;
    assert_eq!(other["TotalItemNum"], 0, "{other}");
    assert_refused(
        &emulator,
        "PollTaskResult",
        &page(&[("TaskResultStatus", "1")]),
        (400, "ParameterIllegal"),
    )
    .await;
}

#[tokio::test]
async fn registrants_are_profiles_and_their_addresses_verified() {
    let emulator = account().await;
    let profiles = answer(&emulator, "QueryRegistrantProfiles", &[]).await;
    let listed = profiles["RegistrantProfiles"]["RegistrantProfile"]
        .as_array()
        .unwrap();
    let summary: Vec<(i64, &str, bool)> = listed
        .iter()
        .map(|p| {
            (
                p["RegistrantProfileId"].as_i64().unwrap(),
                p["Email"].as_str().unwrap(),
                p["DefaultRegistrantProfile"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (1_000_001, "owner@example.com", true),
            (1_000_002, "second@example.org", false)
        ]
    );
    let second = [("Email", "second@example.org".to_owned())];
    let filtered = answer(&emulator, "QueryRegistrantProfiles", &second).await;
    assert_eq!(filtered["TotalItemNum"], 1, "{filtered}");
    let reasons = [("RegistrantProfileID", "1000002".to_owned())];
    let failed = answer(
        &emulator,
        "QueryFailReasonForRegistrantProfileRealNameVerification",
        &reasons,
    )
    .await;
    assert_eq!(failed["Data"].as_array().unwrap().len(), 1, "{failed}");
    let unknown = [("RegistrantProfileId", "42".to_owned())];
    assert_refused(
        &emulator,
        "QueryRegistrantProfileRealNameVerificationInfo",
        &unknown,
        (400, "ParameterIllegal"),
    )
    .await;

    let one_a_page = [("PageNum", "1".to_owned()), ("PageSize", "1".to_owned())];
    let first = answer(&emulator, "ListEmailVerification", &one_a_page).await;
    assert_eq!(
        (&first["TotalItemNum"], &first["NextPage"]),
        (&Value::from(2), &Value::from(true)),
        "{first}"
    );
    assert_eq!(first["Data"][0]["VerificationStatus"], 1);
    let stranger = [("Email", "nobody@example.net".to_owned())];
    let never = answer(&emulator, "QueryEmailVerification", &stranger).await;
    assert_eq!(never["VerificationStatus"], 0, "{never}");
}

#[tokio::test]
async fn checks_answer_from_the_account() {
    let emulator = account().await;
    let check = async |name: &str| {
        answer(&emulator, "CheckDomain", &[("DomainName", name.to_owned())]).await
    };
    assert_eq!(check("a.com").await["Avail"], "0");
    assert_eq!(check("free.com").await["Avail"], "1");
    assert_refused(
        &emulator,
        "CheckDomain",
        &[("DomainName", "no-dot".to_owned())],
        (400, "ParameterIllegal"),
    )
    .await;
    let feasible = async |name: &str| {
        let params = [("DomainName", name.to_owned())];
        answer(&emulator, "CheckTransferInFeasibility", &params).await["CanTransfer"].clone()
    };
    assert_eq!(feasible("a.com").await, false);
    assert_eq!(feasible("elsewhere.com").await, true);
    // a.com expires in about 100 days plus the year it was renewed by: one whole year left.
    let lock = [
        ("DomainName", "a.com".to_owned()),
        ("CheckAction", "renew".to_owned()),
    ];
    let max = answer(&emulator, "CheckMaxYearOfServerLock", &lock).await;
    assert_eq!(max["MaxYear"], 1, "{max}");
    let suffixes = answer(&emulator, "QueryDomainSuffix", &[]).await;
    let list = suffixes["SuffixList"]["Suffix"].as_array().unwrap();
    assert!(list.contains(&Value::from("cn")) && list.contains(&Value::from("com")));
    let reasons = [
        ("DomainName", "a.com".to_owned()),
        ("RealNameVerificationAction", "AUDIT".to_owned()),
    ];
    let none = answer(
        &emulator,
        "QueryFailReasonForDomainRealNameVerification",
        &reasons,
    )
    .await;
    assert_eq!(none["Data"], Value::Array(Vec::new()), "{none}");
    let bad_email = [("Email", "not-an-address".to_owned())];
    assert_refused(
        &emulator,
        "VerifyContactField",
        &bad_email,
        (400, "InvalidParameter"),
    )
    .await;
}
