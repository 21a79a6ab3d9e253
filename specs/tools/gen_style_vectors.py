#!/usr/bin/env python3
"""Writes specs/styles/json.json and specs/styles/flat.json: how the official SDKs write parameters of
the `json`, `repeatList` and `flat` styles, and in the form body.

`alibabacloud_openapi_util`'s `Client.array_to_string_with_specified_style(value, name, "json")`
(what the generated Tea clients call for a parameter whose metadata style is `json`) is called,
not copied, on a fixed set of values: lists of strings (non-ASCII, reserved characters, quotes),
lists of objects with nested lists, numbers, booleans and empty lists. The Rust writer
(`aliyun_rpc::JsonText`, `#[rpc(json)]`) is held against the results by
`tests/tests/parameter_styles.rs`.

flat.json: every parameter that is not `json`-style, `repeatList` (`Tag.1.Key`, `Ipv6Address.1`) and
`flat` (`SystemDisk.Category`, `CopyEncryptionConfiguration.Arn.1.RoleType`, a map's `Labels.<key>`)
alike, is flattened by one SDK function, which the generated Tea clients call on their query:
`alibabacloud_tea_openapi.utils.Utils.query` (Python; the older `alibabacloud_openapi_util` `Client.query`
must agree) and `@alicloud/openapi-util` `Client.query` (Node, run with `node`). Each case gives the
parameters as the SDKs take them (`params`) and the pairs they send (`pairs`, sorted by name). The SDKs
differ on one thing only, a boolean: Python writes `str(True)`, `True`; Node `true`, as do the Java and
Go SDKs and this crate; such a case records Node's pairs, and Python's in `python_pairs`. The `body`
case is `Utils.to_form` of form-body (`formData`) parameters: `form` is the body text, `pairs` its
decoded pairs.

`--check` regenerates in memory and fails if a committed file differs. Needs the pinned SDKs
(`scripts/official-sdk-env.sh`, which the official checks run).
"""
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qsl

sys.path.insert(0, str(Path(__file__).resolve().parent))
import official_sdk  # noqa: E402

STYLES = Path(__file__).resolve().parent.parent / "styles"
OUT = STYLES / "json.json"
FLAT_OUT = STYLES / "flat.json"

VALUES = [
    ["i-1", "i-2"],
    ["i-二", "a b", "x&y=z", "quote\"back\\slash", "tab\tnew\nline"],
    [],
    [{"Port": 80, "TemplateName": "a b"}, {"Port": 443, "TemplateName": "例子", "Tags": ["x", "y"]}],
    [1, 2, 3000000000],
    [True, False],
    [{"Key": "env", "Value": None}],
    [1.5, 0.25, 100.0],
]


def cases():
    from alibabacloud_openapi_util.client import Client
    from importlib.metadata import version
    out = []
    for value in VALUES:
        out.append({"value": value, "text": Client.array_to_string_with_specified_style(value, "Name", "json")})
    return {"generator": "specs/tools/gen_style_vectors.py",
            "source": "alibabacloud-openapi-util %s Client.array_to_string_with_specified_style(value, 'Name', 'json')"
                      % version("alibabacloud-openapi-util"),
            "cases": out}


# Parameters as the SDKs take them, one case each: (name, params). Names and shapes are ECS's.
FLAT_CASES = [
    ("repeat-list-of-strings", {"Ipv6Address": ["2001:db8::1", "2001:db8::2"]}),
    ("repeat-list-of-objects", {"Tag": [{"Key": "env", "Value": "a b&c=d"},
                                        {"Key": "例", "Value": "~*'()"}]}),
    ("repeat-list-twelve-entries", {"Tag": [{"Key": "k%d" % i, "Value": "v%d" % i} for i in range(1, 13)]}),
    ("repeat-list-entry-with-absent-field", {"Tag": [{"Key": "only-key"}, {"Key": "k", "Value": ""}]}),
    ("flat-object", {"SystemDisk": {"Category": "cloud_essd", "Size": 40, "PerformanceLevel": "PL1"}}),
    ("flat-object-with-list", {"CopyEncryptionConfiguration": {
        "KMSKeyId": "key/1+2", "Arn": [{"RoleType": "service", "Rolearn": "acs:ram::1:role/r",
                                        "AssumeRoleFor": 1000000000000},
                                       {"RoleType": "user"}]}}),
    ("flat-object-in-object", {"LaunchConfiguration": {"InstanceName": "web",
                                                       "SystemDisk": {"Size": 40, "Category": "cloud"}}}),
    ("flat-list-of-objects", {"Permissions": [{"IpProtocol": "TCP", "PortRange": "22/22",
                                               "SourceCidrIp": "10.0.0.0/8"},
                                              {"IpProtocol": "ICMP", "PortRange": "-1/-1"}]}),
    ("flat-map", {"Labels": {"env": "prod", "a b": "c/d", "#3#env": "x", "例": "y"}}),
    ("booleans", {"CopyEncryptionConfiguration": {"Encrypted": True}, "DryRun": False}),
]

# Form-body (`formData`) parameters: a flattened object and plain values.
BODY_CASE = {"RegistrantProfile": {"Email": "a+b@example.com", "City": "杭州 市"}, "Lang": "en"}

NODE_QUERY = """
const { default: Client } = require(process.argv[1]);
let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  process.stdout.write(JSON.stringify(JSON.parse(input).map((params) => Client.query(params))));
});
"""


def node_queries(params_list):
    """`@alicloud/openapi-util` Client.query of each params object, run by node."""
    module = str(official_sdk.NODE_MODULES / "@alicloud" / "openapi-util")
    done = subprocess.run(["node", "-e", NODE_QUERY, module], input=json.dumps(params_list),
                          capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout)


def flat_cases():
    from alibabacloud_openapi_util.client import Client as OpenApiUtil
    from alibabacloud_tea_openapi.utils import Utils
    from importlib.metadata import version
    node = node_queries([params for _, params in FLAT_CASES])
    out = []
    for (name, params), from_node in zip(FLAT_CASES, node):
        python = Utils.query(params)
        if OpenApiUtil.query(params) != python:
            sys.exit(f"{name}: alibabacloud-tea-openapi and alibabacloud-openapi-util flatten differently")
        case = {"name": name, "params": params, "pairs": sorted(from_node.items())}
        if sorted(python.items()) != case["pairs"]:
            case["python_pairs"] = sorted(python.items())
        out.append(case)
    form = Utils.to_form(BODY_CASE)
    body = {"name": "body", "params": BODY_CASE, "form": form,
            "pairs": sorted(parse_qsl(form, keep_blank_values=True))}
    return {"generator": "specs/tools/gen_style_vectors.py",
            "source": ("alibabacloud-tea-openapi %s Utils.query (Python; alibabacloud-openapi-util %s "
                       "Client.query agrees), @alicloud/openapi-util %s Client.query (Node); body: "
                       "Utils.to_form") % (version("alibabacloud-tea-openapi"), version("alibabacloud-openapi-util"),
                                           node_version()),
            "cases": out, "body": body}


def node_version():
    package = official_sdk.NODE_MODULES / "@alicloud" / "openapi-util" / "package.json"
    return json.loads(package.read_text())["version"]


def main():
    official_sdk.ensure_sdk_python()
    outputs = {OUT: cases(), FLAT_OUT: flat_cases()}
    stale = []
    for path, document in outputs.items():
        text = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
        if "--check" in sys.argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
            continue
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    if stale:
        sys.exit(f"stale: {', '.join(stale)}: run specs/tools/gen_style_vectors.py")
    if "--check" in sys.argv:
        print("style vectors up to date")


if __name__ == "__main__":
    main()
