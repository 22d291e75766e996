"""``ssaviewer workspace``: create, events, verdict, export, rerun, sources; clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from ssaviewer.__main__ import main
from ssaviewer.core.export.events_csv import read_events_csv
from ssaviewer.core.workspace import open_workspace
from tests.core.events_fixtures import elements
from tests.core.test_cli_detect import write_history
from tests.core.workspace_fixtures import sha256


@pytest.fixture
def workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A workspace made by the CLI from one LEO history with 13 events (1 irregular)."""
    rng = np.random.default_rng(3)
    a = 7000.0 - 0.01 * np.arange(240) + rng.normal(0, 0.002, 240)
    for day in range(15, 240, 20):
        a[day:] += 0.2
    a[150:] += 15.0
    data = tmp_path / "data"
    data.mkdir()
    write_history(data, elements(1, 240, a_km=a))
    (data / "notes.txt").write_text("not element sets\n")
    path = tmp_path / "w.ssaw"
    assert main(["workspace", "create", str(path), str(data), "--no-screening"]) == 0
    out = capsys.readouterr().out
    assert out == f"created {path}: 1 source files, 1 objects, 13 events\n"
    return path


def ws(*args: str) -> int:
    return main(["workspace", *args])


def listed(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert ws("events", str(path), "--json") == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_verdict_events_and_export(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = listed(workspace, capsys)
    assert len(rows) == 13
    assert {"event_id", "label", "analyst_verdict", "analyst_note"} <= set(rows[0])
    regular = next(r for r in rows if r["label"] == "regular")["event_id"]
    irregular = next(r for r in rows if r["label"] == "irregular")["event_id"]
    assert ws("verdict", str(workspace), str(regular), "irregular", "--note", "Δv ≥ 1 m/s") == 0
    assert capsys.readouterr().out == f'saved {regular}: irregular (note: "Δv ≥ 1 m/s")\n'
    assert ws("verdict", str(workspace), str(irregular), "rejected") == 0
    capsys.readouterr()
    by_id = {r["event_id"]: r for r in listed(workspace, capsys)}
    assert by_id[regular]["analyst_verdict"] == "irregular"
    assert by_id[regular]["analyst_note"] == "Δv ≥ 1 m/s"
    out = tmp_path / "flagged.csv"
    assert ws("export", str(workspace), "-o", str(out), "--flagged-only") == 0
    assert capsys.readouterr().out == f"wrote 1 events to {out}\n"
    flagged = read_events_csv(out)
    assert list(flagged["event_id"]) == [regular]
    assert list(flagged.columns[-4:-1]) == [
        "analyst_verdict",
        "analyst_note",
        "analyst_updated_utc",
    ]
    assert ws("export", str(workspace), "-o", str(out)) == 0
    assert len(read_events_csv(out)) == 13


def test_rerun_with_new_rules_keeps_the_verdicts(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    irregular = next(r for r in listed(workspace, capsys) if r["label"] == "irregular")
    assert ws("verdict", str(workspace), str(irregular["event_id"]), "confirmed") == 0
    relaxed = tmp_path / "relaxed.toml"
    relaxed.write_text("[label]\nirregular_codes = []\n", encoding="utf-8")
    capsys.readouterr()
    assert ws("rerun", str(workspace), "--rules", str(relaxed), "--no-screening") == 0
    assert "13 events (0 new, 13 found again)" in capsys.readouterr().out
    after = {r["event_id"]: r for r in listed(workspace, capsys)}
    assert after[irregular["event_id"]]["label"] == "regular"  # relabelled by the new rules
    assert after[irregular["event_id"]]["analyst_verdict"] == "confirmed"  # verdict kept


def test_moved_source_is_named_and_relocated(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = tmp_path / "elsewhere.tle"
    (tmp_path / "data" / "sat.tle").rename(moved)
    assert ws("rerun", str(workspace), "--no-screening") == 1
    assert "sat.tle: not found" in capsys.readouterr().err
    assert ws("sources", str(workspace)) == 1
    assert "missing" in capsys.readouterr().out
    assert ws("sources", str(workspace), "--relocate", "1", str(moved)) == 0
    assert f"ok       {moved}" in capsys.readouterr().out
    assert ws("rerun", str(workspace), "--no-screening") == 0


def test_locked_or_bad_workspaces_get_one_line_and_stay_unchanged(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event_id = str(listed(workspace, capsys)[0]["event_id"])
    before = sha256(workspace)
    with open_workspace(workspace):
        assert ws("verdict", str(workspace), event_id, "confirmed") == 1
        out, err = capsys.readouterr()
        assert out == ""  # nothing claimed as saved
        assert "already open for writing by pid" in err
        assert len(listed(workspace, capsys)) == 13  # reading still works
    assert ws("verdict", str(workspace), "0000", "confirmed") == 1
    assert capsys.readouterr().err.endswith("no event with id '0000'\n")
    assert sha256(workspace) == before
    text = tmp_path / "text.ssaw"
    text.write_text("hello\n")
    assert ws("events", str(text)) == 1
    assert "not an ssaviewer workspace" in capsys.readouterr().err
    assert text.read_text() == "hello\n"


def test_create_refuses_bad_input_without_creating_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.ssaw"
    (tmp_path / "empty.tle").write_text("")
    assert ws("create", str(path), str(tmp_path / "empty.tle")) == 1
    assert ws("create", str(path), str(tmp_path / "absent")) == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("[nope]\n")
    assert ws("create", str(path), str(tmp_path / "empty.tle"), "--rules", str(bad)) == 2
    assert "--rules:" in capsys.readouterr().err
    assert not path.exists()


def test_readme_workspace_session_runs_in_order(
    repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re
    import shlex

    text = (repo_root / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```console\n(.*?)```", text, flags=re.S)
    assert block is not None
    lines = [line.split("  #")[0].strip() for line in block.group(1).splitlines()]
    monkeypatch.chdir(tmp_path)
    for line in lines:
        args = [
            str(repo_root / a) if a.split("/")[0] == "sample_data" else a
            for a in shlex.split(line)[1:]
        ]
        assert main(args) == 0, line
    with open_workspace(tmp_path / "w.ssaw", read_only=True) as workspace:
        assert workspace.analysis("82a8cb771acc49fb").verdict == "confirmed"  # type: ignore[union-attr]
    assert (tmp_path / "reviewed.csv").exists()


def test_an_embedded_copy_stands_in_for_moved_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    rng = np.random.default_rng(3)
    a = 7000.0 - 0.01 * np.arange(240) + rng.normal(0, 0.002, 240)
    a[150:] += 15.0
    write_history(data, elements(1, 240, a_km=a))
    path = tmp_path / "handed-over.ssaw"
    assert ws("create", str(path), str(data), "--embed", "--no-screening") == 0
    capsys.readouterr()
    event_id = str(listed(path, capsys)[0]["event_id"])
    assert ws("verdict", str(path), event_id, "confirmed") == 0
    (data / "sat.tle").unlink()  # the colleague does not have the data
    capsys.readouterr()
    assert ws("rerun", str(path), "--no-screening") == 0
    assert "0 new" in capsys.readouterr().out
    assert listed(path, capsys)[0]["analyst_verdict"] == "confirmed"
