"""The HTML report: content, escaping of names from the data, self-contained, the CLI."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ssaviewer.__main__ import main
from ssaviewer.core.detect.events.event_table import conform
from ssaviewer.core.report import report_html, write_report
from tests.core.events_fixtures import elements

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
HOSTILE = "<img src=x onerror=f()>"


def hostile_events() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Two events of one object whose name and texts are markup, and its element history."""
    a_km = 7000.0 + 0.5 * (np.arange(40) >= 20)
    history = elements(1, 40, a_km=a_km)
    history["semi_major_axis_km"] = a_km
    history["object_name"] = HOSTILE
    epoch = pd.Timestamp(history["epoch_utc"].iloc[20])
    events = conform(
        pd.DataFrame(
            {
                "event_id": ["e1", "e2"],
                "norad_id": [int(history["norad_id"].iloc[0]), 99999],
                "object_name": [HOSTILE, "NO HISTORY"],
                "event_type": "manoeuvre",
                "label": ["irregular", "regular"],
                "reasons": ["large-burn", ""],
                "explanation": ["<script>alert(1)</script> & more", "Fits."],
                "epoch_utc": [epoch, epoch],
                "window_start_utc": [epoch - pd.Timedelta(hours=12)] * 2,
                "window_end_utc": [epoch + pd.Timedelta(hours=6)] * 2,
                "delta_v_mps": [2.5, 0.1],
                "node": ["IK", ""],
            }
        )
    )
    events["analyst_verdict"] = pd.array(["confirmed", ""], dtype="string")
    events["analyst_note"] = pd.array(['"><b onmouseover=x>bold</b>', ""], dtype="string")
    return events, history


def test_every_text_from_the_data_is_escaped() -> None:
    events, history = hostile_events()
    page = report_html(events, history, sources=["<b>.tle"])
    assert HOSTILE not in page
    assert "&lt;img src=x onerror=f()&gt;" in page
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page
    assert "<b onmouseover" not in page
    assert "&quot;&gt;&lt;b onmouseover=x&gt;" in page
    assert "<b>.tle" not in page


def test_each_event_has_its_fields_verdict_note_and_plots() -> None:
    events, history = hostile_events()
    page = report_html(events, history)
    first, second = page.split("<section class='event'")[1:]
    assert "2 events (1 irregular, 1 regular)" in page
    assert "<dt>analyst verdict</dt><dd>confirmed</dd>" in first
    assert "<dt>reasons</dt><dd>large-burn</dd>" in first
    assert "Node IK (initiate keeping)" in first  # node codes explained, as in the CSV
    assert first.count("<svg") == 3
    assert "<polyline" in first
    assert "<dt>reasons</dt><dd>within-pattern</dd>" in second
    assert "<svg" not in second
    assert "No element sets of this object" in second


def test_the_page_is_self_contained() -> None:
    events, history = hostile_events()
    page = report_html(events, history)
    assert page.startswith("<!DOCTYPE html>")
    for loads in ("<script", "<link", "<iframe", "src=", "url(", "@import"):
        assert loads not in page.replace("&lt;img src=x", "")
    assert "@media print" in page


def test_write_report_is_atomic_with_the_usual_mode(tmp_path: Path) -> None:
    events, history = hostile_events()
    path = tmp_path / "report.html"
    assert write_report(path, events, history) == 2
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~_umask()
    assert path.read_text(encoding="utf-8").count("<section") == 2


def _umask() -> int:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_cli_reports_the_flagged_events_of_the_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    assert main(["report", str(SAMPLE), "-o", str(out), "--flagged-only", "--no-screening"]) == 0
    page = out.read_text(encoding="utf-8")
    n = page.count("<section class='event'")
    assert re.fullmatch(
        rf"wrote {n} of \d+ events to {re.escape(str(out))}\n", capsys.readouterr().out
    )
    assert n == page.count("<span class='label irregular'>") - n  # summary row + section each
    assert n >= 5
    assert page.count("<svg") == 3 * n


def test_cli_refuses_bad_arguments_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(SAMPLE), "-o", str(tmp_path / "no" / "r.html")]) == 2
    assert "-o: the folder of" in capsys.readouterr().err
    bad = tmp_path / "w.ssaw"
    bad.write_text("not a workspace", encoding="utf-8")
    assert main(["report", str(SAMPLE), "-o", str(tmp_path / "r.html"), "--workspace", str(bad)])
    assert "--workspace:" in capsys.readouterr().err
    assert bad.read_text(encoding="utf-8") == "not a workspace"
    assert not (tmp_path / "r.html").exists()


def test_cli_adds_the_verdicts_and_notes_of_a_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ssaviewer.core.workspace import build
    from ssaviewer.core.workspace import events as stored

    path = tmp_path / "w.ssaw"
    workspace, _, _ = build.build_workspace(path, [str(SAMPLE)], screen=None)
    try:
        events = stored.events_with_analysis(workspace)
        irregular = events.loc[events["label"] == "irregular", "event_id"].astype(str)
        chosen, rejected = irregular.iloc[0], irregular.iloc[1]
        workspace.set_verdict(chosen, "confirmed", note=HOSTILE)
        workspace.set_verdict(rejected, "rejected")
    finally:
        workspace.close()
    out = tmp_path / "report.html"
    args = ["report", str(SAMPLE), "-o", str(out), "--flagged-only", "--no-screening"]
    assert main([*args, "--workspace", str(path)]) == 0
    section = next(s for s in out.read_text(encoding="utf-8").split("<section") if chosen in s)
    assert "<dt>analyst verdict</dt><dd>confirmed</dd>" in section
    assert "<dt>analyst note</dt><dd>&lt;img src=x onerror=f()&gt;</dd>" in section
    assert rejected not in out.read_text(encoding="utf-8")  # the analyst unflagged it
