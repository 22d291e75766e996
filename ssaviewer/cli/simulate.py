"""``ssaviewer simulate SPEC.toml -o DIR [--seed N]``: a scenario, its SATCAT and answer key."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ssaviewer.core.simulate.scenario import simulate, write_scenario
from ssaviewer.core.simulate.spec import SpecError, parse_spec


def add_parser(subparsers: Any) -> None:
    """Register the ``simulate`` sub-command."""
    parser = subparsers.add_parser(
        "simulate",
        help="generate synthetic element-set histories and an answer key from a TOML SPEC",
        description="Run a scenario SPEC (see sample_data/scenario.toml) and write 3-line TLE "
        "and OMM JSON files, a CelesTrak SATCAT (satcat.csv), answer_key.csv and, when the "
        "SPEC has [[launch_notice]] tables, launch_notifications.csv into DIR. "
        "The same SPEC and seed always give "
        "byte-identical files. Exit status 2 for a bad SPEC or bad arguments.",
    )
    parser.add_argument("spec", metavar="SPEC.toml", help="scenario SPEC (TOML)")
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="output folder")
    parser.add_argument("--seed", type=int, default=None, help="override the SPEC's seed")


def _error(message: str) -> int:
    sys.stderr.write(f"ssaviewer simulate: error: {message}\n")
    return 2


def run(args: argparse.Namespace) -> int:
    """Simulate and write; print one line per file written."""
    path = Path(args.spec)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _error(f"SPEC.toml: cannot read {path} ({exc}); expected a readable TOML file")
    try:
        spec = parse_spec(text, path.name)
    except SpecError as exc:
        return _error(str(exc))
    if args.seed is not None and args.seed < 0:
        return _error(f"--seed: expected a non-negative integer, got {args.seed}")
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        return _error(f"-o/--output: {out} exists and is not a folder; expected a folder")
    scenario = simulate(spec, seed=args.seed)
    try:
        paths = write_scenario(scenario, out)
    except OSError as exc:
        return _error(f"-o/--output: cannot write into {out} ({exc})")
    n_objects = scenario.elements["norad_id"].nunique()
    sys.stdout.write(
        f"{n_objects} objects, {len(scenario.elements)} element sets, "
        f"{len(scenario.answer_key)} answer-key rows\n"
    )
    for p in paths:
        sys.stdout.write(f"wrote {p}\n")
    return 0
