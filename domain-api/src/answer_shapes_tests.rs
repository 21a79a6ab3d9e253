//! The answer shapes the query actions brought in, through a real call to a server on 127.0.0.1:
//! a listing whose items sit bare in `Data` (a lone item on the last page), a cursor page whose
//! cursors are empty XML elements, an answer that declares its own `Code`, and parameters that
//! must travel in the form body.
//!
//! These live in the crate because its actions are `#[non_exhaustive]`: outside it, they are
//! built with the constructors the derive generates.

use aliyun_rpc::{Client, Credentials, Error, Format};
use futures_util::TryStreamExt;
use test_support::{Reply, Server};

use crate::{
    CheckTransferInFeasibility, ListServerLock, QueryDomainSpecialBizInfoByDomain,
    QueryTaskInfoHistory,
};

fn client(server: &Server, format: Format) -> Client {
    Client::builder()
        .endpoint(server.origin())
        .credentials(Credentials::new("id", "secret"))
        .format(format)
        .build()
        .expect("a client")
}

fn list_server_lock() -> ListServerLock {
    ListServerLock {
        domain_name: None,
        end_start_date: None,
        begin_start_date: None,
        page_num: Some(1),
        page_size: Some(2),
        lang: None,
        lock_product_id: None,
        server_lock_status: None,
        start_expire_date: None,
        end_expire_date: None,
        order_by: None,
        order_by_type: None,
        user_client_ip: None,
    }
}

#[tokio::test]
async fn a_bare_data_listing_streams_every_item_including_a_lone_last_one() {
    let server = Server::start(|request| {
        let lock = |name: &str| format!(r#"{{"DomainName":"{name}","ServerLockStatus":"2"}}"#);
        match request.param("PageNum").as_deref() {
            Some("1") => Reply::ok(format!(
                r#"{{"RequestId":"R1","CurrentPageNum":1,"PageSize":2,"TotalItemNum":3,"TotalPageNum":2,"NextPage":true,"Data":[{},{}]}}"#,
                lock("a.com"),
                lock("b.com")
            )),
            // The last page holds one lock, sent as a lone object rather than a list.
            _ => Reply::ok(format!(
                r#"{{"RequestId":"R2","CurrentPageNum":2,"PageSize":2,"TotalItemNum":3,"TotalPageNum":2,"NextPage":false,"Data":{}}}"#,
                lock("c.com")
            )),
        }
    });
    let locks: Vec<_> = client(&server, Format::Json)
        .items(list_server_lock())
        .try_collect()
        .await
        .expect("every page decodes");
    let names: Vec<_> = locks.iter().filter_map(|l| l.domain_name.clone()).collect();
    assert_eq!(names, ["a.com", "b.com", "c.com"]);
    assert!(
        locks
            .iter()
            .all(|l| l.server_lock_status.as_deref() == Some("2"))
    );
    assert_eq!(server.count_action("ListServerLock"), 2);
}

#[tokio::test]
async fn empty_xml_cursors_read_as_no_cursor() {
    let server = Server::start(|_| {
        Reply::ok(
            "<QueryTaskInfoHistoryResponse><RequestId>R</RequestId><PageSize>2</PageSize>\
             <Objects><TaskNo>T-1</TaskNo><TaskNum>3</TaskNum><CreateTimeLong>1509528171000</CreateTimeLong></Objects>\
             <CurrentPageCursor><TaskNo>T-1</TaskNo></CurrentPageCursor>\
             <NextPageCursor/><PrePageCursor/></QueryTaskInfoHistoryResponse>",
        )
    });
    let request = QueryTaskInfoHistory {
        page_size: 2,
        user_client_ip: None,
        lang: None,
        begin_create_time: None,
        end_create_time: None,
        create_time_cursor: None,
        task_no_cursor: None,
    };
    let page = client(&server, Format::Xml)
        .call(&request)
        .await
        .expect("decodes");
    assert_eq!(page.objects.len(), 1);
    assert_eq!(page.objects[0].task_no, "T-1");
    assert_eq!(page.objects[0].create_time_long, Some(1_509_528_171_000));
    assert_eq!(
        page.current_page_cursor.map(|c| c.task_no).as_deref(),
        Some("T-1")
    );
    assert!(page.next_page_cursor.is_none() && page.pre_page_cursor.is_none());
}

#[tokio::test]
async fn a_refused_transfer_is_an_answer_on_200_and_an_error_otherwise() {
    let body = r#"{"RequestId":"R","CanTransfer":false,"ProductId":"2a","Code":"CheckTransferResult.DomainTransferProhibited","Message":"locked at the registrar"}"#;
    let request = CheckTransferInFeasibility {
        domain_name: "example.com".into(),
        lang: None,
        user_client_ip: None,
        transfer_authorization_code: None,
    };
    let answered = Server::start(move |_| Reply::ok(body));
    let answer = client(&answered, Format::Json)
        .call(&request)
        .await
        .expect("an answer");
    assert_eq!(answer.can_transfer, Some(false));
    assert_eq!(
        answer.code.as_deref(),
        Some("CheckTransferResult.DomainTransferProhibited")
    );
    let refused = Server::start(move |_| Reply::status(400, body));
    let error = client(&refused, Format::Json).call(&request).await;
    assert!(matches!(error, Err(Error::Service(_))), "{error:?}");
}

#[tokio::test]
async fn form_data_parameters_travel_in_the_body() {
    let server = Server::start(|_| Reply::ok(r#"{"RequestId":"R","Success":true}"#));
    let request = QueryDomainSpecialBizInfoByDomain {
        domain_name: "example.gov.cn".into(),
        biz_type: "govRegister".into(),
        user_client_ip: Some("127.0.0.1".into()),
    };
    let answer = client(&server, Format::Json)
        .call(&request)
        .await
        .expect("decodes");
    assert_eq!(answer.success, Some(true));
    assert!(answer.module.is_none());
    let sent = &server.requests()[0];
    assert_eq!(
        sent.body_param("DomainName").as_deref(),
        Some("example.gov.cn")
    );
    assert_eq!(sent.body_param("BizType").as_deref(), Some("govRegister"));
    assert_eq!(sent.query_param("DomainName"), None);
    assert_eq!(sent.param("UserClientIp").as_deref(), Some("127.0.0.1"));
}
