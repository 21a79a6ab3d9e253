//! The renewal workflow against `domain-emulator`: choosing domains, batches, polling through
//! pages, task failures and an expiration mismatch, and no domain ordered twice.

mod support;

use support::emulator_client;

use std::sync::Mutex;
use std::time::Duration;

use aliyun_rpc::{Client, SignatureVersion};
use domain_api::workflow::{Outcome, Progress, Renewal};
use domain_api::{QueryDomainByDomainName, SaveSingleTaskForCreatingOrderRenew};
use domain_emulator::{Emulator, EmulatorConfig};

async fn emulator() -> Emulator {
    Emulator::start(EmulatorConfig::new().task_step(Duration::from_millis(20)))
        .await
        .unwrap()
}

fn client(emulator: &Emulator, version: SignatureVersion) -> Client {
    emulator_client(emulator)
        .signature_version(version)
        .build()
        .unwrap()
}

fn fast(renewal: Renewal) -> Renewal {
    renewal
        .poll_interval(Duration::from_millis(20), Duration::from_millis(100))
        .poll_timeout(Duration::from_secs(20))
}

#[tokio::test]
async fn everything_expiring_soon_is_renewed_once_across_pages_and_batches() {
    for version in [SignatureVersion::V1, SignatureVersion::V3] {
        let emulator = emulator().await;
        let client = client(&emulator, version);
        let plan = fast(Renewal::expiring_within(400).permit_premium(true))
            .page_size(2)
            .batch_size(3)
            .plan(&client)
            .await
            .unwrap();
        let planned = plan.entries.len();
        assert!(
            planned >= 6,
            "at least three pages of two domains: {planned}"
        );
        assert!(plan.batches().len() >= 2);
        let events = Mutex::new(Vec::new());
        let report = plan
            .execute(&client, &|p| events.lock().unwrap().push(p))
            .await;
        let (renewed, failed, unknown) = report.counts();
        assert_eq!(
            (renewed, failed, unknown),
            (planned, 0, 0),
            "{version:?}: {report:#?}"
        );
        for outcome in &report.outcomes {
            assert_eq!(
                emulator.orders_for(&outcome.domain_name),
                1,
                "{} ordered once",
                outcome.domain_name
            );
            let Outcome::Renewed {
                new_expiration_ms: Some(new),
            } = outcome.outcome
            else {
                panic!("{outcome:?}")
            };
            assert!(new > outcome.previous_expiration_ms.unwrap() + 364 * 86_400_000);
        }
        let submitted = events
            .lock()
            .unwrap()
            .iter()
            .filter(|e| matches!(e, Progress::Submitted { .. }))
            .count();
        assert_eq!(submitted, plan_batches(planned, 3));
    }
}

/// The names of the emulator's domains, in its order.
fn domain_names(emulator: &Emulator) -> Vec<String> {
    domain_names_where(emulator, |_| true)
}

/// The names of the emulator's domains that `wanted` accepts.
fn domain_names_where(
    emulator: &Emulator,
    wanted: impl Fn(&domain_emulator::DomainRecord) -> bool,
) -> Vec<String> {
    let domains = emulator.domains();
    domains
        .iter()
        .filter(|domain| wanted(domain))
        .map(|domain| domain.domain_name.clone())
        .collect()
}

fn plan_batches(entries: usize, size: usize) -> usize {
    entries.div_ceil(size)
}

#[tokio::test]
async fn a_domain_renewed_elsewhere_meanwhile_fails_on_its_stale_expiration() {
    let emulator = emulator().await;
    let client = client(&emulator, SignatureVersion::V1);
    let names: Vec<String> = domain_names(&emulator).into_iter().take(3).collect();
    let plan = fast(Renewal::domains(names.clone()).permit_premium(true))
        .plan(&client)
        .await
        .unwrap();
    // Someone renews the second domain after the plan read its expiration.
    let now = client
        .call(&QueryDomainByDomainName::new(&names[1]))
        .await
        .unwrap();
    let task = client
        .call(
            &SaveSingleTaskForCreatingOrderRenew::new(
                &names[1],
                1,
                now.expiration_date_long.unwrap(),
            )
            .permit_premium_renew(),
        )
        .await
        .unwrap();
    assert!(!task.task_no.is_empty());
    tokio::time::sleep(Duration::from_millis(300)).await;

    let report = plan.execute(&client, &|_| {}).await;
    let outcome_of = |name: &str| {
        report
            .outcomes
            .iter()
            .find(|o| o.domain_name == *name)
            .unwrap()
    };
    assert!(matches!(
        outcome_of(&names[0]).outcome,
        Outcome::Renewed { .. }
    ));
    assert!(matches!(
        outcome_of(&names[2]).outcome,
        Outcome::Renewed { .. }
    ));
    let Outcome::Failed { reason } = &outcome_of(&names[1]).outcome else {
        panic!("{report:#?}")
    };
    assert!(reason.to_lowercase().contains("expiration"), "{reason}");
    assert_eq!(
        emulator.orders_for(&names[1]),
        2,
        "one order elsewhere, one from the run, no more"
    );
    assert_eq!(report.counts(), (2, 1, 0));
}

#[tokio::test]
async fn names_given_twice_or_unknown_are_planned_once_or_refused() {
    let emulator = emulator().await;
    let client = client(&emulator, SignatureVersion::V1);
    let first = emulator.domains()[0].domain_name.clone();
    let plan = fast(
        Renewal::domains([
            first.clone(),
            first.to_uppercase(),
            "not-mine.example".into(),
        ])
        .permit_premium(true),
    )
    .plan(&client)
    .await
    .unwrap();
    assert_eq!(plan.entries.len(), 1);
    assert_eq!(plan.refused.len(), 1);
    let report = plan.execute(&client, &|_| {}).await;
    assert_eq!(report.counts(), (1, 1, 0));
    assert_eq!(emulator.orders_for(&first), 1);
    assert_eq!(emulator.orders_for("not-mine.example"), 0);
}

#[tokio::test]
async fn premium_domains_are_left_out_unless_permitted() {
    let emulator = emulator().await;
    let client = client(&emulator, SignatureVersion::V1);
    let premium = domain_names_where(&emulator, |domain| domain.premium);
    assert!(!premium.is_empty(), "the demo account has a premium domain");
    let plan = fast(Renewal::domains(premium.clone()))
        .plan(&client)
        .await
        .unwrap();
    assert!(plan.entries.is_empty());
    assert_eq!(plan.refused.len(), premium.len());
}
