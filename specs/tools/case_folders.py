"""Writing the golden-vector case folders of a generator, or checking the committed ones against
what it computes now (`--check`): the same for signing-v1 and signing-v3."""

import sys
from pathlib import Path

import official_sdk as sdk


def sync(files, out: Path, check: bool, label: str, summary_lines):
    """Writes `files` ({(case folder, file name): text}) under `out`, or with `check` compares
    them with the committed ones and exits 1 on any difference or stale folder. Prints
    `summary_lines` (one per case) in between."""
    bad = []
    for (d, f), content in sorted(files.items()):
        p = out / d / f
        if check:
            if not p.exists() or p.read_bytes() != content.encode("utf-8"):
                bad.append(str(p.relative_to(sdk.REPO) if p.is_relative_to(sdk.REPO) else p))
        else:
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(content.encode("utf-8"))
    known = {d for d, _ in files}
    stale = sorted(x.name for x in out.iterdir() if x.is_dir() and x.name not in known) if out.exists() else []
    for line in summary_lines:
        print(line)
    if stale:
        print("stale case folders not produced by this generator: %s" % ", ".join(stale))
    if check:
        if bad or stale:
            print("%s CHECK FAILED: %d file(s) differ from the official-SDK output:" % (label, len(bad)))
            for b in bad:
                print("  " + b)
            sys.exit(1)
        print("%s check OK: %d cases, %d files match the official SDK output" % (label, len(summary_lines), len(files)))
    else:
        print("wrote %d cases to %s" % (len(summary_lines), out))
