"""The workspace's SQLite schema, its identity, and the check that a file holds exactly it.

A workspace is one SQLite file (``.ssaw``): ``PRAGMA application_id`` is
:data:`APPLICATION_ID` (``"SSAW"``) and ``PRAGMA user_version`` the schema version
:data:`SCHEMA_VERSION`. Tables (times are ISO 8601 UTC text with a ``Z``):

``meta(key, value)``
    ``created_utc``, ``created_by`` (ssaviewer version).
``sources(source_id, path, size_bytes, sha256, added_utc, content)``
    The files the events were detected in; ``content`` is an embedded copy or NULL.
``runs(run_id, rules_text, rules_source, rules_digest, detector_version, run_utc, n_events)``
    Every detection run, with the rules (TOML text) it used.
``events(event_id, norad_id, event_type, label, epoch_utc, record, orphaned, last_run_id,
position)``
    The events of ``ssaviewer.core.detect.run_detection`` keyed by their stable ``event_id``;
    ``record`` is the full row as JSON; ``orphaned`` is 1 for an event the last run no longer
    found but that carries the analyst's work; ``position`` is the row's place in its run.
``verdicts(event_id, verdict, note, updated_utc)``
    The analyst's verdict (``confirmed``, ``rejected``, ``regular``, ``irregular`` or NULL)
    and note per event. Not tied to ``events`` by a foreign key: a verdict is never deleted.
``tags(event_id, tag)``, ``bookmarks(bookmark_id, time_utc, norad_id, label, created_utc)``,
``view_state(id, state_json)``.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path
from typing import Final

from ssaviewer.core.workspace.errors import (
    NotAWorkspace,
    WorkspaceCorrupt,
    WorkspaceTooNew,
    WorkspaceUnsafe,
)

#: ``PRAGMA application_id``: the bytes "SSAW".
APPLICATION_ID: Final = 0x53534157
#: ``PRAGMA user_version`` written by this version; files with a higher one are refused.
SCHEMA_VERSION: Final = 1
#: The verdicts an analyst can give.
VERDICTS: Final = ("confirmed", "rejected", "regular", "irregular")

TABLES: Final[dict[str, str]] = {
    "meta": "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "sources": (
        "CREATE TABLE sources (source_id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, "
        "size_bytes INTEGER NOT NULL, sha256 TEXT NOT NULL, added_utc TEXT NOT NULL, "
        "content BLOB)"
    ),
    "runs": (
        "CREATE TABLE runs (run_id INTEGER PRIMARY KEY, rules_text TEXT NOT NULL, "
        "rules_source TEXT NOT NULL, rules_digest TEXT NOT NULL, "
        "detector_version TEXT NOT NULL, run_utc TEXT NOT NULL, n_events INTEGER NOT NULL)"
    ),
    "events": (
        "CREATE TABLE events (event_id TEXT PRIMARY KEY, norad_id INTEGER NOT NULL, "
        "event_type TEXT NOT NULL, label TEXT NOT NULL, epoch_utc TEXT, "
        "record TEXT NOT NULL, orphaned INTEGER NOT NULL DEFAULT 0, last_run_id INTEGER, "
        "position INTEGER NOT NULL DEFAULT 0)"
    ),
    "verdicts": (
        "CREATE TABLE verdicts (event_id TEXT PRIMARY KEY, verdict TEXT CHECK (verdict IN "
        "('confirmed', 'rejected', 'regular', 'irregular')), note TEXT NOT NULL DEFAULT '', "
        "updated_utc TEXT NOT NULL)"
    ),
    "tags": (
        "CREATE TABLE tags (event_id TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (event_id, tag))"
    ),
    "bookmarks": (
        "CREATE TABLE bookmarks (bookmark_id INTEGER PRIMARY KEY, time_utc TEXT, "
        "norad_id INTEGER, label TEXT NOT NULL DEFAULT '', created_utc TEXT NOT NULL)"
    ),
    "view_state": (
        "CREATE TABLE view_state (id INTEGER PRIMARY KEY CHECK (id = 1), state_json TEXT NOT NULL)"
    ),
}
INDEXES: Final[dict[str, str]] = {
    "events_by_object": "CREATE INDEX events_by_object ON events (norad_id, epoch_utc)",
}

_HEADER = b"SQLite format 3\x00"


def create_schema(connection: sqlite3.Connection) -> None:
    """Create every table and index and stamp the application id and schema version."""
    with connection:
        for sql in (*TABLES.values(), *INDEXES.values()):
            connection.execute(sql)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def check_header(path: Path) -> None:
    """Check the file's first 100 bytes without SQLite: magic, application id, version.

    Raises
    ------
    NotAWorkspace
        Not an SQLite file, or an SQLite file of another program.
    WorkspaceTooNew
        The schema version is newer than :data:`SCHEMA_VERSION`.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise NotAWorkspace(str(path), f"cannot read: {exc.strerror}") from exc
    if len(header) < 100 or not header.startswith(_HEADER):
        raise NotAWorkspace(
            str(path), "not an ssaviewer workspace (expected an SQLite file made by ssaviewer)"
        )
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise NotAWorkspace(
            str(path),
            f"an SQLite database of another program (application id {application_id:#x}, "
            f"expected {APPLICATION_ID:#x}): not an ssaviewer workspace",
        )
    if user_version > SCHEMA_VERSION:
        raise WorkspaceTooNew(str(path), user_version, SCHEMA_VERSION)


def check_schema(connection: sqlite3.Connection, path: str) -> None:
    """Check that the database holds exactly the workspace schema and is not damaged.

    Raises
    ------
    WorkspaceUnsafe
        Triggers, views, or tables/indexes a workspace never has.
    WorkspaceCorrupt
        A missing table or column, or ``PRAGMA quick_check`` finds damage.
    """
    try:
        objects = connection.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceCorrupt(path, f"the database schema cannot be read ({exc})") from exc
    for kind, name, _table in objects:
        if kind in ("trigger", "view"):
            raise WorkspaceUnsafe(
                path, f"contains a {kind} ({name!r}); a workspace never has one, refused"
            )
        known = TABLES if kind == "table" else INDEXES
        if name not in known and not str(name).startswith("sqlite_autoindex_"):
            raise WorkspaceUnsafe(path, f"contains an unknown {kind} {name!r}; refused")
    present = {name for kind, name, _ in objects if kind == "table"}
    for table, sql in TABLES.items():
        if table not in present:
            raise WorkspaceCorrupt(path, f"table {table!r} is missing")
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
        expected = set(_columns(sql))
        if columns != expected:
            raise WorkspaceCorrupt(
                path,
                f"table {table!r} has columns {sorted(columns)}, expected {sorted(expected)}",
            )
    definitions = {name: sql for kind, name, sql in _definitions(connection) if sql}
    for name, sql in {**TABLES, **INDEXES}.items():
        if " ".join(str(definitions.get(name, "")).split()) != " ".join(sql.split()):
            raise WorkspaceUnsafe(
                path, f"{name!r} is not defined as a workspace defines it; refused"
            )
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        raise WorkspaceCorrupt(path, f"damaged ({exc})") from exc
    if problems != ["ok"]:
        raise WorkspaceCorrupt(path, "damaged: " + " ".join(str(problems[0]).split()))


def _definitions(connection: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
    rows = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    return [(str(k), str(n), s) for k, n, s in rows]


def _columns(sql: str) -> list[str]:
    """Return the column names of a ``CREATE TABLE`` statement of :data:`TABLES`."""
    body = sql[sql.index("(") + 1 : sql.rindex(")")]
    names = []
    depth = 0
    start = 0
    for k, char in enumerate(body + ","):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            first = body[start:k].split()[0]
            if first.upper() not in ("PRIMARY", "UNIQUE", "CHECK", "FOREIGN"):
                names.append(first)
            start = k + 1
    return names
