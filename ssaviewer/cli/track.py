"""``ssaviewer track PATH... --norad N --start T --end T --step S [--csv OUT]``: a ground track."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import pandas as pd

from ssaviewer.cli._args import ArgumentProblem, fail, iso, norad_id, positive_number, utc_time
from ssaviewer.core.dataset import load
from ssaviewer.core.orbits.ground import ground_track
from ssaviewer.core.orbits.propagate import RULES

#: Most points a track may have (a year at 1-second steps would be 31 million).
MAX_POINTS = 2_000_000


def add_parser(subparsers: Any) -> None:
    """Register the ``track`` sub-command."""
    parser = subparsers.add_parser(
        "track",
        help="ground track of one object (latitude, longitude, altitude) as CSV",
        description="Propagate one object's element sets and print (or write) its WGS-84 "
        "ground track as CSV. Times are ISO 8601 UTC.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or archive")
    parser.add_argument("--norad", required=True, metavar="N", help="NORAD catalogue number")
    parser.add_argument("--start", required=True, metavar="T", help="start time, ISO 8601 UTC")
    parser.add_argument("--end", required=True, metavar="T", help="end time, ISO 8601 UTC")
    parser.add_argument("--step", required=True, metavar="S", help="step in seconds")
    parser.add_argument("--rule", default="nearest", choices=RULES, help="element-set rule")
    parser.add_argument("--csv", metavar="OUT", help="write the CSV here instead of stdout")


def run(args: argparse.Namespace) -> int:
    """Print or write the track; exit status 2 on bad arguments."""
    try:
        start = utc_time("--start", args.start)
        end = utc_time("--end", args.end)
        step = positive_number("--step", args.step)
        if end < start:
            raise ArgumentProblem(
                f"--end: expected a time after --start {iso(start)}; got {iso(end)}"
            )
        if (end - start).total_seconds() / step > MAX_POINTS:
            raise ArgumentProblem(
                f"--step: too small for the span (more than {MAX_POINTS:,} points)"
            )
        dataset = load(*args.paths)
        norad = norad_id("--norad", args.norad, dataset)
    except ArgumentProblem as problem:
        return fail("track", problem)
    elements = dataset.elements
    history = elements.loc[elements["norad_id"].to_numpy() == norad]
    track = ground_track(history, start, end, step, rule=args.rule)
    text = to_csv(track)
    if args.csv:
        with open(args.csv, "w", encoding="utf-8", newline="") as out:
            out.write(text)
    else:
        sys.stdout.write(text)
    return 0


def to_csv(track: pd.DataFrame) -> str:
    """Return the track as CSV text, times ISO 8601 UTC with a Z."""
    table = track.copy()
    table["time_utc"] = table["time_utc"].dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return str(table.to_csv(index=False, float_format="%.6f", lineterminator="\n"))
