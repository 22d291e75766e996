"""OMM for SGP4-XP (``EPHEMERIS_TYPE 4``): BTERM and AGOM kept, absent values left missing.

The message reproduces the structure of Space-Track's SGP4-XP OMM (KVN, ``MEAN_ELEMENT_THEORY
= SGP4-XP``, ``BTERM`` and ``AGOM`` in place of ``BSTAR`` and ``MEAN_MOTION_DDOT``) with
synthetic values.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ssaviewer.__main__ import main
from ssaviewer.core.dataset import load
from ssaviewer.core.formats.omm_kvn import parse_omm_kvn
from ssaviewer.core.formats.omm_write import format_omm_json
from ssaviewer.core.orbits.propagate import propagate_history

XP_KVN = """CCSDS_OMM_VERS = 3.0
CREATION_DATE = 2024-05-01T00:00:00
ORIGINATOR = TEST

OBJECT_NAME = TESTSAT XP
OBJECT_ID = 1998-067A
CENTER_NAME = EARTH
REF_FRAME = TEME
TIME_SYSTEM = UTC
MEAN_ELEMENT_THEORY = SGP4-XP

EPOCH = 2024-05-01T12:00:00.123456
MEAN_MOTION = 15.50103472
ECCENTRICITY = 0.0003920
INCLINATION = 51.6390
RA_OF_ASC_NODE = 208.9163
ARG_OF_PERICENTER = 130.5360
MEAN_ANOMALY = 325.0288

EPHEMERIS_TYPE = 4
CLASSIFICATION_TYPE = U
NORAD_CAT_ID = 25544
ELEMENT_SET_NO = 999
REV_AT_EPOCH = 45123
BTERM = 0.0123
MEAN_MOTION_DOT = 0.00016717
AGOM = 0.0154
"""


def test_bterm_and_agom_are_kept_and_absent_terms_stay_missing() -> None:
    elements, rejected = parse_omm_kvn(XP_KVN.encode(), "xp.kvn")
    assert rejected.empty
    row = elements.iloc[0]
    assert (row["bterm_m2_per_kg"], row["agom_m2_per_kg"]) == (0.0123, 0.0154)
    assert row["mean_motion_dot"] == 0.00016717
    assert math.isnan(row["bstar"])
    assert math.isnan(row["mean_motion_ddot"])
    assert row["ephemeris_type"] == 4


def test_info_on_an_sgp4_xp_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "xp.kvn").write_text(XP_KVN)
    assert main(["info", str(tmp_path / "xp.kvn"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["element_sets"], summary["not_sgp4_propagatable"]) == (1, 1)
    assert summary["first_epoch_utc"] == "2024-05-01T12:00:00.123456Z"
    assert summary["rejected"] == []


def test_an_sgp4_xp_set_is_refused_by_sgp4_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "xp.kvn").write_text(XP_KVN)
    elements = load(tmp_path).elements
    assert not elements["sgp4_propagatable"].iloc[0]
    states = propagate_history(elements, [pd.Timestamp("2024-05-01T13:00:00Z")])
    assert not states["ok"].iloc[0]
    assert states["reason"].iloc[0] == (
        "SGP4-XP element set (ephemeris type 4) cannot be propagated with SGP4"
    )
    assert np.isnan(states["x_km"].iloc[0])


def test_written_back_as_omm_json_the_missing_terms_stay_missing() -> None:
    elements, _ = parse_omm_kvn(XP_KVN.encode(), "xp.kvn")
    (record,) = json.loads(format_omm_json(elements))
    assert record["BSTAR"] is None
    assert record["MEAN_MOTION_DDOT"] is None
    assert (record["BTERM"], record["AGOM"]) == (0.0123, 0.0154)
