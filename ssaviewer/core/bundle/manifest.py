"""The manifest of a bundle: input hashes, rules, options, versions, platform."""

from __future__ import annotations

import hashlib
import os
import platform
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

#: What ``manifest.json`` says it is; a reader refuses another format or a newer version.
FORMAT = "ssaviewer-findings"
VERSION = 1
#: Distributions whose versions are recorded (those that can change the events).
DEPENDENCIES = ("ssaviewer", "numpy", "pandas", "pyarrow", "sgp4", "skyfield", "dask")


def file_sha256(path: Path) -> str:
    """Return the SHA-256 of a file's bytes, hex."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def input_files(arg: str) -> list[dict[str, Any]]:
    """Return one entry per file of a ``PATH`` argument (a file, or every file below a folder).

    Each entry has ``arg`` (as given), ``kind`` (``file`` or ``folder``: what the argument
    was), ``path`` (absolute), ``relative`` (below the argument, with the folder's name
    first; the base name for a file), ``bytes`` and ``sha256``. Hidden entries are skipped, as
    :func:`ssaviewer.core.sources.iter_sources` skips them.
    """
    root = Path(arg)
    if root.is_dir():
        files = sorted(p for p in root.rglob("*") if p.is_file() and not _hidden(p, root))
        top = root.resolve().name
        pairs = [(p, f"{top}/{p.relative_to(root).as_posix()}") for p in files]
    else:
        pairs = [(root, root.name)]
    return [
        {
            "arg": arg,
            "kind": "folder" if root.is_dir() else "file",
            "path": str(p.resolve()),
            "relative": relative,
            "bytes": p.stat().st_size,
            "sha256": file_sha256(p),
        }
        for p, relative in pairs
    ]


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def versions() -> dict[str, str]:
    """Return the installed version of Python and of each of ``DEPENDENCIES``."""
    found = {"python": platform.python_version()}
    for name in DEPENDENCIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def platform_info() -> dict[str, str]:
    """Return the machine, operating system and Python build."""
    return {
        "system": platform.system(),
        "release": platform.release(),
        "machine": platform.machine(),
        "python_implementation": platform.python_implementation(),
        "byteorder": sys.byteorder,
        "cpu_count": str(os.cpu_count()),
    }


def build_manifest(
    paths: list[str],
    *,
    notifications: list[str],
    launch_notifications: list[str],
    rules_text: str | None,
    rules_digest: str,
    options: dict[str, Any],
    events_sha256: str,
    n_events: int,
) -> dict[str, Any]:
    """Return the manifest of a detection run (JSON-ready).

    ``paths``, ``notifications`` and ``launch_notifications`` are the ``PATH``,
    ``--notifications`` and ``--launch-notifications`` arguments;
    ``rules_text`` the rules file given (None for the built-in rules) and ``rules_digest``
    the resolved rules' digest; ``options`` the other options that change the events.
    """
    rules_sha = None if rules_text is None else hashlib.sha256(rules_text.encode()).hexdigest()
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_utc": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "inputs": [entry for arg in paths for entry in input_files(arg)],
        "notifications": [entry for arg in notifications for entry in input_files(arg)],
        "launch_notifications": [
            entry for arg in launch_notifications for entry in input_files(arg)
        ],
        "rules": {
            "file": None if rules_text is None else "rules.toml",
            "sha256": rules_sha,
            "digest": rules_digest,
        },
        "options": options,
        "events": {"file": "events.csv", "sha256": events_sha256, "rows": n_events},
        "versions": versions(),
        "platform": platform_info(),
    }
