"""Every element set of the real files agrees with sgp4's own parser."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sgp4.api import Satrec

from ssaviewer.core.formats.tle import parse_tle

XPDOTP = 1440.0 / (2.0 * np.pi)
REAL_FILES = [
    "catalog/active.txt",
    "catalog/debris.txt",
    *[f"tle/{name}.tle" for name in ("CryoSat-2", "Fengyun-2F", "Fengyun-2H", "Haiyang-2A")],
    *[f"tle/{name}.tle" for name in ("Jason-3", "QZS-2", "Sentinel-3A")],
]


def _sgp4_rows(text: str) -> pd.DataFrame:
    lines = text.splitlines()
    rows = []
    for k, line in enumerate(lines[:-1]):
        if line.startswith("1 ") and lines[k + 1].startswith("2 "):
            sat = Satrec.twoline2rv(line, lines[k + 1])
            rows.append(
                {
                    "norad_id": sat.satnum,
                    "epoch_jd": sat.jdsatepoch,
                    "epoch_jd_fraction": sat.jdsatepochF,
                    "mean_motion_rev_per_day": sat.no_kozai * XPDOTP,
                    "eccentricity": sat.ecco,
                    "inclination_deg": np.degrees(sat.inclo),
                    "ra_of_asc_node_deg": np.degrees(sat.nodeo),
                    "arg_of_pericenter_deg": np.degrees(sat.argpo),
                    "mean_anomaly_deg": np.degrees(sat.mo),
                    "bstar": sat.bstar,
                    "mean_motion_dot": sat.ndot * (XPDOTP * 1440.0),
                    "mean_motion_ddot": sat.nddot * (XPDOTP * 1440.0 * 1440.0),
                    "element_set_no": sat.elnum,
                    "rev_at_epoch": sat.revnum,
                    "ephemeris_type": int(line[62]),
                }
            )
    return pd.DataFrame(rows)


@pytest.mark.realdata
@pytest.mark.parametrize("relative", REAL_FILES)
def test_every_real_element_set_agrees_with_sgp4(shared_data: Path, relative: str) -> None:
    data = (shared_data / relative).read_bytes()
    elements, rejected = parse_tle(data, relative)
    expected = _sgp4_rows(data.decode("ascii"))
    assert len(rejected) == 0
    assert len(elements) == len(expected) > 0
    for column in expected.columns.drop(["epoch_jd", "epoch_jd_fraction"]):
        got = elements[column].to_numpy(dtype=np.float64)
        want = expected[column].to_numpy(dtype=np.float64)
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=0, err_msg=column)
    # epochs: sgp4's two-part Julian date against ours, within 1 microsecond
    whole_days = (expected["epoch_jd"] - 2440587.5).to_numpy().astype(np.int64)
    epoch_ns = elements["epoch_utc"].dt.tz_localize(None).to_numpy().astype(np.int64)
    got_us = (epoch_ns - whole_days * 86_400 * 10**9) / 1e3
    want_us = expected["epoch_jd_fraction"].to_numpy() * 86400e6
    assert np.max(np.abs(got_us - want_us)) < 1.0


@pytest.mark.realdata
def test_catalogue_names_and_designators_are_read(shared_data: Path) -> None:
    data = (shared_data / "catalog/active.txt").read_bytes()
    elements, _ = parse_tle(data, "active.txt")
    lines = data.decode("ascii").splitlines()
    assert len(elements) == len(lines) // 3
    first = elements.iloc[0]
    assert first["object_name"] == lines[0].strip()
    assert first["record"] == "active.txt:2"
    cospar = lines[1][9:17].strip()
    year = int(cospar[:2])
    assert first["object_id"] == f"{1900 + year if year >= 57 else 2000 + year}-{cospar[2:]}"
    assert str(elements["object_name"].dtype) == "category"
