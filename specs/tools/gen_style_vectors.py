#!/usr/bin/env python3
"""Writes specs/styles/json.json: how the official Tea Python SDK writes a `json`-style parameter.

`alibabacloud_openapi_util`'s `Client.array_to_string_with_specified_style(value, name, "json")`
(what the generated Tea clients call for a parameter whose metadata style is `json`) is called,
not copied, on a fixed set of values: lists of strings (non-ASCII, reserved characters, quotes),
lists of objects with nested lists, numbers, booleans and empty lists. The Rust writer
(`aliyun_rpc::JsonText`, `#[rpc(json)]`) is held against the results by
`tests/tests/parameter_styles.rs`. `--check` regenerates in memory and fails if the committed file
differs. Needs the pinned SDKs (`scripts/official-sdk-env.sh`, which the official checks run).
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import official_sdk  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "styles" / "json.json"

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


def main():
    official_sdk.ensure_sdk_python()
    text = json.dumps(cases(), indent=1, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT} is stale: run specs/tools/gen_style_vectors.py")
        print("style vectors up to date")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
