"""Shared plumbing of the sdk_*_flow.py scripts (argument parsing, checks, the summary line).

Nothing here talks to the emulator or contains SDK code: each flow script drives an official SDK
through its public API and uses these helpers only to pick domains, check results and report.
See scripts/official-sdk-emulator-check.sh and specs/README.md ("official SDK flows").
"""

import argparse
import datetime
import sys
import time
import traceback
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import official_sdk  # noqa: E402  (ensure_sdk_python: re-exec under target/official-sdk/venv)

TERMINAL = ("EXECUTE_SUCCESS", "EXECUTE_FAILURE")


class FlowError(Exception):
    """A failed step; the message should carry the emulator's error (code, message, request id)."""


def parse_args(description):
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--endpoint", required=True, help="emulator URL as printed, e.g. http://127.0.0.1:PORT/")
    ap.add_argument("--access-key-id", default="emulator-demo-id")
    ap.add_argument("--access-key-secret", default="emulator-demo-secret")
    ap.add_argument("--domains", required=True, help="comma-separated demo domains to renew (2)")
    ap.add_argument("--poll-interval", type=float, default=0.1, help="seconds between QueryTaskDetailList calls")
    ap.add_argument("--max-polls", type=int, default=200)
    args = ap.parse_args()
    url = urlsplit(args.endpoint)
    if url.scheme != "http" or not url.hostname or not url.port:
        ap.error("--endpoint must look like http://127.0.0.1:PORT/")
    args.host, args.port = url.hostname, url.port
    args.domains = [d for d in args.domains.split(",") if d]
    return args


def add_years_utc(ms, years):
    """The calendar rule of a renewal: same UTC day and time, `years` later (29 Feb -> 28 Feb)."""
    t = datetime.datetime.fromtimestamp(ms / 1000, tz=datetime.timezone.utc)
    year = t.year + years
    day = t.day
    if t.month == 2 and day == 29 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        day = 28
    return int(t.replace(year=year, day=day).timestamp() * 1000)


def pick(domains_in_list, wanted):
    """domains_in_list: name -> ExpirationDateLong (from QueryDomainList). Every wanted domain must be there."""
    missing = [d for d in wanted if d not in domains_in_list]
    if missing:
        raise FlowError("QueryDomainList does not list %s (it lists %d domains: %s)"
                        % (", ".join(missing), len(domains_in_list), ", ".join(sorted(domains_in_list))))
    return {d: int(domains_in_list[d]) for d in wanted}


def poll(query_details, args):
    """query_details() -> list of (DomainName, TaskStatus, ErrorMsg). Polls until all are terminal.

    Returns (details, polls)."""
    for polls in range(1, args.max_polls + 1):
        details = query_details()
        if details and all(status in TERMINAL for _, status, _ in details):
            return details, polls
        time.sleep(args.poll_interval)
    raise FlowError("task not finished after %d polls: %s" % (args.max_polls, details))


def check_details(details, wanted):
    got = sorted(d for d, _, _ in details)
    if got != sorted(wanted):
        raise FlowError("task details are for %s, expected %s" % (got, sorted(wanted)))
    failed = [(d, s, e) for d, s, e in details if s != "EXECUTE_SUCCESS"]
    if failed:
        raise FlowError("renewal failed: %s" % failed)


def check_moved(name, before_ms, after_ms, years=1):
    want = add_years_utc(before_ms, years)
    if int(after_ms) != want:
        raise FlowError("%s: ExpirationDateLong is %s after renewal, expected %s (was %s)"
                        % (name, after_ms, want, before_ms))


def run(label, flow):
    """Runs flow() -> summary tail; prints `OK label: ...` or `FAIL label: ...` and exits accordingly."""
    try:
        tail = flow()
    except FlowError as e:
        print("FAIL %s: %s" % (label, " ".join(str(e).split())), flush=True)
        sys.exit(1)
    except Exception as e:  # an SDK exception: show its text (it carries the server's error)
        traceback.print_exc(file=sys.stderr)
        print("FAIL %s: %s: %s" % (label, type(e).__name__, " ".join(str(e).split())[:800]), flush=True)
        sys.exit(1)
    print("OK %s: %s" % (label, tail), flush=True)


def ensure_sdk_python():
    official_sdk.ensure_sdk_python()
