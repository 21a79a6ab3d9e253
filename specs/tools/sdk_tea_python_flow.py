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
    args = common.parse_args(__doc__.splitlines()[1])
    label = "tea-python-%s" % mode

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

    common.run(label, flow)


if __name__ == "__main__":
    common.ensure_sdk_python()
    main()
