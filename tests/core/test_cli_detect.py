"""``ssaviewer detect``: output, --flagged-only, --json, --rules; bad input without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ssaviewer.__main__ import main
from ssaviewer.core.export.events_csv import read_events_csv
from ssaviewer.core.formats.tle_write import format_tle
from tests.core.events_fixtures import elements


def write_history(folder: Path, frame: pd.DataFrame, name: str = "sat.tle") -> Path:
    path = folder / name
    path.write_text(format_tle(frame), encoding="ascii")
    return path


@pytest.fixture
def history_file(tmp_path: Path) -> Path:
    """A LEO object raised 0.2 km every 20 days and 15 km on day 150."""
    rng = np.random.default_rng(3)
    a = 7000.0 - 0.01 * np.arange(240) + rng.normal(0, 0.002, 240)
    for day in range(15, 240, 20):
        a[day:] += 0.2
    a[150:] += 15.0
    return write_history(tmp_path, elements(1, 240, a_km=a))


def detect(*args: str) -> int:
    return main(["detect", *args, "--no-screening"])


def test_writes_the_events_csv_and_a_summary(
    history_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events.csv"
    assert detect(str(history_file), "-o", str(out)) == 0
    text = capsys.readouterr().out
    assert "1 objects, 240 element sets (0 records rejected)" in text
    assert f"wrote 13 events to {out}" in text
    events = read_events_csv(out)
    assert len(events) == 13
    assert sorted(set(events["label"])) == ["irregular", "regular"]


def test_flagged_only_and_json(
    history_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "flagged.csv"
    assert detect(str(history_file), "-o", str(out), "--flagged-only", "--json") == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["written"] == 1
    assert summary["events"][0]["label"] == "irregular"
    assert summary["events"][0]["epoch_utc"].endswith("Z")
    assert list(read_events_csv(out)["label"]) == ["irregular"]


def test_a_rules_file_changes_the_results(
    history_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "relaxed.toml"
    rules.write_text("[label]\nirregular_codes = []\n", encoding="utf-8")
    out = tmp_path / "events.csv"
    assert detect(str(history_file), "-o", str(out), "--rules", str(rules)) == 0
    assert "rules: " + str(rules) in capsys.readouterr().out
    assert set(read_events_csv(out)["label"]) == {"regular"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[magnitude]\nratioo = 3\n", "magnitude.ratioo: unknown key (known: "),
        ("[magnitude]\nratio = 'big'\n", "magnitude.ratio: 'big' is a string, expected a number"),
        ("[nope]\n", "nope: unknown section"),
        ("[magnitude\n", "not valid TOML"),
        (
            '[label]\nirregular_codes = ["magnitude-outlierr"]\n',
            "label.irregular_codes: unknown reason code 'magnitude-outlierr' (known: ",
        ),
    ],
)
def test_bad_rules_get_one_clear_line(
    history_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    rules = tmp_path / "bad.toml"
    rules.write_text(text, encoding="utf-8")
    assert detect(str(history_file), "-o", str(tmp_path / "e.csv"), "--rules", str(rules)) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"ssaviewer detect: error: --rules: {rules}: ")
    assert message in err
    assert "Traceback" not in err
    assert not (tmp_path / "e.csv").exists()


def test_missing_rules_file_and_output_folder(
    history_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert detect(str(history_file), "--rules", str(tmp_path / "none.toml")) == 2
    assert "--rules: cannot read" in capsys.readouterr().err
    assert detect(str(history_file), "-o", str(tmp_path / "no" / "e.csv")) == 2
    assert "-o: the folder of" in capsys.readouterr().err


def test_a_history_of_one_element_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_history(tmp_path, elements(7, 1))
    out = tmp_path / "events.csv"
    assert detect(str(path), "-o", str(out)) == 0
    captured = capsys.readouterr()
    assert "NORAD 7: only 1 element set: at least 2 are needed to see a manoeuvre" in captured.err
    assert len(read_events_csv(out)) == 0


def test_all_duplicates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = elements(7, 1)
    path = write_history(tmp_path, pd.concat([one] * 4, ignore_index=True))
    out = tmp_path / "events.csv"
    assert detect(str(path), "-o", str(out)) == 0
    err = capsys.readouterr().err
    assert "NORAD 7: all 4 element sets are copies of 1: at least 2 different element sets" in err
    events = read_events_csv(out)
    assert list(events["reasons"]) == ["duplicate"]
    assert "was also read as" in events["explanation"][0]


def test_nothing_loadable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.tle"
    bad.write_text("not a TLE\n", encoding="ascii")
    assert detect(str(bad), "-o", str(tmp_path / "e.csv")) == 1
    err = capsys.readouterr().err
    assert "no element set could be loaded" in err
    assert "Traceback" not in err


def test_bad_notifications_file(
    history_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.csv"
    notes.write_text("norad_id,start\n1,2025-01-01\n", encoding="utf-8")
    assert detect(str(history_file), "--notifications", str(notes)) == 2
    err = capsys.readouterr().err
    assert f"--notifications: {notes}: no usable record (notes.csv:1: missing column" in err
    assert "Traceback" not in err


def test_notifications_flag_unannounced_burns(
    history_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Announce every routine raise (days 15, 35, ...) but the one on day 95; the large burn on
    # day 150 is not announced either.
    t0 = pd.Timestamp("2025-01-01T00:00:00Z")
    days = [d for d in range(15, 240, 20) if d != 95]
    hour = pd.Timedelta(hours=1)
    starts = [t0 + pd.Timedelta(days=d) - 12 * hour for d in days]
    lines = ["norad_id,start_utc,end_utc"] + [
        f"1,{s.isoformat()},{(s + hour).isoformat()}" for s in starts
    ]
    notes = tmp_path / "announced.csv"
    notes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "events.csv"
    assert detect(str(history_file), "-o", str(out), "--notifications", str(notes)) == 0
    events = read_events_csv(out)
    flagged = events[events["reasons"].str.contains("unannounced")]
    assert list(flagged["window_end_utc"].dt.floor("D")) == [
        t0 + pd.Timedelta(days=95),
        t0 + pd.Timedelta(days=150),
    ]


def test_without_output_file_the_csv_alone_goes_to_stdout(
    repo_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from io import StringIO

    status = main(["detect", str(repo_root / "sample_data"), "--no-screening"])
    out, err = capsys.readouterr()
    assert status == 0
    csv = pd.read_csv(StringIO(out))
    assert list(csv.columns[:3]) == ["event_id", "norad_id", "object_name"]
    assert len(csv) > 0
    assert "events:" in err
    assert "rules: built-in defaults" in err


def test_min_confidence_drops_only_the_less_confident_detections(
    repo_root: Path, tmp_path: Path
) -> None:
    every, confident = tmp_path / "all.csv", tmp_path / "confident.csv"
    assert detect(str(repo_root / "sample_data"), "-o", str(every)) == 0
    assert (
        detect(str(repo_root / "sample_data"), "-o", str(confident), "--min-confidence", "0.95")
        == 0
    )
    before, after = read_events_csv(every), read_events_csv(confident)
    dropped = before[~before["event_id"].isin(after["event_id"])]
    assert len(dropped) > 0
    assert (dropped["confidence"] < 0.95).all()
    assert (after["confidence"].dropna() >= 0.95).all()
    # Events without a confidence (data quality, decay, ...) are all kept.
    assert before["confidence"].isna().sum() == after["confidence"].isna().sum()


def test_min_confidence_outside_zero_to_one_is_refused(
    repo_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert detect(str(repo_root / "sample_data"), "--min-confidence", "1.5") == 2
    assert "--min-confidence 1.5: expected a number from 0 to 1" in capsys.readouterr().err


def test_bom_option_and_the_rules_file_beside_the_csv(history_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert detect(str(history_file), "-o", str(out), "--bom") == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfevent_id,")
    assert (tmp_path / "events.rules.toml").is_file()
    back = read_events_csv(out)
    assert "rule_thresholds" in back  # put back from the rules file
    assert (back["rule_thresholds"] != "").all()
    assert detect(str(history_file), "-o", str(out)) == 0
    assert out.read_bytes().startswith(b"event_id,")
