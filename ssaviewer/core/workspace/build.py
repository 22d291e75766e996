"""Build a workspace from data files, and re-run detection in one, keeping every verdict."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ssaviewer.core.dataset import Dataset, load
from ssaviewer.core.detect import default_rules, load_rules, run_detection
from ssaviewer.core.detect.events.close_approach import ScreenFunction, default_screen
from ssaviewer.core.workspace.errors import WorkspaceError
from ssaviewer.core.workspace.events import RunRules, RunSummary, last_rules, store_run
from ssaviewer.core.workspace.sources import add_sources, expand, readable_paths
from ssaviewer.core.workspace.store import Workspace, create_workspace


def rules_of(text: str | None, source: str) -> tuple[RunRules, object]:
    """Return the stored form of rules ``text`` (None: built-in defaults) and the parsed rules.

    Raises ``RulesError`` for rules that cannot be used.
    """
    rules = default_rules() if not text else load_rules(text, source)
    return RunRules(text or "", rules.source, rules.digest), rules


def detect_into(
    workspace: Workspace,
    dataset: Dataset,
    rules_text: str | None,
    rules_source: str,
    screen: ScreenFunction | None = default_screen,
) -> RunSummary:
    """Run detection on ``dataset`` with the rules and store the events (verdicts kept)."""
    stored, rules = rules_of(rules_text, rules_source)
    events = run_detection(dataset, rules, screen=screen)  # type: ignore[arg-type]
    return store_run(workspace, events, stored)


def build_workspace(
    path: str | os.PathLike[str],
    data_paths: Sequence[str | os.PathLike[str]],
    *,
    dataset: Dataset | None = None,
    rules_text: str | None = None,
    rules_source: str = "built-in defaults",
    embed: bool = False,
    overwrite: bool = False,
    screen: ScreenFunction | None = default_screen,
) -> tuple[Workspace, Dataset, RunSummary]:
    """Create a workspace at ``path`` from the files and folders ``data_paths``.

    Loads them (unless ``dataset``, already loaded from ``data_paths``, is given), records
    the files the loader did not skip (size, SHA-256; a copy when ``embed``), runs detection
    with the rules (TOML ``rules_text``, the defaults when None) and stores the events.
    Returns the open workspace (the caller closes it), the data and the run's counts.

    Raises
    ------
    WorkspaceError
        A data path does not exist, nothing could be loaded from them, or ``path`` exists
        and ``overwrite`` is False. No file is created then.
    ssaviewer.core.detect.rules.RulesError
        Rules that cannot be used (checked before the file is created).
    """
    rules_of(rules_text, rules_source)  # refuse bad rules before creating anything
    files = expand(data_paths)
    if dataset is None:
        dataset = load(*data_paths)
    if len(dataset.elements) == 0:
        raise WorkspaceError(str(path), "no element set could be loaded; nothing to store")
    report = dataset.report.files
    skipped = {str(Path(p).resolve()) for p in report.loc[report["status"] == "skipped", "path"]}
    workspace = create_workspace(path, overwrite=overwrite)
    try:
        add_sources(workspace, [f for f in files if str(f) not in skipped], embed=embed)
        summary = detect_into(workspace, dataset, rules_text, rules_source, screen)
    except BaseException:
        workspace.close()
        raise
    return workspace, dataset, summary


def rerun(
    workspace: Workspace,
    *,
    rules_text: str | None = None,
    rules_source: str = "",
    extra_paths: Sequence[str | os.PathLike[str]] = (),
    screen: ScreenFunction | None = default_screen,
) -> tuple[Dataset, RunSummary]:
    """Detect again on the workspace's sources (plus ``extra_paths``), keeping every verdict.

    ``rules_text`` None reuses the last run's rules. A source that moved or changed is read
    from its embedded copy when the workspace has one.

    Raises
    ------
    WorkspaceError
        A source moved or changed and has no embedded copy (the message lists them; see
        :func:`~ssaviewer.core.workspace.sources.relocate`).
    """
    if extra_paths:
        add_sources(workspace, extra_paths)
    if rules_text is None:
        previous = last_rules(workspace)
        rules_text = previous.text if previous else ""
        rules_source = previous.source if previous else "built-in defaults"
    with tempfile.TemporaryDirectory(prefix="ssaviewer-sources-") as scratch:
        paths, problems = readable_paths(workspace, scratch)
        if problems:
            raise WorkspaceError(
                str(workspace.path),
                "sources moved or changed, relocate them first: " + "; ".join(map(str, problems)),
            )
        dataset = load(*paths)
    summary = detect_into(workspace, dataset, rules_text, rules_source or "rules", screen)
    return dataset, summary
