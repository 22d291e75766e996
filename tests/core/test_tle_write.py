"""The vectorised TLE writer: field layout, checksums, alpha-5, round trips."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sgp4.api import Satrec

from ssaviewer.core.formats.tle import parse_tle, tle_checksum
from ssaviewer.core.formats.tle_write import alpha5, format_tle
from ssaviewer.core.schema import BASE_COLUMNS, with_optional_columns


def make_elements(n: int, seed: int = 0, **overrides: Any) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    table = pd.DataFrame(
        {
            "norad_id": rng.integers(1, 339_999, n),
            "object_name": [f"OBJ {k}" for k in range(n)],
            "object_id": [f"20{k % 57:02d}-{k % 999 + 1:03d}A" for k in range(n)],  # 2-digit years
            "epoch_utc": pd.Timestamp("2024-01-01", tz="UTC")
            + pd.to_timedelta(rng.uniform(0, 3000, n), unit="D"),
            "mean_motion_rev_per_day": rng.uniform(0.9, 16.5, n),
            "eccentricity": rng.uniform(0, 0.7, n),
            "inclination_deg": rng.uniform(0, 180, n),
            "ra_of_asc_node_deg": rng.uniform(0, 360, n),
            "arg_of_pericenter_deg": rng.uniform(0, 360, n),
            "mean_anomaly_deg": rng.uniform(0, 360, n),
            "bstar": rng.choice([-1, 1], n) * 10.0 ** rng.uniform(-9, -1, n),
            "mean_motion_dot": rng.uniform(-0.01, 0.01, n),
            "mean_motion_ddot": rng.choice([-1, 1], n) * 10.0 ** rng.uniform(-9, -3, n),
            "ephemeris_type": np.zeros(n, dtype=np.int8),
            "element_set_no": rng.integers(1, 9999, n),
            "rev_at_epoch": rng.integers(0, 99999, n),
            "classification": "U",
            "source": "x",
            "format": "tle",
            "record": "",
        }
    )
    for key, value in overrides.items():
        table[key] = value
    return table.pipe(with_optional_columns).astype(BASE_COLUMNS)


def test_lines_are_69_columns_with_valid_checksums() -> None:
    text = format_tle(make_elements(500))
    lines = text.splitlines()
    assert len(lines) == 1500
    for l1, l2 in zip(lines[1::3], lines[2::3], strict=True):
        assert len(l1) == len(l2) == 69
        assert l1[0] == "1"
        assert l2[0] == "2"
        assert int(l1[68]) == tle_checksum(l1)
        assert int(l2[68]) == tle_checksum(l2)


def test_round_trip_through_the_reader_is_exact_to_field_precision() -> None:
    table = make_elements(2000, seed=1)
    back, rejected = parse_tle(format_tle(table).encode(), "x")
    assert rejected.empty
    assert list(back["norad_id"]) == list(table["norad_id"])
    assert list(back["object_name"].astype(str)) == list(table["object_name"].astype(str))
    assert list(back["object_id"].astype(str)) == list(table["object_id"].astype(str))
    epoch_error = (back["epoch_utc"] - table["epoch_utc"]).abs().max()
    assert epoch_error <= pd.Timedelta(microseconds=433)  # half of 1e-8 day
    for column, tolerance in [
        ("mean_motion_rev_per_day", 0.5e-8),
        ("eccentricity", 0.5e-7),
        ("inclination_deg", 0.5e-4),
        ("mean_motion_dot", 0.5e-8),
    ]:
        error = np.abs(back[column].to_numpy() - table[column].to_numpy())
        assert error.max() <= tolerance * 1.0001, column
    for column in ("ra_of_asc_node_deg", "arg_of_pericenter_deg", "mean_anomaly_deg"):
        error = np.abs((back[column].to_numpy() - table[column].to_numpy() + 180) % 360 - 180)
        assert error.max() <= 0.5e-4 * 1.0001, column
    for column in ("bstar", "mean_motion_ddot"):
        expected = table[column].to_numpy()
        relative = np.abs(back[column].to_numpy() - expected) / np.abs(expected)
        big = np.abs(expected) >= 1e-9
        assert relative[big].max() <= 0.5e-4 * 1.0001, column
    assert list(back["element_set_no"]) == list(table["element_set_no"])
    assert list(back["rev_at_epoch"]) == list(table["rev_at_epoch"])


def test_sgp4_reads_the_same_elements() -> None:
    table = make_elements(200, seed=2, norad_id=np.arange(1, 201) * 1500)
    lines = format_tle(table).splitlines()
    for k, row in enumerate(table.itertuples()):
        sat = Satrec.twoline2rv(lines[3 * k + 1], lines[3 * k + 2])
        assert sat.satnum == row.norad_id
        assert sat.no_kozai * 720 / math.pi == pytest.approx(row.mean_motion_rev_per_day, abs=1e-8)
        assert math.degrees(sat.inclo) == pytest.approx(row.inclination_deg, abs=1e-4)
        assert sat.ecco == pytest.approx(row.eccentricity, abs=1e-7)
        assert sat.bstar == pytest.approx(row.bstar, rel=1e-4, abs=1e-14)
        jd = sat.jdsatepoch + sat.jdsatepochF
        expected = pd.Timestamp(str(row.epoch_utc)).value / 86400e9 + 2440587.5
        assert jd == pytest.approx(expected, abs=1e-8)


@pytest.mark.parametrize(
    ("norad_id", "text"),
    [(5, "00005"), (99999, "99999"), (100000, "A0000"), (148493, "E8493"), (339999, "Z9999")],
)
def test_alpha5(norad_id: int, text: str) -> None:
    assert alpha5(np.array([norad_id])).tobytes().decode() == text


def test_norad_id_beyond_alpha5_is_refused_with_the_id() -> None:
    with pytest.raises(ValueError, match="340000"):
        format_tle(make_elements(3, norad_id=[1, 2, 340_000]))


@pytest.mark.parametrize(
    ("bstar", "field"),
    [
        (0.0, " 00000+0"),
        (1.2345e-4, " 12345-3"),
        (-1.2345e-4, "-12345-3"),
        (9.999996e-5, " 10000-3"),  # rounding carries into the exponent
        (0.5, " 50000+0"),
        (3.0e-12, " 00000+0"),  # below what the field can hold
    ],
)
def test_implied_decimal_fields(bstar: float, field: str) -> None:
    line1 = format_tle(make_elements(1, bstar=bstar)).splitlines()[1]
    assert line1[53:61] == field


def test_two_line_output_and_empty_table() -> None:
    table = make_elements(3)
    assert len(format_tle(table, names=False).splitlines()) == 6
    assert format_tle(table.iloc[:0]) == ""


@pytest.mark.realdata
def test_real_history_survives_read_write_read(shared_data: Path) -> None:
    data = (shared_data / "tle" / "Fengyun-2F.tle").read_bytes()
    first, _ = parse_tle(data, "f")
    second, rejected = parse_tle(format_tle(first).encode(), "f")
    assert rejected.empty
    columns = [c for c in BASE_COLUMNS if c not in ("record", "object_name")]
    pd.testing.assert_frame_equal(first[columns], second[columns])
