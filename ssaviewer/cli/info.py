"""``ssaviewer info PATH... [--json]``: what is in the data and what was rejected."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ssaviewer.core.dataset import Dataset, load
from ssaviewer.core.formats import tle_decode

#: How many rejected records the text output lists before the total.
FIRST_REJECTIONS = 10


def add_parser(subparsers: Any) -> None:
    """Register the ``info`` sub-command."""
    parser = subparsers.add_parser(
        "info",
        help="summarise element-set data: objects, span, sources, regimes, rejected records",
        description="Load files, folders or archives and summarise them. "
        "Exit status 1 when nothing at all could be loaded (no element set and no object).",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or archive")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def summarise(dataset: Dataset) -> dict[str, Any]:
    """Return the JSON-ready summary of a dataset (the ``--json`` output)."""
    elements = dataset.elements
    rejected = dataset.report.rejected
    files = dataset.report.files

    def iso(value: Any) -> str | None:
        return None if len(elements) == 0 else str(value.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))

    return {
        "objects": max(int(elements["norad_id"].nunique()), len(dataset.objects)),
        "element_sets": len(elements),
        "first_epoch_utc": iso(elements["epoch_utc"].min()) if len(elements) else None,
        "last_epoch_utc": iso(elements["epoch_utc"].max()) if len(elements) else None,
        "per_source": {
            str(k): int(v) for k, v in elements["source"].value_counts(sort=False).items() if v
        },
        "per_regime": {
            str(k): int(v) for k, v in elements["regime"].value_counts(sort=False).items() if v
        },
        "duplicates_collapsed": int(elements["duplicate_records"].notna().sum()),
        "epoch_conflicts": int(elements["epoch_conflict"].sum()),
        "not_sgp4_propagatable": int((~elements["sgp4_propagatable"]).sum()),
        "files": [
            {str(k): (int(v) if str(k).startswith("n_") else str(v)) for k, v in row.items()}
            for row in files.to_dict("records")
        ],
        "rejected": [
            {
                "file": str(r["file"]),
                "line": int(r["line"]),
                "field": str(r["field"]),
                "value": str(r["value"]),
                "reason": str(r["reason"]),
            }
            for r in rejected.to_dict("records")
        ],
        "n_warnings": dataset.report.n_warnings,
        "warnings": [
            {
                "file": str(r["file"]),
                "line": int(r["line"]),
                "field": str(r["field"]),
                "value": str(r["value"]),
                "assumed": str(r["assumed"]),
            }
            for r in dataset.report.warnings.to_dict("records")
        ],
    }


def run(args: argparse.Namespace) -> int:
    """Print the summary; exit status 1 when nothing was loaded (no element set, no object)."""
    dataset = load(*args.paths)
    summary = summarise(dataset)
    if args.json:
        json.dump(summary, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_text(summary))
    return 0 if summary["element_sets"] or summary["objects"] else 1


def format_text(summary: dict[str, Any]) -> str:
    """Render the summary for a terminal."""
    span = (
        f"{summary['first_epoch_utc']} .. {summary['last_epoch_utc']}"
        if summary["element_sets"]
        else "no element sets"
    )
    out = [f"{summary['objects']} objects, {summary['element_sets']} element sets", f"span: {span}"]
    out.append("per source: " + ", ".join(f"{k} {v}" for k, v in summary["per_source"].items()))
    out.append("per regime: " + ", ".join(f"{k} {v}" for k, v in summary["per_regime"].items()))
    for key in ("duplicates_collapsed", "epoch_conflicts", "not_sgp4_propagatable"):
        if summary[key]:
            out.append(f"{key.replace('_', ' ')}: {summary[key]}")
    loaded = [f for f in summary["files"] if f["status"] == "loaded"]
    out.append(f"files loaded: {len(loaded)}")
    out += _skipped_lines([f for f in summary["files"] if f["status"] == "skipped"])
    for f in summary["files"]:
        if f["status"] == "error":
            out.append(f"error: {f['path']}: {f['message']}")
    rejected = summary["rejected"]
    out.append(f"rejected: {len(rejected)}")
    for r in rejected[:FIRST_REJECTIONS]:
        where = f"line {r['line']}" if r["line"] else "file"
        value = f" [{r['value']}]" if r["value"] else ""
        out.append(f"  {r['file']} {where}: {r['reason']}{value}")
    if len(rejected) > FIRST_REJECTIONS:
        out.append(f"  ... and {len(rejected) - FIRST_REJECTIONS} more (use --json for all)")
    out += _warning_lines(summary["warnings"])
    out.append(f"TLE decoder: {tle_decode.decoder()}")
    return "\n".join(out) + "\n"


def _warning_lines(warnings: list[dict[str, Any]]) -> list[str]:
    """Return the warnings count, then how many of each kind, with the first of each."""
    lines = [f"warnings (read with an assumption, not rejected): {len(warnings)}"]
    kinds: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for w in warnings:
        kinds.setdefault((str(w["field"]), _kind(str(w["assumed"]))), []).append(w)
    for (field, _), group in list(kinds.items())[:FIRST_REJECTIONS]:
        first = group[0]
        what = field or "line"
        lines.append(
            f"  {len(group)} x {what}, e.g. {first['file']} line {first['line']} "
            f"[{first['value']}]: {first['assumed']}"
        )
    if len(kinds) > FIRST_REJECTIONS:
        lines.append(f"  ... and {len(kinds) - FIRST_REJECTIONS} more kinds (use --json)")
    return lines


def _kind(assumed: str) -> str:
    """Return the assumption without the value read, so that warnings group by kind."""
    return assumed.split(",")[0]


def _skipped_lines(skipped: list[dict[str, Any]]) -> list[str]:
    """One line per reason for files skipped inside folders, naming the first few files."""
    by_message: dict[str, list[str]] = {}
    for f in skipped:
        by_message.setdefault(str(f["message"]), []).append(str(f["file"]))
    lines = []
    for message, names in by_message.items():
        shown = ", ".join(names[:FIRST_REJECTIONS])
        more = f" and {len(names) - FIRST_REJECTIONS} more" if len(names) > FIRST_REJECTIONS else ""
        lines.append(f"skipped {len(names)} file(s) {message}: {shown}{more}")
    return lines
