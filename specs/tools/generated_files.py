"""Writes a generator's files, or with `--check` fails listing those that differ from what the
generator would write now: one way for every generator that commits its output."""
import sys


def write_or_check(outputs, check, generator, up_to_date):
    """`outputs`: (path, text) pairs. Writes each (making its folder), or when `check` exits
    naming the stale ones and telling to run `generator`; prints `up_to_date` when none is."""
    stale = []
    for out, text in outputs:
        if check:
            if not out.exists() or out.read_text() != text:
                stale.append(str(out))
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text)
            print(f"wrote {out}")
    if stale:
        sys.exit(f"stale, run {generator}: " + ", ".join(stale))
    if check:
        print(up_to_date)
