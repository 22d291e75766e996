"""``ssaviewer verify FINDINGS.zip [--data DIR]``: re-derive a bundle's events and compare."""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ssaviewer.cli.detect import (
    ArgumentProblem,
    detect_events,
    read_launch_notices,
    read_notifications,
)
from ssaviewer.core.bundle import BundleError, EventDiff, compare_events, read_bundle, versions
from ssaviewer.core.bundle.archive import text_sha256
from ssaviewer.core.bundle.locate import locate
from ssaviewer.core.detect import default_rules, load_rules
from ssaviewer.core.detect.events.event_table import at_least_confident
from ssaviewer.core.detect.rules import Rules, RulesError
from ssaviewer.core.export.events_csv import format_events_csv
from ssaviewer.core.export.selection import flagged

#: Events of each kind (changed, missing, new) listed before the total.
FIRST_EVENTS = 20


def add_parser(subparsers: Any) -> None:
    """Register the ``verify`` sub-command."""
    parser = subparsers.add_parser(
        "verify",
        help="re-derive the events of a findings bundle (detect --bundle) and compare them",
        description="Find the bundle's input files by SHA-256 (in --data folders, else at the "
        "paths recorded), run the detection again with the bundle's rules and options, and "
        "report event by event: identical, changed (which fields), missing, new. Changed "
        "inputs, rules and versions are named. Exit status 0 only when every event is "
        "identical and every input and the rules are as recorded; 1 otherwise; 2 when the "
        "bundle cannot be read.",
    )
    parser.add_argument("bundle", metavar="FINDINGS.zip", help="a bundle from detect --bundle")
    parser.add_argument(
        "--data",
        metavar="DIR",
        action="append",
        default=[],
        help="folder to look for the inputs in, by hash (repeatable)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


@dataclass
class Verification:
    """The outcome: ``problems`` (inputs, rules, events file), ``notes`` (versions, platform)."""

    bundle: str
    manifest: dict[str, Any]
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    diff: EventDiff = field(default_factory=EventDiff)
    described: dict[str, str] = field(default_factory=dict)

    @property
    def verified(self) -> bool:
        """True when the events are identical and nothing recorded has changed."""
        return self.diff.same and not self.problems


def verify_bundle(path: str, data_dirs: list[str]) -> Verification:
    """Verify the bundle at ``path``; raise ``BundleError`` when it cannot be read."""
    bundle = read_bundle(path)
    manifest = bundle.manifest
    result = Verification(bundle=path, manifest=manifest)
    recorded_events = manifest["events"]["sha256"]
    if text_sha256(bundle.events_csv) != recorded_events:
        result.problems.append(
            f"events.csv: changed after the bundle was written (SHA-256 "
            f"{text_sha256(bundle.events_csv)[:16]}…, the manifest recorded "
            f"{recorded_events[:16]}…)"
        )
    rules = _rules(bundle.rules_text, manifest, result.problems)
    result.notes.extend(_version_notes(manifest))
    options = manifest.get("options", {})
    with tempfile.TemporaryDirectory(prefix="ssaviewer-verify-") as tmp:
        dirs = [Path(d) for d in data_dirs]
        inputs = locate(manifest["inputs"], dirs, Path(tmp) / "inputs")
        notes = locate(manifest.get("notifications", []), dirs, Path(tmp) / "notifications")
        launches = locate(manifest.get("launch_notifications", []), dirs, Path(tmp) / "launch")
        result.problems.extend(inputs.problems + notes.problems + launches.problems)
        args = argparse.Namespace(
            paths=inputs.args,
            scheduler=None,
            workers=None,
            no_screening=bool(options.get("no_screening")),
        )
        notifications = launch_notices = None
        try:
            notifications = read_notifications(notes.args or None)
            launch_notices = read_launch_notices(launches.args[0] if launches.args else None)
        except ArgumentProblem as exc:
            result.problems.append(f"notifications: {exc}")
        found = detect_events(args, rules, notifications, launch_notices) if inputs.args else 1
    rerun = "event_id\n" if isinstance(found, int) else _exported(found[1], options)
    result.diff = compare_events(bundle.events_csv, rerun)
    result.described = {**_describe(rerun), **_describe(bundle.events_csv)}
    return result


def _exported(events: pd.DataFrame, options: dict[str, Any]) -> str:
    """Return the CSV ``detect`` wrote with the bundle's options (confidence, flagged only)."""
    events = at_least_confident(events, float(options.get("min_confidence", 0.0)))
    if options.get("flagged_only"):
        events = flagged(events)
    return format_events_csv(events)


def _rules(text: str | None, manifest: dict[str, Any], problems: list[str]) -> Rules:
    """Return the bundle's rules (its rules.toml, else the built-in ones); log changes."""
    recorded = manifest["rules"]
    if recorded.get("file") and text is None:
        problems.append("rules.toml: recorded in the manifest but missing from the bundle")
    if text is not None and text_sha256(text) != recorded.get("sha256"):
        problems.append(
            f"rules.toml: changed (SHA-256 {text_sha256(text)[:16]}…, the manifest recorded "
            f"{str(recorded.get('sha256'))[:16]}…)"
        )
    try:
        rules = default_rules() if text is None else load_rules(text, "rules.toml in the bundle")
    except RulesError as exc:
        problems.append(f"rules.toml: {exc}; the built-in rules are used instead")
        rules = default_rules()
    if rules.digest != recorded.get("digest"):
        which = "the built-in rules of this ssaviewer" if text is None else "rules.toml"
        problems.append(
            f"rules: {which} resolve to digest {rules.digest}, the bundle recorded "
            f"{recorded.get('digest')}"
        )
    return rules


def _version_notes(manifest: dict[str, Any]) -> list[str]:
    here = versions()
    notes = [
        f"version: {name} {then} recorded, {here.get(name, 'not installed')} here"
        for name, then in manifest.get("versions", {}).items()
        if here.get(name) != then
    ]
    return notes


def _describe(csv_text: str) -> dict[str, str]:
    table = pd.read_csv(io.StringIO(csv_text), dtype=str, keep_default_na=False)
    if len(table) == 0 or "event_type" not in table:
        return {}
    text = table["event_type"] + " NORAD " + table["norad_id"] + " at " + table["epoch_utc"]
    return dict(zip(table["event_id"], text, strict=True))


def report_lines(result: Verification) -> list[str]:
    """Return the text report, one line each."""
    manifest = result.manifest
    diff = result.diff
    lines = [
        f"bundle {result.bundle}: {manifest['events']['rows']} events written "
        f"{manifest.get('created_utc', '?')} by ssaviewer "
        f"{manifest.get('versions', {}).get('ssaviewer', '?')} on "
        f"{manifest.get('platform', {}).get('system', '?')} "
        f"{manifest.get('platform', {}).get('machine', '')}",
        *(f"problem: {p}" for p in result.problems),
        *(f"note: {n}" for n in result.notes),
        f"events: {len(diff.identical)} identical, {len(diff.changed)} changed, "
        f"{len(diff.missing)} missing, {len(diff.new)} new",
    ]
    for kind, ids in (
        ("changed", list(diff.changed)),
        ("missing", diff.missing),
        ("new", diff.new),
    ):
        for event_id in ids[:FIRST_EVENTS]:
            what = result.described.get(event_id, "")
            fields = f": fields {', '.join(diff.changed[event_id])}" if kind == "changed" else ""
            lines.append(f"{kind} {event_id} ({what}){fields}")
        if len(ids) > FIRST_EVENTS:
            lines.append(f"... and {len(ids) - FIRST_EVENTS} more {kind}")
    lines.append(
        "VERIFIED: the inputs, the rules and every event are as recorded"
        if result.verified
        else "NOT VERIFIED"
    )
    return lines


def run(args: argparse.Namespace) -> int:
    """Verify; exit status 0 (verified), 1 (differences) or 2 (unreadable bundle)."""
    for folder in args.data:
        if not Path(folder).is_dir():
            sys.stderr.write(f"ssaviewer verify: error: --data: {folder} is not a folder\n")
            return 2
    try:
        result = verify_bundle(args.bundle, args.data)
    except BundleError as exc:
        sys.stderr.write(f"ssaviewer verify: error: {exc}\n")
        return 2
    if args.json:
        body = {
            "verified": result.verified,
            "problems": result.problems,
            "notes": result.notes,
            "identical": len(result.diff.identical),
            "changed": result.diff.changed,
            "missing": result.diff.missing,
            "new": result.diff.new,
        }
        json.dump(body, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n".join(report_lines(result)) + "\n")
    return 0 if result.verified else 1
