"""``ssaviewer workspace ...``: create a workspace, list its events, record verdicts, export.

Sub-commands: ``create W.ssaw PATH... [--rules R.toml]``, ``events W.ssaw [--json]``,
``verdict W.ssaw EVENT_ID VERDICT [--note TEXT]``, ``export W.ssaw -o events.csv
[--flagged-only]``, ``rerun W.ssaw [--rules R.toml] [--add PATH...]`` and
``sources W.ssaw [--relocate ID PATH]``. Exit status 1 for a workspace that cannot be used
(the message says why), 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ssaviewer.core.workspace import VERDICTS, WorkspaceError, open_workspace

#: The verdict argument that clears a verdict.
CLEAR = "none"


def add_parser(subparsers: Any) -> None:
    """Register the ``workspace`` sub-command and its own sub-commands."""
    parser = subparsers.add_parser(
        "workspace",
        help="an analyst's workspace (.ssaw): events, verdicts and notes kept in one file",
        description="Create and use a workspace: one SQLite file holding the data sources, "
        "the rules, the events and the analyst's verdicts and notes. Every verdict is saved "
        "when the command reports it. Exit status 1 for a workspace that cannot be used, 2 "
        "for bad arguments.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="load data, detect events, store them")
    create.add_argument("workspace", metavar="W.ssaw")
    create.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or archive")
    create.add_argument("--rules", metavar="RULES.toml", help="thresholds overriding defaults")
    create.add_argument("--embed", action="store_true", help="keep a copy of the data inside")
    create.add_argument("--force", action="store_true", help="replace an existing workspace")
    create.add_argument("--no-screening", action="store_true", help="skip close approaches")
    events = actions.add_parser("events", help="list every event with the analyst's verdict")
    events.add_argument("workspace", metavar="W.ssaw")
    events.add_argument("--json", action="store_true", help="print a JSON list")
    verdict = actions.add_parser("verdict", help="record a verdict (saved before it returns)")
    verdict.add_argument("workspace", metavar="W.ssaw")
    verdict.add_argument("event_id", metavar="EVENT_ID")
    verdict.add_argument("verdict", choices=[*VERDICTS, CLEAR], metavar="VERDICT",
                         help=f"one of {', '.join(VERDICTS)} ({CLEAR} clears it)")  # fmt: skip
    verdict.add_argument("--note", metavar="TEXT", help="the analyst's note (replaces it)")
    export = actions.add_parser("export", help="write the events and verdicts as CSV")
    export.add_argument("workspace", metavar="W.ssaw")
    export.add_argument("-o", "--output", metavar="EVENTS.csv", required=True)
    export.add_argument(
        "--flagged-only",
        action="store_true",
        help="only flagged events: irregular unless rejected or overridden, or set irregular",
    )
    rerun = actions.add_parser("rerun", help="detect again, keeping every verdict")
    rerun.add_argument("workspace", metavar="W.ssaw")
    rerun.add_argument("--rules", metavar="RULES.toml", help="new rules (default: the last)")
    rerun.add_argument("--add", nargs="+", metavar="PATH", default=[], help="more data")
    rerun.add_argument("--no-screening", action="store_true", help="skip close approaches")
    sources = actions.add_parser("sources", help="list the data files; relocate a moved one")
    sources.add_argument("workspace", metavar="W.ssaw")
    sources.add_argument("--relocate", nargs=2, metavar=("ID", "PATH"))


class ArgumentProblem(ValueError):
    """A bad argument: the message names it and says what was expected."""


def run(args: argparse.Namespace) -> int:
    """Run one workspace action; exit status 0, 1 (unusable workspace) or 2 (bad arguments)."""
    try:
        if args.action == "verdict":  # light: no pandas, no detection
            return verdict(args)
        from ssaviewer.cli import workspace_actions

        return int(getattr(workspace_actions, args.action)(args))
    except ArgumentProblem as exc:
        sys.stderr.write(f"ssaviewer workspace {args.action}: error: {exc}\n")
        return 2
    except WorkspaceError as exc:
        sys.stderr.write(f"ssaviewer workspace {args.action}: error: {exc}\n")
        return 1


def verdict(args: argparse.Namespace) -> int:
    """Record the verdict; print one line only once it is committed."""
    value = None if args.verdict == CLEAR else args.verdict
    with open_workspace(args.workspace) as workspace:
        if args.note is None:
            saved = workspace.set_verdict(args.event_id, value)
        else:
            saved = workspace.set_verdict(args.event_id, value, args.note)
    note = f" (note: {json.dumps(saved.note, ensure_ascii=False)})" if saved.note else ""
    sys.stdout.write(f"saved {saved.event_id}: {saved.verdict or CLEAR}{note}\n")
    return 0


def read_rules_text(path: str | None) -> tuple[str | None, str]:
    """Return the TOML text of ``--rules`` (None without it) and its name."""
    if path is None:
        return None, "built-in defaults"
    try:
        return Path(path).read_text(encoding="utf-8"), path
    except OSError as exc:
        raise ArgumentProblem(f"--rules: cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ArgumentProblem(f"--rules: {path} is not UTF-8 text (a TOML file)") from exc
