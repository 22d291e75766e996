"""The data files a workspace was built from: fingerprints, moved or changed files, relocation.

Each source is one file, kept with its absolute path, size in bytes and SHA-256, and
optionally an embedded copy (so a workspace handed to a colleague carries its data).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ssaviewer.core.workspace.errors import WorkspaceError
from ssaviewer.core.workspace.store import Workspace, now_utc

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Source:
    """One data file: ``path`` (absolute), ``size_bytes``, ``sha256``, embedded copy or not."""

    source_id: int
    path: str
    size_bytes: int
    sha256: str
    embedded: bool


@dataclass(frozen=True)
class SourceProblem:
    """A source that is not as recorded: ``missing`` (moved or deleted) or ``changed``."""

    source: Source
    problem: Literal["missing", "changed"]

    def __str__(self) -> str:
        """Say which file and what is wrong, for the person who sees it."""
        if self.problem == "missing":
            return f"{self.source.path}: not found (moved or deleted?)"
        return (
            f"{self.source.path}: changed since it was added "
            f"(expected {self.source.size_bytes} bytes, SHA-256 {self.source.sha256[:12]}…)"
        )


def fingerprint(path: Path) -> tuple[int, str]:
    """Return the size in bytes and SHA-256 (hex) of the file at ``path``."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Return the files named by ``paths``: files as they are, folders as every file below."""
    files: list[Path] = []
    for item in paths:
        path = Path(item).resolve()
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*")) if p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            raise WorkspaceError(str(item), "no such file or folder")
    return files


def add_sources(
    workspace: Workspace, paths: Iterable[str | os.PathLike[str]], *, embed: bool = False
) -> list[Source]:
    """Record the files named by ``paths`` (folders expanded); commit; return them.

    A file already recorded gets its fingerprint refreshed. ``embed`` stores a copy of each.
    """
    files = expand(paths)
    rows = []
    for path in files:
        size, sha256 = fingerprint(path)
        rows.append((str(path), size, sha256, now_utc(), path.read_bytes() if embed else None))
    with workspace.transaction() as db:
        db.executemany(
            "INSERT INTO sources (path, size_bytes, sha256, added_utc, content) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET "
            "size_bytes = excluded.size_bytes, sha256 = excluded.sha256, "
            "content = COALESCE(excluded.content, content)",
            rows,
        )
    wanted = {str(p) for p in files}
    return [s for s in sources(workspace) if s.path in wanted]


def sources(workspace: Workspace) -> list[Source]:
    """Return every recorded source, in the order they were added."""
    rows = workspace.connection.execute(
        "SELECT source_id, path, size_bytes, sha256, content IS NOT NULL FROM sources "
        "ORDER BY source_id"
    )
    return [Source(int(i), p, int(n), h, bool(e)) for i, p, n, h, e in rows]


def check_sources(workspace: Workspace) -> list[SourceProblem]:
    """Return the sources that moved (not found) or changed (size or SHA-256), by name."""
    problems = []
    for source in sources(workspace):
        path = Path(source.path)
        if not path.is_file():
            problems.append(SourceProblem(source, "missing"))
            continue
        if path.stat().st_size != source.size_bytes or fingerprint(path)[1] != source.sha256:
            problems.append(SourceProblem(source, "changed"))
    return problems


def relocate(
    workspace: Workspace,
    source_id: int,
    new_path: str | os.PathLike[str],
    *,
    accept_changed: bool = False,
) -> Source:
    """Point a source at ``new_path`` (a moved file); commit; return the updated source.

    The file must have the recorded SHA-256 unless ``accept_changed``, which records the new
    file's fingerprint instead.

    Raises
    ------
    WorkspaceError
        No such source or file, or the file's content differs and ``accept_changed`` is False.
    """
    found = {s.source_id: s for s in sources(workspace)}.get(source_id)
    if found is None:
        raise WorkspaceError(str(workspace.path), f"no source with id {source_id}")
    path = Path(new_path).resolve()
    if not path.is_file():
        raise WorkspaceError(str(new_path), "no such file")
    size, sha256 = fingerprint(path)
    if sha256 != found.sha256 and not accept_changed:
        raise WorkspaceError(
            str(new_path),
            f"is not the same file as {found.path} (SHA-256 {sha256[:12]}…, "
            f"expected {found.sha256[:12]}…)",
        )
    with workspace.transaction() as db:
        db.execute(
            "UPDATE sources SET path = ?, size_bytes = ?, sha256 = ? WHERE source_id = ?",
            (str(path), size, sha256, source_id),
        )
    return Source(source_id, str(path), size, sha256, found.embedded)


def readable_paths(
    workspace: Workspace, scratch: str | os.PathLike[str]
) -> tuple[list[Path], list[SourceProblem]]:
    """Return a path to read for every source, and the sources that have none.

    A source that is where it was and unchanged is read in place; one that moved or changed
    but has an embedded copy is read from that copy, written into the folder ``scratch``;
    the others are returned as problems (see :func:`relocate`).
    """
    problems = check_sources(workspace)
    bad = {p.source.source_id for p in problems}
    paths = [Path(s.path) for s in sources(workspace) if s.source_id not in bad]
    unresolved = []
    for problem in problems:
        row = workspace.connection.execute(
            "SELECT content FROM sources WHERE source_id = ?", (problem.source.source_id,)
        ).fetchone()
        if row is None or row[0] is None:
            unresolved.append(problem)
            continue
        target = Path(scratch) / str(problem.source.source_id) / Path(problem.source.path).name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(row[0])
        paths.append(target)
    return paths, unresolved


def extract_embedded(workspace: Workspace, folder: str | os.PathLike[str]) -> list[Path]:
    """Write the embedded copies into ``folder`` (one sub-folder per source id); return them."""
    out = []
    rows = workspace.connection.execute(
        "SELECT source_id, path, content FROM sources WHERE content IS NOT NULL"
    )
    for source_id, path, content in rows:
        target = Path(folder) / str(source_id) / Path(path).name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        out.append(target)
    return out
