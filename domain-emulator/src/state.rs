//! The account: domains, renewal tasks and their details, order counts; how tasks progress; and
//! how all of it is saved to and loaded from the state file.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::calendar::{DAY_MS, add_years_utc, now_ms};
use crate::state_file;
use crate::transfer_out::{TransferOut, TransferOutStep};

/// One domain in the emulated account. Field names serialise in the API's PascalCase, so a seed
/// file reads like a QueryDomainList entry; every field but `DomainName` and
/// `ExpirationDateLong` may be omitted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct DomainRecord {
    /// The domain, Unicode for IDNs (`demo-一.cn`).
    pub domain_name: String,
    /// Instance id, e.g. `S20181H1234567`; generated when empty.
    pub instance_id: String,
    /// Registration time, ms since the Unix epoch.
    pub registration_date_long: i64,
    /// Expiration time, ms since the Unix epoch: what renewals must quote as `CurrentExpirationDate`.
    pub expiration_date_long: i64,
    /// Premium domains renew only with `PermitPremiumRenew=true`.
    pub premium: bool,
    /// `gTLD`, `ccTLD` or `New gTLD`.
    pub domain_type: String,
    /// `1` individual, `2` enterprise.
    pub registrant_type: String,
    /// Domain group id (0: none).
    pub domain_group_id: i64,
    /// Domain group name.
    pub domain_group_name: String,
    /// Free-text remark.
    pub remark: String,
    /// Whether auto-renewal is on (informational; the emulator never renews by itself).
    pub auto_renew_enabled: bool,
    /// Name servers.
    pub dns_list: Vec<String>,
    /// Whether the transfer lock (`clientTransferProhibited`) is on.
    pub transfer_prohibition_lock: bool,
    /// Whether the update lock (`clientUpdateProhibited`) is on.
    pub update_prohibition_lock: bool,
    /// The real-name verification status QueryDomainByDomainName reports: `SUCCEED` unless
    /// seeded otherwise (e.g. `NONAUDIT`, `AUDITING`, `FAILED`).
    pub real_name_status: String,
    /// The registrant's name.
    pub registrant_name: String,
    /// The registrant's e-mail address.
    pub email: String,
    /// Contacts set by contact-change tasks, by type (`registrant`, `admin`, `billing`,
    /// `tech`), each as QueryContactInfo's field names and values. A type not here is answered
    /// from the registrant fields above.
    pub contacts: BTreeMap<String, BTreeMap<String, String>>,
    /// DNS hosts (glue records) registered under the domain: host name (`ns1` for
    /// `ns1.example.com`) → its IP addresses.
    pub dns_hosts: BTreeMap<String, Vec<String>>,
}

impl DomainRecord {
    /// One contact as QueryContactInfo answers it: what a contact change set, over values
    /// derived from the registrant fields.
    pub(crate) fn contact(&self, contact_type: &str) -> BTreeMap<String, String> {
        let mut contact: BTreeMap<String, String> = [
            ("RegistrantName", self.registrant_name.as_str()),
            ("RegistrantOrganization", self.registrant_name.as_str()),
            ("ZhRegistrantName", "模拟用户"),
            ("ZhRegistrantOrganization", "模拟用户"),
            ("Email", self.email.as_str()),
            ("Country", "CN"),
            ("Province", "Zhejiang"),
            ("City", "Hangzhou"),
            ("Address", "1 Emulator Road"),
            ("ZhProvince", "浙江"),
            ("ZhCity", "杭州市"),
            ("ZhAddress", "模拟路1号"),
            ("PostalCode", "310000"),
            ("TelArea", "86"),
            ("Telephone", "13800000000"),
            ("TelExt", ""),
        ]
        .into_iter()
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect();
        if let Some(set) = self.contacts.get(contact_type) {
            contact.extend(set.clone());
        }
        contact
    }
}

/// The name servers a domain has while its DNS is hosted by Alibaba Cloud DNS (the default, and
/// what `AliyunDns=true` restores).
pub(crate) const ALIYUN_DNS_SERVERS: [&str; 2] = ["dns1.hichina.com", "dns2.hichina.com"];

impl DomainRecord {
    /// A domain expiring at `expiration_ms` (ms since the Unix epoch), registered one year
    /// before, with every other field at its default: not premium, unlocked, Alibaba's name
    /// servers.
    pub fn new(domain_name: impl Into<String>, expiration_ms: i64) -> Self {
        Self {
            domain_name: domain_name.into(),
            registration_date_long: add_years_utc(expiration_ms, -1),
            expiration_date_long: expiration_ms,
            ..Self::default()
        }
    }

    /// A domain expiring `days` whole days from now (negative: already expired), at a whole
    /// second as the service's dates are.
    pub fn expiring_in_days(domain_name: impl Into<String>, days: i64) -> Self {
        let now = now_ms();
        Self::new(domain_name, now - now.rem_euclid(1000) + days * DAY_MS)
    }

    /// Marks the domain premium: it renews only with `PermitPremiumRenew=true`.
    #[must_use]
    pub fn premium(mut self) -> Self {
        self.premium = true;
        self
    }

    /// Replaces the name servers.
    #[must_use]
    pub fn name_servers<S: Into<String>>(mut self, servers: impl IntoIterator<Item = S>) -> Self {
        self.dns_list = servers.into_iter().map(Into::into).collect();
        self
    }

    /// Turns the transfer lock on.
    #[must_use]
    pub fn transfer_locked(mut self) -> Self {
        self.transfer_prohibition_lock = true;
        self
    }

    /// Turns the update lock on.
    #[must_use]
    pub fn update_locked(mut self) -> Self {
        self.update_prohibition_lock = true;
        self
    }

    /// Registers a DNS host (glue record) `name` under the domain with `ips`.
    #[must_use]
    pub fn dns_host<S: Into<String>>(
        mut self,
        name: impl Into<String>,
        ips: impl IntoIterator<Item = S>,
    ) -> Self {
        self.dns_hosts
            .insert(name.into(), ips.into_iter().map(Into::into).collect());
        self
    }

    /// Sets the real-name verification status (`SUCCEED`, `NONAUDIT`, `AUDITING`, `FAILED`).
    #[must_use]
    pub fn real_name_status(mut self, status: impl Into<String>) -> Self {
        self.real_name_status = status.into();
        self
    }
}

impl Default for DomainRecord {
    fn default() -> Self {
        Self {
            domain_name: String::new(),
            instance_id: String::new(),
            registration_date_long: 0,
            expiration_date_long: 0,
            premium: false,
            domain_type: "gTLD".to_owned(),
            registrant_type: "1".to_owned(),
            domain_group_id: 0,
            domain_group_name: String::new(),
            remark: String::new(),
            auto_renew_enabled: false,
            dns_list: ALIYUN_DNS_SERVERS.map(str::to_owned).to_vec(),
            transfer_prohibition_lock: false,
            update_prohibition_lock: false,
            real_name_status: "SUCCEED".to_owned(),
            registrant_name: "Emulator Owner".to_owned(),
            email: "owner@example.com".to_owned(),
            contacts: BTreeMap::new(),
            dns_hosts: BTreeMap::new(),
        }
    }
}

/// The status of one task detail, with the codes QueryTaskDetailList reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub(crate) enum DetailStatus {
    WaitingExecute,
    Executing,
    ExecuteSuccess,
    ExecuteFailure,
}

impl DetailStatus {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::WaitingExecute => "WAITING_EXECUTE",
            Self::Executing => "EXECUTING",
            Self::ExecuteSuccess => "EXECUTE_SUCCESS",
            Self::ExecuteFailure => "EXECUTE_FAILURE",
        }
    }

    pub(crate) fn code(self) -> u8 {
        match self {
            Self::WaitingExecute => 0,
            Self::Executing => 1,
            Self::ExecuteSuccess => 2,
            Self::ExecuteFailure => 3,
        }
    }

    pub(crate) fn is_finished(self) -> bool {
        matches!(self, Self::ExecuteSuccess | Self::ExecuteFailure)
    }
}

/// What a task detail does to its domain when it executes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum Change {
    /// A renewal, described by the detail's renewal fields (the only kind in older state files).
    #[default]
    Renewal,
    /// Replaces the name servers.
    NameServers(Vec<String>),
    /// Turns the transfer lock on or off.
    TransferLock(bool),
    /// Turns the update lock on or off.
    UpdateLock(bool),
    /// Replaces the fields given of one contact.
    Contact(ContactChange),
    /// Creates a DNS host, which must not exist yet.
    CreateDnsHost(String, Vec<String>),
    /// Replaces the addresses of a DNS host, which must exist.
    UpdateDnsHost(String, Vec<String>),
    /// Deletes a DNS host, which must exist.
    DeleteDnsHost(String),
    /// Pushes the DNS hosts to the registry again (nothing changes in the emulator).
    SyncDnsHosts,
    /// One step of a transfer to another registrar.
    TransferOut(TransferOutStep),
}

/// A contact change: which contact, and the QueryContactInfo fields to set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ContactChange {
    /// `registrant`, `admin`, `billing` or `tech`.
    pub(crate) contact_type: String,
    /// `RegistrantType`: `1` individual, `2` enterprise.
    pub(crate) registrant_type: String,
    /// The fields given, by their API names.
    pub(crate) fields: BTreeMap<String, String>,
    /// Whether a new registrant also locks transfers (the service's 60-day lock; the emulator
    /// turns the transfer lock on and leaves it on).
    pub(crate) transfer_out_prohibited: bool,
}

impl Change {
    /// The `TaskType` code the service reports for this kind of task.
    pub(crate) fn task_type(&self) -> &'static str {
        match self {
            Change::Renewal => "ORDER_RENEW",
            Change::NameServers(_) => "CHG_DNS",
            Change::TransferLock(_) => "SET_TRANSFER_PROHIBITED",
            Change::UpdateLock(_) => "SET_UPDATE_PROHIBITED",
            Change::CreateDnsHost(..) => "CREATE_DNSHOST",
            Change::UpdateDnsHost(..) => "UPDATE_DNSHOST",
            // Not among the task types the documentation lists; the emulator's own name.
            Change::DeleteDnsHost(_) => "DELETE_DNSHOST",
            Change::SyncDnsHosts => "SYNC_DNSHOST",
            Change::TransferOut(step) => step.task_type(),
            Change::Contact(change) => match change.contact_type.as_str() {
                "registrant" => "CHG_HOLDER",
                "admin" => "UPDATE_ADMIN_CONTACT",
                "billing" => "UPDATE_BILLING_CONTACT",
                _ => "UPDATE_TECH_CONTACT",
            },
        }
    }
}

/// The English `TaskTypeDescription` of a `TaskType` code.
pub(crate) fn task_type_description(task_type: &str) -> &'static str {
    match task_type {
        "CHG_DNS" => "Modify DNS",
        "SET_TRANSFER_PROHIBITED" => "Set the transfer lock",
        "SET_UPDATE_PROHIBITED" => "Set the update lock",
        "CHG_HOLDER" => "Change the registrant",
        "CREATE_DNSHOST" => "Create a DNS host",
        "UPDATE_DNSHOST" => "Update a DNS host",
        "DELETE_DNSHOST" => "Delete a DNS host",
        "SYNC_DNSHOST" => "Synchronize the DNS hosts",
        "UPDATE_ADMIN_CONTACT" => "Update the administrative contact",
        "UPDATE_BILLING_CONTACT" => "Update the billing contact",
        "UPDATE_TECH_CONTACT" => "Update the technical contact",
        "QUERY_TRANSFER_AUTH_CODE" => "Get the transfer authorization code",
        "TRANSFER_OUT_BY_AUTH_CODE" => "Transfer out with the authorization code",
        "APPROVE_TRANSFER_OUT" => "Approve the transfer out",
        "CANCEL_TRANSFER_OUT" => "Cancel the transfer out",
        "QUICK_TRANSFER_OUT" => "Apply for a quick transfer out",
        _ => "Renew domain",
    }
}

/// One domain's part of a task: a renewal, or another [`Change`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct TaskDetail {
    /// What executing the detail does; renewals use the renewal fields below.
    #[serde(default)]
    pub(crate) change: Change,
    pub(crate) task_detail_no: String,
    pub(crate) domain_name: String,
    pub(crate) instance_id: String,
    pub(crate) subscription_duration: u32,
    pub(crate) current_expiration_date: i64,
    pub(crate) permit_premium_renew: bool,
    pub(crate) status: DetailStatus,
    pub(crate) task_result: String,
    pub(crate) error_msg: String,
    pub(crate) try_count: u32,
    pub(crate) create_time_ms: i64,
    pub(crate) update_time_ms: i64,
}

/// A submitted task (one per Save*Task call).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Task {
    pub(crate) task_no: String,
    pub(crate) task_type: String,
    pub(crate) create_time_ms: i64,
    pub(crate) client_ip: String,
    pub(crate) details: Vec<TaskDetail>,
}

/// The task-level status QueryTaskList reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TaskStatus {
    WaitingExecute,
    Executing,
    Complete,
}

impl Task {
    pub(crate) fn status(&self) -> TaskStatus {
        if self.details.iter().all(|d| d.status.is_finished()) {
            TaskStatus::Complete
        } else if self
            .details
            .iter()
            .all(|d| d.status == DetailStatus::WaitingExecute)
        {
            TaskStatus::WaitingExecute
        } else {
            TaskStatus::Executing
        }
    }
}

/// One renewal as accepted from a request, before it becomes a [`TaskDetail`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RenewalOrder {
    pub(crate) domain_name: String,
    pub(crate) subscription_duration: u32,
    pub(crate) current_expiration_date: i64,
    pub(crate) permit_premium_renew: bool,
}

/// Everything the emulator remembers across restarts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct State {
    pub(crate) domains: Vec<DomainRecord>,
    pub(crate) tasks: Vec<Task>,
    /// Accepted renewal orders per lowercase domain name.
    pub(crate) orders: BTreeMap<String, u32>,
    /// Next numeric `TaskDetailNo` / `TaskResult` order id.
    pub(crate) next_serial: u64,
    /// Signature nonces used recently, as (AccessKey id, nonce, ms when seen): written with every
    /// save so that a request replayed after a restart is still refused.
    #[serde(default)]
    pub(crate) recent_nonces: Vec<(String, String, i64)>,
    /// Transfers out, by lowercase domain name; kept after the domain has left the account.
    #[serde(default)]
    pub(crate) transfer_outs: BTreeMap<String, TransferOut>,
}

/// Renewals may not push the expiration more than ten years past today.
const MAX_YEARS_AHEAD: i64 = 10;

impl State {
    /// A fresh account holding `domains`; empty instance ids are filled in.
    pub(crate) fn with_domains(mut domains: Vec<DomainRecord>) -> Self {
        for (index, domain) in domains.iter_mut().enumerate() {
            if domain.instance_id.is_empty() {
                domain.instance_id = format!("S2018{:010}", 1_000_000 + index);
            }
        }
        Self {
            domains,
            tasks: Vec::new(),
            orders: BTreeMap::new(),
            next_serial: 2_000_000_000,
            recent_nonces: Vec::new(),
            transfer_outs: BTreeMap::new(),
        }
    }

    /// Finds a domain by name, ignoring ASCII case as DNS does.
    pub(crate) fn domain(&self, name: &str) -> Option<&DomainRecord> {
        self.domains
            .iter()
            .find(|d| d.domain_name.eq_ignore_ascii_case(name))
    }

    fn domain_mut(&mut self, name: &str) -> Option<&mut DomainRecord> {
        self.domains
            .iter_mut()
            .find(|d| d.domain_name.eq_ignore_ascii_case(name))
    }

    pub(crate) fn task(&self, task_no: &str) -> Option<&Task> {
        self.tasks.iter().find(|t| t.task_no == task_no)
    }

    pub(crate) fn next_serial(&mut self) -> u64 {
        self.next_serial += 1;
        self.next_serial
    }

    /// Records a new renewal task with one waiting detail per order, and counts the orders.
    pub(crate) fn create_task(
        &mut self,
        task_no: String,
        client_ip: String,
        orders: Vec<RenewalOrder>,
        now: i64,
    ) {
        let mut details = Vec::with_capacity(orders.len());
        for order in orders {
            *self
                .orders
                .entry(order.domain_name.to_ascii_lowercase())
                .or_insert(0) += 1;
            let mut detail = self.new_detail(order.domain_name, Change::Renewal, now);
            detail.subscription_duration = order.subscription_duration;
            detail.current_expiration_date = order.current_expiration_date;
            detail.permit_premium_renew = order.permit_premium_renew;
            details.push(detail);
        }
        self.tasks.push(Task {
            task_no,
            task_type: Change::Renewal.task_type().to_owned(),
            create_time_ms: now,
            client_ip,
            details,
        });
    }

    /// Records a new task of one waiting detail per `(domain, change)`, the changes all of one
    /// kind (the task's type is the first one's).
    pub(crate) fn create_change_task(
        &mut self,
        task_no: String,
        client_ip: String,
        changes: Vec<(String, Change)>,
        now: i64,
    ) {
        let task_type = changes
            .first()
            .map_or("", |(_, change)| change.task_type())
            .to_owned();
        let details = changes
            .into_iter()
            .map(|(domain, change)| self.new_detail(domain, change, now))
            .collect();
        self.tasks.push(Task {
            task_no,
            task_type,
            create_time_ms: now,
            client_ip,
            details,
        });
    }

    fn new_detail(&mut self, domain_name: String, change: Change, now: i64) -> TaskDetail {
        let instance_id = self
            .domain(&domain_name)
            .map(|d| d.instance_id.clone())
            .unwrap_or_default();
        TaskDetail {
            change,
            task_detail_no: self.next_serial().to_string(),
            domain_name,
            instance_id,
            subscription_duration: 0,
            current_expiration_date: 0,
            permit_premium_renew: false,
            status: DetailStatus::WaitingExecute,
            task_result: String::new(),
            error_msg: String::new(),
            try_count: 0,
            create_time_ms: now,
            update_time_ms: now,
        }
    }

    /// Moves every detail on by as many stages as have elapsed by `now`, each stage lasting
    /// `step_ms` (so a clock moved far ahead finishes every task at once); returns whether
    /// anything changed. Details execute in submission order, so a second renewal of the same
    /// domain sees the expiration the first one produced.
    pub(crate) fn advance(&mut self, now: i64, step_ms: i64) -> bool {
        let mut changed = false;
        for task_index in 0..self.tasks.len() {
            for detail_index in 0..self.tasks[task_index].details.len() {
                loop {
                    let detail = &self.tasks[task_index].details[detail_index];
                    if detail.status.is_finished() || now - detail.update_time_ms < step_ms {
                        break;
                    }
                    // The stage ended `step_ms` after it began, however late the ticker noticed.
                    let at = detail.update_time_ms.saturating_add(step_ms);
                    self.finish_stage(task_index, detail_index, at);
                    changed = true;
                }
            }
        }
        self.complete_due_transfer_outs(now) || changed
    }

    /// Moves every unfinished detail exactly one stage on at `now`, whatever time has passed;
    /// returns whether anything changed.
    pub(crate) fn step(&mut self, now: i64) -> bool {
        let mut changed = false;
        for task_index in 0..self.tasks.len() {
            for detail_index in 0..self.tasks[task_index].details.len() {
                if !self.tasks[task_index].details[detail_index]
                    .status
                    .is_finished()
                {
                    self.finish_stage(task_index, detail_index, now);
                    changed = true;
                }
            }
        }
        changed
    }

    /// Ends the current stage of one detail at time `at`: waiting becomes executing, and
    /// executing carries the change out.
    fn finish_stage(&mut self, task_index: usize, detail_index: usize, at: i64) {
        let detail = &self.tasks[task_index].details[detail_index];
        if detail.status == DetailStatus::WaitingExecute {
            let detail = &mut self.tasks[task_index].details[detail_index];
            detail.status = DetailStatus::Executing;
            detail.update_time_ms = at;
            return;
        }
        let detail = detail.clone();
        let outcome = self.execute(&detail, at);
        let order_id = self.next_serial();
        // The authorization code task reports the code it issued, as the service does (and so
        // does the quick transfer out, which issues one when none is valid).
        let issued_code = match &detail.change {
            Change::TransferOut(TransferOutStep::IssueCode | TransferOutStep::Quick) => self
                .transfer_out(&detail.domain_name)
                .map(|t| t.authorization_code.clone()),
            _ => None,
        };
        let detail = &mut self.tasks[task_index].details[detail_index];
        detail.try_count += 1;
        detail.update_time_ms = at;
        match outcome {
            Ok(()) => {
                detail.status = DetailStatus::ExecuteSuccess;
                if detail.change == Change::Renewal {
                    detail.task_result = order_id.to_string();
                }
                if let Some(code) = issued_code {
                    detail.task_result = code;
                }
            }
            Err(message) => {
                detail.status = DetailStatus::ExecuteFailure;
                detail.error_msg = message.to_owned();
            }
        }
    }

    /// Carries out one detail against the domain as it is now.
    fn execute(&mut self, detail: &TaskDetail, now: i64) -> Result<(), &'static str> {
        if let Change::TransferOut(step) = &detail.change {
            return self.execute_transfer_out(&detail.domain_name, step, now);
        }
        let Some(domain) = self.domain_mut(&detail.domain_name) else {
            return Err("The domain does not exist.");
        };
        match &detail.change {
            Change::Renewal => Self::renew(domain, detail, now),
            Change::NameServers(servers) => {
                if domain.update_prohibition_lock {
                    return Err("The domain has the update lock on; turn it off first.");
                }
                domain.dns_list.clone_from(servers);
                Ok(())
            }
            Change::TransferLock(on) => {
                domain.transfer_prohibition_lock = *on;
                Ok(())
            }
            Change::UpdateLock(on) => {
                domain.update_prohibition_lock = *on;
                Ok(())
            }
            Change::CreateDnsHost(name, ips) => {
                if domain.dns_hosts.contains_key(name) {
                    return Err("The DNS host already exists.");
                }
                domain.dns_hosts.insert(name.clone(), ips.clone());
                Ok(())
            }
            Change::UpdateDnsHost(name, ips) => match domain.dns_hosts.get_mut(name) {
                Some(current) => {
                    current.clone_from(ips);
                    Ok(())
                }
                None => Err("The DNS host does not exist."),
            },
            Change::DeleteDnsHost(name) => match domain.dns_hosts.remove(name) {
                Some(_) => Ok(()),
                None => Err("The DNS host does not exist."),
            },
            Change::SyncDnsHosts => Ok(()),
            Change::TransferOut(_) => unreachable!("carried out above"),
            Change::Contact(change) => {
                if domain.update_prohibition_lock {
                    return Err("The domain has the update lock on; turn it off first.");
                }
                let mut contact = domain.contact(&change.contact_type);
                contact.extend(change.fields.clone());
                if change.contact_type == "registrant" {
                    domain.registrant_type.clone_from(&change.registrant_type);
                    if let Some(name) = change.fields.get("RegistrantName") {
                        domain.registrant_name.clone_from(name);
                    }
                    if let Some(email) = change.fields.get("Email") {
                        domain.email.clone_from(email);
                    }
                    domain.transfer_prohibition_lock |= change.transfer_out_prohibited;
                }
                domain.contacts.insert(change.contact_type.clone(), contact);
                Ok(())
            }
        }
    }

    /// Carries out one renewal: checks it against the domain as it is now and moves the date.
    fn renew(domain: &mut DomainRecord, detail: &TaskDetail, now: i64) -> Result<(), &'static str> {
        if detail.current_expiration_date != domain.expiration_date_long {
            return Err("The current expiration date does not match.");
        }
        if domain.premium && !detail.permit_premium_renew {
            return Err("The premium domain renewal is not permitted.");
        }
        let renewed = add_years_utc(
            domain.expiration_date_long,
            i64::from(detail.subscription_duration),
        );
        if renewed > add_years_utc(now, MAX_YEARS_AHEAD) {
            return Err("The renewal period exceeds 10 years.");
        }
        domain.expiration_date_long = renewed;
        Ok(())
    }

    /// Whether some detail is still waiting or executing (the ticker then keeps running).
    pub(crate) fn has_pending_work(&self) -> bool {
        self.tasks
            .iter()
            .any(|t| t.details.iter().any(|d| !d.status.is_finished()))
    }

    /// Reads a state file written by [`State::save`].
    pub(crate) fn load(path: &Path) -> io::Result<Self> {
        let bytes = state_file::read(path)?;
        serde_json::from_slice(&bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    }

    /// Writes the state atomically, through a private temporary file (see `state_file`).
    pub(crate) fn save(&self, path: &Path) -> io::Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(io::Error::other)?;
        state_file::replace(path, &json)
    }
}

/// Reads a seed file: an array of domains or `{"domains": [...]}` (also `"Domains"`).
pub(crate) fn load_seed(path: &Path) -> io::Result<Vec<DomainRecord>> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Seed {
        List(Vec<DomainRecord>),
        Wrapped {
            #[serde(alias = "Domains")]
            domains: Vec<DomainRecord>,
        },
    }
    let bytes = fs::read(path)?;
    let seed: Seed = serde_json::from_slice(&bytes)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    Ok(match seed {
        Seed::List(domains) | Seed::Wrapped { domains } => domains,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// When the tests' tasks are created.
    const NOW: i64 = 1_700_000_000_000;
    /// The expiration of the account's domains.
    const EXPIRES: i64 = 1_800_000_000_000;

    fn account() -> State {
        State::with_domains(vec![
            DomainRecord {
                domain_name: "a.com".into(),
                expiration_date_long: EXPIRES,
                ..DomainRecord::default()
            },
            DomainRecord {
                domain_name: "p.com".into(),
                expiration_date_long: EXPIRES,
                premium: true,
                ..DomainRecord::default()
            },
        ])
    }

    fn order(name: &str, years: u32, current: i64, premium: bool) -> RenewalOrder {
        RenewalOrder {
            domain_name: name.into(),
            subscription_duration: years,
            current_expiration_date: current,
            permit_premium_renew: premium,
        }
    }

    /// A task `task_no` for `orders`, created at `now` from the loopback address.
    fn submit(state: &mut State, task_no: &str, orders: Vec<RenewalOrder>, now: i64) {
        state.create_task(task_no.into(), "127.0.0.1".into(), orders, now);
    }

    fn run_to_completion(state: &mut State, mut now: i64) {
        for _ in 0..4 {
            now += 10;
            state.advance(now, 10);
        }
        assert!(!state.has_pending_work());
    }

    #[test]
    fn renewal_moves_the_date_and_a_duplicate_fails_on_the_stale_date() {
        let mut state = account();
        submit(
            &mut state,
            "t1",
            vec![order("A.com", 1, EXPIRES, false)],
            NOW,
        );
        submit(
            &mut state,
            "t2",
            vec![order("a.com", 1, EXPIRES, false)],
            NOW,
        );
        assert_eq!(state.orders["a.com"], 2);
        assert_eq!(
            state.task("t1").unwrap().status(),
            TaskStatus::WaitingExecute
        );
        run_to_completion(&mut state, NOW);
        assert_eq!(
            state.domain("a.com").unwrap().expiration_date_long,
            add_years_utc(EXPIRES, 1)
        );
        let first = &state.task("t1").unwrap().details[0];
        assert_eq!(first.status, DetailStatus::ExecuteSuccess);
        let second = &state.task("t2").unwrap().details[0];
        assert_eq!(second.status, DetailStatus::ExecuteFailure);
        assert_eq!(
            second.error_msg,
            "The current expiration date does not match."
        );
        assert_eq!(state.task("t2").unwrap().status(), TaskStatus::Complete);
    }

    #[test]
    fn unknown_premium_and_too_long_renewals_fail() {
        let mut state = account();
        submit(
            &mut state,
            "t",
            vec![
                order("missing.com", 1, EXPIRES, false),
                order("p.com", 1, EXPIRES, false),
                order("a.com", 10, EXPIRES, false),
            ],
            NOW,
        );
        run_to_completion(&mut state, NOW);
        let messages: Vec<_> = state
            .task("t")
            .unwrap()
            .details
            .iter()
            .map(|d| d.error_msg.as_str())
            .collect();
        assert_eq!(
            messages,
            [
                "The domain does not exist.",
                "The premium domain renewal is not permitted.",
                "The renewal period exceeds 10 years."
            ]
        );
    }

    #[test]
    fn a_state_file_of_the_previous_version_still_loads() {
        // Written before domains had locks, details had a kind and nonces were saved.
        let old = r#"{
            "domains": [{"DomainName": "a.com", "ExpirationDateLong": 1800000000000}],
            "tasks": [{"task_no": "t", "task_type": "ORDER_RENEW", "create_time_ms": 1,
                "client_ip": "ip", "details": [{"task_detail_no": "1", "domain_name": "a.com",
                "instance_id": "S1", "subscription_duration": 1,
                "current_expiration_date": 1800000000000, "permit_premium_renew": false,
                "status": "WAITING_EXECUTE", "task_result": "", "error_msg": "",
                "try_count": 0, "create_time_ms": 1700000000000,
                "update_time_ms": 1700000000000}]}],
            "orders": {"a.com": 1},
            "next_serial": 5
        }"#;
        let mut state: State = serde_json::from_str(old).unwrap();
        let domain = state.domain("a.com").unwrap();
        assert!(!domain.transfer_prohibition_lock);
        assert_eq!(domain.dns_list, ALIYUN_DNS_SERVERS);
        assert!(state.recent_nonces.is_empty());
        assert_eq!(state.tasks[0].details[0].change, Change::Renewal);
        run_to_completion(&mut state, NOW);
        assert_eq!(
            state.domain("a.com").unwrap().expiration_date_long,
            add_years_utc(EXPIRES, 1)
        );
    }

    #[test]
    fn save_and_load_round_trip() {
        let dir =
            std::env::temp_dir().join(format!("domain-emulator-state-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("state.json");
        let mut state = account();
        submit(&mut state, "t", vec![order("a.com", 1, 1, false)], 5);
        state.save(&path).unwrap();
        assert_eq!(State::load(&path).unwrap(), state);
        fs::remove_dir_all(&dir).unwrap();
    }
}
