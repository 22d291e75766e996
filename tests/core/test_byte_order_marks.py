"""Files saved by an editor that writes a byte-order mark (Windows Notepad) read like the rest.

A UTF-8 mark before a TLE's first line used to make that line "stray text" and cost its set;
a UTF-16 file (Notepad's "Unicode") was "not in a known format". The same text with or without
a mark must give the same records, in elements, rules, lessons, labels and notifications; and
lines ended by a bare CR (classic Mac OS) read like LF lines.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pandas as pd

from ssaviewer.core.dataset import load
from ssaviewer.core.detect.rules import build_rules
from ssaviewer.core.detect.sections import SECTIONS
from ssaviewer.core.launch_notifications import read_launch_notifications
from ssaviewer.core.simulate.spec import parse_spec
from ssaviewer.core.training.lesson import parse_lesson
from ssaviewer.core.truth.read import read_truth

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
KVN = Path(__file__).resolve().parents[1] / "data" / "OMMExample2.txt"
BOM = b"\xef\xbb\xbf"


def _write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def _same_load(plain: Path, marked: Path) -> None:
    expected, got = load(str(plain)), load(str(marked))
    assert len(expected.elements) > 0
    assert got.report.n_rejected == expected.report.n_rejected == 0
    pd.testing.assert_frame_equal(got.elements, expected.elements)


def test_a_utf8_mark_before_a_tle_costs_no_set_and_keeps_line_numbers(tmp_path: Path) -> None:
    text = (SAMPLE / "leo.tle").read_bytes()
    plain = _write(tmp_path / "plain", "leo.tle", text)
    marked = _write(tmp_path / "marked", "leo.tle", BOM + text)
    _same_load(plain, marked)  # same file name: the records ("leo.tle:LINE") are compared too


def test_utf16_tle_text_reads_as_its_utf8_twin(tmp_path: Path) -> None:
    text = (SAMPLE / "leo.tle").read_bytes()
    plain = _write(tmp_path / "plain", "leo.tle", text)
    for folder, encoding in (("le", "utf-16"), ("be", "utf-16-be")):
        data = text.decode("ascii").encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        _same_load(plain, _write(tmp_path / folder, "leo.tle", data))


def test_a_marked_file_inside_gzip_and_marked_omm_kvn_read_whole(tmp_path: Path) -> None:
    text = (SAMPLE / "leo.tle").read_bytes()
    plain = _write(tmp_path / "plain", "leo.tle", text)
    _same_load(plain, _write(tmp_path / "gz", "leo.tle.gz", gzip.compress(BOM + text)))
    kvn = KVN.read_bytes()
    _same_load(
        _write(tmp_path / "kvn", "omm.txt", kvn),
        _write(tmp_path / "kvn_marked", "omm.txt", BOM + kvn),
    )


def test_rules_lesson_and_scenario_toml_accept_a_mark() -> None:
    text = "[inplane.LEO]\nmin_sigma = 9.5\n"
    rules = build_rules(SECTIONS, "\ufeff" + text, "mine.toml")
    assert rules.digest == build_rules(SECTIONS, text, "mine.toml").digest
    assert rules.digest != build_rules(SECTIONS).digest  # the override was read
    lesson_text = (SAMPLE / "lessons" / "five_anomalies" / "lesson.toml").read_text("utf-8")
    marked, plain = parse_lesson("\ufeff" + lesson_text), parse_lesson(lesson_text)
    assert (marked.title, marked.summary, marked.quiz) == (plain.title, plain.summary, plain.quiz)
    assert plain.title
    assert len(plain.notes) > 0
    pd.testing.assert_frame_equal(marked.notes, plain.notes)
    spec_text = (SAMPLE / "scenario.toml").read_text("utf-8")
    assert parse_spec("\ufeff" + spec_text) == parse_spec(spec_text)


def test_notifications_and_operator_labels_accept_a_mark() -> None:
    text = (SAMPLE / "launch_notifications.csv").read_text("utf-8")
    expected = read_launch_notifications(text, "n.csv")
    assert len(expected) > 0
    pd.testing.assert_frame_equal(read_launch_notifications("\ufeff" + text, "n.csv"), expected)
    labels = (
        "norad_id,satellite,start_utc,end_utc,n_burns,dv_radial_mps,dv_along_mps,"
        "dv_cross_mps,dv_total_mps,kind,operator_type,source\n"
        "90001,TEST-1,2025-01-02T03:04:05Z,2025-01-02T03:14:05Z,1,,0.5,,0.5,in-plane,x,y\n"
    )
    table, problems = read_truth("\ufeff" + labels, "labels.csv")
    expected_table, _ = read_truth(labels, "labels.csv")
    assert problems == []
    assert len(table) == 1
    pd.testing.assert_frame_equal(table, expected_table)


def test_lines_ended_by_a_bare_cr_read_like_lf_lines(tmp_path: Path) -> None:
    text = (SAMPLE / "leo.tle").read_bytes()
    plain = _write(tmp_path / "plain", "leo.tle", text)
    _same_load(plain, _write(tmp_path / "cr", "leo.tle", text.replace(b"\n", b"\r")))
