"""The workspace: verdicts kept across runs, orphans, sources, tags, bookmarks, export."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from ssaviewer.core.export.events_csv import read_events_csv
from ssaviewer.core.workspace import (
    KEEP,
    ReadOnlyWorkspace,
    UnknownEvent,
    WorkspaceError,
    open_workspace,
)
from ssaviewer.core.workspace.events import (
    events_with_analysis,
    export_events,
    flagged,
    last_rules,
    store_run,
)
from ssaviewer.core.workspace.schema import APPLICATION_ID, SCHEMA_VERSION
from ssaviewer.core.workspace.sources import add_sources, check_sources, relocate, sources
from tests.core.workspace_fixtures import RULES, synthetic_events, workspace_with_events


def test_file_identity_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "w.ssaw"
    workspace_with_events(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_events_round_trip_exactly(tmp_path: Path) -> None:
    events = synthetic_events(12)
    with workspace_with_events(tmp_path / "w.ssaw", 12) as ws:
        stored = events_with_analysis(ws)
    back = stored.drop(columns=[c for c in stored.columns if c.startswith("analyst_")])
    pd.testing.assert_frame_equal(back, events)


def test_verdict_is_committed_and_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "w.ssaw"
    ws = workspace_with_events(path)
    ws.set_verdict("ev0003", "rejected", note="a data artefact")
    # Another connection sees it at once: it is committed, not held in memory.
    other = sqlite3.connect(path)
    row = other.execute("SELECT verdict, note FROM verdicts WHERE event_id = 'ev0003'").fetchone()
    other.close()
    assert row == ("rejected", "a data artefact")
    ws.close()
    with open_workspace(path) as again:
        analysis = again.analysis("ev0003")
    assert analysis is not None
    assert (analysis.verdict, analysis.note) == ("rejected", "a data artefact")


def test_note_kept_when_verdict_changes_and_restore_undoes(tmp_path: Path) -> None:
    with workspace_with_events(tmp_path / "w.ssaw") as ws:
        first = ws.set_verdict("ev0001", "confirmed", note="seen")
        ws.set_verdict("ev0001", "irregular", KEEP)
        assert ws.analysis("ev0001").note == "seen"  # type: ignore[union-attr]
        ws.restore("ev0001", first)
        assert ws.analysis("ev0001") == first
        ws.restore("ev0001", None)
        assert ws.analysis("ev0001") is None


def test_bad_verdict_and_unknown_event_are_refused(tmp_path: Path) -> None:
    with workspace_with_events(tmp_path / "w.ssaw") as ws:
        with pytest.raises(ValueError, match="expected one of confirmed"):
            ws.set_verdict("ev0001", "maybe")
        with pytest.raises(UnknownEvent, match="nope"):
            ws.set_verdict("nope", "confirmed")
        assert ws.analyses() == {}


def test_rerun_keeps_verdicts_and_orphans_vanished_events(tmp_path: Path) -> None:
    with workspace_with_events(tmp_path / "w.ssaw", 10) as ws:
        ws.set_verdict("ev0002", "confirmed", note="kept")
        ws.set_verdict("ev0008", "rejected", note="will vanish")
        ws.add_tag("ev0009", "check")
        # Stricter rules: events 5..9 disappear; more data: 10..11 appear.
        summary = store_run(ws, synthetic_events(5), RULES)
        assert (summary.kept, summary.orphaned, summary.removed) == (5, 2, 3)
        summary = store_run(ws, synthetic_events(7, first=5), RULES)
        assert summary.added == 5  # 10, 11 and the three removed without work
        store_run(ws, synthetic_events(5), RULES)
        table = events_with_analysis(ws).set_index("event_id")
        assert table.loc["ev0002", "analyst_verdict"] == "confirmed"
        assert not table.loc["ev0002", "analyst_orphaned"]
        assert table.loc["ev0008", "analyst_verdict"] == "rejected"
        assert table.loc["ev0008", "analyst_orphaned"]
        assert table.loc["ev0009", "analyst_orphaned"]
        assert "ev0007" not in table.index  # gone, and no work on it
        assert set(ws.analyses()) == {"ev0002", "ev0008"}
        assert sorted(ws.orphaned_event_ids()) == ["ev0008", "ev0009"]


def test_flagged_follows_the_analyst(tmp_path: Path) -> None:
    with workspace_with_events(tmp_path / "w.ssaw", 6) as ws:
        ws.set_verdict("ev0001", "rejected")  # irregular, rejected: not flagged
        ws.set_verdict("ev0002", "irregular")  # regular, overridden: flagged
        ws.set_verdict("ev0003", "confirmed")  # irregular, confirmed: flagged
        table = events_with_analysis(ws)
        assert sorted(table.loc[flagged(table).to_numpy(), "event_id"]) == [
            "ev0002",
            "ev0003",
            "ev0005",
        ]


def test_export_writes_the_analyst_columns(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    with workspace_with_events(tmp_path / "w.ssaw", 6) as ws:
        ws.set_verdict("ev0002", "irregular", note='says "no", =1+1')
        assert export_events(ws, out, flagged_only=True) == 4
    back = read_events_csv(out).set_index("event_id")
    assert list(back.columns[-4:]) == [
        "analyst_verdict",
        "analyst_note",
        "analyst_updated_utc",
        "analyst_orphaned",
    ]
    assert back.loc["ev0002", "analyst_note"] == 'says "no", =1+1'
    assert str(back.loc["ev0002", "analyst_updated_utc"]).startswith("20")
    assert back.loc["ev0001", "analyst_verdict"] == ""


def test_sources_moved_and_changed_are_named_and_relocated(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.tle").write_text("first\n")
    (data / "b.tle").write_text("second\n")
    with workspace_with_events(tmp_path / "w.ssaw") as ws:
        add_sources(ws, [data], embed=True)
        assert check_sources(ws) == []
        (data / "a.tle").rename(tmp_path / "moved.tle")
        (data / "b.tle").write_text("edited\n")
        problems = {Path(p.source.path).name: p.problem for p in check_sources(ws)}
        assert problems == {"a.tle": "missing", "b.tle": "changed"}
        moved = next(s for s in sources(ws) if s.path.endswith("a.tle"))
        with pytest.raises(WorkspaceError, match="not the same file"):
            relocate(ws, moved.source_id, data / "b.tle")
        relocate(ws, moved.source_id, tmp_path / "moved.tle")
        assert [Path(p.source.path).name for p in check_sources(ws)] == ["b.tle"]
        assert all(s.embedded for s in sources(ws))


def test_tags_bookmarks_view_state_and_rules(tmp_path: Path) -> None:
    path = tmp_path / "w.ssaw"
    with workspace_with_events(path) as ws:
        ws.add_tag("ev0001", "review")
        ws.add_tag("ev0001", "review")
        ws.add_tag("ev0001", "asked-operator")
        ws.remove_tag("ev0001", "asked-operator")
        mark = ws.add_bookmark("2025-01-02T00:00:00Z", 40001, "burn")
        ws.add_bookmark(norad_id=40002)
        ws.remove_bookmark(mark)
        ws.set_view_state({"selected": 40001, "zoom": [1, 2]})
    with open_workspace(path, read_only=True) as ws:
        assert ws.tags("ev0001") == ["review"]
        assert [(b.time_utc, b.norad_id) for b in ws.bookmarks()] == [(None, 40002)]
        assert ws.view_state() == {"selected": 40001, "zoom": [1, 2]}
        assert last_rules(ws) == RULES
        with pytest.raises(ReadOnlyWorkspace):
            ws.set_verdict("ev0001", "confirmed")


def test_event_times_of_any_unit_come_back_unchanged(tmp_path: Path) -> None:
    """Microsecond columns (pandas 3's default for literal times) were read back as ns."""
    from ssaviewer.core.workspace import create_workspace

    events = synthetic_events(3)
    times = ("epoch_utc", "window_start_utc", "window_end_utc")
    events = events.assign(**{c: events[c].astype("datetime64[us, UTC]") for c in times})
    with create_workspace(tmp_path / "w.ssaw") as ws:
        store_run(ws, events, RULES)
        back = events_with_analysis(ws, include_orphaned=False).set_index("event_id")
    for column in times:
        expected = events.set_index("event_id")[column]
        assert (back.loc[expected.index, column] == expected).all(), column


def test_set_tags_replaces_and_bookmarks_keep_their_event(tmp_path: Path) -> None:
    from ssaviewer.core.workspace.store import parse_tags

    assert parse_tags(" review, ,asked operator,review ") == ["asked operator", "review"]
    path = tmp_path / "w.ssaw"
    with workspace_with_events(path) as ws:
        ws.add_tag("ev0001", "old")
        assert ws.set_tags("ev0001", ["b", " a ", "", "b"]) == ["a", "b"]
        first = ws.add_bookmark("2025-01-02T00:00:00Z", 40001, "burn", event_id="ev0001")
        second = ws.add_bookmark("2025-01-03T00:00:00Z", 40002, "look")
        ws.remove_bookmark(first)
        third = ws.add_bookmark(None, 40001, "again", event_id="ev0002")
    with open_workspace(path, read_only=True) as ws:
        assert ws.tags("ev0001") == ["a", "b"]
        marks = {b.bookmark_id: b for b in ws.bookmarks()}
        assert sorted(marks) == [second, third]
        assert (marks[second].event_id, marks[third].event_id) == (None, "ev0002")
        assert marks[third].label == "again"
        # The removed bookmark's event is gone with it.
        keys = [r[0] for r in ws.connection.execute("SELECT key FROM meta")]
        assert f"bookmark_event:{first}" not in keys


def test_created_and_copied_files_follow_the_umask(tmp_path: Path) -> None:
    import os

    from ssaviewer.core.workspace.store import save_copy

    old = os.umask(0o022)
    try:
        with workspace_with_events(tmp_path / "w.ssaw") as ws:
            save_copy(ws, tmp_path / "copy.ssaw")
    finally:
        os.umask(old)
    for name in ("w.ssaw", "copy.ssaw"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o644
    with open_workspace(tmp_path / "copy.ssaw", read_only=True) as copy:
        assert len(copy.event_ids()) == 10
