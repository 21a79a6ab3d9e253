//! `nameservers set`: delegate a domain to other name servers
//! (`SaveBatchTaskForModifyingDomainDns`), and optionally follow the task to its end.

use domain_api::SaveBatchTaskForModifyingDomainDns;
use serde_json::json;

use super::change::{Change, Sent};
use super::task::Follow;
use super::{print_json, print_stdout};
use crate::cli::{GlobalOptions, Output, SetNameserversArgs};
use crate::exit::{Failure, SUCCESS};
use crate::session::Session;
use crate::terminal::sanitize;

/// Checks, confirms and submits the change; with `--wait`, follows its task.
pub(crate) async fn set(
    session: &Session,
    args: &SetNameserversArgs,
    options: &GlobalOptions,
) -> Result<u8, Failure> {
    let domains = [args.domain.as_str()];
    let (action, target) = if args.aliyun_dns {
        (
            SaveBatchTaskForModifyingDomainDns::to_aliyun_dns(domains),
            "Alibaba Cloud DNS's own name servers".to_owned(),
        )
    } else {
        (
            SaveBatchTaskForModifyingDomainDns::to_name_servers(domains, &args.name_servers),
            args.name_servers.join(", "),
        )
    };
    let change = Change {
        action: &action,
        summary: format!("delegate {} to {target}", args.domain),
        fields: json!({
            "domain": args.domain,
            "aliyun_dns": args.aliyun_dns,
            "name_servers": args.name_servers,
        }),
        question: "Change the name servers?",
        stakes: "changing the name servers can take the domain's sites and mail off the net",
    };
    let submitted = match change.send(session, options).await? {
        Sent::Answer(submitted) => submitted,
        Sent::NotSent => return Ok(SUCCESS),
    };
    eprintln!(
        "aliyun-domain: task {} accepted: {} goes to {target} once it is done",
        sanitize(&submitted.task_no),
        args.domain
    );
    if args.wait {
        let follow = Follow {
            task_no: &submitted.task_no,
            wait: true,
            just_submitted: true,
        };
        return follow.run(session, options.output).await;
    }
    match options.output {
        Output::Table => print_stdout(&format!(
            "task {task_no} changes the name servers of {domain}; follow it with `aliyun-domain \
             task follow {task_no}`\n",
            task_no = sanitize(&submitted.task_no),
            domain = args.domain,
        )),
        Output::Json => print_json(&json!({
            "task_no": submitted.task_no,
            "request_id": submitted.request_id,
            "domain": args.domain,
            "aliyun_dns": args.aliyun_dns,
            "name_servers": args.name_servers,
        })),
    }
    Ok(SUCCESS)
}
