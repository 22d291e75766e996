"""Finding a bundle's inputs by hash and laying them out as they were given."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ssaviewer.core.bundle.manifest import file_sha256


@dataclass
class Located:
    """Where each recorded input was found.

    ``args`` are the paths to give the detection again (one per recorded argument, in
    order); ``problems`` name each input that was not found with its recorded hash, or was
    found only with other bytes; ``found_in`` says where each input came from.
    """

    args: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    found_in: list[str] = field(default_factory=list)


def locate(entries: list[dict[str, Any]], data_dirs: list[Path], into: Path) -> Located:
    """Find every entry (see ``input_files``) and link it below ``into`` under its own name.

    An input is taken, in this order, from a file of the same SHA-256 in ``data_dirs``
    (only files of the recorded size are hashed), or from its recorded path when the hash
    matches there. When no file has the hash, a file at the recorded path or with the same
    name in ``data_dirs`` is used instead and named in ``problems`` with both hashes, so the
    re-run shows what the change did; an input not found at all is named and left out.
    """
    by_size: dict[int, list[Path]] = {}
    for folder in data_dirs:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                by_size.setdefault(path.stat().st_size, []).append(path)
    hashes: dict[Path, str] = {}

    def sha(path: Path) -> str:
        if path not in hashes:
            hashes[path] = file_sha256(path)
        return hashes[path]

    result = Located()
    arg_numbers = {arg: k for k, arg in enumerate(dict.fromkeys(e["arg"] for e in entries))}
    for entry in entries:
        arg_dir = into / f"arg{arg_numbers[entry['arg']]:03d}"
        source = _by_hash(entry, by_size, sha)
        if source is None:
            source = _by_name(entry, data_dirs)
            if source is None:
                result.problems.append(
                    f"input {entry['relative']}: not found (no file with SHA-256 "
                    f"{entry['sha256'][:16]}…, none at {entry['path']})"
                )
                continue
            result.problems.append(
                f"input {entry['relative']}: changed: {source} has SHA-256 "
                f"{sha(source)[:16]}…, the bundle recorded {entry['sha256'][:16]}…"
            )
        result.found_in.append(f"{entry['relative']}: {source}")
        target = arg_dir / entry["relative"]
        target.parent.mkdir(parents=True, exist_ok=True)
        _link(source, target)
        top = entry["relative"].split("/", 1)[0] if entry["kind"] == "folder" else entry["relative"]
        arg = str(arg_dir / top)
        if arg not in result.args:
            result.args.append(arg)
    return result


def _by_hash(entry: dict[str, Any], by_size: dict[int, list[Path]], sha: Any) -> Path | None:
    for candidate in by_size.get(int(entry["bytes"]), []):
        if sha(candidate) == entry["sha256"]:
            return candidate
    recorded = Path(entry["path"])
    if recorded.is_file() and sha(recorded) == entry["sha256"]:
        return recorded
    return None


def _by_name(entry: dict[str, Any], data_dirs: list[Path]) -> Path | None:
    recorded = Path(entry["path"])
    if recorded.is_file():
        return recorded
    name = Path(entry["relative"]).name
    for folder in data_dirs:
        for path in sorted(folder.rglob(name)):
            if path.is_file():
                return path
    return None


def _link(source: Path, target: Path) -> None:
    """Make ``target`` show ``source``'s bytes: a symbolic link, or a copy where not allowed."""
    try:
        os.symlink(source.resolve(), target)
    except OSError:
        shutil.copyfile(source, target)
