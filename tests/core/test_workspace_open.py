"""Opening: bad, newer, corrupt and crafted files get typed errors and are never modified."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ssaviewer.core.workspace import (
    NotAWorkspace,
    WorkspaceCorrupt,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceTooNew,
    WorkspaceUnsafe,
    open_workspace,
)
from ssaviewer.core.workspace.events import events_with_analysis
from tests.core.workspace_fixtures import sha256, workspace_with_events


def _altered(path: Path, *statements: str) -> None:
    """Change a closed workspace with a plain connection (as a crafted file would be)."""
    db = sqlite3.connect(path, isolation_level=None)
    for sql in statements:
        db.execute(sql)
    db.execute("PRAGMA journal_mode = DELETE")  # everything into the main file
    db.close()


def _text(path: Path) -> None:
    path.write_text("norad_id,name\n1,x\n")


def _other_sqlite(path: Path) -> None:
    path.unlink()
    _altered(path, "CREATE TABLE t (x)")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _newer(path: Path) -> None:
    _altered(path, "PRAGMA user_version = 99")


def _trigger(path: Path) -> None:
    _altered(
        path,
        "CREATE TRIGGER wipe AFTER INSERT ON verdicts BEGIN DELETE FROM events; END",
    )


def _view(path: Path) -> None:
    _altered(path, "CREATE VIEW v AS SELECT load_extension('x')")


def _extra_table(path: Path) -> None:
    _altered(path, "CREATE TABLE payload (x)")


def _missing_column(path: Path) -> None:
    _altered(path, "ALTER TABLE verdicts DROP COLUMN note")


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _garbled_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page : 2 * page + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


CASES: list[tuple[Callable[[Path], None], type[WorkspaceError], str]] = [
    (_text, NotAWorkspace, "not an ssaviewer workspace"),
    (_other_sqlite, NotAWorkspace, "another program"),
    (_empty, NotAWorkspace, "not an ssaviewer workspace"),
    (_newer, WorkspaceTooNew, "newer ssaviewer"),
    (_trigger, WorkspaceUnsafe, "trigger"),
    (_view, WorkspaceUnsafe, "view"),
    (_extra_table, WorkspaceUnsafe, "payload"),
    (_missing_column, WorkspaceCorrupt, "note"),
    (_truncated, WorkspaceCorrupt, "damaged|malformed|cannot"),
    (_garbled_page, WorkspaceCorrupt, "damaged|malformed|cannot"),
]


@pytest.mark.parametrize(("spoil", "error", "words"), CASES, ids=[c[0].__name__ for c in CASES])
@pytest.mark.parametrize("read_only", [False, True])
def test_bad_file_is_refused_and_left_unchanged(
    tmp_path: Path,
    spoil: Callable[[Path], None],
    error: type[WorkspaceError],
    words: str,
    read_only: bool,
) -> None:
    path = tmp_path / "w.ssaw"
    workspace_with_events(path, 300).close()
    spoil(path)
    before = sha256(path)
    with pytest.raises(error, match=words) as caught:
        open_workspace(path, read_only=read_only)
    assert str(path) in str(caught.value)
    assert sha256(path) == before


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="no such workspace file"):
        open_workspace(tmp_path / "absent.ssaw")
    assert not (tmp_path / "absent.ssaw").exists()


def test_garbled_event_record_is_reported_not_crashing(tmp_path: Path) -> None:
    path = tmp_path / "w.ssaw"
    workspace_with_events(path).close()
    _altered(path, "UPDATE events SET record = 'not json' WHERE event_id = 'ev0001'")
    with open_workspace(path) as ws, pytest.raises(WorkspaceCorrupt, match="event record"):
        events_with_analysis(ws)


_SECOND = """
import sys
from ssaviewer.core.workspace import WorkspaceLocked, open_workspace
try:
    open_workspace(sys.argv[1]).close()
except WorkspaceLocked as exc:
    print("locked:", exc)
else:
    print("opened")
"""


def _second_process(path: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", _SECOND, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout


def test_one_writer_at_a_time_and_the_second_is_told(tmp_path: Path) -> None:
    import os

    path = tmp_path / "w.ssaw"
    ws = workspace_with_events(path)
    told = _second_process(path)
    assert told.startswith("locked:")
    assert f"pid {os.getpid()}" in told
    with pytest.raises(WorkspaceLocked):  # a second window of the same process
        open_workspace(path)
    with open_workspace(path, read_only=True) as reader:  # reading is fine
        assert len(reader.event_ids()) == 10
    ws.close()
    assert _second_process(path).strip() == "opened"


def test_a_table_redefined_with_the_same_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.ssaw"
    workspace_with_events(path).close()
    _altered(
        path,
        "DROP TABLE view_state",
        "CREATE TABLE view_state (id INTEGER PRIMARY KEY, state_json TEXT "
        "DEFAULT (load_extension('evil')))",
    )
    before = sha256(path)
    with pytest.raises(WorkspaceUnsafe, match="view_state"):
        open_workspace(path)
    assert sha256(path) == before
