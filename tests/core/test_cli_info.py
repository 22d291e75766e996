"""``ssaviewer info`` on the repository's sample data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ssaviewer.__main__ import main


def test_info_json_on_sample_data(repo_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["info", str(repo_root / "sample_data"), "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert status == 0
    assert summary["element_sets"] > 0
    assert summary["objects"] > 0
    assert summary["first_epoch_utc"] <= summary["last_epoch_utc"]
    assert summary["rejected"] == []


def test_info_exits_non_zero_when_nothing_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["info", str(tmp_path / "nothing.tle"), "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert status == 1
    assert summary["rejected"][0]["reason"] == "no such file or folder"


def test_an_unexpected_error_is_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ssaviewer.cli import info

    def broken(*paths: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(info, "load", broken)
    monkeypatch.delenv("SSAVIEWER_DEBUG", raising=False)
    status = main(["info", str(tmp_path)])
    err = capsys.readouterr().err
    assert status == 3
    assert err.strip() == (
        "ssaviewer info: internal error: RuntimeError: boom "
        "(please report it; SSAVIEWER_DEBUG=1 shows the traceback)"
    )
