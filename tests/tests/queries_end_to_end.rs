//! The Domain query actions and pagination against `domain-emulator` on 127.0.0.1, under both
//! signature versions and both response formats.

mod support;

use support::emulator_client;

use std::time::Duration;

use aliyun_rpc::{Client, Format, SignatureVersion};
use domain_api::{
    OrderRenewParam, QueryDomainByDomainName, QueryDomainList, QueryTaskDetailList, QueryTaskList,
    SaveBatchTaskForCreatingOrderRenew, SaveSingleTaskForCreatingOrderRenew, TaskStatus, all_items,
};
use domain_emulator::{Emulator, EmulatorConfig};
use futures_util::StreamExt;

const SETTINGS: [(Format, SignatureVersion); 3] = [
    (Format::Json, SignatureVersion::V1),
    (Format::Xml, SignatureVersion::V1),
    (Format::Json, SignatureVersion::V3),
];

fn client(emulator: &Emulator, format: Format, version: SignatureVersion) -> Client {
    emulator_client(emulator)
        .format(format)
        .signature_version(version)
        .build()
        .unwrap()
}

#[tokio::test]
async fn domain_listing_streams_every_domain_across_pages() {
    let emulator = Emulator::start(EmulatorConfig::new()).await.unwrap();
    let total = emulator.domains().len();
    assert!(total >= 9, "the demo account has {total} domains");
    for (format, version) in SETTINGS {
        let client = client(&emulator, format, version);
        // Pages of 3: at least three pages.
        let names: Vec<String> = all_items(&client, QueryDomainList::new(3))
            .map(|item| item.unwrap().domain_name)
            .collect()
            .await;
        assert_eq!(names.len(), total, "{format:?} {version:?}");
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), total, "no domain twice");
        let first = client.call(&QueryDomainList::new(3)).await.unwrap();
        assert!(first.next_page && first.total_page_num >= 3);
        assert!(first.items.iter().all(|d| d.expiration_date_long.is_some()));
    }
}

#[tokio::test]
async fn a_renewal_is_followed_to_its_per_domain_outcome() {
    let emulator = Emulator::start(EmulatorConfig::new().task_step(Duration::from_millis(20)))
        .await
        .unwrap();
    let domains = emulator.domains();
    let (good, stale) = (&domains[0], &domains[1]);
    for (format, version) in SETTINGS {
        let client = client(&emulator, format, version);
        let good_now = client
            .call(&QueryDomainByDomainName::new(&good.domain_name))
            .await
            .unwrap();
        let expiration = good_now.expiration_date_long.expect("an expiration");
        let renewal = SaveBatchTaskForCreatingOrderRenew::new([
            OrderRenewParam::new(&good.domain_name, 1, expiration),
            // A stale expiration: the service refuses to renew on an outdated date.
            OrderRenewParam::new(
                &stale.domain_name,
                1,
                stale.expiration_date_long - 86_400_000,
            ),
        ]);
        let task = client.call(&renewal).await.unwrap();
        let mut details = Vec::new();
        for _ in 0..200 {
            details = all_items(&client, QueryTaskDetailList::new(&task.task_no, 1))
                .map(|d| d.unwrap())
                .collect()
                .await;
            if details.len() == 2 && details.iter().all(|d| d.status().is_terminal()) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let status_of = |name: &str| details.iter().find(|d| d.domain_name == name).unwrap();
        assert_eq!(
            status_of(&good.domain_name).status(),
            TaskStatus::ExecuteSuccess,
            "{format:?} {version:?}"
        );
        let refused = status_of(&stale.domain_name);
        assert_eq!(refused.status(), TaskStatus::ExecuteFailure);
        assert!(refused.failure_reason().is_some());
        let after = client
            .call(&QueryDomainByDomainName::new(&good.domain_name))
            .await
            .unwrap();
        assert!(after.expiration_date_long.unwrap() > expiration + 364 * 86_400_000);
        let tasks: Vec<_> = all_items(&client, QueryTaskList::new(1))
            .map(|t| t.unwrap().task_no)
            .collect()
            .await;
        assert!(tasks.contains(&task.task_no));
    }
}

#[tokio::test]
async fn a_single_domain_renewal_works_and_an_unknown_domain_is_refused() {
    let emulator = Emulator::start(EmulatorConfig::new()).await.unwrap();
    let domains: Vec<_> = emulator
        .domains()
        .into_iter()
        .filter(|d| !d.premium)
        .collect();
    for (index, (format, version)) in SETTINGS.into_iter().enumerate() {
        let client = client(&emulator, format, version);
        let error = client
            .call(&SaveSingleTaskForCreatingOrderRenew::new(
                "no-such-domain.example",
                1,
                0,
            ))
            .await
            .unwrap_err();
        assert_eq!(
            error.as_service().map(|s| s.code()),
            Some("DomainNotExist"),
            "{format:?} {version:?}"
        );
        let domain = &domains[index];
        let task = client
            .call(&SaveSingleTaskForCreatingOrderRenew::new(
                &domain.domain_name,
                2,
                domain.expiration_date_long,
            ))
            .await
            .unwrap_or_else(|e| panic!("{format:?} {version:?}: {e}"));
        assert!(!task.task_no.is_empty());
        assert_eq!(emulator.orders_for(&domain.domain_name), 1);
    }
}
