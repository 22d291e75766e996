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
from ssaviewer.core.norms import norm_summary, read_launch_notifications, sources
from ssaviewer.core.norms.checks import NORM_SECTIONS
from ssaviewer.core.norms.summary import CODE_CHECKS

#: The documents each norm reason code's event must cite (``ssaviewer.core.norms.sources``).
CITED = {
    "disposal-ok": (sources.IADC_GEO, sources.UN_SDM_GEO),
    "disposal-below-guideline": (sources.IADC_GEO, sources.UN_SDM_GEO),
    "abandoned-in-geo": (sources.IADC_GEO, sources.UN_SDM_GEO),
    "lifetime-over-25-years": (sources.IADC_LEO, sources.UN_SDM_LEO),
    "lifetime-over-5-years": (sources.FCC_2022, sources.ESA_2023),
    "lifetime-within-5-years": (sources.FCC_2022, sources.ESA_2023),
    "new-launch": (sources.LAUNCH_NOTICE,),
    "notified": (sources.LAUNCH_NOTICE,),
    "unannounced": (sources.LAUNCH_NOTICE,),
    "proximity-operation": (sources.PROXIMITY,),
}


def rows(frame: pd.DataFrame) -> list[Any]:
    """The rows as named tuples (typed Any: pandas-stubs cannot type their fields)."""
    return list(frame.itertuples())


@pytest.fixture(scope="module")
def events(repo_root: Path) -> pd.DataFrame:
    return run_detection(load(repo_root / "sample_data"))


@pytest.fixture(scope="module")
def key(repo_root: Path) -> pd.DataFrame:
    """The answer key's end-of-life, launch and proximity rows (norm and launch events)."""
    table = pd.read_csv(repo_root / "sample_data" / "answer_key.csv", dtype=str).fillna("")
    return table[table["event_type"].isin(["norm", "launch"])]


def test_the_key_lists_every_end_of_life_launch_and_proximity(key: pd.DataFrame) -> None:
    by_behaviour = key.groupby("behaviour")["object_name"].apply(set).to_dict()
    assert by_behaviour == {
        "end-of-mission": {"HALCYON-2", "PETREL-1", "PETREL-2"},
        "end-of-life": {"GEOCOM-0", "STARCAST-4", "INDOSTAR-1"},
        "launch": {"NEWSAT-1", "WATCHER-4", "CORAL-1"},
        "proximity-operation": {"WATCHER-2", "WATCHER-4"},
    }


def test_every_key_row_gets_its_norm_event_with_its_sources_cited(
    events: pd.DataFrame, key: pd.DataFrame
) -> None:
    # The "Done when": each end-of-life object (and launch, and proximity operation)
    # in the answer key gets exactly the event the key states, citing its guideline.
    norms = events[events["event_type"].isin(["norm", "launch"])]
    assert len(norms) == len(key), norms[["object_name", "reasons"]]
    for row in rows(key):
        found = norms[
            (norms["norad_id"] == int(row.norad_id)) & (norms["reasons"] == row.expected_reasons)
        ]
        assert len(found) == 1, (row.object_name, row.expected_reasons)
        event = found.iloc[0]
        assert event["event_type"] == row.event_type, row.object_name
        assert event["label"] == row.expected_label, row.object_name
        when = pd.Timestamp(row.time_utc)
        assert abs(event["epoch_utc"] - when) < pd.Timedelta(days=2), row.object_name
        for code in row.expected_reasons.split(";"):
            for document in CITED[code]:
                assert document in event["norm_sources"], (row.object_name, code, document)
        assert "not a legal finding" in event["explanation"], row.object_name


def test_with_the_demo_launch_notifications_each_launch_is_as_the_key_says(
    repo_root: Path, key: pd.DataFrame
) -> None:
    text = (repo_root / "sample_data" / "launch_notifications.csv").read_text(encoding="utf-8")
    notices = read_launch_notifications(text, "launch_notifications.csv")
    assert len(notices) == 2
    events = run_detection(
        load(repo_root / "sample_data"), screen=None, launch_notifications=notices
    )
    launches = events[events["event_type"] == "launch"].set_index("object_name")
    for row in rows(key[key["behaviour"] == "launch"]):
        notified = "notified by" in row.notes
        assert launches.loc[row.object_name, "reasons"] == (
            "notified" if notified else "unannounced"
        ), row.object_name
        assert launches.loc[row.object_name, "label"] == ("regular" if notified else "irregular")
    assert launches.loc["WATCHER-4", "reasons"] == "unannounced"


def test_proximity_names_both_objects_distance_duration_and_burns(events: pd.DataFrame) -> None:
    found = events[events["reasons"] == "proximity-operation"].set_index("object_name")
    geo, leo = found.loc["WATCHER-2"], found.loc["WATCHER-4"]
    assert (geo["secondary_name"], geo["regime"]) == ("SKYRELAY-5", "GEO")
    assert geo["miss_km"] < 20  # parks 12 km away (mean separation)
    assert geo["duration_days"] > 200
    assert "2025-03-06" in geo["explanation"]  # the drift-start burn that led there
    assert geo["rule_thresholds"].startswith("{")
    assert "norm_proximity" in geo["rule_thresholds"]
    # LEO: 20 km behind AURORA-2 from 2025-09-20 to the end of the data (2025-12-31).
    assert (leo["secondary_name"], leo["regime"]) == ("AURORA-2", "LEO")
    assert 19 < leo["miss_km"] < 21
    assert leo["duration_days"] > 95
    assert "2025-09-17 (9.6" in leo["explanation"]  # the phasing-orbit raise ...
    assert "2025-09-20 (1.6" in leo["explanation"]  # ... and the burn matching its orbit
    assert "owner CIS" in leo["explanation"]
    assert "owner ESA" in leo["explanation"]
    assert "within 100 km" in leo["explanation"]


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
    assert ("WATCHER-4", "proximity to another operator's satellite") in status  # LEO
    assert status[("WATCHER-4", "launch notification")] == {"unknown"}
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
    launch = written[written["event_type"] == "launch"].set_index("norad_id")
    assert launch[["label", "reasons"]].values.tolist() == [
        ["regular", "notified"],  # NEWSAT-1 and -2 (2025-041): the file names it
        ["irregular", "unannounced"],  # WATCHER-4 (2025-077)
        ["irregular", "unannounced"],  # CORAL-1 (2025-094): not in this file
    ]
    assert "IND" in str(launch.loc[90041, "explanation"])
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
