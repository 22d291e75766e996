"""The TLE reader's memory-saving paths give what the plain ones give.

The lenient sets are checked a block of rows at a time, names and designators are coded in
the smallest integer type that holds them, and the epochs are the decoder's own array: each
is compared here with the plain computation, across the block and type boundaries.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from ssaviewer.core.formats import tle_strings, tle_warn
from ssaviewer.core.formats.tle import read_tle
from ssaviewer.core.formats.tle_lines import split_lines
from tests.core.tle_text import ISS, tle_file, with_checksum


def _edit(line: str, start: int, text: str) -> str:
    return with_checksum((line[:start] + text + line[start + len(text) :])[:68])


def _odd_sets(n: int) -> bytes:
    """``n`` sets, every third with a field sgp4 reads leniently (three kinds in turn)."""
    out = []
    for k in range(n):
        line1, line2 = replace(ISS, norad=10_000 + k, element_set_no=k % 1000).lines()
        kind = k % 9
        if kind == 0:
            line1 = _edit(line1, 44, "     0+0")
        elif kind == 3:
            line1 = _edit(line1, 33, "0.00002182")
        elif kind == 6:
            line2 = _edit(line2, 26, "   6703")
        out += [line1, line2]
    return ("\n".join(out) + "\n").encode()


def test_lenient_sets_checked_in_blocks_warn_as_when_checked_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = _odd_sets(3_000)
    whole = read_tle(data, "odd.tle").warnings
    assert len(whole) == 1_000
    assert set(whole["field"]) == {"mean_motion_ddot", "mean_motion_dot", "eccentricity"}
    monkeypatch.setattr(tle_warn, "_BLOCK_ROWS", 7)  # 1,000 lenient sets: 143 blocks
    blocks = read_tle(data, "odd.tle").warnings
    pd.testing.assert_frame_equal(blocks, whole)


def test_names_past_the_int8_codes_keep_each_set_its_name_and_each_bad_line_its_reason() -> None:
    sets = [(f"SAT {k}", replace(ISS, norad=10_000 + k)) for k in range(300)]
    sets[250] = ("12345 678", sets[250][1])  # digits only: a piece of an element line
    sets[280] = ("", sets[280][1])  # no name line
    lines = split_lines(np.frombuffer(tle_file(sets), dtype=np.uint8))
    read = read_tle(tle_file(sets), "many.tle")
    expected = [f"SAT {k}" for k in range(300)]
    expected[250] = expected[280] = ""
    assert read.elements["object_name"].tolist() == expected
    assert read.rejected["field"].tolist() == ["object_name"]
    assert "digits, blanks, points and signs" in read.rejected["reason"].iloc[0]
    name_line = np.array([3 * k if k < 280 else 3 * k - 1 for k in range(300)])
    name_line[280] = -1
    categorical, problem, reasons = tle_strings.names(lines, name_line)
    assert problem.dtype == np.int16  # 300 names and "": past int8
    assert np.flatnonzero(problem >= 0).tolist() == [250]
    assert "digits" in reasons[problem[250]]
    assert categorical.tolist() == expected


def test_designators_past_the_int8_codes_keep_each_set_its_id() -> None:
    sets = [("", replace(ISS, norad=10_000 + k, designator=f"98{k:03d}A")) for k in range(200)]
    read = read_tle(tle_file(sets), "ids.tle")
    assert read.elements["object_id"].tolist() == [f"1998-{k:03d}A" for k in range(200)]
    assert read.elements["object_id"].array.codes.dtype == np.int16


def test_epochs_are_the_same_instants_in_utc() -> None:
    read = read_tle(tle_file([("ISS", ISS)]), "iss.tle")
    epoch = read.elements["epoch_utc"]
    assert str(epoch.dtype) == "datetime64[ns, UTC]"
    assert epoch.iloc[0] == ISS.expected()["epoch_utc"]
