"""The heavier ``ssaviewer workspace`` actions (they load data or pandas); see ``workspace``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ssaviewer.cli.workspace import ArgumentProblem, read_rules_text
from ssaviewer.core.dataset import load
from ssaviewer.core.detect.events.close_approach import default_screen
from ssaviewer.core.detect.rules import RulesError
from ssaviewer.core.workspace import open_workspace
from ssaviewer.core.workspace.build import build_workspace, rules_of
from ssaviewer.core.workspace.build import rerun as rerun_detection
from ssaviewer.core.workspace.events import RunSummary, events_with_analysis, export_events
from ssaviewer.core.workspace.sources import check_sources, relocate
from ssaviewer.core.workspace.sources import sources as list_sources

#: The columns ``events`` prints, in order.
LISTED = (
    "event_id",
    "norad_id",
    "object_name",
    "event_type",
    "epoch_utc",
    "label",
    "analyst_verdict",
    "analyst_note",
    "analyst_updated_utc",
    "analyst_orphaned",
)


def create(args: argparse.Namespace) -> int:
    """Load the data, detect, store; create nothing when nothing could be loaded."""
    text, source = read_rules_text(args.rules)
    try:
        rules_of(text, source)
    except RulesError as exc:
        raise ArgumentProblem(f"--rules: {exc}") from exc
    if Path(args.workspace).exists() and not args.force:
        raise ArgumentProblem(f"{args.workspace} already exists (--force replaces it)")
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise ArgumentProblem(f"PATH: {missing[0]}: no such file or folder")
    dataset = load(*args.paths)
    for row in dataset.report.files.itertuples():
        if row.status == "error":
            sys.stderr.write(f"ssaviewer workspace create: {row.path}: {row.message}\n")
    if len(dataset.elements) == 0:
        sys.stderr.write("ssaviewer workspace create: no element set could be loaded\n")
        return 1
    workspace, _, summary = build_workspace(
        args.workspace,
        args.paths,
        dataset=dataset,
        rules_text=text,
        rules_source=source,
        embed=args.embed,
        overwrite=args.force,
        screen=None if args.no_screening else default_screen,
    )
    with workspace:
        n_sources = len(list_sources(workspace))
    objects = dataset.elements["norad_id"].nunique()
    sys.stdout.write(
        f"created {args.workspace}: {n_sources} source files, {objects} objects, "
        f"{summary.added} events\n"
    )
    return 0


def rerun(args: argparse.Namespace) -> int:
    """Detect again keeping every verdict; say what changed."""
    text, source = read_rules_text(args.rules) if args.rules else (None, "")
    with open_workspace(args.workspace) as workspace:
        try:
            _, summary = rerun_detection(
                workspace,
                rules_text=text,
                rules_source=source,
                extra_paths=args.add,
                screen=None if args.no_screening else default_screen,
            )
        except RulesError as exc:
            raise ArgumentProblem(f"--rules: {exc}") from exc
    sys.stdout.write(_run_text(summary))
    return 0


def _run_text(summary: RunSummary) -> str:
    return (
        f"run {summary.run_id}: {summary.added + summary.kept} events "
        f"({summary.added} new, {summary.kept} found again); {summary.orphaned} no longer "
        f"found are kept as orphaned with the analyst's work; {summary.removed} removed\n"
    )


def events(args: argparse.Namespace) -> int:
    """Print every event with the analyst's verdict and note."""
    with open_workspace(args.workspace, read_only=True) as workspace:
        table = events_with_analysis(workspace)[list(LISTED)]
    if args.json:
        text = table.to_json(orient="records", date_format="iso", date_unit="ms")
        json.dump(json.loads(text), sys.stdout, indent=1, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    when = table["epoch_utc"].dt.strftime("%Y-%m-%d %H:%M").fillna("")
    for row, time in zip(table.to_dict("records"), when, strict=True):
        orphan = "  (orphaned)" if row["analyst_orphaned"] else ""
        note = row["analyst_note"]
        quoted = f"  {json.dumps(note, ensure_ascii=False)}" if note else ""
        sys.stdout.write(
            f"{row['event_id']}  {row['norad_id']:>6}  {time}  {row['event_type']:<14} "
            f"{row['label']:<12} {row['analyst_verdict'] or '-':<10}{quoted}{orphan}\n"
        )
    return 0


def export(args: argparse.Namespace) -> int:
    """Write the CSV (atomically); say how many events."""
    if not Path(args.output).resolve().parent.is_dir():
        raise ArgumentProblem(f"-o: the folder of {args.output} does not exist")
    with open_workspace(args.workspace, read_only=True) as workspace:
        written = export_events(workspace, args.output, flagged_only=args.flagged_only)
    sys.stdout.write(f"wrote {written} events to {args.output}\n")
    return 0


def sources(args: argparse.Namespace) -> int:
    """List the data files and which moved or changed; relocate one with ``--relocate``."""
    with open_workspace(args.workspace, read_only=args.relocate is None) as workspace:
        if args.relocate is not None:
            source_id, path = args.relocate
            if not source_id.isdigit():
                raise ArgumentProblem(f"--relocate: expected a source ID number; got {source_id!r}")
            relocate(workspace, int(source_id), path)
        problems = {p.source.source_id: p.problem for p in check_sources(workspace)}
        for source in list_sources(workspace):
            state = problems.get(source.source_id, "ok")
            copy = "  (embedded copy)" if source.embedded else ""
            sys.stdout.write(f"{source.source_id:>4}  {state:<8} {source.path}{copy}\n")
    return 1 if problems else 0
