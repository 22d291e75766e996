"""``ssaviewer evaluate`` end to end on the real data, and its answers to bad arguments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ssaviewer.__main__ import main


def test_detect_in_process_prints_both_tables(
    shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(
        [
            "evaluate",
            "--detect",
            "--truth",
            str(shared_data / "operator-records" / "ja3man.txt"),
            "--",
            str(shared_data / "tle" / "Jason-3.tle"),
        ]
    )
    out = capsys.readouterr().out
    assert status == 0
    assert "Matching by element-set gap" in out
    assert "Matching within ±12 h" in out
    assert "Jason-3" in out


def test_events_file_gives_the_same_scores_as_detect(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tle = str(shared_data / "tle" / "Fengyun-2H.tle")
    truth = str(shared_data / "labels" / "Fengyun-2H.csv")
    events = tmp_path / "events.csv"
    assert main(["detect", tle, "-o", str(events), "--no-screening"]) == 0
    capsys.readouterr()
    assert main(["evaluate", "--events", str(events), "--truth", truth, "--json", tle]) == 0
    from_file = capsys.readouterr().out
    assert main(["evaluate", "--detect", "--truth", truth, "--json", tle]) == 0
    assert capsys.readouterr().out == from_file
    gap = next(r for r in json.loads(from_file) if r["mode"] == "gap" and r["scope"] == "object")
    assert gap["name"] == "Fengyun-2H"
    assert gap["tp"] >= 10


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--detect", "--truth", "nope.csv", "TLE"], "--truth: cannot read nope.csv"),
        (["--detect", "--truth", "TRUTH"], "TLE: no element-set file or folder given"),
        (["--events", "nope.csv", "--truth", "TRUTH", "TLE"], "--events: nope.csv is not a file"),
        (["--detect", "--truth", "TRUTH", "--rules", "nope.toml", "TLE"], "--rules: cannot"),
    ],
)
def test_bad_arguments_get_one_line(
    shared_data: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    real = {
        "TRUTH": str(shared_data / "labels" / "Jason-3.csv"),
        "TLE": str(shared_data / "tle" / "Jason-3.tle"),
    }
    status = main(["evaluate", *(real.get(a, a) for a in args)])
    err = capsys.readouterr().err
    assert status == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_unknown_truth_format_is_refused(
    tmp_path: Path, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello\n")
    tle = str(shared_data / "tle" / "Jason-3.tle")
    assert main(["evaluate", "--detect", "--truth", str(notes), tle]) == 2
    assert "notes.txt: not a known ground-truth format" in capsys.readouterr().err
