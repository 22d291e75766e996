"""Open, create and write a workspace: every change is one committed transaction.

A workspace opened for writing holds the writer lock (:mod:`.lock`) until :meth:`close`;
one opened read-only takes no lock and can read while another process writes (WAL).
Nothing is kept in memory that is not already in the file: each method that changes
something commits before it returns (``synchronous=FULL``), so a crash or a kill loses
nothing that a method reported as done.

Opening never changes the file when it fails: the header is read with plain file I/O and
the schema is checked over a read-only connection with ``trusted_schema=OFF`` before any
writable connection is made (see :func:`open_workspace`).
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from ssaviewer import __version__
from ssaviewer.core.workspace.errors import (
    ReadOnlyWorkspace,
    UnknownEvent,
    WorkspaceCorrupt,
    WorkspaceError,
)
from ssaviewer.core.workspace.lock import WriterLock
from ssaviewer.core.workspace.schema import VERDICTS, check_header, check_schema, create_schema

#: The file name extension of workspaces.
SUFFIX: Final = ".ssaw"


class _Keep:
    """Marker: leave this value as it is."""


#: Pass as ``note`` to :meth:`Workspace.set_verdict` to keep the note unchanged.
KEEP: Final = _Keep()


@dataclass(frozen=True)
class Analysis:
    """The analyst's work on one event: ``verdict`` (one of ``VERDICTS`` or None), ``note``."""

    event_id: str
    verdict: str | None
    note: str
    updated_utc: str


@dataclass(frozen=True)
class Bookmark:
    """A bookmarked time and/or object (and event); ``time_utc`` is ISO 8601 UTC text."""

    bookmark_id: int
    time_utc: str | None
    norad_id: int | None
    label: str
    created_utc: str
    event_id: str | None = None


#: ``meta`` key prefix holding a bookmark's event id (schema version 1 has no column for it).
_BOOKMARK_EVENT = "bookmark_event:"


def parse_tags(text: str) -> list[str]:
    """Return the tags of comma-separated ``text``: stripped, empty ones dropped, sorted, once."""
    return sorted({t.strip() for t in text.split(",") if t.strip()})


def now_utc() -> str:
    """Return the current time as ``YYYY-MM-DDTHH:MM:SS.fffZ``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = f"file:{urllib.parse.quote(str(path.resolve()))}?mode=ro"
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10)
    else:
        connection = sqlite3.connect(path, isolation_level=None, timeout=10)
    # Before anything reads the schema: functions in the file's schema get no trust.
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    if hasattr(connection, "enable_load_extension"):
        connection.enable_load_extension(False)
    return connection


def _check_readable(path: Path) -> None:
    """Check ``path`` is a sound workspace without changing a byte of it; raise if not."""
    if not path.is_file():
        raise WorkspaceError(str(path), "no such workspace file")
    check_header(path)
    try:
        connection = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise WorkspaceCorrupt(str(path), f"cannot be opened ({exc})") from exc
    try:
        check_schema(connection, str(path))
    except sqlite3.Error as exc:
        raise WorkspaceCorrupt(str(path), f"damaged ({exc})") from exc
    finally:
        connection.close()


def open_workspace(path: str | os.PathLike[str], *, read_only: bool = False) -> Workspace:
    """Open the workspace at ``path``.

    Parameters
    ----------
    path
        A ``.ssaw`` file made by :func:`create_workspace`.
    read_only
        Take no writer lock and refuse every change (for reading while a window writes).

    Returns
    -------
    Workspace
        Close it with :meth:`Workspace.close` (or use it as a context manager).

    Raises
    ------
    NotAWorkspace, WorkspaceTooNew, WorkspaceCorrupt, WorkspaceUnsafe
        The file cannot be used; it is left exactly as it was.
    WorkspaceLocked
        Another process or window is writing it.
    """
    target = Path(path)
    _check_readable(target)
    if read_only:
        return Workspace(target, _connect(target, read_only=True), None)
    lock = WriterLock(target)
    try:
        connection = _connect(target, read_only=False)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        lock.release()
        raise WorkspaceCorrupt(str(target), f"cannot be opened for writing ({exc})") from exc
    return Workspace(target, connection, lock)


def create_workspace(path: str | os.PathLike[str], *, overwrite: bool = False) -> Workspace:
    """Create an empty workspace at ``path`` and open it for writing.

    The file is built beside ``path`` and renamed into place, so ``path`` is either absent,
    the old file, or a complete empty workspace. ``overwrite`` replaces an existing file
    (refused while another process writes it).

    Raises
    ------
    WorkspaceError
        ``path`` exists and ``overwrite`` is False, or its folder does not exist.
    WorkspaceLocked
        ``overwrite`` of a workspace another process is writing.
    """
    target = Path(path)
    if target.exists() and not overwrite:
        raise WorkspaceError(str(target), "already exists; choose another name")
    if not target.resolve().parent.is_dir():
        raise WorkspaceError(str(target), "its folder does not exist")
    lock = WriterLock(target)
    try:
        temporary = _empty_file_beside(target)
        try:
            _build(Path(temporary))
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    finally:
        lock.release()
    return open_workspace(target)


def save_copy(workspace: Workspace, path: str | os.PathLike[str]) -> None:
    """Write a complete copy of ``workspace`` to ``path`` (replaced atomically if it exists).

    Uses SQLite's online backup, so the copy is consistent even while ``workspace`` is open.
    """
    target = Path(path)
    temporary = _empty_file_beside(target)
    try:
        copy = sqlite3.connect(temporary, isolation_level=None)
        try:
            workspace.connection.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            copy.execute("PRAGMA journal_mode = WAL")
        finally:
            copy.close()
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _empty_file_beside(target: Path) -> str:
    """Create an empty, uniquely named file in ``target``'s folder; return its path.

    Unlike :func:`tempfile.mkstemp` (always 0600), its permissions follow the umask, so a
    workspace on a shared drive can be opened by colleagues as the user's other files can.
    """
    for _ in range(100):
        name = target.parent / f".{target.name}.{secrets.token_hex(6)}"
        try:
            os.close(os.open(name, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return str(name)
    raise WorkspaceError(str(target), "cannot create a temporary file beside it")


def _build(path: Path) -> None:
    connection = _connect(path, read_only=False)
    try:
        create_schema(connection)
        with connection:
            connection.execute("BEGIN")
            connection.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [("created_utc", now_utc()), ("created_by", f"ssaviewer {__version__}")],
            )
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()


class Workspace:
    """An open workspace. Every method that changes something commits before returning."""

    def __init__(self, path: Path, connection: sqlite3.Connection, lock: WriterLock | None):
        """Wrap an open, checked ``connection`` (use :func:`open_workspace`)."""
        self.path = path
        self.connection = connection
        self._lock = lock

    @property
    def read_only(self) -> bool:
        """True when opened read-only (no writer lock)."""
        return self._lock is None

    def close(self) -> None:
        """Close the database and release the writer lock."""
        self.connection.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        """Return self."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close."""
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block as one write transaction: committed at the end, rolled back on error.

        Raises
        ------
        ReadOnlyWorkspace
            The workspace was opened read-only.
        """
        if self.read_only:
            raise ReadOnlyWorkspace(str(self.path), "opened read-only; changes are refused")
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    # The analyst's verdicts and notes --------------------------------------------------

    def set_verdict(self, event_id: str, verdict: str | None, note: str | _Keep = KEEP) -> Analysis:
        """Record ``verdict`` (one of ``VERDICTS`` or None) and ``note`` on an event; commit.

        Returns the analysis as stored. Raises :class:`UnknownEvent` for an id the workspace
        does not hold and ``ValueError`` for an unknown verdict.
        """
        if verdict is not None and verdict not in VERDICTS:
            raise ValueError(f"verdict: expected one of {', '.join(VERDICTS)}; got {verdict!r}")
        with self.transaction() as db:
            if (
                db.execute("SELECT 1 FROM events WHERE event_id = ?", (event_id,)).fetchone()
                is None
            ):
                raise UnknownEvent(str(self.path), f"no event with id {event_id!r}")
            if isinstance(note, _Keep):
                row = db.execute("SELECT note FROM verdicts WHERE event_id = ?", (event_id,))
                found = row.fetchone()
                note = found[0] if found else ""
            analysis = Analysis(event_id, verdict, note, now_utc())
            db.execute(
                "INSERT OR REPLACE INTO verdicts (event_id, verdict, note, updated_utc) "
                "VALUES (?, ?, ?, ?)",
                (event_id, verdict, note, analysis.updated_utc),
            )
        return analysis

    def set_note(self, event_id: str, note: str) -> Analysis:
        """Record ``note`` on an event, keeping its verdict; commit."""
        current = self.analysis(event_id)
        return self.set_verdict(event_id, current.verdict if current else None, note)

    def restore(self, event_id: str, previous: Analysis | None) -> None:
        """Put back an earlier state of an event's analysis (None: no analysis); commit.

        Used by undo: the verdict, note and time are written exactly as ``previous`` had them.
        """
        with self.transaction() as db:
            db.execute("DELETE FROM verdicts WHERE event_id = ?", (event_id,))
            if previous is not None:
                db.execute(
                    "INSERT INTO verdicts (event_id, verdict, note, updated_utc) "
                    "VALUES (?, ?, ?, ?)",
                    (event_id, previous.verdict, previous.note, previous.updated_utc),
                )

    def analysis(self, event_id: str) -> Analysis | None:
        """Return the analysis of one event, None when it has none."""
        row = self.connection.execute(
            "SELECT event_id, verdict, note, updated_utc FROM verdicts WHERE event_id = ?",
            (event_id,),
        ).fetchone()
        return Analysis(*row) if row else None

    def analyses(self) -> dict[str, Analysis]:
        """Return every event's analysis by event id (orphaned events included)."""
        rows = self.connection.execute(
            "SELECT event_id, verdict, note, updated_utc FROM verdicts ORDER BY event_id"
        )
        return {row[0]: Analysis(*row) for row in rows}

    def orphaned_event_ids(self) -> list[str]:
        """Return the events the last run no longer found that carry the analyst's work."""
        rows = self.connection.execute("SELECT event_id FROM events WHERE orphaned = 1")
        return [r[0] for r in rows]

    def event_ids(self) -> list[str]:
        """Return the id of every event held (orphaned ones included)."""
        return [r[0] for r in self.connection.execute("SELECT event_id FROM events")]

    # Tags, bookmarks and view state ----------------------------------------------------

    def add_tag(self, event_id: str, tag: str) -> None:
        """Tag an event (a tag already there is kept once); commit."""
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO tags (event_id, tag) VALUES (?, ?)", (event_id, tag))

    def remove_tag(self, event_id: str, tag: str) -> None:
        """Remove a tag from an event; commit."""
        with self.transaction() as db:
            db.execute("DELETE FROM tags WHERE event_id = ? AND tag = ?", (event_id, tag))

    def set_tags(self, event_id: str, tags: list[str]) -> list[str]:
        """Replace an event's tags by ``tags`` (stripped, empty ones dropped) in one commit.

        Returns the tags as stored (sorted, each once).
        """
        kept = sorted({t.strip() for t in tags if t.strip()})
        with self.transaction() as db:
            db.execute("DELETE FROM tags WHERE event_id = ?", (event_id,))
            db.executemany(
                "INSERT INTO tags (event_id, tag) VALUES (?, ?)", ((event_id, t) for t in kept)
            )
        return kept

    def tags(self, event_id: str) -> list[str]:
        """Return an event's tags, sorted."""
        rows = self.connection.execute(
            "SELECT tag FROM tags WHERE event_id = ? ORDER BY tag", (event_id,)
        )
        return [r[0] for r in rows]

    def all_tags(self) -> dict[str, list[str]]:
        """Return every tagged event's tags (sorted) by event id."""
        found: dict[str, list[str]] = {}
        for event_id, tag in self.connection.execute(
            "SELECT event_id, tag FROM tags ORDER BY event_id, tag"
        ):
            found.setdefault(str(event_id), []).append(str(tag))
        return found

    def add_bookmark(
        self,
        time_utc: str | None = None,
        norad_id: int | None = None,
        label: str = "",
        event_id: str | None = None,
    ) -> int:
        """Bookmark a time (ISO 8601 UTC text), an object and/or an event; commit; return its id.

        The event id is kept in ``meta`` under ``bookmark_event:<id>`` (same transaction).
        """
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO bookmarks (time_utc, norad_id, label, created_utc) "
                "VALUES (?, ?, ?, ?)",
                (time_utc, norad_id, label, now_utc()),
            )
            bookmark_id = int(cursor.lastrowid or 0)
            if event_id:
                db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    (f"{_BOOKMARK_EVENT}{bookmark_id}", event_id),
                )
            return bookmark_id

    def remove_bookmark(self, bookmark_id: int) -> None:
        """Remove a bookmark (and its event id); commit."""
        with self.transaction() as db:
            db.execute("DELETE FROM bookmarks WHERE bookmark_id = ?", (bookmark_id,))
            db.execute("DELETE FROM meta WHERE key = ?", (f"{_BOOKMARK_EVENT}{bookmark_id}",))

    def bookmarks(self) -> list[Bookmark]:
        """Return every bookmark in the order they were made."""
        rows = self.connection.execute(
            "SELECT bookmark_id, time_utc, norad_id, label, created_utc FROM bookmarks "
            "ORDER BY bookmark_id"
        ).fetchall()
        events = dict(
            self.connection.execute(
                "SELECT key, value FROM meta WHERE key LIKE ?", (f"{_BOOKMARK_EVENT}%",)
            ).fetchall()
        )
        return [
            Bookmark(
                int(row[0]),
                row[1],
                row[2],
                str(row[3]),
                str(row[4]),
                events.get(f"{_BOOKMARK_EVENT}{row[0]}"),
            )
            for row in rows
        ]

    def set_view_state(self, state: dict[str, Any]) -> None:
        """Store the view state (any JSON-serialisable mapping); commit."""
        text = json.dumps(state, sort_keys=True)
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO view_state (id, state_json) VALUES (1, ?)", (text,))

    def view_state(self) -> dict[str, Any]:
        """Return the stored view state ({} when none or when it is not a JSON object)."""
        row = self.connection.execute("SELECT state_json FROM view_state WHERE id = 1").fetchone()
        try:
            state = json.loads(row[0]) if row else {}
        except (TypeError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}
