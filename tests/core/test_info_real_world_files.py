"""``ssaviewer info`` on files shaped like those users bring: every unused line is reported.

The element sets are synthetic (``tests/core/tle_text.py``); the layouts reproduce real
files: a series with a junk line before an orphan line 1 (as in Orekit's
``spot-5-with-extra-lines.tle``), TLE text indented or annotated with ``#`` comments, and a
SATCAT loaded on its own.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from ssaviewer.__main__ import main
from tests.core.tle_text import ISS

SETS = [replace(ISS, day=264 + k, element_set_no=100 + k) for k in range(4)]


def _info(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    status = main(["info", str(path), "--json"])
    return status, json.loads(capsys.readouterr().out)


def test_a_junk_line_before_an_orphan_line1_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [*SETS[0].lines(), "this is a junk line", SETS[1].lines()[0], *SETS[2].lines()]
    path = tmp_path / "series-with-extra-lines.tle"
    path.write_text("\n".join(lines) + "\n")
    status, summary = _info(path, capsys)
    assert status == 0
    assert summary["element_sets"] == 2
    rejected = summary["rejected"]
    assert [(r["line"], r["value"]) for r in rejected] == [
        (3, "this is a junk line"),
        (4, SETS[1].lines()[0]),
    ]
    assert "neither a TLE line" in rejected[0]["reason"]
    assert "not followed by its line 2" in rejected[1]["reason"]


def test_indented_tle_lines_get_a_reason_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ["# exported by a notebook", "ISS (ZARYA)"]
    lines += ["    " + line for line in SETS[0].lines()]
    path = tmp_path / "indented.txt"
    path.write_text("\n".join(lines) + "\n")
    status, summary = _info(path, capsys)
    assert status == 1  # nothing could be read
    files = summary["files"]
    assert (files[0]["status"], files[0]["format"]) == ("loaded", "tle")
    rejected = summary["rejected"]
    assert [r["line"] for r in rejected] == [2, 3, 4]
    assert rejected[0]["reason"].startswith("text that is neither")
    assert rejected[1]["reason"] == (
        "a TLE line 1 indented by 4 blank(s): element lines are read by fixed columns and "
        "must start in column 1"
    )
    assert rejected[2]["reason"].startswith("a TLE line 2 indented by 4 blank(s)")
    assert [(w["line"], w["assumed"]) for w in summary["warnings"]] == [
        (1, "a comment line, skipped")
    ]


def test_comment_lines_between_sets_are_noted_not_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ["# first", *SETS[0].lines(), "# second, a name must not come from here"]
    lines += [*SETS[1].lines()]
    path = tmp_path / "commented.tle"
    path.write_text("\n".join(lines) + "\n")
    status, summary = _info(path, capsys)
    assert status == 0
    assert (summary["element_sets"], summary["rejected"]) == (2, [])
    assert [w["line"] for w in summary["warnings"]] == [1, 4]


def test_a_satcat_alone_is_loaded_and_exits_zero(
    repo_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    satcat = repo_root / "sample_data" / "satcat.csv"
    n_rows = len(satcat.read_text().splitlines()) - 1
    status, summary = _info(satcat, capsys)
    assert status == 0
    assert (summary["objects"], summary["element_sets"]) == (n_rows, 0)
    assert summary["rejected"] == []
    main(["info", str(satcat)])
    out = capsys.readouterr().out
    assert f"{n_rows} objects, 0 element sets" in out
    assert "span: no element sets" in out
