#!/usr/bin/env python3
"""Writes specs/floats/python-str.json: how the official Tea Python SDK writes float parameters.

alibabacloud_openapi_util's `query()` turns each value into text with Python's `str()`; this
script records `str(x)` for a fixed set of edge values and a seeded sample of random doubles,
each beside its exact bit pattern, so the Rust writer can be held against it.
`--check` regenerates in memory and fails if the committed file differs.
"""
import json
import random
import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "floats" / "python-str.json"

EDGES = [0.0, -0.0, 1.0, -1.0, 0.98, 2.5, 0.1, 0.2, 0.3, 1e-4, 9.999e-5, 1e-5, 1e15, 1e16,
         9999999999999998.0, 1.5e16, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
         123456789.125, 0.5, 100.0, 0.01, 3.14159, 1e22, 1e21, 1e-7, 0.000123]


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def cases():
    rng = random.Random(20181129)
    values = list(EDGES)
    for _ in range(300):
        # Random bit patterns cover every exponent; skip NaN and the infinities.
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if x == x and abs(x) != float("inf"):
            values.append(x)
    for _ in range(100):
        # Prices and ratios as users write them.
        values.append(round(rng.uniform(0, 1000), rng.randint(0, 6)))
    return [{"bits": str(bits(x)), "text": str(x)} for x in values]


def main():
    text = json.dumps({"generator": "specs/tools/gen_float_text.py", "cases": cases()}, indent=1) + "\n"
    if "--check" in sys.argv:
        if OUT.read_text() != text:
            sys.exit(f"{OUT} is stale: run specs/tools/gen_float_text.py")
        print("float vectors up to date")
        return
    OUT.write_text(text)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
