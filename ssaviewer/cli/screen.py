"""``ssaviewer screen PATH... --target N --start T --days D --km K [--json]``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import pandas as pd

from ssaviewer.cli._args import ArgumentProblem, fail, norad_id, positive_number, utc_time
from ssaviewer.core.dataset import load
from ssaviewer.core.screening.screener import screen


def add_parser(subparsers: Any) -> None:
    """Register the ``screen`` sub-command."""
    parser = subparsers.add_parser(
        "screen",
        help="close approaches to a target object over a time window",
        description="Find every object passing within a distance of a target: time of "
        "closest approach, miss distance, relative speed and radial / in-track / "
        "cross-track separation in the target's frame. Times are ISO 8601 UTC.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or archive")
    parser.add_argument("--target", required=True, metavar="N", help="target NORAD number")
    parser.add_argument("--start", required=True, metavar="T", help="window start, ISO 8601 UTC")
    parser.add_argument("--days", required=True, metavar="D", help="window length in days")
    parser.add_argument("--km", required=True, metavar="K", help="distance threshold in km")
    parser.add_argument(
        "--step",
        metavar="S",
        help="finer coarse-grid step in seconds (default and upper bound: an eighth of the "
        "shortest period, at most 600 s); the approaches found do not depend on it",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array of approaches")


def run(args: argparse.Namespace) -> int:
    """Print the approaches; exit status 2 on bad arguments."""
    try:
        start = utc_time("--start", args.start)
        days = positive_number("--days", args.days)
        km = positive_number("--km", args.km)
        step = None if args.step is None else positive_number("--step", args.step)
        dataset = load(*args.paths)
        target = norad_id("--target", args.target, dataset)
    except ArgumentProblem as problem:
        return fail("screen", problem)
    try:
        found = screen(dataset.elements, target, start, days, km, step)
    except ValueError as problem:  # e.g. the target has only SGP4-XP element sets
        return fail("screen", ArgumentProblem(f"--target: {problem}"))
    records = approach_records(found)
    if args.json:
        json.dump(records, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_text(records, target))
    return 0


def approach_records(found: pd.DataFrame) -> list[dict[str, Any]]:
    """JSON-ready approaches: ids as int, times ISO 8601 UTC, distances in km."""
    numbers = ("miss_km", "relative_speed_kms", "radial_km", "in_track_km", "cross_track_km")
    columns = {name: found[name].to_numpy(dtype=float) for name in numbers}
    norad = found["norad_id"].to_numpy(dtype=int)
    names = found["object_name"].astype(str).to_numpy()
    times = found["tca_utc"].dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ").to_numpy()
    records: list[dict[str, Any]] = []
    for k in range(len(found)):
        record: dict[str, Any] = {
            "norad_id": int(norad[k]),
            "object_name": str(names[k]),
            "tca_utc": str(times[k]),
        }
        record.update({name: round(float(columns[name][k]), 6) for name in numbers})
        records.append(record)
    return records


def format_text(records: list[dict[str, Any]], target: int) -> str:
    """One line per approach, for a terminal."""
    out = [f"{len(records)} approaches to {target}"]
    out.append(f"{'tca_utc':27} {'norad':>9} {'miss_km':>9} {'speed_kms':>9}  R / I / C km  name")
    for r in records:
        ric = f"{r['radial_km']:.2f} / {r['in_track_km']:.2f} / {r['cross_track_km']:.2f}"
        out.append(
            f"{r['tca_utc']:27} {r['norad_id']:>9} {r['miss_km']:9.3f} "
            f"{r['relative_speed_kms']:9.3f}  {ric}  {r['object_name']}"
        )
    return "\n".join(out) + "\n"
