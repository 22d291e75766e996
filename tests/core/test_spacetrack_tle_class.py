"""Space-Track's legacy ``tle``-class JSON: ``EPOCH`` to the second plus ``EPOCH_MICROSECONDS``.

The records reproduce the class's structure (every value a string, ``INTLDES``,
``TLE_LINE0``-``TLE_LINE2``, ``FILE``, ``DECAYED`` ...) with synthetic element sets
(``tests/core/tle_text.py``): Space-Track's own data stays out of the repository.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from ssaviewer.__main__ import main
from ssaviewer.core.dataset import load
from ssaviewer.core.formats.omm_json import parse_omm_json
from tests.core.tle_text import ISS, TleFields, tle_file

#: Three sets in the same second of the same day, each with its own elements: truncated to the
#: second they would all share one epoch (two epoch conflicts too many).
SETS = [
    replace(ISS, day_fraction_e8=51782528 + k, element_set_no=290 + k, raan_e4=2474627 + k)
    for k in range(3)
]


def _legacy_record(fields: TleFields) -> dict[str, str]:
    """One record of Space-Track's ``tle`` class, values as strings, as it writes them."""
    expected = fields.expected()
    line1, line2 = fields.lines()
    epoch: pd.Timestamp = expected["epoch_utc"]  # type: ignore[assignment]
    return {
        "COMMENT": "GENERATED VIA SPACETRACK.ORG API",
        "ORIGINATOR": "JSPOC",
        "NORAD_CAT_ID": str(fields.norad),
        "OBJECT_NAME": "ISS (ZARYA)",
        "OBJECT_TYPE": "PAYLOAD",
        "CLASSIFICATION_TYPE": "U",
        "INTLDES": fields.designator,
        "EPOCH": epoch.strftime("%Y-%m-%d %H:%M:%S"),
        "EPOCH_MICROSECONDS": str(epoch.microsecond),
        "MEAN_MOTION": line2[52:63].strip(),
        "ECCENTRICITY": "0." + line2[26:33],
        "INCLINATION": line2[8:16].strip(),
        "RA_OF_ASC_NODE": line2[17:25].strip(),
        "ARG_OF_PERICENTER": line2[34:42].strip(),
        "MEAN_ANOMALY": line2[43:51].strip(),
        "EPHEMERIS_TYPE": "0",
        "ELEMENT_SET_NO": str(fields.element_set_no),
        "REV_AT_EPOCH": str(fields.rev_at_epoch),
        "BSTAR": repr(expected["bstar"]),
        "MEAN_MOTION_DOT": repr(expected["mean_motion_dot"]),
        "MEAN_MOTION_DDOT": "0",
        "FILE": "1234567",
        "TLE_LINE0": "0 ISS (ZARYA)",
        "TLE_LINE1": line1,
        "TLE_LINE2": line2,
        "OBJECT_ID": "1998-067A",
        "OBJECT_NUMBER": str(fields.norad),
        "SEMIMAJOR_AXIS": "6723.619",
        "PERIOD": "91.597",
        "APOGEE": "354.942",
        "PERIGEE": "336.026",
        "DECAYED": "0",
    }


def test_microseconds_are_joined_to_the_epoch_exactly() -> None:
    data = json.dumps([_legacy_record(f) for f in SETS]).encode()
    elements, rejected = parse_omm_json(data, "iss_tle_class.json")
    assert rejected.empty
    assert elements["epoch_utc"].tolist() == [f.expected()["epoch_utc"] for f in SETS]
    # 1e-8 day is 864 us: the three epochs are distinct, below a second apart
    assert elements["epoch_utc"].diff().iloc[1:].tolist() == [pd.Timedelta(microseconds=864)] * 2
    for name in ("mean_motion_rev_per_day", "ra_of_asc_node_deg", "bstar", "mean_motion_dot"):
        assert elements[name].tolist() == [f.expected()[name] for f in SETS], name


def test_the_same_sets_as_tle_and_as_tle_class_json_collapse_without_conflicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "iss.json").write_text(json.dumps([_legacy_record(f) for f in SETS]))
    (tmp_path / "iss.tle").write_bytes(tle_file([("ISS (ZARYA)", f) for f in SETS]))
    dataset = load(tmp_path)
    assert len(dataset.elements) == 3
    assert not dataset.elements["epoch_conflict"].any()
    assert main(["info", str(tmp_path / "iss.json"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["element_sets"], summary["epoch_conflicts"]) == (3, 0)
    assert summary["first_epoch_utc"] == "2008-09-20T12:25:40.104192Z"


def test_microseconds_that_are_not_a_number_reject_the_record_clearly() -> None:
    record = _legacy_record(SETS[0]) | {"EPOCH_MICROSECONDS": "12.5"}
    elements, rejected = parse_omm_json(json.dumps([record]).encode(), "bad.json")
    assert elements.empty
    assert rejected["field"].tolist() == ["EPOCH"]
    assert "EPOCH_MICROSECONDS '12.5'" in rejected["value"].iloc[0]
