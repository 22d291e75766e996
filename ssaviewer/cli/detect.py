"""``ssaviewer detect PATH... -o events.csv``: find, label and export behaviour events."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import pandas as pd

from ssaviewer.core.dataset import Dataset, load
from ssaviewer.core.detect import default_rules, load_rules, run_detection
from ssaviewer.core.detect.events.event_table import at_least_confident
from ssaviewer.core.detect.manoeuvres.detector import DetectionCancelled
from ssaviewer.core.detect.rules import Rules, RulesError
from ssaviewer.core.export.events_csv import format_events_csv, write_events_csv
from ssaviewer.core.export.selection import flagged
from ssaviewer.core.i18n import UnknownLanguageError, check_language
from ssaviewer.core.launch_notifications import LaunchNotificationError, read_launch_notifications
from ssaviewer.core.truth import read_truth
from ssaviewer.core.truth.notifications import orbit_records, resolve_notifications

#: How many per-object notes the text output lists before the total.
FIRST_NOTES = 10


def add_parser(subparsers: Any) -> None:
    """Register the ``detect`` sub-command."""
    parser = subparsers.add_parser(
        "detect",
        help="find manoeuvres and other events, label them regular or irregular, export CSV",
        description="Load element sets, find manoeuvres, decays, fragmentations, close "
        "approaches after manoeuvres and data-quality problems, label each manoeuvre against "
        "its object's own pattern of life, and write one row per event. Exit status 1 when "
        "no element set could be loaded, 2 for bad arguments or rules.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or archive")
    parser.add_argument(
        "-o", "--output", metavar="EVENTS.csv", help="write the events here (CSV, atomically)"
    )
    parser.add_argument(
        "--rules", metavar="RULES.toml", help="thresholds overriding the defaults (TOML)"
    )
    parser.add_argument(
        "--notifications",
        metavar="RECORDS",
        action="append",
        help="operator manoeuvre records (labels CSV with norad_id, start_utc, end_utc; IDS "
        "*man.txt; Fengyun *.fy; QZSS history), repeatable: enables the 'unannounced' reason",
    )
    parser.add_argument(
        "--launch-notifications",
        metavar="FILE",
        help="launch notifications (CSV cospar_launch, notified_utc, state, note): each new "
        "launch is then 'notified' or 'unannounced'",
    )
    parser.add_argument(
        "--flagged-only", action="store_true", help="export only the irregular events"
    )
    parser.add_argument(
        "--min-confidence",
        type=float,
        default=0.0,
        metavar="X",
        help="drop detections whose confidence is under X (0-1; calibrated so that "
        "detections of confidence >= X were true at least X of the time on real objects)",
    )
    parser.add_argument(
        "--no-screening",
        action="store_true",
        help="skip close-approach screening after manoeuvres (faster on big catalogues)",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON summary with every event")
    parser.add_argument(
        "--bom",
        action="store_true",
        help="start the CSV with a UTF-8 byte-order mark (spreadsheets then show Δ × ° right)",
    )
    parser.add_argument(
        "--lang",
        default="en",
        metavar="CODE",
        help="language of the explanation column: ar, en, es, fr, ru or zh (default en; "
        "the reasons column keeps its English codes)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run detection per partition of a store (ssaviewer store) on Dask: 'local' starts "
        "worker processes on this machine, tcp://HOST:8786 uses a running scheduler",
    )
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes of --scheduler local (default: one per core)",
    )
    parser.add_argument(
        "--bundle",
        metavar="FINDINGS.zip",
        help="also write the events with a manifest (input hashes, rules, versions, platform) "
        "that ssaviewer verify re-derives them from",
    )


class ArgumentProblem(Exception):
    """A bad argument: the message names it and says what was expected."""


def read_rules(path: str | None) -> Rules:
    """Return the rules from ``path`` (the defaults when None)."""
    if path is None:
        return default_rules()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ArgumentProblem(f"--rules: cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ArgumentProblem(f"--rules: {path} is not UTF-8 text (a TOML file)") from exc
    try:
        return load_rules(text, path)
    except RulesError as exc:
        raise ArgumentProblem(f"--rules: {exc}") from exc


def check_lang(code: str) -> str:
    """Return ``--lang`` normalised (``FR`` -> ``fr``); refuse a code outside the six."""
    try:
        return check_language(code)
    except UnknownLanguageError as exc:
        raise ArgumentProblem(f"--lang: {exc}") from exc


def read_launch_notices(path: str | None) -> pd.DataFrame | None:
    """Read ``--launch-notifications`` (None when not given)."""
    if path is None:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ArgumentProblem(
            f"--launch-notifications: cannot read {path}: {exc.strerror}"
        ) from exc
    except UnicodeDecodeError as exc:
        raise ArgumentProblem(f"--launch-notifications: {path} is not UTF-8 text") from exc
    try:
        return read_launch_notifications(text, path)
    except LaunchNotificationError as exc:
        raise ArgumentProblem(f"--launch-notifications: {exc}") from exc


def read_notifications(paths: list[str] | None) -> pd.DataFrame | None:
    """Read operator records (any format ``ssaviewer evaluate --truth`` reads); None if none.

    Attitude-control records are not orbit changes and are dropped. Returns ``norad_id``,
    ``object_id``, ``start_utc``, ``end_utc``.
    """
    if not paths:
        return None
    frames = []
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise ArgumentProblem(f"--notifications: cannot read {path}: {exc.strerror}") from exc
        try:
            truth, problems = read_truth(text, Path(path).name)
        except ValueError as exc:
            raise ArgumentProblem(f"--notifications: {exc}") from exc
        if len(truth) == 0:
            first = f" ({problems[0]})" if problems else ""
            raise ArgumentProblem(f"--notifications: {path}: no usable record{first}")
        for problem in problems[:FIRST_NOTES]:
            sys.stderr.write(f"ssaviewer detect: note: {problem}\n")
        frames.append(orbit_records(truth))
    return pd.concat(frames, ignore_index=True)


def check_output(path: str | None) -> None:
    """Refuse an output path whose folder does not exist, before any work is done."""
    if path is not None and not Path(path).resolve().parent.is_dir():
        raise ArgumentProblem(f"-o: the folder of {path} does not exist")


def history_notes(dataset: Dataset) -> list[str]:
    """Say which objects have too few distinct element sets to show a manoeuvre."""
    elements = dataset.elements
    if len(elements) == 0:
        return []
    grouped = elements.groupby("norad_id", sort=True, observed=True)
    counts = grouped.size()
    copies = grouped["duplicate_records"].agg(
        lambda r: sum(len(str(v).split("; ")) for v in r.dropna())
    )
    notes = []
    for norad, n in counts[counts < 2].items():
        extra = int(copies.get(norad, 0))
        if extra:
            notes.append(
                f"NORAD {norad}: all {n + extra} element sets are copies of {n}: at least 2 "
                "different element sets are needed to see a manoeuvre"
            )
        else:
            notes.append(
                f"NORAD {norad}: only {n} element set: at least 2 are needed to see a manoeuvre"
            )
    return notes


def run(args: argparse.Namespace) -> int:
    """Load, detect, export; exit status 0, 1 (nothing loaded) or 2 (bad arguments)."""
    try:
        check_output(args.output)
        if not 0.0 <= args.min_confidence <= 1.0:
            raise ArgumentProblem(
                f"--min-confidence {args.min_confidence:g}: expected a number from 0 to 1"
            )
        check_output(args.bundle)
        check_scheduler(args)
        lang = check_lang(args.lang)
        rules = read_rules(args.rules)
        notifications = read_notifications(args.notifications)
        launch_notices = read_launch_notices(args.launch_notifications)
    except ArgumentProblem as exc:
        sys.stderr.write(f"ssaviewer detect: error: {exc}\n")
        return 2
    found = detect_events(args, rules, notifications, launch_notices)
    if isinstance(found, int):
        return found
    dataset, events = found
    events = at_least_confident(events, args.min_confidence)
    written = flagged(events) if args.flagged_only else events
    if args.output is not None:
        write_events_csv(written, args.output, bom=args.bom, lang=lang)
    if args.bundle is not None:
        write_findings(args, rules, format_events_csv(written), len(written))
    summary = _summary(dataset, events, written, rules, args.output)
    if args.json:
        summary["events"] = json.loads(_events_json(written))
        json.dump(summary, sys.stdout, indent=1, ensure_ascii=False)
        sys.stdout.write("\n")
    elif args.output is None:
        # The CSV goes to standard output, so `ssaviewer detect DATA > events.csv` works;
        # the summary goes to standard error.
        sys.stderr.write(_text(summary))
        sys.stderr.write(
            "ssaviewer detect: note: the thresholds behind rules_digest are written only "
            "with -o (EVENTS.rules.toml beside the CSV)\n"
        )
        sys.stdout.write(("\ufeff" if args.bom else "") + format_events_csv(written, lang))
    else:
        sys.stdout.write(_text(summary))
    return 0


def check_scheduler(args: argparse.Namespace) -> None:
    """``--scheduler`` needs one store; ``--workers`` only makes sense with ``local``."""
    if args.scheduler is None:
        if args.workers is not None:
            raise ArgumentProblem("--workers: only with --scheduler local")
        return
    from ssaviewer.core.store import is_store

    if len(args.paths) != 1 or not is_store(args.paths[0]):
        raise ArgumentProblem(
            "--scheduler: give exactly one store (made by ssaviewer store PATH... -o STORE); "
            f"got {' '.join(args.paths)}"
        )
    if not (args.scheduler == "local" or args.scheduler.startswith("tcp://")):
        raise ArgumentProblem(
            f"--scheduler: expected 'local' or tcp://HOST:PORT; got {args.scheduler!r}"
        )
    if args.workers is not None and (args.workers < 1 or args.scheduler != "local"):
        raise ArgumentProblem("--workers: a positive number, only with --scheduler local")


def detect_events(
    args: argparse.Namespace,
    rules: Rules,
    notifications: pd.DataFrame | None,
    launch_notices: pd.DataFrame | None = None,
) -> tuple[Dataset, pd.DataFrame] | int:
    """Load ``args.paths`` and detect (on a cluster with ``--scheduler``); or an exit status.

    The events are all of them: ``--min-confidence`` and ``--flagged-only`` are the caller's.
    """
    if args.scheduler is not None:
        return _detect_on_cluster(args, rules, notifications, launch_notices)
    dataset = load(*args.paths)
    for row in dataset.report.files.itertuples():
        if row.status == "error":
            sys.stderr.write(f"ssaviewer detect: {row.path}: {row.message}\n")
    if len(dataset.elements) == 0:
        sys.stderr.write("ssaviewer detect: no element set could be loaded; nothing to detect\n")
        return 1
    notes = history_notes(dataset)
    for note in notes[:FIRST_NOTES]:
        sys.stderr.write(f"ssaviewer detect: note: {note}\n")
    if len(notes) > FIRST_NOTES:
        sys.stderr.write(f"ssaviewer detect: note: ... and {len(notes) - FIRST_NOTES} more\n")
    try:
        events = run_detection(
            dataset,
            rules,
            notifications=resolve_notifications(notifications, dataset.objects),
            screen=None if args.no_screening else _default_screen(),
            launch_notifications=launch_notices,
        )
    except DetectionCancelled:
        return 1
    return dataset, events


def _detect_on_cluster(
    args: argparse.Namespace,
    rules: Rules,
    notifications: pd.DataFrame | None,
    launch_notices: pd.DataFrame | None,
) -> tuple[Dataset, pd.DataFrame] | int:
    from ssaviewer.core.distributed import detect_store, open_client

    dataset = load(args.paths[0])
    if len(dataset.elements) == 0:
        sys.stderr.write("ssaviewer detect: the store holds no element set; nothing to detect\n")
        return 1
    with open_client(args.scheduler, args.workers) as client:
        run = detect_store(
            args.paths[0],
            client,
            rules,
            dataset=dataset,
            notifications=resolve_notifications(notifications, dataset.objects),
            screen=None if args.no_screening else _default_screen(),
            launch_notifications=launch_notices,
        )
    return dataset, run.events


def write_findings(args: argparse.Namespace, rules: Rules, events_csv: str, n_events: int) -> None:
    """Write the ``--bundle`` zip: the events as exported, the rules file, the manifest."""
    from ssaviewer.core.bundle import Bundle, build_manifest, write_bundle
    from ssaviewer.core.bundle.archive import text_sha256

    rules_text = None if args.rules is None else Path(args.rules).read_text(encoding="utf-8")
    manifest = build_manifest(
        list(args.paths),
        notifications=list(args.notifications or []),
        launch_notifications=[args.launch_notifications] if args.launch_notifications else [],
        rules_text=rules_text,
        rules_digest=rules.digest,
        options={
            "flagged_only": bool(args.flagged_only),
            "no_screening": bool(args.no_screening),
            "min_confidence": float(args.min_confidence),
        },
        events_sha256=text_sha256(events_csv),
        n_events=n_events,
    )
    write_bundle(args.bundle, Bundle(manifest, events_csv, rules_text))


def _default_screen() -> Any:
    from ssaviewer.core.detect.events.close_approach import default_screen

    return default_screen


def _summary(
    dataset: Dataset, events: pd.DataFrame, written: pd.DataFrame, rules: Rules, out: str | None
) -> dict[str, Any]:
    counts = (events["event_type"] + " " + events["label"]).value_counts(sort=False)
    return {
        "objects": int(dataset.elements["norad_id"].nunique()),
        "element_sets": len(dataset.elements),
        "rejected_records": dataset.report.n_rejected,
        "rules": rules.source,
        "rules_digest": rules.digest,
        "events": len(events),
        "written": len(written),
        "output": out,
        "per_type_and_label": {str(k): int(n) for k, n in sorted(counts.items())},
    }


def _events_json(events: pd.DataFrame) -> str:
    text: str = events.to_json(orient="records", date_format="iso", date_unit="ns")
    return text


def _text(summary: dict[str, Any]) -> str:
    lines = [
        f"{summary['objects']} objects, {summary['element_sets']} element sets"
        f" ({summary['rejected_records']} records rejected)",
        f"rules: {summary['rules']} (digest {summary['rules_digest']})",
        f"{summary['events']} events"
        + "".join(
            f"{': ' if i == 0 else ', '}{k} {v}"
            for i, (k, v) in enumerate(summary["per_type_and_label"].items())
        ),
    ]
    if summary["output"]:
        lines.append(f"wrote {summary['written']} events to {summary['output']}")
    return "\n".join(lines) + "\n"
