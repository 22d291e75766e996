"""The demo scenario's end-of-life objects, launch and inspector get the right norm events."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from ssaviewer.core.dataset import load
from ssaviewer.core.detect import run_detection
from ssaviewer.core.detect.pipeline import default_rules_text
from ssaviewer.core.export.events_csv import read_events_csv
from ssaviewer.core.norms import norm_summary
from ssaviewer.core.norms.checks import NORM_SECTIONS
from ssaviewer.core.norms.summary import CODE_CHECKS

#: The demo's norm answer: object → (label, reason codes, words of its sources).
EXPECTED = {
    90011: ("irregular", "lifetime-over-25-years;lifetime-over-5-years", "IADC"),  # HALCYON-2
    90012: ("regular", "lifetime-within-5-years", "FCC"),  # PETREL-1
    90013: ("regular", "lifetime-over-5-years", "ESA"),  # PETREL-2
    90024: ("irregular", "proximity-operation", "A/76/77"),  # WATCHER-2 near SKYRELAY-5
    90032: ("regular", "disposal-ok", "IADC"),  # GEOCOM-0
    90033: ("irregular", "disposal-below-guideline", "UN Space Debris Mitigation"),  # STARCAST-4
    90034: ("irregular", "abandoned-in-geo", "IADC"),  # INDOSTAR-1
    90041: ("undetermined", "new-launch", "Hague Code of Conduct"),  # NEWSAT-1 and -2
}


def rows(frame: pd.DataFrame) -> list[Any]:
    """The rows as named tuples (typed Any: pandas-stubs cannot type their fields)."""
    return list(frame.itertuples())


@pytest.fixture(scope="module")
def events(repo_root: Path) -> pd.DataFrame:
    return run_detection(load(repo_root / "sample_data"))


def test_every_end_of_life_object_gets_its_norm_event_with_sources(events: pd.DataFrame) -> None:
    norms = events[events["event_type"].isin(["norm", "launch"])]
    got = {
        int(r.norad_id): (r.label, r.reasons, r.norm_sources, r.explanation) for r in rows(norms)
    }
    assert set(got) == set(EXPECTED), norms[["norad_id", "reasons"]]
    for norad, (label, reasons, cited) in EXPECTED.items():
        assert got[norad][:2] == (label, reasons), norad
        assert cited in got[norad][2], norad
        assert "not a legal finding" in got[norad][3], norad


def test_norm_events_agree_with_the_answer_key(events: pd.DataFrame, repo_root: Path) -> None:
    key = pd.read_csv(repo_root / "sample_data" / "answer_key.csv", dtype=str).fillna("")
    key = key[key["event_type"].isin(["norm", "launch"])]
    assert len(key) == 7  # 3 LEO ends of mission, 3 GEO ends of life, 1 launch
    for row in rows(key):
        found = events[
            (events["norad_id"] == int(row.norad_id)) & (events["event_type"] == row.event_type)
        ]
        assert len(found) == 1, row.object_name
        assert found["label"].iloc[0] == row.expected_label, row.object_name
        assert found["reasons"].iloc[0] == row.expected_reasons, row.object_name
        when = pd.Timestamp(row.time_utc)
        assert abs(found["epoch_utc"].iloc[0] - when) < pd.Timedelta(days=2), row.object_name


def test_proximity_names_both_objects_distance_duration_and_burns(events: pd.DataFrame) -> None:
    event = events[events["reasons"] == "proximity-operation"].iloc[0]
    assert (event["object_name"], event["secondary_name"]) == ("WATCHER-2", "SKYRELAY-5")
    assert event["miss_km"] < 20  # parks 12 km away (mean separation)
    assert event["duration_days"] > 200
    assert "2025-03-06" in event["explanation"]  # the drift-start burn that led there
    assert event["rule_thresholds"].startswith("{")
    assert "norm_proximity" in event["rule_thresholds"]


def test_the_summary_gives_each_checked_object_its_status(events: pd.DataFrame) -> None:
    table = norm_summary(events)
    status: dict[tuple[str, str], set[str]] = {}
    for r in rows(table):
        status.setdefault((str(r.object_name), str(r.check)), set()).add(str(r.status))
    assert status[("GEOCOM-0", "GEO disposal")] == {"met"}
    assert status[("INDOSTAR-1", "GEO disposal")] == {"not met"}
    lifetime = status[("HALCYON-2", "LEO post-mission lifetime")]
    assert lifetime == {"not met (25 years)", "not met (5 years)"}
    assert status[("NEWSAT-1", "launch notification")] == {"unknown"}
    assert ("WATCHER-2", "proximity to another operator's satellite") in status
    assert table["source"].str.len().gt(20).all()


def test_every_norm_section_cites_its_source_in_the_rules_file_and_docs(repo_root: Path) -> None:
    rules_text = default_rules_text()
    doc = (repo_root / "docs" / "reason_codes.md").read_text(encoding="utf-8")
    for section in NORM_SECTIONS:
        assert f"[{section.name}]" in rules_text
        source = section.params_type().source
        assert f'source = "{source}"' in rules_text
        for field in dataclasses.fields(section.params_type):
            if field.name != "source":
                rows = [line for line in doc.splitlines() if f"`{section.name}." in line]
                assert any(f"`{field.name}`" in r or f".{field.name}`" in r for r in rows), (
                    section.name,
                    field.name,
                )
    for code in CODE_CHECKS:
        assert f"| `{code}`" in doc, code
    assert "not legal findings" in doc


def test_cli_detect_reads_launch_notifications(tmp_path: Path, repo_root: Path) -> None:
    notes = tmp_path / "launches.csv"
    notes.write_text(
        "cospar_launch,notified_utc,state,note\n2025-041,2025-04-25T00:00:00Z,IND,notice\n",
        encoding="utf-8",
    )
    out = tmp_path / "events.csv"
    command = [sys.executable, "-m", "ssaviewer", "detect", str(repo_root / "sample_data")]
    run = subprocess.run(
        [*command, "--no-screening", "--launch-notifications", str(notes), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    written = read_events_csv(out)
    launch = written[written["event_type"] == "launch"]
    assert launch[["label", "reasons"]].values.tolist() == [["regular", "notified"]]
    assert "IND" in launch["explanation"].iloc[0]
    bad = tmp_path / "bad.csv"
    bad.write_text("cospar_launch,notified_utc\n2025-041,someday\n", encoding="utf-8")
    run = subprocess.run(
        [*command, "--launch-notifications", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert "bad.csv: line 2: notified_utc 'someday'" in run.stderr
