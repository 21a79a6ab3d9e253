#!/usr/bin/env python3
"""Writes `examples/own-actions/metadata/<Product>-<Action>.json`: the parameters of the actions
that crate declares, taken from Alibaba's OpenAPI metadata (`../shared/data/openapi-meta/`).

Only facts are kept (name, position, style, type, format, required, bounds, enum, list items);
the metadata's descriptions are left out. `--check` fails if a committed file is stale.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_domain_spec import META  # noqa: E402  (the same metadata folder)
from generated_files import write_or_check  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "examples" / "own-actions" / "metadata"

ACTIONS = [
    ("Domain", "domain-2018-01-29.json", "CheckDomain"),
    ("Alidns", "alidns-2015-01-09.json", "DescribeDomainGroups"),
    ("Ecs", "ecs-2014-05-26.json", "DescribeSpotAdvice"),
]

SCHEMA_KEYS = ["type", "format", "required", "minimum", "maximum", "maxItems", "enum"]


def trim_schema(schema):
    kept = {k: schema[k] for k in SCHEMA_KEYS if k in schema}
    items = schema.get("items")
    if items:
        kept["items"] = {"type": items.get("type")}
        if "properties" in items:
            kept["items"]["properties"] = {
                name: trim_schema(prop) for name, prop in sorted(items["properties"].items())
            }
    return kept


def render(product, file, action):
    api = json.loads((META / file).read_text())["apis"][action]
    parameters = []
    for parameter in api["parameters"]:
        kept = {"name": parameter["name"], "in": parameter.get("in")}
        if "style" in parameter:
            kept["style"] = parameter["style"]
        kept["schema"] = trim_schema(parameter.get("schema", {}))
        parameters.append(kept)
    document = {
        "generator": "specs/tools/gen_example_actions.py",
        "source": file,
        "product": product,
        "action": action,
        "parameters": parameters,
    }
    return json.dumps(document, indent=1, ensure_ascii=True) + "\n"


def main():
    check = "--check" in sys.argv
    if not META.is_dir():
        sys.exit(f"no metadata at {META}")
    outputs = (
        (OUT / f"{product}-{action}.json", render(product, file, action))
        for product, file, action in ACTIONS
    )
    write_or_check(
        outputs, check, "specs/tools/gen_example_actions.py", "example action metadata up to date"
    )


if __name__ == "__main__":
    main()
