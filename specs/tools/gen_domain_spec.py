#!/usr/bin/env python3
"""Writes one product's spec snapshot, `specs/<product>/`: every action of the product as one
machine-readable description, taken from all the sources there are, with each fact's source and
each disagreement between the sources resolved by a written rule.

    python3 specs/tools/gen_domain_spec.py [--product domain|alidns|ecs|all] [--check] [--refresh-sdk]

Written per product (the folder is `specs/<product>/`):
  * `actions.json`: the snapshot. For each action: where it is described, its HTTP methods, and each
    parameter's facts (wire name, position `query`/`body`, style, type, format, required, enum,
    bounds, list items, the wire names the legacy SDK builds), each with the sources that state it
    (`from`), and every disagreement with the value chosen and the rule (`resolved`). The rules'
    reasons are written once, in `RULES` below, and copied into the file.
  * `examples/<Action>.json`: the `responseDemo` examples (JSON and XML) of each action that has one,
    as the service's answer text, for the golden-response test and for later declarations.
  * `sdk-facts.json`: what the official SDKs say, extracted from their source (never imported): the
    facts are pinned here so that `--check` neither downloads nor needs the SDKs.

Sources, by id: `meta` (Alibaba's newest metadata file), `meta-2024` (the older file with response
schemas and examples), `tea` and `legacy` (the PyPI SDKs, pinned in scripts/official-sdk-env.sh),
`project` (`specs/<product>/refinements.json`: facts the project adds, each with its own reason).

`--check` regenerates everything in memory and fails on any difference with the committed files;
when the pinned SDKs are installed (target/official-sdk, as scripts/official-signature-check.sh
installs them) it also re-extracts `sdk-facts.json` from them, otherwise it says it used the
committed extract. `--refresh-sdk` installs the pinned SDKs (the shared install step of
scripts/official-sdk-env.sh) and rewrites `sdk-facts.json`.

The metadata's descriptions are Alibaba's, in Chinese; none is copied: only facts are kept.
"""
import ast
import json
import os
import re
import subprocess
import sys
from xml.etree import ElementTree
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))
from official_sdk import SDK_ROOT  # noqa: E402  (where the pinned SDKs are installed)

ROOT = TOOLS.parents[1]


def find_metadata():
    """OPENAPI_META, or `shared/data/openapi-meta` beside the checkout or beside a parent of it
    (a git worktree sits one level deeper than the main checkout)."""
    if "OPENAPI_META" in os.environ:
        return Path(os.environ["OPENAPI_META"])
    for folder in ROOT.parents:
        candidate = folder / "shared" / "data" / "openapi-meta"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "data" / "openapi-meta"


META = find_metadata()
GENERATOR = "specs/tools/gen_domain_spec.py"

# Each product: its metadata files by source id (newest first), and its SDKs (PyPI distribution,
# import package, and where the legacy SDK keeps its request classes).
PRODUCTS = {
    "domain": {
        "product": "Domain",
        "version": "2018-01-29",
        "metadata": [
            ("meta", "domain-2018-01-29.json", "Alibaba's OpenAPI metadata, snapshot of 2025-12-03"),
            ("meta-2024", "domain-2018-01-29-with-responses-2024-06.json",
             "Alibaba's OpenAPI metadata with response schemas and examples, snapshot of 2024-06-24"),
        ],
        "legacy": ("aliyun-python-sdk-domain", "aliyunsdkdomain", "request/v20180129"),
        "tea": ("alibabacloud-domain20180129", "alibabacloud_domain20180129"),
    },
    "alidns": {
        "product": "Alidns",
        "version": "2015-01-09",
        "metadata": [
            ("meta", "alidns-2015-01-09.json", "Alibaba's OpenAPI metadata, snapshot of 2025-12-03"),
        ],
    },
    # ECS is declared only to show that the runtime is general (a test crate,
    # examples/ecs-actions), so its snapshot holds the declared actions alone: the other 353 of
    # the file's 356 would each need their quirks settled (see specs/ecs/README.md) for no
    # declaration to check.
    "ecs": {
        "product": "Ecs",
        "version": "2014-05-26",
        "metadata": [
            ("meta", "ecs-2014-05-26.json", "Alibaba's OpenAPI metadata, snapshot of 2025-12-03"),
        ],
        "only_actions": ["CreateAutoSnapshotPolicy", "DescribeInstances", "DescribeRegions"],
    },
}

# How each kind of disagreement is settled. Every `resolved` entry of a snapshot names one of these.
RULES = {
    "newest-metadata": (
        "Both metadata files are Alibaba's own description of the API; the 2025 file is the newer "
        "one, so where the 2024 file states a parameter fact differently, the 2025 value is kept."),
    "metadata-over-sdk": (
        "The SDKs are generated from the metadata at their release and add no rules (neither SDK "
        "checks bounds, enums or required parameters before sending); where an SDK states a "
        "parameter fact differently, the metadata's value is kept."),
    "required-over-doc-required": (
        "`docRequired` is what the help-centre page prints, `required` what the metadata marks as "
        "needed for a call; the README of the metadata notes that they part in places. The "
        "snapshot keeps `required` (it is what the newer file has, and what the Tea SDK's "
        "'This parameter is required.' notes follow), and records `docRequired` beside it."),
    "tea-over-legacy": (
        "For an action the metadata lacks, the Tea SDK (alibabacloud-domain20180129) is the newer "
        "generation of the two SDKs and describes types and required parameters; the legacy SDK "
        "only its wire names and a type comment. The Tea value is kept."),
    "legacy-wire-names": (
        "The legacy SDK (aliyun-python-sdk-domain) writes each flattened wire name out in full "
        "(`OrderRenewParam.N.DomainName`); they are recorded as `wire` and must agree with the "
        "list structure; they are not a fact the other sources could contradict."),
    "position-body": (
        "The metadata says `formData`, which the SDKs send as the form body (`add_body_params`, "
        "Tea's `body`): the snapshot calls the position `body`."),
    "union-of-parameters": (
        "A parameter that one source lists and another does not is kept (the snapshot is the union "
        "of the sources), with the sources that list it in `from.name`; the SDKs often carry a "
        "parameter that the service accepted after the metadata snapshot or before it."),
    "project-refinement": (
        "A fact the project adds where the sources say nothing or are known to be wrong, from the "
        "help centre or the service's behaviour; each has its own reason in refinements.json."),
    "project-exclusion": (
        "A parameter one source lists by mistake is left out; each has its own reason in "
        "refinements.json."),
    "example-xml-root": (
        "The metadata's XML example has no root element, which no XML answer of the service lacks; "
        "the `<ActionResponse>` root the service sends is added around it."),
    "example-malformed": (
        "The metadata's example is not well-formed (mismatched tags): it cannot be an answer of "
        "the service, so the golden-response test leaves it out; the other format's example stands."),
    "integer-bounds": (
        "Some metadata files write `minimum`/`maximum` as strings (`'1'`); they are numbers here."),
    "numbered-names": (
        "The metadata lists the entries of a short list one by one (`Filter.1.Key` … `Filter.4.Value`, "
        "each a string); they are one `repeatList` parameter here (`Filter`, as many entries as the "
        "highest number, each with the properties named after the number), which sends the same "
        "names, and which the Tea SDK's request model declares (a list of `Key`/`Value` objects)."),
    "property-letter-case": (
        "The metadata lists a list item's property twice, in two letter cases (`Key` and `key`); "
        "the service's names are PascalCase and both official SDKs of the product send the "
        "PascalCase one (`Tag.N.Key`), so it alone is kept."),
    "selected-actions": (
        "The snapshot holds only the actions that are declared (`only_actions` in the tool): the "
        "product is declared to test the runtime's generality, not to be complete."),
}

PARAMETER_FACTS = ["position", "style", "type", "format", "required", "enum", "minimum", "maximum",
                   "minItems", "maxItems", "minLength", "maxLength", "pattern"]


# ----------------------------------------------------------------------------- metadata

def number(value):
    """A bound as a number: some files write `'1'`."""
    if isinstance(value, str):
        return int(value) if re.fullmatch(r"-?\d+", value) else float(value)
    return value


def schema_facts(schema):
    """The facts of one metadata schema (a parameter's or a list item's), descriptions dropped."""
    facts = {}
    for key in ["type", "format", "required", "docRequired", "enum", "minimum", "maximum",
                "minItems", "maxItems", "pattern"]:
        if key in schema:
            value = schema[key]
            facts[key] = number(value) if key in ("minimum", "maximum") else value
    if "items" in schema:
        facts["items"] = schema_facts(schema["items"])
    if "properties" in schema:
        facts["properties"] = {name: schema_facts(prop)
                               for name, prop in sorted(schema["properties"].items())}
    return facts


def metadata_parameters(api):
    """Parameter name -> facts, as one metadata file describes an action."""
    out = {}
    for parameter in api.get("parameters", []):
        facts = schema_facts(parameter.get("schema", {}))
        facts["position"] = "body" if parameter.get("in") == "formData" else parameter.get("in")
        if "style" in parameter:
            facts["style"] = parameter["style"]
        numbered = NUMBERED_NAME.fullmatch(parameter["name"])
        if numbered:
            fold_numbered(out, numbered, facts)
            continue
        out[parameter["name"]] = facts
    return out


# `Filter.3.Key`: an entry of a list that the metadata spells out name by name.
NUMBERED_NAME = re.compile(r"(\w+)\.([1-9][0-9]*)\.(\w+)")


def fold_numbered(out, numbered, facts):
    """Adds one `List.N.Property` parameter to its list (rule `numbered-names`)."""
    name, number, prop = numbered.group(1), int(numbered.group(2)), numbered.group(3)
    folded = out.setdefault(name, {"type": "array", "required": False, "maxItems": 0,
                                   "items": {"type": "object", "properties": {}},
                                   "position": facts["position"], "style": "repeatList",
                                   "numbered": True})
    folded["maxItems"] = max(folded["maxItems"], number)
    item = {k: v for k, v in facts.items() if k != "position"}
    folded["items"]["properties"].setdefault(prop, item)


# ----------------------------------------------------------------------------- SDK extraction

def site_packages():
    found = sorted((SDK_ROOT / "venv" / "lib").glob("python3*/site-packages"))
    return found[0] if found else None


def installed_version(packages, distribution):
    prefix = distribution.replace("-", "_") + "-"
    for info in packages.glob(prefix + "*.dist-info"):
        return info.name[len(prefix):-len(".dist-info")]
    return None


def wire_pattern(node):
    """The wire name an SDK expression builds: `'A.' + str(depth1 + 1) + '.B'` -> `A.N.B`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return wire_pattern(node.left) + wire_pattern(node.right)
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "str":
        return "N"
    raise ValueError("unexpected wire-name expression: " + ast.dump(node))


# The legacy SDK's type comments (`def set_X(self, X):  # Long`) as metadata facts.
LEGACY_KINDS = {
    "String": {"type": "string"},
    "Integer": {"type": "integer", "format": "int32"},
    "Long": {"type": "integer", "format": "int64"},
    "Boolean": {"type": "boolean"},
    "Float": {"type": "number", "format": "float"},
    "Double": {"type": "number", "format": "double"},
    "RepeatList": {"type": "array"},
    "Array": {"type": "array"},
}


def legacy_facts(packages, config):
    """Per action, what the legacy SDK's request class says: method, and each parameter's wire
    names, position, type comment and whether it is sent as JSON text."""
    _, package, request_dir = config
    out = {}
    for path in sorted((packages / package / request_dir).glob("*Request.py")):
        source = path.read_text()
        lines = source.splitlines()
        tree = ast.parse(source)
        action, method, parameters = None, None, {}
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
                continue
            if call.func.attr == "__init__" and len(call.args) >= 4:
                action = call.args[3].value
            elif call.func.attr == "set_method":
                method = call.args[0].value
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef) or not function.name.startswith("set_"):
                continue
            comment = lines[function.lineno - 1].partition("#")[2].strip()
            for call in ast.walk(function):
                if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
                    continue
                if call.func.attr not in ("add_query_param", "add_body_params"):
                    continue
                wire = wire_pattern(call.args[0])
                name = wire.split(".")[0]
                entry = parameters.setdefault(name, {"kind": comment, "wire": []})
                entry["position"] = "query" if call.func.attr == "add_query_param" else "body"
                value = call.args[1]
                if isinstance(value, ast.Call) and getattr(value.func, "attr", None) == "dumps":
                    entry["style"] = "json"
                if wire != name:
                    entry["wire"].append(wire)
        for entry in parameters.values():
            entry["wire"] = sorted(set(entry["wire"]))
            if not entry["wire"]:
                del entry["wire"]
            entry.update(LEGACY_KINDS.get(entry["kind"], {}))
        out[action] = {"method": method, "parameters": dict(sorted(parameters.items()))}
    return dict(sorted(out.items()))


def python_type(annotation):
    """A Tea model annotation as a metadata type name."""
    text = ast.unparse(annotation) if annotation is not None else ""
    simple = {"str": "string", "int": "integer", "bool": "boolean", "float": "number"}
    if text in simple:
        return simple[text]
    if text.startswith("List["):
        return "array"
    return "object"  # a nested model or a `Dict[...]`


def tea_model(models, class_name):
    """Field name -> (type, required note, item class) of a Tea model class, or None."""
    for path in models.glob("*.py"):
        source = path.read_text()
        if f"class {class_name}(" not in source:
            continue
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef) and node.name == class_name:
                init = next(n for n in node.body
                            if isinstance(n, ast.FunctionDef) and n.name == "__init__")
                fields = {}
                arguments = init.args.args[1:]
                for argument in arguments:
                    item = None
                    text = ast.unparse(argument.annotation) if argument.annotation else ""
                    match = re.fullmatch(r"List\[main_models\.(\w+)\]", text)
                    if match:
                        item = match.group(1)
                    fields[argument.arg] = {"type": python_type(argument.annotation), "item": item}
                    scalar = re.fullmatch(r"List\[(str|int|bool|float)\]", text)
                    if scalar:
                        # A list of plain values: its item type, as the metadata names it.
                        fields[argument.arg]["scalar_item"] = python_type(
                            ast.parse(scalar.group(1), mode="eval").body)
                # "This parameter is required." sits in the comment block above `self.x = x`.
                for statement in init.body:
                    if not isinstance(statement, ast.Assign):
                        continue
                    target = statement.targets[0]
                    if not isinstance(target, ast.Attribute) or target.attr not in fields:
                        continue
                    index = statement.lineno - 2
                    note = False
                    while index >= 0 and lines[index].strip().startswith("#"):
                        note |= "This parameter is required." in lines[index]
                        index -= 1
                    fields[target.attr]["required"] = note
                return fields
    return None


def tea_facts(packages, config):
    """Per action, what the Tea SDK's client and request model say: each parameter's position, JSON
    style, type and required note."""
    _, package = config
    client = (packages / package / "client.py").read_text()
    models = packages / package / "models"
    out = {}
    # The synchronous `<action>_with_options` of each action; the async copy says the same. (The
    # SDK names two of them `…_idwith_options`, without the underscore.)
    for match in re.finditer(r"\n    def (\w+?)_?with_options\(\n(.*?)(?=\n    (?:async )?def )",
                             client, re.S):
        body = match.group(2)
        action = re.search(r"action = '(\w+)'", body).group(1)
        shrunk = {attribute: (wire, style) for attribute, wire, style in re.findall(
            r"request\.(\w+)_shrink = Utils\.array_to_string_with_specified_style\(tmp_req\.\w+, "
            r"'(\w+)', '(\w+)'\)", body)}
        fields = tea_model(models, action + "Request") or {}
        parameters = {}
        for position, wire, attribute in re.findall(r"(query|body)\['(\w+)'\] = request\.(\w+)",
                                                    body):
            entry = {"position": position}
            base = attribute[:-len("_shrink")] if attribute.endswith("_shrink") else attribute
            if base in shrunk:
                entry["style"] = shrunk[base][1]
            field = fields.get(base, {})
            if "type" in field:
                entry["type"] = field["type"]
            if field.get("required"):
                entry["required"] = True
            if field.get("scalar_item"):
                entry["items"] = {"type": field["scalar_item"]}
            if field.get("item"):
                # The item model's wire names are its to_map keys; read them from its source.
                entry["properties"] = tea_item_properties(models, field["item"])
            parameters[wire] = entry
        method = re.search(r"method = '(\w+)'", body)
        out[action] = {"method": method.group(1) if method else None,
                       "parameters": dict(sorted(parameters.items()))}
    named = set(re.findall(r"action = '(\w+)'", client))
    if named != set(out):
        sys.exit(f"the Tea client names actions it was not read for: {sorted(named - set(out))}")
    return dict(sorted(out.items()))


def tea_item_properties(models, class_name):
    """Wire name -> type of a Tea list-item model, read from its `to_map` keys."""
    fields = tea_model(models, class_name) or {}
    for path in models.glob("*.py"):
        source = path.read_text()
        if f"class {class_name}(" not in source:
            continue
        start = source.index(f"class {class_name}(")
        end = source.find("\nclass ", start + 1)
        text = source[start:end if end > 0 else len(source)]
        keys = dict(re.findall(r"result\['(\w+)'\] = self\.(\w+)", text))
        return {wire: {"type": fields.get(attribute, {}).get("type", "string")}
                for wire, attribute in sorted(keys.items())}
    return {}


def extract_sdk(config):
    """The SDK facts of a product from the installed pinned SDKs, or None if they are absent."""
    packages = site_packages()
    if "legacy" not in config or packages is None:
        return None
    facts = {}
    for key, extractor in (("legacy", legacy_facts), ("tea", tea_facts)):
        distribution = config[key][0]
        version = installed_version(packages, distribution)
        if version is None:
            return None
        facts[key] = {"package": f"{distribution}=={version}",
                      "actions": extractor(packages, config[key])}
    return facts


def install_sdk():
    """The pinned SDKs, installed by the step scripts/official-signature-check.sh shares."""
    logs = SDK_ROOT / "last-run"
    subprocess.run(["bash", "-c", 'source scripts/official-sdk-env.sh && official_sdk_install "$1"',
                    "install", str(logs)], cwd=ROOT, check=True, timeout=1500)


# ----------------------------------------------------------------------------- merging

def merge_parameter(name, stated, refinements):
    """One parameter from every source's facts (source id -> facts), with the project's
    refinements applied last. Returns the parameter and the disagreements it resolved."""
    order = [s for s in ("meta", "meta-2024", "tea", "legacy") if s in stated]
    merged = {"name": name}
    provenance = {"name": order}
    resolved = []

    def settle(fact, values):
        """Keep the first source's value (the order is the rules' order), record the rest."""
        present = {source: value for source, value in values if value is not None}
        if not present:
            return
        first_source, chosen = next(iter(present.items()))
        merged[fact] = chosen
        provenance[fact] = [s for s, v in present.items() if v == chosen]
        others = {s: v for s, v in present.items() if v != chosen}
        if others:
            rule = ("newest-metadata" if first_source == "meta" and set(others) == {"meta-2024"}
                    else "metadata-over-sdk" if first_source.startswith("meta")
                    else "tea-over-legacy")
            resolved.append({"parameter": name, "fact": fact, "chosen": chosen,
                             "from": first_source, "others": others, "rule": rule})

    for fact in PARAMETER_FACTS:
        values = []
        for source in order:
            facts = stated[source]
            value = facts.get(fact)
            if fact == "required" and source in ("tea",) and value is None and "type" in facts:
                value = False  # the Tea note is absent: not required
            values.append((source, value))
        if fact == "style":
            # The SDKs state only the JSON style; their silence does not contradict `repeatList`.
            values = [(s, v) for s, v in values if v is not None]
            if any(v == "json" for _, v in values):
                values = [(s, v) for s, v in values if v == "json"] + \
                         [(s, v) for s, v in values if v != "json"]
        settle(fact, values)
    for source in ("meta", "meta-2024"):
        doc = stated.get(source, {}).get("docRequired")
        if doc is not None:
            merged.setdefault("docRequired", doc)
            if doc != merged.get("required"):
                resolved.append({"parameter": name, "fact": "required", "chosen": merged["required"],
                                 "from": provenance["required"][0],
                                 "others": {source + ".docRequired": doc},
                                 "rule": "required-over-doc-required"})
            break
    if any(stated[s].get("position") == "body" for s in order if s.startswith("meta")):
        resolved.append({"parameter": name, "fact": "position", "chosen": "body",
                         "from": "meta", "others": {"meta.in": "formData"},
                         "rule": "position-body"})
    # A structure (the `flat` style): its properties, from the metadata.
    for source in order:
        facts = stated[source]
        if facts.get("type") == "object" and facts.get("properties"):
            merged["properties"] = named_properties(name, facts["properties"], resolved)
            provenance["properties"] = [source]
            break
    # List items: from the metadata (newest first), else from the Tea model.
    for source in order:
        facts = stated[source]
        if "items" in facts:
            item = dict(facts["items"])
            if "properties" in item:
                item["properties"] = named_properties(f"{name}.N", item["properties"], resolved)
            merged["items"] = item
            provenance["items"] = [source]
            if facts.get("numbered"):
                resolved.append({"parameter": name, "fact": "style", "chosen": "repeatList",
                                 "from": source, "others": {source: "one string per name"},
                                 "rule": "numbered-names"})
            break
        if "properties" in facts and facts["properties"] and facts.get("type") != "object":
            merged["items"] = {"type": "object", "properties": [
                dict({"name": n}, **p) for n, p in facts["properties"].items()]}
            provenance["items"] = [source]
            break
    # A list item's properties are the union too: the Tea model knows some the metadata lacks.
    tea_properties = stated.get("tea", {}).get("properties") or {}
    item = merged.get("items")
    if item is not None and provenance.get("items") != ["tea"] and tea_properties:
        known = {p["name"] for p in item.get("properties", [])}
        for extra, facts in tea_properties.items():
            if extra in known:
                continue
            item.setdefault("properties", []).append(
                dict({"name": extra, "required": False, "from": ["tea"]}, **facts))
            resolved.append({"parameter": f"{name}.N.{extra}", "fact": "present", "chosen": True,
                             "from": "tea", "others": {s: False for s in order if s != "tea"},
                             "rule": "union-of-parameters"})
    if merged.get("type") == "array" and "items" not in merged:
        sys.exit(f"{name}: a list whose items no source describes")
    wire = stated.get("legacy", {}).get("wire")
    if wire:
        merged["wire"] = wire
        provenance["wire"] = ["legacy"]
    for refinement in refinements:
        for fact, value in refinement["facts"].items():
            target = merged
            path = fact.split(".")
            for step in path[:-1]:  # `Key.required`: the list item's property `Key`
                target = next(p for p in target["items"]["properties"] if p["name"] == step)
            previous = target.get(path[-1])
            if previous == value:
                if refinement.get("every_action"):
                    continue  # this action's sources already say it
                sys.exit(f"{name}: the refinement of {fact} restates what the sources say")
            target[path[-1]] = value
            provenance[fact] = ["project"]
            resolved.append({"parameter": name, "fact": fact, "chosen": value, "from": "project",
                             "others": {} if previous is None else {"sources": previous},
                             "rule": "project-refinement", "reason": refinement["reason"]})
    merged["from"] = provenance
    return merged, resolved


def named_properties(at, properties, resolved):
    """A structure's properties (name -> facts) as a list of named facts, nested structures and
    list items too. A name the metadata also spells in other letter case keeps its PascalCase
    spelling only (rule `property-letter-case`)."""
    kept = []
    for prop, facts in properties.items():
        twins = [other for other in properties if other != prop and other.lower() == prop.lower()]
        if twins and not prop[0].isupper():
            resolved.append({"parameter": f"{at}.{prop}", "fact": "present", "chosen": False,
                             "from": "meta", "others": {"meta": True, "kept": twins[0]},
                             "rule": "property-letter-case"})
            continue
        facts = dict(facts)
        if "properties" in facts:
            facts["properties"] = named_properties(f"{at}.{prop}", facts["properties"], resolved)
        if "properties" in facts.get("items", {}):
            facts["items"] = dict(facts["items"], properties=named_properties(
                f"{at}.{prop}.N", facts["items"]["properties"], resolved))
        kept.append(dict({"name": prop}, **facts))
    return kept


def check_wire_names(action, parameter):
    """The legacy SDK's flattened wire names must be the ones the list structure gives."""
    if "wire" not in parameter:
        return
    name, item = parameter["name"], parameter.get("items", {})
    if item.get("properties"):
        # Properties only the Tea model knows are newer than the legacy SDK.
        expected = sorted(f"{name}.N.{p['name']}" for p in item["properties"]
                          if p.get("from") != ["tea"])
    else:
        expected = [f"{name}.N"]
    if parameter["wire"] != expected:
        sys.exit(f"{action}.{name}: the legacy SDK sends {parameter['wire']}, the list structure "
                 f"gives {expected}")


def build(key, config, sdk):
    """The snapshot of one product from its metadata, its SDK facts and its refinements."""
    files = [(source, json.loads((META / file).read_text()), file, what)
             for source, file, what in config["metadata"]]
    refinements = refinements_of(key)
    sources = {source: f"{file}: {what}" for source, _, file, what in files}
    action_sources = {}
    for source, data, _, _ in files:
        for action in data["apis"]:
            action_sources.setdefault(action, []).append(source)
    if sdk:
        for source in ("tea", "legacy"):
            sources[source] = sdk[source]["package"] + " (PyPI), extracted into sdk-facts.json"
            for action in sdk[source]["actions"]:
                action_sources.setdefault(action, []).append(source)
    if refinements:
        sources["project"] = f"specs/{key}/refinements.json: the project's own facts, each with a reason"
    only = config.get("only_actions")
    if only:
        missing = [a for a in only if a not in action_sources]
        if missing:
            sys.exit(f"{config['product']}: the sources have no action {missing}")
        action_sources = {a: s for a, s in action_sources.items() if a in only}
    actions = {}
    for action in sorted(action_sources):
        in_sources = action_sources[action]
        stated_per_parameter = {}
        names_in_order = []
        methods = None
        operation = None
        for source, data, _, _ in files:
            api = data["apis"].get(action)
            if api is None:
                continue
            methods = methods or api.get("methods")
            operation = operation or api.get("operationType")
            for name, facts in metadata_parameters(api).items():
                if name not in stated_per_parameter:
                    names_in_order.append(name)
                stated_per_parameter.setdefault(name, {})[source] = facts
        sdk_method = None
        if sdk:
            for source in ("tea", "legacy"):
                described = sdk[source]["actions"].get(action)
                if described is None:
                    continue
                # The legacy SDK's method wins: it sets one only where the action needs it.
                sdk_method = described.get("method") or sdk_method
                for name, facts in described["parameters"].items():
                    if name not in stated_per_parameter:
                        names_in_order.append(name)
                    stated_per_parameter.setdefault(name, {})[source] = facts
        parameters, resolved = [], []
        action_refinements = refinements.get("actions", {}).get(action, {})
        excluded = refinements.get("excluded", {}).get(action, {})
        for name in names_in_order:
            if name in excluded:
                listed = [s for s in ("meta", "meta-2024", "tea", "legacy")
                          if s in stated_per_parameter[name]]
                resolved.append({"parameter": name, "fact": "present", "chosen": False,
                                 "from": "project", "others": {s: True for s in listed},
                                 "rule": "project-exclusion", "reason": excluded[name]})
                continue
            # Refinements of every action that has the parameter, then this action's own.
            own = action_refinements.get(name, [])
            parameter, settled = merge_parameter(
                name, stated_per_parameter[name],
                [dict(r, every_action=True)
                 for r in refinements.get("every_action", {}).get(name, [])]
                + (own if isinstance(own, list) else [own]))
            sources_listing = parameter["from"]["name"]
            absent = [s for s in in_sources if s not in sources_listing]
            if absent:
                settled.append({"parameter": name, "fact": "present", "chosen": True,
                                "from": sources_listing[0], "others": {s: False for s in absent},
                                "rule": "union-of-parameters"})
            check_wire_names(action, parameter)
            parameters.append(parameter)
            resolved += settled
        # Sources that spell one name in two ways (`…ProfileID`, `…ProfileId`) would make it
        # two parameters here; none do today, and the tool stops if one starts to.
        spellings = {}
        for parameter in parameters:
            spellings.setdefault(parameter["name"].lower(), []).append(parameter["name"])
        twice = [names for names in spellings.values() if len(names) > 1]
        if twice:
            sys.exit(f"{action}: the sources spell a parameter in two ways: {twice}")
        entry = {"in": in_sources}
        if methods:
            entry["methods"] = methods
        elif sdk_method:
            entry["methods"] = [sdk_method.lower()]
        if operation:
            entry["operation"] = operation
        entry["parameters"] = parameters
        if resolved:
            entry["resolved"] = resolved
        actions[action] = entry
    endpoints = files[0][1].get("endpoints", [])
    used_rules = {r["rule"] for a in actions.values() for r in a.get("resolved", [])}
    if any(isinstance(p["schema"].get(b), str)
           for _, data, _, _ in files for api in data["apis"].values()
           for p in api.get("parameters", []) for b in ("minimum", "maximum")):
        used_rules.add("integer-bounds")
    if sdk:
        used_rules.add("legacy-wire-names")
    if only:
        used_rules.add("selected-actions")
    return {
        "generator": GENERATOR,
        "product": config["product"],
        "version": config["version"],
        "endpoints": endpoints,
        "sources": sources,
        "rules": {rule: RULES[rule] for rule in sorted(used_rules)},
        "action_count": len(actions),
        "actions": actions,
    }


def example(action, kind, body):
    """One example as the service would send it. An XML example without its root element (the
    metadata often leaves it out) gets the `<ActionResponse>` root the service always sends; one
    that is not well-formed even then is kept and marked, with the parser's complaint."""
    kept = {"format": kind, "body": body}
    if kind == "json":
        try:
            json.loads(body)
        except ValueError as error:
            kept["malformed"] = f"{RULES['example-malformed']} ({error})"
    elif kind == "xml":
        try:
            ElementTree.fromstring(body.encode("utf-8"))
        except ElementTree.ParseError as error:
            inner = body.split("?>", 1)[1] if body.startswith("<?xml") else body
            if inner.strip().startswith(f"<{action}Response>"):
                # The root is there: what is wrong lies elsewhere, and a second root would hide it.
                kept["malformed"] = f"{RULES['example-malformed']} ({error})"
                return kept
            wrapped = f"<{action}Response>\n{inner.strip()}\n</{action}Response>"
            try:
                ElementTree.fromstring(wrapped.encode("utf-8"))
                kept["body"] = wrapped
                kept["root_added"] = RULES["example-xml-root"]
            except ElementTree.ParseError as error:
                kept["malformed"] = f"{RULES['example-malformed']} ({error})"
    return kept


def refinements_of(key):
    path = ROOT / "specs" / key / "refinements.json"
    return json.loads(path.read_text()) if path.exists() else {}


def examples(key, config):
    """Action -> its `responseDemo` examples, from the metadata files that have them."""
    out = {}
    for source, file, _ in config["metadata"]:
        data = json.loads((META / file).read_text())
        for action, api in sorted(data["apis"].items()):
            if "responseDemo" not in api or action in out:
                continue
            demos = json.loads(api["responseDemo"])
            kept = [example(action, demo["type"], demo["example"]) for demo in demos]
            mistakes = refinements_of(key).get("example_mistakes", {}).get(action, {})
            for one in kept:
                if one["format"] in mistakes:
                    # Not an answer the service sends, for the reason given; the test skips it.
                    one["malformed"] = mistakes[one["format"]]
            document = {"generator": GENERATOR, "product": config["product"],
                        "action": action, "source": file, "examples": kept}
            unconsumed = refinements_of(key).get("examples", {}).get(action)
            if unconsumed:
                # Keys of the examples that no typed field takes on purpose, each with its reason.
                document["unconsumed"] = unconsumed
            schema = api.get("responses", {}).get("200", {}).get("schema")
            if schema:
                # The documented answer's shape (names, types, nesting), descriptions dropped.
                document["schema"] = schema_facts(schema)
            out[action] = document
    return out


def render(document):
    """Indented JSON with each list of plain values on one line, so a diff shows facts, not
    brackets."""
    text = json.dumps(document, indent=1, ensure_ascii=False)
    scalar = r'(?:"(?:[^"\\]|\\.)*"|-?[\d.eE+-]+|true|false|null)'
    pattern = re.compile(r"\[\n\s*(" + scalar + r"(?:,\n\s*" + scalar + r")*)\n\s*\]")
    text = pattern.sub(lambda m: "[" + re.sub(r",\n\s*", ", ", m.group(1)) + "]", text)
    return text + "\n"


def outputs(key, config, sdk):
    """Relative path -> text of every file this tool writes for a product."""
    out = {}
    folder = f"specs/{key}"
    if sdk is not None:
        out[f"{folder}/sdk-facts.json"] = render(dict({"generator": GENERATOR}, **sdk))
    out[f"{folder}/actions.json"] = render(build(key, config, sdk))
    for action, document in examples(key, config).items():
        out[f"{folder}/examples/{action}.json"] = render(document)
    return out


def main():
    arguments = sys.argv[1:]
    check = "--check" in arguments
    refresh = "--refresh-sdk" in arguments
    chosen = "all"
    if "--product" in arguments:
        chosen = arguments[arguments.index("--product") + 1]
    keys = list(PRODUCTS) if chosen == "all" else [chosen]
    if not META.is_dir():
        sys.exit(f"no metadata at {META}")
    if refresh:
        install_sdk()
    stale = []
    for key in keys:
        config = PRODUCTS[key]
        committed_sdk_path = ROOT / "specs" / key / "sdk-facts.json"
        sdk = None
        if "legacy" in config:
            sdk = extract_sdk(config)
            if sdk is None:
                if refresh:
                    sys.exit("the pinned SDKs did not install")
                if not committed_sdk_path.exists():
                    sys.exit(f"no {committed_sdk_path}: run with --refresh-sdk once")
                committed = json.loads(committed_sdk_path.read_text())
                sdk = {k: v for k, v in committed.items() if k != "generator"}
                print(f"{key}: SDKs not installed in {SDK_ROOT}; used the committed sdk-facts.json")
            else:
                print(f"{key}: SDK facts re-extracted from {SDK_ROOT}")
        texts = outputs(key, config, sdk)
        folder = ROOT / "specs" / key
        written = {ROOT / path for path in texts}
        if check:
            for path, text in texts.items():
                if not (ROOT / path).exists() or (ROOT / path).read_text() != text:
                    stale.append(path)
            for old in (folder / "examples").glob("*.json"):
                if old not in written:
                    stale.append(str(old.relative_to(ROOT)) + " (no longer generated)")
        else:
            for old in (folder / "examples").glob("*.json"):
                if old not in written:
                    old.unlink()
            for path, text in texts.items():
                (ROOT / path).parent.mkdir(parents=True, exist_ok=True)
                (ROOT / path).write_text(text)
            count = json.loads(texts[f"specs/{key}/actions.json"])["action_count"]
            print(f"wrote specs/{key}: {count} actions, {len(texts)} files")
    if stale:
        sys.exit("stale, run specs/tools/gen_domain_spec.py: " + ", ".join(stale))
    if check:
        print("spec snapshots up to date: " + ", ".join(keys))


if __name__ == "__main__":
    main()
