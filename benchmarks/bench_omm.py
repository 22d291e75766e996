"""Time the OMM readers against sgp4's own OMM support, in one run.

Builds OMM files in every form (CelesTrak flavour for XML/JSON/CSV, KVN) from the real
catalogue ``../shared/data/catalog/active.txt`` repeated ``REPEAT`` times, then times:

- ssaviewer: sniff + parse into the validated element table;
- sgp4: ``sgp4.omm.parse_csv`` / ``parse_xml`` (CSV and XML; ``json.loads`` for JSON) and
  ``sgp4.omm.initialize`` into one ``Satrec`` per element set, which is what a script using
  sgp4 directly has to do to get usable element sets.

Then the fixed cost of one small message (one element set per file, the same four forms, as a
CelesTrak per-object download or a Space-Track query for one object gives): CPU time per file
(``time.process_time``, best of several repeats) and wall time, with the ratio to sgp4 reading
and initialising the same message. A folder of such files pays this once per file.

Run: ``.venv/bin/python benchmarks/bench_omm.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from sgp4 import omm
from sgp4.api import Satrec

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ssaviewer.core.formats.registry import sniff  # noqa: E402
from tests.core.omm_writers import (  # noqa: E402
    as_numbers,
    decimal_records,
    tle_pairs,
    to_csv,
    to_json,
    to_kvn,
    to_xml,
)

REPEAT = 8


def best_of(fn: Callable[[], Any], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def best_per_call(fn: Callable[[], Any], calls: int, repeats: int = 5) -> tuple[float, float]:
    """Return the best (CPU, wall) seconds per call of ``fn`` over ``repeats`` runs of ``calls``."""
    cpu, wall = float("inf"), float("inf")
    fn()
    for _ in range(repeats):
        c0, w0 = time.process_time(), time.perf_counter()
        for _ in range(calls):
            fn()
        cpu = min(cpu, (time.process_time() - c0) / calls)
        wall = min(wall, (time.perf_counter() - w0) / calls)
    return cpu, wall


def ssaviewer_parse(data: bytes) -> int:
    spec = sniff(data)
    assert spec is not None
    elements, rejected = spec.parse(data, "bench")
    assert rejected.empty
    return len(elements)


def sgp4_satrecs(fields: Any) -> int:
    n = 0
    for record in fields:
        omm.initialize(Satrec(), record)
        n += 1
    return n


def sgp4_parse(form: str, data: bytes) -> int:
    if form == "omm-csv":
        return sgp4_satrecs(omm.parse_csv(io.StringIO(data.decode())))
    if form == "omm-xml":
        return sgp4_satrecs(omm.parse_xml(io.BytesIO(data)))
    return sgp4_satrecs({k: str(v) for k, v in r.items()} for r in json.loads(data))


def main() -> int:
    catalog = REPO.parent / "shared" / "data" / "catalog" / "active.txt"
    if not catalog.exists():
        print(f"skipped: {catalog} is absent (real data is not redistributable)")
        return 0
    records = decimal_records(tle_pairs(catalog.read_text())) * REPEAT
    forms = {
        "omm-csv": to_csv(records),
        "omm-json": to_json(as_numbers(records)),
        "omm-xml": to_xml(records),
        "omm-kvn": to_kvn(records),
    }
    n = len(records)
    print(f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {n:,} element sets per file")
    print(f"{'form':9} {'MB':>6} {'ssaviewer/s':>12} {'sgp4/s':>10} {'ratio':>6}")
    for form, data in forms.items():
        ours = best_of(partial(ssaviewer_parse, data))
        line = f"{form:9} {len(data) / 1e6:6.1f} {n / ours:12,.0f}"
        if form == "omm-kvn":  # sgp4 reads no KVN
            print(line + f" {'-':>10} {'-':>6}")
            continue
        theirs = best_of(partial(sgp4_parse, form, data), runs=1)
        print(line + f" {n / theirs:10,.0f} {theirs / ours:5.1f}x")
    one_message(records[0])
    return 0


def one_message(record: dict[str, Any]) -> None:
    """Print the cost of reading a file holding one element set, per form, and sgp4's."""
    forms = {
        "omm-csv": to_csv([record]),
        "omm-json": to_json(as_numbers([record])),
        "omm-xml": to_xml([record]),
        "omm-kvn": to_kvn([record]),
    }
    print("\none message per file (ms per file; ratio: ssaviewer CPU / sgp4 CPU)")
    print(f"{'form':9} {'cpu ms':>7} {'wall ms':>8} {'sgp4 cpu':>9} {'ratio':>6}")
    for form, data in forms.items():
        cpu, wall = best_per_call(partial(ssaviewer_parse, data), 200)
        line = f"{form:9} {cpu * 1e3:7.2f} {wall * 1e3:8.2f}"
        if form == "omm-kvn":  # sgp4 reads no KVN
            print(line + f" {'-':>9} {'-':>6}")
            continue
        theirs, _ = best_per_call(partial(sgp4_parse, form, data), 200)
        print(line + f" {theirs * 1e3:9.3f} {cpu / theirs:5.0f}x")


if __name__ == "__main__":
    raise SystemExit(main())
