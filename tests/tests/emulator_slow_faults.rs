//! The emulator's slow faults, seen from a client: an order delivered late after its connection
//! was dropped (processed if still within the time-stamp window, refused after it), and a task
//! listed only after a lag.

mod support;

use support::emulator_client;

use std::time::Duration;

use aliyun_rpc::{Client, Error};
use domain_api::{OrderRenewParam, QueryTaskList, SaveBatchTaskForCreatingOrderRenew};
use domain_emulator::{Emulator, EmulatorConfig, Faults};

async fn emulator(faults: Faults) -> Emulator {
    Emulator::start(
        EmulatorConfig::new()
            .timestamp_window(Duration::from_millis(2000))
            .faults(faults),
    )
    .await
    .unwrap()
}

fn client(emulator: &Emulator) -> Client {
    emulator_client(emulator).build().unwrap()
}

fn order(emulator: &Emulator) -> SaveBatchTaskForCreatingOrderRenew {
    let expiration = emulator
        .domain("example-shop.com")
        .unwrap()
        .expiration_date_long;
    SaveBatchTaskForCreatingOrderRenew::new([OrderRenewParam::new(
        "example-shop.com",
        1,
        expiration,
    )])
}

#[tokio::test]
async fn a_late_order_is_processed_within_its_window_and_refused_after_it() {
    for (delay, expected) in [(300, 1), (3200, 0)] {
        let emulator = emulator(Faults {
            late_orders: vec![Duration::from_millis(delay)],
            ..Faults::default()
        })
        .await;
        let client = client(&emulator);
        let answer = client.call(&order(&emulator)).await;
        assert!(
            matches!(answer, Err(Error::OutcomeUnknown { .. })),
            "{answer:?}"
        );
        assert_eq!(emulator.orders_for("example-shop.com"), 0, "not yet");
        tokio::time::sleep(Duration::from_millis(delay + 200)).await;
        assert_eq!(
            emulator.orders_for("example-shop.com"),
            expected,
            "after {delay} ms"
        );
        emulator.shutdown().await.unwrap();
    }
}

#[tokio::test]
async fn a_new_task_is_listed_only_after_the_lag() {
    let emulator = emulator(Faults {
        listing_lag: Duration::from_millis(400),
        ..Faults::default()
    })
    .await;
    let client = client(&emulator);
    let task = client.call(&order(&emulator)).await.unwrap();
    let listed = |page: domain_api::QueryTaskListResponse| {
        page.items.iter().any(|t| t.task_no == task.task_no)
    };
    assert!(!listed(
        client.call(&QueryTaskList::new(100)).await.unwrap()
    ));
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(listed(client.call(&QueryTaskList::new(100)).await.unwrap()));
    emulator.shutdown().await.unwrap();
}
