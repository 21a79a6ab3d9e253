#!/usr/bin/env python3
"""Submit -> poll -> verify against domain-emulator with the OFFICIAL Tea Python SDK, unchanged.

PyPI alibabacloud-domain20180129 5.1.1 (`alibabacloud_domain20180129.client.Client`) on
alibabacloud-tea-openapi 0.4.6 / darabonba-core 1.0.9, installed in target/official-sdk/venv by
scripts/official-sdk-env.sh. Configured only through the public
`alibabacloud_tea_openapi.models.Config(access_key_id, access_key_secret, endpoint='127.0.0.1:PORT',
protocol='http')`, plus `signature_algorithm`:

  --signature-algorithm v2       Config(signature_algorithm='v2'): V1 on the wire (HMAC-SHA1 `Signature`
                                 parameter, `Format=json`, POST, all parameters in the query)
  --signature-algorithm default  no signature_algorithm: the SDK's default V3 (`Authorization:
                                 ACS3-HMAC-SHA256 ...`, x-acs-* headers, parameters in the query)

Flow as in sdk_legacy_python_flow.py: QueryDomainList -> SaveBatchTaskForCreatingOrderRenew (1 year,
current expiration) -> QueryTaskDetailList until terminal, both EXECUTE_SUCCESS ->
QueryDomainByDomainName shows the expiration one year later.
Prints `OK tea-python-<mode>: renewed a,b task=<TaskNo> polls=<n>` or `FAIL tea-python-<mode>: <error>`.

  --models  instead: calls EVERY action domain-emulator emulates through the Tea client (the first of
            --domains is renewed, the second gets new name servers, its locks toggled and a transfer
            out started and cancelled), and checks
            that each response's model keeps every key of the body the emulator sent: the body the
            client received (captured at `Client.call_api`, the SDK's one entry point) must equal
            `Response.body.to_map()` key for key, after `from_map`. Also checks that an action the
            emulator does not implement reaches the client as `UnsupportedOperation` naming it.
            Prints `OK tea-models-<mode>: <n> actions decoded without loss ...`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sdk_flow_common as common  # noqa: E402

WIRE = {"v2": "V1/HMAC-SHA1", "default": "V3/ACS3-HMAC-SHA256"}


def main():
    mode = "default"
    argv = sys.argv[1:]
    if "--signature-algorithm" in argv:
        i = argv.index("--signature-algorithm")
        mode = argv[i + 1] if i + 1 < len(argv) else ""
        del argv[i:i + 2]
        sys.argv[1:] = argv
    if mode not in WIRE:
        sys.exit("--signature-algorithm must be v2 or default")
    models = "--models" in sys.argv
    if models:
        sys.argv.remove("--models")
    args = common.parse_args(__doc__.splitlines()[1])
    label = ("tea-models-%s" if models else "tea-python-%s") % mode

    from alibabacloud_domain20180129 import models as domain_models
    from alibabacloud_domain20180129.client import Client
    from alibabacloud_tea_openapi import models as open_api_models
    from alibabacloud_tea_openapi.exceptions import AlibabaCloudException

    config = open_api_models.Config(access_key_id=args.access_key_id, access_key_secret=args.access_key_secret,
                                    endpoint="%s:%d" % (args.host, args.port), protocol="http",
                                    connect_timeout=10000, read_timeout=30000)
    if mode == "v2":
        config.signature_algorithm = "v2"
    client = Client(config)
    # The body each call received, as the SDK's transport decoded it, before any model saw it.
    received = []
    sdk_call_api = client.call_api

    def capturing_call_api(*a, **k):
        result = sdk_call_api(*a, **k)
        received.append(result.get("body"))
        return result

    client.call_api = capturing_call_api

    def call(name, request):
        try:
            return getattr(client, name)(request).body
        except AlibabaCloudException as e:
            raise common.FlowError("%s: HTTP %s %s: %s (RequestId %s)" % (
                name, e.status_code, e.code, e.message, e.request_id))

    def flow():
        listed, page = {}, 1
        while True:
            body = call("query_domain_list", domain_models.QueryDomainListRequest(page_num=page, page_size=50))
            for d in (body.data.domain if body.data else None) or []:
                listed[d.domain_name] = d.expiration_date_long
            if not body.next_page:
                break
            page += 1
        before = common.pick(listed, args.domains)

        params = [domain_models.SaveBatchTaskForCreatingOrderRenewRequestOrderRenewParam(
            domain_name=d, subscription_duration=1, current_expiration_date=before[d]) for d in args.domains]
        task_no = call("save_batch_task_for_creating_order_renew",
                       domain_models.SaveBatchTaskForCreatingOrderRenewRequest(order_renew_param=params)).task_no
        if not task_no:
            raise common.FlowError("SaveBatchTaskForCreatingOrderRenew returned no TaskNo")

        def details():
            body = call("query_task_detail_list", domain_models.QueryTaskDetailListRequest(
                task_no=task_no, page_num=1, page_size=1000))
            return [(d.domain_name, d.task_status, d.error_msg or "")
                    for d in ((body.data.task_detail if body.data else None) or [])]

        result, polls = common.poll(details, args)
        common.check_details(result, args.domains)

        for d in args.domains:
            body = call("query_domain_by_domain_name", domain_models.QueryDomainByDomainNameRequest(domain_name=d))
            common.check_moved(d, before[d], body.expiration_date_long)
        return "renewed %s task=%s polls=%d (%s)" % (",".join(args.domains), task_no, polls, WIRE[mode])

    def lossless(name, request):
        """Calls `name`, and checks that its typed body keeps every key the emulator sent."""
        del received[:]
        body = call(name, request)
        if len(received) != 1 or not isinstance(received[0], dict):
            raise common.FlowError("%s: no JSON body captured at call_api (%r)" % (name, received))
        lost = missing_keys(received[0], body.to_map())
        if lost:
            raise common.FlowError("%s: the Tea model %s drops %s" % (name, type(body).__name__, ", ".join(lost)))
        checked.append(name)
        return body

    checked = []
    refusals = []

    def refused(name, request, code):
        """Calls `name`, which must be refused with `code` (an error body the SDK decodes)."""
        try:
            getattr(client, name)(request)
        except AlibabaCloudException as e:
            if e.code != code:
                raise common.FlowError("%s: got %s %s, expected %s" % (name, e.code, e.message, code))
            checked.append(name)
            refusals.append(name)
            return
        raise common.FlowError("%s succeeded, expected %s" % (name, code))

    def finished(task_no):
        """The one detail of `task_no`, once terminal, as (TaskStatus, TaskResult)."""
        found = {}

        def details():
            body = lossless("query_task_detail_list", domain_models.QueryTaskDetailListRequest(
                task_no=task_no, page_num=1, page_size=10))
            rows = (body.data.task_detail if body.data else None) or []
            found.update(result=rows[0].task_result if rows else None)
            return [(d.domain_name, d.task_status, d.error_msg or "") for d in rows]

        result, _ = common.poll(details, args)
        return result[0][1], found["result"]

    def reads_flow(m, domain, instance_id, task_no):
        """Every read action the emulator answers beyond the domain and task queries above."""
        page = dict(page_num=1, page_size=10)
        for name, request in [
            ("poll_task_result", m.PollTaskResultRequest(task_no=task_no, **page)),
            ("query_change_log_list", m.QueryChangeLogListRequest(domain_name=domain, **page)),
            ("check_domain", m.CheckDomainRequest(domain_name=domain)),
            ("check_domain", m.CheckDomainRequest(domain_name="free-name-%s.com" % mode)),
            ("check_domain_sunrise_claim", m.CheckDomainSunriseClaimRequest(domain_name="free-name.com")),
            ("check_transfer_in_feasibility", m.CheckTransferInFeasibilityRequest(domain_name=domain)),
            ("check_max_year_of_server_lock", m.CheckMaxYearOfServerLockRequest(
                domain_name=domain, check_action="activate")),
            ("check_processing_server_lock_apply", m.CheckProcessingServerLockApplyRequest(domain_name=domain)),
            ("list_server_lock", m.ListServerLockRequest(**page)),
            ("query_server_lock", m.QueryServerLockRequest()),
            ("query_registrant_profiles", m.QueryRegistrantProfilesRequest(**page)),
            ("query_registrant_profile_real_name_verification_info",
             m.QueryRegistrantProfileRealNameVerificationInfoRequest(registrant_profile_id=1000001)),
            ("query_fail_reason_for_registrant_profile_real_name_verification",
             m.QueryFailReasonForRegistrantProfileRealNameVerificationRequest(registrant_profile_id=1000001)),
            ("list_email_verification", m.ListEmailVerificationRequest(**page)),
            ("query_email_verification", m.QueryEmailVerificationRequest(email="owner@example.com")),
            ("query_domain_real_name_verification_info",
             m.QueryDomainRealNameVerificationInfoRequest(domain_name=domain)),
            ("query_fail_reason_for_domain_real_name_verification",
             m.QueryFailReasonForDomainRealNameVerificationRequest(
                 domain_name=domain, real_name_verification_action="AUDIT")),
            ("query_transfer_in_list", m.QueryTransferInListRequest(**page)),
            ("query_dsrecord", m.QueryDSRecordRequest(domain_name=domain)),
            ("query_art_extension", m.QueryArtExtensionRequest(domain_name=domain)),
            ("query_ens_association", m.QueryEnsAssociationRequest(domain_name=domain)),
            ("query_local_ens_association", m.QueryLocalEnsAssociationRequest(domain_name=domain)),
            ("query_qualification_detail", m.QueryQualificationDetailRequest(
                instance_id=instance_id, qualification_type="tm")),
            ("query_failing_reason_list_for_qualification", m.QueryFailingReasonListForQualificationRequest(
                instance_id=instance_id, qualification_type="tm", limit=5)),
            ("query_operation_audit_info_list", m.QueryOperationAuditInfoListRequest(**page)),
            ("fuzzy_match_domain_sensitive_word", m.FuzzyMatchDomainSensitiveWordRequest(keyword="shop")),
            ("batch_fuzzy_match_domain_sensitive_word",
             m.BatchFuzzyMatchDomainSensitiveWordRequest(keyword="shop,blog")),
            ("verify_contact_field", m.VerifyContactFieldRequest(email="ops@example.org", registrant_type="1")),
            ("query_domain_admin_division", m.QueryDomainAdminDivisionRequest()),
            ("query_domain_suffix", m.QueryDomainSuffixRequest()),
        ]:
            lossless(name, request)
        refused("lookup_tmch_notice", m.LookupTmchNoticeRequest(claim_key="none"), "ParameterIllegal")
        refused("query_operation_audit_info_detail",
                m.QueryOperationAuditInfoDetailRequest(audit_record_id=1), "ParameterIllegal")
        refused("query_transfer_in_by_instance_id",
                m.QueryTransferInByInstanceIdRequest(instance_id="S-none"), "ParameterIllegal")

    def transfer_out_flow(m, domain):
        """Code, request, cancel (so that the domain stays for the next run), then the actions that
        find nothing to do; QueryTransferOutInfo decoded at each stage."""
        def submit(name, request):
            return finished(lossless(name, request).task_no)

        status, code = submit("save_single_task_for_querying_transfer_authorization_code",
                              m.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest(domain_name=domain))
        if status != "EXECUTE_SUCCESS" or not code:
            raise common.FlowError("authorization code task: %s %r" % (status, code))
        stages = [lossless("query_transfer_out_info", m.QueryTransferOutInfoRequest(domain_name=domain)).status]
        submit("save_single_task_for_transfer_out_by_authorization_code",
               m.SaveSingleTaskForTransferOutByAuthorizationCodeRequest(domain_name=domain, authorization_code=code))
        stages.append(lossless("query_transfer_out_info", m.QueryTransferOutInfoRequest(domain_name=domain)).status)
        submit("save_single_task_for_canceling_transfer_out",
               m.SaveSingleTaskForCancelingTransferOutRequest(domain_name=domain))
        stages.append(lossless("query_transfer_out_info", m.QueryTransferOutInfoRequest(domain_name=domain)).status)
        if stages != [3, 4, 8]:
            raise common.FlowError("QueryTransferOutInfo Status went %s, expected 3, 4, 8" % stages)
        # Nothing pending any more: the approval's task fails, and the domain stays.
        submit("save_single_task_for_approving_transfer_out",
               m.SaveSingleTaskForApprovingTransferOutRequest(domain_name=domain))
        # Issues a code for a quick transfer out that no request follows (the next run's code
        # request replaces it).
        submit("save_single_task_for_apply_quick_transfer_out_openly",
               m.SaveSingleTaskForApplyQuickTransferOutOpenlyRequest(domain_name=domain))
        # Names no domain of the account: the details fail, nothing leaves.
        missing = "not-in-the-account.com"
        submit("save_batch_task_for_apply_quick_transfer_out_openly",
               m.SaveBatchTaskForApplyQuickTransferOutOpenlyRequest(domain_names=[missing]))
        submit("save_batch_task_for_transfer_out_by_authorization_code",
               m.SaveBatchTaskForTransferOutByAuthorizationCodeRequest(transfer_out_param_list=[
                   m.SaveBatchTaskForTransferOutByAuthorizationCodeRequestTransferOutParamList(
                       domain_name=missing, authorization_code="none")]))
        lossless("query_transfer_out_info", m.QueryTransferOutInfoRequest(domain_name=domain))

    def models_flow():
        renewed, delegated = args.domains[0], args.domains[1]
        m = domain_models
        lossless("query_domain_list", m.QueryDomainListRequest(page_num=1, page_size=50))
        info = lossless("query_domain_by_domain_name", m.QueryDomainByDomainNameRequest(domain_name=renewed))
        lossless("query_domain_by_instance_id", m.QueryDomainByInstanceIdRequest(instance_id=info.instance_id))
        lossless("query_domain_group_list", m.QueryDomainGroupListRequest())
        lossless("query_advanced_domain_list", m.QueryAdvancedDomainListRequest(
            page_num=1, page_size=5, key_word=renewed.split(".")[0], expiration_date_sort=True))
        scroll = lossless("scroll_domain_list", m.ScrollDomainListRequest(page_size=5))
        lossless("scroll_domain_list", m.ScrollDomainListRequest(page_size=5, scroll_id=scroll.scroll_id))
        tasks = [lossless("save_single_task_for_creating_order_renew", m.SaveSingleTaskForCreatingOrderRenewRequest(
            domain_name=renewed, subscription_duration=1, current_expiration_date=info.expiration_date_long)).task_no]
        # Quotes the same (soon stale) expiration: its detail fails, and the failure decodes too.
        tasks.append(lossless("save_batch_task_for_creating_order_renew", m.SaveBatchTaskForCreatingOrderRenewRequest(
            order_renew_param=[m.SaveBatchTaskForCreatingOrderRenewRequestOrderRenewParam(
                domain_name=renewed, subscription_duration=1,
                current_expiration_date=info.expiration_date_long)])).task_no)
        servers = ["ns1.example.net", "ns2.example.net"]
        tasks.append(lossless("save_batch_task_for_modifying_domain_dns", m.SaveBatchTaskForModifyingDomainDnsRequest(
            domain_name=[delegated], aliyun_dns=False, domain_name_server=servers)).task_no)
        lossless("query_contact_info", m.QueryContactInfoRequest(domain_name=delegated, contact_type="admin"))
        tasks.append(lossless("save_batch_task_for_updating_contact_info_by_new_contact",
                              m.SaveBatchTaskForUpdatingContactInfoByNewContactRequest(
                                  domain_name=[delegated], contact_type="admin", registrant_type="2",
                                  registrant_name="Ops Team", email="ops@example.org")).task_no)
        # Host names of this mode's own, so that the V1 and V3 runs on one emulator never clash.
        instance, kept, dropped = info.instance_id, "ns-%s" % mode, "tmp-%s" % mode
        hosts = [("creating", m.SaveSingleTaskForCreatingDnsHostRequest(instance_id=instance, dns_name=kept, ip=["192.0.2.1"])),
                 ("modifying", m.SaveSingleTaskForModifyingDnsHostRequest(instance_id=instance, dns_name=kept, ip=["192.0.2.2", "2001:db8::1"])),
                 ("synchronizing", m.SaveSingleTaskForSynchronizingDnsHostRequest(instance_id=instance)),
                 ("creating", m.SaveSingleTaskForCreatingDnsHostRequest(instance_id=instance, dns_name=dropped, ip=["192.0.2.3"])),
                 ("deleting", m.SaveSingleTaskForDeletingDnsHostRequest(instance_id=instance, dns_name=dropped))]
        for verb, request in hosts:
            tasks.append(lossless("save_single_task_for_%s_dns_host" % verb, request).task_no)
        for lock in ("transfer", "update"):
            tasks.append(lossless("save_single_task_for_%s_prohibition_lock" % lock, getattr(
                m, "SaveSingleTaskFor%sProhibitionLockRequest" % lock.capitalize())(domain_name=delegated, status=True)).task_no)
            tasks.append(lossless("save_batch_task_for_%s_prohibition_lock" % lock, getattr(
                m, "SaveBatchTaskFor%sProhibitionLockRequest" % lock.capitalize())(domain_name=[delegated], status=False)).task_no)

        def all_details():
            found = []
            for task_no in tasks:
                body = lossless("query_task_detail_list", m.QueryTaskDetailListRequest(
                    task_no=task_no, page_num=1, page_size=100))
                found += [(d.domain_name, d.task_status, d.error_msg or "")
                          for d in ((body.data.task_detail if body.data else None) or [])]
            return found

        details, polls = common.poll(all_details, args)
        failed = [d for d in details if d[1] != "EXECUTE_SUCCESS"]
        if len(details) != len(tasks) or len(failed) != 1 or "expiration" not in failed[0][2]:
            raise common.FlowError("unexpected task outcomes: %s" % details)
        lossless("query_task_list", m.QueryTaskListRequest(page_num=1, page_size=100))
        glue = lossless("query_dns_host", m.QueryDnsHostRequest(instance_id=instance))
        found = {h.dns_name: h.ip_list for h in glue.dns_host_list or []}
        if found.get(kept) != ["192.0.2.2", "2001:db8::1"] or dropped in found:
            raise common.FlowError("DNS hosts after the changes: %s" % found)
        history = lossless("query_task_info_history", m.QueryTaskInfoHistoryRequest(page_size=2))
        if history.next_page_cursor:
            lossless("query_task_info_history", m.QueryTaskInfoHistoryRequest(
                page_size=2, task_no_cursor=history.next_page_cursor.task_no,
                create_time_cursor=history.next_page_cursor.create_time_long))
        lossless("query_task_detail_history", m.QueryTaskDetailHistoryRequest(task_no=tasks[0], page_size=5))
        after = lossless("query_domain_by_domain_name", m.QueryDomainByDomainNameRequest(domain_name=delegated))
        if (after.dns_list.dns if after.dns_list else None) != servers:
            raise common.FlowError("%s: DnsList is %s after the change" % (delegated, after.dns_list))
        if (after.transfer_prohibition_lock, after.update_prohibition_lock) != ("CLOSE", "CLOSE"):
            raise common.FlowError("%s: locks are %s/%s after turning them on and off" % (
                delegated, after.transfer_prohibition_lock, after.update_prohibition_lock))
        reads_flow(m, renewed, info.instance_id, tasks[0])
        transfer_out_flow(m, delegated)
        try:
            client.save_single_task_for_creating_order_activate(
                m.SaveSingleTaskForCreatingOrderActivateRequest(domain_name="unused-name.com"))
            raise common.FlowError("SaveSingleTaskForCreatingOrderActivate succeeded, but the emulator "
                                   "does not implement it")
        except AlibabaCloudException as e:
            if e.code != "UnsupportedOperation" or "SaveSingleTaskForCreatingOrderActivate" not in (e.message or ""):
                raise common.FlowError("SaveSingleTaskForCreatingOrderActivate: got %s %s" % (e.code, e.message))
        # Every action the emulator lists as emulated must have been decoded here.
        # Compared without case or underscores: the SDK writes QueryDSRecord as query_dsrecord.
        called = {name.replace("_", "") for name in checked}
        uncovered = sorted(a for a in emulated_actions() if a.lower() not in called)
        if uncovered:
            raise common.FlowError("emulated but not checked against the Tea models: %s" % ", ".join(uncovered))
        return ("%d actions decoded without loss by the Tea models (%d of them refusing an id that names "
                "nothing the emulator holds), %d responses, polls=%d (%s)") % (
            len(set(checked)), len(set(refusals)), len(checked), polls, WIRE[mode])

    common.run(label, models_flow if models else flow)


def emulated_actions():
    """EMULATED_ACTIONS as domain-emulator/src/actions/mod.rs declares it."""
    import re
    source = (Path(__file__).resolve().parents[2] / "domain-emulator" / "src" / "actions" / "mod.rs").read_text()
    block = re.search(r"pub const EMULATED_ACTIONS: \[&str; \d+\] = \[(.*?)\];", source, re.S)
    if not block:
        raise common.FlowError("EMULATED_ACTIONS not found in domain-emulator/src/actions/mod.rs")
    return re.findall(r'"(\w+)"', block.group(1))


def missing_keys(sent, kept, path=""):
    """The key paths of `sent` (the body as received) that `kept` (the model's to_map) lacks or changes."""
    if isinstance(sent, dict):
        if not isinstance(kept, dict):
            return [path or "(body)"]
        lost = []
        for key, value in sent.items():
            here = "%s.%s" % (path, key) if path else key
            if key not in kept:
                lost.append(here)
            else:
                lost += missing_keys(value, kept[key], here)
        return lost
    if isinstance(sent, list):
        if not isinstance(kept, list) or len(kept) != len(sent):
            return [path]
        lost = []
        for i, (a, b) in enumerate(zip(sent, kept)):
            lost += missing_keys(a, b, "%s[%d]" % (path, i))
        return lost
    return [] if sent == kept else ["%s (%r became %r)" % (path, sent, kept)]


if __name__ == "__main__":
    common.ensure_sdk_python()
    main()
