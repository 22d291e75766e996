"""Property tests: any valid element set round-trips exactly; corruption never raises."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from sgp4.api import Satrec

from ssaviewer.core.formats.tle import parse_tle
from ssaviewer.core.schema import BASE_COLUMNS, REJECTED_COLUMNS
from tests.core.tle_text import ISS, TleFields, tle_file

element_sets = st.builds(
    TleFields,
    norad=st.integers(0, 339_999),
    classification=st.sampled_from("UCS"),
    designator=st.sampled_from(["98067A", "", "57001B", "24123ABC"]),
    year2=st.integers(0, 99),
    day=st.integers(1, 365),
    day_fraction_e8=st.integers(0, 10**8 - 1),
    ndot_e8=st.integers(-(10**8) + 1, 10**8 - 1),
    nddot_mantissa=st.integers(-99_999, 99_999),
    nddot_exponent=st.integers(-9, 9),
    bstar_mantissa=st.integers(-99_999, 99_999),
    bstar_exponent=st.integers(-9, 9),
    ephemeris_type=st.sampled_from([0, 2, 4]),
    element_set_no=st.integers(0, 9999),
    inclination_e4=st.integers(0, 1_800_000),
    raan_e4=st.integers(0, 3_600_000),
    eccentricity_e7=st.integers(0, 9_999_999),
    argp_e4=st.integers(0, 3_600_000),
    mean_anomaly_e4=st.integers(0, 3_600_000),
    mean_motion_e8=st.integers(1, 10**10 - 1),
    rev_at_epoch=st.integers(0, 99_999),
)
names = st.sampled_from(["", "ISS (ZARYA)", "0 STARLINK-1007", "X"])


@given(st.lists(st.tuples(names, element_sets), min_size=1, max_size=8))
def test_format_then_parse_gives_the_same_values(sets: list[tuple[str, TleFields]]) -> None:
    elements, rejected = parse_tle(tle_file(sets), "prop.tle")
    assert len(rejected) == 0, rejected.to_string()
    assert len(elements) == len(sets)
    for k, (name, element_set) in enumerate(sets):
        row = elements.iloc[k]
        for column, value in element_set.expected().items():
            assert row[column] == value, (column, row[column], value)
        assert row["object_name"] == name.removeprefix("0 ")


@given(element_sets.filter(lambda s: s.norad < 100_000 and s.mean_motion_e8 > 10**7))
def test_parsed_values_agree_with_sgp4(element_set: TleFields) -> None:
    line1, line2 = element_set.lines()
    sat = Satrec.twoline2rv(line1, line2)
    elements, _ = parse_tle(f"{line1}\n{line2}\n".encode(), "s")
    row = elements.iloc[0]
    xpdotp = 1440.0 / (2.0 * np.pi)
    pairs = [
        (row["mean_motion_rev_per_day"], sat.no_kozai * xpdotp),
        (row["eccentricity"], sat.ecco),
        (row["inclination_deg"], np.degrees(sat.inclo)),
        (row["bstar"], sat.bstar),
        (row["mean_motion_dot"], sat.ndot * xpdotp * 1440.0),
        (row["mean_motion_ddot"], sat.nddot * xpdotp * 1440.0 * 1440.0),
    ]
    for ours, theirs in pairs:
        assert ours == theirs or abs(ours - theirs) <= 1e-12 * abs(theirs)


CORRUPTIONS = st.sampled_from(["flip", "insert", "delete"])


@given(
    sets=st.lists(st.tuples(names, element_sets), min_size=3, max_size=6),
    kind=CORRUPTIONS,
    where=st.floats(0, 1, exclude_max=True),
    byte=st.integers(0, 255),
)
def test_corruption_never_raises_and_spares_the_other_sets(
    sets: list[tuple[str, TleFields]], kind: str, where: float, byte: int
) -> None:
    # distinct objects, so each survivor can be found by its catalogue number
    sets = [(name, replace(s, norad=k + 1)) for k, (name, s) in enumerate(sets)]
    blocks = [tle_file([one]) for one in sets]
    data = b"".join(blocks)
    at = int(where * len(data))
    corrupted = _corrupt(data, kind, at, byte)
    elements, rejected = parse_tle(corrupted, "c.tle")
    assert list(elements.columns) == list(BASE_COLUMNS)
    assert list(rejected.columns) == list(REJECTED_COLUMNS)
    assert all(r and "(a bug)" not in r for r in rejected["reason"])
    n_lines = corrupted.count(b"\n") + 1
    assert rejected["line"].between(1, n_lines).all()
    start = 0
    for (name, element_set), block in zip(sets, blocks, strict=True):
        stop = start + len(block)
        if not start - 1 <= at <= stop:  # the corruption is not in or next to this set
            row = elements[elements["norad_id"] == element_set.norad]
            assert len(row) == 1, (kind, at, byte, corrupted)
            for column, value in element_set.expected().items():
                if column != "norad_id":
                    assert row.iloc[0][column] == value, column
            assert row.iloc[0]["object_name"] == name.removeprefix("0 ")
        start = stop


def _corrupt(data: bytes, kind: str, at: int, byte: int) -> bytes:
    if kind == "flip":
        return data[:at] + bytes([byte]) + data[at + 1 :]
    if kind == "insert":
        return data[:at] + bytes([byte]) + data[at:]
    return data[:at] + data[at + 1 :]


def test_every_single_byte_deletion_in_the_element_lines_is_rejected() -> None:
    data = tle_file([("ISS", ISS)])
    line1_start = data.index(b"\n") + 1
    line2_start = line1_start + 70
    # Deleting a byte of the last fields leaves a valid 68-column line without checksum, which
    # the format allows (ephemeris type and element number of line 1; mean motion and
    # revolution number of line 2 have no blank between them): the blind spot of accepting a
    # missing checksum. Everything before those fields must be unchanged.
    tail = set(range(line1_start + 62, line1_start + 69)) | set(
        range(line2_start + 52, line2_start + 69)
    )
    for at in range(line1_start, len(data) - 1):
        elements, rejected = parse_tle(data[:at] + data[at + 1 :], "d.tle")
        if at in tail and len(elements):
            row = elements.iloc[0]
            assert row["inclination_deg"] == 51.6416
            assert row["mean_anomaly_deg"] == 325.0288
            assert row["epoch_utc"] == ISS.expected()["epoch_utc"]
        else:
            assert len(elements) == 0, at
            assert len(rejected) >= 1
