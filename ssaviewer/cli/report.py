"""``ssaviewer report PATH... -o report.html``: an HTML page of the events, with plots."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import pandas as pd

from ssaviewer.cli.detect import ArgumentProblem, check_lang, check_output, read_rules
from ssaviewer.core.dataset import load
from ssaviewer.core.detect import run_detection
from ssaviewer.core.detect.manoeuvres.detector import DetectionCancelled
from ssaviewer.core.export.selection import flagged
from ssaviewer.core.report import write_report

#: The analyst's columns a workspace adds to the report.
ANALYST_COLUMNS = ("analyst_verdict", "analyst_note")


def add_parser(subparsers: Any) -> None:
    """Register the ``report`` sub-command."""
    parser = subparsers.add_parser(
        "report",
        help="detect events and write them as one HTML page with element plots",
        description="Load element sets, detect and label events as `ssaviewer detect` does, "
        "and write a self-contained HTML page (opens in any browser, prints cleanly): per "
        "event the object, time, label, reasons, explanation, the analyst's verdict and note "
        "(with --workspace) and plots of the elements around it. Exit status 1 when no "
        "element set could be loaded, 2 for bad arguments.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or archive")
    parser.add_argument("-o", "--output", required=True, metavar="REPORT.html")
    parser.add_argument(
        "--flagged-only", action="store_true", help="report only the irregular events"
    )
    parser.add_argument("--rules", metavar="RULES.toml", help="thresholds overriding the defaults")
    parser.add_argument(
        "--workspace",
        metavar="W.ssaw",
        help="add the analyst's verdicts and notes from this workspace (read only)",
    )
    parser.add_argument(
        "--no-screening", action="store_true", help="skip close-approach screening (faster)"
    )
    parser.add_argument(
        "--lang",
        default="en",
        metavar="CODE",
        help="language of the explanations: ar, en, es, fr, ru or zh (default en)",
    )


def run(args: argparse.Namespace) -> int:
    """Load, detect, write the page; exit status 0, 1 (nothing loaded) or 2 (bad arguments)."""
    try:
        check_output(args.output)
        rules = read_rules(args.rules)
        lang = check_lang(args.lang)
        analysis = None if args.workspace is None else read_analysis(args.workspace)
    except ArgumentProblem as exc:
        sys.stderr.write(f"ssaviewer report: error: {exc}\n")
        return 2
    dataset = load(*args.paths)
    for row in dataset.report.files.itertuples():
        if row.status == "error":
            sys.stderr.write(f"ssaviewer report: {row.path}: {row.message}\n")
    if len(dataset.elements) == 0:
        sys.stderr.write("ssaviewer report: no element set could be loaded; nothing to report\n")
        return 1
    try:
        events = run_detection(dataset, rules, screen=None if args.no_screening else _screen())
    except DetectionCancelled:
        return 1
    if analysis is not None:
        events = events.merge(analysis, on="event_id", how="left")
        for column in ANALYST_COLUMNS:
            events[column] = events[column].astype("string").fillna("")
    chosen = flagged_events(events) if args.flagged_only else events
    n = write_report(args.output, chosen, dataset.elements, sources=list(args.paths), lang=lang)
    sys.stdout.write(f"wrote {n} of {len(events)} events to {args.output}\n")
    return 0


def _screen() -> Any:
    from ssaviewer.core.detect.events.close_approach import default_screen

    return default_screen


def read_analysis(path: str) -> pd.DataFrame:
    """Return ``event_id`` and ``ANALYST_COLUMNS`` from a workspace, opened read only.

    Raises
    ------
    ArgumentProblem
        The file is not a usable workspace (it is left as it was).
    """
    from ssaviewer.core.workspace import WorkspaceError, open_workspace
    from ssaviewer.core.workspace.events import events_with_analysis

    try:
        with open_workspace(path, read_only=True) as opened:
            events = events_with_analysis(opened)
    except (OSError, WorkspaceError) as exc:
        raise ArgumentProblem(f"--workspace: {path}: {exc}") from exc
    columns = ["event_id", *ANALYST_COLUMNS]
    table: pd.DataFrame = events[columns].drop_duplicates("event_id")
    return table


def flagged_events(events: pd.DataFrame) -> pd.DataFrame:
    """Return the flagged events: with a workspace's verdicts, as the workspace flags them.

    (An analyst's ``irregular`` flags an event; ``rejected`` or ``regular`` unflags it.)
    """
    if "analyst_verdict" not in events:
        return flagged(events)
    from ssaviewer.core.workspace.events import flagged as flagged_with_verdicts

    chosen: pd.DataFrame = events.loc[flagged_with_verdicts(events).to_numpy()]
    return chosen
