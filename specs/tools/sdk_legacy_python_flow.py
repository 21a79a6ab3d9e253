#!/usr/bin/env python3
"""Submit -> poll -> verify against domain-emulator with the OFFICIAL legacy Python SDK, unchanged.

PyPI aliyun-python-sdk-core 2.16.1 (`aliyunsdkcore.client.AcsClient`) + aliyun-python-sdk-domain 3.14.11
(`aliyunsdkdomain.request.v20180129.*Request`), installed in target/official-sdk/venv by
scripts/official-sdk-env.sh. Wire format (facts §4): V1 signature, POST, every parameter in the
query, `Format=JSON`, `RegionId=cn-hangzhou`, `SignatureType=`.

Pointing it at the emulator uses only public API: `AcsClient(port=PORT)` plus, per request,
`set_endpoint('127.0.0.1')` (skips the endpoint resolver) and `set_protocol_type('http')`.

Flow: QueryDomainList (pages of 50) -> ExpirationDateLong of the --domains;
SaveBatchTaskForCreatingOrderRenew (1 year each, current expiration) -> TaskNo;
QueryTaskDetailList until every detail is EXECUTE_SUCCESS/EXECUTE_FAILURE; both must succeed;
QueryDomainByDomainName shows ExpirationDateLong moved by one year.
Prints `OK legacy-python: renewed a,b task=<TaskNo> polls=<n>` or `FAIL legacy-python: <error>`.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sdk_flow_common as common  # noqa: E402

LABEL = "legacy-python"


def main():
    args = common.parse_args(__doc__.splitlines()[1])

    from aliyunsdkcore.client import AcsClient
    from aliyunsdkcore.acs_exception.exceptions import ServerException
    from aliyunsdkdomain.request.v20180129.QueryDomainByDomainNameRequest import QueryDomainByDomainNameRequest
    from aliyunsdkdomain.request.v20180129.QueryDomainListRequest import QueryDomainListRequest
    from aliyunsdkdomain.request.v20180129.QueryTaskDetailListRequest import QueryTaskDetailListRequest
    from aliyunsdkdomain.request.v20180129.SaveBatchTaskForCreatingOrderRenewRequest import (
        SaveBatchTaskForCreatingOrderRenewRequest)

    client = AcsClient(args.access_key_id, args.access_key_secret, "cn-hangzhou", port=args.port,
                       auto_retry=False, connect_timeout=10, timeout=30)

    def call(request):
        request.set_endpoint(args.host)
        request.set_protocol_type("http")
        request.set_accept_format("JSON")
        try:
            return json.loads(client.do_action_with_exception(request))
        except ServerException as e:
            raise common.FlowError("%s: HTTP %s %s: %s (RequestId %s)" % (
                request.get_action_name(), e.get_http_status(), e.get_error_code(), e.get_error_msg(),
                e.get_request_id()))

    def flow():
        listed, page = {}, 1
        while True:
            req = QueryDomainListRequest()
            req.set_PageNum(page)
            req.set_PageSize(50)
            body = call(req)
            for d in body.get("Data", {}).get("Domain", []):
                listed[d["DomainName"]] = d["ExpirationDateLong"]
            if not body.get("NextPage"):
                break
            page += 1
        before = common.pick(listed, args.domains)

        req = SaveBatchTaskForCreatingOrderRenewRequest()
        req.set_OrderRenewParams([{"DomainName": d, "SubscriptionDuration": 1, "CurrentExpirationDate": before[d]}
                                  for d in args.domains])
        task_no = call(req)["TaskNo"]

        def details():
            req = QueryTaskDetailListRequest()
            req.set_TaskNo(task_no)
            req.set_PageNum(1)
            req.set_PageSize(1000)
            body = call(req)
            return [(d["DomainName"], d["TaskStatus"], d.get("ErrorMsg", ""))
                    for d in body.get("Data", {}).get("TaskDetail", [])]

        result, polls = common.poll(details, args)
        common.check_details(result, args.domains)

        for d in args.domains:
            req = QueryDomainByDomainNameRequest()
            req.set_DomainName(d)
            common.check_moved(d, before[d], call(req)["ExpirationDateLong"])
        return "renewed %s task=%s polls=%d" % (",".join(args.domains), task_no, polls)

    common.run(LABEL, flow)


if __name__ == "__main__":
    common.ensure_sdk_python()
    main()
