"""``ssaviewer evaluate``: score detected manoeuvres against operator ground truth."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import pandas as pd

from ssaviewer.core.dataset import load
from ssaviewer.core.detect.manoeuvres.detector import (
    MANOEUVRE_SECTIONS,
    DetectionCancelled,
    detect_manoeuvres,
)
from ssaviewer.core.detect.rules import Rules, RulesError, build_rules
from ssaviewer.core.evaluate import MIN_DV_MPS, MODES, Evaluation, evaluate
from ssaviewer.core.export.events_csv import read_events_csv
from ssaviewer.core.truth import read_truth

#: Columns of the printed table, with their headings.
TABLE_COLUMNS = {
    "name": "object",
    "regime": "regime",
    "object_years": "years",
    "truth_events": "truth",
    "ignored": "<5mm/s",
    "detections": "found",
    "tp": "TP",
    "fp": "FP",
    "fn": "FN",
    "precision": "precision",
    "recall": "recall",
    "f1": "F1",
    "f2": "F2",
    "false_alarms_per_year": "FA/yr",
}


def add_parser(subparsers: Any) -> None:
    """Register the ``evaluate`` sub-command."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score detected manoeuvres against operator records (precision, recall, F1, F2)",
        description="Match detected manoeuvres one-to-one to operator manoeuvre records "
        "(records between the same two element sets form one event), by element-set gap and "
        f"within ±12 h, and print the scores per object and per regime. Burns under "
        f"{MIN_DV_MPS * 1000:g} mm/s are neither misses nor false alarms. Exit status 2 for "
        "bad arguments or unreadable files.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="TLE",
        help="element sets detected on (after the truth files, or after `--`)",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--events", metavar="EVENTS.csv", help="events written by `detect`")
    source.add_argument(
        "--detect", action="store_true", help="detect manoeuvres here instead of reading events"
    )
    parser.add_argument(
        "--truth",
        nargs="+",
        required=True,
        metavar="TRUTH",
        help="operator records: labels CSV, IDS *man.txt, Fengyun *.fy, QZSS history",
    )
    parser.add_argument("--rules", metavar="RULES.toml", help="thresholds for --detect (TOML)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")


class ArgumentProblem(Exception):
    """A bad argument: the message names it and says what was expected."""


def run(args: argparse.Namespace) -> int:
    """Run ``evaluate``; returns the exit status."""
    try:
        truth_paths, data_paths = split_paths(args.truth, args.paths)
        truth = _read_truth_files(truth_paths)
        dataset = load(*data_paths)
        elements = dataset.elements
        if len(elements) == 0:
            raise ArgumentProblem(f"TLE: no element set could be loaded from {data_paths}")
        detections = (
            detect_manoeuvres(elements, _rules(args.rules))
            if args.detect
            else _read_events(args.events)
        )
    except (ArgumentProblem, RulesError) as exc:
        print(f"ssaviewer evaluate: {exc}", file=sys.stderr)
        return 2
    except DetectionCancelled:
        return 1
    result = evaluate(detections, truth, elements)
    if args.json:
        print(json.dumps(_json(result), indent=2))
    else:
        print(format_scores(result))
    return 0


def split_paths(truth: list[str], paths: list[str]) -> tuple[list[str], list[str]]:
    """Separate ``--truth A B TLE...`` when the element-set paths were swallowed by ``--truth``.

    Without explicit positional paths, trailing ``--truth`` entries that are folders or files
    in no ground-truth format are taken as the element-set paths (one truth file stays).
    """
    if paths:
        return truth, paths
    truth = list(truth)
    data: list[str] = []
    while len(truth) > 1 and _is_not_truth(truth[-1]):
        data.insert(0, truth.pop())
    if not data:
        raise ArgumentProblem("TLE: no element-set file or folder given (expected TLE paths)")
    return truth, data


def _is_not_truth(raw: str) -> bool:
    path = Path(raw)
    if path.is_dir():
        return True
    try:
        read_truth(path.read_text(encoding="utf-8", errors="replace")[:4000], path.name)
    except ValueError:
        return True
    except OSError:
        return False
    return False


def _read_truth_files(paths: list[str]) -> pd.DataFrame:
    frames = []
    for raw in paths:
        path = Path(raw)
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
            table, problems = read_truth(text, path.name)
        except OSError as exc:
            raise ArgumentProblem(f"--truth: cannot read {raw} ({exc.strerror})") from exc
        except ValueError as exc:
            raise ArgumentProblem(f"--truth: {exc}") from exc
        for message in problems[:5]:
            print(f"warning: {message}", file=sys.stderr)
        if len(problems) > 5:
            print(f"warning: {path.name}: {len(problems) - 5} more unusable lines", file=sys.stderr)
        frames.append(table)
    return pd.concat(frames, ignore_index=True)


def _rules(path: str | None) -> Rules:
    if path is None:
        return build_rules(MANOEUVRE_SECTIONS)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ArgumentProblem(f"--rules: cannot read {path} ({exc.strerror})") from exc
    return build_rules(MANOEUVRE_SECTIONS, text, path)


def _read_events(path: str) -> pd.DataFrame:
    """Read an events export written by ``ssaviewer detect``."""
    if not Path(path).is_file():
        raise ArgumentProblem(f"--events: {path} is not a file (expected an events CSV)")
    try:
        frame = read_events_csv(path)
    except ValueError as exc:
        raise ArgumentProblem(f"--events: {exc}") from exc
    needed = ("norad_id", "epoch_utc", "window_start_utc", "window_end_utc")
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        raise ArgumentProblem(f"--events: {path} lacks column(s) {', '.join(missing)}")
    return frame.assign(norad_id=pd.to_numeric(frame["norad_id"]).astype("int64"))


def format_scores(result: Evaluation) -> str:
    """Return the scores as text tables, one per matching mode."""
    blocks = []
    for mode in MODES:
        scores = result.scores[result.scores["mode"] == mode]
        table = scores[list(TABLE_COLUMNS)].rename(columns=TABLE_COLUMNS)
        title = "by element-set gap" if mode == "gap" else "within ±12 h"
        blocks.append(
            f"Matching {title} (per object, then pooled per regime):\n"
            + table.to_string(index=False, float_format=lambda v: f"{v:.3f}", na_rep="-")
        )
    return "\n\n".join(blocks)


def _json(result: Evaluation) -> list[dict[str, Any]]:
    columns = ["mode", "scope", *TABLE_COLUMNS]
    records = result.scores[columns].to_dict("records")
    return [{str(k): (None if pd.isna(v) else v) for k, v in r.items()} for r in records]
